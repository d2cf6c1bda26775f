"""Face detection before/after in one run: the detector in ``--against SRC`` (e.g. the Haar
cascades, ``git archive main src | tar -x -C /tmp/photo-base``) and this checkout's, over every
shared face photo (and procedural pictures with no face): CPU ms per photo for each, faces and
both eyes found per class, how far the main faces overlap and the eyes moved.

    PYTHONPATH=src .venv/bin/python bench/photo_detection.py --against /tmp/photo-base/src
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import sys
import time
from pathlib import Path
from types import ModuleType

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from PIL import Image  # noqa: E402

from vetlink.photo import faces  # noqa: E402
from vetlink.photo.synthetic import synthetic_photo  # noqa: E402

DATASET = "faces-real-vs-stylegan2"


def shared_faces() -> list[tuple[str, Path]]:
    root = Path(os.environ.get("VETLINK_SHARED_DATA", "/work/shared/data")) / DATASET
    if not (root / "labels.csv").is_file():
        raise SystemExit(f"{DATASET} not found: set VETLINK_SHARED_DATA")
    with (root / "labels.csv").open(newline="") as handle:
        return [(row["label"], root / row["path"]) for row in csv.DictReader(handle)]


def module_from(src: Path) -> ModuleType:
    """``vetlink.photo.faces`` as written in another source tree (it imports no vetlink)."""
    spec = importlib.util.spec_from_file_location("faces_before", src / "vetlink/photo/faces.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["faces_before"] = module
    spec.loader.exec_module(module)
    return module


def run(module: ModuleType, images: list[Image.Image]) -> tuple[list, float]:
    module.find_faces(images[0])  # load the detector
    start = time.process_time()
    found = [module.find_faces(image) for image in images]
    return found, (time.process_time() - start) / max(1, len(images)) * 1000


def iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0.0, x1 - x0) * max(0.0, y1 - y0)
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def report(labels: list[str], old: list, new: list) -> None:
    for label in sorted(set(labels)):
        pairs = [(a, b) for lab, a, b in zip(labels, old, new, strict=True) if lab == label]
        print(f"- {label} ({len(pairs)}): face found before/now "
              f"{sum(bool(a.faces) for a, _ in pairs)} / {sum(bool(b.faces) for _, b in pairs)}"
              f" (lost {sum(bool(a.faces) and not b.faces for a, b in pairs)}, gained "
              f"{sum(bool(b.faces) and not a.faces for a, b in pairs)}); both eyes "
              f"{sum(a.eyes is not None for a, _ in pairs)} / "
              f"{sum(b.eyes is not None for _, b in pairs)}")
    both = [(a, b) for a, b in zip(old, new, strict=True) if a.main and b.main]
    overlaps = sorted(iou(a.main, b.main) for a, b in both)
    if overlaps:
        print(f"- main face IoU where both found one ({len(overlaps)}): median "
              f"{overlaps[len(overlaps) // 2]:.2f}, under 0.5 on "
              f"{sum(v < 0.5 for v in overlaps)}")
    shifts = sorted(
        max(abs(pa[0] - pb[0]) + abs(pa[1] - pb[1]) for pa, pb in zip(a.eyes, b.eyes, strict=True))
        for a, b in zip(old, new, strict=True) if a.eyes and b.eyes)
    if shifts:
        print(f"- eye centres where both found them ({len(shifts)}): median shift "
              f"{shifts[len(shifts) // 2]:.3f} of the frame, over 0.05 on "
              f"{sum(v > 0.05 for v in shifts)}")


def detector_parts(images: list[Image.Image]) -> None:
    """Where this checkout's detector spends its CPU time (ms per photo): each network's
    passes, cutting and resizing the candidate boxes, and the rest (pyramid, suppression,
    box arithmetic, the Haar fall-back)."""
    detector = faces.detector()
    if not all(hasattr(detector, name) for name in ("_run", "_crops")):
        return  # not the lean driver
    spent: dict[str, float] = {}

    def timed(name: str, method):  # type: ignore[no-untyped-def]
        def wrapper(*args):  # type: ignore[no-untyped-def]
            start = time.process_time()
            try:
                return method(*args)
            finally:
                key = args[0] if name == "_run" else "crops"
                spent[key] = spent.get(key, 0.0) + time.process_time() - start
        return wrapper

    arrays = [faces.detector_array(image) for image in images]
    detector._run = timed("_run", detector._run)
    detector._crops = timed("_crops", detector._crops)
    try:
        start = time.process_time()
        for rgb in arrays:
            faces.faces_in(rgb)
        total = time.process_time() - start
    finally:
        del detector._run, detector._crops
    parts = ", ".join(f"{name} {seconds / len(arrays) * 1000:.2f}"
                      for name, seconds in sorted(spent.items()))
    rest = (total - sum(spent.values())) / len(arrays) * 1000
    print(f"- now, per photo (CPU ms): {total / len(arrays) * 1000:.2f} = networks and crops "
          f"({parts}) + the rest {rest:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", type=Path, required=True, help="the 'before' src/ tree")
    parser.add_argument("--every", type=int, default=1, help="use every Nth photo")
    args = parser.parse_args()
    import cv2

    cv2.setNumThreads(1)
    rows = shared_faces()[:: args.every]
    labels = [label for label, _ in rows]
    images = [Image.open(path).convert("RGB") for _, path in rows]
    pictures = [synthetic_photo(seed) for seed in range(40)]
    before = module_from(args.against)
    old, old_ms = run(before, images)
    new, new_ms = run(faces, images)
    print(f"# Face detection over {len(images)} shared face photos (CPU ms per photo, 1 thread)")
    print(f"- before ({args.against}): {old_ms:.1f} ms; now: {new_ms:.1f} ms "
          f"({old_ms / new_ms:.2f}x)")
    report(labels, old, new)
    detector_parts(images)
    old_p, _ = run(before, pictures)
    new_p, _ = run(faces, pictures)
    print(f"- procedural pictures with no face ({len(pictures)}): a face found before/now "
          f"{sum(bool(g.faces) for g in old_p)} / {sum(bool(g.faces) for g in new_p)}")


if __name__ == "__main__":
    main()
