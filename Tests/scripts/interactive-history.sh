#!/usr/bin/env bash
# End-to-end tests of history in a real terminal (tmux): Ctrl-C during a Ctrl-R search; command lines
# that give a secret parameter (-DialbackPassphrase) a value are kept in no history and never echoed.
. "$(dirname "${BASH_SOURCE[0]}")/tmux-session.bash"

start

# Ctrl-R then Ctrl-C cancels the search and keeps the session (PSReadLine: Ctrl-C aborts the search
# and discards the line).
send "Write-Output 'searched-for'" Enter
wait_for "searched-for"
send C-r
sleep 0.1
send 'searched'
sleep 0.2
send C-c
still_running
send "Write-Output ('after' + '-search')" Enter
wait_for "after-search"
send C-r
sleep 0.1
send C-c
still_running
send "Write-Output ('empty' + '-search')" Enter
wait_for "empty-search"

# A secret parameter's value, given in full, abbreviated, with -WhatIf, or on a line with a binding
# error: the line is run but kept out of recall, Get-History and the history file, and the error's
# source line masks the value.
send "Write-Output 'before-masking'" Enter
wait_for "before-masking"
send 'Set-CsXmppGatewayConfiguration -DialbackPassphrase "S3cret-full"' Enter
send 'Set-CsXmppGatewayConfiguration -Dialb:S3cret-short -WhatIf' Enter
wait_for "What if:"
send "Set-CsXmppGatewayConfiguration -DialbackPassphrase 'S3cret-bad' -Bogus" Enter
wait_for "A parameter cannot be found that matches parameter name 'Bogus'."
send '$Error[0].InvocationInfo.PositionMessage' Enter
wait_for "+ Set-CsXmppGatewayConfiguration -DialbackPassphrase ************ -Bogus"
send '$pw = "S3cret-var"; Set-CsXmppGatewayConfiguration -DialbackPassphrase $pw -WhatIf' Enter
wait_count "What if:" 2
"$BIN" -c '(Get-CsXmppGatewayConfiguration).DialbackPassphrase' | grep -qx '\*\*\*\*\*\*\*\*' || fail "the passphrase was not set"
recall 'PositionMessage'
recall "Write-Output 'before-masking'"
send C-u
send C-l
send 'Get-History | ForEach-Object CommandLine' Enter
wait_for "Write-Output 'before-masking'"
screen | grep -q 'S3cret' && fail "Get-History holds a secret"

send 'exit' Enter
stopped
grep -qx 'EXIT=0' "$work/rc" || fail "exit status: $(cat "$work/rc")"
hist="$work/data/csshell/history"
grep -q 'before-masking' "$hist" || fail "the history file lacks an entry"
grep -q 'S3cret' "$hist" && fail "the history file holds a secret: $(grep S3cret "$hist")"
grep -qi 'Dialb' "$hist" && fail "the history file holds a secret parameter's line"

# A new session does not recall it either.
start
recall "exit"
recall "Get-History"
send C-u
send 'exit' Enter
stopped

echo "interactive-history: all checks passed" >&2
