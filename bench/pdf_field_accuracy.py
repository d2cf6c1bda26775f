"""Field coverage, agreement and speed of the LinkedIn PDF parser on the shared exports.

Parses every PDF listed in ``../shared/data/linkedin-pdf-exports/manifest.csv`` (override the
data folder with ``VETLINK_SHARED_DATA``) and prints, per layout (new = 2022 onwards,
old = 2016-17):

- how many PDFs parse, and how many give each field;
- agreement with the ``*_Profile.expected.json`` files where they exist (JSON Resume written
  by another parser: a rough reference, not ground truth), per field as agreeing/compared;
- throughput in PDFs per second, against a baseline measured in the same run: pypdf's plain
  text extraction of the same files.

The PDFs are real people's profiles: only counts, ratios and timings are printed.

    .venv/bin/python bench/pdf_field_accuracy.py [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vetlink.domain import Profile
from vetlink.errors import InputError
from vetlink.ingest.json_resume import FIELDS, field_agreement, profile_from_json_resume
from vetlink.ingest.linkedin_pdf import parse_linkedin_pdf

PRESENCE = ("name", "headline", "location", "url", "contact", "about", "experience",
            "education", "skills", "languages", "certifications", "recommendations")


@dataclass
class LayoutStats:
    files: int = 0
    parsed: int = 0
    refused: int = 0
    present: Counter[str] = field(default_factory=Counter)
    agree: Counter[str] = field(default_factory=Counter)
    compared: Counter[str] = field(default_factory=Counter)
    with_expected: int = 0
    seconds: list[float] = field(default_factory=list)
    positions: int = 0
    dated_positions: int = 0


def export_dir() -> Path:
    env = os.environ.get("VETLINK_SHARED_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    return base / "linkedin-pdf-exports"


def manifest(folder: Path) -> list[tuple[Path, str]]:
    with (folder / "manifest.csv").open(encoding="utf-8") as handle:
        return [(folder / row["file"], row["layout"].split()[0]) for row in csv.DictReader(handle)]


def measure(folder: Path, repeat: int) -> dict[str, LayoutStats]:
    stats: dict[str, LayoutStats] = {}
    for path, layout in manifest(folder):
        entry = stats.setdefault(layout, LayoutStats())
        entry.files += 1
        data = path.read_bytes()
        profile, seconds = timed_parse(data, repeat)
        entry.seconds.append(seconds)
        if profile is None:
            entry.refused += 1
            continue
        entry.parsed += 1
        count_fields(entry, profile)
        compare(entry, profile, path)
    return stats


def timed_parse(data: bytes, repeat: int) -> tuple[Profile | None, float]:
    best = float("inf")
    profile: Profile | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            profile = parse_linkedin_pdf(data, "export")
        except InputError:
            profile = None
        best = min(best, time.perf_counter() - start)
    return profile, best


def count_fields(entry: LayoutStats, profile: Profile) -> None:
    for name in PRESENCE:
        if getattr(profile, name) not in (None, [], ""):
            entry.present[name] += 1
    for position in profile.experience or []:
        entry.positions += 1
        entry.dated_positions += int(position.start is not None)


def compare(entry: LayoutStats, profile: Profile, path: Path) -> None:
    expected = path.with_name(path.name.replace(".pdf", ".expected.json"))
    if not expected.exists():
        return
    entry.with_expected += 1
    theirs = profile_from_json_resume(json.loads(expected.read_text(encoding="utf-8")))
    for name, (agree, total) in field_agreement(profile, theirs).items():
        entry.agree[name] += agree
        entry.compared[name] += total


def baseline_seconds(folder: Path) -> list[float]:
    """pypdf's plain text extraction of the same files: no layout, no fields."""
    from pypdf import PdfReader

    out = []
    for path, _ in manifest(folder):
        data = path.read_bytes()
        start = time.perf_counter()
        for page in PdfReader(io.BytesIO(data)).pages:
            page.extract_text()
        out.append(time.perf_counter() - start)
    return out


def report(stats: dict[str, LayoutStats], baseline: list[float]) -> None:
    for layout, entry in sorted(stats.items()):
        print(f"\n== layout {layout}: {entry.parsed}/{entry.files} parsed, "
              f"{entry.refused} refused")
        print("fields present (profiles):")
        for name in PRESENCE:
            print(f"  {name:16s} {entry.present[name]:3d}/{entry.parsed}")
        dated = entry.dated_positions / entry.positions if entry.positions else 0.0
        print(f"  positions with a start date: {entry.dated_positions}/{entry.positions} "
              f"({dated:.2f})")
        if entry.with_expected:
            print(f"agreement with expected JSON ({entry.with_expected} files):")
            for name in FIELDS:
                if entry.compared[name]:
                    ratio = entry.agree[name] / entry.compared[name]
                    print(f"  {name:18s} {entry.agree[name]:4d}/{entry.compared[name]:<4d} "
                          f"{ratio:.2f}")
        else:
            print("agreement with expected JSON: no expected files for this layout")
        print_speed("parse", entry.seconds)
    print()
    print_speed("all layouts, parse", [s for e in stats.values() for s in e.seconds])
    print_speed("baseline, pypdf extract_text", baseline)


def print_speed(label: str, seconds: list[float]) -> None:
    total = sum(seconds)
    rate = len(seconds) / total if total else 0.0
    print(f"{label}: {rate:.1f} PDFs/s over {len(seconds)} files "
          f"(median {statistics.median(seconds) * 1000:.0f} ms, "
          f"max {max(seconds) * 1000:.0f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1,
                        help="parse each file N times and keep the fastest")
    args = parser.parse_args()
    folder = export_dir()
    if not (folder / "manifest.csv").exists():
        raise SystemExit(f"no manifest.csv in {folder}")
    baseline = baseline_seconds(folder)
    report(measure(folder, max(1, args.repeat)), baseline)


if __name__ == "__main__":
    main()
