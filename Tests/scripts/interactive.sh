#!/usr/bin/env bash
# End-to-end tests of the interactive shell in a real terminal (tmux): completion, history recall,
# continuation prompts, Ctrl-C while typing and while a pipeline runs, Ctrl-D, the history file.
. "$(dirname "${BASH_SOURCE[0]}")/tmux-session.bash"

"$BIN" -c 'New-CsXmppAllowedPartner contoso.com -WarningAction Ignore; New-CsXmppAllowedPartner fabrikam.com -WarningAction Ignore' >/dev/null

start

# Completion of a cmdlet name, a parameter, a partner identity.
send 'get-csxmppall' Tab
wait_for "PS ~> Get-CsXmppAllowedPartner"
send ' -Ident' Tab
wait_for "Get-CsXmppAllowedPartner -Identity"
send ' cont' Tab
wait_for "Get-CsXmppAllowedPartner -Identity contoso.com"
send Enter
wait_for "Identity                   : contoso.com"

# Completion of an enum value; several candidates are listed.
send 'Set-CsXmppAllowedPartner fabrikam.com -PartnerType Pub' Tab
wait_for "PublicUnverified  PublicVerified"
send 'V' Tab
wait_for "-PartnerType PublicVerified"
send Enter
sleep 0.3
"$BIN" -c '(Get-CsXmppAllowedPartner fabrikam.com).PartnerType' | grep -qx PublicVerified || fail "Set through completion did not apply"

# Continuation prompt for unfinished input.
send '"first' Enter
wait_for ">>"
send 'second"' Enter
wait_for "second"

# Up-arrow recall.
send "Write-Output 'recall-me'" Enter
wait_for "recall-me"
send Up
sleep 0.2
last_prompt_line | grep -qF "Write-Output 'recall-me'" || fail "Up did not recall the last command"
send C-u

# Non-ASCII input and output.
send "Write-Output 'café ☕ Zürich'" Enter
wait_for "café ☕ Zürich"

# Ctrl-R searches the history backwards; Enter runs what it found.
before=$(screen | grep -cx 'recall-me')
send C-r
sleep 0.1
send 'recall-'
sleep 0.2
send Enter
for _ in $(seq 1 100); do [ "$(screen | grep -cx 'recall-me')" -gt "$before" ] && break; sleep 0.05; done
[ "$(screen | grep -cx 'recall-me')" -gt "$before" ] || fail "Ctrl-R did not find and run the earlier command"

# Ctrl-C while typing discards the line.
send "Write-Output 'discarded'"
sleep 0.1
send C-c
send "Write-Output 'kept'" Enter
wait_for "kept"
screen | grep -qx 'discarded' && fail "Ctrl-C did not discard the typed line"

# Ctrl-C during a long pipeline stops it, and the shell goes on.
send 'while ($true) { $n++ }' Enter
sleep 0.5
send C-c
send "Write-Output (\"alive \" + (\$n -gt 0))" Enter
wait_for "alive True"

# A line with a credential is run but not saved.
send "\$password = 'hunter2'" Enter
sleep 0.2
send "Write-Output 'last-saved'" Enter
wait_for "last-saved"

# Ctrl-D on an empty line leaves with status 0 (no error was reported).
send C-d
stopped
grep -qx 'EXIT=0' "$work/rc" || fail "Ctrl-D exit status: $(cat "$work/rc")"

hist="$work/data/csshell/history"
[ -f "$hist" ] || fail "no history file"
grep -q 'recall-me' "$hist" || fail "history file lacks an entry"
grep -qi 'password' "$hist" && fail "a sensitive line was saved"
[ "$(stat -c %a "$hist")" = 600 ] || fail "history file mode is $(stat -c %a "$hist")"
[ "$(stat -c %a "$work/data/csshell")" = 700 ] || fail "history folder mode is $(stat -c %a "$work/data/csshell")"

# History survives a restart.
start
send Up
sleep 0.2
last_prompt_line | grep -qF "Write-Output 'last-saved'" || fail "history was not reloaded"
send C-u

# An error does not end the session; exit N leaves with N.
send 'Get-Nothing' Enter
wait_for "is not recognized"
send 'exit 3' Enter
stopped
grep -qx 'EXIT=3' "$work/rc" || fail "exit 3 gave $(cat "$work/rc")"

echo "interactive: all checks passed" >&2
