"""The whole story in a real browser: a reporter checks and reports a profile, the analyst
triages it, another reporter cannot see it."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

PROFILE = {
    "name": "Nadia Volkov",
    "url": "https://www.linkedin.com/in/example-nadia-volkov-e2e",
    "headline": "Research Director | Paid advisory roles for energy policy experts",
    "photo": {"present": False},
    "connections": 31,
    "mutual_connections": 0,
    "about": "Confidential clients pay well for short reports. Message me on WhatsApp.",
}


def sign_in(page: Any, base: str, name: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(f"{re.escape(base)}/(check|cases)$"))


def test_report_triage_and_privacy_in_a_real_browser(server: str, browser: Any) -> None:
    reporter = browser.new_context(viewport={"width": 1280, "height": 900})
    page = reporter.new_page()
    sign_in(page, server, "alice", "alice-demo-2026")
    page.fill("textarea[name=profile_text]", json.dumps(PROFILE))
    page.click("form.check-form button[type=submit]")
    page.wait_for_selector(".assessment .badge")
    band = page.inner_text(".assessment .badge")
    assert band.endswith("RISK")
    page.screenshot(path="/tmp/vetlink-check.png", full_page=True)
    page.fill("textarea[name=note]", "InMail on Tuesday; asked to move to WhatsApp")
    page.click("form.report-form button[type=submit]")
    page.wait_for_selector("text=was sent to your security team")
    report_url = page.url.split("?")[0]
    report_id = report_url.rsplit("/", 1)[1]

    analyst = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(analyst, server, "sam", "sam-demo-2026")
    analyst.goto(f"{server}/cases")
    analyst.click("tr:has-text('Nadia Volkov') a")
    analyst.wait_for_selector(f"text=Report {report_id}")
    analyst.select_option("select[name=status]", "confirmed_hostile")
    analyst.click("text=Set status")
    analyst.wait_for_selector(".confirm")
    analyst.click("text=Yes, set")
    analyst.wait_for_selector(".status-confirmed_hostile")
    assert "case.status" in analyst.inner_text("body")
    analyst.goto(f"{server}/dashboard")
    analyst.wait_for_selector("#charts[data-ready='1']")
    analyst.screenshot(path="/tmp/vetlink-dashboard.png", full_page=True)

    page.goto(f"{server}/reports")
    assert "Confirmed hostile" in page.inner_text("body")

    other = browser.new_context().new_page()
    sign_in(other, server, "bob", "bob-demo-2026")
    response = other.goto(report_url)
    assert response is not None and response.status == 404
    other.goto(f"{server}/reports")
    assert "Nadia Volkov" not in other.inner_text("body")
    cases = other.goto(f"{server}/cases")
    assert cases is not None and cases.status == 403


def test_the_dashboard_draws_its_charts_from_the_json(server: str, browser: Any) -> None:
    page = browser.new_context().new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, "sam", "sam-demo-2026")
    page.goto(f"{server}/dashboard")
    page.wait_for_selector("#charts[data-ready='1']")
    rows = page.locator("#top-personas tbody tr").count()
    painted = page.evaluate("""() => {
        const c = document.getElementById('chart-weeks');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }""")
    legend = page.locator("#lure-legend li")
    ids = [legend.nth(i).locator("code").inner_text() for i in range(legend.count())]
    assert errors == []
    assert rows >= 4
    assert painted > 1000
    assert ids and all(re.fullmatch(r"[a-z]+\.[a-z_]+", i) for i in ids)
    first = legend.first.inner_text()
    assert not first.startswith(ids[0])  # the title comes first, the id after it


def test_the_example_profile_is_high_risk_in_the_browser(server: str, browser: Any) -> None:
    example = resources.files("vetlink.examples").joinpath("headhunter.json").read_text("utf-8")
    page = browser.new_context().new_page()
    sign_in(page, server, "carol", "carol-demo-2026")
    page.fill("textarea[name=profile_text]", example)
    page.click("form.check-form button[type=submit]")
    page.wait_for_selector(".assessment .badge")
    assert page.inner_text(".assessment .badge") == "HIGH RISK"
