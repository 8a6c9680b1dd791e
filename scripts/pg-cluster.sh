#!/usr/bin/env bash
# Throw-away PostgreSQL clusters for the tests (scripts/test) and the benchmark (scripts/bench).
#
#   pg-cluster.sh start   DIR [PORT]  create (initdb) if DIR has no cluster, then start; PORT defaults
#                                     to the first free one in 15432-15499; prints the env block
#   pg-cluster.sh stop    DIR         stop (fast) and remove DIR (only a DIR this script created)
#   pg-cluster.sh down    DIR         stop (fast), data kept: `start DIR` starts it again
#   pg-cluster.sh restart DIR         pg_ctl restart -m fast: clean shutdown, data kept
#   pg-cluster.sh kill    DIR         SIGKILL the postmaster, then every process of the cluster, and
#                                     remove the stale lock files (a server crash); data kept, and
#                                     `start DIR` then runs crash recovery from the WAL
#   pg-cluster.sh crash   DIR         kill, then start (crash recovery)
#   pg-cluster.sh status  DIR         "running (postmaster PID n)" and exit 0, or exit 3
#   pg-cluster.sh env     DIR         print `export PGHOST=... PGPORT=... PGUSER=... PGDATABASE=...`
#   pg-cluster.sh psql    DIR [ARGS]  psql as the superuser over the Unix socket, database csshell
#
# Layout of DIR (owned by the server's OS user, 0755):
#   DIR/data           the cluster (0700)      DIR/server.log   the server's log
#   DIR/.s.PGSQL.PORT  the Unix socket         DIR/port         the port
#   DIR/.pg-cluster    marker: stop removes only a DIR that has it
#
# Roles and databases created on first start, as the README tells an administrator to (the
# default privileges give the two roles their rights on the tables csshell creates later):
#   postgres          superuser, trust (socket and 127.0.0.1)        -- setup only
#   csshell_owner     LOGIN, owns the databases; its first change creates csshell's tables
#   csshell_rw        LOGIN, trust; may read and change (Lync's CsAdministrator)
#   csshell_ro        LOGIN, trust; may only read (Lync's CsViewOnlyAdministrator)
#   csshell_pw        LOGIN, member of csshell_rw, scram-sha-256 only, password $PG_TEST_PASSWORD
#   csshell           the database, owned by csshell_owner
#   csshell_template  an empty database like csshell, nobody connects to it: tests copy it
#                     (CREATE DATABASE x TEMPLATE csshell_template OWNER csshell_owner)
#
# Environment:
#   PG_BINDIR      server binaries (default: newest /usr/lib/postgresql/*/bin, else pg_config --bindir)
#   PG_OS_USER     OS user that runs the server when we are root (default csshell-pg, created if missing)
#   PG_FSYNC       on|off (default off: see notes; a SIGKILL of the server loses nothing either way)
#   PG_TEST_PASSWORD  password of csshell_pw (default csshell-test-S3cret-7f3a)
#   PG_PORT_MIN / PG_PORT_MAX   port range (default 15432 / 15499)
set -euo pipefail

PG_OS_USER=${PG_OS_USER:-csshell-pg}
PG_FSYNC=${PG_FSYNC:-off}
PG_TEST_PASSWORD=${PG_TEST_PASSWORD:-csshell-test-S3cret-7f3a}
PG_PORT_MIN=${PG_PORT_MIN:-15432}
PG_PORT_MAX=${PG_PORT_MAX:-15499}
SUPERUSER=postgres
DATABASE=csshell

die() { echo "pg-cluster: $*" >&2; exit 1; }

find_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then echo "$PG_BINDIR"; return; fi
    local d
    d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [[ -n $d && -x $d/initdb ]]; then echo "$d"; return; fi
    if command -v pg_config >/dev/null && [[ -x $(pg_config --bindir)/initdb ]]; then pg_config --bindir; return; fi
    die "no PostgreSQL server binaries (initdb, pg_ctl, postgres): apt-get install postgresql-15, or set PG_BINDIR"
}
BIN=$(find_bindir)

