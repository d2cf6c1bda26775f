"""A real uvicorn server on loopback, in a thread of the test process, started with the same
options as ``vetlink serve``."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn
from fastapi import FastAPI

from tests.web.conftest import PASSWORD, csrf_of
from vetlink.web.commands import server_options


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` on a free loopback port; yields its base URL."""
    options = server_options("127.0.0.1", 0) | {"log_level": "warning"}
    server = uvicorn.Server(uvicorn.Config(app, **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def signed_in(base: str, name: str, timeout: float = 60) -> tuple[httpx.Client, str]:
    """An httpx client with a session of ``name`` (form sign-in) and its CSRF token."""
    client = httpx.Client(base_url=base, timeout=timeout)
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": name, "password": PASSWORD,
                                           "csrf_token": token})
    assert response.status_code == 303, response.text
    return client, csrf_of(client.get("/check").text)
