"""Campaigns are recomputed in the background after new reports (debounced), so the queue's
"new report joins c-..." is current without a manual recompute; campaign ids stay; reporters
never see campaign pages and campaign exports never carry reporters' identities."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.web.conftest import add_user, login, new_client
from tests.web.test_api import post_report
from tests.web.test_campaigns_web import seeded
from vetlink.settings import Settings
from vetlink.store import campaigns as stored
from vetlink.store.db import session_factory
from vetlink.store.models import Report
from vetlink.web.app import create_app


def made_app(settings: Settings, delay: float) -> FastAPI:
    made = create_app(settings.model_copy(update={"campaign_refresh_seconds": delay}))
    add_user(made, "alice", "reporter", "Policy")
    add_user(made, "sam", "analyst", "Security")
    return made


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    made = made_app(settings, 0.3)
    yield made
    made.state.campaigns.wait_idle()
    made.state.services.engine.dispose()


@pytest.fixture
def slow_app(settings: Settings) -> Iterator[FastAPI]:
    """Recompute an hour after the first new report (the burst test flushes it)."""
    made = made_app(settings, 3600)
    yield made
    made.state.campaigns.flush()
    made.state.campaigns.wait_idle()
    made.state.services.engine.dispose()


def member_body(app: FastAPI, campaign_id: str, n: int) -> dict[str, Any]:
    """A report of a new persona with a campaign member's text, handles and conversation."""
    with session_factory(app.state.services.engine)() as session:
        view = stored.get_campaign(session, campaign_id)
        member = session.scalars(select(Report).where(Report.case_id == view.cases[0].id)
                                 ).first()
        assert member is not None
        profile = dict(member.profile or {})
        conversation = member.conversation
    profile.update(name=f"Brand New Persona {n}",
                   url=f"https://www.linkedin.com/in/brand-new-{n}")
    body: dict[str, Any] = {"profile": profile}
    if conversation:
        body["conversation"] = conversation
    return body


def test_a_reported_persona_joins_its_campaign_in_the_queue_without_a_recompute(
        app: FastAPI, client: TestClient, tmp_path: Path) -> None:
    top = seeded(app, tmp_path)
    refresher = app.state.campaigns
    case_id = post_report(client, "alice", member_body(app, top, 1))["case_id"]
    assert refresher.wait_idle() and refresher.runs == 1
    with session_factory(app.state.services.engine)() as session:
        assert stored.campaigns_of_cases(session, [case_id]) == {case_id: top}
        assert stored.joining(session)[case_id] == top
    login(client, "sam")
    assert f"new report joins {top}" in client.get("/cases?status=all").text


def test_a_burst_of_reports_is_one_recompute_not_one_each(
        slow_app: FastAPI, tmp_path: Path) -> None:
    app = slow_app
    top = seeded(app, tmp_path)
    refresher = app.state.campaigns
    client = TestClient(app)
    cases = [post_report(client, "alice", member_body(app, top, n))["case_id"]
             for n in range(2, 7)]
    assert refresher.scheduled and refresher.runs == 0  # not in the requests
    refresher.flush()
    assert refresher.wait_idle()
    assert refresher.runs == 1
    with session_factory(app.state.services.engine)() as session:
        assert set(stored.campaigns_of_cases(session, cases).values()) == {top}


def test_reporters_get_403_and_exports_carry_no_reporter(
        app: FastAPI, client: TestClient, tmp_path: Path) -> None:
    top = seeded(app, tmp_path)
    post_report(client, "alice", member_body(app, top, 9))
    assert app.state.campaigns.wait_idle()
    reporter = new_client(app)
    login(reporter, "alice")
    for url in ("/campaigns", f"/campaigns/{top}", f"/campaigns/{top}/graph"):
        assert reporter.get(url).status_code == 403, url
    with session_factory(app.state.services.engine)() as session:
        exported = json.dumps(stored.campaigns_json(session))
        reporters = {r.reporter.username for r in session.scalars(select(Report))}
    analyst = new_client(app)
    login(analyst, "sam")
    graph = analyst.get(f"/campaigns/{top}/graph").text
    assert "alice" in reporters and len(reporters) > 1  # the import's reporters, and alice
    for name in reporters:
        assert f'"{name}"' not in exported and f'"{name}"' not in graph
