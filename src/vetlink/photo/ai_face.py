"""The AI-generated-face detector at run time: load the shipped artefact lazily, predict, and
say in plain words what drove the prediction.

The explanation replaces one feature group at a time (eye position, spectrum, background...)
with its typical value on real photos and reports the groups whose replacement lowers the
probability most.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from vetlink.photo.faces import FaceGeometry
from vetlink.photo.features import describe, group_of, image_features
from vetlink.photo.forest import FlatForest, flatten

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
        """P(generated) per row: the estimator's ``predict_proba``, bit for bit, through
        its flattened trees when it has them (:mod:`vetlink.photo.forest`)."""
        if self.forest is not None:
            return self.forest.probability(rows)
        return np.asarray(self.estimator.predict_proba(rows)[:, 1], dtype=np.float64)

    @cached_property
    def forest(self) -> FlatForest | None:
        return flatten(self.estimator)

    def row(self, features: dict[str, float]) -> np.ndarray:
        return np.array([[features[name] for name in self.feature_names]], dtype=np.float64)

    def predict(self, features: dict[str, float]) -> AiFaceResult:
        row = self.row(features)
        groups, neutral = self.neutralised(row)
        # one call for the photo and its neutralised copies: each row is scored on its own
        scores = self.probability(np.concatenate([row, neutral]))
        probability = float(scores[0])
        drops = probability - scores[1:]
        ranked = sorted(zip(groups, drops.tolist(), strict=True), key=lambda item: -item[1])
        ranked = [(group, round(drop, 3)) for group, drop in ranked]
        reasons = tuple(describe(g, features) for g, drop in ranked if drop >= MIN_DROP)
        return AiFaceResult(probability, reasons, tuple(ranked), self.version)

    def neutralised(self, row: np.ndarray) -> tuple[list[str], np.ndarray]:
        """The feature groups, and for each a copy of ``row`` with that group set to its
        typical value on real photos."""
        groups, columns = self.group_columns()
        neutral = np.repeat(row, len(groups), axis=0)
        reference = self.reference_row
        for i, group in enumerate(groups):
            neutral[i, columns[group]] = reference[columns[group]]
        return groups, neutral

    def group_columns(self) -> tuple[list[str], dict[str, list[int]]]:
        columns: dict[str, list[int]] = {}
        for j, name in enumerate(self.feature_names):
            columns.setdefault(group_of(name), []).append(j)
        return sorted(columns), columns

    @property
    def reference_row(self) -> np.ndarray:
        return np.array([self.reference[name] for name in self.feature_names], dtype=np.float64)


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
