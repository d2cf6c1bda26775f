import json, sys
import jsonschema
from jsonschema import Draft202012Validator
P = json.load(open("/work/shared/schemas/profile.schema.json"))
C = json.load(open("/work/shared/schemas/conversation.schema.json"))
fc = Draft202012Validator.FORMAT_CHECKER
vp = Draft202012Validator(P, format_checker=fc)
vc = Draft202012Validator(C, format_checker=fc)
import datetime
for stem in sys.argv[1:]:
    bad = 0; n = 0; urls = set(); errs = []
    lines = open(stem + ".jsonl", encoding="utf-8").read().splitlines()
    truth = [json.loads(l) for l in open(stem + ".truth.jsonl", encoding="utf-8")]
    assert len(lines) == len(truth)
    for l, t in zip(lines, truth):
        r = json.loads(l); n += 1
        e = list(vp.iter_errors(r["profile"]))
        if "conversation" in r:
            e += list(vc.iter_errors(r["conversation"]))
        ok_keys = set(r) <= {"profile", "conversation", "reporter", "department", "reported_at"}
        try:
            datetime.datetime.fromisoformat(r["reported_at"].replace("Z", "+00:00"))
            tzok = datetime.datetime.fromisoformat(r["reported_at"].replace("Z", "+00:00")).tzinfo is not None
        except Exception:
            tzok = False
        if e or not ok_keys or not tzok or t["url"] != r["profile"]["url"] or r["profile"]["url"] in urls:
            bad += 1; errs.append((e[:1], ok_keys, tzok))
        urls.add(r["profile"]["url"])
    print(stem, "lines", n, "invalid", bad)
    for x in errs[:5]:
        print("  ", x)
