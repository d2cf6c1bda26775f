"""Whole profiles: hand-written fictional fixtures through ``assess``, and the genuine LinkedIn
PDF exports in the shared data (real people: only counts are asserted, nothing is printed)."""

from pathlib import Path

import pytest

from vetlink.assess import assess
from vetlink.ingest import load_profile
from vetlink.signals.base import Context

from .profile_support import TODAY

CTX = Context(today=TODAY)
EXAMPLE = Path(__file__).resolve().parents[2] / "src/vetlink/examples/headhunter.json"


def check(path: Path):
    return assess(load_profile(path), context=CTX, use_models=False)


def ids(assessment) -> set[str]:
    return {f.id for f in assessment.findings}


@pytest.mark.parametrize("name", ["hostile_recruiter.json", "hostile_conference.json"])
def test_hostile_personas_come_out_high(fixtures, name):
    result = check(fixtures / "profiles" / name)
    assert result.band == "high"
    assert "profile.offers_in_profile" in ids(result)
    assert "profile.recruiter_targets_sensitive_sectors" in ids(result)


def test_bundled_headhunter_example_is_high():
    result = check(EXAMPLE)
    assert result.band == "high"
    assert {"profile.recruiter_unverifiable_firm", "profile.offers_in_profile",
            "profile.no_photo"} <= ids(result)


def test_genuine_senior_engineer_is_low_with_no_findings(fixtures):
    result = check(fixtures / "profiles" / "genuine_senior_engineer.json")
    assert result.band == "low"
    assert result.findings == []


def test_genuine_defence_recruiter_is_low(fixtures):
    result = check(fixtures / "profiles" / "genuine_defence_recruiter.json")
    assert result.band == "low"


def test_senior_civil_servant_joining_late_without_photo_is_not_high(fixtures):
    result = check(fixtures / "profiles" / "genuine_late_joiner.json")
    assert result.band != "high"
    assert {"profile.new_account", "profile.no_photo"} <= ids(result)


def test_sparse_new_graduate_is_not_high(fixtures):
    result = check(fixtures / "profiles" / "sparse_graduate.json")
    assert result.band != "high"
    assert "profile.new_account" in ids(result)


def test_hostile_recruiter_scores_above_every_genuine_fixture(fixtures):
    folder = fixtures / "profiles"
    hostile = min(check(folder / n).score
                  for n in ("hostile_recruiter.json", "hostile_conference.json"))
    genuine = max(check(folder / n).score for n in (
        "genuine_senior_engineer.json", "genuine_defence_recruiter.json",
        "sparse_graduate.json", "genuine_late_joiner.json"))
    assert hostile > genuine


@pytest.mark.slow
@pytest.mark.shared_data
def test_at_most_five_percent_of_genuine_pdf_exports_are_high(shared_data):
    from vetlink.ingest.linkedin_pdf import parse_linkedin_pdf

    pdfs = sorted((shared_data / "linkedin-pdf-exports").rglob("*.pdf"))
    if not pdfs:
        pytest.skip("no LinkedIn PDF exports in the shared data")
    bands = [assess(parse_linkedin_pdf(p.read_bytes(), where=f"file {i}"),
                    use_models=False).band for i, p in enumerate(pdfs)]
    high = bands.count("high")
    assert high <= 0.05 * len(bands), f"{high} of {len(bands)} genuine exports scored high"
