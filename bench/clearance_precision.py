"""Precision and recall of the clearance detector on the hand-labelled sentence set.

    .venv/bin/python bench/clearance_precision.py [--show-errors]

Each line of ``tests/fixtures/exposure/clearance_sentences.jsonl`` is a sentence written the
way people write on professional profiles, labelled true when it says its writer holds (or
held) a security clearance, false for lookalikes ("DV Group Ltd", "Columbia, SC", "solar PV").
A sentence is predicted true when the detector finds at least one mention in it.
Batch 1 was written while the detector was designed; batch 2 was written afterwards, before
running the detector on it, and the detector was not changed after seeing its result.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from vetlink.exposure.clearance import find_clearances

SENTENCES = (Path(__file__).resolve().parent.parent
             / "tests/fixtures/exposure/clearance_sentences.jsonl")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path = SENTENCES) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def evaluate(rows: list[dict[str, object]]) -> tuple[Counts, list[tuple[str, str]]]:
    counts, errors = Counts(), []
    for row in rows:
        predicted = bool(find_clearances(str(row["text"])))
        truth = bool(row["label"])
        if predicted and truth:
            counts.tp += 1
        elif predicted:
            counts.fp += 1
            errors.append(("false positive", str(row["text"])))
        elif truth:
            counts.fn += 1
            errors.append(("missed", str(row["text"])))
        else:
            counts.tn += 1
    return counts, errors


def emscad_false_positives() -> None:
    """Mentions found in the EMSCAD job ads (public company ads with lookalikes such as "SC"
    for South Carolina, "CV", engineering "clearance"; no true clearance mention found when
    this was written): every hit there is a false positive. Counts only."""
    import csv
    import os

    shared = os.environ.get("VETLINK_SHARED_DATA")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared" / "data"
    path = base / "emscad-fake-jobs-subset" / "emscad_subset_combined.csv"
    if not path.is_file():
        print(f"EMSCAD not found at {path}; skipped")
        return
    columns = ("title", "company_profile", "description", "requirements", "benefits")
    ads = hits = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ads += 1
            hits += sum(len(find_clearances(row.get(c) or "")) for c in columns)
    print(f"EMSCAD job ads: {ads} ads, {hits} clearance mentions found (all would be false "
          "positives)")


def main() -> None:
    rows = load()
    counts, errors = evaluate(rows)
    positives = sum(1 for r in rows if r["label"])
    print(f"sentences: {len(rows)} ({positives} clearance mentions, "
          f"{len(rows) - positives} lookalikes)")
    print(f"confusion: TP {counts.tp}  FP {counts.fp}  TN {counts.tn}  FN {counts.fn}")
    print(f"precision {counts.precision:.3f}  recall {counts.recall:.3f}  F1 {counts.f1:.3f}")
    for batch in sorted({int(str(r.get("batch", 1))) for r in rows}):
        part, _ = evaluate([r for r in rows if int(str(r.get("batch", 1))) == batch])
        print(f"  batch {batch}: TP {part.tp} FP {part.fp} TN {part.tn} FN {part.fn}  "
              f"precision {part.precision:.3f} recall {part.recall:.3f}")
    emscad_false_positives()
    if "--show-errors" in sys.argv:
        for kind, text in errors:
            print(f"  {kind}: {text}")


if __name__ == "__main__":
    main()
