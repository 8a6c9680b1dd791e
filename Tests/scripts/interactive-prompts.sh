#!/usr/bin/env bash
# End-to-end tests of the prompts a command asks in a real terminal (tmux): the -Confirm choice and
# missing mandatory parameters. In PowerShell Ctrl-C at any prompt stops the command: nothing more
# is printed and nothing changes.
. "$(dirname "${BASH_SOURCE[0]}")/tmux-session.bash"

partners() { "$BIN" -c '(Get-CsXmppAllowedPartner | ForEach-Object Identity) -join ","'; }
"$BIN" -c 'New-CsXmppAllowedPartner row3.com -WarningAction Ignore; New-CsXmppAllowedPartner row4.com -WarningAction Ignore' >/dev/null

start

# Ctrl-C at the confirmation prompt, then Enter: the default [Y] is not taken, the rest of the line
# does not run, and no error is shown.
send "Remove-CsXmppAllowedPartner row3.com -Confirm; Write-Output ('rest' + '-ran')" Enter
wait_for '(default is "Y"):'
send C-c
wait_count "PS ~>" 2
send Enter
wait_count "PS ~>" 3
sleep 0.2
[ "$(partners)" = "row3.com,row4.com" ] || fail "Ctrl-C at the confirmation removed a partner: $(partners)"
screen | grep -q 'rest-ran' && fail "the rest of the line ran after Ctrl-C"
screen | grep -qi 'error\|exception\|stopped' && fail "Ctrl-C at the confirmation printed more"

# Ctrl-C at a missing-mandatory prompt: the next line typed is a new command, not the value.
send C-l
send 'Remove-CsXmppAllowedPartner' Enter
wait_for "Identity:"
send C-c
wait_count "PS ~>" 2
send 'row4.com' Enter
wait_for "is not recognized"
sleep 0.2
[ "$(partners)" = "row3.com,row4.com" ] || fail "Ctrl-C at the Identity prompt removed a partner: $(partners)"

# Ctrl-C at the second of two confirmations (after answering the first): nothing more is removed.
send C-l
send 'Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner -Confirm' Enter
wait_for '(default is "Y"):'
send 'n' Enter
wait_count '(default is "Y"):' 2
send C-c
wait_count "PS ~>" 2
sleep 0.2
[ "$(partners)" = "row3.com,row4.com" ] || fail "Ctrl-C at the second confirmation removed a partner: $(partners)"

# [S] Suspend opens a nested prompt (PS ~>>, $NestedPromptLevel 1) where commands run; `exit` (or
# Ctrl-D) leaves it, not the shell, and the same confirmation is asked again (MshCommandRuntime:
# EnterNestedPrompt, then the question again).
send C-l
send 'Remove-CsXmppAllowedPartner row4.com -Confirm' Enter
wait_for '[S] Suspend'
send 's' Enter
wait_for 'PS ~>>'
send 'Write-Output "nested at level $NestedPromptLevel"' Enter
wait_for 'nested at level 1'
send 'exit' Enter
still_running
wait_count '(default is "Y"):' 2
send 's' Enter
wait_count 'PS ~>>' 3
send C-d
still_running
wait_count '(default is "Y"):' 3
send 'n' Enter
wait_count 'PS ~>' 5
send 'Write-Output "back at level $NestedPromptLevel"' Enter
wait_for 'back at level 0'
sleep 0.2
[ "$(partners)" = "row3.com,row4.com" ] || fail "[N] after Suspend removed a partner: $(partners)"

# The answers still work.
send C-l
send 'Remove-CsXmppAllowedPartner row3.com -Confirm' Enter
wait_for '(default is "Y"):'
send 'y' Enter
wait_count "PS ~>" 2
sleep 0.2
[ "$(partners)" = "row4.com" ] || fail "[Y] did not remove the partner: $(partners)"

send 'exit' Enter
stopped
grep -qx 'EXIT=0' "$work/rc" || fail "exit status: $(cat "$work/rc")"

echo "interactive-prompts: all checks passed" >&2
