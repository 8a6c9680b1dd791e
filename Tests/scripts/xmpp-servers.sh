#!/usr/bin/env bash
# Export-/Import-CsXmppFederationConfiguration proven by the real servers (Prosody 0.12 and
# ejabberd 23.01 from Debian 12, installed by scripts/test):
#  1. every exported Prosody file, included from a minimal prosody.cfg.lua, passes
#     "prosodyctl check config" and its mod_firewall rules compile; broken files fail both checks;
#  2. every exported ejabberd file, included from a minimal ejabberd.yml, is accepted by a real node
#     (the first at start, the others by reload_config, which validates the same way); broken files
#     are refused at start and at reload;
#  3. enforcement: Prosody servers on loopback in a network namespace; b.test runs the exported
#     policy: a partner's stanzas are accepted, a non-partner's are refused (dropped and logged), b
#     opens no stream to a non-partner; a partner that must present a valid certificate is refused without
#     one; a partner allowed to use dialback gets TLS dialback;
#  4. round trips: export, import into an empty store, export again gives the same file.
# Stores: the Lync examples' partners, each of the 13 storable matrix rows, all 13 together, additional
# domains, 1,000 partners, a store whose every setting needs a warning, an empty store.
# Ends with "N passed, N failed"; exits 1 when anything failed. Needs root and CSSHELL_BIN.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/lib/xmpp-bed.sh"
bed_script xmpp-servers.sh prosody prosodyctl ejabberdctl lua5.4 openssl ip

W=$(mktemp -d /tmp/csshell-xmpp.XXXXXX)
trap 'bed_cleanup; rm -rf "$W"' EXIT
bed_init "$W" || { echo "cannot set up the test bed" >&2; exit 1; }

check() { local name=$1; shift; if "$@" > "$W/last.out" 2>&1; then ok "$name"; else bad "$name" "$W/last.out"; fi; }
refused() { local name=$1; shift; if "$@" > "$W/last.out" 2>&1; then bad "$name (was accepted)" "$W/last.out"; else ok "$name"; fi; }

# ---------------------------------------------------------------- stores
T0=$(now)
S=$W/stores; mkdir -p "$S"
mkstore() { rm -f "$S/$1.json"*; cs "$S/$1.json" "$2" > "$S/$1.out" 2>&1 || { cat "$S/$1.out"; return 1; }; }
scenarios=()
add() { mkstore "$1" "$2" && scenarios+=("$1") || bad "store $1" "$S/$1.out"; }

add lync '
New-CsXmppAllowedPartner -Identity "contoso.com" -PartnerType "PublicVerified"
New-CsXmppAllowedPartner -Identity "fabrikam.com" -AdditionalDomains "research.fabrikam2.com"
New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true
Set-CsXmppAllowedPartner -Identity "contoso.com" -SupportDialbackNegotiation $False
Set-CsXmppAllowedPartner -Identity "contoso.com" -AdditionalDomains @{Add="na.contoso.com"}
Set-CsXmppGatewayConfiguration -Identity "global" -ConnectionLimit 1200'
# The 13 storable rows of the negotiation matrix (negotiation.md §3): 5 and 11 need -Force.
rows="1:Required:Required:true 2:Required:Required:false 3:Optional:Required:true 4:Optional:Required:false
5:NotSupported:Required:true 7:Required:Optional:true 8:Required:Optional:false 9:Optional:Optional:true
10:Optional:Optional:false 11:NotSupported:Optional:true 13:Required:NotSupported:true 15:Optional:NotSupported:true
17:NotSupported:NotSupported:true"
all=""
for r in $rows; do
  IFS=: read -r n t s d <<< "$r"
  cmd="New-CsXmppAllowedPartner row$n.example -TlsNegotiation $t -SaslNegotiation $s -SupportDialbackNegotiation \$$d -Force"
  add "row$n" "$cmd"
  all="$all
