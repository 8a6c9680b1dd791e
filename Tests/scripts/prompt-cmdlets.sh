#!/usr/bin/env bash
# End-to-end tests in a real terminal (tmux) of the cmdlets that talk to the user: Read-Host (with a
# prompt, and -AsSecureString without echo), Remove-Item's confirmation for a folder with children,
# and Start-Sleep, which Ctrl-C stops at once.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/tmux-session.bash"

start

# Read-Host shows the prompt with ': ' and returns what is typed.
send '$domain = Read-Host -Prompt "Partner domain"' Enter
wait_for "Partner domain:"
send 'contoso.com' Enter
send '"domain=$domain"' Enter
wait_for "domain=contoso.com"

# -AsSecureString reads without echoing; the value shows only as its type.
send '$s = Read-Host "Passphrase" -AsSecureString' Enter
wait_for "Passphrase:"
# The next command is typed ahead, before Read-Host has turned echo back on: it must not be lost.
send 'hunter2' Enter '"secure=$s"' Enter
wait_for "secure=System.Security.SecureString"
screen | grep -qF 'hunter2' && fail "the secret was echoed"

# Remove-Item asks before removing a folder that has children; N keeps it, Y removes it.
mkdir -p "$work/full/inner"
send 'Remove-Item ./full' Enter
wait_for "has children and the Recurse parameter was not specified"
send 'n' Enter
send '"kept=$(Test-Path ./full)"' Enter
wait_for "kept=True"
send 'Remove-Item ./full' Enter
sleep 0.2
send 'y' Enter
send '"gone=$(Test-Path ./full)"' Enter
wait_for "gone=False"

# Ctrl-C stops Start-Sleep at once, and the shell goes on.
send 'Start-Sleep -Seconds 30' Enter
sleep 0.5
started=$(date +%s)
send C-c
send '"awake"' Enter
wait_for "awake"
[ $(( $(date +%s) - started )) -lt 5 ] || fail "Start-Sleep did not stop on Ctrl-C"

send 'exit' Enter
stopped
echo "prompt-cmdlets: all checks passed" >&2
