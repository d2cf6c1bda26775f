"""Normalisation strips every formatting artefact identically, so the model cannot key on
the source of an ad."""

import pytest

from vetlink.model.text_features import (
    ARTEFACTS,
    ad_text,
    artefact_features,
    artefacts_left,
    normalise,
)


@pytest.mark.parametrize(("raw", "clean"), [
    ("Data&nbsp;entry &amp; admin", "data entry admin"),
    ("Apply at #URL_ab12cd34# or #EMAIL_0f0f0f0f#", "apply at or"),
    ("Call #PHONE_113b1bd5# today", "call today"),
    ("We\u2019re \u201cgreat\u201d\u00a0\u2022 team", "we re great team"),
    ("prior experienceWe offer training", "prior experience we offer training"),
    ("Earn $500 a week", "earn $000 a week"),
    ("See https://example.com/jobs or mail hr@example.com or +44 20 7946 0958", "see or mail or"),
])
def test_normalise_strips_artefacts(raw, clean):
    assert normalise(raw) == clean


def test_the_same_ad_with_and_without_artefacts_normalises_identically():
    kaggle_style = "Data Entry Clerk\u00a0 Work from home. Contact #EMAIL_0a1b2c3d# We\u2019ll pay"
    aegean_style = "Data Entry Clerk  Work from home. Contact hr@jobs.example.com We'll pay"
    assert normalise(kaggle_style) == normalise(aegean_style)


def test_no_artefact_survives_normalisation():
    raw = "A&amp;B\u00a0#URL_1# \u2019x\u2019 \u2022 wordJoined\ttab  double"
    assert len(artefacts_left(raw)) >= 6
    assert artefacts_left(normalise(raw)) == []


def test_artefact_features_count_each_artefact():
    features = artefact_features(["a&amp;b\u00a0", "plain"])
    assert features.shape == (2, 2 * len(ARTEFACTS))
    assert features[1].sum() == 0
    assert features[0].sum() > 0


def test_ad_text_reads_the_model_fields_only():
    row = {"title": "Clerk", "company_profile": "We are big", "description": "Type data",
           "requirements": None, "benefits": "Pay"}
    assert ad_text(row) == "Clerk\nType data\nPay"


@pytest.mark.shared_data
def test_no_artefact_survives_on_the_real_data(shared_data):
    from vetlink.model.train_recruitment import DATA_NAME, load_dataset

    data = load_dataset(shared_data / DATA_NAME)
    raw_left = sum(bool(artefacts_left(t)) for t in data.texts)
    assert raw_left > len(data.texts) // 2  # the raw text is full of them...
    assert not [i for i, t in enumerate(data.texts) if artefacts_left(normalise(t))]  # ...none left
