"""Faces and eyes, found with the Haar cascades that ship inside ``opencv-python-headless<5``
(``cv2.data.haarcascades``; nothing is downloaded). Coordinates are fractions of the image's
width and height, so they do not depend on its resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

DETECT_SIDE = 360  # faces are searched on a copy at most this large
# The smallest face searched for first, as a fraction of the short side. Profile photos show
# one large face (on the shared faces the smallest detected face is 0.19 of the side, 99% are
# over 0.33): the cascades' small scales, where most of their time goes, are searched only
# when no face that large is found (SMALL_FACE_MIN_FRAC, the earlier setting), so a photo
# with a small face, taken from further away, still has its face.
FACE_MIN_FRAC = 0.25
SMALL_FACE_MIN_FRAC = 0.12
EYE_MIN_FRAC = 0.12  # the smallest eye searched for, as a fraction of the face's width
FRONTAL = ("haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt2.xml")
PROFILE = "haarcascade_profileface.xml"
EYE = "haarcascade_eye.xml"

Box = tuple[float, float, float, float]  # x, y, w, h as fractions of the image
Point = tuple[float, float]


@dataclass(frozen=True)
class FaceGeometry:
    """The faces found, the main (largest) face, and its eyes (image left first)."""

    faces: tuple[Box, ...] = ()
    eyes: tuple[Point, Point] | None = None

    @property
    def main(self) -> Box | None:
        return max(self.faces, key=lambda b: b[2] * b[3]) if self.faces else None


@lru_cache(maxsize=8)
def cascade(name: str) -> Any:
    import cv2

    classifier = cv2.CascadeClassifier(str(cv2.data.haarcascades) + name)  # type: ignore[attr-defined]
    if classifier.empty():  # pragma: no cover - the wheel ships them
        raise RuntimeError(f"OpenCV cascade {name} is missing from the installed package")
    return classifier


def grey_array(image: Image.Image) -> np.ndarray:
    import cv2

    grey = image.convert("L")
    if max(grey.size) > DETECT_SIDE:
        grey = grey.copy()
        grey.thumbnail((DETECT_SIDE, DETECT_SIDE), Image.Resampling.BILINEAR)
    return cv2.equalizeHist(np.asarray(grey, dtype=np.uint8))


def detect(grey: np.ndarray, name: str, neighbours: int, min_frac: float) -> list[tuple[int, ...]]:
    side = max(12, int(min(grey.shape) * min_frac))
    found = cascade(name).detectMultiScale(grey, 1.1, neighbours, minSize=(side, side))
    return [tuple(int(v) for v in box) for box in found]


def face_boxes(grey: np.ndarray) -> list[tuple[int, ...]]:
    """Large faces; failing that, faces from the smallest size searched (see FACE_MIN_FRAC)."""
    return (boxes_from(grey, FACE_MIN_FRAC)
            or (boxes_from(grey, SMALL_FACE_MIN_FRAC) if SMALL_FACE_MIN_FRAC < FACE_MIN_FRAC
                else []))


def boxes_from(grey: np.ndarray, min_frac: float) -> list[tuple[int, ...]]:
    """Frontal faces; failing that, faces in profile (either way round)."""
    for name in FRONTAL:
        boxes = detect(grey, name, 4, min_frac)
        if boxes:
            return boxes
    boxes = detect(grey, PROFILE, 4, min_frac)
    if boxes:
        return boxes
    width = grey.shape[1]
    flipped = detect(grey[:, ::-1].copy(), PROFILE, 4, min_frac)
    return [(width - x - w, y, w, h) for x, y, w, h in flipped]


def eye_pair(grey: np.ndarray, face: tuple[int, ...]) -> tuple[Point, Point] | None:
    """Centres of the two eyes in the upper part of a face, in pixels, or None."""
    x, y, w, h = face
    band = grey[y : y + int(h * 0.6), x : x + w]
    if band.size == 0:
        return None
    eyes = detect(band, EYE, 5, EYE_MIN_FRAC * w / max(1, min(band.shape)))
    left = [e for e in eyes if e[0] + e[2] / 2 < w / 2]
    right = [e for e in eyes if e[0] + e[2] / 2 >= w / 2]
    if not left or not right:
        return None
    pick = [max(side, key=lambda e: e[2]) for side in (left, right)]
    centres = [(x + e[0] + e[2] / 2, y + e[1] + e[3] / 2) for e in pick]
    return centres[0], centres[1]


def find_faces(image: Image.Image) -> FaceGeometry:
    """Faces and eye positions in an RGB image."""
    return faces_in(grey_array(image))


def faces_in(grey: np.ndarray) -> FaceGeometry:
    """Faces and eye positions in the detector's grey array (:func:`grey_array`)."""
    height, width = grey.shape
    boxes = face_boxes(grey)
    if not boxes:
        return FaceGeometry()
    main = max(boxes, key=lambda b: b[2] * b[3])
    pair = eye_pair(grey, main)
    faces = tuple((x / width, y / height, w / width, h / height) for x, y, w, h in boxes)
    eyes = None
    if pair is not None:
        (lx, ly), (rx, ry) = pair
        eyes = ((lx / width, ly / height), (rx / width, ry / height))
    return FaceGeometry(faces, eyes)
