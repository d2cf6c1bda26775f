"""Face detection before/after in one run: the Haar cascades with faces searched from 0.12 of
the short side (the earlier setting) and from ``faces.FACE_MIN_FRAC`` (now), over every shared
face photo: CPU ms per photo for each, and how far they agree (faces found, the main face,
eyes found, every box and eye centre identical).

    PYTHONPATH=src .venv/bin/python bench/photo_detection.py [--every 1]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from PIL import Image  # noqa: E402

from vetlink.photo import faces  # noqa: E402

EARLIER_MIN_FRAC = 0.12


def shared_faces() -> list[Path]:
    root = Path(os.environ.get("VETLINK_SHARED_DATA", "/work/shared/data"))
    return sorted((root / "faces-real-vs-stylegan2").glob("*/*.jpg"))


def run(greys: list, min_frac: float) -> tuple[list[faces.FaceGeometry], float]:
    faces.FACE_MIN_FRAC = min_frac
    start = time.process_time()
    found = [faces.faces_in(grey) for grey in greys]
    return found, (time.process_time() - start) / max(1, len(greys)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=int, default=1, help="use every Nth photo")
    args = parser.parse_args()
    import cv2

    cv2.setNumThreads(1)
    paths = shared_faces()[:: args.every]
    if not paths:
        raise SystemExit("faces-real-vs-stylegan2 not found: set VETLINK_SHARED_DATA")
    greys = [faces.grey_array(Image.open(p).convert("RGB")) for p in paths]
    now = faces.FACE_MIN_FRAC
    faces.faces_in(greys[0])  # load the cascades
    old, old_ms = run(greys, EARLIER_MIN_FRAC)
    new, new_ms = run(greys, now)
    faces.FACE_MIN_FRAC = now
    pairs = list(zip(old, new, strict=True))
    print(f"# Face detection over {len(paths)} shared face photos (CPU ms per photo, 1 thread)")
    print(f"- faces from {EARLIER_MIN_FRAC} of the side (before): {old_ms:.1f} ms")
    print(f"- faces from {now} of the side (now): {new_ms:.1f} ms ({old_ms / new_ms:.2f}x)")
    print(f"- geometry identical (every box, both eye centres): "
          f"{sum(a == b for a, b in pairs)} of {len(pairs)}")
    print(f"- same main face: {sum(a.main == b.main for a, b in pairs)}")
    print(f"- face found before/now: {sum(bool(a.faces) for a in old)} / "
          f"{sum(bool(b.faces) for b in new)}; differs on "
          f"{sum(bool(a.faces) != bool(b.faces) for a, b in pairs)}")
    print(f"- both eyes found before/now: {sum(a.eyes is not None for a in old)} / "
          f"{sum(b.eyes is not None for b in new)}; differs on "
          f"{sum((a.eyes is None) != (b.eyes is None) for a, b in pairs)}")


if __name__ == "__main__":
    main()
