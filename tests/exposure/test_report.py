"""check_exposure: level, score, top changes computed by re-scoring, and separation from the
contact assessment."""

from __future__ import annotations

import jsonschema

from vetlink import scoring
from vetlink.assess import assess
from vetlink.domain import Finding, Profile
from vetlink.exposure import check_exposure
from vetlink.exposure.report import level_of, top_changes
from vetlink.ingest.common import load_schema

TARGET = Profile.model_validate({
    "name": "Jane Example",
    "headline": "SC cleared systems engineer | Open to consulting",
    "about": "Lead engineer on Project Tempest at BAE. Email jane.example@gmail.com.",
    "skills": ["Python", "DV"],
})


def finding(fid: str, severity: str) -> Finding:
    return Finding(id=fid, severity=severity, title=fid, evidence=fid, advice=f"fix {fid}")


def test_clearance_programme_and_offer_make_a_high_level():
    report = check_exposure(TARGET)
    assert report.level == "high"
    assert report.score == scoring.score(report.findings)
    assert {f.id for f in report.findings} == {
        "exposure.clearance", "exposure.programme", "exposure.open_to_offers",
        "exposure.personal_contact"}
    assert all(f.why and f.rewrite for f in report.findings)


def test_top_changes_are_ordered_by_what_re_scoring_shows():
    report = check_exposure(TARGET)
    ids = [c.id for c in report.top_changes]
    assert ids[:2] in (["exposure.clearance", "exposure.programme"],
                       ["exposure.programme", "exposure.clearance"])
    assert ids[2] == "exposure.open_to_offers"
    scores = [report.score] + [c.score_after for c in report.top_changes]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
    clearance = next(c for c in report.top_changes if c.id == "exposure.clearance")
    assert clearance.evidence == ["SC cleared systems engineer", "DV"]


def test_each_change_score_is_the_score_without_those_findings():
    findings = [finding("exposure.a", "high"), finding("exposure.b", "medium"),
                finding("exposure.b", "low"), finding("exposure.c", "low")]
    changes = top_changes(findings)
    assert [c.id for c in changes] == ["exposure.a", "exposure.b", "exposure.c"]
    assert changes[0].score_after == scoring.score(findings[1:])
    assert changes[1].score_after == scoring.score(findings[3:])
    assert changes[2].score_after == 0 and changes[2].level_after == "low"


def test_info_findings_are_never_a_change():
    assert top_changes([finding("exposure.photo_review", "info")]) == []


def test_level_thresholds():
    assert [level_of(v) for v in (0, 19, 20, 44, 45, 100)] == [
        "low", "low", "medium", "medium", "high", "high"]


def test_a_plain_profile_has_low_exposure_and_no_changes():
    report = check_exposure(Profile(name="Sam", headline="Baker at Greggs"))
    assert (report.level, report.score, report.findings, report.top_changes) == (
        "low", 0, [], [])
    assert any("privacy_settings" in n for n in report.not_checked)


def test_report_json_is_one_document_with_the_exposure_schema():
    doc = check_exposure(TARGET).to_json()
    assert doc["schema"] == "vetlink/exposure/v1"
    assert set(doc) == {"schema", "subject", "level", "score", "findings", "top_changes",
                        "not_checked"}
    assert all(f["id"].startswith("exposure.") for f in doc["findings"])
    assert "weight" not in doc["findings"][0]


def test_assessing_a_contact_never_runs_exposure_signals():
    result = assess(TARGET, use_models=False)
    assert not [f for f in result.findings if f.id.startswith("exposure.")]
    doc = result.to_json()
    jsonschema.validate(doc, load_schema("assessment"))
    assert all("why" not in f and "rewrite" not in f for f in doc["findings"])
