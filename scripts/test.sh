#!/usr/bin/env bash
# The project's test command: runs every test there is, fails fast, and ends
# with "ALL TESTS PASSED".
#
#   1. installs what the tests need (scripts/test-deps.sh)
#   2. checks the format (swift format lint) and the OpenAPI document against its source,
#      builds the app and its tests
#   3. swift test against SQLite (the default)
#   4. swift test against a throwaway PostgreSQL 15 cluster; then, on SQLite and on that cluster,
#      backup under write load and restore, the anchor, and SIGKILL mid-write (scripts/durability.py)
#   5. end-to-end: the real server on loopback with demo data, driven by
#      headless Chromium (pytest + selenium, tests-e2e/)
#   6. schemathesis against the server's OpenAPI document
#
# CHIBO_SKIP_E2E=1 skips 5 and 6 for a quicker local run.
# CHIBO_SCHEMATHESIS_TIMEOUT (seconds, default 600) bounds step 6;
# CHIBO_SCHEMATHESIS_SEED replays a schemathesis run (it prints its seed).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# Everything temporary lives here and is removed at exit.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/chibo-test.XXXXXX")
PG_DIR=""
SERVER_PID=""
SERVER_LOG=$WORK/server.log
EXTRA_PIDS=()

stop_extra() {
    local pid
    for pid in "${EXTRA_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${EXTRA_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    EXTRA_PIDS=()
}

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

