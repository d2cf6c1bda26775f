"""The vectorised view thumbnails and hashes of :mod:`vetlink.photo.hashing`."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps

from vetlink.photo.hashing import (
    crop_boxes,
    photo_print,
    resize_plan,
    resize_weights,
    thumbnails,
    working_copy,
)
from vetlink.photo.synthetic import synthetic_photo


@pytest.mark.parametrize("size", [(320, 320), (300, 200), (160, 150), (40, 33)])
def test_view_thumbnails_are_the_bytes_pillow_crop_and_resize_give(size: tuple[int, int]):
    rgb = working_copy(synthetic_photo(7).resize(size, Image.Resampling.LANCZOS))
    grey = rgb.convert("L")
    as_grey = np.asarray(grey, dtype=np.float64)[None]
    as_rgb = np.asarray(rgb, dtype=np.float64).transpose(2, 0, 1)[None]
    grey32, grey9, grey8, rgb32 = thumbnails(as_grey, as_rgb, resize_plan(*rgb.size))
    bilinear = Image.Resampling.BILINEAR
    for view, box in enumerate(crop_boxes(*rgb.size)):
        cut_grey, cut_rgb = grey.crop(box), rgb.crop(box)
        assert np.array_equal(grey32[0, view], np.asarray(cut_grey.resize((32, 32), bilinear)))
        assert np.array_equal(grey9[0, view], np.asarray(cut_grey.resize((9, 8), bilinear)))
        assert np.array_equal(grey8[0, view], np.asarray(cut_grey.resize((8, 8), bilinear)))
        colour = np.asarray(cut_rgb.resize((32, 32), bilinear)).transpose(2, 0, 1)
        assert np.array_equal(rgb32[0, view], colour)


def test_hashes_of_a_mirror_image_are_the_mirrored_hashes_of_the_photo():
    photo = synthetic_photo(3)
    original, mirror = photo_print(photo), photo_print(ImageOps.mirror(photo))
    assert np.array_equal(mirror.direct, original.mirrored)
    assert np.array_equal(mirror.mirrored, original.direct)


def test_single_colour_photo_is_flat_and_a_picture_is_not():
    assert photo_print(Image.new("RGB", (200, 120), (90, 40, 200))).flat
    assert not photo_print(synthetic_photo(3)).flat


def dense_view_thumbnail(grey: np.ndarray, box: tuple[int, int, int, int], out: tuple[int, int]
                         ) -> np.ndarray:
    """One view's thumbnail the plain way: dense weights, horizontal pass, round, vertical
    pass, round (what Pillow does, and what the sparse products must reproduce)."""
    height, width = grey.shape
    across = grey @ resize_weights(width, box[0], box[2], out[0]).T
    across = np.clip(np.floor(across / (1 << 22) + 0.5), 0, 255)
    down = resize_weights(height, box[1], box[3], out[1]) @ across
    return np.clip(np.floor(down / (1 << 22) + 0.5), 0, 255)


@pytest.mark.parametrize("size", [(106, 160), (90, 160), (160, 97), (160, 160), (13, 9)])
def test_sparse_products_give_every_view_s_dense_thumbnail_bit_for_bit(size):
    rgb = synthetic_photo(5).resize(size, Image.Resampling.LANCZOS)
    grey = np.asarray(rgb.convert("L"), dtype=np.float64)
    colour = np.asarray(rgb, dtype=np.float64).transpose(2, 0, 1)
    sides = thumbnails(np.stack([grey, grey[:, ::-1]]),
                       np.stack([colour, colour[:, :, ::-1]]), resize_plan(*size))
    grey32, grey9, grey8, rgb32 = sides
    for side, (g, c) in enumerate(((grey, colour), (grey[:, ::-1], colour[:, :, ::-1]))):
        for view, box in enumerate(crop_boxes(*size)):
            assert np.array_equal(grey32[side, view], dense_view_thumbnail(g, box, (32, 32)))
            assert np.array_equal(grey9[side, view], dense_view_thumbnail(g, box, (9, 8)))
            assert np.array_equal(grey8[side, view], dense_view_thumbnail(g, box, (8, 8)))
            for channel in range(3):
                assert np.array_equal(rgb32[side, view, channel],
                                      dense_view_thumbnail(c[channel], box, (32, 32)))
