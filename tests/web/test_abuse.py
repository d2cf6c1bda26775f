"""Abuse: forms without their token, injection in every kind of field, oversized and chunked
bodies, unknown ids, errors as HTML or JSON."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import TEST_LIMIT, bearer, csrf_of, login, new_client
from tests.web.test_api import example, post_report
from vetlink.settings import Settings
from vetlink.web.auth import secret_key

SQL = "1; DROP TABLE users; --"

FORMS = [
    ("alice", "/logout", {}),
    ("alice", "/check", {"profile_text": "{}"}),
    ("alice", "/reports", {"draft": "x"}),
    ("alice", "/review", {"photo": "no"}),
    ("alice", "/exposure", {"profile_text": "{}"}),
    ("sam", "/cases/1/status", {"status": "benign"}),
    ("sam", "/cases/1/notes", {"text": "hello"}),
    ("sam", "/cases/1/merge", {"into": "2"}),
    ("sam", "/cases/1/split", {"report": "1"}),
    ("root", "/admin/users", {"username": "x1", "password": "long enough", "role": "reporter"}),
    ("root", "/admin/users/1", {"role": "reporter"}),
]


@pytest.mark.parametrize(("who", "path", "form"), FORMS)
def test_every_form_without_its_csrf_token_is_403(
    app: FastAPI, who: str, path: str, form: dict[str, str]
) -> None:
    client = new_client(app)
    token = login(client, who)
    assert client.post(path, data=form).status_code == 403
    assert client.post(path, data=dict(form, csrf_token=token[::-1])).status_code == 403


def test_a_token_from_another_session_is_refused(app: FastAPI) -> None:
    alice, bob = new_client(app), new_client(app)
    alice_token = login(alice, "alice")
    login(bob, "bob")
    response = bob.post("/check", data={"csrf_token": alice_token, "profile_text": "{}"})
    assert response.status_code == 403


def test_sql_in_the_sign_in_form_is_just_a_wrong_password(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    for name in ("' OR '1'='1", "admin'--", SQL):
        response = client.post("/login", data={"username": name, "password": "' OR 1=1 --",
                                               "csrf_token": token})
        assert response.status_code == 401
    assert bearer(client, "alice")


def test_sql_in_case_fields_is_a_clear_400(client: TestClient) -> None:
    made = post_report(client, "alice", {"profile": example()})
    sam = bearer(client, "sam")
    status = client.post(f"/api/v1/cases/{made['case_id']}/status", json={"status": SQL},
                         headers=sam)
    assert status.status_code == 400
    assert client.get(f"/api/v1/cases?status={SQL}", headers=sam).status_code == 400
    merge = client.post(f"/api/v1/cases/{made['case_id']}/merge", json={"into": SQL},
                        headers=sam)
    assert merge.status_code == 422
    assert client.get("/api/v1/cases", headers=sam).json()[0]["reports"] == 1


def test_an_over_long_note_is_refused(client: TestClient) -> None:
    response = client.post("/api/v1/reports", json={"profile": example(), "note": "x" * 10_001},
                           headers=bearer(client, "alice"))
    assert response.status_code == 400
    assert "note" in response.json()["error"]["message"]
    assert client.get("/api/v1/reports", headers=bearer(client, "alice")).json() == []


def test_a_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"profile": {"name": "A", "about": "'
        for _ in range(8):
            yield b"x" * TEST_LIMIT
        yield b'"}}'

    headers = bearer(client, "alice") | {"Content-Type": "application/json"}
    response = client.post("/api/v1/checks", content=chunks(), headers=headers)
    assert response.status_code == 413


@pytest.mark.parametrize(("who", "path"), [
    ("sam", "/cases/999"), ("sam", "/reports/999"), ("alice", "/evidence/999"),
    ("alice", "/reports/abc"), ("alice", "/no/such/page"),
])
def test_unknown_ids_are_404_pages(app: FastAPI, who: str, path: str) -> None:
    client = new_client(app)
    login(client, who)
    response = client.get(path)
    assert response.status_code in (404, 422)
    assert response.headers["content-type"].startswith("text/html")
    assert "Traceback" not in response.text


def test_admin_updating_an_unknown_user_is_404(app: FastAPI) -> None:
    client = new_client(app)
    token = login(client, "root")
    response = client.post("/admin/users/999", data={"csrf_token": token, "role": "reporter"})
    assert response.status_code == 404


def test_errors_are_json_for_clients_that_ask_for_it(app: FastAPI) -> None:
    client = new_client(app)
    login(client, "sam")
    response = client.get("/cases/999", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.json() == {"error": {"status": 404, "title": "Not found",
                                         "message": "case 999 does not exist"}}
    assert client.get("/api/v1/nothing").json()["error"]["status"] == 404


def test_the_secret_key_is_generated_once_and_private(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    first = secret_key(settings)
    assert secret_key(settings) == first and len(first) >= 48
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600
    assert secret_key(Settings(data_dir=tmp_path, secret_key="from-settings")) == "from-settings"


def test_reports_survive_a_restart_of_the_app(settings: Settings) -> None:
    from tests.web.conftest import add_user
    from vetlink.web.app import create_app

    first = create_app(settings)
    add_user(first, "alice", "reporter")
    client = TestClient(first)
    made = post_report(client, "alice", {"profile": example()})
    headers = bearer(client, "alice")
    first.state.services.engine.dispose()
    again = TestClient(create_app(settings))
    got = again.get(f"/api/v1/reports/{made['id']}", headers=headers)
    assert got.status_code == 200
    assert got.json()["assessment"] == made["assessment"]
