"""Sign-in, sessions, tokens, CSRF, throttling and roles."""

from __future__ import annotations

import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer

from tests.web.conftest import PASSWORD, add_user, bearer, csrf_of, login, new_client
from vetlink.web.auth import SESSION_COOKIE


def test_sign_in_sets_a_signed_httponly_samesite_cookie(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": "alice", "password": PASSWORD,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie
    assert "samesite=lax" in cookie.lower()
    assert "Max-Age=" in cookie


def test_wrong_password_is_401_with_the_form_again(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": "alice", "password": "nope",
                                           "csrf_token": token})
    assert response.status_code == 401
    assert "wrong username or password" in response.text


def test_sign_in_without_csrf_token_is_403(client: TestClient) -> None:
    client.get("/login")
    response = client.post("/login", data={"username": "alice", "password": PASSWORD})
    assert response.status_code == 403


def test_five_failures_lock_the_username_for_that_address(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    form = {"username": "alice", "password": "wrong", "csrf_token": token}
    assert [client.post("/login", data=form).status_code for _ in range(5)] == [401] * 5
    right = dict(form, password=PASSWORD)
    assert client.post("/login", data=right).status_code == 429
    api = client.post("/api/v1/token", data={"username": "alice", "password": PASSWORD})
    assert api.status_code == 429
    assert bearer(client, "bob")  # another user is not locked


def test_token_endpoint_gives_a_bearer_token(client: TestClient) -> None:
    response = client.post("/api/v1/token", data={"username": "alice", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    me = client.get("/api/v1/me", headers={
        "Authorization": f"Bearer {response.json()['access_token']}"})
    assert me.json()["username"] == "alice"


def test_wrong_password_for_a_token_is_401(client: TestClient) -> None:
    response = client.post("/api/v1/token", data={"username": "alice", "password": "x"})
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "wrong username or password"


@pytest.mark.parametrize("header", [
    None, "Bearer", "Bearer forged.token.value", "Basic YWxpY2U6eA==",
])
def test_api_without_a_valid_token_is_401(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/v1/reports", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_an_expired_token_is_401(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    headers = bearer(client, "alice")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 2 * 3600)
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 401
    assert "expired" in response.json()["error"]["message"]


def test_a_token_signed_with_another_key_is_401(client: TestClient) -> None:
    forged = URLSafeTimedSerializer("not the key", salt="vetlink.api-token").dumps({"u": 1})
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401


def test_a_session_cookie_is_not_an_api_token(client: TestClient) -> None:
    login(client, "alice")
    session = client.cookies.get(SESSION_COOKIE)
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {session}"})
    assert response.status_code == 401


def test_a_forged_session_sends_the_page_to_sign_in(client: TestClient) -> None:
    forged = URLSafeTimedSerializer("guess", salt="vetlink.session").dumps({"u": 1, "c": "x"})
    client.cookies.set(SESSION_COOKIE, forged)
    response = client.get("/check", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fcheck&expired=1"
    api = client.get("/check", headers={"Accept": "application/json"})
    assert api.status_code == 401 and "sign in again" in api.text


def test_an_expired_session_is_401(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    login(client, "alice")
    cookie = f"{SESSION_COOKIE}={client.cookies.get(SESSION_COOKIE)}"
    client.cookies.clear()
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 9 * 3600)
    response = client.get("/reports", headers={"Cookie": cookie}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].endswith("&expired=1")
    page = client.get(response.headers["location"])
    assert "Your session ended" in page.text and "what you typed is kept" in page.text


def test_no_session_redirects_pages_to_sign_in(client: TestClient) -> None:
    response = client.get("/cases/1", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fcases%2F1"


def test_sign_in_never_redirects_to_another_site(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    for target in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
        response = client.post("/login", data={"username": "alice", "password": PASSWORD,
                                               "csrf_token": token, "next": target},
                               follow_redirects=False)
        assert response.headers["location"] == "/"


def test_each_role_starts_on_its_own_page(client: TestClient) -> None:
    login(client, "alice")
    assert client.get("/", follow_redirects=False).headers["location"] == "/check"
    client.cookies.clear()
    login(client, "sam")
    assert client.get("/", follow_redirects=False).headers["location"] == "/cases"
    assert "<h1>Queue</h1>" in client.get("/").text


def test_sign_out_needs_the_csrf_token_and_ends_the_session(client: TestClient) -> None:
    token = login(client, "alice")
    assert client.post("/logout", data={}).status_code == 403
    response = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/check", follow_redirects=False).status_code == 303


def test_a_deactivated_user_is_signed_out(app: FastAPI) -> None:
    from vetlink.store.db import write_session
    from vetlink.store.models import User

    client = new_client(app)
    login(client, "alice")
    headers = bearer(client, "alice")
    with write_session(app.state.services.engine) as session:
        user = session.query(User).filter_by(username="alice").one()
        user.active = False
    assert client.get("/check", follow_redirects=False).headers["location"].startswith("/login")
    assert client.get("/api/v1/me", headers=headers).status_code == 401


@pytest.mark.parametrize(("path", "who"), [
    ("/cases", "alice"), ("/cases/1", "alice"), ("/dashboard", "alice"),
    ("/dashboard/data", "alice"), ("/admin/users", "alice"), ("/admin/users", "sam"),
    ("/cases.csv", "alice"), ("/labels.jsonl", "bob"),
])
def test_pages_beyond_the_role_are_403(app: FastAPI, path: str, who: str) -> None:
    client = new_client(app)
    login(client, who)
    assert client.get(path).status_code == 403


@pytest.mark.parametrize(("method", "path"), [
    ("get", "/api/v1/cases"), ("get", "/api/v1/cases/1"), ("get", "/api/v1/dashboard"),
    ("get", "/api/v1/labels.jsonl"), ("post", "/api/v1/cases/1/status"),
    ("post", "/api/v1/cases/1/notes"), ("post", "/api/v1/cases/1/merge"),
    ("post", "/api/v1/cases/1/split"),
])
def test_analyst_api_is_403_for_reporters(client: TestClient, method: str, path: str) -> None:
    response = getattr(client, method)(path, headers=bearer(client, "alice"))
    assert response.status_code == 403
    assert response.json()["error"]["title"] == "Forbidden"


def test_admin_can_add_users_and_analysts_cannot(app: FastAPI) -> None:
    admin = new_client(app)
    token = login(admin, "root")
    form = {"csrf_token": token, "username": "dana", "password": "long enough",
            "role": "analyst", "department": "<b>Ops</b>"}
    assert admin.post("/admin/users", data=form).status_code == 200
    page = admin.get("/admin/users").text
    assert "dana" in page and "&lt;b&gt;Ops&lt;/b&gt;" in page
    analyst = new_client(app)
    analyst_token = login(analyst, "sam")
    form["csrf_token"], form["username"] = analyst_token, "eve"
    assert analyst.post("/admin/users", data=form).status_code == 403
    assert admin.post("/admin/users", data=dict(form, csrf_token="x")).status_code == 403


def test_admin_cannot_lock_themselves_out(app: FastAPI) -> None:
    from vetlink.store.db import write_session
    from vetlink.store.users import by_username

    admin = new_client(app)
    token = login(admin, "root")
    with write_session(app.state.services.engine) as session:
        root = by_username(session, "root")
        assert root is not None
        root_id = root.id
    response = admin.post(f"/admin/users/{root_id}", data={"csrf_token": token,
                                                           "role": "reporter"})
    assert response.status_code == 400
    assert add_user(app, "frank", "reporter") > root_id


def test_signing_out_ends_every_session_and_token_of_the_user(app: FastAPI) -> None:
    laptop, phone = new_client(app), new_client(app)
    token = login(laptop, "alice")
    login(phone, "alice")
    headers = bearer(phone, "alice")
    laptop.post("/logout", data={"csrf_token": token})
    assert phone.get("/reports", follow_redirects=False).status_code == 303
    assert phone.get("/api/v1/me", headers=headers).status_code == 401
    login(phone, "alice")
    assert phone.get("/reports").status_code == 200
