# Shared by the terminal tests in Tests/scripts: a private tmux server with one session "s", a
# scratch HOME, and helpers to read the screen and type into it. Source it after setting
# `set -euo pipefail`; it defines root, BIN, work and sock, and removes both at exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
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
