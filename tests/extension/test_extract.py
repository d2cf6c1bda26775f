"""The extension's extraction script, run in real Chromium on LinkedIn-like fixture pages
served from loopback: each field must match the fixture's expected JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.extension.pages import PAGES, FixtureSite, expected, extract_in, field_results

SCHEMAS = Path(__file__).resolve().parents[2] / "src" / "vetlink" / "schemas"


def schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", sorted(PAGES))
def test_extraction_matches_the_expected_fields(plain_browser: Any, site: FixtureSite,
                                                 name: str) -> None:
    page = plain_browser.new_page()
    try:
        got = extract_in(page, site, name)
    finally:
        page.close()
    want = expected(name)
    wrong = {field: score for field, score in field_results(want, got).items()
             if score[0] != score[1]}
    assert wrong == {}, json.dumps(got, indent=1, ensure_ascii=False)
    assert got == want


@pytest.mark.parametrize("name", ["profile_en", "profile_de_reordered", "profile_collapsed",
                                  "messaging"])
def test_what_is_extracted_is_valid_profile_and_conversation_v1(
        plain_browser: Any, site: FixtureSite, name: str) -> None:
    page = plain_browser.new_page()
    try:
        got = extract_in(page, site, name)
    finally:
        page.close()
    if got["profile"]:
        jsonschema.validate(got["profile"], schema("profile"))
    if got["conversation"]:
        jsonschema.validate(got["conversation"], schema("conversation"))
    assert got["profile"] or got["conversation"]


def test_page_chrome_is_not_copied(plain_browser: Any, site: FixtureSite) -> None:
    """Side bars, buttons, footers and the unsent draft are not part of what is sent."""
    page = plain_browser.new_page()
    try:
        profile = json.dumps(extract_in(page, site, "profile_en"))
        conversation = json.dumps(extract_in(page, site, "messaging"))
    finally:
        page.close()
    for chrome in ("Sidebar Person", "People also viewed", "User Agreement", "Connect",
                   "Contact info"):
        assert chrome not in profile
    for chrome in ("draft not sent", "Other Thread Person", "Preview of another thread"):
        assert chrome not in conversation


def test_hostile_page_text_is_bounded(plain_browser: Any, site: FixtureSite) -> None:
    """A huge headline is cut to the text budget, and a pathological date string does not
    hang the date parser."""
    page = plain_browser.new_page()
    try:
        extract_in(page, site, "profile_en")
        got = page.evaluate("""() => {
            document.querySelector('.text-body-medium').textContent = 'x'.repeat(500000);
            document.querySelector('.pvs-entity__caption-wrapper').textContent =
                '- '.repeat(100000) + '2020';
            const t = performance.now();
            const r = vetlinkExtract(document, 'https://www.linkedin.com/in/a/');
            return {len: r.profile.headline.length, ms: performance.now() - t};
        }""")
    finally:
        page.close()
    assert got["len"] == 20000
    assert got["ms"] < 5000
