"""Photo path equivalence: the same findings, model outputs, hashes and refusals per photo
from two versions of the code, and an index written by the older one still matching.

    .venv/bin/python bench/photo_equivalence.py --against /tmp/photo-base/src

``--against SRC`` runs this script once with ``SRC`` first on the import path (the "before"
code: it builds a photo index and records every photo's result), then once with this
checkout's ``src`` (the "after" code, reading the index the "before" code wrote), and compares:
findings (id, severity, evidence), things not checked, model outputs (probability and
contributions), the AI-face model's input features (bit for bit), the 38 x 4 hashes of the
photo and of its mirror (Hamming distances old-vs-new), and the error of every refused input.
It exits 1 when a finding, a model output or a refusal differs. ``--save FOLDER`` keeps the
"before" record and index, to compare again with ``--before FOLDER``.

The photos: the shared faces (``faces-real-vs-stylegan2``, as given) and, made here from them,
large JPEGs (the reduced-scale decode), PNGs with transparency, EXIF-rotated, greyscale, CMYK,
narrow portrait crops, an animated GIF, procedural pictures, blank ones, and hostile inputs
(a bomb header, truncated files). Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

FACES = "faces-real-vs-stylegan2"
INDEXED_FACES = 120  # the first faces (by name) go into the index under their own persona
INDEXED_SYNTHETIC = 20
PERSONA = "Checked Persona"


def shared_faces() -> list[Path]:
    root = Path(os.environ.get("VETLINK_SHARED_DATA", "/work/shared/data"))
    return sorted((root / FACES).glob("*/*.jpg"))


def encode(image: Any, fmt: str = "JPEG", **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def png_declaring(side: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (len(body).to_bytes(4, "big") + kind + body
                + zlib.crc32(kind + body).to_bytes(4, "big"))

    header = side.to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def derived(faces: list[Path]) -> dict[str, bytes]:
    """Inputs made from the shared faces and procedural pictures (deterministic)."""
    from PIL import Image, ImageOps

    from vetlink.photo.synthetic import synthetic_photo

    photos: dict[str, bytes] = {}
    picks = faces[::12]  # ~40 faces spread over both classes
    for i, path in enumerate(picks):
        name = path.parent.name + "/" + path.stem
        image = Image.open(path).convert("RGB")
        if i % 4 == 0:
            photos[f"{name}@1600jpeg"] = encode(image.resize((1600, 1600)), quality=88)
        if i % 4 == 1:
            rgba = image.resize((700, 700)).convert("RGBA")
            alpha = Image.linear_gradient("L").resize((700, 700))
            rgba.putalpha(alpha.point(lambda v: 255 - v // 3))
            photos[f"{name}@png-alpha"] = encode(rgba, "PNG")
        if i % 4 == 2:
            exif = Image.Exif()
            exif[0x0112] = 6  # rotated 90 degrees
            photos[f"{name}@exif-rotated"] = encode(image.transpose(Image.Transpose.ROTATE_90),
                                                   exif=exif.tobytes())
        if i % 4 == 3:
            photos[f"{name}@grey"] = encode(ImageOps.grayscale(image))
        if i % 6 == 0:
            photos[f"{name}@cmyk"] = encode(image.convert("CMYK"))
            narrow = image.crop((60, 0, 240, 270)).resize((400, 600))
            photos[f"{name}@portrait-2x3"] = encode(narrow)
            photos[f"{name}@webp"] = encode(image, "WEBP", quality=80)
    for seed in range(40):
        photos[f"synthetic/{seed}"] = encode(synthetic_photo(seed))
    photos["synthetic/big-png"] = encode(synthetic_photo(7, size=1400), "PNG")
    frames = [synthetic_photo(s) for s in (50, 51, 52)]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=100)
    photos["synthetic/animated-gif"] = gif.getvalue()
    photos["blank/white"] = encode(Image.new("RGB", (300, 300), "white"))
    photos["blank/1x1"] = encode(Image.new("RGB", (1, 1), "red"), "PNG")
    photos["blank/4x40"] = encode(Image.new("RGB", (4, 40), "blue"), "PNG")
    whole = encode(synthetic_photo(3))
    photos["hostile/truncated-jpeg"] = whole[: len(whole) // 2]
    photos["hostile/bomb-png"] = png_declaring(100_000)
    photos["hostile/8000-png"] = png_declaring(8_000)
    photos["hostile/text"] = b"not an image at all\n" * 30
    return photos


def corpus() -> dict[str, bytes]:
    faces = shared_faces()
    photos = {f"{p.parent.name}/{p.stem}": p.read_bytes() for p in faces}
    photos.update(derived(faces))
    return photos


def build_index(data_dir: Path, photos: dict[str, bytes]) -> None:
    from PIL import Image

    from vetlink.photo.index import PhotoIndex
    from vetlink.photo.load import load_image_bytes

    index = PhotoIndex.open(data_dir)
    names = sorted(n for n in photos if n.startswith(("real/", "fake/")) and "@" not in n)
    for name in names[:INDEXED_FACES]:
        index.add(photos[name], f"Persona {name}", name, "2026-01-01", "hostile")
    for seed in range(INDEXED_SYNTHETIC):
        image = load_image_bytes(photos[f"synthetic/{seed}"]).image
        index.add(image.resize((200, 200), Image.Resampling.LANCZOS), f"Synthetic {seed}",
                  "", "2026-01-02", "reported")


def record(data: bytes) -> dict[str, Any]:
    from vetlink.errors import VetlinkError
    from vetlink.photo import check_photo
    from vetlink.signals.base import Context

    try:
        part = check_photo(data, Context(), persona=PERSONA)
    except VetlinkError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    fp = part.fingerprint
    return {
        "geometry": detected(data),
        "features": model_inputs(data),
        "findings": [[f.id, f.severity, f.evidence, f.where] for f in part.findings],
        "not_checked": list(part.not_checked),
        "models": [[m.name, m.version, m.probability, m.contributions] for m in part.models],
        "direct": [f"{int(v):016x}" for v in fp.direct.ravel()],
        "mirrored": [f"{int(v):016x}" for v in fp.mirrored.ravel()],
        "flat": bool(fp.flat),
    }


def detected(data: bytes) -> dict[str, Any]:
    """The faces (fractions of the image) and the main face's eye centres found."""
    from vetlink.photo.faces import find_faces
    from vetlink.photo.load import load_image_bytes

    geometry = find_faces(load_image_bytes(data).image)
    return {"faces": [list(box) for box in geometry.faces],
            "main": list(geometry.main) if geometry.main else None,
            "eyes": [list(point) for point in geometry.eyes] if geometry.eyes else None}


