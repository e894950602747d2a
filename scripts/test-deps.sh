#!/usr/bin/env bash
# Installs what scripts/test.sh needs, skipping whatever is already present:
#   - Debian packages: PostgreSQL 15 server binaries (no default cluster),
#     Chromium + chromedriver (browser tests), curl, a font with Vietnamese glyphs;
#   - a Python venv at .venv with the pinned tools from tests-e2e/requirements.txt
#     (transitive versions locked by tests-e2e/constraints.txt).
# Non-interactive and idempotent; a warm run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
PG_BIN=/usr/lib/postgresql/15/bin
VENV=.venv
REQS=tests-e2e/requirements.txt
CONSTRAINTS=tests-e2e/constraints.txt

log() { printf 'test-deps: %s\n' "$*" >&2; }

# Run as root directly, otherwise through sudo.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi

pkg_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

# Lists the PostgreSQL clusters that are running ("online"), one "VER NAME" a line.
online_clusters() {
    if command -v pg_lsclusters >/dev/null; then
        pg_lsclusters --no-header 2>/dev/null | awk '$4 ~ /^online/ { print $1, $2 }' || true
    fi
}

# ---- Debian packages --------------------------------------------------------
missing=()
for p in postgresql-15 chromium chromium-driver curl fonts-dejavu-core; do
    pkg_installed "$p" || missing+=("$p")
done
# `python3 -m venv` needs ensurepip; Debian's own python3 ships it separately.
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then missing+=(python3-venv); fi

if [ ${#missing[@]} -gt 0 ]; then
    log "installing: ${missing[*]}"
    before=$(online_clusters)
    # Tell postgresql-common not to create (and so not to start) the default
    # "main" cluster on port 5432: the tests run their own throwaway clusters
    # (scripts/pg.sh). The shipped createcluster.conf includes this directory,
    # and writing it before the install means it applies to that install.
    "${SUDO[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = off' |
        "${SUDO[@]}" tee /etc/postgresql-common/createcluster.d/no-main-cluster.conf >/dev/null
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}" >/dev/null
    # Should a cluster still have been started by the install, stop it again:
    # nothing may depend on a server the install happened to leave running.
    after=$(online_clusters)
    while read -r ver name; do
        [ -n "${ver:-}" ] || continue
        if ! grep -qx "$ver $name" <<<"$before"; then
            log "stopping cluster $ver/$name started by the install"
            "${SUDO[@]}" pg_ctlcluster "$ver" "$name" stop || true
        fi
    done <<<"$after"
fi

for f in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/postgres" /usr/bin/chromium /usr/bin/chromedriver; do
    [ -x "$f" ] || { log "missing after install: $f"; exit 1; }
done

# ---- Python venv --------------------------------------------------------------
# A stamp records what the venv was built from; when it matches, pip is skipped.
py_version() { "$1" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || true; }
want_py=$(py_version python3)
# Recreate the venv when it is broken or was made by another Python.
if [ -e "$VENV" ] && [ "$(py_version "$VENV/bin/python")" != "$want_py" ]; then
    log "recreating $VENV for Python $want_py"
    rm -rf "$VENV"
fi
stamp_want=$(cat "$REQS" "$CONSTRAINTS" | sha256sum | cut -d' ' -f1)
stamp_file=$VENV/.chibo-deps-stamp
if [ -x "$VENV/bin/python" ] && [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp_want" ]; then
    :
else
    log "setting up $VENV"
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    PIP_NO_INPUT=1 "$VENV/bin/pip" install -q --disable-pip-version-check \
        -r "$REQS" -c "$CONSTRAINTS"
    echo "$stamp_want" >"$stamp_file"
fi

log "ok"
