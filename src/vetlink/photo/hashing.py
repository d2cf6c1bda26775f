"""Perceptual hashes of a photo: three kinds, 64 bits each, of the photo, of slightly cropped
views of it, and of its mirror image.

- ``p``: pHash, the signs of the 8x8 lowest DCT frequencies of a 32x32 grey thumbnail
  (robust to resizing and re-compression);
- ``d``: dHash, whether each pixel of a 9x8 grey thumbnail is brighter than its right neighbour
  (robust to brightness and contrast changes);
- ``a``: aHash of the 8x8 grey thumbnail (this was meant to be histogram-equalised, but
  Pillow's ``equalize`` of 64 pixels is the identity: its step, ``(64 - count of the top
  value) // 255``, is always 0; kept as it is so stored hashes stay valid);
- ``e``: pHash of the colour edge map (the strongest gradient over R, G and B of a 32x32
  thumbnail): where the edges are does not change when colours are shifted, which moves the
  grey-level hashes of saturated pictures a lot.

A perceptual hash moves a lot when a photo is cropped, so a photo is also hashed after cutting
4% and 8% of its width and height away at nine placements (``VIEWS``): a cropped copy of an
indexed photo lands near one of these views, and a cropped photo in the index lands near one of
the views of the full copy. The distance between two photos is the sum of the ``p``, ``d`` and
``a`` Hamming distances (0-192); :mod:`vetlink.photo.index` decides what is a match
(``e`` vouches for recoloured copies). All pure functions.

Speed: the 38 views (19 cut-outs of the photo and of its mirror) are not cut and resized one by
one. Pillow's bilinear resize is separable and linear, so each thumbnail is two matrix products
with the fixed-point weights Pillow uses (:func:`resize_weights`), horizontal pass first and
rounded to 8 bits after each pass like Pillow: for square and landscape photos the thumbnails
are the bytes Pillow's crop + resize gives, so the hashes are unchanged. (For narrow portrait
photos, about 2:3 and narrower, this Pillow build resizes vertically first in some views: a
pixel may then differ by one grey level, moving a hash by a few bits at most.) The weights are
sparse (a bilinear tap row touches at most a few dozen of the 160 pixels), so each pass is one
sparse product for every view and both sides at once (the horizontal pass shared by all views
with the same columns, 7 column ranges for 19 views; the vertical one block-diagonal over the
ranges); every term is an integer and every sum under 2**53, so the products are exact in any
order and give the bytes the earlier dense products gave. Every hash is computed for all views
at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image
from scipy.fft import dctn

KINDS = ("p", "d", "a", "e")
CROPS = (0.04, 0.08)
PLACES = (0.0, 0.5, 1.0)
VIEWS = 1 + len(CROPS) * len(PLACES) ** 2  # the whole photo, then the cropped views
BASE_SIDE = 160  # working copy the views are cut from
_BITS = np.uint64(1) << np.arange(64, dtype=np.uint64)
_PRECISION = 22  # Pillow's fixed-point bits for 8-bit resampling (32 - 8 - 2)
# grey thumbnails (width, height): 32x32 for p, 9x8 for d, 8x8 for a; colour 32x32 for e
_GREY_WIDTHS = (32, 9, 8)
_GREY_COLUMNS = sum(_GREY_WIDTHS)


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


def pack_bits(bits: np.ndarray) -> np.ndarray:
    """Booleans (..., 8, 8) or (..., 64) -> unsigned ints (bit i = element i, row-major)."""
    flat = np.asarray(bits, dtype=bool).reshape(*bits.shape[: bits.ndim - 2], 64) \
        if bits.shape[-2:] == (8, 8) else np.asarray(bits, dtype=bool)
    return np.bitwise_or.reduce(np.where(flat, _BITS, np.uint64(0)), axis=-1)


def dct_bits(values: np.ndarray) -> np.ndarray:
    """pHash bits of each (..., 32, 32) array: low 8x8 DCT frequencies above their median."""
    low = dctn(values, type=2, norm="ortho", axes=(-2, -1))[..., :8, :8]
    median = np.median(low.reshape(*low.shape[:-2], 64), axis=-1)
    return low > median[..., None, None]


def colour_edges(rgb32: np.ndarray) -> np.ndarray:
    """Strongest gradient over the colour channels of (..., 3, 32, 32) arrays."""
    grad_y, grad_x = np.gradient(rgb32, axis=(-2, -1))
    grad_y *= grad_y
    grad_x *= grad_x
    grad_x += grad_y
    return np.sqrt(grad_x.max(axis=-3))


def crop_boxes(width: int, height: int) -> list[tuple[int, int, int, int]]:
    boxes = [(0, 0, width, height)]
    for cut in CROPS:
        dx, dy = round(width * cut), round(height * cut)
        for fx in PLACES:
            for fy in PLACES:
                left, top = round(dx * fx), round(dy * fy)
                boxes.append((left, top, width - (dx - left), height - (dy - top)))
    return boxes


def _bilinear(x: float) -> float:
    x = abs(x)
    return 1.0 - x if x < 1.0 else 0.0


def resize_weights(size: int, start: int, end: int, out: int) -> np.ndarray:
    """Pillow's fixed-point bilinear weights (``precompute_coeffs`` then
    ``normalize_coeffs_8bpc`` in Resample.c) for resizing pixels ``start:end`` of a line of
    ``size`` pixels (cut out first, as ``crop`` does) to ``out`` pixels: shape (out, size)."""
    span = end - start
    scale = span / out
    filterscale = max(scale, 1.0)
    support = filterscale  # the bilinear filter's support is 1
    weights = np.zeros((out, size), dtype=np.float64)
    for xx in range(out):
        center = (xx + 0.5) * scale
        xmin = max(int(center - support + 0.5), 0)
        xmax = min(int(center + support + 0.5), span) - xmin
        taps = [_bilinear((x + xmin - center + 0.5) / filterscale) for x in range(xmax)]
        total = sum(taps)
        for x, tap in enumerate(taps):
            value = tap / total if total != 0.0 else tap
            weights[xx, start + xmin + x] = math.floor(0.5 + value * (1 << _PRECISION))
    return weights


def _round8(sums: np.ndarray) -> np.ndarray:
    """Pillow's ``clip8``, in place: fixed-point sums (exact in float64) -> 0..255."""
    sums *= 1.0 / (1 << _PRECISION)
    sums += 0.5
    np.floor(sums, out=sums)
    return np.clip(sums, 0, 255, out=sums)


