"""Photo path throughput on one core: decode only (the baseline) and the full photo check
(``vetlink.photo.check_photo``: decode, EXIF, resize, hashes, faces, AI-face model, index
lookup at ``--stored`` photos, signals) measured in the same run, their ratio, CPU time per
stage, a cProfile summary and peak memory; with ``--against SRC`` the same figures for another
source tree (e.g. the code before a change), run in a child process on the same photos and the
same index.

    .venv/bin/python bench/photo_throughput.py [--photos 120] [--against /tmp/photo-base/src]
    .venv/bin/python bench/photo_throughput.py --json    # for bench/throughput.py

Figures are photos per CPU second of one process with every library on one thread (OpenCV,
BLAS), so they mean "per core" even on a busy machine; wall-clock rates are printed beside.
Photos: the shared ``faces-real-vs-stylegan2`` JPEGs (300x300) and, made from them here, large
1600x1600 JPEGs (the reduced-scale decode). Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

FACES = "faces-real-vs-stylegan2"
TARGET = 50.0  # photos/s per core through the full path (issue 12)
PERSONA = "Checked Persona"


def shared_faces() -> list[Path]:
    env = os.environ.get("VETLINK_SHARED_DATA")
    root = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    return sorted((root / FACES).glob("*/*.jpg"))


def photo_sets(count: int, large: int) -> dict[str, list[bytes]]:
    from PIL import Image

    files = shared_faces()
    if not files:
        raise SystemExit(f"{FACES} not found: set VETLINK_SHARED_DATA")
    step = max(1, len(files) // count)
    small = [p.read_bytes() for p in files[::step][:count]]
    big = []
    for path in files[:: max(1, len(files) // max(1, large))][:large]:
        buffer = io.BytesIO()
        Image.open(path).convert("RGB").resize((1600, 1600)).save(buffer, "JPEG", quality=88)
        big.append(buffer.getvalue())
    return {"300x300 JPEG (shared faces)": small, "1600x1600 JPEG": big}


def build_index(data_dir: Path, photos: list[bytes], stored: int) -> None:
    """An index of ``stored`` photos: the given photos plus bit-flipped copies of their
    prints (written by this checkout's code)."""
    import numpy as np

    from vetlink.photo.hashing import PhotoPrint, photo_print
    from vetlink.photo.index import PhotoIndex
    from vetlink.photo.load import load_image_bytes

    prints = [photo_print(load_image_bytes(p).image) for p in photos]
    rng = np.random.default_rng(0)
    entries = [(fp, f"Persona {i}", "", "2026-01-01", "hostile") for i, fp in enumerate(prints)]
    while len(entries) < stored:
        base = prints[int(rng.integers(len(prints)))]
        flips = np.zeros(base.direct.shape, dtype=np.uint64)
        for _ in range(12):
            flips |= np.uint64(1) << rng.integers(0, 64, base.direct.shape).astype(np.uint64)
        noisy = PhotoPrint(base.direct ^ flips, base.mirrored ^ flips)
        entries.append((noisy, f"Noisy {len(entries)}", "", "2026-01-01", "reported"))
    PhotoIndex.open(data_dir).add_prints(entries)


def rate(func: Callable[[bytes], object], items: list[bytes], repeat: int) -> tuple[float, float]:
    """(photos per CPU second, photos per wall second)."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        for item in items:
            func(item)
    done = repeat * len(items)
    return done / (time.process_time() - cpu), done / (time.perf_counter() - wall)


def measure(sets: dict[str, list[bytes]], repeat: int, profile: bool) -> dict[str, Any]:
    """Decode-only and full-path rates per photo set, stage times, a profile (this process's
    ``vetlink`` is whatever is first on the import path)."""
    import inspect

    import cv2

    from vetlink.photo import check_photo
    from vetlink.photo.load import load_image_bytes
    from vetlink.signals.base import Context

    cv2.setNumThreads(1)
    ctx = Context()
    timed_stages = "times" in inspect.signature(check_photo).parameters
    check_photo(next(iter(sets.values()))[0], ctx, persona=PERSONA)  # model, cascades, index
    results: dict[str, Any] = {"sets": {}, "stages": {}, "profile": ""}
    for name, items in sets.items():
        decode = rate(load_image_bytes, items, repeat)
        full = rate(lambda data: check_photo(data, ctx, persona=PERSONA), items, repeat)
        results["sets"][name] = {"photos": len(items), "decode": decode, "full": full}
        if timed_stages:
            from vetlink.photo.stages import StageTimes

            times = StageTimes()
            for data in items:
                check_photo(data, ctx, persona=PERSONA, times=times)
            results["stages"][name] = {k: v / len(items) for k, v in times.seconds.items()}
    if profile:
        items = next(iter(sets.values()))
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [check_photo(d, ctx, persona=PERSONA) for d in items])
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
        results["profile"] = out.getvalue()
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def measure_in_child(src: Path, data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src), "VETLINK_DATA_DIR": str(data_dir)}
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--photos",
               str(args.photos), "--large", str(args.large), "--repeat", str(args.repeat)]
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The best rate of each figure over the rounds (a busy machine only ever slows a run
    down), the smallest time of each stage, the largest peak memory."""
    merged = dict(runs[0])
    merged["sets"] = {
        name: {"photos": found["photos"],
               **{key: tuple(max(run["sets"][name][key][i] for run in runs) for i in (0, 1))
                  for key in ("decode", "full")}}
        for name, found in runs[0]["sets"].items()}
    merged["stages"] = {
        name: {stage: min(run["stages"][name][stage] for run in runs) for stage in stages}
        for name, stages in runs[0]["stages"].items()}
    merged["peak_rss_mb"] = max(run["peak_rss_mb"] for run in runs)
    return merged


def run(args: argparse.Namespace, sets: dict[str, list[bytes]], index_photos: int
        ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """This checkout's figures and, with ``args.against``, the other tree's, measured in
    alternating rounds on the same photos and the same index (written by this checkout)."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["VETLINK_DATA_DIR"] = folder
        build_index(Path(folder), next(iter(sets.values())), index_photos)
        mine, theirs = [], []
        for round_no in range(args.rounds):
            if args.against:
                theirs.append(measure_in_child(args.against, Path(folder), args))
            mine.append(measure(sets, args.repeat, profile=not args.json and round_no == 0))
    return best_of(mine), (best_of(theirs) if theirs else None)


def figures(results: dict[str, Any], before: dict[str, Any] | None) -> list[dict[str, Any]]:
    rows = []
    for name, found in results["sets"].items():
        full, decode = found["full"][0], found["decode"][0]
        row = {"name": f"photo check, full path, {name}", "value": round(full, 1),
               "unit": "photos/s per core", "baseline_name": "decode only (same photos, same run)",
               "baseline_value": round(decode, 1), "ratio": round(decode / full, 1),
               "ratio_is": "times the decode cost (baseline photos/s / value)",
               "target": f">= {TARGET:.0f} photos/s per core"}
        if before is not None and name in before["sets"]:
            old = before["sets"][name]
            row["before_value"] = round(old["full"][0], 1)
            row["before_baseline_value"] = round(old["decode"][0], 1)
            row["before_ratio"] = round(old["decode"][0] / old["full"][0], 1)
        rows.append(row)
    return rows


def document(results: dict[str, Any], before: dict[str, Any] | None,
             index_photos: int) -> dict[str, Any]:
    """The JSON document ``--json`` prints."""
    stages = {name: {k: round(v * 1000, 3) for k, v in st.items()}
              for name, st in results["stages"].items()}
    return {"figures": figures(results, before), "stages_ms_per_photo": stages,
            "peak_rss_mb": round(results["peak_rss_mb"]),
            "before_peak_rss_mb": round(before["peak_rss_mb"]) if before else None,
            "index_photos": index_photos, "unit_note": "photos per CPU second, one thread"}


def print_table(results: dict[str, Any], before: dict[str, Any] | None) -> None:
    print("\n## Photo path throughput on one core (photos per CPU second, best of the rounds; "
          "wall in brackets)")
    print("| photos | decode only (baseline) | full path | full / decode cost | "
          + ("before: decode | before: full | before: cost | speed-up |" if before else ""))
    print("|---|---|---|---|" + ("---|---|---|---|" if before else ""))
    for name, found in results["sets"].items():
        (dc, dw), (fc, fw) = found["decode"], found["full"]
        cells = [f"{name} ({found['photos']})", f"{dc:,.0f} ({dw:,.0f})", f"{fc:.1f} ({fw:.1f})",
                 f"{dc / fc:.0f}x"]
        if before and name in before["sets"]:
            (odc, _), (ofc, _) = before["sets"][name]["decode"], before["sets"][name]["full"]
            cells += [f"{odc:,.0f}", f"{ofc:.1f}", f"{odc / ofc:.0f}x",
                      f"{(fc / dc) / (ofc / odc):.2f}x (relative to decode)"]
        print("| " + " | ".join(cells) + " |")
    print(f"target: >= {TARGET:.0f} photos/s per core through the full path")
    for name, stages in results["stages"].items():
        total = sum(stages.values())
        old = (before or {}).get("stages", {}).get(name, {})
        print(f"\n### CPU time per stage, {name} (ms per photo; {total * 1000:.1f} ms in stages"
              + (f"; before: {sum(old.values()) * 1000:.1f} ms" if old else "") + ")")
        print("| stage | ms per photo | share |" + (" before |" if old else ""))
        print("|---|---|---|" + ("---|" if old else ""))
        for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
            was = f" {old[stage] * 1000:.2f} |" if stage in old else (" - |" if old else "")
            print(f"| {stage} | {seconds * 1000:.2f} | {seconds / total:.0%} |{was}")
    if results["profile"]:
        print("\n### cProfile of the full path (first photo set, by own time)\n```")
        print("\n".join(results["profile"].strip().splitlines()[:24]))
        print("```")
    print(f"\npeak memory (RSS): {results['peak_rss_mb']:.0f} MB"
          + (f"; before: {before['peak_rss_mb']:.0f} MB" if before else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=120, help="shared faces timed")
    parser.add_argument("--large", type=int, default=20, help="large JPEGs timed")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2, help="best of this many rounds")
    parser.add_argument("--stored", type=int, default=10_000, help="photos in the index")
    parser.add_argument("--against", type=Path, help="another src/ tree, e.g. the code before")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sets = photo_sets(args.photos, args.large)
    if args.child:
        print(json.dumps(measure(sets, args.repeat, profile=False)))
        return
    results, before = run(args, sets, args.stored)
    if args.json:
        print(json.dumps(document(results, before, args.stored), indent=2))
        return
    print(f"# Photo path throughput ({args.stored:,} photos in the index)")
    print_table(results, before)


if __name__ == "__main__":
    main()
