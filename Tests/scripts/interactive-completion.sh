#!/usr/bin/env bash
# End-to-end tests of interactive niceties in a real terminal (tmux): member-name completion after
# `$var.` and `$_.`, and Get-Help's SYNTAX wrapped to the terminal's width.
. "$(dirname "${BASH_SOURCE[0]}")/tmux-session.bash"

"$BIN" -c 'New-CsXmppAllowedPartner contoso.com -WarningAction Ignore' >/dev/null

start 80

# Get-Help wraps each syntax line to the terminal (79 columns here), continuation lines indented 4.
send 'Get-Help Set-CsXmppGatewayConfiguration' Enter
wait_for "DESCRIPTION"
screen | sed -n '/^SYNTAX/,/^DESCRIPTION/p' > "$work/syntax"
grep -qx '    Set-CsXmppGatewayConfiguration \[\[-Identity\] <XdsIdentity>\]' "$work/syntax" || fail "the first syntax line is not wrapped at 79 columns"
grep -qx '    \[-ConnectionLimit <uint32>\] \[-DialbackPassphrase <string>\]' "$work/syntax" || fail "no indented continuation line"
awk 'length($0) > 79 { exit 1 }' "$work/syntax" || fail "a syntax line is wider than the terminal"

# $var. completes the members of the variable's current value; several candidates are listed.
send C-l
send '$p = Get-CsXmppAllowedPartner contoso.com' Enter
# Keys typed before the next prompt are echoed by the terminal, not edited by the line editor.
wait_count 'PS ~>' 2
send '$p.Partner' Tab
wait_for 'PS ~> $p.PartnerType'
send C-u
send '$p.S' Tab
wait_for 'SaslNegotiation'
wait_for 'SupportDialbackNegotiation'
send C-u
send '$p.Identity.Len' Tab
wait_for 'PS ~> $p.Identity.Length'
send Enter
wait_for '11'

# $_. in a script block completes the properties of what the command before it writes (its declared
# output type), through Where-Object, which passes its input on.
send C-l
send 'Get-CsXmppAllowedPartner | Where-Object { $_.TlsN' Tab
wait_for '{ $_.TlsNegotiation'
send ' -ne $null } | ForEach-Object { $_.Iden' Tab
wait_for '{ $_.Identity'
send ' + "!" }' Enter
wait_for 'contoso.com!'

echo "interactive-completion: all checks passed" >&2
