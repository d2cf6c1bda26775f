"""Calibrate the profile signals on real, genuine LinkedIn PDF exports.

Parses every PDF in ``../shared/data/linkedin-pdf-exports/`` (override with
``VETLINK_SHARED_DATA``), runs ``assess(profile)`` and prints the band distribution, the score
distribution and how often each finding id fires. The PDFs are real people's profiles: this
script prints only counts, finding ids and file indexes, never names or text.

    .venv/bin/python bench/calibrate_profiles.py [--per-file]
"""

from __future__ import annotations

import os
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vetlink.assess import assess
from vetlink.domain import Assessment
from vetlink.errors import VetlinkError
from vetlink.ingest.linkedin_pdf import parse_linkedin_pdf

HIGH_SHARE_ALLOWED = 0.05
MOST = 0.5  # a signal firing on more than this share of genuine profiles is miscalibrated


def pdf_dir() -> Path:
    env = os.environ.get("VETLINK_SHARED_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    return base / "linkedin-pdf-exports"


def pdf_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


@dataclass
class Calibration:
    files: int = 0
    failed: list[int] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)

    @property
    def bands(self) -> Counter[str]:
        return Counter(a.band for a in self.assessments)

    def fired(self) -> Counter[str]:
        """How many profiles each finding id fires on (once per profile)."""
        counts: Counter[str] = Counter()
        for assessment in self.assessments:
            counts.update({f.id for f in assessment.findings})
        return counts

    def high_share(self) -> float:
        return self.bands["high"] / max(1, len(self.assessments))


def calibrate(folder: Path) -> Calibration:
    result = Calibration()
    for index, path in enumerate(pdf_files(folder)):
        result.files += 1
        try:
            profile = parse_linkedin_pdf(path.read_bytes(), where=f"file {index}")
        except VetlinkError:
            result.failed.append(index)
            continue
        result.assessments.append(assess(profile, use_models=False))
    return result


def report(result: Calibration, per_file: bool) -> None:
    n = len(result.assessments)
    print(f"{result.files} PDFs, {n} parsed, {len(result.failed)} failed "
          f"(file indexes {result.failed})")
    for band in ("low", "medium", "high"):
        print(f"  {band:<6} {result.bands[band]:>3}  ({result.bands[band] / max(1, n):.1%})")
    scores = [a.score for a in result.assessments]
    if scores:
        print(f"  score: median {statistics.median(scores)}, max {max(scores)}, "
              f"mean {statistics.mean(scores):.1f}")
    print("finding ids (profiles fired on):")
    for finding_id, count in result.fired().most_common():
        flag = "  <- fires on most genuine profiles" if count / max(1, n) > MOST else ""
        print(f"  {count:>3} ({count / max(1, n):.0%})  {finding_id}{flag}")
    if per_file:
        for index, assessment in enumerate(result.assessments):
            ids = sorted({f.id for f in assessment.findings})
            print(f"  profile {index}: {assessment.score} {assessment.band} {ids}")
    verdict = "OK" if result.high_share() <= HIGH_SHARE_ALLOWED else "TOO MANY HIGH"
    print(f"high: {result.high_share():.1%} (allowed {HIGH_SHARE_ALLOWED:.0%}) {verdict}")


def main() -> int:
    folder = pdf_dir()
    if not folder.is_dir():
        print(f"no PDF exports at {folder}", file=sys.stderr)
        return 2
    result = calibrate(folder)
    report(result, per_file="--per-file" in sys.argv)
    return 0 if result.high_share() <= HIGH_SHARE_ALLOWED else 1


if __name__ == "__main__":
    sys.exit(main())
