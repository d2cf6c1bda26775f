"""The browser extension end to end in real Chromium: unpacked extension, LinkedIn-like
fixture pages on loopback (www.linkedin.com mapped there, every other host name resolves to
nothing), a real vetlink server with an extension token issued on the admin page. Run with
``-s`` to see the click-to-band timings."""

from __future__ import annotations

import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import chromium_path, free_port
from tests.extension.harness import (
    ALICE,
    LINKEDIN,
    Panel,
    Vetlink,
    configure,
    extension_id,
    launch,
    service_worker,
)
from tests.extension.pages import EXTENSION, PAGES, FixtureSite, fixture_site


class World:
    def __init__(self, context: Any, worker: Any, site: FixtureSite, vetlink: Vetlink,
                 token: str) -> None:
        self.context, self.worker, self.site, self.vetlink = context, worker, site, vetlink
        self.token = token
        self.direct_checks = 0
        self.origin = f"chrome-extension://{extension_id(worker)}"
        self.seen: list[tuple[str, str]] = []
        context.on("request", lambda request: self.seen.append((request.method, request.url)))

    def open(self, name: str) -> tuple[Any, Panel]:
        page = self.context.new_page()
        page.goto(LINKEDIN + PAGES[name])
        panel = Panel(page)
        panel.wait_for(("check",), timeout=15)
        return page, panel

    def check(self, name: str, timeout: float = 30) -> tuple[Any, Panel, str]:
        page, panel = self.open(name)
        panel.click("check")
        shown = panel.wait_for(("band", "error"), timeout=timeout)
        return page, panel, shown


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    tls = tmp_path_factory.mktemp("tls")
    with fixture_site(tls) as site, sync_playwright() as playwright:
        context = launch(playwright, tmp_path_factory.mktemp("profile"), executable, site.port)
        worker = service_worker(context)
        vetlink = Vetlink(tmp_path_factory.mktemp("vetlink"),
                          f"chrome-extension://{extension_id(worker)}")
        try:
            token, _ = vetlink.issue("alice")
            configure(worker, vetlink.base, token)
            yield World(context, worker, site, vetlink, token)
        finally:
            vetlink.stop()
            context.close()


LABELS = {"high": "High risk", "medium": "Medium risk", "low": "Low risk"}


def server_band(world: World, page: Any) -> str:
    """The band the server gives, asked directly with a password token, for what the
    extension's extraction reads on ``page``."""
    page.add_script_tag(path=str(EXTENSION / "extract.js"))
    got = page.evaluate("() => vetlinkExtract(document, location.href)")
    body = {key: got[key] for key in ("profile", "conversation") if got[key]}
    world.direct_checks += 1
    answer = httpx.post(f"{world.vetlink.base}/api/v1/checks", json=body, timeout=60,
                        headers=world.vetlink.password_token(ALICE))
    assert answer.status_code == 200, answer.text
    band: str = answer.json()["band"]
    return band


def api_requests(world: World) -> list[str]:
    return [r for r in world.vetlink.requests() if r.startswith(("POST /api/", "OPTIONS /api/"))]


def test_click_shows_the_band_and_report_files_a_report(world: World) -> None:
    page, panel, shown = world.check("profile_en")
    assert shown == "band", panel.text("error")
    assert panel.text("band") == LABELS[server_band(world, page)]
    assert (panel.text("score") or "").startswith("Score ")
    assert panel.text("findings")
    assert panel.nodes().get("busy") is None
    panel.click("report")
    assert panel.wait_for(("report-link", "error")) == "report-link", panel.text("error")
    mine = httpx.get(f"{world.vetlink.base}/api/v1/reports",
                     headers=world.vetlink.password_token(ALICE), timeout=30).json()
    assert any(r["persona"] == "Dana Whitlock" and r["note"] == "Reported from the browser "
               "extension" for r in mine)
    link = panel.text("report-link") or ""
    assert any(f"report {r['id']})" in link for r in mine)
    page.close()


def test_a_conversation_is_checked_on_the_messaging_page(world: World) -> None:
    page, panel, shown = world.check("messaging")
    assert shown == "band", panel.text("error")
    assert panel.text("band") in ("High risk", "Medium risk", "Low risk") or (
        panel.text("band") or "").startswith("Not assessed")
    page.close()


def test_the_panel_says_what_it_could_not_read(world: World) -> None:
    page, panel, shown = world.check("profile_collapsed")
    assert shown == "band"
    unread = panel.text("unread") or ""
    assert 'Experience is collapsed behind "Show all" (2 of 9 shown)' in unread
    assert "About is cut short" in unread
    page.close()


@pytest.mark.parametrize(("name", "says"), [
    ("not_profile", "shows no profile and no conversation"),
    ("logged_out", "not signed in to LinkedIn"),
])
def test_pages_without_a_profile_send_nothing(world: World, name: str, says: str) -> None:
    before = len(api_requests(world))
    page, panel, shown = world.check(name)
    assert shown == "error" and says in (panel.text("error") or "")
    time.sleep(0.5)
    assert len(api_requests(world)) == before
    page.close()


def hanging_server() -> tuple[int, threading.Event]:
    """A loopback server that accepts connections and never answers."""
    done = threading.Event()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []

    def accept() -> None:
        listener.settimeout(0.2)
        while not done.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
        for conn in held:
            conn.close()
        listener.close()

    threading.Thread(target=accept, daemon=True).start()
    return listener.getsockname()[1], done


