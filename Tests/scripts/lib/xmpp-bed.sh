# A test bed of real XMPP servers on this machine, for csshell's server-backed tests. Sourced, not run.
#
#   bed_script NAME COMMAND...  a script's first checks (root, commands, the csshell binary) and the
#                             helpers ok, bad, now, since, cs
#   bed_init DIR              work folder (mode 0755, so the servers' own users can read it), a private
#                             CA with certificates, and a network namespace of our own
#   bed_cert NAME DOMAIN...   a certificate for the DOMAINs from the bed's CA ($BED_PKI/NAME.crt, .key)
#   bed_selfsigned NAME DOMAIN...   a self-signed certificate for the DOMAINs
#   bed_hosts_add IP DOMAIN...  the bed's hosts file resolves the DOMAINs to IP
#   bed_prosody NAME DOMAIN IP CERTBASE [POLICY]
#                             writes the config of a Prosody instance (own data, pid, log, admin socket)
#                             that Includes POLICY (an exported policy file) above its VirtualHost
#   bed_prosody_hosts NAME IP POLICY MODULES DOMAIN=CERTBASE...
#                             the same for an instance serving several domains, each with its own
#                             certificate (an empty CERTBASE: none); MODULES are added to the global list
#   bed_start NAME...         starts instances inside the namespace; waits for their admin sockets
#   bed_stop NAME...          stops them (SIGTERM, then SIGKILL after 6 s)
#   bed_shell NAME COMMAND    one prosodyctl shell command against an instance
#   bed_ping FROM TO [SECS]   xmpp:ping from FROM's host to TO's host (prints the shell's answer)
#   bed_lua NAME FILE         runs a Lua file inside a running instance (prints what it prints)
#   bed_verdict FROM TO       how FROM's outgoing stream to TO authenticated:
#                             SASL_EXTERNAL | TLS_DIALBACK | TCP_DIALBACK | NONE
#   bed_cleanup               stops everything it started and deletes the namespace (set as EXIT trap)
#   prosody_check POLICY [HOSTS]   prosodyctl check config of POLICY included from a minimal main file
#   prosody_firewall POLICY   compiles the mod_firewall rules of POLICY (prosodyctl mod_firewall)
#   ej_start MAIN             boots a private ejabberd node (loopback, no epmd): 0 accepted, 1 refused
#   ej_reload                 ejabberdctl reload_config on that node: 0 accepted, 1 refused
#   ej_dump FILE              writes the node's effective configuration
#   ej_stop                   stops the node
#
# Everything runs on loopback: Prosody servers inside the namespace (only `lo`, 127.0.0.0/8) on port
# 5269, found through a hosts file of the bed's own by libunbound (no DNS query leaves the machine);
# ejabberd on 127.0.0.1 with a fixed distribution port and no epmd. Needs root (ip netns, and
# ejabberdctl runs the node as the ejabberd user). Prosody 0.12 and ejabberd 23.01 from Debian 12.

BED_PIDS=()
BED_EJ_PID=""
BED_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# bed_script NAME COMMAND...: what a server-backed test script checks first (root, the COMMANDs it
# needs, the csshell binary: $CSSHELL_BIN, else .build/debug) and its helpers: ok and bad count and
# print results, now and since time steps, cs runs csshell against a store.
bed_script() {
  local name=$1 c
  shift
  CSSHELL=${CSSHELL_BIN:-$BED_LIB/../../../.build/debug/csshell}
  [ "$(id -u)" -eq 0 ] || { echo "$name: needs root (network namespaces, the servers' own users)" >&2; exit 1; }
  for c in "$@"; do
    command -v "$c" >/dev/null || { echo "$name: $c is missing (scripts/test installs it)" >&2; exit 1; }
  done
  [ -x "$CSSHELL" ] || { echo "$name: no csshell binary at $CSSHELL" >&2; exit 1; }
  pass=0; fail=0
}
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/     /' "$2" | head -20; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
cs() { CSSHELL_STORE="$1" "$CSSHELL" -NonInteractive -Command "$2"; }

bed_init() {
  BED=$1
  mkdir -p "$BED"; chmod 755 "$BED"
  BED_NS=${BED_NS:-csshell-xmpp-$$}
  BED_PKI=$BED/pki
  bed_pki "$BED_PKI"
  ip netns add "$BED_NS" || return 1
  ip netns exec "$BED_NS" ip link set lo up
  printf '127.0.0.2 a.test\n127.0.0.3 b.test\n127.0.0.4 c.test\n' > "$BED/hosts"
}