$cmd"
done
add rows-all "$all"
add additional '
New-CsXmppAllowedPartner contoso.com -AdditionalDomains na.contoso.com, eu.contoso.com, asia.contoso.com
New-CsXmppAllowedPartner fabrikam.com -AdditionalDomains research.fabrikam2.com -SaslNegotiation Optional'
add p1000 '
1..1000 | ForEach-Object {
  if ($_ % 3 -eq 0) { New-CsXmppAllowedPartner "p$_.example.net" -AdditionalDomains "im.p$_.example.net" -SaslNegotiation Optional }
  else { New-CsXmppAllowedPartner "p$_.example.net" -SupportDialbackNegotiation $false }
}'
add every-warning '
New-CsXmppAllowedPartner strict.example -SupportDialbackNegotiation $false -PartnerType Federated -ConnectionLimit 5 -Description "Strict partner \ with a backslash"
New-CsXmppAllowedPartner loose.example -TlsNegotiation Optional -SaslNegotiation NotSupported -AdditionalDomains im.loose.example -PartnerType PublicVerified -ProxyFqdn proxy.loose.example -EnableKeepAlive $false
New-CsXmppAllowedPartner plain.example -TlsNegotiation NotSupported -SaslNegotiation NotSupported
Set-CsXmppGatewayConfiguration -DialbackPassphrase "s3cret-passphrase" -EnableLoggingAllMessageBodies $true -KeepAliveInterval 120 -StreamEstablishmentTimeout 30 -StreamInactivityTimeout 900'
add empty ''
count=$(cs "$S/p1000.json" '@(Get-CsXmppAllowedPartner).Count' 2>&1)
[ "$count" = 1000 ] && ok "store p1000 holds 1000 partners" || bad "store p1000 holds 1000 partners (got $count)"
echo "== stores: ${#scenarios[@]} in $(since "$T0") s"

# ---------------------------------------------------------------- export
T1=$(now)
E=$W/export; mkdir -p "$E"
for sc in "${scenarios[@]}"; do
  for srv in Prosody Ejabberd; do
    ext=$([ $srv = Prosody ] && echo cfg.lua || echo yml)
    f=$E/$sc.$ext
    if cs "$S/$sc.json" "Export-CsXmppFederationConfiguration -Server $srv -LocalDomain example.com -Path '$f'" > "$E/$sc.$srv.out" 2> "$E/$sc.$srv.err" \
       && [ -s "$f" ] && [ "$(stat -c %a "$f")" = 644 ]; then
      ok "export $sc for $srv (mode 0644, $(grep -c '^WARNING: ' "$E/$sc.$srv.err") warnings)"
    else
      bad "export $sc for $srv" "$E/$sc.$srv.err"
    fi
  done
done
# The store whose every setting needs a warning: one warning names each setting; the passphrase never shows.
for srv in Prosody Ejabberd; do
  settings="TlsNegotiation SaslNegotiation PartnerType ProxyFqdn ConnectionLimit Description EnableKeepAlive KeepAliveInterval PartnerConnectionLimit SubscriptionRefreshInterval EnableLoggingAllMessageBodies DialbackPassphrase"
  [ $srv = Prosody ] && settings="$settings AdditionalDomains" || settings="$settings StreamEstablishmentTimeout"
  missing=""
  for s in $settings; do grep -q "^WARNING: .*\b$s\b" "$E/every-warning.$srv.err" || missing="$missing $s"; done
  [ -z "$missing" ] && ok "every-warning for $srv: a warning names each of $(echo $settings | wc -w) settings" || bad "every-warning for $srv: no warning for$missing" "$E/every-warning.$srv.err"
  ext=$([ $srv = Prosody ] && echo cfg.lua || echo yml)
  if grep -q "s3cret-passphrase" "$E/every-warning.$ext" "$E/every-warning.$srv.err" "$E/every-warning.$srv.out"; then bad "every-warning for $srv: the passphrase leaked"
  else ok "every-warning for $srv: the passphrase is in neither file nor warnings"; fi
