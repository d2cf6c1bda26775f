"""The AI-generated-face detector at run time: load the shipped artefact lazily, predict, and
say in plain words what drove the prediction.

The explanation replaces one feature group at a time (eye position, spectrum, background...)
with its typical value on real photos and reports the groups whose replacement lowers the
probability most.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from vetlink.photo.faces import FaceGeometry
from vetlink.photo.features import describe, group_of, image_features

ARTEFACT_DIR = Path(__file__).resolve().parent.parent / "model" / "artefacts"
ARTEFACT = ARTEFACT_DIR / "ai_face.joblib"
MODEL_NAME = "ai_face"
MIN_DROP = 0.05  # a group "drove" the prediction when neutralising it lowers p by this much


@dataclass(frozen=True)
class AiFaceResult:
    probability: float
    reasons: tuple[str, ...]  # plain words, strongest first
    contributions: tuple[tuple[str, float], ...]  # (group, drop in probability)
    version: str


@dataclass(frozen=True)
class AiFaceModel:
    """What the artefact holds: a fitted classifier over named features."""

    estimator: Any
    feature_names: tuple[str, ...]
    reference: dict[str, float]  # median of each feature on real photos (training data)
    version: str

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return np.asarray(self.estimator.predict_proba(rows)[:, 1], dtype=np.float64)

    def row(self, features: dict[str, float]) -> np.ndarray:
        return np.array([[features[name] for name in self.feature_names]], dtype=np.float64)

    def predict(self, features: dict[str, float]) -> AiFaceResult:
        row = self.row(features)
        probability = float(self.probability(row)[0])
        drops = self.group_drops(row, probability)
        reasons = tuple(describe(g, features) for g, drop in drops if drop >= MIN_DROP)
        return AiFaceResult(probability, reasons, tuple(drops), self.version)

    def group_drops(self, row: np.ndarray, probability: float) -> list[tuple[str, float]]:
        groups = sorted({group_of(name) for name in self.feature_names})
        neutral = np.repeat(row, len(groups), axis=0)
        for i, group in enumerate(groups):
            for j, name in enumerate(self.feature_names):
                if group_of(name) == group:
                    neutral[i, j] = self.reference[name]
        drops = probability - self.probability(neutral)
        ranked = sorted(zip(groups, drops.tolist(), strict=True), key=lambda item: -item[1])
        return [(group, round(drop, 3)) for group, drop in ranked]


def load_model() -> AiFaceModel | None:
    """The shipped model (loaded once), or None when the artefact is missing or unreadable."""
    return load_model_from(ARTEFACT)


@lru_cache(maxsize=2)
def load_model_from(path: Path) -> AiFaceModel | None:
    if not path.is_file():
        return None
    import joblib

    try:
        data = joblib.load(path)
        return AiFaceModel(
            data["estimator"], tuple(data["feature_names"]), dict(data["reference"]),
            str(data["version"]),
        )
    except Exception:  # a damaged or incompatible artefact: rules still run
        return None


def predict_ai_face(
    image: Image.Image, geometry: FaceGeometry, model: AiFaceModel
) -> AiFaceResult:
    return model.predict(image_features(image, geometry))
