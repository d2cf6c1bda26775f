#!/usr/bin/env python3
"""Validate a generated set: python validate.py dev5.jsonl dev5.truth.jsonl [--compare-names dev5.jsonl]"""
import collections, json, sys
from jsonschema import Draft202012Validator, FormatChecker

SCHEMAS = "/work/shared/schemas/"

def main():
    data, truth = sys.argv[1], sys.argv[2]
    cmp_with = sys.argv[sys.argv.index("--compare-names") + 1] if "--compare-names" in sys.argv else None
    fc = FormatChecker()
    pv = Draft202012Validator(json.load(open(SCHEMAS + "profile.schema.json")), format_checker=fc)
    cv = Draft202012Validator(json.load(open(SCHEMAS + "conversation.schema.json")), format_checker=fc)
    reps = [json.loads(l) for l in open(data, encoding="utf-8")]
    trs = [json.loads(l) for l in open(truth, encoding="utf-8")]
    errs = []
    if len(reps) != len(trs):
        errs.append(f"length mismatch {len(reps)} vs {len(trs)}")
    urls = set()
    camp = collections.Counter()
    kinds = collections.Counter()
    for i, (rep, tr) in enumerate(zip(reps, trs)):
        extra = set(rep) - {"profile", "conversation", "reporter", "department", "reported_at"}
        if extra:
            errs.append(f"{i}: extra keys {extra}")
        for e in pv.iter_errors(rep["profile"]):
            errs.append(f"{i}: profile {e.message}")
        if "conversation" in rep:
            for e in cv.iter_errors(rep["conversation"]):
                errs.append(f"{i}: conversation {e.message}")
        if not fc.conforms(rep["reporter"], "email") or "@" not in rep["reporter"] or "." not in rep["reporter"].split("@")[0]:
            errs.append(f"{i}: reporter {rep['reporter']}")
        if not rep.get("department"):
            errs.append(f"{i}: department missing")
        import datetime
        try:
            datetime.datetime.fromisoformat(rep["reported_at"].replace("Z", "+00:00"))
        except Exception:
            errs.append(f"{i}: reported_at {rep['reported_at']}")
        u = rep["profile"].get("url")
        if u != tr["url"]:
            errs.append(f"{i}: truth url misaligned")
        if u in urls:
            errs.append(f"{i}: duplicate url {u}")
        urls.add(u)
        if set(tr) != {"url", "campaign", "kind"}:
            errs.append(f"{i}: truth keys {set(tr)}")
        if tr["campaign"] is not None:
            if not str(tr["campaign"]).startswith("op-"):
                errs.append(f"{i}: campaign id {tr['campaign']}")
            camp[tr["campaign"]] += 1
        kinds[tr["kind"]] += 1
    for c, n in camp.items():
        if not 3 <= n <= 40:
            errs.append(f"campaign {c} has size {n}")
    styles = collections.Counter()
    camp_style = {}
    for tr in trs:
        if tr["campaign"]:
            camp_style[tr["campaign"]] = tr["kind"]
    for c, s in camp_style.items():
        styles[s] += 1
    n_camp_personas = sum(camp.values())
    n_lone = kinds.get("lone_hostile", 0)
    print(f"{data}: {len(reps)} reports, {len(camp)} campaigns ({n_camp_personas} personas, sizes {min(camp.values())}-{max(camp.values())}), "
          f"{n_lone} lone hostile, {len(reps) - n_camp_personas - n_lone} genuine")
    print("campaigns per style:", dict(sorted(styles.items())))
    print("reports per kind:", dict(sorted(kinds.items())))
    if cmp_with:
        other = {json.loads(l)["profile"]["name"] for l in open(cmp_with, encoding="utf-8")}
        names = [r["profile"]["name"] for r in reps]
        unseen = sum(1 for n in names if n not in other)
        print(f"display names unseen in {cmp_with}: {unseen}/{len(names)} = {unseen / len(names):.1%}")
        ostyles = {json.loads(l)["kind"] for l in open(cmp_with.replace(".jsonl", ".truth.jsonl"), encoding="utf-8")}
        print("operation styles absent from the other set:", sorted(set(styles) - ostyles))
        import re
        def sents(rs, ts_, only_hostile):
            c = collections.Counter()
            for r, t in zip(rs, ts_):
                if only_hostile and not (t["campaign"] or t["kind"] == "lone_hostile"):
                    continue
                for m in r.get("conversation", {}).get("messages", []):
                    if m["sender"] == "contact":
                        for x in re.split(r"(?<=[.?!。？！])\s*", m["text"]):
                            x = re.sub(r"\d", "0", x.strip())
                            if len(x) > 25:
                                c[x] += 1
            return c
        oreps = [json.loads(l) for l in open(cmp_with, encoding="utf-8")]
        otrs = [json.loads(l) for l in open(cmp_with.replace(".jsonl", ".truth.jsonl"), encoding="utf-8")]
        osents = sents(oreps, otrs, False)
        mine = sents(reps, trs, True)
        shared = sum(v for k, v in mine.items() if k in osents)
        print(f"hostile contact sentences (digits masked) also found in {cmp_with}: {shared}/{sum(mine.values())} = {shared / max(1, sum(mine.values())):.1%}")
        ofirms = {e.get("company") for r, t in zip(oreps, otrs) if t["campaign"] for e in r["profile"].get("experience", [])[:1]}
        myfirms = {e.get("company") for r, t in zip(reps, trs) if t["campaign"] for e in r["profile"].get("experience", [])[:1]}
        print(f"operation persona employers also used in {cmp_with}: {len(myfirms & ofirms)}/{len(myfirms)}")
    if errs:
        print(f"{len(errs)} ERRORS", *errs[:30], sep="\n")
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
