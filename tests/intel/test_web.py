"""The analysts' sharing page: who may use each endpoint, CSRF, audit, and that the web
download carries no reporter data."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.intel.seed import SECRETS, seed
from tests.web.conftest import app, client, login, new_client, settings  # noqa: F401
from vetlink.intel.watchlist import NewEntry, Watchlist
from vetlink.store import audit
from vetlink.store.db import session_factory
from vetlink.store.models import Case


@pytest.fixture
def seeded_app(app: FastAPI) -> dict[str, int]:  # noqa: F811
    return seed(app.state.services.engine)


@pytest.fixture
def listed(app: FastAPI) -> Watchlist:  # noqa: F811
    watchlist = Watchlist.open(app.state.services.settings.data_dir)
    watchlist.add_source("partner.json", "stix", "partner.json", "sha",
                         [NewEntry("account", "linkedin:mia-chen", "Mia Chen", "TLP:GREEN")])
    return watchlist


def history(app: FastAPI, kind: str, target: int | None) -> list[str]:  # noqa: F811
    with session_factory(app.state.services.engine)() as session:
        return [e.action for e in audit.recent(session) if e.target_type == kind
                and (target is None or e.target_id == target)]


def test_reporters_may_not_see_the_sharing_page_or_download(
    app: FastAPI, client: TestClient, seeded_app: dict[str, int],  # noqa: F811
) -> None:
    login(client, "alice")
    assert client.get("/intel").status_code == 403
    assert client.get("/intel/export?format=stix").status_code == 403
    anonymous = new_client(app)
    assert anonymous.get("/intel/export?format=stix", follow_redirects=False).status_code \
        in (303, 401)


def test_analyst_downloads_an_export_without_reporter_data_and_it_is_audited(
    app: FastAPI, client: TestClient, seeded_app: dict[str, int],  # noqa: F811
) -> None:
    login(client, "sam")
    page = client.get("/intel")
    assert page.status_code == 200 and "TLP:AMBER+STRICT" in page.text
    for format in ("stix", "misp"):
        answer = client.get(f"/intel/export?format={format}&level=green&since=2026-01-01")
        assert answer.status_code == 200
        assert "attachment" in answer.headers["content-disposition"]
        text = answer.text.lower()
        assert "katie-jones-csis" in text
        for secret in SECRETS:
            assert secret.lower() not in text
    data = json.loads(client.get("/intel/export?format=stix").text)
    assert data["type"] == "bundle"
    assert history(app, "intel", None).count("intel.export") == 3
    assert client.get("/intel/export?format=stix&level=purple").status_code == 400
    assert client.get("/intel/export?format=csv").status_code == 400


def test_analyst_retires_a_watchlist_entry_with_csrf_and_audit(
    app: FastAPI, client: TestClient, listed: Watchlist,  # noqa: F811
) -> None:
    entry = listed.entries()[0]
    token = login(client, "sam")
    assert "linkedin:mia-chen" in client.get("/intel").text
    refused = client.post(f"/intel/watchlist/{entry.id}/retire", data={"csrf_token": "x"})
    assert refused.status_code == 403 and listed.entry(entry.id).retired is None
    done = client.post(f"/intel/watchlist/{entry.id}/retire", data={"csrf_token": token},
                       follow_redirects=False)
    assert done.status_code == 303
    assert listed.entry(entry.id).retired_by == "sam"
    assert history(app, "watchlist", entry.id) == ["watchlist.retire"]
    assert client.post("/intel/watchlist/999/retire",
                       data={"csrf_token": token}).status_code == 404


def test_reporter_may_not_retire(
    client: TestClient, listed: Watchlist,  # noqa: F811
) -> None:
    token = login(client, "alice")
    entry = listed.entries()[0]
    assert client.post(f"/intel/watchlist/{entry.id}/retire",
                       data={"csrf_token": token}).status_code == 403
    assert listed.entry(entry.id).retired is None


def test_analyst_sets_an_attribution_that_the_export_carries(
    app: FastAPI, client: TestClient, seeded_app: dict[str, int],  # noqa: F811
) -> None:
    case_id = seeded_app["chat"]
    reporter_token = login(client, "alice")
    assert client.post(f"/cases/{case_id}/attribution", data={
        "csrf_token": reporter_token, "attribution": "X"}).status_code == 403
    other = new_client(app)
    token = login(other, "sam")
    answer = other.post(f"/cases/{case_id}/attribution", data={
        "csrf_token": token, "attribution": "  Unit 99999  "}, follow_redirects=False)
    assert answer.status_code == 303
    with session_factory(app.state.services.engine)() as session:
        assert session.get(Case, case_id).attribution == "Unit 99999"
    actors = [o["name"] for o in json.loads(other.get("/intel/export?format=stix").text)
              ["objects"] if o["type"] == "threat-actor"]
    assert "Unit 99999" in actors
    assert "case.attribution" in history(app, "case", case_id)


def test_only_admins_issue_and_revoke_partner_tokens(
    app: FastAPI, client: TestClient,  # noqa: F811
) -> None:
    token = login(client, "sam")
    assert client.post("/intel/partners", data={"csrf_token": token,
                                                "name": "CERT-X"}).status_code == 403
    admin = new_client(app)
    admin_token = login(admin, "root")
    page = admin.post("/intel/partners", data={"csrf_token": admin_token, "name": "CERT-X"})
    assert page.status_code == 200 and "vlp_" in page.text
    from vetlink.store.models import Partner

    with session_factory(app.state.services.engine)() as session:
        partner = session.query(Partner).one()
    assert client.post(f"/intel/partners/{partner.id}/revoke",
                       data={"csrf_token": token}).status_code == 403
    assert admin.post(f"/intel/partners/{partner.id}/revoke", data={
        "csrf_token": admin_token}, follow_redirects=False).status_code == 303
    assert admin.post("/intel/partners/999/revoke", data={
        "csrf_token": admin_token}).status_code == 404
    assert sorted(history(app, "partner", partner.id)) == ["partner.create", "partner.revoke"]
