#!/usr/bin/env python3
"""Backups that restore, and a server killed mid-write that loses nothing acknowledged.

Run by scripts/test.sh, once on SQLite and once on PostgreSQL:

    scripts/durability.py --chibo BIN --work DIR --db sqlite
    scripts/durability.py --chibo BIN --work DIR --db postgres --pg-url postgres://postgres@127.0.0.1:PORT/chibo

On a fresh demo database it starts the real server and drives it with several concurrent clients
through the API: cell secretaries create and open meetings, members check in from their phones,
votes are opened and tallied, attendance marked, meetings ended and their minutes approved (locked
and chained). Every answer that acknowledges a write is recorded with the time it arrived.

1. Backup under load: `chibo backup` while the clients write; `chibo restore` into an empty
   database (which runs `chibo verify`); every write acknowledged before the backup started is
   there, and no record is half-written. A restore over a database holding tables is refused
   without --force. `chibo verify` on an empty database fails and creates nothing.
2. The anchor: after more minutes are locked, `chibo anchor export`; the older backup restored
   into another empty database fails `verify --anchor`, naming the cell, and is not anchored again.
3. Kill: the server killed with SIGKILL in the middle of the stream (twice), restarted each time:
   every acknowledged write is present, nothing half-written, `chibo verify` clean.

Only the standard library and requests. Exit status 0 when everything holds.
"""

import argparse
import atexit
import datetime
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests

PASSWORD = "ChiBo-durable-" + uuid.uuid4().hex[:8]
CELLS = ["bt01", "bt02", "bt03"]
MEMBERS_PER_CELL = 6


STARTED = time.monotonic()


def log(*args):
    print("durability [%3.0f s]:" % (time.monotonic() - STARTED), *args, flush=True)


def fail(message):
    log("FAILED:", message)
    sys.exit(1)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def today_in_vietnam():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date().isoformat()


class Database:
    """One database the binary is pointed at: a SQLite file or a PostgreSQL database."""

    def __init__(self, kind, work, name, pg_url=None):
        self.kind = kind
        self.name = name
        if kind == "sqlite":
            self.path = os.path.join(work, name + ".sqlite")
        else:
            base, _, _ = pg_url.rpartition("/")
            self.url = base + "/" + name
            psql(pg_url, "CREATE DATABASE " + name)

    def env(self):
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        env.pop("CHIBO_DATABASE_PATH", None)
        env.pop("CHIBO_ANCHOR_FILE", None)
        if self.kind == "sqlite":
            env["CHIBO_DATABASE_PATH"] = self.path
        else:
            env["DATABASE_URL"] = self.url
        return env

    def rows(self, query):
        """Rows of a query, every value as text (UUIDs lower-case)."""
        if self.kind == "sqlite":
            con = sqlite3.connect(self.path, timeout=30)
            try:
                return [tuple(norm(v) for v in row) for row in con.execute(query).fetchall()]
            finally:
                con.close()
        out = psql(self.url, query, rows=True)
        return [tuple(None if v == "\\N" else norm(v) for v in line.split("\t")) for line in out.splitlines() if line]


def norm(v):
    """Text of a value; a UUID (stored as text or bytes) lower-case, as `ids` makes them."""
    if isinstance(v, bytes) and len(v) == 16:
        return str(uuid.UUID(bytes=v))
    if v is None:
        return None
    v = str(v)
    return v.lower() if len(v) == 36 and v.count("-") == 4 else v


PG_BIN = None
SERVERS = []


@atexit.register
def stop_servers():
    """No server outlives the script, whatever stopped it."""
    for proc in SERVERS:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