done
grep -q 's2s_require_encryption = true' "$E/rows-all.cfg.lua" && grep -q '^WARNING: TlsNegotiation Optional of .*stricter' "$E/rows-all.Prosody.err" \
  && ok "rows-all: TLS required for all (stricter), and said so" || bad "rows-all: stricter TLS" "$E/rows-all.Prosody.err"
echo "== export: $((${#scenarios[@]} * 2)) files in $(since "$T1") s"

# ---------------------------------------------------------------- Prosody: check config, firewall rules
T2=$(now)
for sc in "${scenarios[@]}"; do
  f=$E/$sc.cfg.lua
  if prosody_check "$f" > "$W/pc.out" 2>&1 && grep -q "All checks passed" "$W/pc.out"; then ok "prosodyctl check config: $sc"
  else bad "prosodyctl check config: $sc" "$W/pc.out"; fi
  check "mod_firewall compiles the rules: $sc" prosody_firewall "$f"
done
# Broken files: each check can fail.
B=$W/broken; mkdir -p "$B"
awk '/^; "/ && !done { sub(/^; /, ""); done=1 } { print }' "$E/lync.cfg.lua" > "$B/syntax.cfg.lua"     # a table item loses its ";": Lua syntax error
cp "$E/lync.cfg.lua" "$B/host-option.cfg.lua"; echo '; s2s_secure_auth = false' >> "$B/host-option.cfg.lua"  # a global-only option under the VirtualHost
sed 's/^NOT LEAVING:/NOT LEAVNG:/' "$E/lync.cfg.lua" > "$B/rule.cfg.lua"                                  # a mistyped mod_firewall condition
cmp -s "$B/syntax.cfg.lua" "$E/lync.cfg.lua" && bad "broken file differs from the export"
prosody_check "$B/syntax.cfg.lua" > "$W/pc.out" 2>&1; rc=$?
[ $rc = 1 ] && grep -q "expected\|unexpected symbol" "$W/pc.out" && ok "prosodyctl check config refuses a Lua syntax error (rc 1)" || bad "prosodyctl check config refuses a Lua syntax error (rc $rc)" "$W/pc.out"
prosody_check "$B/host-option.cfg.lua" > "$W/pc.out" 2>&1; rc=$?
[ $rc = 2 ] && grep -q "You need to move the following option: s2s_secure_auth" "$W/pc.out" && ok "prosodyctl check config refuses s2s_secure_auth under a VirtualHost (rc 2)" || bad "prosodyctl check config refuses a host option (rc $rc)" "$W/pc.out"
refused "mod_firewall refuses a mistyped rule" prosody_firewall "$B/rule.cfg.lua"
grep -q "Unknown condition" "$W/last.out" && ok "mod_firewall names the mistyped condition" || bad "mod_firewall names the mistyped condition" "$W/last.out"
echo "== prosody checks: $(( ${#scenarios[@]} * 2 + 5 )) in $(since "$T2") s"

# ---------------------------------------------------------------- ejabberd: a real node
T3=$(now)
J=$W/ejabberd; mkdir -p "$J"; chmod 755 "$J"
cat > "$J/ejabberd.yml" <<YML
hosts:
  - "example.com"
loglevel: info
log_rotate_count: 1
certfiles:
  - "$BED_PKI/e.test.pem"
ca_file: "$BED_PKI/ca.crt"
s2s_use_starttls: optional
acl:
  local:
    user_regexp: ""
modules:
  mod_disco: {}
  mod_s2s_dialback: {}
include_config_file:
  - "$J/policy.yml"
