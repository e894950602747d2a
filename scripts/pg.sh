#!/usr/bin/env bash
# Throwaway PostgreSQL 15 clusters for the tests.
#
#   scripts/pg.sh start DIR PORT   create a cluster in DIR, serve it on
#                                  127.0.0.1:PORT (and a unix socket in DIR),
#                                  create the database "chibo", and print its
#                                  URL as the last (only) line on stdout
#   scripts/pg.sh stop DIR         stop that cluster and delete DIR
#
# Tuned for tests, not for keeping data: fsync, synchronous_commit and
# full_page_writes are off. Loopback connections are trusted; nothing else is
# accepted. PostgreSQL refuses to run as root, so when run as root the server
# runs as the "postgres" OS user (DIR's parent must be traversable by it).
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
MARKER=.chibo-throwaway-cluster   # stop deletes only directories carrying this

die() { printf 'pg.sh: %s\n' "$*" >&2; exit 1; }
usage() { die "usage: pg.sh start DIR PORT | pg.sh stop DIR"; }

# Runs a command as the server's OS user.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local dir=$1 port=$2
    [[ $port =~ ^[0-9]+$ ]] || die "bad port: $port"
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is not installed (run scripts/test-deps.sh)"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ -z "$(ls -A "$dir")" ] || die "$dir is not empty"
    touch "$dir/$MARKER"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    as_pg test -w "$dir" || die "$dir is not reachable for the postgres user (check its parents' permissions)"

    local data=$dir/data log=$dir/server.log setup=$dir/setup.log
    if ! as_pg "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth=trust --no-instructions --no-sync >"$setup" 2>&1; then
        cat "$setup" >&2
        die "initdb failed"
    fi
    # Only loopback, always trusted.
    as_pg tee "$data/pg_hba.conf" >/dev/null <<'EOF'
local   all   all                 trust
host    all   all   127.0.0.1/32  trust
host    all   all   ::1/128       trust
EOF
    as_pg tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- throwaway test cluster (scripts/pg.sh) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 1000
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    # -w waits until the server accepts connections (or gives up after -t s).
    if ! as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 start >>"$setup" 2>&1; then
        cat "$setup" "$log" >&2 || true
        die "the server did not start on port $port"
    fi
    if ! "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
            -v ON_ERROR_STOP=1 -c 'CREATE DATABASE chibo' >>"$setup" 2>&1; then
        cat "$setup" >&2
        die "could not create the database chibo"
    fi
    echo "postgres://postgres@127.0.0.1:$port/chibo"
}

stop() {
    local dir=$1
    [ -d "$dir" ] || return 0          # already gone: nothing to do
    [ -e "$dir/$MARKER" ] || die "$dir was not made by pg.sh start; not touching it"
    if [ -e "$dir/data/postmaster.pid" ]; then
        # Immediate mode: the data is thrown away anyway.
        as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
            printf 'pg.sh: pg_ctl stop failed for %s\n' "$dir" >&2
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
    stop)  [ $# -eq 2 ] || usage; stop "$2" ;;
    *)     usage ;;
esac
