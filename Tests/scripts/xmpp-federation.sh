#!/usr/bin/env bash
# Test-CsXmppFederation proven by real servers: pairs of Prosody 0.12 servers (Debian 12's), each
# configured by csshell's own export from a store this script fills, open server-to-server streams
# to each other; what each stream negotiated (read from the running servers) must equal
# Test-CsXmppFederation's prediction for the same scenario, for every direction.
#
# The matrix: every storable row of the negotiation matrix (13) on each side, as the five server
# configurations the export makes of them (TLS required / used when offered / off, times a valid
# certificate required / dialback allowed), every pair of those on the two sides (25), times the
# certificate states of both servers (valid, self-signed, wrong name, missing: 16), times XEP-0288
# bidi off and on (both servers): 800 scenarios; and, without bidi, our side's store holding every
# row at once (its global TLS policy is the strictest partner's) against the five: 80 more. Scenarios
# run side by side: one Prosody process per side configuration and bidi setting (21), each serving one
# domain per scenario (a<N>.test on our side, b<N>.test on the partner's) with that scenario's
# certificate. Each process's store holds
# the other side's domains as partners, each with its scenario's matrix row (rows of one group make
# the same configuration), and the store's gateway StreamEstablishmentTimeout is the servers'
# s2s_timeout, so streams that are refused only by timing out end within it.
#
# Phase 1: every a<N> pings b<N> (the stream a<N> -> b<N>, "Outbound"); phase 2: every b<N> pings
# a<N> ("Inbound"). Then each process reports its sessions: the outgoing session of a pair,
# authenticated by SASL EXTERNAL or by dialback (over TLS or not), or no authenticated session.
# With bidi the one row "Both" is the stream a<N> opened, and it must be bidirectional. A subset
# of the predictions also reads the partner's Prosody configuration file (-RemoteProfile PATH) and
# must give the same rows. Ends with "N passed, N failed". Needs root and CSSHELL_BIN.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/lib/xmpp-bed.sh"
bed_script xmpp-federation.sh prosody prosodyctl lua5.4 openssl ip python3

W=$(mktemp -d /tmp/csshell-federation.XXXXXX)
trap 'bed_cleanup; [ -n "${FEDERATION_KEEP:-}" ] && echo "kept $W" || rm -rf "$W"' EXIT
bed_init "$W" || { echo "cannot set up the test bed" >&2; exit 1; }
T0=$(now)
# StreamEstablishmentTimeout, exported as s2s_timeout: streams refused only by timing out end then;
# long enough that no stream which succeeds is cut short on a busy 2-core machine.
TIMEOUT=${FEDERATION_TIMEOUT:-30}

# ---------------------------------------------------------------- the matrix
# The storable rows (negotiation.md §3) by the configuration the export makes of them.
declare -A ROW=([1]="Required Required true" [2]="Required Required false" [3]="Optional Required true"
  [4]="Optional Required false" [5]="NotSupported Required true" [7]="Required Optional true" [8]="Required Optional false"
  [9]="Optional Optional true" [10]="Optional Optional false" [11]="NotSupported Optional true"
  [13]="Required NotSupported true" [15]="Optional NotSupported true" [17]="NotSupported NotSupported true")
declare -A GROUP_ROWS=([RC]="1 2 8" [RD]="7 13" [OC]="4 10" [OD]="3 9 15" [ND]="5 11 17" [MIX]="1 3 5 7 9 11 13 15 17 2 4 8 10")
# What the export must write for each group (s2s_require_encryption / s2s_allow_encryption, and
# whether the partners are certificate or dialback partners).
declare -A GROUP_TLS=([RC]="s2s_require_encryption = true" [RD]="s2s_require_encryption = true" [OC]="s2s_require_encryption = false"
  [OD]="s2s_require_encryption = false" [ND]="s2s_allow_encryption = false" [MIX]="s2s_require_encryption = true")
declare -A GROUP_LIST=([RC]=s2s_secure_domains [RD]=s2s_insecure_domains [OC]=s2s_secure_domains [OD]=s2s_insecure_domains [ND]=s2s_insecure_domains
  [MIX]=s2s_insecure_domains)
GROUPS_=(RC RD OC OD ND)
# MIX: our side's store holds partners of every row at once, so the export's global settings (TLS
# required, as the strictest partner asks; the dialback module loaded) apply to rows that alone
# would make another configuration; Test-CsXmppFederation predicts for the store's global policy.
CERTS=(V S W M)
declare -A CERT_STATE=([V]=Valid [S]=Invalid [W]=Invalid [M]=Missing)
declare -A CERT_NAME=([V]=valid [S]=self-signed [W]="wrong name" [M]=missing)

