from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.store.dbfixtures import database_url  # noqa: F401  (a fixture)
from tests.store.fast_hashing import fast_password_hashing  # noqa: F401  (a fixture)
from vetlink.settings import Settings
from vetlink.store.db import write_session
from vetlink.store.users import create_user
from vetlink.web.app import create_app

PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
TEST_LIMIT = 64 * 1024


@pytest.fixture
def settings(isolated_data_dir: Path, database_url: str) -> Settings:  # noqa: F811
    # campaign_refresh_seconds=0: no background recompute after reports, except in the
    # tests of it (tests/web/test_campaign_refresh.py), which turn it on
    return Settings(data_dir=isolated_data_dir, database_url=database_url,
                    max_input_bytes=TEST_LIMIT, campaign_refresh_seconds=0)


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    made = create_app(settings)
    add_user(made, "alice", "reporter", "Policy")
    add_user(made, "bob", "reporter", "Research")
    add_user(made, "sam", "analyst", "Security")
    add_user(made, "root", "admin", "IT")
    yield made
    made.state.services.engine.dispose()


def add_user(app: FastAPI, name: str, role: str, department: str | None = None) -> int:
    with write_session(app.state.services.engine) as session:
        return create_user(session, name, PASSWORD, role, department).id


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


def new_client(app: FastAPI) -> TestClient:
    return TestClient(app)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "page has no CSRF token"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": name, "password": password,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/check").text)


def bearer(client: TestClient, name: str) -> dict[str, str]:
    response = client.post("/api/v1/token", data={"username": name, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
