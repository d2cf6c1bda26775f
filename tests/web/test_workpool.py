"""Checks run in a bounded process pool with a deadline (issue 9), tried on a real uvicorn
server on loopback: while one check overruns, cheap requests are answered at once, a second
check is refused with 503 (the pool is full), the slow one gets a clean 504, its worker is
killed, and the server goes on checking."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path

import httpx
from fastapi import FastAPI

from tests.ingest.pdf_makers import Text, text_pdf
from tests.web.conftest import add_user
from tests.web.live import live_server, signed_in
from vetlink.settings import Settings
from vetlink.web.app import create_app

DEADLINE = 1.5


def heavy_pdf() -> bytes:
    """A legal (if unusual) text PDF: 30 pages (the most a profile export has) of small
    print, which takes pdfminer several seconds to read."""
    line = "Senior engineer at Example Corp, radar and signal processing programmes, " * 2
    return text_pdf([[Text(5, 20, 20 + 6 * i, f"{p}.{i} {line}") for i in range(120)]
                     for p in range(30)])


def children(pid: int) -> set[int]:
    """The process ids whose parent is ``pid`` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == str(pid):
            found.add(int(stat.parent.name))
    return found


def child_pids() -> set[int]:
    return children(os.getpid())


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def one_worker_app(settings: Settings) -> FastAPI:
    app = create_app(settings.model_copy(update={
        "check_workers": 1, "check_queue": 0, "check_deadline_seconds": DEADLINE,
        "max_input_bytes": 4 * 1024 * 1024}))
    add_user(app, "alice", "reporter")
    return app


def quick_check(client: httpx.Client, token: str) -> httpx.Response:
    return client.post("/check", data={"csrf_token": token,
                                       "profile_text": "Jane Doe\nRecruiter at Example Ltd\n"})


def test_an_overrunning_check_is_stopped_and_does_not_stall_the_server(
    settings: Settings
) -> None:
    app = one_worker_app(settings)
    pdf = heavy_pdf()
    try:
        with live_server(app) as base:
            client, token = signed_in(base, "alice")
            assert quick_check(client, token).status_code == 200  # the worker is up
            workers = child_pids()
            slow: dict[str, httpx.Response] = {}

            def send_slow() -> None:
                with httpx.Client(base_url=base, cookies=client.cookies, timeout=60) as other:
                    slow["response"] = other.post("/check", data={"csrf_token": token},
                                                  files={"profile_file": ("cv.pdf", pdf)})

            started = time.monotonic()
            thread = threading.Thread(target=send_slow)
            thread.start()
            time.sleep(0.5)
            cheap = []
            for _ in range(5):
                began = time.monotonic()
                assert httpx.get(f"{base}/login", timeout=10).status_code == 200
                cheap.append(time.monotonic() - began)
            busy = quick_check(client, token)
            thread.join(timeout=60)
            took = time.monotonic() - started
            after = quick_check(client, token)
    finally:
        app.state.services.engine.dispose()
    assert max(cheap) < 1.0, cheap
    assert busy.status_code == 503 and busy.headers["retry-after"] == "5", busy.text
    response = slow["response"]
    assert response.status_code == 504, response.text[:500]
    assert f"longer than the {DEADLINE:g} seconds allowed" in response.text
    assert took < DEADLINE + 5
    assert after.status_code == 200, after.text[:500]
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers - child_pids()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers - child_pids(), "the overrunning worker was not replaced"
    assert not any(alive(pid) for pid in workers - child_pids())


def test_the_heavy_pdf_really_takes_longer_than_the_deadline() -> None:
    """The input above is slow on its own merits, not by a trick of the pool."""
    from vetlink.errors import InputError
    from vetlink.ingest import profile_from_bytes

    began = time.monotonic()
    with contextlib.suppress(InputError):  # it is not a LinkedIn export: refused, slowly
        profile_from_bytes(heavy_pdf(), "cv.pdf")
    assert time.monotonic() - began > DEADLINE
