"""The exposure check on the real LinkedIn PDF exports. These are real people's profiles:
assertion messages name files by index only, never their text."""

from __future__ import annotations

import pytest

from vetlink.domain import Profile
from vetlink.exposure import check_exposure
from vetlink.exposure.text import profile_units
from vetlink.ingest import load_profile_input

pytestmark = [pytest.mark.slow, pytest.mark.shared_data]


def texts_of(profile: Profile) -> list[str]:
    texts = [unit.text for unit in profile_units(profile)]
    if profile.contact:
        texts += profile.contact.emails + profile.contact.phones + profile.contact.messaging
    return [*texts, profile.location or ""]


def test_every_export_gets_a_report_whose_evidence_is_text_from_the_profile(shared_data):
    pdfs = sorted((shared_data / "linkedin-pdf-exports").rglob("*.pdf"))
    if not pdfs:
        pytest.skip("no LinkedIn PDFs in the shared data")
    for index, path in enumerate(pdfs):
        profile = load_profile_input(path).profile
        report = check_exposure(profile)
        assert report.level in ("low", "medium", "high"), f"pdf #{index}"
        texts = texts_of(profile)
        for finding in report.findings:
            if finding.id == "exposure.photo_review":
                continue
            piece = finding.evidence.strip("…")
            assert any(piece in text for text in texts), f"pdf #{index}: {finding.id}"
            assert finding.why and finding.rewrite, f"pdf #{index}: {finding.id}"
