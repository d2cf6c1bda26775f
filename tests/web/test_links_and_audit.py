"""Evidence downloads in the audit log, advice URLs as safe links, and the dashboard's
finding titles."""

from __future__ import annotations

import re

from fastapi import FastAPI

from tests.web.conftest import bearer, login, new_client
from tests.web.test_api import example
from tests.web.test_pages import check, check_and_report, png
from vetlink.web.render import linkify

LINK = '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>'


def test_an_analyst_opening_evidence_is_in_the_case_history(app: FastAPI) -> None:
    alice, sam = new_client(app), new_client(app)
    photo = {"photo": ("face.png", png(seed=5), "image/png")}
    report_id = check_and_report(alice, login(alice, "alice"), example(), files=photo)
    evidence = re.search(r'href="/evidence/(\d+)"', alice.get(f"/reports/{report_id}").text)
    assert evidence
    assert alice.get(f"/evidence/{evidence.group(1)}").status_code == 200
    login(sam, "sam")
    assert sam.get(f"/evidence/{evidence.group(1)}").status_code == 200
    case_id = re.search(r'href="/cases/(\d+)"', sam.get(f"/reports/{report_id}").text)
    assert case_id
    history = new_client(app).get(f"/api/v1/cases/{case_id.group(1)}",
                                  headers=bearer(sam, "sam")).json()["history"]
    downloads = [e for e in history if e["action"] == "evidence.download"]
    assert len(downloads) == 1  # the analyst's, not the reporter's own look
    assert downloads[0]["detail"]["evidence"] == int(evidence.group(1))
    assert downloads[0]["detail"]["report"] == report_id
    assert "evidence.download" in sam.get(f"/cases/{case_id.group(1)}").text


def test_a_refused_evidence_request_is_not_audited(app: FastAPI) -> None:
    alice, bob, sam = new_client(app), new_client(app), new_client(app)
    photo = {"photo": ("face.png", png(seed=8), "image/png")}
    report_id = check_and_report(alice, login(alice, "alice"), example(), files=photo)
    evidence = re.search(r'href="/evidence/(\d+)"', alice.get(f"/reports/{report_id}").text)
    assert evidence
    login(bob, "bob")
    assert bob.get(f"/evidence/{evidence.group(1)}").status_code == 404
    login(sam, "sam")
    assert sam.get("/evidence/999").status_code == 404
    case_id = re.search(r'href="/cases/(\d+)"', sam.get(f"/reports/{report_id}").text)
    assert case_id
    assert "evidence.download" not in sam.get(f"/cases/{case_id.group(1)}").text


def test_urls_in_advice_become_links_and_everything_else_is_escaped() -> None:
    text = ('<b>Search</b> Lens https://lens.example/?u=1&v="2"; see http://b.example/x. '
            "Not javascript:alert(1) nor <a href=x>a link</a>")
    assert str(linkify(text)) == (
        "&lt;b&gt;Search&lt;/b&gt; Lens "
        + LINK.format("https://lens.example/?u=1&amp;v=", "https://lens.example/?u=1&amp;v=")
        + "&#34;2&#34;; see " + LINK.format("http://b.example/x", "http://b.example/x")
        + ". Not javascript:alert(1) nor &lt;a href=x&gt;a link&lt;/a&gt;")


def test_the_check_page_links_the_reverse_image_searches(app: FastAPI) -> None:
    alice = new_client(app)
    token = login(alice, "alice")
    page = check(alice, token, files={"photo": ("face.png", png(seed=6), "image/png")},
                 profile_text='{"name": "Mei <i>Lin</i>"}')
    assert page.status_code == 200, page.text
    assert LINK.format("https://tineye.com/", "https://tineye.com/") in page.text
    assert LINK.format("https://www.bing.com/visualsearch",
                       "https://www.bing.com/visualsearch") in page.text
    assert "<i>Lin</i>" not in page.text


def test_the_dashboard_names_findings_by_title_with_the_id(app: FastAPI) -> None:
    alice, sam = new_client(app), new_client(app)
    check_and_report(alice, login(alice, "alice"), example())
    login(sam, "sam")
    lures = {row["finding"]: row for row in sam.get("/dashboard/data").json()["by_lure"]}
    assert lures["profile.offers_in_profile"]["title"] == (
        "Offers paid work, fees or trips in the profile")
    assert not any(f.startswith("profile.no_") for f in lures)
    assert 'id="lure-legend"' in sam.get("/dashboard").text
