"""Photo test helpers: images made in the test (synthetic) or read from the shared face data
at test time (never copied into the repository)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from vetlink.photo.synthetic import synthetic_photo

FACES = "faces-real-vs-stylegan2"


def encode(image: Image.Image, fmt: str = "JPEG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def write(path: Path, image: Image.Image, fmt: str = "JPEG") -> Path:
    path.write_bytes(encode(image, fmt))
    return path


@pytest.fixture
def picture() -> Image.Image:
    return synthetic_photo(1)


@pytest.fixture
def faces_dir(shared_data: Path) -> Path:
    path = shared_data / FACES
    if not path.is_dir():
        pytest.skip(f"{FACES} not in the shared data")
    return path


def face(faces_dir: Path, name: str) -> Image.Image:
    """A shared face photo, slightly cropped (a small crop, read at test time)."""
    image = Image.open(faces_dir / name).convert("RGB")
    return image.crop((6, 6, image.width - 6, image.height - 6))