def iou(a: list[float], b: list[float]) -> float:
    width = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    height = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = width * height
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def detection_report(before: dict[str, Any], after: dict[str, Any]) -> None:
    """What a change of the face or eye detector changed: faces found, the main face's box,
    eyes found and where, the AI-face probability, and the photo findings that moved."""
    names = [n for n in sorted(before) if "geometry" in before[n] and "geometry" in after[n]]
    if not names:
        return
    old = {n: before[n]["geometry"] for n in names}
    new = {n: after[n]["geometry"] for n in names}
    lost = [n for n in names if old[n]["main"] and not new[n]["main"]]
    gained = [n for n in names if new[n]["main"] and not old[n]["main"]]
    both = [n for n in names if old[n]["main"] and new[n]["main"]]
    ious = sorted(iou(old[n]["main"], new[n]["main"]) for n in both)
    moved = [n for n, value in zip(both, [iou(old[n]["main"], new[n]["main"]) for n in both],
                                   strict=True) if value < 0.5]
    count_changed = [n for n in both if len(old[n]["faces"]) != len(new[n]["faces"])]
    eyes_lost = [n for n in names if old[n]["eyes"] and not new[n]["eyes"]]
    eyes_gained = [n for n in names if new[n]["eyes"] and not old[n]["eyes"]]
    shifts = sorted(max(abs(a - b) for p, q in zip(old[n]["eyes"], new[n]["eyes"], strict=True)
                        for a, b in zip(p, q, strict=True))
                    for n in names if old[n]["eyes"] and new[n]["eyes"])
    print(f"\n## Detection before -> after ({len(names)} photos checked by both)")
    print(f"- main face found by both: {len(both)}; found only before: {len(lost)} {lost[:8]}; "
          f"only after: {len(gained)} {gained[:8]}")
    if ious:
        print(f"- main face box overlap (IoU) where both found one: median "
              f"{ious[len(ious) // 2]:.3f}, minimum {ious[0]:.3f}; under 0.5 (a different "
              f"face): {len(moved)} {moved[:8]}; number of faces differs: {len(count_changed)}")
    print(f"- both eyes found before, not after: {len(eyes_lost)} {eyes_lost[:8]}; after, not "
          f"before: {len(eyes_gained)} {eyes_gained[:8]}")
    if shifts:
        identical = sum(value == 0 for value in shifts)
        print(f"- eye centres where both found them: {identical} of {len(shifts)} identical; "
              f"largest shift {shifts[-1]:.4f} of the image side")
    probability_report(before, after, names)


