"""The user cache under load (issue 12): a busy user's entry is read again in the background
before it ends, so requests do not wait for the read; a user not cached is read once for all
the requests that want it at the same moment; and what is served is never older than the
cache's TTL (a change still ends a token within it)."""

from __future__ import annotations

import asyncio
import json
import time
from importlib import resources

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.web.conftest import bearer
from vetlink.store.db import write_session
from vetlink.store.models import User
from vetlink.web.usercache import REFRESH_SECONDS, TTL_SECONDS, forget_all

EXAMPLE = json.loads(resources.files("vetlink.examples").joinpath("headhunter.json")
                     .read_text("utf-8"))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def post_and_settle(app: FastAPI, headers: dict[str, str], settled: object,
                          seconds: float = 30.0) -> int:
    """One check, then wait on the same event loop until ``settled()``: a renewal runs as a
    task on the loop that served the request (as under uvicorn), which TestClient would
    close when its request ends."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.post("/api/v1/checks", json={"profile": EXAMPLE}, headers=headers)
        deadline = time.monotonic() + seconds
        while not settled() and time.monotonic() < deadline:  # type: ignore[operator]
            await asyncio.sleep(0.01)
    return answer.status_code


def test_a_busy_users_entry_is_renewed_before_it_ends(app: FastAPI,
                                                     client: TestClient) -> None:
    users = app.state.services.users
    clock = Clock()
    users.clock = clock
    users.stat_due = float("inf")  # this test is about the TTL, not the changes file
    headers = bearer(client, "alice")
    forget_all(shared=False)
    check = {"profile": EXAMPLE}
    assert client.post("/api/v1/checks", json=check, headers=headers).status_code == 200
    loads = users.loads
    clock.now += TTL_SECONDS - REFRESH_SECONDS / 2  # in the entry's last moments
    assert asyncio.run(post_and_settle(
        app, headers, lambda: users.loads == loads + 1 and not users.refreshing)) == 200
    assert users.loads == loads + 1, "the entry should have been read again in the background"
    clock.now += REFRESH_SECONDS * 0.6  # past the first entry's end, early in the renewed one
    assert client.post("/api/v1/checks", json=check, headers=headers).status_code == 200
    assert users.loads == loads + 1, "the renewed entry should have answered"


def test_a_renewal_still_sees_a_change_within_the_ttl(app: FastAPI,
                                                     client: TestClient) -> None:
    users = app.state.services.users
    clock = Clock()
    users.clock = clock
    users.stat_due = float("inf")
    headers = bearer(client, "alice")
    forget_all(shared=False)
    check = {"profile": EXAMPLE}
    assert client.post("/api/v1/checks", json=check, headers=headers).status_code == 200
    with app.state.services.engine.begin() as connection:  # unseen by the ORM's events
        connection.execute(update(User).where(User.username == "alice")
                           .values(session_epoch=User.session_epoch + 1))
    clock.now += TTL_SECONDS - REFRESH_SECONDS / 2
    asyncio.run(post_and_settle(app, headers, lambda: not users.refreshing))  # may be served
    clock.now += REFRESH_SECONDS  # the first entry has ended
    answer = client.post("/api/v1/checks", json=check, headers=headers)
    assert answer.status_code == 401, answer.text
    assert answer.json()["error"]["status"] == 401


async def checks_at_once(app: FastAPI, headers: dict[str, str], count: int) -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answers = await asyncio.gather(*(
            client.post("/api/v1/checks", json={"profile": EXAMPLE}, headers=headers)
            for _ in range(count)))
    return [a.status_code for a in answers]


def test_a_user_not_cached_is_read_once_for_the_requests_that_want_it(
        app: FastAPI, client: TestClient) -> None:
    users = app.state.services.users
    headers = bearer(client, "alice")
    forget_all(shared=False)
    loads = users.loads
    assert asyncio.run(checks_at_once(app, headers, 12)) == [200] * 12
    assert users.loads == loads + 1


def test_a_deactivated_user_is_refused_by_every_waiting_request(
        app: FastAPI, client: TestClient) -> None:
    headers = bearer(client, "bob")
    with write_session(app.state.services.engine) as session:
        session.execute(update(User).where(User.username == "bob").values(active=False))
        session.commit()
    assert asyncio.run(checks_at_once(app, headers, 6)) == [401] * 6
