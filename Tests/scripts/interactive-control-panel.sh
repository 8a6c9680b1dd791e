#!/usr/bin/env bash
# Start-CsControlPanel at the interactive prompt (tmux): the sign-in URL shows at once, the pages
# serve the shell's store, Ctrl-C stops the panel (the rest of the line does not run) and gives the
# prompt back, the shell goes on, and the panel starts again in the same shell. The token reaches
# neither the history file nor Get-History.
. "$(dirname "${BASH_SOURCE[0]}")/tmux-session.bash"

"$BIN" -c 'New-CsXmppAllowedPartner contoso.com -SaslNegotiation Optional' >/dev/null

# sign_in_and_list URL: signs in with the URL and prints the partners page's identities.
sign_in_and_list() {
  python3 - "$1" <<'PY'
import http.cookiejar, re, sys, urllib.request
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
page = opener.open(sys.argv[1], timeout=10).read().decode()
print(" ".join(re.findall(r'<td class="identity"><label for="select-\d+">(.*?)</label>', page)))
PY
}
# refused URL: true when nothing listens at the URL's port any more.
refused() {
  python3 - "$1" <<'PY'
import socket, sys, urllib.parse
port = urllib.parse.urlsplit(sys.argv[1]).port
try:
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    sys.exit(1)
except OSError:
    sys.exit(0)
PY
}
panel_url() { screen | grep -o 'http://127\.0\.0\.1:[0-9]*/signin?token=[0-9a-f]*' | tail -n 1; }

start
send 'Start-CsControlPanel -Port 0; Write-Output ("after" + "-panel")' Enter
wait_for "/signin?token="
wait_for "Press Ctrl-C to stop it."
url=$(panel_url)
[ -n "$url" ] || fail "no sign-in URL on the screen"
[ "$(sign_in_and_list "$url")" = "contoso.com" ] || fail "the page does not list the store's partner"

send C-c
wait_count "PS ~>" 2
refused "$url" || fail "the panel still listens after Ctrl-C"
screen | grep -q 'after-panel' && fail "the rest of the line ran after Ctrl-C"

# The shell goes on, and the panel starts again.
send 'New-CsXmppAllowedPartner fabrikam.com -SaslNegotiation Optional' Enter
wait_count "PS ~>" 3
send 'Start-CsControlPanel -Port 0 -ViewOnly' Enter
wait_for "(view only)"
second=$(panel_url)
[ "$second" != "$url" ] || fail "the second start printed the first URL"
[ "$(sign_in_and_list "$second")" = "contoso.com fabrikam.com" ] || fail "the second panel does not list the partners"
send C-c
wait_count "PS ~>" 4
refused "$second" || fail "the second panel still listens after Ctrl-C"

send 'Get-History | ForEach-Object CommandLine' Enter
wait_for "Start-CsControlPanel -Port 0 -ViewOnly"
send 'exit' Enter
stopped
grep -q 'token=' "$work/data/csshell/history" 2>/dev/null && fail "a sign-in token reached the history file"
screen | grep -A20 'Get-History' | grep -q 'token=' && fail "a sign-in token reached Get-History"
echo "interactive Control Panel: ok"
