"""Perceptual hashes of a photo: three kinds, 64 bits each, of the photo, of slightly cropped
views of it, and of its mirror image.

- ``p``: pHash, the signs of the 8x8 lowest DCT frequencies of a 32x32 grey thumbnail
  (robust to resizing and re-compression);
- ``d``: dHash, whether each pixel of a 9x8 grey thumbnail is brighter than its right neighbour
  (robust to brightness and contrast changes);
- ``a``: aHash of the histogram-equalised 8x8 grey thumbnail (insensitive to tone curves);
- ``e``: pHash of the colour edge map (the strongest gradient over R, G and B of a 32x32
  thumbnail): where the edges are does not change when colours are shifted, which moves the
  grey-level hashes of saturated pictures a lot.

A perceptual hash moves a lot when a photo is cropped, so a photo is also hashed after cutting
4% and 8% of its width and height away at nine placements (``VIEWS``): a cropped copy of an
indexed photo lands near one of these views, and a cropped photo in the index lands near one of
the views of the full copy. The distance between two photos is the sum of the ``p``, ``d`` and
``a`` Hamming distances (0-192); :mod:`vetlink.photo.index` decides what is a match
(``e`` vouches for recoloured copies). All pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps
from scipy.fft import dctn

KINDS = ("p", "d", "a", "e")
CROPS = (0.04, 0.08)
PLACES = (0.0, 0.5, 1.0)
VIEWS = 1 + len(CROPS) * len(PLACES) ** 2  # the whole photo, then the cropped views
BASE_SIDE = 160  # grey working copy the views are cut from
_BITS = np.uint64(1) << np.arange(64, dtype=np.uint64)


@dataclass(frozen=True)
class PhotoPrint:
    """The hashes of one photo.

    ``direct[v, k]`` is hash kind ``KINDS[k]`` of view ``v`` (view 0 is the whole photo);
    ``mirrored`` is the same for the mirror image. ``flat`` marks a photo with too little
    structure to compare (blank, a single colour, 1x1).
    """

    direct: np.ndarray  # uint64, shape (VIEWS, len(KINDS))
    mirrored: np.ndarray  # uint64, shape (VIEWS, len(KINDS))
    flat: bool = False

    def whole(self) -> dict[str, str]:
        """The whole-photo hashes as hex, e.g. for a report."""
        return {kind: f"{int(self.direct[0, i]):016x}" for i, kind in enumerate(KINDS)}


def pack_bits(bits: np.ndarray) -> np.uint64:
    """64 booleans -> one unsigned int (bit i = element i in row-major order)."""
    flat = np.asarray(bits, dtype=bool).reshape(-1)
    return np.bitwise_or.reduce(_BITS[flat], initial=np.uint64(0))


def dct_bits(values: np.ndarray) -> np.ndarray:
    low = dctn(values, type=2, norm="ortho")[:8, :8]
    return low > np.median(low)


def colour_edges(rgb32: np.ndarray) -> np.ndarray:
    grad_y, grad_x = np.gradient(rgb32, axis=(0, 1))
    return np.hypot(grad_x, grad_y).max(axis=2)


def view_hashes(view: Image.Image) -> list[np.uint64]:
    """The four hashes of one RGB view."""
    bilinear = Image.Resampling.BILINEAR
    grey = view.convert("L")
    grey32 = np.asarray(grey.resize((32, 32), bilinear), dtype=np.float64)
    grey9 = np.asarray(grey.resize((9, 8), bilinear), dtype=np.int16)
    eq8 = np.asarray(ImageOps.equalize(grey.resize((8, 8), bilinear)), dtype=np.float64)
    rgb32 = np.asarray(view.resize((32, 32), bilinear), dtype=np.float64)
    return [
        pack_bits(dct_bits(grey32)),
        pack_bits(grey9[:, 1:] > grey9[:, :-1]),
        pack_bits(eq8 > eq8.mean()),
        pack_bits(dct_bits(colour_edges(rgb32))),
    ]


def crop_boxes(width: int, height: int) -> list[tuple[int, int, int, int]]:
    boxes = [(0, 0, width, height)]
    for cut in CROPS:
        dx, dy = round(width * cut), round(height * cut)
        for fx in PLACES:
            for fy in PLACES:
                left, top = round(dx * fx), round(dy * fy)
                boxes.append((left, top, width - (dx - left), height - (dy - top)))
    return boxes


def hashes_of(rgb: Image.Image) -> np.ndarray:
    rows = [view_hashes(rgb.crop(box)) for box in crop_boxes(*rgb.size)]
    return np.array(rows, dtype=np.uint64)


def is_flat(grey: Image.Image) -> bool:
    """True when the photo has too little structure for a hash to mean anything."""
    if min(grey.size) < 8:
        return True
    small = np.asarray(grey.resize((32, 32), Image.Resampling.BILINEAR), dtype=np.float64)
    return float(small.std()) < 2.0


def working_copy(image: Image.Image) -> Image.Image:
    rgb = image.convert("RGB")
    if max(rgb.size) > BASE_SIDE:
        rgb.thumbnail((BASE_SIDE, BASE_SIDE), Image.Resampling.BILINEAR)
    return rgb


def photo_print(image: Image.Image) -> PhotoPrint:
    """Hash an image (any mode) and its mirror, whole and in cropped views."""
    rgb = working_copy(image)
    return PhotoPrint(
        direct=hashes_of(rgb),
        mirrored=hashes_of(ImageOps.mirror(rgb)),
        flat=is_flat(rgb.convert("L")),
    )


def popcount(values: np.ndarray) -> np.ndarray:
    return np.bitwise_count(values)
