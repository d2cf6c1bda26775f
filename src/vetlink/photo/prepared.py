"""One photo prepared for analysis: every array a stage needs, computed once, and how long
each stage took.

The stages read different arrays, on purpose: the hashes a 160-pixel RGB copy and its grey
(Pillow's resize of the colour image, then ``L``), the face detector the colour image as
uint8 (at most ``DETECT_SIDE``), the AI-face features the float colour
image and its weighted grey. They are not interchangeable without moving hashes already stored
in photo indexes and the inputs the shipped model was trained on, so each is kept as it is and
computed once here (the RGB image is never converted or copied again for a stage that has it).

Stage times: :mod:`vetlink.photo.stages`.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
from PIL import Image

from vetlink.photo.faces import detector_array
from vetlink.photo.features import feature_arrays
from vetlink.photo.hashing import working_copy


class PreparedImage:
    """The loaded RGB image and, computed on first use and then shared, the arrays the
    hashes, the face detector and the AI-face features read."""

    def __init__(self, image: Image.Image) -> None:
        self.image = image if image.mode == "RGB" else image.convert("RGB")

    @cached_property
    def hash_copy(self) -> Image.Image:
        """The (at most 160-pixel) RGB copy the hashes' views are cut from."""
        return working_copy(self.image)

    @cached_property
    def detector_rgb(self) -> np.ndarray:
        """The uint8 RGB array, at most ``DETECT_SIDE`` a side, the face detector reads."""
        return detector_array(self.image)

    @cached_property
    def feature_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Float colour (h, w, 3) and weighted grey (h, w) arrays for the AI-face features."""
        return feature_arrays(self.image)