@dataclass(frozen=True)
class _Plan:
    """Sparse resize weights (``scipy.sparse`` CSR; a bilinear weight row has at most a few
    dozen non-zero taps of the 160 pixels). The products are exact whatever their order: every
    term is an 8-bit value times a 22-bit integer weight, every sum under 2**53, so sparse
    products give the bytes dense ones give."""

    across_grey: Any  # (ranges * 49, width): 32 | 9 | 8 outputs per column range
    across_rgb: Any  # (ranges * 32, width)
    down_tall: Any  # block-diagonal (views * 32, ranges * height), views grouped by range
    down_short: Any  # block-diagonal (views * 8, ranges * height)
    order: np.ndarray  # the view held by each block row group (views grouped by range)
    ranges: int


@lru_cache(maxsize=64)
def resize_plan(width: int, height: int) -> _Plan:
    """The resize weights of every view of a ``width`` x ``height`` working copy."""
    from scipy import sparse  # type: ignore[import-untyped]

    boxes = crop_boxes(width, height)
    ranges = sorted({(box[0], box[2]) for box in boxes})
    views = [[v for v, box in enumerate(boxes) if (box[0], box[2]) == cut] for cut in ranges]

    def rows(view_list: list[int], out: int) -> np.ndarray:
        return np.concatenate([resize_weights(height, boxes[v][1], boxes[v][3], out)
                               for v in view_list])

    return _Plan(
        across_grey=sparse.csr_matrix(np.concatenate(
            [resize_weights(width, a, b, n) for a, b in ranges for n in _GREY_WIDTHS])),
        across_rgb=sparse.csr_matrix(np.concatenate(
            [resize_weights(width, a, b, 32) for a, b in ranges])),
        down_tall=sparse.block_diag([sparse.csr_matrix(rows(group, 32)) for group in views],
                                    format="csr"),
        down_short=sparse.block_diag([sparse.csr_matrix(rows(group, 8)) for group in views],
                                     format="csr"),
        order=np.argsort(np.concatenate(views)),
        ranges=len(ranges),
    )


