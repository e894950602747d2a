#!/usr/bin/env python3
"""Writes a schemathesis configuration that feeds real ids of the running demo into path
parameters and bodies, so that fuzzing reaches the application's logic instead of 404s.

    schemathesis_config.py BASE_URL TOKEN OUT.toml
"""
import json
import sys
import urllib.request
from datetime import datetime, timedelta, timezone

base, token, out = sys.argv[1], sys.argv[2], sys.argv[3]


def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


# The server's year is Vietnam's (UTC+7).
YEAR = datetime.now(timezone(timedelta(hours=7))).year
ids = []
for unit in get("/api/v1/units")["items"]:
    ids.append(unit["id"])
    if unit["kind"] != "cell":
        # The committee's courses and contests of the year.
        training = get(f"/api/v1/units/{unit['id']}/training?year={YEAR}")
        ids += [c["id"] for c in training["courses"] + training["contests"]]
        # The committee's evaluation rounds; of each, a few members' and organisations' evaluations.
        for r in get(f"/api/v1/units/{unit['id']}/evaluations")["rounds"][:2]:
            ids.append(r["id"])
            rnd = get(f"/api/v1/evaluations/{r['id']}")
            ids += [e["id"] for e in rnd["members"][:5]] + [o["id"] for o in rnd["organisations"][:3]]
    for child in get(f"/api/v1/units/{unit['id']}/children")["items"]:
        ids.append(child["id"])
        if child["kind"] == "cell":
            for m in get(f"/api/v1/units/{child['id']}/meetings?year={YEAR}")["items"][-3:]:
                ids.append(m["id"])
                for v in get(f"/api/v1/meetings/{m['id']}")["votes"][:1]:
                    ids.append(v["id"])
ids += [m["id"] for m in get("/api/v1/members?per=100")["items"]]
# The demo's admitted member: their admission file's steps and documents (a decision's scan).
for unit in get("/api/v1/units")["items"]:
    for row in get(f"/api/v1/units/{unit['id']}/recruitment").get("recognitions", [])[:3]:
        life = get(f"/api/v1/members/{row['memberId']}/life")
        ids += [row["memberId"]] + [d["id"] for d in life.get("documents", [])]
        ids += [p["id"] for p in life.get("periods", []) if p.get("id")]
        if life.get("admission"):
            ids += [life["admission"]["sympathiserId"]] + [s["id"] for s in life["admission"]["steps"]]
    break

kinds = ["admission_step", "recognition_step", "status_period", "province", "district", "grassroots", "subcommittee", "cell", "regular", "thematic", "combined", "committee",
         "extraordinary", "model", "resolution", "admission", "recognition", "discipline", "expulsion_proposal", "full", "temporary",
         "party_work", "workshop", "political_theory", "year", "quarter", "term", "one_off"]
levels = ["excellent", "good", "completed", "not_completed", "2A", "2B", "2C"]
dates = ["2024-05-19", "2025-12-01", "2026-01-15", "05/02/2026", "1990-03-04"]
params = {f"path.{p}": ("ids", 0.7) for p in ["id", "member", "item", "vote", "attachment", "document"]}
params.update({f"query.{p}": ("ids", 0.5) for p in ["unitId", "entityId"]})
params.update({f"body.{p}": ("ids", 0.6) for p in ["unitId", "parentId", "memberId", "accountId", "subjectMemberId", "targetId"]})
params["body.kind"] = ("kinds", 0.6)
params["body.target"] = ("kinds", 0.6)
params.update({f"body.{p}": ("levels", 0.6) for p in ["level", "form"]})
params.update({f"body.{p}": ("dates", 0.5)
               for p in ["date", "from", "effectiveDate", "birthDate", "admissionDate", "startOn", "endOn", "certificateDate",
                         "firstDay", "lastDay", "decisionOn", "publishedOn"]})

with open(out, "w") as f:
    f.write("[dictionaries.ids]\nvalues = " + json.dumps(ids) + "\n\n")
    f.write("[dictionaries.kinds]\nvalues = " + json.dumps(kinds) + "\n\n")
    f.write("[dictionaries.dates]\nvalues = " + json.dumps(dates) + "\n\n")
    f.write("[dictionaries.levels]\nvalues = " + json.dumps(levels) + "\n\n")
    f.write("[parameters]\n")
    for name, (dictionary, p) in params.items():
        f.write(f'"{name}" = {{ dictionary = "{dictionary}", probability = {p} }}\n')
print(f"{len(ids)} ids of the running demo for schemathesis")