# Run a command as the server's OS user. PostgreSQL refuses to run as root.
as_pg() {
    if [[ $EUID -eq 0 ]]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

ensure_os_user() {
    [[ $EUID -eq 0 ]] || return 0
    id -u "$PG_OS_USER" >/dev/null 2>&1 && return 0
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin --comment "csshell test PostgreSQL" "$PG_OS_USER" \
        || die "could not create OS user $PG_OS_USER (set PG_OS_USER to an existing unprivileged user)"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
    local p
    for ((p = PG_PORT_MIN; p <= PG_PORT_MAX; p++)); do
        port_in_use "$p" || { echo "$p"; return; }
    done
    die "no free port in $PG_PORT_MIN-$PG_PORT_MAX"
}

abs_dir() { [[ -n ${1:-} ]] || die "DIR missing"; realpath -m -- "$1"; }

is_ours() { [[ -f $1/.pg-cluster && -f $1/data/PG_VERSION ]]; }

pgctl() { local dir=$1; shift; as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" "$@"; }

superuser_psql() {
    local dir=$1; shift
    "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$(cat "$dir/port")" -U "$SUPERUSER" "$@"
}

init_cluster() {
    local dir=$1 port=$2
    # The socket path DIR/.s.PGSQL.PORT must fit sun_path (107 bytes + NUL).
    (( ${#dir} + 17 <= 107 )) || die "DIR path too long for a Unix socket (max 90 characters): $dir"
    if [[ -e $dir ]] && [[ -n $(ls -A "$dir") ]]; then die "$dir exists and is not an empty or pg-cluster directory"; fi
    ensure_os_user
    mkdir -p "$dir"
    [[ $EUID -eq 0 ]] && chown "$PG_OS_USER:" "$dir"
    chmod 0755 "$dir"
    as_pg test -w "$dir" || die "$PG_OS_USER cannot write $dir (a parent directory is not searchable by it?)"
    touch "$dir/.pg-cluster"
    echo "$port" >"$dir/port"
    # --no-sync: initdb does not fsync the new files (a throw-away cluster); -A trust: pg_hba is rewritten below.
    as_pg "$BIN/initdb" -D "$dir/data" -U "$SUPERUSER" -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    as_pg tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# --- pg-cluster.sh ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
unix_socket_permissions = 0777
max_connections = 40
shared_buffers = 32MB
fsync = $PG_FSYNC
synchronous_commit = on
full_page_writes = on
password_encryption = 'scram-sha-256'
logging_collector = off
log_line_prefix = '%m [%p] %q%u@%d '
EOF
    as_pg tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
# TYPE  DATABASE  USER        ADDRESS        METHOD
local   all       csshell_pw                 scram-sha-256
host    all       csshell_pw  127.0.0.1/32   scram-sha-256
local   all       all                        trust
host    all       all         127.0.0.1/32   trust
EOF
}

setup_roles() {
    local dir=$1
    superuser_psql "$dir" -d postgres -v pw="$PG_TEST_PASSWORD" <<'EOF'
CREATE ROLE csshell_owner LOGIN;
CREATE ROLE csshell_rw LOGIN;
CREATE ROLE csshell_ro LOGIN;
CREATE ROLE csshell_pw LOGIN PASSWORD :'pw' IN ROLE csshell_rw;
CREATE DATABASE csshell_template OWNER csshell_owner;
EOF
    # The README's grants, made by the owner in the database (they cover tables created later).
    superuser_psql "$dir" -d csshell_template <<'EOF'
SET ROLE csshell_owner;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO csshell_rw, csshell_ro;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO csshell_ro;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO csshell_rw;
EOF
    superuser_psql "$dir" -d postgres <<'EOF'
ALTER DATABASE csshell_template ALLOW_CONNECTIONS false;
CREATE DATABASE csshell TEMPLATE csshell_template OWNER csshell_owner;
EOF
}

print_env() {
    local dir=$1
    echo "export PGHOST=$dir PGPORT=$(cat "$dir/port") PGUSER=$SUPERUSER PGDATABASE=$DATABASE"
}

cmd_start() {
    local dir port fresh=0 auto_port=0
    dir=$(abs_dir "${1:-}")
    [[ -z ${2:-} ]] && auto_port=1
    if ! is_ours "$dir"; then
        port=${2:-$(pick_port)}
        [[ $port =~ ^[0-9]+$ ]] && (( port >= PG_PORT_MIN && port <= PG_PORT_MAX )) \
            || die "port $port outside $PG_PORT_MIN-$PG_PORT_MAX"
        init_cluster "$dir" "$port"
        fresh=1
    elif postmaster_pid "$dir" >/dev/null; then
        print_env "$dir"; return 0
    else
        remove_stale_locks "$dir"
    fi
    # -w: wait until the server accepts connections; -t: give up after 30 s.
    # (After a crash pg_ctl warns "another server might be running"; its output is shown only on failure.)
    local out tries=0
    until out=$(pgctl "$dir" start -w -t 30 2>&1); do
        # Another cluster took the port between pick_port and now (parallel starts): move a fresh one on.
        if (( fresh && auto_port && ++tries < 10 )) && grep -q 'could not bind IPv4 address' "$dir/server.log"; then
            port=$(pick_port)
            echo "$port" >"$dir/port"
            as_pg sed -i "s/^port = .*/port = $port/" "$dir/data/postgresql.conf"
            continue
        fi
        echo "$out" >&2; tail -n 20 "$dir/server.log" >&2; die "server did not start"
    done
    (( fresh )) && setup_roles "$dir"
    print_env "$dir"
}

cmd_stop() {
    local dir
    dir=$(abs_dir "${1:-}")
    [[ -e $dir ]] || return 0
    is_ours "$dir" || die "$dir is not a pg-cluster.sh directory; not touching it"
    if postmaster_pid "$dir" >/dev/null; then
        pgctl "$dir" stop -m fast -w -t 30 >/dev/null || cmd_kill "$dir"
    fi
    remove_stale_locks "$dir"
    rm -rf -- "$dir"
}

cmd_down() {
    local dir
    dir=$(abs_dir "${1:-}")
    is_ours "$dir" || die "no cluster in $dir"
    postmaster_pid "$dir" >/dev/null || return 0
    pgctl "$dir" stop -m fast -w -t 30 >/dev/null || { tail -n 20 "$dir/server.log" >&2; die "stop failed"; }
}

cmd_restart() {
    local dir
    dir=$(abs_dir "${1:-}")
    is_ours "$dir" || die "no cluster in $dir"
    postmaster_pid "$dir" >/dev/null || die "server not running"
    pgctl "$dir" restart -m fast -w -t 30 >/dev/null || { tail -n 20 "$dir/server.log" >&2; die "restart failed"; }
}

# The cluster's processes: every server process has its working directory in the data directory,
# and that finds orphaned backends too, whose parent is no longer the postmaster. A killed process
# stays a zombie until init reaps it (lazily, in containers) and a zombie has no cwd, so it is not
# listed; pg_ctl status and the postmaster's own lock-file check do count a zombie as alive.
cluster_pids() {
    stat -c '%N' /proc/[0-9]*/cwd 2>/dev/null \
        | awk -F ' -> ' -v want="'$1/data'" '$2 == want { split($1, a, "/"); print a[3] }'
    return 0
}

postmaster_pid() {
    local pid
    [[ -f $1/data/postmaster.pid ]] || return 1
    pid=$(head -n 1 "$1/data/postmaster.pid")
    [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$1/data" ]] && echo "$pid"
}

# Lock files left by a dead server: safe to remove once no process of the cluster is left.
remove_stale_locks() {
    [[ -z $(cluster_pids "$1") ]] || die "server processes still running in $1/data: $(cluster_pids "$1" | xargs)"
    rm -f "$1/data/postmaster.pid" "$1"/.s.PGSQL.*.lock
}

# A crash of the whole server: SIGKILL the postmaster (so it forks nothing more), then every
# remaining process of the cluster. SIGKILL of the postmaster alone leaves its children running
# until they notice, and a new postmaster refuses to start while one still holds the old shared memory.
cmd_kill() {
    local dir pid pids i
    dir=$(abs_dir "${1:-}")
    is_ours "$dir" || die "no cluster in $dir"
    pid=$(postmaster_pid "$dir") || die "server not running"
    kill -KILL "$pid"
    for ((i = 0; i < 250; i++)); do
        pids=$(cluster_pids "$dir")
        [[ -z $pids ]] && break
        # shellcheck disable=SC2086  # a list of PIDs
        kill -KILL $pids 2>/dev/null || true
        sleep 0.02
    done
    remove_stale_locks "$dir"
}

cmd_crash() { cmd_kill "${1:-}"; cmd_start "${1:-}" >/dev/null; }

cmd_status() {
    local dir
    dir=$(abs_dir "${1:-}")
    is_ours "$dir" || die "no cluster in $dir"
    local pid
    if pid=$(postmaster_pid "$dir"); then echo "running (postmaster PID $pid)"; else echo "not running"; return 3; fi
}

cmd_env() {
    local dir
    dir=$(abs_dir "${1:-}")
    is_ours "$dir" || die "no cluster in $dir"
    print_env "$dir"
}

cmd_psql() {
    local dir
    dir=$(abs_dir "${1:-}"); shift
    is_ours "$dir" || die "no cluster in $dir"
    superuser_psql "$dir" -d "$DATABASE" "$@"
}

case ${1:-} in
    start)   shift; cmd_start "$@" ;;
    stop)    shift; cmd_stop "$@" ;;
    down)    shift; cmd_down "$@" ;;
    restart) shift; cmd_restart "$@" ;;
    kill)    shift; cmd_kill "$@" ;;
    crash)   shift; cmd_crash "$@" ;;
    status)  shift; cmd_status "$@" ;;
    env)     shift; cmd_env "$@" ;;
    psql)    shift; cmd_psql "$@" ;;
    *) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