cleanup() {
    local rc=$?
    set +e
    if [ "$rc" -ne 0 ] && [ -s "$SERVER_LOG" ]; then
        printf '\n--- last lines of the server log ---\n' >&2
        tail -n 60 "$SERVER_LOG" >&2
    fi
    stop_server
    stop_extra
    if [ -n "$PG_DIR" ]; then scripts/pg.sh stop "$PG_DIR"; fi
    rm -rf "$WORK"
    if [ "$rc" -ne 0 ]; then printf '\nTESTS FAILED (exit %s)\n' "$rc" >&2; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Prints a TCP port that is free on 127.0.0.1 right now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

step "Installing test dependencies"
scripts/test-deps.sh

step "The code is as swift format leaves it (.swift-format)"
swift format lint --strict -r Sources Tests Package.swift ||
    die "run: swift format format -i -r Sources Tests Package.swift"
echo "swift format: nothing to change"

step "The OpenAPI document is its source's (scripts/openapi.py)"
python3 scripts/openapi.py "$WORK/openapi.json" "$WORK/OpenAPIDocument.swift"
cmp -s "$WORK/OpenAPIDocument.swift" Sources/ChiBoApp/Controllers/API/OpenAPIDocument.swift ||
    die "OpenAPIDocument.swift differs from scripts/openapi.py: run python3 scripts/openapi.py openapi.json Sources/ChiBoApp/Controllers/API/OpenAPIDocument.swift"
echo "OpenAPIDocument.swift is what scripts/openapi.py writes"

step "Building the app and its tests"
swift build --build-tests

step "Swift tests on SQLite"
env -u CHIBO_TEST_DATABASE_URL swift test --skip-build

step "Swift tests on PostgreSQL 15"
PG_DIR=$(mktemp -d "/tmp/chibo-pg.XXXXXX")   # under /tmp: reachable by the postgres user
PG_URL=$(scripts/pg.sh start "$PG_DIR" "$(free_port)" | tail -n 1)
echo "database: $PG_URL"
CHIBO_TEST_DATABASE_URL=$PG_URL swift test --skip-build

step "Backups that restore, and a server killed mid-write (scripts/durability.py)"
CHIBO="$(swift build --show-bin-path)/chibo"
.venv/bin/python scripts/durability.py --chibo "$CHIBO" --work "$WORK/durability-sqlite" --db sqlite
.venv/bin/python scripts/durability.py --chibo "$CHIBO" --work "$WORK/durability-postgres" --db postgres --pg-url "$PG_URL"

if [ "${CHIBO_SKIP_E2E:-0}" != 1 ]; then
    step "Two instances on one PostgreSQL serve the same users"
    CHIBO="$(swift build --show-bin-path)/chibo"
    TWO_PW="ChiBo-$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')"
    # Migrate once (the demo command does), then start the instances without migrating.
    DATABASE_URL=$PG_URL "$CHIBO" demo --password "$TWO_PW" >"$WORK/two.log" 2>&1
    P1=$(free_port); P2=$(free_port)
    DATABASE_URL=$PG_URL CHIBO_AUTO_MIGRATE=0 "$CHIBO" serve --hostname 127.0.0.1 --port "$P1" >>"$WORK/two.log" 2>&1 &
    EXTRA_PIDS+=($!)
    DATABASE_URL=$PG_URL CHIBO_AUTO_MIGRATE=0 "$CHIBO" serve --hostname 127.0.0.1 --port "$P2" >>"$WORK/two.log" 2>&1 &
    EXTRA_PIDS+=($!)
    for port in "$P1" "$P2"; do
        for _ in $(seq 1 120); do
            curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null && break
            sleep 0.5
        done
    done
    CHIBO_BASE_URL=http://127.0.0.1:$P1 CHIBO_SECOND_BASE_URL=http://127.0.0.1:$P2 CHIBO_DEMO_PASSWORD=$TWO_PW \
        PYTHONDONTWRITEBYTECODE=1 .venv/bin/pytest -q -p no:cacheprovider tests-e2e/test_two_instances.py
    stop_extra
fi
scripts/pg.sh stop "$PG_DIR"
PG_DIR=""

if [ "${CHIBO_SKIP_E2E:-0}" = 1 ]; then
    step "Skipping end-to-end and schemathesis tests (CHIBO_SKIP_E2E=1)"
else
    step "End-to-end tests in headless Chromium"
    CHIBO="$(swift build --show-bin-path)/chibo"
    [ -x "$CHIBO" ] || die "no executable at $CHIBO"
    # A new password for the demo accounts on every run.
    DEMO_PW="ChiBo-$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')"
    export CHIBO_DATABASE_PATH=$WORK/e2e.sqlite
    "$CHIBO" demo --password "$DEMO_PW"
    "$CHIBO" create-admin --username admin --password "$DEMO_PW"
    PORT=$(free_port)
    BASE=http://127.0.0.1:$PORT
    # Schemathesis sends thousands of requests with one token: above the API's per-token limit.
    export CHIBO_API_RATE_LIMIT=100000000
    "$CHIBO" serve --hostname 127.0.0.1 --port "$PORT" >"$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
    echo "server: $BASE (pid $SERVER_PID)"
    ready=0
    for _ in $(seq 1 120); do
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited before answering /healthz"
        if curl -fsS -o /dev/null --max-time 2 "$BASE/healthz" 2>/dev/null; then ready=1; break; fi
        sleep 0.5
    done
    [ "$ready" = 1 ] || die "the server did not answer /healthz within 60 s"

    curl -fsS --max-time 10 "$BASE/api/v1/openapi.json" -o "$WORK/served-openapi.json"
    python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
        "$WORK/served-openapi.json" "$WORK/openapi.json" || die "the served OpenAPI document is not its source's"
    echo "the server serves the document scripts/openapi.py writes"

    CHIBO_BASE_URL=$BASE CHIBO_DEMO_PASSWORD=$DEMO_PW PYTHONDONTWRITEBYTECODE=1 \
        .venv/bin/pytest -q -p no:cacheprovider tests-e2e

    step "Restart: everything is still there"
    snapshot() {
        DEMO_PW=$DEMO_PW .venv/bin/python -c '
import json, os, sys, urllib.request
base = sys.argv[1]
body = json.dumps({"username": "vanphong", "password": os.environ["DEMO_PW"]}).encode()
req = urllib.request.Request(base + "/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"})
token = json.load(urllib.request.urlopen(req, timeout=10))["token"]
req = urllib.request.Request(base + "/api/v1/members?per=200", headers={"Authorization": "Bearer " + token})
items = json.load(urllib.request.urlopen(req, timeout=10))["items"]
print(json.dumps(sorted((m["id"], m["unitId"]) for m in items)))
' "$BASE"
    }
    before=$(snapshot) || die "could not read the members before the restart"
    stop_server
    "$CHIBO" serve --hostname 127.0.0.1 --port "$PORT" >>"$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -fsS -o /dev/null --max-time 2 "$BASE/healthz" 2>/dev/null && break
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server did not start again"
        sleep 0.5
    done
    after=$(snapshot) || die "could not read the members after the restart"
    [ "$before" = "$after" ] || die "members or their cells changed across a restart"
    echo "same members in the same cells after the restart"

    step "Schemathesis against $BASE/api/v1/openapi.json"
    TOKEN=$(
        DEMO_PW=$DEMO_PW .venv/bin/python -c '
import json, os, sys, urllib.request
body = json.dumps({"username": "vanphong", "password": os.environ["DEMO_PW"]}).encode()
req = urllib.request.Request(sys.argv[1] + "/api/v1/auth/token", data=body,
                             headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=10) as resp:
    print(json.load(resp)["token"])
' "$BASE"
    ) || die "could not get an API token for vanphong"
    # Real ids of the demo, so that fuzzing reaches the logic behind the 404s.
    .venv/bin/python scripts/schemathesis_config.py "$BASE" "$TOKEN" "$WORK/schemathesis.toml"
    st_args=(
        --config-file "$WORK/schemathesis.toml"
        run "$BASE/api/v1/openapi.json"
        --header "Authorization: Bearer $TOKEN"
        --checks "not_a_server_error,response_schema_conformance"
        --max-examples 25
        --exclude-operation-id revokeToken
        --workers 1
        --request-timeout 10
        --generation-database none
        --no-color
    )
    if [ -n "${CHIBO_SCHEMATHESIS_SEED:-}" ]; then st_args+=(--seed "$CHIBO_SCHEMATHESIS_SEED"); fi
    # Run from $WORK: schemathesis leaves .hypothesis/ and .schemathesis/ in
    # its working directory. `timeout` is the overall bound (schemathesis's own
    # --max-time is a budget it always spends, not a limit).
    (cd "$WORK" && timeout --kill-after=30 "${CHIBO_SCHEMATHESIS_TIMEOUT:-600}" \
        "$ROOT/.venv/bin/schemathesis" "${st_args[@]}") ||
        die "schemathesis failed (exit $?; 124 means it ran out of time)"

    stop_server
fi

printf '\nALL TESTS PASSED\n'
