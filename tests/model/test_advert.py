"""The advert model: cues read from an advert's text, the calibrated regression, the groups
that keep near-duplicate adverts on one side of a split, and plain-word explanations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vetlink.model.advert import (
    CUES,
    AdvertModel,
    advert_cues,
    load_advert_model,
    pushed_up,
    score_advert,
)
from vetlink.model.train_advert import advert_groups, fit_stacker, render_advert

ADVERTS = Path(__file__).resolve().parent.parent / "fixtures" / "adverts"
SCAM = (ADVERTS / "scam_data_entry.txt").read_text(encoding="utf-8")
GENUINE = (ADVERTS / "genuine_backend_engineer.txt").read_text(encoding="utf-8")


def test_cues_read_the_emscad_columns_a_pasted_advert_shows():
    cues = advert_cues("Salary: $40,000 per year. Remote. Full-time. About us: we are a bank. "
                       "Bachelor's degree and 3+ years of experience required.")
    assert cues == {"salary_shown": True, "company_described": True, "remote_work": True,
                    "education_required": True, "experience_required": True,
                    "employment_type_shown": True}


def test_cues_stay_silent_on_an_advert_that_shows_none_of_them():
    cues = advert_cues("Assistant wanted. Send your details today and start tomorrow.")
    assert cues == dict.fromkeys(CUES, False)


def test_emscad_placeholder_tokens_are_not_read_as_a_salary():
    assert not advert_cues("Contact #PHONE_8a7c3e0f0b4d# or #URL_0e9f1a#")["salary_shown"]


def test_a_scam_advert_is_likely_fraud_and_a_genuine_one_is_not():
    assert score_advert(SCAM).probability >= 0.8
    assert score_advert(GENUINE).probability < 0.5


def test_the_explanation_shows_only_what_pushed_the_score_up_in_plain_words():
    out = score_advert(SCAM)
    assert out.contributions
    assert all(c["weight"] > 0 for c in out.contributions)
    words = [c["feature"] for c in out.contributions if c["kind"] == "word"]
    assert "000" not in " ".join(words)  # folded digits are named, not shown
    assert all(len(w) >= 3 and w not in ("the", "and", "you") for w in words)
    cues = [c["feature"] for c in out.contributions if c["kind"] == "cue"]
    assert "it says nothing about the company behind it" in cues


def test_pushed_up_names_folded_numbers():
    got = pushed_up([{"feature": "$000", "weight": 0.3}, {"feature": "the", "weight": 0.9},
                     {"feature": "fee", "weight": -0.2}, {"feature": "wire", "weight": 0.1}])
    assert got == [("sums of money", 0.3), ("wire", 0.1)]


def test_the_regression_is_reproducible_and_round_trips_through_json():
    rng = np.random.default_rng(0)
    cues = rng.integers(0, 2, size=(200, len(CUES))).astype(float)
    logits = rng.normal(size=200)
    y = (logits + cues[:, 0] - cues[:, 1] + rng.normal(size=200) > 0).astype(int)
    first, second = fit_stacker(logits, cues, y), fit_stacker(logits, cues, y)
    assert first == second
    assert AdvertModel.from_json(first.to_json()) == first
    assert first.cue_weights[CUES[0]] > 0 > first.cue_weights[CUES[1]]


def test_the_shipped_advert_model_loads_with_every_cue():
    model = load_advert_model()
    assert set(model.cue_weights) == set(CUES)
    assert model.text_weight > 0  # a higher text score means more likely fraud


def test_near_duplicate_adverts_share_a_group():
    rows = [
        {"title": "Clerk", "description": "Earn money at home.", "company_profile": None},
        {"title": "Data clerk", "description": "Earn  money at HOME!", "company_profile": None},
        {"title": "Engineer", "description": "Build things.", "company_profile": "Acme Ltd"},
        {"title": "engineer", "description": "Build other things.", "company_profile": "ACME ltd"},
        {"title": "Nurse", "description": "Care for patients.", "company_profile": "Acme Ltd"},
    ]
    groups = advert_groups(rows)
    assert groups[0] == groups[1]  # same normalised description
    assert groups[2] == groups[3]  # same title and company
    assert len({groups[0], groups[2], groups[4]}) == 3


def test_a_row_renders_as_the_page_a_person_would_paste():
    page = render_advert({"title": "Clerk", "location": "US, NY, New York",
                          "salary_range": "30000-40000", "telecommuting": 1,
                          "required_education": "Unspecified", "company_profile": "We are Acme.",
                          "description": "Type data.", "has_company_logo": 0})
    assert page.splitlines()[:4] == ["Clerk", "Location: US, NY, New York",
                                     "Salary: 30000-40000", "Remote"]
    assert "About us\nWe are Acme." in page and "Unspecified" not in page


@pytest.mark.slow
@pytest.mark.shared_data
def test_the_shipped_genre_weights_are_what_training_gives(shared_data, tmp_path):
    from vetlink.model.train_genre import train

    train(shared_data / "emscad-fake-jobs-subset" / "emscad_subset_combined.parquet", tmp_path)
    shipped = Path(__file__).resolve().parents[2] / "src/vetlink/model/artefacts/genre.json"
    assert (tmp_path / "genre.json").read_text() == shipped.read_text()
