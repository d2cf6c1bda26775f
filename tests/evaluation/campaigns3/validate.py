#!/usr/bin/env python3
"""Validate a campaigns3 data set: every profile/conversation against the shared schemas
(jsonschema Draft 2020-12 + format checker), the report-line envelope, and the truth file.

python validate.py X.jsonl X.truth.jsonl [--schemas /work/shared/schemas]
"""
import argparse
import json
import re
import sys

import jsonschema
from jsonschema import Draft202012Validator

ap = argparse.ArgumentParser()
ap.add_argument("data")
ap.add_argument("truth")
ap.add_argument("--schemas", default="/work/shared/schemas")
a = ap.parse_args()

prof_schema = json.load(open(f"{a.schemas}/profile.schema.json", encoding="utf-8"))
conv_schema = json.load(open(f"{a.schemas}/conversation.schema.json", encoding="utf-8"))
Draft202012Validator.check_schema(prof_schema)
Draft202012Validator.check_schema(conv_schema)
fc = Draft202012Validator.FORMAT_CHECKER
pv = Draft202012Validator(prof_schema, format_checker=fc)
cv = Draft202012Validator(conv_schema, format_checker=fc)

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
REP = re.compile(r"^[a-z0-9]+(?:[a-z0-9-]*)\.[a-z0-9-]+@org\.example$")
errors = []
urls = set()
n = 0
camp = {}
with open(a.data, encoding="utf-8") as f, open(a.truth, encoding="utf-8") as g:
    data = f.read().splitlines()
    truth = g.read().splitlines()
if len(data) != len(truth):
    errors.append(f"line count mismatch {len(data)} vs {len(truth)}")
for i, (dl, tl) in enumerate(zip(data, truth), 1):
    n += 1
    rec = json.loads(dl)
    tr = json.loads(tl)
    extra = set(rec) - {"profile", "conversation", "reporter", "department", "reported_at"}
    if extra:
        errors.append(f"{i}: unexpected keys {extra}")
    for k in ("profile", "reporter", "department", "reported_at"):
        if k not in rec:
            errors.append(f"{i}: missing {k}")
    for e in pv.iter_errors(rec.get("profile", {})):
        errors.append(f"{i}: profile: {e.message} at {list(e.path)}")
    if "conversation" in rec:
        for e in cv.iter_errors(rec["conversation"]):
            errors.append(f"{i}: conversation: {e.message} at {list(e.path)}")
    if not REP.match(rec.get("reporter", "")):
        errors.append(f"{i}: bad reporter {rec.get('reporter')}")
    if not ISO.match(rec.get("reported_at", "")):
        errors.append(f"{i}: bad reported_at {rec.get('reported_at')}")
    url = rec["profile"].get("url")
    if not url:
        errors.append(f"{i}: profile without url")
    if url in urls:
        errors.append(f"{i}: duplicate url {url}")
    urls.add(url)
    if set(tr) != {"url", "campaign", "kind"}:
        errors.append(f"{i}: truth keys {set(tr)}")
    if tr.get("url") != url:
        errors.append(f"{i}: truth url mismatch")
    if tr.get("campaign") is not None:
        camp.setdefault(tr["campaign"], set()).add(tr["kind"])
    ph = rec["profile"].get("photo")
    if ph and ph.get("present") and "sha256" in ph and not re.fullmatch(r"[0-9a-f]{64}", ph["sha256"]):
        errors.append(f"{i}: bad sha256")
for c, ks in camp.items():
    if len(ks) != 1:
        errors.append(f"campaign {c} has several kinds {ks}")
sizes = {}
for tl in truth:
    tr = json.loads(tl)
    if tr["campaign"]:
        sizes[tr["campaign"]] = sizes.get(tr["campaign"], 0) + 1
bad = {c: s for c, s in sizes.items() if not 3 <= s <= 40}
if bad:
    errors.append(f"campaign sizes outside 3-40: {bad}")
print(f"{a.data}: {n} records, {len(sizes)} campaigns, {sum(sizes.values())} campaign personas, {len(errors)} errors")
for e in errors[:50]:
    print("  ", e)
sys.exit(1 if errors else 0)
