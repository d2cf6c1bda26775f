"""Campaign recovery on the blind sets (``tests/evaluation/campaigns``, written blind to the
code and frozen before tuning): pairwise precision, recall, F1, ARI, and per kind of persona
(hard negatives put in a campaign; campaign styles' pair recall and campaigns missed).

    .venv/bin/python bench/campaigns_blind.py [dev test] [--scale]

``--scale`` regenerates the 20,000-persona scale set from the frozen generator into a
temporary directory (``SCALE.md``) and reports it too. Campaigns = score >= 0.5; lures from
``assess`` without models, as the import computes them with ``--no-model``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent / "tests" / "evaluation" / "campaigns"


def evaluate(data: Path, truth_path: Path) -> dict[str, Any]:
    from vetlink.assess import assess_many
    from vetlink.campaigns import find_campaigns
    from vetlink.campaigns.evaluate import by_kind, read_truth, recovery
    from vetlink.campaigns.lines import parse_line

    lines = [parse_line(raw, n, report=False)
             for n, raw in enumerate(data.read_bytes().splitlines(), start=1) if raw.strip()]
    found = assess_many(((ln.profile, ln.conversation) for ln in lines), use_models=False)
    records = [ln.record(tuple(f.id for f in a.findings)) for ln, a in zip(lines, found,
                                                                            strict=True)]
    truth_rows = read_truth(truth_path)
    by_id = {r.id: truth_rows[ln.profile.url] for r, ln in zip(records, lines, strict=True)}
    start = time.perf_counter()
    result = find_campaigns(records)
    seconds = time.perf_counter() - start
    predicted = [[result.table.ids[m] for m in c.members] for c in result.campaigns
                 if c.score >= 0.5]
    truth = {p: row["campaign"] for p, row in by_id.items() if row["campaign"]}
    metrics = recovery(predicted, truth, [r.id for r in records])
    return {**metrics, "seconds": seconds, "kinds": by_kind(predicted, by_id)}


def report(name: str, m: dict[str, Any]) -> None:
    print(f"\n## blind {name}: precision {m['precision']:.3f} recall {m['recall']:.3f} "
          f"F1 {m['f1']:.3f} ARI {m['ari']:.3f} (true pairs {m['pairs_true']}, predicted "
          f"{m['pairs_predicted']}; link+cluster {m['seconds']:.1f} s)")
    print(f"{'kind':24} {'personas':>8} {'in campaigns':>12} {'pair recall':>11} "
          f"{'campaigns missed':>16}")
    for kind, e in m["kinds"].items():
        recall = f"{e['pair_recall']:.2f}" if "pair_recall" in e else ""
        missed = f"{e['campaigns_missed']}/{e['campaigns']}" if "campaigns" in e else ""
        print(f"{kind:24} {e['personas']:8} {e['in_campaigns']:12} {recall:>11} {missed:>16}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["dev", "test"])
    parser.add_argument("--scale", action="store_true")
    args = parser.parse_args()
    for name in args.sets:
        m = evaluate(HERE / f"{name}.jsonl", HERE / f"{name}.truth.jsonl")
        report(name, m)
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "blind_generator.py"), "--seed", "7",
                            "--personas", "20000", "--out", tmp, "--name", "scale"],
                           check=True, capture_output=True)
            report("scale", evaluate(Path(tmp) / "scale.jsonl",
                                     Path(tmp) / "scale.truth.jsonl"))


if __name__ == "__main__":
    main()
