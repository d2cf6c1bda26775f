"""Operations merged with each other, and lone hostile approaches or genuine personas pulled
into campaigns, on the blind development sets: for this tree and, in the same run, another
tree's sources (``--baseline-src``, e.g. main's from ``git archive main src``).

    .venv/bin/python bench/campaigns_merges.py [dev dev2 dev3 dev4] [--baseline-src DIR/src]

Per set: pairwise precision / recall / F1; campaigns (score >= 0.5) holding two or more
planted operations; the wrong pairs by what they join (two operations, an operation and a
lone hostile approach, an operation and a genuine persona, two non-campaign personas); and
the personas of each non-campaign kind put in a campaign. Development sets only: a name
with ``test`` in it is refused (held out).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LONE = ("solitary_fake", "lone_hostile")


def measure(name: str) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from campaigns_blind import set_dir  # type: ignore[import-not-found]
    from vetlink.campaigns import find_campaigns
    from vetlink.campaigns.evaluate import read_set, recovery

    folder = set_dir(name)
    records, rows = read_set(folder / f"{name}.jsonl", folder / f"{name}.truth.jsonl")
    result = find_campaigns(records)
    ids = result.table.ids
    groups = [[ids[m] for m in c.members] for c in result.campaigns if c.score >= 0.5]
    label = {p: row["campaign"] for p, row in rows.items()}
    kind = {p: row["kind"] for p, row in rows.items()}
    metrics = recovery(groups, {p: x for p, x in label.items() if x}, ids)
    wrong: Counter[str] = Counter()
    for group in groups:
        for n, a in enumerate(group):
            for b in group[n + 1:]:
                wrong[joined(a, b, label, kind)] += 1
    wrong.pop("same", None)
    pulled = Counter(kind[p] for g in groups for p in g if not label[p])
    return {"precision": metrics["precision"], "recall": metrics["recall"], "f1": metrics["f1"],
            "campaigns": len(groups),
            "merged": sum(len({label[p] for p in g if label[p]}) >= 2 for g in groups),
            "wrong_pairs": dict(wrong), "pulled_in": dict(sorted(pulled.items()))}


def joined(a: str, b: str, label: dict[str, Any], kind: dict[str, str]) -> str:
    if label[a] and label[a] == label[b]:
        return "same"
    if label[a] and label[b]:
        return "two operations"
    if label[a] or label[b]:
        other = kind[b] if label[a] else kind[a]
        return "operation + lone" if other in LONE else "operation + genuine"
    return "two non-campaign"


def run_tree(src: str, sets: list[str]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run([sys.executable, __file__, *sets, "--json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return dict(json.loads(out.splitlines()[-1]))


def show(name: str, label: str, m: dict[str, Any]) -> None:
    print(f"{name:5} {label:8} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} "
          f"campaigns {m['campaigns']:3} with >=2 operations {m['merged']:3}")
    print(f"{'':14} wrong pairs {m['wrong_pairs']}")
    print(f"{'':14} non-campaign personas in campaigns {m['pulled_in']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["dev", "dev2", "dev3", "dev4"])
    parser.add_argument("--baseline-src", default=None)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if any("test" in s for s in args.sets):
        raise SystemExit("held-out test sets are measured by the lead only")
    if args.json:
        print(json.dumps({s: measure(s) for s in args.sets}))
        return
    here = run_tree(str(HERE.parent / "src"), args.sets)
    base = run_tree(args.baseline_src, args.sets) if args.baseline_src else {}
    for s in args.sets:
        if s in base:
            show(s, "baseline", base[s])
        show(s, "this", here[s])


if __name__ == "__main__":
    main()
