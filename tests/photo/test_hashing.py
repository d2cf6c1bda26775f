"""The vectorised view thumbnails and hashes of :mod:`vetlink.photo.hashing`."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps

from vetlink.photo.hashing import crop_boxes, photo_print, resize_plan, thumbnails, working_copy
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
