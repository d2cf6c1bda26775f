"""``vetlink serve --workers 2``: two real server processes behind one port share what must
be shared (issue 12). Which process answered is read from /proc (the server end of the
request's TCP connection belongs to exactly one worker), so each test first proves that
both workers took part.

Also: small profile-only API checks run in the server process, so they are answered while
the check pool is full; larger ones still queue for the pool."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import PASSWORD, add_user, csrf_of
from tests.web.live import live_server, signed_in
from tests.web.test_workpool import children, heavy_pdf, one_worker_app
from vetlink.settings import Settings
from vetlink.store.db import make_engine, upgrade, write_session
from vetlink.store.users import create_user
from vetlink.web import extension_tokens
from vetlink.web.checking import check_json

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    """``vetlink serve --workers 2`` on a free port, on SQLite in ``data_dir``."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("VETLINK_")}
        self.env |= {"VETLINK_DATA_DIR": str(data_dir), "PYTHONPATH": pythonpath(), **env}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vetlink.cli", "serve", "--port", str(self.port),
             "--workers", "2"], env=self.env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)

    def wait(self) -> None:
        deadline = time.monotonic() + 90
        while len(self.workers()) < 2 or not self.answers():
            assert self.process.poll() is None, "the server exited"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)

    def answers(self) -> bool:
        try:
            return httpx.get(f"{self.base}/login", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def workers(self) -> set[int]:
        """The server processes: the supervisor's children that hold a listening socket."""
        return {pid for pid in children(self.process.pid) if socket_inodes(pid)}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def pythonpath() -> str:
    import vetlink

    return str(Path(vetlink.__file__).resolve().parents[1])


def socket_inodes(pid: int) -> set[str]:
    found = set()
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                found.add(target[8:-1])
    except OSError:
        pass
    return found


def server_inode(server_port: int, client_port: int) -> str | None:
    """The inode of the server end of the loopback connection from ``client_port``."""
    want = (f"0100007F:{server_port:04X}", f"0100007F:{client_port:04X}")
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        cols = line.split()
        if (cols[1], cols[2]) == want:
            return cols[9]
    return None


def request_on_new_connection(served: Served, method: str, path: str,
                              cookies: dict[str, str] | None = None,
                              **kwargs: object) -> tuple[httpx.Response, int | None]:
    """One request on a connection of its own, and the worker that answered it (read while
    the connection is still open)."""
    with httpx.Client(base_url=served.base, timeout=60, cookies=cookies) as client:
        response = client.request(method, path, **kwargs)  # type: ignore[arg-type]
        stream = response.extensions["network_stream"]
        client_port = stream.get_extra_info("client_addr")[1]
        inode = server_inode(served.port, client_port)
        owner = next((pid for pid in served.workers() if inode in socket_inodes(pid)), None)
        return response, owner


@pytest.fixture
def served(isolated_data_dir: Path) -> Iterator[Served]:
    engine = make_engine(f"sqlite:///{isolated_data_dir / 'vetlink.sqlite3'}")
    upgrade(engine)
    with write_session(engine) as session:
        for name, role in (("alice", "reporter"), ("bob", "reporter"), ("root", "admin")):
            create_user(session, name, PASSWORD, role, None)
    with write_session(engine) as session:
        from sqlalchemy import select

        from vetlink.store.models import User

        users = {u.username: u for u in session.scalars(select(User))}
        token = extension_tokens.issue(session, users["alice"], users["root"].id, "laptop", 1)
    engine.dispose()
    (isolated_data_dir / "extension_token").write_text(token)
    server = Served(isolated_data_dir, VETLINK_EXTENSION_CHECKS_PER_MINUTE="6")
    try:
        server.wait()
        yield server
    finally:
        server.stop()


def test_a_session_is_kept_on_both_workers(served: Served) -> None:
    with httpx.Client(base_url=served.base, timeout=60) as client:
        token = csrf_of(client.get("/login").text)
        signed = client.post("/login", data={"username": "alice", "password": PASSWORD,
                                             "csrf_token": token})
        assert signed.status_code == 303
        cookies = dict(client.cookies)
    owners: list[int | None] = []
    for _ in range(60):
        response, owner = request_on_new_connection(served, "GET", "/check", cookies=cookies)
        assert response.status_code == 200 and "alice" in response.text, response.text[:300]
        owners.append(owner)
        if len(set(owners) - {None}) == 2 and len(owners) >= 10:
            break
    assert len(set(owners) - {None}) == 2, f"one worker answered everything: {owners}"
    anonymous, _ = request_on_new_connection(served, "GET", "/check")
    assert "alice" not in anonymous.text


def test_sign_in_failures_are_counted_across_workers(served: Served) -> None:
    owners = []
    for _ in range(5):
        response, owner = request_on_new_connection(
            served, "POST", "/api/v1/token", data={"username": "bob", "password": "wrong"})
        assert response.status_code == 401
        owners.append(owner)
    right, owner = request_on_new_connection(
        served, "POST", "/api/v1/token", data={"username": "bob", "password": PASSWORD})
    owners.append(owner)
    assert right.status_code == 429, right.text
    # both workers counted (else the test proves nothing: try until the other one answers)
    for _ in range(40):
        if len(set(owners) - {None}) == 2:
            break
        again, owner = request_on_new_connection(
            served, "POST", "/api/v1/token", data={"username": "bob", "password": PASSWORD})
        assert again.status_code == 429
        owners.append(owner)
    assert len(set(owners) - {None}) == 2, owners


def test_an_extension_tokens_rate_is_counted_across_workers(
    served: Served, isolated_data_dir: Path
) -> None:
    token = (isolated_data_dir / "extension_token").read_text()
    example = resources.files("vetlink.examples").joinpath("headhunter.json").read_text()
    body = {"profile": json.loads(example)}
    headers = {"Authorization": f"Bearer {token}"}
    answers = [request_on_new_connection(served, "POST", "/api/v1/checks", json=body,
                                         headers=headers) for _ in range(8)]
    statuses = [response.status_code for response, _ in answers]
    assert statuses == [200] * 6 + [429] * 2, statuses
    assert answers[-1][0].headers["retry-after"]
    assert len({owner for _, owner in answers} - {None}) == 2, [o for _, o in answers]


def test_a_small_profile_check_is_answered_while_the_pool_is_full(settings: Settings) -> None:
    app = one_worker_app(settings)  # one pool worker, no queue
    add_user(app, "bob", "reporter")
    example = json.loads(resources.files("vetlink.examples").joinpath("headhunter.json")
                         .read_text())
    small = {"profile": example}
    padded = {"profile": dict(example, about=example["about"] + " " * 20_000)}
    try:
        with live_server(app) as base:
            client, token = signed_in(base, "alice")
            auth = {"Authorization": "Bearer " + httpx.post(
                f"{base}/api/v1/token", data={"username": "bob", "password": PASSWORD}
            ).json()["access_token"]}
            slow: dict[str, httpx.Response] = {}

            def send_slow() -> None:
                with httpx.Client(base_url=base, cookies=client.cookies, timeout=60) as other:
                    slow["response"] = other.post("/check", data={"csrf_token": token},
                                                  files={"profile_file": ("cv.pdf",
                                                                          heavy_pdf())})

            thread = threading.Thread(target=send_slow)
            thread.start()
            time.sleep(0.5)
            inline = httpx.post(f"{base}/api/v1/checks", json=small, headers=auth, timeout=30)
            pooled = httpx.post(f"{base}/api/v1/checks", json=padded, headers=auth,
                                timeout=30)
            thread.join(timeout=60)
    finally:
        app.state.services.engine.dispose()
    assert slow["response"].status_code == 504
    assert inline.status_code == 200, inline.text[:300]
    assert pooled.status_code == 503, pooled.text[:300]  # larger than the inline budget
    assert inline.json() == check_json(small, 4 * 1024 * 1024)[1]  # the same check


def test_signing_out_ends_a_cached_token_on_both_workers(served: Served) -> None:
    """Each worker caches who a token belongs to (web/usercache.py); signing out on one
    of them ends the token on both, at once."""
    token = httpx.post(f"{served.base}/api/v1/token", timeout=60,
                       data={"username": "alice", "password": PASSWORD}).json()["access_token"]
    example = resources.files("vetlink.examples").joinpath("headhunter.json").read_text()
    check = {"json": {"profile": json.loads(example)},
             "headers": {"Authorization": f"Bearer {token}"}}

    def on_both(expected: int) -> None:
        owners: set[int] = set()
        for _ in range(60):
            response, owner = request_on_new_connection(served, "POST", "/api/v1/checks",
                                                        **check)
            assert response.status_code == expected, response.text[:300]
            owners |= {owner} - {None}  # type: ignore[arg-type]
            if len(owners) == 2:
                return
        raise AssertionError(f"one worker answered everything: {owners}")

    on_both(200)
    with httpx.Client(base_url=served.base, timeout=60) as client:
        csrf = csrf_of(client.get("/login").text)
        client.post("/login", data={"username": "alice", "password": PASSWORD,
                                    "csrf_token": csrf})
        out = client.post("/logout", data={"csrf_token": csrf_of(client.get("/check").text)})
        assert out.status_code in (200, 303)
    on_both(401)
