#!/usr/bin/env bash
# The project's benchmark command (issue 4). Not a test: it prints figures.
#
#   scripts/bench.sh [--scale S] [--db sqlite|postgres|both] [--seed N]
#                    [--checkins N] [--requests N] [--concurrency N] [--data DIR]
#                    [--pg-url URL]
#
# For each database it
#   1. generates the synthetic country (`chibo-bench country`, timed; --scale 1 is the
#      national data set: 34 provinces, ~3,300 communes, ~250,000 cells, ~5.6M
#      members, 12 months of meetings; the default 0.02 is a fiftieth of it),
#   2. prepares the load (`chibo-bench bench-prepare`: tokens, today's open meetings)
#      and times the naive national figure from the raw rows against the roll-up,
#   3. starts the release server and runs `chibo-bench bench-run`: the year's
#      dashboard at national, provincial, commune and cell level (p50/p95/p99),
#      member search (a common family name, a full name, a given name, a card number,
#      the list's first page and the tenth page of "nguyen" by its cursor; national and
#      within a commune), the trivial endpoint and the check-ins with 64 connections, every
#      check-in looked up afterwards,
#   4. reports the server's memory (resident now and peak) under that load.
# Before the load, the crawl (issue 20, `chibo-bench bench-crawl`): a national administrator, a
# province's and a commune's committee staff and a cell's secretary each open every page type
# and its API twin (--crawl N timed requests each, one at a time; 0 skips it), and the table of
# p50/p95/p99 per page type and scope is printed with the server's memory after it.
# --crawl-only skips the dashboards, the trivial endpoint and the check-ins.
# CHIBO_BENCH_NAIVE=commune skips the naive national figure (minutes at scale 1) on a kept country
# already checked once.
# With --import N it measures instead the import of a member list (issue 21): it writes an
# .xlsx of N members in new cells (`chibo-bench import-file`), then times `chibo import` of it
# into an empty committee, all in one transaction, with its lines of progress.
# Everything lives in a temporary directory removed at exit; PostgreSQL is the
# project's throwaway cluster (scripts/pg.sh: fsync and synchronous_commit are
# off, as for the tests). With --data DIR the SQLite country is kept in DIR
# (country-<scale>-<seed>.sqlite) and a later run with the same DIR, scale and
# seed measures it again without generating it (the national set takes about an
# hour to generate on SQLite); each run adds its own bench accounts and open meetings
# to it. PostgreSQL's throwaway cluster is made afresh and removed; --pg-url URL
# measures an existing PostgreSQL database instead, generating the country there
# only if it holds none.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=0.02 DB=both SEED=2026 CHECKINS=10000 REQUESTS=200 CONCURRENCY=64 DATA="" PG_URL="" IMPORT="" CRAWL=20 CRAWL_ONLY=""
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --db) DB=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --checkins) CHECKINS=$2; shift 2 ;;
        --requests) REQUESTS=$2; shift 2 ;;
        --concurrency) CONCURRENCY=$2; shift 2 ;;
        --data) DATA=$2; shift 2 ;;
        --pg-url) PG_URL=$2; shift 2 ;;
        --import) IMPORT=$2; shift 2 ;;
        --crawl) CRAWL=$2; shift 2 ;;
        --crawl-only) CRAWL_ONLY=1; CHECKINS=0; shift ;;
        *) echo "usage: scripts/bench.sh [--scale S] [--db sqlite|postgres|both] [--seed N] [--checkins N] [--requests N] [--concurrency N] [--data DIR] [--pg-url URL] [--import N] [--crawl N] [--crawl-only]" >&2; exit 2 ;;
    esac
done

