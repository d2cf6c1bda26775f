"""Both directions of TAXII 2.1 with the maintained client (taxii2-client) against vetlink's
own server, running under uvicorn on loopback."""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from fastapi import FastAPI

from tests.intel.seed import SECRETS, seed
from tests.store.dbfixtures import database_url  # noqa: F401  (a fixture)
from tests.store.fast_hashing import fast_password_hashing  # noqa: F401  (a fixture)
from tests.web.conftest import PASSWORD
from vetlink.assess import assess
from vetlink.domain import Profile
from vetlink.errors import InputError
from vetlink.intel.partners import add_partner, revoke_partner
from vetlink.intel.taxii_client import bearer, pull
from vetlink.intel.taxii_server import COLLECTION_ID, TAXII
from vetlink.intel.watchlist import Watchlist
from vetlink.settings import Settings
from vetlink.signals.base import Context
from vetlink.store.db import write_session
from vetlink.web.app import create_app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Running:
    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def make_app(isolated_data_dir: Path, url: str, **extra: Any) -> FastAPI:
    settings = Settings(data_dir=isolated_data_dir, database_url=url,
                        max_input_bytes=64 * 1024, **extra)
    return create_app(settings)


@pytest.fixture
def served(isolated_data_dir: Path, database_url: str  # noqa: F811
           ) -> Iterator[tuple[str, str, FastAPI]]:
    app = make_app(isolated_data_dir, database_url)
    engine = app.state.services.engine
    seed(engine)
    with write_session(engine) as session:
        token = add_partner(session, "Partner CERT", None)
    with Running(app) as base:
        yield base, token, app
    engine.dispose()


def test_taxii2_client_discovers_pages_and_reads_the_collection(
    served: tuple[str, str, FastAPI],
) -> None:
    from taxii2client.v21 import Collection, Server, as_pages

    base, token, _ = served
    server = Server(f"{base}/taxii2/", auth=bearer(token))
    assert server.title.endswith("(vetlink)")
    [root] = server.api_roots
    assert root.versions == [TAXII]
    [collection] = root.collections
    assert collection.id == COLLECTION_ID and collection.can_read and not collection.can_write
    pages = list(as_pages(collection.get_objects, per_request=5))
    assert len(pages) > 2 and all(len(p["objects"]) <= 5 for p in pages)
    objects = [o for p in pages for o in p["objects"]]
    assert len({o["id"] for o in objects}) == len(objects)
    assert {"user-account", "indicator", "sighting"} <= {o["type"] for o in objects}
    manifest = Collection(collection.url, auth=bearer(token)).get_manifest()
    assert len(manifest["objects"]) == min(len(objects), 100)
    later = collection.get_objects(added_after="2026-03-05T00:00:00Z")
    assert 0 < len(later["objects"]) < len(objects)
    assert all(o.get("modified", "") > "2026-03-05" for o in later["objects"])
    text = json.dumps(objects).lower()
    for secret in SECRETS:
        assert secret.lower() not in text


def test_media_type_and_errors_follow_taxii(served: tuple[str, str, FastAPI]) -> None:
    base, token, _ = served
    headers = {"Authorization": f"Bearer {token}", "Accept": TAXII}
    answer = requests.get(f"{base}/taxii2/vetlink/collections/", headers=headers, timeout=10)
    assert answer.headers["content-type"] == TAXII
    missing = requests.get(f"{base}/taxii2/vetlink/collections/nope/objects/",
                           headers=headers, timeout=10)
    assert missing.status_code == 404 and missing.json()["http_status"] == "404"
    assert missing.headers["content-type"] == TAXII
    refused = requests.get(f"{base}/taxii2/", headers={**headers, "Accept": "text/html"},
                           timeout=10)
    assert refused.status_code == 406
    write = requests.post(f"{base}/taxii2/vetlink/collections/{COLLECTION_ID}/objects/",
                          headers=headers, json={"objects": []}, timeout=10)
    assert write.status_code == 405


def user_token(base: str, app: FastAPI, role: str) -> str:
    from vetlink.store.users import create_user

    with write_session(app.state.services.engine) as session:
        create_user(session, f"{role}-user", PASSWORD, role, "Ops")
    answer = requests.post(f"{base}/api/v1/token", data={"username": f"{role}-user",
                                                         "password": PASSWORD}, timeout=10)
    return str(answer.json()["access_token"])


