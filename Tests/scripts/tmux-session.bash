# Shared by the terminal tests (Tests/scripts/*.sh source it; it is not a test itself): a private
# tmux server, a scratch HOME with its own store and history, and helpers to type and read the screen.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${CSSHELL_BIN:-$root/.build/debug/csshell}
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 1; }

work=$(mktemp -d)
sock="cstest-$$"
export HOME="$work" XDG_DATA_HOME="$work/data" CSSHELL_STORE="$work/store.json" NO_COLOR=1
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; echo "--- screen:" >&2; screen >&2 || true; exit 1; }
screen() { tmux -L "$sock" capture-pane -t s -p; }
send() { tmux -L "$sock" send-keys -t s "$@"; }
# wait_for TEXT: until the screen shows TEXT (fixed string), at most 5 s.
wait_for() {
  for _ in $(seq 1 100); do screen | grep -qF -- "$1" && return 0; sleep 0.05; done
  fail "expected to see: $1"
}
# wait_count TEXT N: until the screen shows N lines containing TEXT, at most 5 s.
wait_count() {
  for _ in $(seq 1 100); do [ "$(screen | grep -cF -- "$1")" -ge "$2" ] && return 0; sleep 0.05; done
  fail "expected $2 lines with: $1"
}
# last_prompt_line: the screen's last line that starts with the prompt.
last_prompt_line() { screen | grep '^PS ' | tail -n 1; }
# recall TEXT: Up once, then the prompt line shows TEXT (at most 5 s).
recall() {
  send Up
  for _ in $(seq 1 100); do last_prompt_line | grep -qF -- "$1" && return 0; sleep 0.05; done
  fail "Up recalled: $(last_prompt_line) (expected: $1)"
}
# start [WIDTH]: a fresh shell in a terminal WIDTH columns wide (150 by default), at its first prompt.
start() {
  rm -f "$work/rc"
  tmux -L "$sock" kill-server 2>/dev/null || true
  tmux -L "$sock" new-session -d -s s -x "${1:-150}" -y 50 "cd '$work'; '$BIN'; echo EXIT=\$? > '$work/rc'"
  wait_for "PS "
}
stopped() {
  for _ in $(seq 1 100); do [ -f "$work/rc" ] && return 0; sleep 0.05; done
  fail "the shell did not exit"
}
# still_running: the shell has not exited (checked after a short pause).
still_running() {
  sleep 0.3
  [ ! -f "$work/rc" ] || fail "the shell exited: $(cat "$work/rc")"
}
