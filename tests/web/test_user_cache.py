"""Who is asking comes from a cache (web/usercache.py, issue 12): repeated requests do not
read the user's row again, and yet signing out, a role change, deactivation and a department
change take effect on the very next request; a change made where no event sees it (another
machine, a manual UPDATE) within the cache's TTL; one made by another server process of the
same data directory at once (through ``<data dir>/user_changes``). API tokens verified once
are remembered, but an expired or altered one is still refused."""

from __future__ import annotations

import json
import os
import time
from importlib import resources
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from tests.web.conftest import bearer, login, new_client
from vetlink.store.db import write_session
from vetlink.store.models import User
from vetlink.store.users import end_sessions, update_user
from vetlink.web.usercache import CHANGES_FILE, STAT_SECONDS, UserCache

EXAMPLE = json.loads(resources.files("vetlink.examples").joinpath("headhunter.json")
                     .read_text("utf-8"))


def user_id(app: FastAPI, name: str) -> int:
    with write_session(app.state.services.engine) as session:
        return int(session.scalar(select(User.id).where(User.username == name)))


def change_user(app: FastAPI, name: str, role: str, department: str | None,
                active: bool = True) -> None:
    with write_session(app.state.services.engine) as session:
        user = session.scalar(select(User).where(User.username == name))
        root = session.scalar(select(User).where(User.username == "root"))
        update_user(session, user, root.id, role, department, active)
        session.commit()


def test_repeated_checks_read_the_user_once(app: FastAPI, client: TestClient) -> None:
    headers = bearer(client, "alice")
    cache = app.state.services.users
    cache.clock = lambda: 1000.0  # no entry ends or nears its end during the test (a slow
    # machine once took over half the TTL for these ten requests, and a renewal read counted)
    client.get("/api/v1/me", headers=headers)
    before = cache.loads
    for _ in range(5):
        response = client.post("/api/v1/checks", json={"profile": EXAMPLE}, headers=headers)
        assert response.status_code == 200 and response.json()["band"] == "high"
        assert client.get("/api/v1/me", headers=headers).json()["username"] == "alice"
    assert cache.loads == before


def test_signing_out_ends_a_cached_token_at_once(app: FastAPI) -> None:
    laptop, phone = new_client(app), new_client(app)
    csrf = login(laptop, "alice")
    headers = bearer(phone, "alice")
    assert phone.post("/api/v1/checks", json={"profile": EXAMPLE},
                      headers=headers).status_code == 200  # now cached
    laptop.post("/logout", data={"csrf_token": csrf})
    refused = phone.post("/api/v1/checks", json={"profile": EXAMPLE}, headers=headers)
    assert refused.status_code == 401
    assert "signed out" in refused.json()["error"]["message"]


def test_an_epoch_bump_by_statement_ends_a_cached_token(app: FastAPI,
                                                        client: TestClient) -> None:
    headers = bearer(client, "bob")
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    with write_session(app.state.services.engine) as session:
        end_sessions(session, user_id(app, "bob"))  # an UPDATE statement, no ORM object
        session.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_a_demoted_analyst_loses_the_analyst_api_at_once(app: FastAPI,
                                                         client: TestClient) -> None:
    headers = bearer(client, "sam")
    assert client.get("/api/v1/cases", headers=headers).status_code == 200
    change_user(app, "sam", "reporter", "Security")
    assert client.get("/api/v1/cases", headers=headers).status_code == 401
    again = bearer(client, "sam")
    assert client.get("/api/v1/cases", headers=again).status_code == 403
    assert client.get("/api/v1/me", headers=again).json()["role"] == "reporter"


def test_a_deactivated_user_is_refused_at_once(app: FastAPI, client: TestClient) -> None:
    headers = bearer(client, "alice")
    assert client.post("/api/v1/checks", json={"profile": EXAMPLE},
                       headers=headers).status_code == 200
    change_user(app, "alice", "reporter", "Policy", active=False)
    assert client.post("/api/v1/checks", json={"profile": EXAMPLE},
                       headers=headers).status_code == 401


def test_a_department_change_is_seen_on_the_next_request(app: FastAPI,
                                                         client: TestClient) -> None:
    headers = bearer(client, "alice")
    assert client.get("/api/v1/me", headers=headers).json()["department"] == "Policy"
    change_user(app, "alice", "reporter", "Legal")  # no epoch bump: the cache is cleared
    assert client.get("/api/v1/me", headers=headers).json()["department"] == "Legal"


def test_a_change_no_event_sees_is_seen_within_the_ttl(app: FastAPI, client: TestClient,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cache: UserCache = app.state.services.users
    now = [1000.0]
    monkeypatch.setattr(cache, "clock", lambda: now[0])
    headers = bearer(client, "alice")
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    with app.state.services.engine.begin() as connection:  # below the ORM: no event
        connection.execute(text("UPDATE users SET active = :no WHERE username = 'alice'"),
                           {"no": False})
    assert client.get("/api/v1/me", headers=headers).status_code == 200  # cached
    now[0] += cache.ttl + 0.01
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_another_process_change_clears_the_cache(app: FastAPI, client: TestClient,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """What another server process's commit does (touch ``user_changes``) empties this
    process's cache at once, however long its TTL; and a commit here touches it."""
    cache: UserCache = app.state.services.users
    now = [1000.0]
    monkeypatch.setattr(cache, "clock", lambda: now[0])
    monkeypatch.setattr(cache, "ttl", 3600.0)
    headers = bearer(client, "alice")
    client.get("/api/v1/me", headers=headers)
    with app.state.services.engine.begin() as connection:
        connection.execute(text("UPDATE users SET department = 'Elsewhere' "
                                "WHERE username = 'alice'"))
    assert client.get("/api/v1/me", headers=headers).json()["department"] == "Policy"
    changes = Path(app.state.services.settings.data_dir) / CHANGES_FILE
    stamp = time.time_ns() + 5_000_000_000
    changes.touch()
    os.utime(changes, ns=(stamp, stamp))  # as another process's commit does
    now[0] += STAT_SECONDS  # the file is looked at again this often
    assert client.get("/api/v1/me", headers=headers).json()["department"] == "Elsewhere"
    change_user(app, "bob", "reporter", "Research 2")
    assert changes.stat().st_mtime_ns != stamp


def test_a_remembered_token_still_expires(client: TestClient,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    headers = bearer(client, "alice")
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3601)
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 401 and "expired" in response.json()["error"]["message"]


def test_a_remembered_token_altered_by_one_character_is_refused(client: TestClient) -> None:
    headers = bearer(client, "alice")
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    value = headers["Authorization"]  # "Bearer <payload>.<time>.<signature>"
    at = len("Bearer ") + 2  # inside the signed payload (a signature's last base64
    # character may carry unused bits, so changing it can leave the signature the same)
    altered = value[:at] + ("A" if value[at] != "A" else "B") + value[at + 1:]
    assert client.get("/api/v1/me", headers={"Authorization": altered}).status_code == 401


def test_checks_answer_the_same_json_as_before(client: TestClient) -> None:
    """The orjson answer is the assessment, byte for byte what json would have sent (compact,
    non-ASCII kept)."""
    from vetlink.web.checking import check_json

    headers = bearer(client, "sam")
    profile = dict(EXAMPLE, headline="Directrice de recrutement · 招聘")
    response = client.post("/api/v1/checks", json={"profile": profile}, headers=headers)
    assert response.status_code == 200
    expected = check_json({"profile": profile}, 1)[1]
    assert response.json() == expected
    assert response.content == json.dumps(expected, ensure_ascii=False,
                                          separators=(",", ":")).encode("utf-8")
