"""Extension tokens (issue 14): issued and revoked by admins on a page, shown once and
stored hashed, scoped to checking and reporting, rate-limited per token, CORS for the
configured extension origins only."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from importlib import resources
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from tests.web.conftest import bearer, login, new_client
from vetlink.settings import Settings
from vetlink.store.db import write_session
from vetlink.store.models import ExtensionToken, Report, User, utcnow
from vetlink.web.app import create_app
from vetlink.web.extension_tokens import RateLimiter, TooManyChecks, digest

TOKEN = re.compile(r'<code id="new-token">(vlx_[A-Za-z0-9_\-]+)</code>')
ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


def example() -> dict[str, Any]:
    text = resources.files("vetlink.examples").joinpath("headhunter.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def user_id(app: FastAPI, name: str) -> int:
    with write_session(app.state.services.engine) as session:
        found = session.scalars(select(User).where(User.username == name)).one()
        return found.id


def issue(app: FastAPI, owner: str = "alice") -> str:
    """An admin issues a token for ``owner`` through the page; returns the shown token."""
    admin = new_client(app)
    csrf = login(admin, "root")
    page = admin.post("/admin/extension-tokens", data={
        "owner_id": user_id(app, owner), "label": "test laptop", "csrf_token": csrf})
    assert page.status_code == 200, page.text
    found = TOKEN.search(page.text)
    assert found, "the new token is not shown"
    return found.group(1)


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_admin_issues_a_token_shown_once_and_stored_only_hashed(app: FastAPI) -> None:
    token = issue(app)
    admin = new_client(app)
    login(admin, "root")
    listing = admin.get("/admin/extension-tokens")
    assert listing.status_code == 200
    assert token not in listing.text and "alice" in listing.text
    with write_session(app.state.services.engine) as session:
        row = session.scalars(select(ExtensionToken)).one()
        assert row.token_hash == digest(token) and token not in row.token_hash
        assert row.scope == "extension" and row.expires is not None


@pytest.mark.parametrize("who", ["alice", "sam"])
def test_only_admins_may_see_issue_or_revoke_tokens(app: FastAPI, who: str) -> None:
    issue(app)
    client = new_client(app)
    csrf = login(client, who)
    assert client.get("/admin/extension-tokens").status_code == 403
    issued = client.post("/admin/extension-tokens", data={
        "owner_id": user_id(app, who), "csrf_token": csrf})
    assert issued.status_code == 403 and "vlx_" not in issued.text
    revoked = client.post("/admin/extension-tokens/1/revoke", data={"csrf_token": csrf})
    assert revoked.status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in_and_forms_need_csrf(app: FastAPI) -> None:
    anonymous = new_client(app)
    got = anonymous.get("/admin/extension-tokens", follow_redirects=False)
    assert got.status_code == 303 and got.headers["location"].startswith("/login")
    admin = new_client(app)
    login(admin, "root")
    forged = admin.post("/admin/extension-tokens", data={"owner_id": user_id(app, "alice")})
    assert forged.status_code == 403 and "vlx_" not in forged.text


def test_an_extension_token_checks_and_reports_as_its_owner(app: FastAPI) -> None:
    client = TestClient(app)
    token = issue(app, "alice")
    checked = client.post("/api/v1/checks", json={"profile": example()}, headers=auth(token))
    assert checked.status_code == 200 and checked.json()["band"] == "high"
    made = client.post("/api/v1/reports", json={"profile": example(), "note": "from page"},
                       headers=auth(token))
    assert made.status_code == 201, made.text
    alice = user_id(app, "alice")
    with write_session(app.state.services.engine) as session:
        report = session.get(Report, made.json()["id"])
        assert report is not None and report.reporter_id == alice
    mine = client.get("/api/v1/reports", headers=bearer(client, "alice")).json()
    assert [r["id"] for r in mine] == [made.json()["id"]]


def other_api_calls(app: FastAPI) -> list[tuple[str, str]]:
    """Every API operation of the OpenAPI document but the two an extension may call."""
    calls = []
    for path, operations in app.openapi()["paths"].items():
        for method in operations:
            if path in ("/api/v1/checks", "/api/v1/reports") and method == "post":
                continue
            if path == "/api/v1/token":
                continue  # signs in with a password, takes no bearer token
            calls.append((method.upper(), re.sub(r"\{[^}]+\}", "1", path)))
    return calls


def test_every_other_api_route_refuses_an_extension_token(app: FastAPI) -> None:
    client = TestClient(app)
    token = issue(app, "root")  # even an admin's extension token only checks and reports
    calls = other_api_calls(app)
    assert ("GET", "/api/v1/reports") in calls and ("GET", "/api/v1/me") in calls
    assert len(calls) >= 10
    for method, path in calls:
        response = client.request(method, path, headers=auth(token), json={})
        assert response.status_code == 403, (method, path, response.status_code)
        assert "only check and report" in response.json()["error"]["message"]


def test_revocation_takes_effect_at_once(app: FastAPI) -> None:
    client = TestClient(app)
    token = issue(app)
    body = {"profile": example()}
    assert client.post("/api/v1/checks", json=body, headers=auth(token)).status_code == 200
    admin = new_client(app)
    csrf = login(admin, "root")
    with write_session(app.state.services.engine) as session:
        token_id = session.scalars(select(ExtensionToken.id)).one()
    done = admin.post(f"/admin/extension-tokens/{token_id}/revoke",
                      data={"csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303
    refused = client.post("/api/v1/checks", json=body, headers=auth(token))
    assert refused.status_code == 401 and "revoked" in refused.json()["error"]["message"]
    assert "revoked" in admin.get("/admin/extension-tokens").text


def test_an_expired_or_unknown_token_is_refused(app: FastAPI) -> None:
    client = TestClient(app)
    token = issue(app)
    with write_session(app.state.services.engine) as session:
        session.execute(update(ExtensionToken).values(expires=utcnow() - timedelta(seconds=1)))
    expired = client.post("/api/v1/checks", json={"profile": example()}, headers=auth(token))
    assert expired.status_code == 401 and "expired" in expired.json()["error"]["message"]
    unknown = client.post("/api/v1/checks", json={"profile": example()},
                          headers=auth("vlx_" + "A" * 43))
    assert unknown.status_code == 401 and "not valid" in unknown.json()["error"]["message"]


def test_a_deactivated_owner_ends_the_token(app: FastAPI) -> None:
    client = TestClient(app)
    token = issue(app, "bob")
    with write_session(app.state.services.engine) as session:
        session.execute(update(User).where(User.username == "bob").values(active=False))
    refused = client.post("/api/v1/checks", json={"profile": example()}, headers=auth(token))
    assert refused.status_code == 401


@pytest.fixture
def limited_app(settings: Settings) -> Any:
    made = create_app(settings.model_copy(update={"extension_checks_per_minute": 3,
                                                  "extension_origins": ORIGIN}))
    from tests.web.conftest import add_user

    add_user(made, "alice", "reporter")
    add_user(made, "root", "admin")
    yield made
    made.state.services.engine.dispose()


def test_a_token_past_its_rate_is_refused_with_429_and_retry_after(limited_app: FastAPI) -> None:
    client = TestClient(limited_app)
    first, second = issue(limited_app), issue(limited_app)
    body = {"profile": example()}
    codes = [client.post("/api/v1/checks", json=body, headers=auth(first)).status_code
             for _ in range(3)]
    assert codes == [200, 200, 200]
    refused = client.post("/api/v1/reports", json=body, headers=auth(first))
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert client.post("/api/v1/checks", json=body, headers=auth(second)).status_code == 200


def test_the_rate_window_slides() -> None:
    limiter = RateLimiter(2)
    limiter.hit(1, now=100.0)
    limiter.hit(1, now=130.0)
    with pytest.raises(TooManyChecks) as refused:
        limiter.hit(1, now=150.0)
    assert refused.value.headers["Retry-After"] == "10"
    limiter.hit(1, now=160.5)  # the call at 100 s has left the window
    limiter.hit(2, now=160.5)  # another token has its own budget


def test_cors_answers_the_configured_extension_origin_only(limited_app: FastAPI) -> None:
    client = TestClient(limited_app)
    ask = {"Access-Control-Request-Method": "POST",
           "Access-Control-Request-Headers": "authorization,content-type"}
    ok = client.options("/api/v1/checks", headers={"Origin": ORIGIN, **ask})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == ORIGIN
    assert "access-control-allow-credentials" not in ok.headers
    other = client.options("/api/v1/checks", headers={"Origin": "https://evil.example", **ask})
    assert "access-control-allow-origin" not in other.headers
    elsewhere = client.options("/api/v1/me", headers={"Origin": ORIGIN, **ask})
    assert "access-control-allow-origin" not in elsewhere.headers
    token = issue(limited_app)
    posted = client.post("/api/v1/checks", json={"profile": example()},
                         headers={"Origin": ORIGIN, **auth(token)})
    assert posted.headers["access-control-allow-origin"] == ORIGIN


def test_cors_is_off_when_no_origin_is_configured(client: TestClient) -> None:
    response = client.options("/api/v1/checks", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in response.headers
