"""Where a profile-only API check runs (issue 12): with ``VETLINK_LOOP_CHECK_BYTES`` a small
one on the event loop itself, a bigger one in a thread, never on the loop; the answer is the
same either way, and a big check in its thread does not hold up a small one."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import TEST_LIMIT, bearer
from vetlink.settings import Settings
from vetlink.web.app import create_app

EXAMPLE = json.loads(resources.files("vetlink.examples").joinpath("headhunter.json")
                     .read_text("utf-8"))
LOOP_BYTES = 8 * 1024
WORDS = ["paid", "consultancy", "opportunity", "think", "tank", "confidential", "client",
         "WhatsApp", "Telegram", "defence", "policy", "clearance", "honorarium", "travel",
         "covered", "urgent", "exclusive"]


def slow_profile(size: int) -> dict[str, Any]:
    """A profile whose body is about ``size`` bytes of keyword flood (the slowest shape the
    benchmark knows: bench/web_throughput.py, hostile_profiles)."""
    flood = " ".join(WORDS[i % len(WORDS)] for i in range(size // 8))
    return dict(EXAMPLE, about=flood[: size - 2000])


def app_with(settings: Settings, loop_bytes: int) -> FastAPI:
    return create_app(settings.model_copy(update={"loop_check_bytes": loop_bytes,
                                                  "inline_check_bytes": TEST_LIMIT}))


@pytest.fixture
def loop_app(app: FastAPI, settings: Settings) -> Iterator[FastAPI]:
    """The app with small checks on the event loop (``app`` made the users)."""
    made = app_with(settings, LOOP_BYTES)
    yield made
    made.state.services.engine.dispose()


def ran(app: FastAPI) -> dict[str, int]:
    return dict(app.state.services.checks.ran)


def test_a_small_profile_is_checked_on_the_loop_and_answered_as_in_a_thread(
        app: FastAPI, loop_app: FastAPI) -> None:
    assert app.state.services.settings.loop_check_bytes == 0  # the default: threads
    answers = []
    for made, where in ((app, "thread"), (loop_app, "event loop")):
        client = TestClient(made)
        headers = bearer(client, "alice")
        before = ran(made)
        for route in (False, True):  # the fast lane, then the route (a chunked body)
            raw = json.dumps({"profile": EXAMPLE}).encode()
            answer = client.post("/api/v1/checks", content=iter([raw]) if route else raw,
                                 headers=dict(headers, **{"Content-Type": "application/json"}))
            assert answer.status_code == 200, answer.text
            answers.append((answer.content, sorted(answer.headers.items())))
        assert ran(made)[where] == before[where] + 2, ran(made)
    assert all(one == answers[0] for one in answers)


def test_a_bigger_profile_is_checked_in_a_thread_not_on_the_loop(loop_app: FastAPI) -> None:
    client = TestClient(loop_app)
    headers = bearer(client, "alice")
    big = slow_profile(LOOP_BYTES * 2)
    before = ran(loop_app)
    answer = client.post("/api/v1/checks", json={"profile": big}, headers=headers)
    assert answer.status_code == 200, answer.text
    assert ran(loop_app)["thread"] == before["thread"] + 1
    assert ran(loop_app)["event loop"] == before["event loop"]
    bad = client.post("/api/v1/checks", json={"profile": dict(big, experience="x")},
                      headers=headers)
    assert bad.status_code == 422 and bad.json()["error"]["status"] == 422


async def small_while_big(app: FastAPI, token: dict[str, str]) -> list[str]:
    """Send a slow big check, and once it runs, a small one; the order they finished in."""
    done: list[str] = []
    checks = app.state.services.checks
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        async def check(name: str, profile: dict[str, Any]) -> None:
            answer = await client.post("/api/v1/checks", json={"profile": profile},
                                       headers=token)
            assert answer.status_code == 200, answer.text
            done.append(name)

        started = sum(checks.ran.values())
        big = asyncio.create_task(check("big", slow_profile(TEST_LIMIT - 4096)))
        deadline = time.monotonic() + 30
        while sum(checks.ran.values()) == started and time.monotonic() < deadline:
            await asyncio.sleep(0.001)  # until the big check has begun
        await check("small", EXAMPLE)
        await big
    return done


def test_a_small_check_is_answered_while_a_big_one_runs_in_its_thread(
        loop_app: FastAPI) -> None:
    token = bearer(TestClient(loop_app), "alice")
    assert asyncio.run(small_while_big(loop_app, token)) == ["small", "big"]


def test_the_same_big_check_on_the_loop_would_hold_up_the_small_one(
        app: FastAPI, settings: Settings) -> None:
    """The control of the test above: were the big check run on the event loop, the small
    one would wait for it (so the order above is the thread's doing)."""
    everything_on_the_loop = app_with(settings, TEST_LIMIT)
    try:
        token = bearer(TestClient(everything_on_the_loop), "alice")
        assert asyncio.run(small_while_big(everything_on_the_loop, token)) == ["big", "small"]
    finally:
        everything_on_the_loop.state.services.engine.dispose()