def test_bad_servers_and_tokens_give_a_clear_message_and_no_stuck_spinner(world: World) -> None:
    port, stop = hanging_server()
    revoked, revoked_id = world.vetlink.issue("alice")
    world.vetlink.revoke(revoked_id)
    expired, expired_id = world.vetlink.issue("alice")
    database = Path(world.vetlink.env["VETLINK_DATA_DIR"]) / "vetlink.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("UPDATE extension_tokens SET expires = '2000-01-01 00:00:00' WHERE id = ?",
                   (expired_id,))
    cases = [
        (world.site.base, world.token, "Cannot reach the vetlink server"),  # not vetlink
        (f"http://127.0.0.1:{free_port()}", world.token, "Cannot reach the vetlink server"),
        (f"http://127.0.0.1:{port}", world.token, "did not answer within 2 s"),
        (world.vetlink.base, revoked, "was revoked"),
        (world.vetlink.base, expired, "has expired"),
        (world.vetlink.base, "vlx_not-a-real-token", "is not valid"),
    ]
    try:
        for server, token, says in cases:
            configure(world.worker, server, token, timeout=2)
            started = time.monotonic()
            page, panel, shown = world.check("profile_en", timeout=15)
            assert shown == "error", (server, panel.text("band"))
            assert says in (panel.text("error") or ""), (server, panel.text("error"))
            assert panel.nodes().get("busy") is None
            assert time.monotonic() - started < 12
            page.close()
    finally:
        stop.set()
        configure(world.worker, world.vetlink.base, world.token)


def test_a_token_past_its_rate_sees_how_long_to_wait(world: World, tmp_path: Path) -> None:
    limited = Vetlink(tmp_path, world.origin, per_minute=1)
    try:
        token, _ = limited.issue("alice")
        configure(world.worker, limited.base, token)
        first, panel, shown = world.check("profile_en")
        assert shown == "band", panel.text("error")
        first.close()
        second, panel, shown = world.check("profile_en")
        assert shown == "error"
        assert re.search(r"Too many checks: try again in \d+ s", panel.text("error") or "")
        second.close()
    finally:
        limited.stop()
        configure(world.worker, world.vetlink.base, world.token)


def test_the_options_page_keeps_the_server_origin_and_token(world: World) -> None:
    """Saved through the options page (the browser's permission prompt stays unanswered in
    headless Chromium, so the check below goes through the server's CORS)."""
    page = world.context.new_page()
    page.goto(f"{world.origin}/options.html")
    page.fill("#serverUrl", "ftp://files.example.org/")
    page.click("button[type=submit]")
    expect(page.locator("#status")).to_contain_text("Enter the server's address")
    assert world.worker.evaluate("() => chrome.storage.local.get(null)")["token"] == world.token
    page.fill("#serverUrl", world.vetlink.base + "/some/page?x=1")
    page.fill("#token", f"  {world.token}  ")
    page.fill("#timeoutSeconds", "9")
    page.click("button[type=submit]")
    expect(page.locator("#status")).to_contain_text("Saved.")
    stored = world.worker.evaluate("() => chrome.storage.local.get(null)")
    assert stored == {"serverUrl": world.vetlink.base, "token": world.token,
                      "timeoutSeconds": 9}
    page.close()
    checked, panel, shown = world.check("profile_en")
    assert shown == "band", panel.text("error")
    checked.close()


def test_nothing_is_sent_anywhere_but_the_vetlink_server(world: World) -> None:
    """Runs last: every request the browser made in this module went to the fixture site
    (as www.linkedin.com), to the configured vetlink server or the extension itself."""
    page, _panel, shown = world.check("profile_de_reordered")
    assert shown == "band"
    page.close()
    linkedin = {f"{LINKEDIN}{path}" for path in PAGES.values()}
    to_servers = []
    for method, url in world.seen:
        parts = urlsplit(url)
        if url in linkedin or url.startswith(world.origin + "/"):  # pages, own options page
            assert method == "GET", url
            continue
        assert parts.scheme in ("http", "https") and parts.hostname == "127.0.0.1", url
        assert (method, parts.path) in {(m, p) for m in ("OPTIONS", "POST")
                                        for p in ("/api/v1/checks", "/api/v1/reports")}, url
        to_servers.append((method, f"{parts.scheme}://{parts.netloc}", parts.path))
    # what the vetlink server logged is what the browser sent it, plus this module's own
    # direct checks (server_band): nothing else
    for path in ("/api/v1/checks", "/api/v1/reports"):
        browser = sum(1 for m, base, p in to_servers
                      if m == "POST" and base == world.vetlink.base and p == path)
        direct = world.direct_checks if path == "/api/v1/checks" else 0
        logged = world.vetlink.requests().count(f"POST {path}")
        assert browser >= 1 and logged == browser + direct, (path, browser, direct, logged)
    hosts = {host for method, host, _ in world.site.requests if method == "GET"}
    assert hosts == {"www.linkedin.com"}
    others = [r for r in world.site.requests if r[0] != "GET"]
    assert others and all(r[1].startswith("127.0.0.1") for r in others)  # the wrong-URL case