def psql(url, query, rows=False):
    args = [os.path.join(PG_BIN, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "--dbname=" + url]
    if rows:
        args += ["-A", "-t", "-F", "\t", "-P", "null=\\N"]
    args += ["-c", query]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


class Chibo:
    def __init__(self, binary, work):
        self.binary = binary
        self.work = work

    def run(self, db, *args, check=True, extra_env=None):
        env = db.env()
        env.update(extra_env or {})
        r = subprocess.run([self.binary, *args], env=env, capture_output=True, text=True, timeout=600)
        if check and r.returncode != 0:
            fail("chibo %s exited %d:\n%s\n%s" % (" ".join(args), r.returncode, r.stdout[-3000:], r.stderr[-3000:]))
        return r

    def serve(self, db):
        port = free_port()
        logf = open(os.path.join(self.work, "server-%s.log" % db.name), "a")
        env = db.env()
        env["CHIBO_AUTO_MIGRATE"] = "0"
        proc = subprocess.Popen([self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                                stdout=logf, stderr=logf)
        SERVERS.append(proc)
        base = "http://127.0.0.1:%d" % port
        for _ in range(240):
            if proc.poll() is not None:
                fail("the server exited before answering /healthz (log: %s)" % logf.name)
            try:
                if requests.get(base + "/healthz", timeout=2).status_code == 200:
                    return proc, base
            except requests.RequestException:
                pass
            time.sleep(0.25)
        fail("the server did not answer /healthz")


class Acks:
    """Every acknowledged write, with the time its answer arrived."""

    def __init__(self):
        self.lock = threading.Lock()
        self.items = []

    def add(self, kind, *ids):
        ids = tuple(i.lower() for i in ids)
        with self.lock:
            self.items.append((time.monotonic(), kind, ids))

    def before(self, t):
        with self.lock:
            return [(k, ids) for (at, k, ids) in self.items if at < t]

    def all(self):
        return self.before(float("inf"))


def token(base, username):
    r = requests.post(base + "/api/v1/auth/token", json={"username": username, "password": PASSWORD}, timeout=30)
    if r.status_code != 200:
        fail("no token for %s: %s %s" % (username, r.status_code, r.text[:300]))
    return r.json()["token"]


def prepare_clients(base):
    """Per cell: the secretary's token and a few members with accounts of their own (created once)."""
    staff = {"Authorization": "Bearer " + token(base, "vanphong")}
    cells = []
    for sec in CELLS:
        sec_headers = {"Authorization": "Bearer " + token(base, sec)}
        me = requests.get(base + "/api/v1/me", headers=sec_headers, timeout=30).json()
        unit = next(r["unitId"] for r in me["roles"] if r["role"] == "cell_secretary")
        members = requests.get(base + "/api/v1/members", params={"unitId": unit, "per": 200}, headers=staff,
                               timeout=30).json()["items"]
        tokens = []
        for m in members:
            if len(tokens) == MEMBERS_PER_CELL:
                break
            if m["id"] == me.get("memberId") or m.get("exemption") or m.get("transfer"):
                continue
            username = "dur%s%s" % (sec, m["id"][:8])
            r = requests.post(base + "/api/v1/accounts", headers=staff, timeout=30, json={
                "username": username, "password": PASSWORD, "memberId": m["id"], "role": "member", "unitId": unit})
            if r.status_code not in (200, 201):
                continue
            tokens.append(username)
        if len(tokens) < 2:
            fail("could not give members of %s accounts" % sec)
        cells.append({"secretary": sec, "unit": unit, "members": tokens})
    return cells


def login_all(base, cells):
    return [{"unit": c["unit"], "secretary": {"Authorization": "Bearer " + token(base, c["secretary"])},
             "members": [{"Authorization": "Bearer " + token(base, u)} for u in c["members"]]} for c in cells]


def cell_worker(base, cell, acks, stop, errors):
    """A secretary running meetings one after another, members checking in concurrently."""
    s = requests.Session()
    s.headers.update(cell["secretary"])
    pool = ThreadPoolExecutor(max_workers=len(cell["members"]))
    day = today_in_vietnam()
    n = 0
    try:
        while not stop.is_set():
            n += 1
            r = s.post(base + "/api/v1/units/%s/meetings" % cell["unit"], timeout=30,
                       json={"kind": "regular", "date": day, "time": "07:30", "location": "Nhà văn hóa %d" % n})
            if r.status_code != 201:
                errors.append("create %s %s" % (r.status_code, r.text[:200]))
                return
            mid = r.json()["id"]
            acks.add("meeting", mid)
            r = s.post(base + "/api/v1/meetings/%s/open" % mid, timeout=30)
            if r.status_code != 200:
                errors.append("open %s %s" % (r.status_code, r.text[:200]))
                return
            acks.add("opened", mid)
            code = r.json()["checkinCode"]
            roll = r.json()["roll"]

            def check_in(headers):
                c = requests.post(base + "/api/v1/meetings/%s/checkin" % mid, json={"code": code}, headers=headers, timeout=30)
                if c.status_code == 200:
                    acks.add("checkin", mid, c.json()["memberId"])
                elif c.status_code != 409:
                    errors.append("checkin %s %s" % (c.status_code, c.text[:200]))

            list(pool.map(check_in, cell["members"]))
            if stop.is_set():
                return
            r = s.post(base + "/api/v1/meetings/%s/votes" % mid, json={"kind": "resolution", "subject": "Nghị quyết %d" % n},
                       timeout=30)
            if r.status_code != 201:
                errors.append("vote %s %s" % (r.status_code, r.text[:200]))
                return
            vote = r.json()["id"]
            acks.add("vote", vote)
            marked = {ids[1] for kind, ids in acks.all() if kind == "checkin" and ids[0] == mid.lower()}
            names = []
            for line in roll:
                if line.get("exempt") or line.get("transfer") == "outgoing":
                    continue
                names.append(line["fullName"])
                if line["memberId"].lower() in marked:
                    continue
                r = s.put(base + "/api/v1/meetings/%s/attendance/%s" % (mid, line["memberId"]), json={"attendance": "present"},
                          timeout=30)
                if r.status_code != 200:
                    errors.append("attendance %s %s" % (r.status_code, r.text[:200]))
                    return
                acks.add("present", mid, line["memberId"])
            r = s.post(base + "/api/v1/meetings/%s/votes/%s/tally" % (mid, vote), json={"inFavour": 1, "against": 0}, timeout=30)
            if r.status_code != 200:
                errors.append("tally %s %s" % (r.status_code, r.text[:200]))
                return
            acks.add("tally", vote)
            if s.post(base + "/api/v1/meetings/%s/end" % mid, timeout=30).status_code != 200:
                errors.append("end")
                return
            r = s.patch(base + "/api/v1/meetings/%s/minutes" % mid, timeout=30,
                        json={"chairName": names[0], "secretaryName": names[-1], "qualityScore": 85, "results": "Đạt."})
            if r.status_code != 200:
                errors.append("minutes %s %s" % (r.status_code, r.text[:200]))
                return
            r = s.post(base + "/api/v1/meetings/%s/approve" % mid, timeout=30)
            if r.status_code != 200:
                errors.append("approve %s %s" % (r.status_code, r.text[:200]))
                return
            acks.add("locked", mid)
    except requests.RequestException as e:
        if not stop.is_set():
            errors.append("request failed: %s" % e)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def start_load(base, cells, acks):
    stop = threading.Event()
    errors = []
    clients = login_all(base, cells)
    threads = [threading.Thread(target=cell_worker, args=(base, c, acks, stop, errors), daemon=True) for c in clients]
    for t in threads:
        t.start()
    return stop, threads, errors


def missing_acks(db, acks):
    """The acknowledged writes the database does not hold."""
    meetings = {r[0]: r[1] for r in db.rows("SELECT id, status FROM meetings")}
    roll = {(r[0], r[1]): r[2] for r in db.rows("SELECT meeting_id, member_id, attendance FROM meeting_attendance")}
    votes = {r[0]: r[1] for r in db.rows("SELECT id, in_favour FROM votes")}
    missing = []
    for kind, ids in acks:
        if kind == "meeting" and ids[0] not in meetings:
            missing.append((kind, ids))
        elif kind == "opened" and meetings.get(ids[0]) not in ("open", "ended", "locked"):
            missing.append((kind, ids))
        elif kind in ("checkin", "present") and roll.get(ids) not in ("present", "late"):
            missing.append((kind, ids))
        elif kind == "vote" and ids[0] not in votes:
            missing.append((kind, ids))
        elif kind == "tally" and votes.get(ids[0]) is None:
            missing.append((kind, ids))
        elif kind == "locked" and meetings.get(ids[0]) != "locked":
            missing.append((kind, ids))
    return missing


HALF_WRITTEN = {
    "a vote closed without its tallies":
        "SELECT id FROM votes WHERE status <> 'open' AND mode = 'hands' AND (in_favour IS NULL OR base IS NULL OR passed IS NULL)",
    "a meeting locked without its record in the chain":
        "SELECT id FROM meetings m WHERE status = 'locked' AND NOT EXISTS "
        "(SELECT 1 FROM locked_records r WHERE r.meeting_id = m.id AND r.kind = 'minutes')",
    "minutes in the chain whose meeting is not locked":
        "SELECT r.id FROM locked_records r JOIN meetings m ON m.id = r.meeting_id WHERE r.kind = 'minutes' AND m.status <> 'locked'",
    "a meeting opened without its roll":
        "SELECT id FROM meetings m WHERE status IN ('open', 'ended', 'locked') AND NOT EXISTS "
        "(SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id)",
    "a locked meeting without its numbers":
        "SELECT r.id FROM locked_records r WHERE r.kind = 'minutes' AND (r.doc_number IS NULL OR r.doc_number = '')",
}


def check_whole(chibo, db, acks, what, verify=True):
    missing = missing_acks(db, acks)
    if missing:
        fail("%s: %d acknowledged writes missing, e.g. %s" % (what, len(missing), missing[:5]))
    for name, query in HALF_WRITTEN.items():
        rows = db.rows(query)
        if rows:
            fail("%s: %s (%d rows, e.g. %s)" % (what, name, len(rows), rows[:3]))
    if verify:
        r = chibo.run(db, "verify", check=False)
        if r.returncode != 0:
            fail("%s: chibo verify failed:\n%s%s" % (what, r.stdout[-3000:], r.stderr[-3000:]))
    counts = {}
    for kind, _ in acks:
        counts[kind] = counts.get(kind, 0) + 1
    log("%s: every acknowledged write present %s, nothing half-written%s" % (what, counts, ", verify clean" if verify else ""))


def backup_test(chibo, kind, work, pg_url, source, cells):
    acks = Acks()
    server, base = chibo.serve(source)
    stop, threads, errors = start_load(base, cells, acks)
    # Until minutes were approved under the load (a few seconds).
    deadline = time.monotonic() + 90
    while not any(k == "locked" for k, _ in acks.all()) and time.monotonic() < deadline and not errors:
        time.sleep(0.25)
    backup = os.path.join(work, "under-load.backup")
    started = time.monotonic()
    r = chibo.run(source, "backup", backup)
    log(r.stdout.strip())
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join(60)
    server.terminate()
    server.wait(30)
    if errors:
        fail("the load failed: %s" % errors[:5])
    before = acks.before(started)
    if not any(k == "locked" for k, _ in before) or not any(k == "checkin" for k, _ in before):
        fail("too little was written before the backup started: %s" % [k for k, _ in before][:20])
    if len(acks.all()) == len(before):
        fail("nothing was written while the backup ran")
    # An empty database receives it; restore runs verify.
    target = Database(kind, work, "restored_" + kind, pg_url)
    r = chibo.run(target, "restore", backup)
    if "OK:" not in r.stdout:
        fail("restore did not verify: %s" % r.stdout)
    check_whole(chibo, target, before, "backup under load, restored and verified", verify=False)
    # A database holding tables is not replaced without --force.
    r = chibo.run(target, "restore", backup, check=False)
    if r.returncode == 0 or "--force" not in r.stdout + r.stderr:
        fail("a restore over a database holding tables was not refused: %s %s" % (r.stdout, r.stderr))
    chibo.run(target, "restore", backup, "--force")
    check_whole(chibo, target, before, "restored again with --force and verified", verify=False)
    return backup


def anchor_test(chibo, kind, work, pg_url, source, cells, older_backup):
    """More minutes locked after the backup, anchored; the older backup restored fails verify."""
    acks = Acks()
    server, base = chibo.serve(source)
    stop, threads, errors = start_load(base, cells, acks)
    deadline = time.monotonic() + 90
    while not any(k == "locked" for k, _ in acks.all()) and time.monotonic() < deadline and not errors:
        time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join(60)
    server.terminate()
    server.wait(30)
    if errors:
        fail("the load failed: %s" % errors[:5])
    anchor = os.path.join(work, "anchor-%s.jsonl" % kind)
    key = os.path.join(work, "anchor.key")
    with open(key, "w") as f:
        f.write(uuid.uuid4().hex + uuid.uuid4().hex)
    keyed = {"CHIBO_ANCHOR_KEY_FILE": key}
    chibo.run(source, "anchor", "export", anchor, extra_env=keyed)
    r = chibo.run(source, "verify", "--anchor", anchor, extra_env=keyed, check=False)
    if r.returncode != 0:
        fail("the anchored database does not verify against its anchor: %s %s" % (r.stdout, r.stderr))
    older = Database(kind, work, "older_" + kind, pg_url)
    r = chibo.run(older, "restore", older_backup, "--anchor", anchor, extra_env=keyed, check=False)
    out = r.stdout + r.stderr
    if r.returncode == 0 or "missing: the anchor" not in out or "CB0" not in out:
        fail("an older backup restored was not caught by the anchor:\n%s" % out)
    log("the older backup, restored, fails verify against the anchor:",
        next(line for line in out.splitlines() if "missing: the anchor" in line).strip())
    # Nor is the older database anchored again on top of the newer heads.
    r = chibo.run(older, "anchor", "export", anchor, extra_env=keyed, check=False)
    if r.returncode == 0 or "nothing appended" not in r.stdout + r.stderr:
        fail("the older database was anchored again: %s %s" % (r.stdout, r.stderr))


def kill_test(chibo, db, cells, rounds=2):
    acks = Acks()
    for n in range(rounds):
        server, base = chibo.serve(db)
        locked = sum(1 for k, _ in acks.all() if k == "locked")
        stop, threads, errors = start_load(base, cells, acks)
        # In the middle of the stream: after minutes were approved in this round, at a random moment.
        deadline = time.monotonic() + 90
        while sum(1 for k, _ in acks.all() if k == "locked") == locked and time.monotonic() < deadline and not errors:
            time.sleep(0.1)
        time.sleep(random.uniform(0.5, 3))
        server.send_signal(signal.SIGKILL)
        server.wait(30)
        stop.set()
        for t in threads:
            t.join(60)
        real = [e for e in errors if not e.startswith("request failed")]
        if real:
            fail("the load failed before the kill: %s" % real[:5])
        # Restarted: recovery on open, then everything checked.
        server, _ = chibo.serve(db)
        server.terminate()
        server.wait(30)
        check_whole(chibo, db, acks.all(), "SIGKILL %d of %d, restarted" % (n + 1, rounds), verify=n == rounds - 1)
    kinds = {k for k, _ in acks.all()}
    for needed in ("checkin", "tally", "locked"):
        if needed not in kinds:
            fail("the kill test acknowledged no %s" % needed)


def main():
    global PG_BIN
    p = argparse.ArgumentParser()
    p.add_argument("--chibo", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--db", choices=["sqlite", "postgres"], required=True)
    p.add_argument("--pg-url")
    a = p.parse_args()
    PG_BIN = os.environ.get("CHIBO_PG_BIN") or "/usr/lib/postgresql/15/bin"
    os.makedirs(a.work, exist_ok=True)
    chibo = Chibo(os.path.abspath(a.chibo), a.work)
    started = time.monotonic()

    if a.db == "sqlite":
        # verify takes the database as it finds it: nothing there, nothing created.
        empty = Database("sqlite", a.work, "empty")
        r = chibo.run(empty, "verify", check=False)
        if r.returncode == 0 or (os.path.exists(empty.path) and os.path.getsize(empty.path) > 0):
            fail("verify on no database succeeded or created one: %s %s" % (r.stdout, r.stderr))
        log("verify on an empty path fails and creates nothing")

    source = Database(a.db, a.work, "live_" + a.db, a.pg_url)
    chibo.run(source, "demo", "--password", PASSWORD)
    server, base = chibo.serve(source)
    cells = prepare_clients(base)
    server.terminate()
    server.wait(30)
    log("demo loaded, %d cells with %d member accounts" % (len(cells), sum(len(c["members"]) for c in cells)))

    older = backup_test(chibo, a.db, a.work, a.pg_url, source, cells)
    anchor_test(chibo, a.db, a.work, a.pg_url, source, cells, older)
    kill_test(chibo, source, cells)
    log("%s: all held in %.0f s" % (a.db, time.monotonic() - started))


if __name__ == "__main__":
    main()
