"""The fast lane of ``POST /api/v1/checks`` (web/fastcheck.py, issue 12) answers what the
route answers, takes only what it may, and hands everything else to the route."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import TEST_LIMIT, bearer
from vetlink.store.db import write_session
from vetlink.web import extension_tokens
from vetlink.web.usercache import forget_all

EXAMPLE = json.loads(resources.files("vetlink.examples").joinpath("headhunter.json")
                     .read_text("utf-8"))


def fast(app: FastAPI) -> int:
    return app.state.services.counts.get("fast_checks", 0)


def both_ways(app: FastAPI, client: TestClient, body: Any,
              headers: dict[str, str]) -> tuple[Any, Any]:
    """The answer of the route (the body sent chunked, without a Content-Length: the lane
    leaves those to the route) and of the fast lane."""
    before = fast(app)
    raw = json.dumps(body).encode("utf-8")
    by_route = client.post("/api/v1/checks", content=iter([raw[:100], raw[100:]]),
                           headers=dict(headers, **{"Content-Type": "application/json"}))
    assert fast(app) == before, "the route should have answered (no Content-Length)"
    forget_all(shared=False)  # the lane reads the user itself when it is not cached
    by_lane = client.post("/api/v1/checks", json=body, headers=headers)
    assert fast(app) == before + 1, "the fast lane should have answered"
    return by_route, by_lane


def same(one: Any, other: Any) -> None:
    """Byte for byte: the status, the body and every header."""
    assert (one.status_code, one.content) == (other.status_code, other.content)
    assert sorted(one.headers.items()) == sorted(other.headers.items())
    assert one.headers["x-frame-options"] == "DENY"


def test_the_fast_lane_answers_what_the_route_answers(app: FastAPI, client: TestClient) -> None:
    for who in ("alice", "sam"):
        route, lane = both_ways(app, client, {"profile": EXAMPLE}, bearer(client, who))
        assert route.status_code == 200 and route.json()["band"] == "high"
        same(route, lane)


def test_a_bad_profile_gets_the_routes_error_either_way(app: FastAPI,
                                                        client: TestClient) -> None:
    headers = bearer(client, "alice")
    for profile in (dict(EXAMPLE, experience="not a list"),
                    dict(EXAMPLE, photo={"path": "/etc/passwd"}),
                    dict(EXAMPLE, headline=None),
                    dict(EXAMPLE, schema="vetlink/profile/v9")):
        route, lane = both_ways(app, client, {"profile": profile}, headers)
        assert route.status_code == 422, route.text
        same(route, lane)


def test_what_the_lane_may_not_take_goes_to_the_route(app: FastAPI, client: TestClient,
                                                      settings: Any) -> None:
    headers = bearer(client, "alice")
    client.post("/api/v1/checks", json={"profile": EXAMPLE}, headers=headers)  # cached now
    before = fast(app)
    conversation = {"schema": "vetlink/conversation/v1", "platform": "LinkedIn",
                    "messages": [{"sender": "contact", "text": "Hello, a paid role?"}]}
    big = dict(EXAMPLE, about="word " * (settings.inline_check_bytes // 5 + 10))
    answers = [
        client.post("/api/v1/checks", json={"conversation": conversation}, headers=headers),
        client.post("/api/v1/checks", json={"profile": big}, headers=headers),
        client.post("/api/v1/checks", content=b'{"profile": ', headers=dict(
            headers, **{"Content-Type": "application/json"})),
        client.post("/api/v1/checks", content=json.dumps({"profile": EXAMPLE}),
                    headers=dict(headers, **{"Content-Type": "text/plain"})),
        client.post("/api/v1/checks", json={"profile": EXAMPLE}, headers={
            "Authorization": headers["Authorization"][:-3] + "xyz"}),
        client.post("/api/v1/checks", json={"profile": EXAMPLE, "extra": 1}, headers=headers),
    ]
    assert [a.status_code for a in answers] == [200, 200, 422, 415, 401, 422]
    assert fast(app) == before


def test_an_extension_token_is_still_counted(app: FastAPI, client: TestClient) -> None:
    services = app.state.services
    with write_session(services.engine) as session:
        from sqlalchemy import select

        from vetlink.store.models import User

        users = {u.username: u for u in session.scalars(select(User))}
        token = extension_tokens.issue(session, users["alice"], users["root"].id, "t", 1)
        session.commit()
    app.state.extension_limiter.per_minute = 2
    headers = {"Authorization": f"Bearer {token}"}
    statuses = [client.post("/api/v1/checks", json={"profile": EXAMPLE},
                            headers=headers).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_a_body_over_the_cap_is_still_413(app: FastAPI, client: TestClient) -> None:
    headers = bearer(client, "alice")
    client.post("/api/v1/checks", json={"profile": EXAMPLE}, headers=headers)  # cached now
    huge = dict(EXAMPLE, about="x" * (TEST_LIMIT + 10))
    response = client.post("/api/v1/checks", json={"profile": huge}, headers=headers)
    assert response.status_code == 413