YML
chmod 644 "$J/ejabberd.yml"
install -m 644 "$E/rows-all.yml" "$J/policy.yml"
ej_start "$J/ejabberd.yml"; rc=$?
[ $rc = 0 ] && ok "ejabberd starts with the rows-all export" || bad "ejabberd starts with the rows-all export (rc $rc)" "$BED/ej/logs/ejabberd.log"
if [ $rc = 0 ]; then
  for sc in "${scenarios[@]}"; do
    install -m 644 "$E/$sc.yml" "$J/policy.yml"
    check "ejabberd accepts the $sc export (reload_config)" ej_reload
  done
  install -m 644 "$E/additional.yml" "$J/policy.yml"; ej_reload >/dev/null 2>&1
  ej_dump "$BED/ej/spool/effective.yml" >/dev/null 2>&1
  grep -q "s2s_access: csshell_s2s" "$BED/ej/spool/effective.yml" && grep -q "eu.contoso.com" "$BED/ej/spool/effective.yml" \
    && ok "ejabberd's effective configuration has the export's s2s_access and partners" || bad "effective configuration" "$BED/ej/spool/effective.yml"
  sed 's/s2s_use_starttls: required/s2s_use_starttls: maybe/' "$E/lync.yml" > "$B/starttls.yml"
  sed 's/^    server:/    servr:/' "$E/lync.yml" > "$B/acl.yml"
  for b in starttls acl; do
    install -m 644 "$B/$b.yml" "$J/policy.yml"
    refused "ejabberd refuses the broken $b file (reload_config)" ej_reload
  done
  ej_stop
  install -m 644 "$B/starttls.yml" "$J/policy.yml"
  ej_start "$J/ejabberd.yml"; rc=$?
  [ $rc = 1 ] && grep -q "Invalid value of option" "$BED/ej/logs/ejabberd.log" && ok "ejabberd refuses to start with the broken starttls file" \
    || bad "ejabberd refuses to start with the broken file (rc $rc)" "$BED/ej/logs/ejabberd.log"
  ej_stop
fi
echo "== ejabberd: $(( ${#scenarios[@]} + 5 )) checks in $(since "$T3") s"

# ---------------------------------------------------------------- round trips
T4=$(now)
R=$W/roundtrip; mkdir -p "$R"
for sc in lync rows-all additional p1000; do
  for srv in Prosody Ejabberd; do
    ext=$([ $srv = Prosody ] && echo cfg.lua || echo yml)
    rm -f "$R/$sc.json"*
    # The same policy: the same file but for its "Partners: N" header (Prosody gives a partner's
    # additional domains back as partners of their own, as the export warned).
    if cs "$R/$sc.json" "Import-CsXmppFederationConfiguration -Server $srv -Path '$E/$sc.$ext' -WarningAction SilentlyContinue
        Export-CsXmppFederationConfiguration -Server $srv -LocalDomain example.com -Path '$R/$sc.$ext' -WarningAction SilentlyContinue" > "$R/out" 2>&1 \
       && diff <(grep -v '^; -- Partners:\|^# Partners:' "$E/$sc.$ext") <(grep -v '^; -- Partners:\|^# Partners:' "$R/$sc.$ext") > "$R/diff"; then
      ok "round trip $sc through $srv: export, import, export gives the same policy"
    else
      cat "$R/diff" >> "$R/out"; bad "round trip $sc through $srv" "$R/out"
    fi
  done
done
echo "== round trips: 8 in $(since "$T4") s"

# ---------------------------------------------------------------- enforcement by a running Prosody
T5=$(now)
# exported NAME PARTNER-COMMAND: the Prosody policy of a store holding that partner, for b.test.
exported() {
  rm -f "$W/$1.json"*
  cs "$W/$1.json" "$2 -WarningAction SilentlyContinue
    Export-CsXmppFederationConfiguration -Server Prosody -LocalDomain b.test -Path '$W/$1.cfg.lua' -WarningAction SilentlyContinue" >/dev/null
  echo "$W/$1.cfg.lua"
}
# pair NAME PARTNER-COMMAND A-CERT VERDICT TEXT DESCRIPTION: a.test (with A-CERT) pings b.test, which
# runs the policy; a's outgoing stream must end as VERDICT and the ping's answer contain TEXT.
pair() {
  local policy v
  policy=$(exported "$1" "$2")
  bed_prosody a a.test 127.0.0.2 "$3"
  bed_prosody b b.test 127.0.0.3 "$BED_PKI/b.test" "$policy"
  if bed_start a b; then
    bed_ping a b > "$W/ping.out"
    v=$(bed_verdict a b)
    [ "$v" = "$4" ] && grep -q "$5" "$W/ping.out" && ok "enforcement: $6" || bad "enforcement: $6 ($v)" "$W/ping.out"
  else
    bad "enforcement: $6 (the servers did not start)"
  fi
  bed_stop a b
}

