"""Every page, for every role, at a phone's width (390 px) and a laptop's (1280 px) in real
Chromium: the page is never wider than the screen (wide tables become stacked cards), and a
screenshot of each is kept (``VETLINK_SCREENSHOTS``, default ``tests/e2e/artifacts``) — the
user guide's pictures come from here (``scripts/screenshots.sh``)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_browser import sign_in

pytestmark = pytest.mark.e2e

WIDTHS = (390, 1280)
SHOTS = Path(os.environ.get("VETLINK_SCREENSHOTS") or Path(__file__).parent / "artifacts")
PASSWORDS = {"alice": "alice-demo-2026", "sam": "sam-demo-2026", "admin": "admin-demo-2026"}
CHAT = ("Hi! I lead research at a small policy institute. We commission short papers and pay "
        "USD 1,500 each. Could you tell me who else works on the secure radio programme? "
        "Easier to continue on WhatsApp: +44 7700 900123. Please keep this between us.")


def example(name: str) -> str:
    return resources.files("vetlink.examples").joinpath(name).read_text("utf-8")


PERSONA = dict(json.loads(example("headhunter.json")), name="Layla Hartmann-Osei",
               url="https://www.linkedin.com/in/layla-hartmann-osei-layout")


def page_width(page: Any) -> int:
    width: int = page.evaluate("() => Math.max(document.documentElement.scrollWidth, "
                               "document.body.scrollWidth)")
    return width


def shoot(page: Any, name: str, width: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)


@pytest.fixture(scope="module")
def case_id(server: str, browser: Any) -> Iterator[str]:
    """A reported approach, so the queue, the case and 'my reports' have something in them."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(page, server, "alice", PASSWORDS["alice"])
    page.fill("textarea[name=profile_text]", json.dumps(PERSONA))
    page.fill("textarea[name=conversation_text]", CHAT)
    page.click("form.check-form button[type=submit]")
    page.click("form.report-form button[type=submit]")
    page.wait_for_selector("text=was sent to your security team")
    sam = browser.new_context().new_page()
    sign_in(sam, server, "sam", PASSWORDS["sam"])
    sam.goto(f"{server}/cases")
    row = sam.locator(f"tr:has-text('{PERSONA['name']}') a[href^='/cases/']").first
    href = row.get_attribute("href")
    assert href
    yield href.rsplit("/", 1)[1]


