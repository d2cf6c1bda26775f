"""Procedural test images and the copy transformations a reused photo goes through, shared by
the tests and ``bench/photo_bench.py`` (nothing here is used at run time)."""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

LANCZOS = Image.Resampling.LANCZOS


def synthetic_photo(seed: int, size: int = 320) -> Image.Image:
    """A distinct, photo-like picture: a smooth two-colour gradient with random shapes,
    blurred a little, plus sensor-like noise."""
    rng = np.random.default_rng(seed)
    ramp = np.linspace(0, 1, size)
    angle = rng.uniform(0, np.pi)
    t = np.clip(np.add.outer(ramp * np.sin(angle), ramp * np.cos(angle)) / 1.5, 0, 1)
    a, b = rng.uniform(0, 255, 3), rng.uniform(0, 255, 3)
    base = (a[None, None] * (1 - t[..., None]) + b[None, None] * t[..., None]).astype(np.uint8)
    image = Image.fromarray(base, "RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(4, 10))):
        x0, y0 = rng.uniform(-0.2, 1.0, 2) * size
        w, h = rng.uniform(0.1, 0.6, 2) * size
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x0, y0, x0 + w, y0 + h), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 2.5))))
    noise = rng.normal(0, 4, (size, size, 3))
    return Image.fromarray(np.clip(np.asarray(image) + noise, 0, 255).astype(np.uint8), "RGB")


def jpeg(image: Image.Image, quality: int = 50) -> Image.Image:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def crop(image: Image.Image, fraction: float, seed: int = 0) -> Image.Image:
    """Cut ``fraction`` of the width and of the height away, split at random between sides."""
    rng = np.random.default_rng(seed)
    width, height = image.size
    dx, dy = round(width * fraction), round(height * fraction)
    left, top = int(rng.integers(0, dx + 1)), int(rng.integers(0, dy + 1))
    return image.crop((left, top, width - (dx - left), height - (dy - top)))


def colour_shift(image: Image.Image) -> Image.Image:
    """A warm filter: hue rotated a little, red up, blue down, saturation up."""
    hsv = np.asarray(image.convert("HSV")).astype(np.int16)
    hsv[..., 0] = (hsv[..., 0] + 12) % 256
    shifted = Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB")
    r, g, b = (np.asarray(c, dtype=np.float64) for c in shifted.split())
    warm = np.stack([r * 1.12, g, b * 0.85], axis=-1).clip(0, 255).astype(np.uint8)
    return ImageEnhance.Color(Image.fromarray(warm, "RGB")).enhance(1.3)


def content_seed(image: Image.Image) -> int:
    """A seed that differs between images, so crops are not all placed alike."""
    return int(np.asarray(image.resize((8, 8)), dtype=np.int64).sum())


TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "resize to half": lambda im: im.resize((im.width // 2, im.height // 2), LANCZOS),
    "resize to double": lambda im: im.resize((im.width * 2, im.height * 2), LANCZOS),
    "JPEG quality 50": jpeg,
    "crop 5%": lambda im: crop(im, 0.05, seed=content_seed(im)),
    "crop 10%": lambda im: crop(im, 0.10, seed=content_seed(im) + 1),
    "mirror": ImageOps.mirror,
    "colour shift": colour_shift,
    "greyscale": lambda im: ImageOps.grayscale(im).convert("RGB"),
    "crop 8% + mirror + JPEG 70": lambda im: jpeg(
        ImageOps.mirror(crop(im, 0.08, seed=content_seed(im) + 2)), 70
    ),
}
