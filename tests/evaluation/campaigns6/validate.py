#!/usr/bin/env python3
"""Validate a campaigns6 set: schemas (with format checker), truth alignment, unique URLs, campaign sizes 3-40.

usage: python validate.py SET.jsonl SET.truth.jsonl [--schemas DIR] [--compare DEV.jsonl DEV.truth.jsonl]
"""
import argparse, collections, datetime, json, re, sys
from jsonschema import Draft202012Validator, FormatChecker

ap = argparse.ArgumentParser()
ap.add_argument("data"); ap.add_argument("truth")
ap.add_argument("--schemas", default="/work/shared/schemas")
ap.add_argument("--compare", nargs=2, metavar=("DEV", "DEV_TRUTH"))
a = ap.parse_args()
fc = FormatChecker()
V = {k: Draft202012Validator(json.load(open(f"{a.schemas}/{k}.schema.json")), format_checker=fc) for k in ("profile", "conversation")}
errs = []
R = [json.loads(l) for l in open(a.data, encoding="utf-8")]
T = [json.loads(l) for l in open(a.truth, encoding="utf-8")]
if len(R) != len(T):
    errs.append(f"line count mismatch {len(R)} vs {len(T)}")
email_re = re.compile(r"^[a-z0-9]+(\.[a-z0-9]+)+[0-9]*@[a-z0-9.-]+\.example$")
urls = collections.Counter()
for i, (rep, tru) in enumerate(zip(R, T)):
    extra = set(rep) - {"profile", "conversation", "reporter", "department", "reported_at"}
    if extra: errs.append(f"{i}: unexpected keys {extra}")
    for e in V["profile"].iter_errors(rep["profile"]): errs.append(f"{i}: profile: {e.message}")
    if "conversation" in rep:
        for e in V["conversation"].iter_errors(rep["conversation"]): errs.append(f"{i}: conversation: {e.message}")
        for m in rep["conversation"]["messages"]:
            if "sent" in m: datetime.date.fromisoformat(m["sent"][:10])
    if not email_re.match(rep.get("reporter", "")): errs.append(f"{i}: reporter {rep.get('reporter')}")
    if not rep.get("department"): errs.append(f"{i}: no department")
    try:
        datetime.datetime.fromisoformat(rep["reported_at"].replace("Z", "+00:00"))
    except Exception:
        errs.append(f"{i}: reported_at {rep.get('reported_at')}")
    if tru.get("url") != rep["profile"].get("url"): errs.append(f"{i}: truth url mismatch")
    if set(tru) != {"url", "campaign", "kind"}: errs.append(f"{i}: truth keys {set(tru)}")
    c, k = tru["campaign"], tru["kind"]
    if c is not None and not re.match(r"^op-[0-9a-f]{12}$", c): errs.append(f"{i}: campaign id {c}")
    if (c is None) != (k.startswith("neg_") or k.startswith("lone_")): errs.append(f"{i}: kind/campaign inconsistent {k} {c}")
    urls[rep["profile"]["url"]] += 1
dups = [u for u, n in urls.items() if n > 1]
if dups: errs.append(f"{len(dups)} duplicate urls, e.g. {dups[:3]}")
camps = collections.Counter(t["campaign"] for t in T if t["campaign"])
bad = {c: n for c, n in camps.items() if not 3 <= n <= 40}
if bad: errs.append(f"campaign sizes out of 3..40: {bad}")
for c in camps:
    ks = {t["kind"] for t in T if t["campaign"] == c}
    if len(ks) != 1: errs.append(f"{c}: mixed kinds {ks}")
kinds = collections.Counter(t["kind"] for t in T)
styles = sorted({k for k in kinds if not k.startswith(("neg_", "lone_"))})
negs = sorted({k for k in kinds if k.startswith("neg_")})
print(f"{a.data}: {len(R)} personas; {len(camps)} campaigns ({sum(camps.values())} personas, sizes {min(camps.values())}-{max(camps.values())}); "
      f"lone hostile {sum(n for k, n in kinds.items() if k.startswith('lone_'))}; genuine {sum(n for k, n in kinds.items() if k.startswith('neg_'))}")
print(f"  styles ({len(styles)}): {', '.join(styles)}")
print(f"  hard-negative kinds ({len(negs)}): {', '.join(negs)}")
print(f"  with conversation: {sum(1 for x in R if 'conversation' in x)}; unique URLs: {len(urls)}")
if a.compare:
    D = [json.loads(l) for l in open(a.compare[0], encoding="utf-8")]
    DT = [json.loads(l) for l in open(a.compare[1], encoding="utf-8")]
    dev_names = {x["profile"]["name"] for x in D}
    names = [x["profile"]["name"] for x in R]
    unseen = sum(1 for n in names if n not in dev_names)
    print(f"  display names unseen in {a.compare[0]}: {unseen}/{len(names)} = {unseen / len(names):.1%} "
          f"(distinct: {len(set(names) - dev_names)}/{len(set(names))})")
    dstyles = {t["kind"] for t in DT if t["campaign"]}
    new = sorted(set(styles) - dstyles)
    print(f"  operation styles absent from dev: {len(new)}: {', '.join(new)}")
    def orgs(RR):
        return {e.get("company") for x in RR for e in x["profile"].get("experience", [])}
    common = orgs(R) & orgs(D)
    print(f"  companies shared with dev (all kinds): {len(common)} of {len(orgs(R))}")
    if len(new) < 5: errs.append("fewer than 5 held-out styles")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs[:50]]; sys.exit(1)
print("  OK")
