#!/usr/bin/env bash
# End-to-end tests of history in a real terminal (tmux): Ctrl-C during a Ctrl-R search.
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

send 'exit' Enter
stopped
grep -qx 'EXIT=0' "$work/rc" || fail "exit status: $(cat "$work/rc")"

echo "interactive-history: all checks passed" >&2