# b.test runs the exported policy; a.test is a partner, c.test is not.
bed_prosody a a.test 127.0.0.2 "$BED_PKI/a.test"
bed_prosody b b.test 127.0.0.3 "$BED_PKI/b.test" "$(exported enf1 'New-CsXmppAllowedPartner a.test')"
bed_prosody c c.test 127.0.0.4 "$BED_PKI/c.test"
if bed_start a b c; then
  bed_ping a b > "$W/ping-ab.out"
  grep -q "Result: pong from b.test" "$W/ping-ab.out" && ok "enforcement: partner a.test -> b.test is accepted (pong)" || bad "enforcement: partner accepted" "$W/ping-ab.out"
  [ "$(bed_verdict a b)" = SASL_EXTERNAL ] && ok "enforcement: partner a.test authenticated with its certificate (SASL EXTERNAL)" || bad "enforcement: a.test SASL EXTERNAL ($(bed_verdict a b))"
  bed_ping c b 2 > "$W/ping-cb.out"
  ! grep -q "Result: pong" "$W/ping-cb.out" && grep -q "timed out" "$W/ping-cb.out" \
    && ok "enforcement: non-partner c.test -> b.test is refused (dropped, no answer)" || bad "enforcement: non-partner refused" "$W/ping-cb.out"
  grep -q "csshell: refused stanza from c.test" "$BED/b/prosody.log" && ok "enforcement: b.test logs the refusal" || bad "enforcement: refusal logged" "$BED/b/prosody.log"
  bed_ping b c 2 > "$W/ping-bc.out"
  bed_shell b 's2s:show(nil, "dir remote")' > "$W/show-b.out"
  grep -Eq "policy-violation|pong from c\.test in (0\.0|[0-9.]+e-0[5-9]s)" "$W/ping-bc.out" && ! grep -q -- '-->.*c\.test' "$W/show-b.out" \
    && ok "enforcement: b.test opens no stream to the non-partner c.test (even to answer it)" || { cat "$W/show-b.out" >> "$W/ping-bc.out"; bad "enforcement: no stream to a non-partner" "$W/ping-bc.out"; }
  bed_ping b a > "$W/ping-ba.out"
  grep -q "Result: pong from a.test" "$W/ping-ba.out" && ok "enforcement: b.test reaches its partner a.test" || bad "enforcement: b reaches a" "$W/ping-ba.out"
else
  bad "enforcement: the servers did not start"
fi
bed_stop a b c
# a.test must present a valid certificate (row 2) but has a self-signed one: refused at the stream.
pair enf2 'New-CsXmppAllowedPartner a.test -SupportDialbackNegotiation $false' "$BED_PKI/a.test-selfsigned" NONE "certificate is not trusted" \
  "a partner that needs a certificate is refused without a valid one"
# a.test may use dialback (row 7) and has a self-signed certificate: TLS dialback.
pair enf3 'New-CsXmppAllowedPartner a.test -SaslNegotiation Optional' "$BED_PKI/a.test-selfsigned" TLS_DIALBACK "Result: pong" \
  "a dialback partner without a valid certificate gets TLS dialback"
echo "== enforcement: 3 bed scenarios in $(since "$T5") s"

echo "xmpp-servers: total $(since "$T0") s"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
