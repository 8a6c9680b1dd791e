#!/usr/bin/env bash
# The Control Panel (Start-CsControlPanel) end to end, through the built csshell binary: HTTP-level
# tests (Python's http.client) and an admin's session in headless Chromium (Selenium, Debian's
# chromium and chromium-driver), over HTTP and HTTPS. Builds nothing: it uses the debug build
# (CSSHELL_BIN). Screenshots of each page go to .build-panel-screens/ (or $PANEL_SCREENS).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/scripts/setup.sh"
export CSSHELL_BIN=${CSSHELL_BIN:-$root/.build/debug/csshell}
[ -x "$CSSHELL_BIN" ] || { echo "error: $CSSHELL_BIN is missing; run swift build first" >&2; exit 1; }
[ -n "${CSSHELL_PANEL_PYTHON:-}" ] || ensure_panel_test_tools
export PANEL_SCREENS=${PANEL_SCREENS:-$root/.build-panel-screens}
mkdir -p "$PANEL_SCREENS"

# A self-signed certificate for 127.0.0.1 and localhost, for the HTTPS tests.
PANEL_TLS_DIR=$(mktemp -d)
export PANEL_TLS_DIR
trap 'rm -rf "$PANEL_TLS_DIR"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$PANEL_TLS_DIR/key.pem" -out "$PANEL_TLS_DIR/cert.pem" -days 2 \
  -subj "/CN=localhost" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null

status=0
"$CSSHELL_PANEL_PYTHON" "$root/Tests/scripts/panel/http_test.py" > "$PANEL_TLS_DIR/http.log" 2>&1 || status=1
grep -v '^ok ' "$PANEL_TLS_DIR/http.log" || true
"$CSSHELL_PANEL_PYTHON" "$root/Tests/scripts/panel/browser_test.py" > "$PANEL_TLS_DIR/browser.log" 2>&1 || status=1
grep -v '^ok ' "$PANEL_TLS_DIR/browser.log" || true
exit $status
