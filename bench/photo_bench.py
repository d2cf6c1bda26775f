"""Photo check benchmark: reuse recall per transformation, false matches among 10,000 distinct
images, photos per second on one core (with a decode-only baseline in the same run), and index
lookup time at 100,000 stored photos. The hashing figures are given for the current
:func:`vetlink.photo.hashing.photo_print` and, as the baseline measured in the same run, for
``legacy_photo_print`` (the earlier view-by-view Pillow implementation, kept here only for that).

Images: the shared faces (``faces-real-vs-stylegan2``: Unsplash portraits and aligned StyleGAN2
faces, the hard case for perceptual hashes because the faces are framed alike) plus procedural
pictures (:func:`vetlink.photo.synthetic.synthetic_photo`: gradients and shapes, saturated
colours: the hard case for colour shifts). Nothing is written outside a temporary folder.

    .venv/bin/python bench/photo_bench.py [--distinct 10000] [--stored 100000] [--no-legacy]
    .venv/bin/python bench/photo_bench.py --throughput-only [--against /tmp/photo-base/src]
    .venv/bin/python bench/photo_bench.py --json  # throughput figures (bench/throughput.py)

The throughput section (``bench/photo_throughput.py``) times the decode alone (the baseline)
and the full photo check (decode, EXIF, resize, hashes, faces, AI-face model, lookup in an
index of ``--index-photos`` photos, signals) in the same run, in photos per CPU second of one
process with every library on one thread, prints CPU time per stage, a cProfile summary and
peak memory, and with ``--against SRC`` the same figures for the code in ``SRC`` (e.g.
``git archive 192e991 src | tar -x -C /tmp/photo-base``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from PIL import Image, ImageOps  # noqa: E402
from scipy.fft import dctn  # noqa: E402

from vetlink.photo.hashing import (  # noqa: E402
    KINDS,
    PhotoPrint,
    crop_boxes,
    pack_bits,
    photo_print,
    working_copy,
)
from vetlink.photo.index import PhotoIndex, nearest  # noqa: E402
from vetlink.photo.synthetic import TRANSFORMS, synthetic_photo  # noqa: E402

FACES = "faces-real-vs-stylegan2"
Hasher = Callable[[Image.Image], PhotoPrint]


def _legacy_dct_bits(values: np.ndarray) -> np.ndarray:
    low = dctn(values, type=2, norm="ortho")[:8, :8]
    return low > np.median(low)


def _legacy_view_hashes(view: Image.Image) -> list[np.uint64]:
    bilinear = Image.Resampling.BILINEAR
    grey = view.convert("L")
    grey32 = np.asarray(grey.resize((32, 32), bilinear), dtype=np.float64)
    grey9 = np.asarray(grey.resize((9, 8), bilinear), dtype=np.int16)
    eq8 = np.asarray(ImageOps.equalize(grey.resize((8, 8), bilinear)), dtype=np.float64)
    rgb32 = np.asarray(view.resize((32, 32), bilinear), dtype=np.float64)
    grad_y, grad_x = np.gradient(rgb32, axis=(0, 1))
    edges = np.hypot(grad_x, grad_y).max(axis=2)
    bits = [_legacy_dct_bits(grey32), grey9[:, 1:] > grey9[:, :-1], eq8 > eq8.mean(),
            _legacy_dct_bits(edges)]
    return [np.uint64(pack_bits(b)) for b in bits]


def _legacy_hashes_of(rgb: Image.Image) -> np.ndarray:
    rows = [_legacy_view_hashes(rgb.crop(box)) for box in crop_boxes(*rgb.size)]
    return np.array(rows, dtype=np.uint64).reshape(-1, len(KINDS))


def legacy_photo_print(image: Image.Image) -> PhotoPrint:
    """The earlier implementation (each view cut, converted and resized by Pillow on its own):
    the baseline for the hashing figures only."""
    rgb = working_copy(image)
    grey = rgb.convert("L")
    small = np.asarray(grey.resize((32, 32), Image.Resampling.BILINEAR), dtype=np.float64)
    return PhotoPrint(direct=_legacy_hashes_of(rgb),
                      mirrored=_legacy_hashes_of(ImageOps.mirror(rgb)),
                      flat=min(grey.size) < 8 or float(small.std()) < 2.0)


def shared_faces() -> list[Path]:
    env = os.environ.get("VETLINK_SHARED_DATA")
    root = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    return sorted((root / FACES).glob("*/*.jpg"))


def prints_of(images: list[Image.Image], hasher: Hasher = photo_print) -> list[PhotoPrint]:
    from joblib import Parallel, delayed

    return list(Parallel(n_jobs=2)(delayed(hasher)(im) for im in images))


def stack(prints: list[PhotoPrint]) -> np.ndarray:
    return np.stack([p.direct for p in prints])


def recall_table(bases: dict[str, list[Image.Image]], stored: np.ndarray, offsets: dict[str, int],
                 hasher: Hasher = photo_print) -> None:
    print(f"\n## Reuse recall per transformation, {hasher.__name__} "
          "(copy searched among all distinct images)")
    print("| transformation | " + " | ".join(f"{k} recall" for k in bases) + " | wrong matches |")
    print("|---|" + "---|" * (len(bases) + 1))
    for name, transform in TRANSFORMS.items():
        cells, wrong = [], 0
        for set_name, images in bases.items():
            queries = prints_of([transform(im) for im in images], hasher)
            found = 0
            for i, query in enumerate(queries):
                hits = nearest(query, stored, 14)
                found += (offsets[set_name] + i) in hits
                wrong += len(set(hits) - {offsets[set_name] + i})
            cells.append(f"{found}/{len(images)} ({found / len(images):.1%})")
        print(f"| {name} | " + " | ".join(cells) + f" | {wrong} |")


def false_matches(prints: list[PhotoPrint], stored: np.ndarray, labels: list[str],
                  name: str = photo_print.__name__) -> None:
    print(f"\n## False matches among {len(prints):,} distinct images, {name} "
          "(each searched against all)")
    pairs: set[tuple[int, int]] = set()
    for i, query in enumerate(prints):
        for j in nearest(query, stored, 14):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    kinds: dict[str, int] = {}
    for i, j in pairs:
        key = f"{labels[i]}-{labels[j]}"
        kinds[key] = kinds.get(key, 0) + 1
    total = len(prints) * (len(prints) - 1) // 2
    print(f"false-matching pairs: {len(pairs)} of {total:,} pairs; by kind: {kinds or 'none'}")


def throughput(args: argparse.Namespace) -> dict[str, object] | None:
    """Decode-only baseline and full path in the same run, per-stage CPU time, before/after
    with ``--against`` (see ``bench/photo_throughput.py``). Returns the JSON document with
    ``--json``, else prints the tables."""
    import photo_throughput as tp

    results, before = tp.run(args, tp.photo_sets(args.photos, args.large), args.index_photos)
    if args.json:
        return tp.document(results, before, args.index_photos)
    print(f"\n# Photo path throughput ({args.index_photos:,} photos in the index)")
    tp.print_table(results, before)
    return None


def noisy_copies(stored: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """Fill the index to ``count`` with the real prints plus bit-flipped variants of them."""
    picks = stored[rng.integers(0, len(stored), count - len(stored))]
    flips = np.zeros(picks.shape, dtype=np.uint64)
    for _ in range(12):
        flips |= np.uint64(1) << rng.integers(0, 64, picks.shape).astype(np.uint64)
    return np.concatenate([stored, picks ^ flips])


def lookup(prints: list[PhotoPrint], stored: np.ndarray, count: int) -> None:
    rng = np.random.default_rng(0)
    big = noisy_copies(stored, count, rng)
    times = []
    for query in prints[:200]:
        start = time.perf_counter()
        nearest(query, big, 14)
        times.append(time.perf_counter() - start)
    print(f"\n## Index lookup at {len(big):,} stored photos "
          f"({big.nbytes / 1e6:.0f} MB of hashes in memory)")
    print(f"- in-memory search: median {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {np.percentile(times, 95) * 1000:.1f} ms per query (200 queries)")
    sqlite_roundtrip(big, prints[0])


def sqlite_roundtrip(big: np.ndarray, query: PhotoPrint) -> None:
    with tempfile.TemporaryDirectory() as folder:
        index = PhotoIndex.open(Path(folder))
        start = time.perf_counter()
        index.add_prints((PhotoPrint(row, row), "bench", "", "2026-01-01", "reported")
                         for row in big)
        insert = time.perf_counter() - start
        start = time.perf_counter()
        index.search(query)
        first = time.perf_counter() - start
        start = time.perf_counter()
        index.search(query)
        second = time.perf_counter() - start
    print(f"- SQLite: bulk import {len(big) / insert:,.0f} photos/s; first search "
          f"(loads the table) {first * 1000:.0f} ms, next search {second * 1000:.1f} ms")


def agreement(prints: list[PhotoPrint], legacy: list[PhotoPrint]) -> None:
    """How far the current hashes are from the legacy ones (prints stored by the earlier code
    must keep matching)."""
    same = sum(np.array_equal(a.direct, b.direct) and np.array_equal(a.mirrored, b.mirrored)
               and a.flat == b.flat for a, b in zip(prints, legacy, strict=True))
    bits = np.concatenate([np.bitwise_count(a.direct ^ b.direct).ravel()
                           for a, b in zip(prints, legacy, strict=True)])
    print(f"\n## Current vs legacy hashes: {same:,} of {len(prints):,} prints identical; "
          f"differing bits per 64-bit hash: mean {bits.mean():.4f}, max {bits.max()}")


def hash_all(images: list[Image.Image], hasher: Hasher) -> list[PhotoPrint]:
    start = time.perf_counter()
    prints = prints_of(images, hasher)
    print(f"({hasher.__name__}: hashed {len(prints):,} images in "
          f"{time.perf_counter() - start:.0f} s on 2 processes)")
    return prints


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--distinct", type=int, default=10_000)
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--recall-synthetic", type=int, default=400)
    parser.add_argument("--no-legacy", action="store_true",
                        help="skip the legacy_photo_print baseline (recall and speed)")
    parser.add_argument("--throughput-only", action="store_true",
                        help="only the decode-only vs full path figures and the stage table")
    parser.add_argument("--json", action="store_true",
                        help="the throughput figures as one JSON document (implies "
                        "--throughput-only)")
    parser.add_argument("--against", type=Path, help="another src/ tree (the code before) "
                        "measured in the same run, on the same photos and index")
    parser.add_argument("--photos", type=int, default=120, help="shared faces timed")
    parser.add_argument("--large", type=int, default=20, help="1600x1600 JPEGs timed")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2, help="throughput: best of N rounds")
    parser.add_argument("--index-photos", type=int, default=10_000,
                        help="photos in the index the full path searches")
    args = parser.parse_args()
    if args.json or args.throughput_only:
        doc = throughput(args)
        if doc is not None:
            print(json.dumps(doc, indent=2))
        return
    face_files = shared_faces()
    faces = [Image.open(p).convert("RGB") for p in face_files]
    synthetic = [synthetic_photo(seed) for seed in range(args.distinct - len(faces))]
    print(f"# Photo bench: {len(faces)} shared faces + {len(synthetic):,} procedural images")
    hashers: list[Hasher] = [photo_print] if args.no_legacy else [photo_print, legacy_photo_print]
    labels = ["face"] * len(faces) + ["synthetic"] * len(synthetic)
    bases = {"faces": faces, "synthetic": synthetic[: args.recall_synthetic]}
    every: dict[str, list[PhotoPrint]] = {}
    for hasher in hashers:
        prints = every[hasher.__name__] = hash_all(faces + synthetic, hasher)
        stored = stack(prints)
        false_matches(prints, stored, labels, hasher.__name__)
        recall_table(bases, stored, {"faces": 0, "synthetic": len(faces)}, hasher)
    if not args.no_legacy:
        agreement(every["photo_print"], every["legacy_photo_print"])
    throughput(args)
    prints = every["photo_print"]
    lookup(prints, stack(prints), args.stored)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