# bed_pki DIR: a private CA (EC P-256) and certificates for a/b/c/e.test; a.test also self-signed.
bed_pki() {
  local d=$1 h
  BED_PKI=$d
  mkdir -p "$d"
  ( cd "$d" || exit 1
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.crt -days 3650 \
      -subj "/CN=csshell test CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    rm -f ca.srl )
  for h in a.test b.test c.test e.test; do
    bed_cert "$h" "$h" && cat "$d/$h.key" "$d/$h.crt" "$d/ca.crt" > "$d/$h.pem"
  done
  bed_selfsigned a.test-selfsigned a.test
  chmod 644 "$d"/*.key "$d"/*.crt "$d"/*.pem   # test keys only: readable by the servers' users
}

# The subjectAltName list of DOMAINs.
bed_sans() { local d s=""; for d in "$@"; do s="$s,DNS:$d"; done; echo "${s#,}"; }

bed_cert() {
  local name=$1; shift
  ( cd "$BED_PKI" || exit 1
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" -out "$name.csr" -subj "/CN=$1" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n' "$(bed_sans "$@")" > "$name.ext"
    openssl x509 -req -in "$name.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -extfile "$name.ext" -out "$name.crt" 2>/dev/null
    rm -f "$name.csr" "$name.ext" ca.srl
    chmod 644 "$name.key" "$name.crt" )
}

bed_selfsigned() {
  local name=$1; shift
  ( cd "$BED_PKI" || exit 1
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" -out "$name.crt" \
      -days 3650 -subj "/CN=$1" -addext "subjectAltName=$(bed_sans "$@")" 2>/dev/null
    chmod 644 "$name.key" "$name.crt" )
}

bed_hosts_add() {
  local ip=$1 d; shift
  for d in "$@"; do echo "$ip $d"; done >> "$BED/hosts"
}

bed_prosody() { bed_prosody_hosts "$1" "$3" "${5:-}" "" "$2=$4"; }

bed_prosody_hosts() {
  local name=$1 ip=$2 policy=$3 modules=$4 dir=$BED/$1 h m
  shift 4
  rm -rf "$dir"; mkdir -p "$dir/data" "$dir/certs"
  {
    echo "-- Prosody test instance $name (${*%%=*})"
    echo "run_as_root = true"
    echo "data_path = \"$dir/data\""
    echo "pidfile = \"$dir/data/prosody.pid\""
    echo "admin_socket = \"$dir/data/prosody.sock\""
    echo "log = { ${BED_LOG_LEVEL:-info} = \"$dir/prosody.log\" }"
    echo "interfaces = { \"$ip\" }"
    echo "c2s_ports = { }"
    echo "s2s_ports = { 5269 }"
    echo "http_ports = { }"
    echo "https_ports = { }"
    echo "use_ipv6 = false"
    echo "unbound = { resolvconf = false; hoststxt = \"$BED/hosts\" }"
    echo "certificates = \"$dir/certs\""
    echo "modules_enabled = { \"tls\"; \"saslauth\"; \"dialback\"; \"disco\"; \"ping\"; \"admin_shell\"$(for m in $modules; do printf '; "%s"' "$m"; done) }"
    [ -n "$policy" ] && echo "Include \"$policy\""
    for h in "$@"; do
      echo "VirtualHost \"${h%%=*}\""
      if [ -n "${h#*=}" ]; then
        echo "  ssl = { certificate = \"${h#*=}.crt\"; key = \"${h#*=}.key\"; cafile = \"$BED_PKI/ca.crt\" }"
      else
        echo "  ssl = { cafile = \"$BED_PKI/ca.crt\" }"
      fi
    done
  } > "$dir/prosody.cfg.lua"
}

bed_start() {
  local n i
  for n in "$@"; do
    ip netns exec "$BED_NS" prosody --config "$BED/$n/prosody.cfg.lua" -F > "$BED/$n/stdout.txt" 2>&1 &
    echo $! > "$BED/$n/run.pid"
    BED_PIDS+=($!)
  done
  for n in "$@"; do
    for i in $(seq 1 400); do [ -S "$BED/$n/data/prosody.sock" ] && break; sleep 0.05; done
    # The admin shell answers once the server has activated all its hosts and entered its loop.
    if [ ! -S "$BED/$n/data/prosody.sock" ] || ! kill -0 "$(cat "$BED/$n/run.pid")" 2>/dev/null \
       || [ "$(bed_shell "$n" "> return 1")" != "Result: 1" ] || grep -q '	error	' "$BED/$n/prosody.log" 2>/dev/null; then
      echo "prosody instance $n did not start:"; cat "$BED/$n/stdout.txt"; grep '	error	' "$BED/$n/prosody.log" 2>/dev/null | head -5
      return 1
    fi
  done
}

bed_stop() {
  local n p i
  for n in "$@"; do
    [ -f "$BED/$n/run.pid" ] || continue
    p=$(cat "$BED/$n/run.pid"); kill -TERM "$p" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$p" 2>/dev/null && kill -KILL "$p"
    wait "$p" 2>/dev/null
    rm -f "$BED/$n/run.pid" "$BED/$n/data/prosody.sock"
  done
}

bed_shell() {
  prosodyctl --config "$BED/$1/prosody.cfg.lua" shell "$2" 2>&1 | grep -v 'certmanager.*Error indexing'
}

bed_ping() {
  local from=$1 to=$2 secs=${3:-5}
  bed_shell "$from" "xmpp:ping(\"$from.test\", \"$to.test\", $secs)"
}

bed_lua() { bed_shell "$1" "> return dofile(\"$2\")"; }

bed_verdict() {
  bed_shell "$1" "s2s:show(\"$2.test\", \"dir remote secure s2s_sasl dialback\")" | awk -F'|' -v to="$2.test" '
    $1 ~ /-->/ && index($2, to) { sec=$3; sasl=$4; db=$5; gsub(/ /,"",sec); gsub(/ /,"",sasl); gsub(/ /,"",db)
      if (sasl=="Succeeded") v="SASL_EXTERNAL"; else if (db=="Completed") v=(sec=="insecure"?"TCP_DIALBACK":"TLS_DIALBACK") }
    END { print (v==""?"NONE":v) }'
}

bed_cleanup() {
  local p
  for p in "${BED_PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
  for p in "${BED_PIDS[@]}"; do wait "$p" 2>/dev/null; done
  BED_PIDS=()
  ej_stop >/dev/null 2>&1
  [ -n "${BED_NS:-}" ] && ip netns list 2>/dev/null | grep -qw "$BED_NS" && ip netns delete "$BED_NS"
  true
}

# prosody_check POLICY [HOSTS]: "prosodyctl check config" of a minimal main file (in a folder of its
# own) that Includes POLICY above its VirtualHost sections. Prints prosodyctl's output; its status.
prosody_check() {
  local policy=$1 hosts=${2:-example.com} d h rc
  d=$(mktemp -d "$BED/check.XXXXXX"); chmod 755 "$d"
  mkdir -p "$d/data" "$d/certs"
  cp "$policy" "$d/policy.cfg.lua"; chmod 644 "$d/policy.cfg.lua"
  {
    echo "data_path = \"$d/data\""
    echo "pidfile = \"$d/data/prosody.pid\""
    echo "log = { info = \"$d/data/prosody.log\" }"
    echo "interfaces = { \"127.0.0.1\" }"
    echo "modules_enabled = { \"tls\"; \"saslauth\"; \"dialback\"; \"disco\"; \"ping\" }"
    echo "Include \"policy.cfg.lua\""
    for h in $hosts; do echo "VirtualHost \"$h\""; done
  } > "$d/prosody.cfg.lua"
  chmod 644 "$d/prosody.cfg.lua"
  prosodyctl --config "$d/prosody.cfg.lua" check config
  rc=$?
  rm -rf "$d"
  return $rc
}

# prosody_firewall POLICY: compiles the file's mod_firewall rules as Prosody would load them.
prosody_firewall() {
  local d rc
  d=$(mktemp -d "$BED/fw.XXXXXX"); chmod 755 "$d"; mkdir -p "$d/certs"
  echo "data_path = \"$d\"" > "$d/prosody.cfg.lua"
  prosodyctl --root --config "$d/prosody.cfg.lua" mod_firewall "$1"
  rc=$?
  rm -rf "$d"
  return $rc
}

ej_ctl() {
  ejabberdctl --ctl-config "$BED/ej/ejabberdctl.cfg" --config "$BED_EJ_MAIN" --spool "$BED/ej/spool" --logs "$BED/ej/logs" "$@"
}

# ej_start MAIN: boots a private node with MAIN; 0 once it is started, 1 when it refuses (exits), 2 on time-out.
ej_start() {
  local i
  BED_EJ_MAIN=$(readlink -f "$1")
  rm -rf "$BED/ej"; mkdir -p "$BED/ej/spool" "$BED/ej/logs"; chmod 755 "$BED/ej"
  chown -R ejabberd: "$BED/ej/spool" "$BED/ej/logs"
  cat > "$BED/ej/ejabberdctl.cfg" <<CFG
ERLANG_NODE=csshell$$@localhost
ERL_DIST_PORT=${BED_EJ_DIST_PORT:-$((25100 + $$ % 500))}
INET_DIST_INTERFACE=127.0.0.1
ERL_OPTIONS="-env ERL_CRASH_DUMP_BYTES 0 -setcookie csshelltest"
EJABBERD_BYPASS_WARNINGS=true
CFG
  ej_ctl foreground > "$BED/ej/foreground.out" 2>&1 &
  BED_EJ_PID=$!
  for i in $(seq 1 600); do
    if ! kill -0 "$BED_EJ_PID" 2>/dev/null; then wait "$BED_EJ_PID"; BED_EJ_PID=""; return 1; fi
    grep -q 'is started in the node' "$BED/ej/logs/ejabberd.log" 2>/dev/null && return 0
    sleep 0.1
  done
  return 2
}

ej_reload() { ej_ctl reload_config; }
ej_dump() { ej_ctl dump_config "$1"; }

ej_stop() {
  local i
  [ -n "$BED_EJ_PID" ] || return 0
  ej_ctl stop >/dev/null 2>&1
  for i in $(seq 1 100); do kill -0 "$BED_EJ_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$BED_EJ_PID" 2>/dev/null && kill -TERM "$BED_EJ_PID"
  wait "$BED_EJ_PID" 2>/dev/null
  BED_EJ_PID=""
}
