"""The shipped AI-face model and the training helpers."""

import json

import numpy as np
import pytest
from PIL import Image

from vetlink.photo.ai_face import ARTEFACT_DIR, load_model
from vetlink.photo.faces import find_faces
from vetlink.photo.features import EYES_AT_STYLEGAN, GROUP_WORDS, image_features
from vetlink.photo.synthetic import synthetic_photo
from vetlink.photo.train_ai_face import metrics, reframe, tpr_at

METRICS = ARTEFACT_DIR / "ai_face.metrics.json"


@pytest.fixture
def model():  # type: ignore[no-untyped-def]
    loaded = load_model()
    if loaded is None:
        pytest.fail("the shipped artefact ai_face.joblib is missing or unreadable")
    return loaded


def test_shipped_model_uses_the_features_the_code_computes(model):
    image = synthetic_photo(5)
    assert tuple(image_features(image, find_faces(image))) == model.feature_names


def test_model_card_and_metrics_ship_next_to_the_model():
    card = (ARTEFACT_DIR / "ai_face.card.md").read_text()
    assert "ROC-AUC" in card and "re-framed" in card and "diffusion" in card
    report = json.loads(METRICS.read_text())
    assert report["data"]["name"] == "faces-real-vs-stylegan2"


@pytest.mark.slow
def test_shipped_model_separates_faces_it_never_saw(model, faces_dir):
    held = json.loads(METRICS.read_text())["holdout"]
    scored = []
    for path in held:
        image = Image.open(faces_dir / path).convert("RGB")
        geometry = find_faces(image)
        if geometry.faces:
            result = model.predict(image_features(image, geometry))
            scored.append((path.startswith("fake/"), result))
    labels = np.array([fake for fake, _ in scored])
    probabilities = np.array([result.probability for _, result in scored])
    assert len(scored) >= 15
    assert metrics(labels, probabilities)["roc_auc"] >= 0.9
    assert probabilities[labels].mean() - probabilities[~labels].mean() >= 0.5
    fake_reasons = {r for (fake, res) in scored if fake for r in res.reasons}
    assert fake_reasons <= {*GROUP_WORDS.values(), EYES_AT_STYLEGAN}


def test_reframing_is_seeded_and_keeps_a_square_of_bounded_size():
    image = synthetic_photo(2, size=300)
    first = reframe(image, np.random.default_rng([1, 2]))
    again = reframe(image, np.random.default_rng([1, 2]))
    assert first.tobytes() == again.tobytes()
    assert first.width == first.height and 224 <= first.width <= 400


def test_tpr_at_fpr_reads_the_roc_curve():
    labels = np.array([0] * 100 + [1] * 10)
    scores = np.concatenate([np.linspace(0, 0.5, 100), np.linspace(0.3, 1.0, 10)])
    scores[99] = 0.95  # one negative above most positives: 1% FPR
    assert tpr_at(labels, scores, 0.0) == pytest.approx(0.1)
    assert tpr_at(labels, scores, 0.01) > 0.1


def test_eye_position_is_named_only_when_the_eyes_are_at_the_stylegan_place():
    from vetlink.photo.features import describe

    assert describe("eyes", {"eye_offset": 0.01}) == EYES_AT_STYLEGAN
    assert describe("eyes", {"eye_offset": 0.2}) == GROUP_WORDS["eyes"]
    assert describe("eyes", {"eye_offset": float("nan")}) == GROUP_WORDS["eyes"]