if [ -n "$DATA" ]; then mkdir -p "$DATA"; DATA=$(cd "$DATA" && pwd); chmod 755 "$DATA"; fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")
chmod 755 "$WORK"
SERVER_PID="" PG_DIR=""
cleanup() {
    set +e
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    [ -n "$PG_DIR" ] && scripts/pg.sh stop "$PG_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
memory() { awk '/^VmRSS|^VmHWM/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$1/status"; echo; }

echo "==> Building the release binary"
swift build -c release --product chibo 2>&1 | tail -n 1
swift build -c release --product chibo-bench 2>&1 | tail -n 1
BIN=$(swift build -c release --show-bin-path)/chibo-bench
SERVER=$(swift build -c release --show-bin-path)/chibo

import_one() {
    local name=$1
    echo
    echo "==> $name: import of $IMPORT members"
    "$BIN" import-file --members "$IMPORT" --out "$WORK/members.xlsx" 2>&1 | grep -v '^\[' >"$WORK/import-file"
    head -n 1 "$WORK/import-file"
    local unit
    unit=$(awk '/^unit / { print $2 }' "$WORK/import-file")
    local start end
    start=$(date +%s.%N)
    "$SERVER" import "$WORK/members.xlsx" --unit "$unit" --create-cells 2>&1 | grep -v '^\['
    end=$(date +%s.%N)
    echo "chibo import: $(python3 -c "print(f'{$end - $start:.1f}')") s wall clock"
}

run_one() {
    if [ -n "$IMPORT" ]; then import_one "$@"; return; fi
    local name=$1
    echo
    echo "==> $name, scale $SCALE, seed $SEED"
    local kept=${CHIBO_DATABASE_PATH:-}.generated
    if [ "$name" = SQLite ] && [ -n "$DATA" ] && [ -e "$kept" ]; then
        echo "kept country ($CHIBO_DATABASE_PATH): $(cat "$kept")"
    elif ! "$BIN" country --scale "$SCALE" --seed "$SEED" >"$WORK/generated" 2>&1; then
        if [ "$name" = PostgreSQL ] && [ -n "$PG_URL" ] && grep -q 'already holds units' "$WORK/generated"; then
            echo "kept country: the database at --pg-url already holds one"
        else
            cat "$WORK/generated" >&2; exit 1
        fi
    else
        grep -v '^\[' "$WORK/generated" | tail -n 1
        if [ "$name" = SQLite ] && [ -n "$DATA" ]; then grep -v '^\[' "$WORK/generated" | tail -n 1 >"$kept"; fi
    fi
    "$BIN" bench-prepare --out "$WORK/fixture.json" --checkins "$CHECKINS" 2>&1 | grep -v '^\['
    local port
    port=$(free_port)
    # The dashboards are measured with one token, faster than the API's per-token limit allows.
    CHIBO_API_RATE_LIMIT=100000000 "$SERVER" serve --hostname 127.0.0.1 --port "$port" >"$WORK/server-$name.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
    # A starting server brings the standings of the last month up to date (`StandingRefresher`):
    # about 2 s on the national data set, measured as the first pages' time if the crawl began.
    for _ in $(seq 1 600); do grep -q "standings refreshed" "$WORK/server-$name.log" && break; sleep 0.2; done
    echo "server memory at rest: $(memory "$SERVER_PID")"
    if [ "$CRAWL" -gt 0 ]; then
        "$BIN" bench-crawl --url "http://127.0.0.1:$port" --fixture "$WORK/fixture.json" --requests "$CRAWL" 2>&1 | grep -v '^\['
        echo "server memory after the crawl: $(memory "$SERVER_PID")"
    fi
    if [ -n "$CRAWL_ONLY" ]; then
        kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
        return
    fi
    "$BIN" bench-run --url "http://127.0.0.1:$port" --fixture "$WORK/fixture.json" --requests "$REQUESTS" \
        --concurrency "$CONCURRENCY" 2>&1 | grep -v '^\['
    echo "server memory after the load: $(memory "$SERVER_PID")"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

if [ "$DB" = sqlite ] || [ "$DB" = both ]; then
    export CHIBO_DATABASE_PATH=$WORK/country.sqlite
    [ -n "$DATA" ] && CHIBO_DATABASE_PATH=$DATA/country-$SCALE-$SEED.sqlite
    unset DATABASE_URL
    run_one SQLite
    unset CHIBO_DATABASE_PATH
fi
if [ "$DB" = postgres ] || [ "$DB" = both ]; then
    if [ -n "$PG_URL" ]; then
        DATABASE_URL=$PG_URL
    else
        scripts/test-deps.sh >/dev/null
        PG_DIR=$WORK/pg
        DATABASE_URL=$(scripts/pg.sh start "$PG_DIR" "$(free_port)" | tail -n 1)
    fi
    export DATABASE_URL
    run_one PostgreSQL
fi
