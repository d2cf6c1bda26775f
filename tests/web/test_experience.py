"""The employee's side: nothing typed is lost, one report per check however often the form is
sent, newest reports first, the exposure rewrites, the icon."""

from __future__ import annotations

import html
import json
from datetime import timedelta
from importlib import resources

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tests.web.conftest import login, new_client
from tests.web.test_api import example
from tests.web.test_pages import DRAFT, check, check_and_report
from vetlink.store.db import write_session
from vetlink.store.models import Report, utcnow

MESSAGES = "Hello, I run a think tank. We pay well for short reports on your projects."


def test_the_check_form_keeps_what_was_typed_after_a_result(client: TestClient) -> None:
    token = login(client, "alice")
    profile = json.dumps(example())
    page = check(client, token, profile_text=profile, conversation_text=MESSAGES)
    assert page.status_code == 200
    assert "Check again" in page.text
    assert MESSAGES in page.text  # the conversation box still holds it
    assert "Amanda Chen" in page.text.split('name="profile_text"')[1]


def test_the_check_form_keeps_what_was_typed_after_an_error(client: TestClient) -> None:
    token = login(client, "alice")
    pdf_as_photo = {"photo": ("profile.pdf", b"%PDF-1.4 not an image", "application/pdf")}
    page = check(client, token, pdf_as_photo, conversation_text=MESSAGES)
    assert 400 <= page.status_code < 500
    assert MESSAGES in page.text
    assert "choose the file again" in page.text and "profile.pdf" in page.text


def test_the_check_page_explains_how_to_copy_a_profile(client: TestClient) -> None:
    login(client, "alice")
    page = client.get("/check").text
    assert "Save to PDF" in page and "on a phone" in page and ".eml" in page


def test_the_same_report_form_sent_twice_makes_one_report(app: FastAPI) -> None:
    alice = new_client(app)
    token = login(alice, "alice")
    page = check(alice, token, profile_text=json.dumps(example()))
    draft = DRAFT.search(page.text)
    assert draft
    form = {"csrf_token": token, "draft": draft.group(1), "note": "InMail on Monday"}
    first = alice.post("/reports", data=form, follow_redirects=False)
    again = alice.post("/reports", data=form, follow_redirects=False)  # double click / back
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    with write_session(app.state.services.engine) as session:
        assert len(session.scalars(select(Report)).all()) == 1


def test_the_database_refuses_a_second_report_of_one_check(app: FastAPI) -> None:
    alice = new_client(app)
    check_and_report(alice, login(alice, "alice"), example())
    with pytest.raises(IntegrityError), write_session(app.state.services.engine) as session:
        first = session.scalars(select(Report)).one()
        first.draft_key = "k" * 32
        session.flush()
        copy = Report(reporter_id=first.reporter_id, case_id=first.case_id,
                      assessment=first.assessment, score=first.score, band=first.band,
                      persona_name=first.persona_name, draft_key="k" * 32)
        session.add(copy)
        session.flush()


def test_my_reports_are_listed_newest_first(app: FastAPI) -> None:
    alice = new_client(app)
    token = login(alice, "alice")
    older = check_and_report(alice, token, example())
    newer = check_and_report(alice, token, dict(example(), name="Brian Cole"))
    with write_session(app.state.services.engine) as session:  # ids and dates disagree
        session.get(Report, older).created = utcnow()
        session.get(Report, newer).created = utcnow() + timedelta(hours=1)
        session.get(Report, older).created = utcnow() - timedelta(days=2)
    page = alice.get("/reports").text
    assert page.index(f'href="/reports/{newer}"') < page.index(f'href="/reports/{older}"')


def test_the_exposure_page_shows_each_suggested_rewrite(client: TestClient) -> None:
    token = login(client, "alice")
    mine = resources.files("vetlink.examples").joinpath("exposed_engineer.json").read_text()
    page = client.post("/exposure", data={"csrf_token": token, "profile_text": mine})
    assert page.status_code == 200
    assert page.text.count("Suggested rewrite:") >= 2
    kept = html.unescape(page.text.split('name="profile_text"')[1])
    assert json.loads(mine)["name"] in kept


def test_browsers_get_an_icon_not_a_404(client: TestClient) -> None:
    response = client.get("/favicon.ico", follow_redirects=False)
    assert response.status_code == 301
    icon = client.get(response.headers["location"])
    assert icon.status_code == 200 and icon.content.startswith(b"<svg")
