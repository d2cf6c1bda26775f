"""Hardening of the web app (issue 9): the sign-in throttle on a real server, forwarded
headers, huge ids and deeply nested bodies on every route, sessions after a role or active
change, Cache-Control, and what a reporter learns about a reused photo."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute, Route

from tests.web.conftest import PASSWORD, bearer, csrf_of, login, new_client
from tests.web.live import live_server
from tests.web.test_api import post_report
from tests.web.test_api_photo import b64
from tests.web.test_pages import encoded, face_like
from vetlink.settings import Settings
from vetlink.store import users
from vetlink.store.users import MAX_FAILURES
from vetlink.web.app import create_app

# slow enough that wrong passwords overlap, as real argon2 makes them (cheap on memory)
OVERLAPPING = PasswordHasher(time_cost=3, memory_cost=8 * 1024, parallelism=1)


def wrong_token_requests(base: str, count: int, **headers: str) -> list[int]:
    def one(i: int) -> int:
        with httpx.Client(base_url=base, timeout=120) as client:
            sent = {k.replace("_", "-"): v.format(i=i) for k, v in headers.items()}
            return client.post("/api/v1/token", headers=sent,
                               data={"username": "alice", "password": f"wrong {i}"}).status_code

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one, range(count)))


def test_25_parallel_wrong_passwords_evaluate_at_most_the_limit(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(users, "hasher", lambda: OVERLAPPING)
    monkeypatch.setattr(users, "dummy_hash", lambda: OVERLAPPING.hash("not a real password"))
    with live_server(app) as base:
        codes = wrong_token_requests(base, 25)
        right = httpx.post(f"{base}/api/v1/token",
                           data={"username": "alice", "password": PASSWORD})
    assert codes.count(401) == MAX_FAILURES, codes
    assert codes.count(429) == 25 - MAX_FAILURES, codes
    assert right.status_code == 429


def test_a_spoofed_forwarded_for_does_not_unlock_a_locked_account(app: FastAPI) -> None:
    with live_server(app) as base:
        codes = wrong_token_requests(base, 7, X_Forwarded_For="203.0.113.{i}")
        right = httpx.post(f"{base}/api/v1/token", headers={"X-Forwarded-For": "198.51.100.9"},
                           data={"username": "alice", "password": PASSWORD})
    assert sorted(codes) == [401] * MAX_FAILURES + [429] * 2
    assert right.status_code == 429


def test_a_trusted_proxy_forwards_the_client_address(settings: Settings) -> None:
    trusting = create_app(settings.model_copy(update={"trusted_proxies": "127.0.0.1/32"}))
    from tests.web.conftest import add_user

    add_user(trusting, "alice", "reporter")
    try:
        with live_server(trusting) as base:
            codes = wrong_token_requests(base, 6, X_Forwarded_For="203.0.113.7")
            other = httpx.post(f"{base}/api/v1/token",
                               headers={"X-Forwarded-For": "198.51.100.9"},
                               data={"username": "alice", "password": PASSWORD})
    finally:
        trusting.state.services.engine.dispose()
    assert sorted(codes) == [401] * MAX_FAILURES + [429]
    assert other.status_code == 200  # the lock is per client address, as the proxy says


HUGE_IDS = [2**31, 2**63, 2**64, 10**30]
NESTED = "[" * 20_000 + "]" * 20_000  # within the test limit of 64 KiB


def flat_routes(routes: list[BaseRoute]) -> list[BaseRoute]:
    """Every route of the app (FastAPI keeps an included router's routes inside it; our
    routers carry their prefix in their own paths)."""
    found: list[BaseRoute] = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found += flat_routes(inner.routes) if inner is not None else [route]
    return found


def routes_of(app: FastAPI) -> list[tuple[str, str]]:
    found = []
    for route in flat_routes(app.routes):
        if isinstance(route, APIRoute | Route):
            for method in sorted((route.methods or set()) - {"HEAD"}):
                found.append((method, route.path))
    return found


def admin_client(app: FastAPI) -> tuple[TestClient, str]:
    client = new_client(app)
    token = login(client, "root")
    client.headers.update(bearer(client, "root"))
    return client, token


def test_every_route_answers_a_huge_id_with_a_4xx(app: FastAPI) -> None:
    client, token = admin_client(app)
    with_ids = [(m, p) for m, p in routes_of(app) if "{" in p]
    assert len(with_ids) >= 12
    for method, path in with_ids:
        for huge in HUGE_IDS:
            url = re.sub(r"\{[^}]+\}", str(huge), path)
            form = {"csrf_token": token, "status": "benign", "text": "x", "into": str(huge),
                    "report": str(huge), "role": "reporter"} if method == "POST" else None
            got = client.request(method, url, data=form)
            assert 400 <= got.status_code < 500, (method, url, got.status_code, got.text)


def test_every_route_answers_a_deeply_nested_json_body_with_a_4xx(app: FastAPI) -> None:
    client, _ = admin_client(app)
    posts = [(m, re.sub(r"\{[^}]+\}", "1", p)) for m, p in routes_of(app) if m == "POST"]
    assert len(posts) >= 15
    for method, url in posts:
        for body in (NESTED, '{"profile": ' + "{" * 2000 + "}" * 2000 + "}"):
            got = client.request(method, url, content=body,
                                 headers={"Content-Type": "application/json"})
            assert 400 <= got.status_code < 500, (method, url, got.status_code, got.text)
    got = client.post("/api/v1/checks", content=NESTED, headers={"Content-Type":
                                                                  "application/json"})
    assert "VETLINK_MAX_NESTING_DEPTH" in got.json()["error"]["message"]


def test_huge_ids_in_bodies_are_refused_with_a_clear_message(app: FastAPI) -> None:
    client, _ = admin_client(app)
    case = post_report(client, "alice", {"profile": {"name": "Jane Roe"}})["case_id"]
    for body, path in (({"into": 2**64}, "merge"), ({"reports": [2**64]}, "split")):
        got = client.post(f"/api/v1/cases/{case}/{path}", json=body)
        assert got.status_code == 422, got.text
        assert "less than or equal to 2147483647" in got.json()["error"]["message"]


def admin_form(client: TestClient, token: str, user_id: int, **fields: str) -> int:
    data = {"csrf_token": token, "role": "reporter", "department": "", **fields}
    return client.post(f"/admin/users/{user_id}", data=data, follow_redirects=False).status_code


def alice_id(client: TestClient) -> int:
    headers = bearer(client, "alice")
    return int(client.get("/api/v1/me", headers=headers).json()["id"])


def test_reactivating_a_user_does_not_revive_old_sessions_or_tokens(app: FastAPI) -> None:
    alice = new_client(app)
    login(alice, "alice")
    token = bearer(alice, "alice")
    admin = new_client(app)
    admin_token = login(admin, "root")
    uid = alice_id(admin)
    assert admin_form(admin, admin_token, uid) == 303  # deactivated (no "active")
    assert admin_form(admin, admin_token, uid, active="on") == 303  # and back
    assert alice.get("/check", follow_redirects=False).status_code in (303, 401)
    assert alice.get("/api/v1/me", headers=token).status_code == 401
    assert bearer(new_client(app), "alice")  # a new sign-in works


def test_a_role_change_ends_the_users_sessions(app: FastAPI) -> None:
    sam = new_client(app)
    login(sam, "sam")
    token = bearer(sam, "sam")
    admin = new_client(app)
    admin_token = login(admin, "root")
    uid = int(admin.get("/api/v1/me", headers=bearer(admin, "sam")).json()["id"])
    assert admin_form(admin, admin_token, uid, active="on") == 303  # analyst -> reporter
    assert sam.get("/api/v1/cases", headers=token).status_code == 401
    assert sam.get("/cases", follow_redirects=False).status_code in (303, 401)


def test_a_department_change_keeps_sessions_but_its_length_is_checked(app: FastAPI) -> None:
    alice = new_client(app)
    token = bearer(alice, "alice")
    admin = new_client(app)
    admin_token = login(admin, "root")
    uid = alice_id(admin)
    assert admin_form(admin, admin_token, uid, active="on", department="x" * 121) == 400
    assert admin_form(admin, admin_token, uid, active="on", department="Finance") == 303
    me = alice.get("/api/v1/me", headers=token)
    assert me.status_code == 200 and me.json()["department"] == "Finance"


def test_pages_api_answers_and_exports_are_not_stored_but_static_files_may_be(
    app: FastAPI
) -> None:
    client, _ = admin_client(app)
    for url in ("/check", "/reports", "/cases", "/cases.csv", "/labels.jsonl", "/dashboard",
                "/admin/users", "/api/v1/me", "/api/v1/cases", "/api/v1/labels.jsonl",
                "/reports/999", "/login"):
        got = client.get(url)
        assert got.headers.get("cache-control") == "no-store", url
    static = client.get("/static/" + static_file(app))
    assert static.status_code == 200
    assert "no-store" not in static.headers.get("cache-control", "")


def static_file(app: FastAPI) -> str:
    from importlib import resources

    folder = resources.files("vetlink.web").joinpath("static")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".css"))[0]


def reused_photo_findings(client: TestClient, user: str, photo: bytes) -> list[dict[str, str]]:
    got = client.post("/api/v1/checks", headers=bearer(client, user),
                      json={"profile": {"name": "Another Name"}, "photo": b64(photo)})
    assert got.status_code == 200, got.text
    return [f for f in got.json()["findings"] if f["id"] == "photo.reused"]


def test_a_reporter_learns_a_photo_was_seen_before_but_not_whose_case(app: FastAPI) -> None:
    client = new_client(app)
    original = face_like()
    first = post_report(client, "alice", {"profile": {"name": "Mei Lin"},
                                          "photo": b64(encoded(original, "PNG"))})
    copy = encoded(original.resize((200, 200)), "JPEG", quality=80)
    for_bob = reused_photo_findings(client, "bob", copy)
    for_sam = reused_photo_findings(client, "sam", copy)
    assert for_bob and for_sam
    shown = json.dumps(for_bob)
    assert "seen before (verdict: reported)" in shown
    for secret in ("Mei Lin", f"report {first['id']}", "vetlink"):
        assert secret not in shown
    assert "Mei Lin" in json.dumps(for_sam) and f"report {first['id']}" in json.dumps(for_sam)


def test_a_reporters_check_page_and_draft_do_not_name_the_earlier_persona(
    app: FastAPI
) -> None:
    client = new_client(app)
    original = face_like()
    post_report(client, "alice", {"profile": {"name": "Mei Lin"},
                                  "photo": b64(encoded(original, "PNG"))})
    bob = new_client(app)
    token = login(bob, "bob")
    page = bob.post("/check", data={"csrf_token": token, "profile_text": ""},
                    files={"photo": ("p.jpg", encoded(original, "JPEG", quality=85))})
    assert page.status_code == 200, page.text
    assert "seen before (verdict: reported)" in page.text
    assert "Mei Lin" not in page.text  # nor in the (readable) signed draft
    draft = re.search(r'name="draft" value="([^"]+)"', page.text)
    assert draft
    reported = bob.post("/reports", data={"csrf_token": csrf_of(page.text),
                                          "draft": draft.group(1)}, follow_redirects=False)
    assert reported.status_code == 303
    sam = new_client(app)
    report_id = reported.headers["location"].split("/")[-1].split("?")[0]
    full = sam.get(f"/api/v1/reports/{report_id}", headers=bearer(sam, "sam")).json()
    assert "Mei Lin" in json.dumps(full["assessment"])  # analysts keep the details


@pytest.mark.parametrize("field", ["profile_file", "conversation_file"])
def test_a_deeply_nested_json_upload_is_a_clear_4xx(app: FastAPI, field: str) -> None:
    client = new_client(app)
    token = login(client, "alice")
    nested = ('{"name": "Jane", "about": ' + "[" * 30_000 + "]" * 30_000 + "}").encode()
    page = client.post("/check", data={"csrf_token": token},
                       files={field: ("deep.json", nested, "application/json")})
    assert 400 <= page.status_code < 500, page.text[:300]
    assert "levels of nesting" in page.text and "VETLINK_MAX_NESTING_DEPTH" in page.text
