"""The shipped recruitment-fraud model, its training pipeline, and what happens without it."""

import csv

import numpy as np
import pytest

from vetlink.approach import check_conversation
from vetlink.domain import Conversation, Message
from vetlink.errors import ModelUnavailable
from vetlink.model.recruitment import artefact_path, fitted_path, load_model, score_text
from vetlink.model.recruitment_fit import RecruitmentFraudModel
from vetlink.model.text_model import TextModel
from vetlink.model.train_recruitment import DATA_NAME, artefact_tokens_in, load_dataset, train
from vetlink.signals.base import Context

FRAUD = ("Work from home data entry clerk. Earn $500 weekly, no experience needed. Send your "
         "full name and bank account details to start immediately. Training provided.")
GENUINE = ("We are a small engineering team building developer tools. You will design and "
           "review backend services in Python with our product and platform teams, mentor "
           "junior engineers and help shape our architecture.")


def test_shipped_artefact_is_small_and_loads():
    assert artefact_path().stat().st_size < 5 * 1024 * 1024
    bundle = load_model()
    assert isinstance(bundle["model"], TextModel)  # exported weights: no scikit-learn
    assert fitted_path().stat().st_size < 5 * 1024 * 1024
    assert bundle["meta"]["data"]["rows_used"] > 500


def test_shipped_model_scores_obvious_fraud_above_a_genuine_ad():
    fraud, genuine = score_text(FRAUD), score_text(GENUINE)
    assert fraud.probability > 0.6 > genuine.probability
    assert fraud.contributions and all(
        set(c) == {"feature", "weight"} for c in fraud.contributions)


@pytest.mark.parametrize("text", [FRAUD, GENUINE, "", "Привет, мир", "pay pay pay now"])
def test_fast_single_text_transform_equals_scikit_learns(text):
    import joblib

    expected = joblib.load(fitted_path())["model"].transform([text]).toarray()[0]
    fast = load_model()["model"].transform_one(text)
    dense = np.zeros_like(expected, dtype=np.float64)
    dense[fast.indices] = fast.data
    assert np.allclose(expected, dense, atol=1e-6)


def test_words_that_moved_it_come_from_the_text():
    words = set(FRAUD.lower().replace(".", " ").replace(",", " ").split())
    for contribution in score_text(FRAUD).contributions:
        assert set(contribution["feature"].split()) <= words | {"$000"}


def test_shipped_model_has_no_artefact_features_at_all():
    features = load_model()["model"].feature_weights()
    assert len(features) > 1000
    assert artefact_tokens_in(features, top=len(features)) == []


def test_artefact_check_would_catch_a_leaking_feature():
    leaking = [("url_a0fb00", 1.0), ("nbsp", 0.9), ("char: amp ", 0.5), ("data entry", 0.4)]
    assert artefact_tokens_in(leaking) == ["url_a0fb00", "nbsp", "char: amp "]


def test_score_does_not_change_when_artefacts_are_added():
    with_artefacts = (FRAUD.replace(" ", "\u00a0", 3).replace("Training", "\u201cTraining\u201d")
                      + " &amp; #URL_ab12cd34# \u2022")
    assert score_text(with_artefacts).probability == score_text(FRAUD).probability


def test_missing_artefact_raises_model_unavailable(tmp_path):
    with pytest.raises(ModelUnavailable, match="not found"):
        load_model(tmp_path / "nope.joblib")


def test_rules_still_run_and_say_so_when_the_model_is_missing(monkeypatch, tmp_path):
    import vetlink.model.recruitment as recruitment

    monkeypatch.setattr(recruitment, "artefact_path", lambda: tmp_path / "missing.joblib")
    conv = Conversation(messages=[Message(sender="contact", text="Please add me on WhatsApp, "
                                                                  "it is easier to talk there.")])
    part = check_conversation(conv, Context(), use_models=True)
    assert [f.id for f in part.findings] == ["message.off_platform"]
    assert part.models == []
    assert any("recruitment-fraud model not found" in n for n in part.not_checked)


def grouped_split(groups: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    unique = rng.permutation(np.unique(groups))
    test_groups = set(unique[: len(unique) // 3].tolist())
    test = np.array([g in test_groups for g in groups])
    return np.flatnonzero(~test), np.flatnonzero(test)


@pytest.mark.shared_data
def test_training_on_a_subsample_learns(shared_data):
    from vetlink.model.evaluation import roc_auc

    data = load_dataset(shared_data / DATA_NAME)
    train_idx, test_idx = grouped_split(data.groups)
    train_idx = train_idx[:300]
    model = RecruitmentFraudModel(max_features=5000).fit(
        [data.texts[i] for i in train_idx], data.labels[train_idx])
    scores = model.predict_proba([data.texts[i] for i in test_idx])[:, 1]
    assert roc_auc(data.labels[test_idx] == 1, scores) > 0.75


@pytest.mark.slow
@pytest.mark.shared_data
def test_train_command_writes_artefact_card_and_metrics(shared_data, tmp_path):
    small = tmp_path / "small.csv"
    with (shared_data / DATA_NAME).with_suffix(".csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    picked = [r for r in rows if r["fraudulent"] == "1"][:120] + [
        r for r in rows if r["fraudulent"] == "0"][:80]
    with small.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(picked)
    report = train(small, tmp_path / "out")
    assert report["cross_validation"]["model"]["point"]["roc_auc"] > 0.7
    assert report["artefact_tokens_in_top_50"] == []
    assert (tmp_path / "out" / "recruitment_fraud.joblib").is_file()
    assert (tmp_path / "out" / "recruitment_fraud.npz").is_file()
    card = (tmp_path / "out" / "recruitment_fraud.card.md").read_text()
    assert "baseline: TfidfVectorizer() + LogisticRegression()" in card
    assert "source-only: formatting artefacts of the raw text" in card
    assert score_text(FRAUD, tmp_path / "out" / "recruitment_fraud.joblib").probability > 0.5
    assert score_text(FRAUD, tmp_path / "out" / "recruitment_fraud.npz") == score_text(
        FRAUD, tmp_path / "out" / "recruitment_fraud.joblib")
    advert_card = (tmp_path / "out" / "recruitment_fraud_advert.card.md").read_text()
    assert "advert model: calibrated text logit + advert cues" in advert_card
    assert report["advert"]["oof"]["advert_model"]["roc_auc"] > 0.7
