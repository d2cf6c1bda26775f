"""Reading an image safely: a size limit on the file, a limit on the declared pixel count
(image bombs), truncated files, odd modes (CMYK, palette, 16-bit, alpha), animations (first
frame), HEIC (through pillow-heif), EXIF rotation. Memory stays bounded: JPEGs are decoded at a
reduced scale (``Image.draft``) and every image is shrunk to ``WORK_SIDE`` before analysis.

Anything that is not a readable image raises :class:`vetlink.errors.InputError` with one clear
sentence; nothing here lets a Pillow exception escape.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from vetlink.errors import InputError, InputTooLarge, UnsupportedFormat
from vetlink.ingest.budget import check
from vetlink.ingest.common import read_bytes
from vetlink.photo.stages import StageTimes, timed

MAX_PIXELS = 40_000_000  # declared width x height; 40 megapixels is far above any profile photo
WORK_SIDE = 1024  # longest side kept for analysis
BOMB = "the image declares too many pixels (an image bomb?)"
READABLE = "JPEG, PNG, GIF, WebP, BMP, TIFF or HEIC"
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")


@dataclass(frozen=True)
class LoadedImage:
    """An RGB image ready for analysis, and what the file declared."""

    image: Image.Image  # RGB, longest side at most WORK_SIDE
    format: str
    width: int  # as declared by the file
    height: int
    frames: int = 1
    had_alpha: bool = False


def looks_like_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def register_heif() -> None:
    """Let Pillow open HEIC/AVIF, when pillow-heif is installed (imported only when needed)."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        raise UnsupportedFormat(
            "this looks like a HEIC photo, but HEIC support (pillow-heif) is not installed; "
            "convert it to JPEG first"
        ) from None
    register_heif_opener()


def open_image(data: bytes, where: str) -> Image.Image:
    """Open (header only) and refuse image bombs before any pixel is decoded."""
    heif = looks_like_heif(data)
    if heif:
        register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputTooLarge(f"{where}: {BOMB}") from None
    except Image.UnidentifiedImageError:
        kind = "a HEIC photo that cannot be read" if heif else "not an image"
        raise UnsupportedFormat(f"{where}: {kind}; give a {READABLE} file") from None
    except (OSError, ValueError, SyntaxError, RuntimeError) as exc:
        kind = "HEIC photo" if heif else "image"
        raise InputError(f"{where}: the {kind} cannot be read ({exc})") from None
    check_pixels(image, where)
    return image


def check_pixels(image: Image.Image, where: str) -> None:
    width, height = image.size
    if width < 1 or height < 1:
        raise InputError(f"{where}: the image has no pixels ({width}x{height})")
    if width * height > MAX_PIXELS:
        raise InputTooLarge(
            f"{where}: the image declares {width}x{height} pixels, more than the "
            f"{MAX_PIXELS:,} allowed (an image bomb?)"
        )


def decode(image: Image.Image, where: str, times: StageTimes | None = None) -> Image.Image:
    """Decode the first frame at a bounded size and return it as RGB on white. The pixel
    limit was checked on the declared size (:func:`open_image`) before this: a reduced-scale
    JPEG decode never lets a larger image through."""
    try:
        image.seek(0)
        if image.format == "JPEG":
            image.draft("RGB", (WORK_SIDE, WORK_SIDE))
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with timed(times, "decode"):
                image.load()
            with timed(times, "EXIF / metadata"):
                ImageOps.exif_transpose(image, in_place=True)
            with timed(times, "resize + RGB"):
                image.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.LANCZOS)
                return to_rgb(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputTooLarge(f"{where}: {BOMB}") from None
    except (OSError, ValueError, SyntaxError, EOFError, RuntimeError) as exc:
        raise InputError(f"{where}: the image is damaged or truncated ({exc})") from None


def to_rgb(image: Image.Image) -> Image.Image:
    """Any mode -> RGB; transparency is composited on white (how a site shows it)."""
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        image = ImageOps.autocontrast(image.convert("F").convert("L") if image.mode == "F"
                                      else image.point(lambda v: v / 256).convert("L"))
    if has_alpha(image):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        canvas.alpha_composite(rgba)
        return canvas.convert("RGB")
    return image if image.mode == "RGB" else image.convert("RGB")


def has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    )


def load_image_bytes(data: bytes, where: str = "photo",
                     times: StageTimes | None = None) -> LoadedImage:
    """Bytes -> LoadedImage, or InputError naming the problem."""
    if not data:
        raise InputError(f"{where}: is empty")
    check(where, "input_bytes", len(data))
    with timed(times, "open + pixel limit"):
        image = open_image(data, where)
        fmt = "HEIC" if looks_like_heif(data) else (image.format or "unknown")
        width, height = image.size
        frames = int(getattr(image, "n_frames", 1) or 1)
        alpha = has_alpha(image)
    rgb = decode(image, where, times)
    return LoadedImage(rgb, fmt, width, height, frames, alpha)


def read_photo(source: Path | bytes, max_bytes: int) -> tuple[bytes, str]:
    """The photo's bytes (within the size limit) and a name for messages."""
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise InputTooLarge(f"photo: {len(source):,} bytes is larger than the "
                                f"{max_bytes:,} allowed")
        return source, "photo"
    if str(source).startswith(("http:/", "https:/")):
        raise InputError(f"{source}: vetlink never downloads anything; save the photo and give "
                         "the file (`vetlink photos links URL` gives reverse-search links)")
    return read_bytes(source, max_bytes), str(source)


def load_image(source: Path | bytes, max_bytes: int,
               times: StageTimes | None = None) -> tuple[bytes, LoadedImage]:
    data, where = read_photo(source, max_bytes)
    return data, load_image_bytes(data, where, times)