def visits(server: str, case: str) -> list[tuple[str, str, str]]:
    """(who, name, path) for every page; None who = signed out."""
    return [
        ("", "login", "/login"),
        ("alice", "check", "/check"), ("alice", "review", "/review"),
        ("alice", "my-reports", "/reports"), ("alice", "exposure", "/exposure"),
        ("sam", "queue", "/cases"), ("sam", "case", f"/cases/{case}"),
        ("sam", "dashboard", "/dashboard"), ("sam", "campaigns", "/campaigns"),
        ("sam", "sharing", "/intel"), ("admin", "users", "/admin/users"),
        ("admin", "extension-tokens", "/admin/extension-tokens"),
        ("alice", "practice", "/practice"), ("alice", "practice-progress", "/practice/progress"),
        ("sam", "practice-insights", "/practice/insights"),
        ("sam", "practice-items", "/practice/items"),
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_is_wider_than_the_screen(server: str, browser: Any, case_id: str,
                                          width: int) -> None:
    too_wide: dict[str, int] = {}
    pages: dict[str, Any] = {}
    for who, name, path in visits(server, case_id):
        if who not in pages:
            pages[who] = browser.new_context(viewport={"width": width, "height": 800}).new_page()
            if who:
                sign_in(pages[who], server, who, PASSWORDS[who])
        page = pages[who]
        page.goto(f"{server}{path}")
        if name == "dashboard":
            page.wait_for_selector("#charts[data-ready='1']")
        shoot(page, name, width)
        if page_width(page) > width:
            too_wide[name] = page_width(page)
    too_wide.update(result_pages(server, pages["alice"], pages["sam"], case_id, width))
    assert too_wide == {}, f"pages wider than {width} px: {too_wide}"


def result_pages(server: str, alice: Any, sam: Any, case: str, width: int) -> dict[str, int]:
    """The pages that come after a form: a check's result, a report, an exposure result and
    the verdict's confirmation."""
    wide: dict[str, int] = {}

    def measure(page: Any, name: str) -> None:
        shoot(page, name, width)
        if page_width(page) > width:
            wide[name] = page_width(page)

    alice.goto(f"{server}/check")
    alice.fill("textarea[name=profile_text]", example("headhunter.json"))
    alice.fill("textarea[name=conversation_text]", CHAT)
    alice.click("form.check-form button[type=submit]")
    alice.wait_for_selector(".assessment .badge")
    measure(alice, "check-result")
    alice.goto(f"{server}/reports")
    alice.locator("a[href^='/reports/']").first.click()
    alice.wait_for_selector(".assessment")
    measure(alice, "report")
    alice.goto(f"{server}/exposure")
    alice.fill("textarea[name=profile_text]", example("exposed_engineer.json"))
    alice.click("form[data-keep=exposure] button[type=submit]")
    alice.wait_for_selector(".result")
    measure(alice, "exposure-result")
    sam.goto(f"{server}/cases/{case}")
    sam.select_option("select[name=status]", "confirmed_hostile")
    sam.click("text=Set status")
    sam.wait_for_selector(".confirm")
    measure(sam, "verdict-confirmation")
    wide.update(practice_pages(server, alice, sam, width))
    return wide


def practice_pages(server: str, alice: Any, sam: Any, width: int) -> dict[str, int]:
    """A practice item, its feedback and the set's summary; an analyst's 'make a practice
    item' form for a closed demo case."""
    wide: dict[str, int] = {}

    def measure(page: Any, name: str) -> None:
        shoot(page, name, width)
        if page_width(page) > width:
            wide[name] = page_width(page)

    alice.goto(f"{server}/practice")
    alice.click("form[action='/practice/start'] button")
    alice.wait_for_selector("form.practice-answer")
    measure(alice, "practice-item")
    alice.locator(".checklist input[type=checkbox]").first.check()
    alice.locator("input[name=choice][value=verify]").check()
    alice.click("form.practice-answer button[type=submit]")
    alice.wait_for_selector(".feedback")
    measure(alice, "practice-feedback")
    alice.goto(alice.url.rsplit("/items/", 1)[0] + "/summary")
    measure(alice, "practice-summary")
    sam.goto(f"{server}/cases?status=all")
    sam.locator("tr:has-text('Amanda Chen') a[href^='/cases/']").first.click()
    sam.click("a.practice-make")
    sam.wait_for_selector("form.practice-make")
    measure(sam, "practice-make")
    return wide


def test_typed_text_survives_an_expired_session(server: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, server, "alice", PASSWORDS["alice"])
    page.fill("textarea[name=conversation_text]", CHAT)
    elsewhere = browser.new_context().new_page()  # the session ends while they type:
    sign_in(elsewhere, server, "alice", PASSWORDS["alice"])  # signing out elsewhere ends
    elsewhere.click("text=Sign out")  # every session of the account
    page.click("form.check-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/login\?next=.*expired=1"))
    assert "what you typed is kept" in page.inner_text("body")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", PASSWORDS["alice"])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/check$"))
    page.wait_for_function("document.querySelector('textarea[name=conversation_text]').value")
    assert page.input_value("textarea[name=conversation_text]") == CHAT


def test_the_back_button_after_reporting_makes_no_second_report(server: str,
                                                                  browser: Any) -> None:
    page = browser.new_context().new_page()
    sign_in(page, server, "alice", PASSWORDS["alice"])
    profile = dict(json.loads(example("headhunter.json")), name="Back Button Persona")
    page.fill("textarea[name=profile_text]", json.dumps(profile))
    page.click("form.check-form button[type=submit]")
    page.click("form.report-form button[type=submit]")
    page.wait_for_selector("text=was sent to your security team")
    first = page.url.split("?")[0]
    # Back: the result page is not cached (no-store), so the browser can only send the check
    # again; the person does, and presses Report once more.
    page.goto(f"{server}/check")
    page.fill("textarea[name=profile_text]", json.dumps(profile))
    page.click("form.check-form button[type=submit]")
    page.click("form.report-form button[type=submit]")
    page.wait_for_selector("text=was sent to your security team")
    assert page.url.split("?")[0] == first
    page.goto(f"{server}/reports")
    assert page.inner_text("body").count("Back Button Persona") == 1