S=$W/scenarios.tsv; : > "$S"
declare -A NEXT=() HOSTS=()
pick() {   # pick SIDE GROUP: sets PICKED to the group's rows in turn, separately for each side
  local rows=(${GROUP_ROWS[$2]}) k="$1$2"
  local n=${NEXT[$k]:-0}
  NEXT[$k]=$((n + 1))
  PICKED=${rows[$((n % ${#rows[@]}))]}
}
i=0
for bidi in off on; do
  agroups=("${GROUPS_[@]}"); [ "$bidi" = off ] && agroups+=(MIX)
  for ga in "${agroups[@]}"; do
    for gb in "${GROUPS_[@]}"; do
      for ca in "${CERTS[@]}"; do
        for cb in "${CERTS[@]}"; do
          i=$((i + 1))
          pick a "$ga"; ra=$PICKED; pick b "$gb"; rb=$PICKED
          printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "A-$ga-$bidi" "B-$gb-$bidi" "$ga" "$gb" "$ra" "$rb" "$ca" "$cb" "$bidi" >> "$S"
          HOSTS[A-$ga-$bidi]+=" a$i.test=$ca"; HOSTS[B-$gb-$bidi]+=" b$i.test=$cb"
        done
      done
    done
  done
done
SCENARIOS=$i
INSTANCES=(A-MIX-off)
for side in A B; do for g in "${GROUPS_[@]}"; do for bidi in off on; do INSTANCES+=("$side-$g-$bidi"); done; done; done

# ---------------------------------------------------------------- certificates, names, stores, exports
T1=$(now)
bed_cert wrong wrong.test
n=0
for inst in "${INSTANCES[@]}"; do
  n=$((n + 1))
  ip=127.0.$([ "${inst%%-*}" = A ] && echo 1 || echo 2).$n
  valid=() self=() all=()
  for h in ${HOSTS[$inst]}; do
    all+=("${h%%=*}")
    case ${h#*=} in V) valid+=("${h%%=*}") ;; S) self+=("${h%%=*}") ;; esac
  done
  bed_cert "$inst-valid" "${valid[@]}"
  bed_selfsigned "$inst-self" "${self[@]}"
  bed_hosts_add "$ip" "${all[@]}"
  echo "$ip" > "$W/$inst.ip"
done

# The store of an instance holds each scenario's peer domain with the scenario's row of this side.
for inst in "${INSTANCES[@]}"; do
  side=${inst%%-*}; g=${inst#*-}; g=${g%-*}
  {
    echo "Set-CsXmppGatewayConfiguration -StreamEstablishmentTimeout $TIMEOUT"
    awk -F'\t' -v inst="$inst" -v side="$side" '($2 == inst && side == "A") || ($3 == inst && side == "B") {
      print (side == "A" ? "b" : "a") $1 ".test\t" (side == "A" ? $6 : $7) }' "$S" | while IFS=$'\t' read -r peer row; do
      read -r t s d <<< "${ROW[$row]}"
      echo "New-CsXmppAllowedPartner $peer -TlsNegotiation $t -SaslNegotiation $s -SupportDialbackNegotiation \$$d -Force -WarningAction SilentlyContinue"
    done
    locals=$(for h in ${HOSTS[$inst]}; do printf '%s,' "${h%%=*}"; done)
    echo "Export-CsXmppFederationConfiguration -Server Prosody -LocalDomain ${locals%,} -Path '$W/$inst.policy.cfg.lua' -WarningAction SilentlyContinue"
  } > "$W/$inst.store.ps1"
  if cs "$W/$inst.store.json" "$(cat "$W/$inst.store.ps1")" > "$W/$inst.store.out" 2>&1 \
     && grep -q "^; ${GROUP_TLS[$g]}" "$W/$inst.policy.cfg.lua" && grep -q "^; ${GROUP_LIST[$g]} = { \"" "$W/$inst.policy.cfg.lua" \
     && grep -q "^; s2s_timeout = $TIMEOUT" "$W/$inst.policy.cfg.lua"; then
    :
  else
    bad "store and export of $inst (${GROUP_TLS[$g]}, ${GROUP_LIST[$g]})" "$W/$inst.store.out"
  fi
  bidi=${inst##*-}
  spec=()
  for h in ${HOSTS[$inst]}; do
    case ${h#*=} in V) c="$BED_PKI/$inst-valid" ;; S) c="$BED_PKI/$inst-self" ;; W) c="$BED_PKI/wrong" ;; M) c="" ;; esac
    spec+=("${h%%=*}=$c")
  done
  bed_prosody_hosts "$inst" "$(cat "$W/$inst.ip")" "$W/$inst.policy.cfg.lua" "$([ "$bidi" = on ] && echo s2s_bidi)" "${spec[@]}"
done
[ $fail -eq 0 ] && ok "${#INSTANCES[@]} stores filled and exported: each export has its group's TLS policy, partner list and s2s_timeout = $TIMEOUT"
echo "== $SCENARIOS scenarios, ${#INSTANCES[@]} servers configured in $(since "$T1") s"

# ---------------------------------------------------------------- predictions
T2=$(now)
P=$W/predictions.tsv; : > "$P"
for inst in "${INSTANCES[@]}"; do
  [ "${inst%%-*}" = A ] || continue
  awk -F'\t' -v inst="$inst" '$2 == inst' "$S" | while IFS=$'\t' read -r i a b ga gb ra rb ca cb bidi; do
    read -r t s d <<< "${ROW[$rb]}"
    flags="-LocalCertificate ${CERT_STATE[$ca]} -RemoteCertificate ${CERT_STATE[$cb]}"
    [ "$bidi" = on ] && flags="$flags -LocalBidi -RemoteBidi"
    echo "Test-CsXmppFederation -Identity b$i.test -RemoteTlsNegotiation $t -RemoteSaslNegotiation $s -RemoteSupportDialbackNegotiation \$$d $flags -WarningAction SilentlyContinue | ForEach-Object { \"$i\`tlync\`t\" + (\$_ | ConvertTo-Json -Compress) }"
    # The partner's own configuration file as the profile: for the valid-certificate scenarios of our side.
    if [ "$ca" = V ] && { [ "$cb" = V ] || [ "$cb" = S ]; }; then
      pflags="-LocalCertificate ${CERT_STATE[$ca]} -RemoteCertificate ${CERT_STATE[$cb]}"
      [ "$bidi" = on ] && pflags="$pflags -LocalBidi"
      echo "Test-CsXmppFederation -Identity b$i.test -RemoteProfile '$BED/$b/prosody.cfg.lua' -LocalDomain a$i.test $pflags -WarningAction SilentlyContinue | ForEach-Object { \"$i\`tfile\`t\" + (\$_ | ConvertTo-Json -Compress) }"
    fi
  done > "$W/$inst.predict.ps1"
  cs "$W/$inst.store.json" "$(cat "$W/$inst.predict.ps1")" >> "$P" 2> "$W/$inst.predict.err" || bad "predictions for $inst" "$W/$inst.predict.err"
done
echo "== $(wc -l < "$P") prediction rows in $(since "$T2") s"

# ---------------------------------------------------------------- the servers
T3=$(now)
cat > "$W/unauthed.lua" <<'LUA'
local n = 0
for _, h in pairs(prosody.hosts) do
  for _, s in pairs(h.s2sout or {}) do if s.type == "s2sout_unauthed" then n = n + 1 end end
end
for s in pairs(prosody.incoming_s2s) do if s.type == "s2sin_unauthed" then n = n + 1 end end
return n
LUA
cat > "$W/sessions.lua" <<'LUA'
-- One line per session: local host, remote host, direction, type, TLS, SASL EXTERNAL, dialback, bidi.
local n = 0
local function line(s, localhost, remote)
  print(table.concat({ localhost or "-", remote or "-", s.direction or "-", s.type or "-", s.secure and "tls" or "plain",
    s.external_auth or "-", s.dialback_key and "dialback" or "-", (s.incoming and s.outgoing) and "bidi" or "-" }, "\t"))
  n = n + 1
end
for host, h in pairs(prosody.hosts) do
  for remote, s in pairs(h.s2sout or {}) do if s.direction == "outgoing" then line(s, host, remote) end end
end
for s in pairs(prosody.incoming_s2s) do line(s, s.to_host, s.from_host) end
return n
LUA
# ping_lua FILE FROM-COLUMN TO-COLUMN INSTANCE-COLUMN INSTANCE: a Lua file that pings every pair of the instance.
ping_lua() {
  {
    echo 'local st, mm = require "util.stanza", require "core.modulemanager"'
    echo 'local pairs_ = {'
    awk -F'\t' -v inst="$5" -v col="$4" -v f="$2" -v t="$3" '$col == inst { printf "  { \"%s%s.test\", \"%s%s.test\" },\n", f, $1, t, $1 }' "$S"
    echo '}'
    echo 'local sent = 0'
    echo 'for i, p in ipairs(pairs_) do'
    echo '  local m = mm.get_module(p[1], "ping")'
    echo '  if m then'
    echo '    m.module:send(st.iq({ from = p[1], to = p[2], type = "get", id = "bed" .. i }):tag("ping", { xmlns = "urn:xmpp:ping" }))'
    echo '    sent = sent + 1'
    echo '  end'
    echo 'end'
    echo 'return sent'
  } > "$1"
}
# sent SIDE COLUMN: every instance of SIDE sent a ping for each of its scenarios.
sent() {
  local inst want got
  for inst in "${INSTANCES[@]}"; do
    [ "${inst%%-*}" = "$1" ] || continue
    want=$(awk -F'\t' -v inst="$inst" -v col="$2" '$col == inst' "$S" | wc -l)
    got=$(sed -n 's/^Result: //p' "$W/answer-$inst")
    [ "$got" = "$want" ] || bad "$inst sent $got of its $want pings" "$W/answer-$inst"
  done
}
# on_all SIDE LUA-FILE-PREFIX: runs each instance's Lua file (PREFIX-INSTANCE.lua, or PREFIX.lua for
# all) in all instances of SIDE (A, B or AB) at once; their answers in $W/answer-INSTANCE.
on_all() {
  local inst f pids=()
  for inst in "${INSTANCES[@]}"; do
    [[ $1 == *"${inst%%-*}"* ]] || continue
    f=$2-$inst.lua; [ -f "$f" ] || f=$2.lua
    bed_lua "$inst" "$f" > "$W/answer-$inst" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
}
# settle: waits until no instance has a stream still negotiating (they end by TIMEOUT at the latest).
settle() {
  local start=$(now) total inst r
  sleep 2
  while :; do
    on_all AB "$W/unauthed"
    total=0
    for inst in "${INSTANCES[@]}"; do
      r=$(sed -n 's/^Result: //p' "$W/answer-$inst")
      total=$((total + ${r:-0}))
    done
    [ "$total" -eq 0 ] && break
    [ "$(awk -v s="$(since "$start")" -v m="$((3 * TIMEOUT + 10))" 'BEGIN { print (s > m) }')" = 1 ] && { echo "     $total streams still negotiating after $(since "$start") s"; break; }
    sleep 1
  done
  echo "     settled in $(since "$start") s"
}
if ! bed_start "${INSTANCES[@]}" > "$W/start.out" 2>&1; then
  bad "the ${#INSTANCES[@]} Prosody servers start" "$W/start.out"
  echo "$pass passed, $fail failed"; exit 1
fi
ok "${#INSTANCES[@]} Prosody servers started with the exported configurations ($(since "$T3") s)"
T4=$(now)
echo "== phase 1: our servers open the streams (a<N> -> b<N>)"
for inst in "${INSTANCES[@]}"; do [ "${inst%%-*}" = A ] && ping_lua "$W/ping-$inst.lua" a b 2 "$inst"; done
on_all A "$W/ping"
sent A 2
settle
echo "== phase 2: the partners open theirs (b<N> -> a<N>)"
for inst in "${INSTANCES[@]}"; do [ "${inst%%-*}" = B ] && ping_lua "$W/ping-$inst.lua" b a 3 "$inst"; done
on_all B "$W/ping"
sent B 3
settle
on_all AB "$W/sessions"
for inst in "${INSTANCES[@]}"; do grep -v '^Result:' "$W/answer-$inst"; done > "$W/sessions.tsv"
echo "== streams in $(since "$T4") s: $(wc -l < "$W/sessions.tsv") sessions"

# ---------------------------------------------------------------- compare
python3 - "$S" "$P" "$W/sessions.tsv" > "$W/compare.out" <<'PY'
import sys, json, collections
scen_file, pred_file, sess_file = sys.argv[1:4]
names = {"V": "valid", "S": "self-signed", "W": "wrong name", "M": "missing"}
scen = {}
for line in open(scen_file):
    i, a, b, ga, gb, ra, rb, ca, cb, bidi = line.rstrip("\n").split("\t")
    scen[i] = dict(a=a, b=b, ga=ga, gb=gb, ra=ra, rb=rb, ca=ca, cb=cb, bidi=bidi)
pred = collections.defaultdict(list)
for line in open(pred_file):
    i, tag, js = line.rstrip("\n").split("\t", 2)
    pred[(i, tag)].append(json.loads(js))
outgoing = {}
for line in open(sess_file):
    f = line.rstrip("\n").split("\t")
    if len(f) != 8 or f[2] != "outgoing":
        continue
    local, remote, direction, typ, tls, sasl, db, bidi = f
    outgoing.setdefault((local, remote), []).append(f)

def observed(local, remote):
    rows = outgoing.get((local, remote), [])
    for local, remote, direction, typ, tls, sasl, db, bidi in rows:
        if typ == "s2sout":
            if sasl == "succeeded":
                return "SASL over TLS", bidi, rows
            if db == "dialback":
                return ("TLS Dialback" if tls == "tls" else "TCP Dialback"), bidi, rows
    return None, "-", rows

passed = failed = directions = 0
methods = collections.Counter(); sources = collections.Counter()
for i in sorted(scen, key=int):
    s = scen[i]
    rows = pred.get((i, "lync"))
    what = "scenario %s: our a%s.test row %s (%s certificate) -> partner b%s.test row %s (%s certificate), bidi %s" % (
        i, i, s["ra"], names[s["ca"]], i, s["rb"], names[s["cb"]], s["bidi"])
    if not rows:
        failed += 1; print("FAIL " + what + ": no prediction"); continue
    out, outbidi, outrows = observed("a%s.test" % i, "b%s.test" % i)
    inb, _, inrows = observed("b%s.test" % i, "a%s.test" % i)
    seen = {"Outbound": out, "Inbound": inb, "Both": out}
    problems = []
    for r in rows:
        directions += 1
        want = r["Method"] if r["Succeeds"] else None
        got = seen[r["Direction"]]
        methods[str(want)] += 1
        sources[r["Source"][len("XEP-0288; "):] if r["Direction"] == "Both" else r["Source"]] += 1
        if want != got:
            problems.append("%s: predicted %s, the servers %s" % (r["Direction"], want or "failure", got or "did not authenticate a stream"))
        if r["Direction"] == "Both" and got and outbidi != "bidi":
            problems.append("Both: the stream a%s.test opened is not bidirectional" % i)
    expected_dirs = ["Both"] if s["bidi"] == "on" else ["Outbound", "Inbound"]
    if [r["Direction"] for r in rows] != expected_dirs:
        problems.append("directions %s, expected %s" % ([r["Direction"] for r in rows], expected_dirs))
    fileRows = pred.get((i, "file"))
    if fileRows is not None:
        key = lambda r: (r["Direction"], r["Succeeds"], r["Method"], r["FailingSide"], r["FailingStep"])
        if [key(r) for r in fileRows] != [key(r) for r in rows]:
            problems.append("-RemoteProfile <b's prosody.cfg.lua> predicts %s, the -Remote parameters %s" % ([key(r) for r in fileRows], [key(r) for r in rows]))
    if problems:
        failed += 1
        print("FAIL " + what)
        for p in problems: print("     " + p)
        for r in rows: print("     prediction: " + json.dumps(r))
        for f in outrows + inrows: print("     session: " + " ".join(f))
    else:
        passed += 1
print("SUMMARY %d %d %d" % (passed, failed, directions))
print("methods predicted: " + ", ".join("%s %d" % (k if k != "None" else "failure", v) for k, v in sorted(methods.items())))
print("deciding rules, with the number of directions each decided:")
for k, v in sorted(sources.items()): print("  %4d  %s" % (v, k))
PY
grep -v '^SUMMARY' "$W/compare.out" | grep -v '^     ' | grep -v '^FAIL' 
read -r _ sp sf sd <<< "$(grep '^SUMMARY' "$W/compare.out")"
if [ "${sf:-1}" -eq 0 ] && [ "${sp:-0}" -eq "$SCENARIOS" ]; then
  ok "all $SCENARIOS scenarios ($sd directions) negotiate what Test-CsXmppFederation predicts"
else
  grep -A14 '^FAIL' "$W/compare.out" | head -150
  bad "$sf of $SCENARIOS scenarios differ from the prediction"
fi
grep -l "Traceback" "$W"/*/prosody.log > "$W/tracebacks" 2>/dev/null && bad "a server logged a traceback: $(cat "$W/tracebacks")" || true

bed_stop "${INSTANCES[@]}"
echo "xmpp-federation: total $(since "$T0") s"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
