"""The run-time recruitment-fraud model (exported weights, numpy, no scikit-learn) gives the
same rows, probabilities and explanations as the fitted scikit-learn model it was exported
from, on the frozen evaluation conversations and adverts and on a seeded set of generated
texts; and the shipped weights are exactly what the training code writes from the shipped
fitted model."""

from __future__ import annotations

import json
import random
from pathlib import Path

import joblib
import numpy as np
import pytest

from vetlink.model.recruitment import artefact_path, fitted_path, load_model, score_text
from vetlink.model.text_model import TextModel, char_wb_ngrams, load_npz, save_npz, word_ngrams

ROOT = Path(__file__).resolve().parents[2]
EVALUATION = ROOT / "tests" / "evaluation"


@pytest.fixture(scope="module")
def fitted():  # the scikit-learn model (RecruitmentFraudModel)
    return joblib.load(fitted_path())["model"]


@pytest.fixture(scope="module")
def runtime() -> TextModel:
    return load_model()["model"]


def evaluation_texts() -> list[str]:
    texts = []
    for name in ("dev", "test"):
        for line in (EVALUATION / "approach" / f"{name}.jsonl").read_text().splitlines():
            case = json.loads(line)
            if "conversation" in case:
                texts.append("\n".join(m["text"] for m in case["conversation"]["messages"]
                                       if m.get("sender") == "contact"))
        for line in (EVALUATION / "adverts" / f"{name}.jsonl").read_text().splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def generated_texts(model: TextModel, count: int = 300, seed: int = 12) -> list[str]:
    """Texts of vocabulary words, bigrams, character n-grams, odd case, digits, money,
    accents, other scripts, URLs and whitespace runs."""
    rng = random.Random(seed)
    extras = ["Привет", "naïve", "Ünïcødé", "££500", "$1,200/week", "http://x.io/a?b", "_",
              "  \t ", "\u00a0", "WORK-from-HOME", "e-mail", "a", "İstanbul", "ß", "\U0001f600",
              "東京", "x" * 40, "0", "&amp;", "#URL_abc#"]
    texts = ["", " ", "a", "ab", "pay pay pay now"]
    for _ in range(count):
        words = []
        for _ in range(rng.randint(1, 80)):
            pick = rng.random()
            if pick < 0.45:
                words.append(rng.choice(model.word_terms))
            elif pick < 0.7:
                words.append(rng.choice(model.char_terms).strip())
            elif pick < 0.85:
                words.append(rng.choice(extras))
            else:
                words.append(rng.choice(model.word_terms).upper())
        texts.append(rng.choice([" ", "  ", "\n", ", ", ". "]).join(words))
    return texts


def test_the_shipped_weights_are_the_fitted_models_exactly(fitted, runtime) -> None:
    reference = fitted.export(sklearn_analyzers=True)
    assert runtime.word_terms == reference.word_terms
    assert runtime.char_terms == reference.char_terms
    for name in ("word_idf", "char_idf", "coef"):
        assert np.array_equal(getattr(runtime, name), getattr(reference, name))
        assert getattr(runtime, name).dtype == getattr(reference, name).dtype
    assert runtime.intercept == reference.intercept


def test_the_shipped_weights_file_is_what_training_writes(fitted, tmp_path) -> None:
    meta = joblib.load(fitted_path())["meta"]
    save_npz(fitted.export(), meta, tmp_path / "a.npz")
    save_npz(fitted.export(), meta, tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert (tmp_path / "a.npz").read_bytes() == artefact_path().read_bytes()
    assert load_model()["meta"] == meta


@pytest.mark.parametrize("source", ["evaluation", "generated"])
def test_run_time_scores_equal_the_fitted_models(fitted, runtime, source) -> None:
    reference = fitted.export(sklearn_analyzers=True)
    texts = evaluation_texts() if source == "evaluation" else generated_texts(runtime)
    assert len(texts) > 100
    for text in texts:
        ours, theirs = runtime.transform_one(text), reference.transform_one(text)
        assert ours == theirs
        p_ours, p_theirs = runtime.fraud_probability(ours), reference.fraud_probability(theirs)
        assert abs(p_ours - p_theirs) <= 1e-12
        assert runtime.explain(text, top=20, row=ours) == reference.explain(text, top=20,
                                                                            row=theirs)


def test_run_time_scores_match_scikit_learns_own_pipeline(fitted, runtime) -> None:
    """Against ``predict_proba`` (scikit-learn's transform keeps float32 features, the run-time
    row float64: they agree to float32 precision)."""
    texts = evaluation_texts()
    expected = fitted.predict_proba(texts)[:, 1]
    ours = np.array([runtime.fraud_probability(runtime.transform_one(t)) for t in texts])
    assert np.max(np.abs(ours - expected)) < 1e-5


def test_analyzers_equal_scikit_learns(fitted, runtime) -> None:
    word, char = fitted.word_.build_analyzer(), fitted.char_.build_analyzer()
    for text in generated_texts(runtime, count=100, seed=3):
        assert word_ngrams(text) == word(text)
        assert char_wb_ngrams(text) == char(text)


def test_a_damaged_weights_file_is_model_unavailable(tmp_path) -> None:
    from vetlink.errors import ModelUnavailable

    broken = tmp_path / "recruitment_fraud.npz"
    broken.write_bytes(artefact_path().read_bytes()[:1000])
    with pytest.raises(ModelUnavailable, match="could not be loaded"):
        score_text("hello", broken)


def test_weights_file_round_trips(runtime, tmp_path) -> None:
    save_npz(runtime, {"version": "x"}, tmp_path / "w.npz")
    again, meta = load_npz(tmp_path / "w.npz")
    assert meta == {"version": "x"}
    assert again.word_terms == runtime.word_terms and again.intercept == runtime.intercept
    text = "Earn $500 a week from home, send your bank details"
    assert again.explain(text) == runtime.explain(text)