def endpoints(base: str, object_id: str) -> list[str]:
    collection = f"{base}/taxii2/vetlink/collections/{COLLECTION_ID}"
    return [f"{base}/taxii2/", f"{base}/taxii2/vetlink/", f"{base}/taxii2/vetlink/collections/",
            f"{collection}/", f"{collection}/objects/", f"{collection}/manifest/",
            f"{collection}/objects/{object_id}/", f"{collection}/objects/{object_id}/versions/"]


def status(url: str, token: str | None) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(url, headers=headers, timeout=10).status_code


@pytest.mark.parametrize("role", ["reporter", "analyst", "admin"])
def test_only_partner_tokens_open_every_taxii_endpoint(
    served: tuple[str, str, FastAPI], role: str,
) -> None:
    base, token, app = served
    first = requests.get(f"{base}/taxii2/vetlink/collections/{COLLECTION_ID}/objects/",
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    urls = endpoints(base, first.json()["objects"][0]["id"])
    own = user_token(base, app, role)
    for url in urls:
        assert status(url, None) == 401, url
        assert status(url, own) == 401, url
        assert status(url, token) == 200, url
    with write_session(app.state.services.engine) as session:
        revoke_partner(session, "Partner CERT", None)
    assert all(status(url, token) == 401 for url in urls)


def test_red_is_never_served(isolated_data_dir: Path, database_url: str) -> None:  # noqa: F811
    app = make_app(isolated_data_dir, database_url, taxii_tlp="red")
    seed(app.state.services.engine)
    with write_session(app.state.services.engine) as session:
        token = add_partner(session, "Partner", None)
    with Running(app) as base:
        headers = {"Authorization": f"Bearer {token}"}
        listed = requests.get(f"{base}/taxii2/vetlink/collections/", headers=headers,
                              timeout=10).json()
        assert listed.get("collections", []) == []
        objects = requests.get(f"{base}/taxii2/vetlink/collections/{COLLECTION_ID}/objects/",
                               headers=headers, timeout=10)
        assert objects.status_code == 404
    app.state.services.engine.dispose()


def test_pull_from_a_taxii_server_fills_an_empty_watchlist(
    served: tuple[str, str, FastAPI], tmp_path: Path,
) -> None:
    base, token, _ = served
    watchlist = Watchlist(tmp_path / "other" / "watchlist.sqlite3")
    result = pull(watchlist, f"{base}/taxii2/vetlink/", COLLECTION_ID, token, timeout=10)
    assert not isinstance(result, str) and result.source.entries >= 5
    profile = Profile(name="K", url="linkedin.com/in/katie-jones-csis")
    found = assess(profile, context=Context(watchlist=watchlist), use_models=False)
    assert "intel.known_hostile_persona" in [f.id for f in found.findings]
    again = pull(watchlist, f"{base}/taxii2/vetlink/", COLLECTION_ID, token, timeout=10)
    assert isinstance(again, str) and "nothing new" in again
    with pytest.raises(InputError, match="HTTP 401"):
        pull(watchlist, f"{base}/taxii2/vetlink/", COLLECTION_ID, "vlp_wrong", timeout=10)
    assert len(watchlist.sources()) == 1


def test_pulling_twice_from_the_command_line_says_nothing_new(
    served: tuple[str, str, FastAPI], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    base, token, _ = served
    monkeypatch.setenv("VETLINK_DATA_DIR", str(tmp_path / "partner"))
    command = [sys.executable, "-m", "vetlink.cli", "pull", "taxii", f"{base}/taxii2/vetlink/",
               "--collection", COLLECTION_ID, "--token", token, "--timeout", "10"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and "imported" in first.stdout, first.stderr
    second = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    assert "nothing new" in second.stdout and "error" not in second.stderr


class Silent(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(3)

    def log_message(self, *args: object) -> None:
        pass


class Garbage(Silent):
    def do_GET(self) -> None:
        body = b"<html>not taxii</html>" if "collections" in self.path else b"{]"
        self.send_response(200)
        self.send_header("Content-Type", TAXII if b"{" in body else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(params=[Silent, Garbage])
def bad_server(request: pytest.FixtureRequest) -> Iterator[tuple[str, type]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), request.param)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", request.param
    server.shutdown()


def test_a_server_that_times_out_or_answers_garbage_is_a_clear_error(
    bad_server: tuple[str, type], tmp_path: Path,
) -> None:
    url, kind = bad_server
    watchlist = Watchlist(tmp_path / "w.sqlite3")
    expected = "did not answer within 0.5 s" if kind is Silent else "not TAXII 2.1 JSON"
    with pytest.raises(InputError, match=expected):
        pull(watchlist, f"{url}/taxii2/root/", "c1", "vlp_x", timeout=0.5)
    assert watchlist.sources() == []