def thumbnails(grey: np.ndarray, rgb: np.ndarray, plan: _Plan
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every view's thumbnails, as Pillow's crop + bilinear resize would give them.

    ``grey`` is (sides, height, width) and ``rgb`` (sides, 3, height, width), a side being
    the photo or its mirror. Returns grey 32x32, grey 9x8 (8 rows), grey 8x8 and colour
    32x32, each with leading axes (sides, VIEWS). Pillow resizes horizontally first, then
    vertically, rounding to 8 bits after each pass; so does this: one sparse product per pass
    for all views (the horizontal pass is shared by the views with the same columns)."""
    sides, height, width = grey.shape
    count = plan.ranges
    # horizontal pass: (outputs, width) @ (width, columns of pixels)
    across = _round8(plan.across_grey @ grey.transpose(2, 0, 1).reshape(width, -1))
    rgb_across = _round8(plan.across_rgb @ rgb.transpose(3, 0, 1, 2).reshape(width, -1))
    # to (ranges * height, ...) so the block-diagonal vertical weights take every range at once
    across = across.reshape(count, _GREY_COLUMNS, sides, height).transpose(0, 3, 2, 1)
    tall = _round8(plan.down_tall @ np.ascontiguousarray(across[..., :32]).reshape(
        count * height, -1))
    short = _round8(plan.down_short @ np.ascontiguousarray(across[..., 32:]).reshape(
        count * height, -1))
    rgb_across = rgb_across.reshape(count, 32, sides, 3, height).transpose(0, 4, 2, 3, 1)
    colour = _round8(plan.down_tall @ np.ascontiguousarray(rgb_across).reshape(
        count * height, -1))
    grey32 = tall.reshape(VIEWS, 32, sides, 32).transpose(2, 0, 1, 3)[:, plan.order]
    short = short.reshape(VIEWS, 8, sides, 17).transpose(2, 0, 1, 3)[:, plan.order]
    colour = colour.reshape(VIEWS, 32, sides, 3, 32).transpose(2, 0, 3, 1, 4)[:, plan.order]
    return grey32, short[..., :9], short[..., 9:], colour


def all_hashes(grey32: np.ndarray, grey9: np.ndarray, grey8: np.ndarray, rgb32: np.ndarray
               ) -> np.ndarray:
    """The hashes of every view from its thumbnails: uint64, shape (..., len(KINDS))."""
    return np.stack([
        pack_bits(dct_bits(grey32)),
        pack_bits(grey9[..., 1:] > grey9[..., :-1]),
        pack_bits(grey8 > grey8.mean(axis=(-2, -1), keepdims=True)),
        pack_bits(dct_bits(colour_edges(rgb32))),
    ], axis=-1)


def is_flat(size: tuple[int, int], grey32: np.ndarray) -> bool:
    """True when the photo has too little structure for a hash to mean anything (``grey32``:
    its 32x32 grey thumbnail)."""
    return min(size) < 8 or float(grey32.std()) < 2.0


def working_copy(image: Image.Image) -> Image.Image:
    """The RGB copy at most ``BASE_SIDE`` a side that the views are cut from (the image
    itself when it is RGB and small enough: nothing here changes it)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    if max(rgb.size) > BASE_SIDE:
        rgb = rgb.copy() if rgb is image else rgb
        rgb.thumbnail((BASE_SIDE, BASE_SIDE), Image.Resampling.BILINEAR)
    return rgb


def photo_print(image: Image.Image) -> PhotoPrint:
    """Hash an image (any mode) and its mirror, whole and in cropped views."""
    return print_of_copy(working_copy(image))


def print_of_copy(rgb: Image.Image) -> PhotoPrint:
    """The hashes of a working copy (:func:`working_copy`)."""
    grey = np.asarray(rgb.convert("L"), dtype=np.float64)
    colour = np.asarray(rgb, dtype=np.float64).transpose(2, 0, 1)
    sides = thumbnails(np.stack([grey, grey[:, ::-1]]),
                       np.stack([colour, colour[:, :, ::-1]]), resize_plan(*rgb.size))
    hashes = all_hashes(*sides)
    return PhotoPrint(direct=hashes[0], mirrored=hashes[1], flat=is_flat(rgb.size, sides[0][0, 0]))


def popcount(values: np.ndarray) -> np.ndarray:
    return np.bitwise_count(values)