def probability_report(before: dict[str, Any], after: dict[str, Any], names: list[str]) -> None:
    def probability(record: dict[str, Any]) -> float | None:
        return next((m[2] for m in record.get("models", []) if m[0] == "ai_face"), None)

    def ids(record: dict[str, Any]) -> list[str]:
        return sorted(f[0] for f in record.get("findings", []))

    pairs = [(probability(before[n]), probability(after[n])) for n in names]
    scored = [abs(a - b) for a, b in pairs if a is not None and b is not None]
    only = sum((a is None) != (b is None) for a, b in pairs)
    findings_moved = [n for n in names if ids(before[n]) != ids(after[n])]
    if scored:
        print(f"- AI-face probability where both ran the model ({len(scored)}): identical "
              f"{sum(d == 0 for d in scored)}, |change| > 0.05: {sum(d > 0.05 for d in scored)},"
              f" largest {max(scored):.4f}; model ran only before or only after: {only}")
    print(f"- photos whose finding ids changed: {len(findings_moved)} {findings_moved[:8]}")


def model_inputs(data: bytes) -> dict[str, str] | None:
    """The AI-face model's input features (exact, as hex floats), when a face is found."""
    from vetlink.photo.faces import find_faces
    from vetlink.photo.features import image_features
    from vetlink.photo.load import load_image_bytes

    image = load_image_bytes(data).image
    geometry = find_faces(image)
    if not geometry.faces or min(image.size) < 8:
        return None
    return {name: float(value).hex() for name, value in image_features(image, geometry).items()}


def dump(data_dir: Path, out: Path, build: bool) -> None:
    os.environ["VETLINK_DATA_DIR"] = str(data_dir)
    photos = corpus()
    if build:
        build_index(data_dir, photos)
    records = {name: record(data) for name, data in photos.items()}
    out.write_text(json.dumps(records, indent=0, sort_keys=True))


def run_with(src: Path, data_dir: Path, out: Path, build: bool) -> None:
    env = {**os.environ, "PYTHONPATH": str(src), "VETLINK_DATA_DIR": str(data_dir)}
    command = [sys.executable, __file__, "--dump", str(out), "--data-dir", str(data_dir)]
    subprocess.run(command + (["--build-index"] if build else []), env=env, check=True)


def hamming(a: list[str], b: list[str]) -> list[int]:
    return [bin(int(x, 16) ^ int(y, 16)).count("1") for x, y in zip(a, b, strict=True)]


def compare(before: dict[str, Any], after: dict[str, Any]) -> bool:
    names = sorted(before)
    assert sorted(after) == names, "the two runs checked different photos"
    differ: dict[str, list[str]] = {"findings": [], "not_checked": [], "models": [],
                                    "error": [], "flat": [], "features": [], "geometry": []}
    bits: list[int] = []
    same_prints = 0
    for name in names:
        old, new = before[name], after[name]
        for key in differ:
            if old.get(key) != new.get(key):
                differ[key].append(name)
        if "direct" in old and "direct" in new:
            moved = hamming(old["direct"] + old["mirrored"], new["direct"] + new["mirrored"])
            bits += moved
            same_prints += not any(moved)
    refused = sum("error" in before[n] for n in names)
    fired = sum(len(before[n].get("findings", [])) for n in names)
    print(f"# Photo path equivalence over {len(names)} photos ({refused} refused inputs, "
          f"{fired} findings before)")
    for key, where in differ.items():
        print(f"- {key}: {'identical' if not where else f'{len(where)} differ: {where[:8]}'}")
    hashed = len(names) - refused
    histogram: dict[int, int] = {}
    for value in bits:
        histogram[value] = histogram.get(value, 0) + 1
    print(f"- prints bit-identical: {same_prints} of {hashed}; Hamming distance per 64-bit hash "
          f"old vs new: {dict(sorted(histogram.items()))} (index match threshold: summed "
          "p+d+a distance 14)")
    detection_report(before, after)
    return not any(differ[k] for k in ("findings", "models", "error", "not_checked"))



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, help="the 'before' source tree (its src/)")
    parser.add_argument("--save", type=Path,
                        help="keep the 'before' record and the index it wrote in this folder")
    parser.add_argument("--before", type=Path, help="a folder kept with --save, instead of "
                        "running --against again")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build-index", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(args.data_dir, args.dump, args.build_index)
        return
    if not args.against and not args.before:
        parser.error("give --against SRC (or --before FOLDER)")
    here = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory() as folder:
        kept = args.before or args.save or Path(folder)
        data_dir, old = kept / "data", kept / "before.json"
        if not args.before:
            data_dir.mkdir(parents=True, exist_ok=True)
            run_with(args.against, data_dir, old, build=True)
        new = Path(folder) / "after.json"
        work = Path(folder) / "after-data"  # a copy: the saved index stays as the old code wrote it
        shutil.copytree(data_dir, work)
        run_with(here, work, new, build=False)
        ok = compare(json.loads(old.read_text()), json.loads(new.read_text()))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
