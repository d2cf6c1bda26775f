"""Run the exposure check on every LinkedIn PDF export in the shared data and print counts.

    .venv/bin/python bench/exposure_on_pdfs.py [DATA_DIR]

These are real people's profiles: this script prints only counts (profiles, levels, findings
per id and severity, parse failures, time). It never prints names, evidence or any text from
the files.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path

from vetlink.errors import VetlinkError
from vetlink.exposure import check_exposure
from vetlink.ingest import load_profile_input
from vetlink.signals.base import Context, run_signals


def data_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    shared = os.environ.get("VETLINK_SHARED_DATA")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared" / "data"
    return base / "linkedin-pdf-exports"


def main() -> None:
    pdfs = sorted(data_dir().rglob("*.pdf"))
    levels: Counter[str] = Counter()
    by_id: Counter[str] = Counter()
    profiles_with: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    started = time.perf_counter()
    checking = baseline = 0.0
    for path in pdfs:
        try:
            profile = load_profile_input(path).profile
        except VetlinkError as exc:
            failures[type(exc).__name__] += 1
            continue
        tick = time.perf_counter()
        report = check_exposure(profile)
        checking += time.perf_counter() - tick
        tick = time.perf_counter()
        run_signals("profile", profile, Context())
        baseline += time.perf_counter() - tick
        levels[report.level] += 1
        ids = [f.id for f in report.findings]
        by_id.update(ids)
        profiles_with.update(set(ids))
        severities.update(f"{f.id} [{f.severity}]" for f in report.findings)
    elapsed = time.perf_counter() - started
    checked = sum(levels.values())
    print(f"PDFs: {len(pdfs)}  checked: {checked}  failed: {sum(failures.values())} "
          f"{dict(failures) if failures else ''}")
    print("levels: " + ", ".join(f"{lv} {levels[lv]}" for lv in ("low", "medium", "high")))
    print("findings per id (findings / profiles with at least one):")
    for fid in sorted(by_id):
        print(f"  {fid:32s} {by_id[fid]:4d} / {profiles_with[fid]:3d}")
    print("findings per id and severity:")
    for key in sorted(severities):
        print(f"  {key:40s} {severities[key]:4d}")
    per = max(len(pdfs), 1)
    print(f"time: {elapsed:.1f} s in all ({elapsed / per * 1000:.0f} ms per PDF with parsing "
          f"and photo extraction); exposure check alone {checking / per * 1000:.1f} ms per "
          f"profile; baseline, the contact-profile signals on the same profiles: "
          f"{baseline / per * 1000:.1f} ms")


if __name__ == "__main__":
    main()
