"""Campaign recovery on the blind sets (``tests/evaluation/campaigns``, ``campaigns2`` to
``campaigns6``, each written blind to the code and frozen before tuning): pairwise precision,
recall, F1, ARI, and per kind of persona (hard negatives put in a campaign; campaign styles'
pair recall and campaigns missed).

    .venv/bin/python bench/campaigns_blind.py [dev test dev2 test2] [--scale]
    .venv/bin/python bench/campaigns_blind.py path/to/NAME.jsonl  # beside NAME.truth.jsonl

``--scale`` regenerates the 20,000-persona scale set from the frozen generator into a
temporary directory (``SCALE.md``) and reports it too. Campaigns = score >= 0.5; lures from
``assess`` without models, as the import computes them with ``--no-model``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

EVALUATION = Path(__file__).resolve().parent.parent / "tests" / "evaluation"
HERE = EVALUATION / "campaigns"


def set_dir(name: str) -> Path:
    """``dev``/``test`` are the first blind set; ``dev2``/``test2`` the second, written by
    another author who never saw the code or the first set (``campaigns2/README.md``);
    ``dev3``/``test3`` a third author's (``campaigns3/README.md``); ``dev4``/``test4`` a
    fourth author's (``campaigns4/README.md``); ``dev5``/``test5`` a fifth author's
    (``campaigns5/README.md``); ``dev6``/``test6`` a sixth author's (``campaigns6/README.md``)."""
    if name[-1] in "23456":
        return EVALUATION / f"campaigns{name[-1]}"
    return HERE


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
    parser.add_argument("sets", nargs="*", default=["dev", "test", "dev2", "test2"])
    parser.add_argument("--scale", action="store_true")
    args = parser.parse_args()
    from vetlink.campaigns.evaluate import evaluate_lines as evaluate

    for name in args.sets:
        if name.endswith(".jsonl"):  # another blind set: NAME.jsonl beside NAME.truth.jsonl
            data = Path(name)
            report(data.stem, evaluate(data, data.with_suffix(".truth.jsonl")))
            continue
        folder = set_dir(name)
        m = evaluate(folder / f"{name}.jsonl", folder / f"{name}.truth.jsonl")
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
