"""The AI-face model's flattened trees (``vetlink.photo.forest``) give the estimator's own
``predict_proba`` bit for bit: on the shipped model with rows around its reference values, on
missing values, and on a model fitted in the test; other estimators are left to themselves."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from vetlink.photo.ai_face import load_model
from vetlink.photo.forest import flatten


def test_the_shipped_model_scores_rows_as_its_estimator_does_bit_for_bit():
    model = load_model()
    if model is None:
        pytest.skip("the AI-face artefact is not shipped in this checkout")
    forest = flatten(model.estimator)
    assert forest is not None
    rng = np.random.default_rng(3)
    reference = model.reference_row
    rows = reference * rng.lognormal(0.0, 1.0, size=(400, reference.size))
    rows[::7, 3] = np.nan  # a missing value takes the node's missing-value branch
    expected = model.estimator.predict_proba(rows)[:, 1]
    assert forest.probability(rows).tobytes() == expected.tobytes()
    assert model.probability(rows).tobytes() == expected.tobytes()
    assert 0.02 < float((expected > 0.5).mean()) < 0.98  # both classes among the rows


def test_a_model_fitted_here_is_reproduced_bit_for_bit():
    rng = np.random.default_rng(11)
    x = rng.normal(size=(600, 6))
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).astype(int)
    x[rng.random(x.shape) < 0.05] = np.nan
    estimator = HistGradientBoostingClassifier(max_iter=60, random_state=0).fit(x, y)
    forest = flatten(estimator)
    assert forest is not None
    probe = rng.normal(size=(300, 6))
    probe[::5, 1] = np.nan
    assert forest.probability(probe).tobytes() == \
        estimator.predict_proba(probe)[:, 1].tobytes()


def test_other_estimators_are_left_to_predict_proba():
    x = np.arange(20, dtype=float).reshape(10, 2)
    assert flatten(LogisticRegression().fit(x, np.arange(10) % 2)) is None
    three = HistGradientBoostingClassifier(max_iter=5).fit(x, np.arange(10) % 3)
    assert flatten(three) is None  # three classes: one tree per class per iteration
