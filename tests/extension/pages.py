"""Helpers for the extension tests and bench: the LinkedIn-like fixture pages (served from
loopback, over HTTP or HTTPS with a throw-away self-signed certificate), the extraction
script, and a per-field comparison of extracted against expected JSON."""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES: dict[str, str] = json.loads((FIXTURES / "pages.json").read_text("utf-8"))
SCALARS = ("name", "headline", "location", "connections", "connections_capped", "followers",
           "about", "recommendations", "url")


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    return data


@dataclass
class FixtureSite:
    """What the fixture server saw: every request's method, host header and path."""

    base: str
    port: int
    requests: list[tuple[str, str, str]] = field(default_factory=list)


def handler_for(site: FixtureSite) -> type[BaseHTTPRequestHandler]:
    by_path = {path: name for name, path in PAGES.items()}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append(("GET", self.headers.get("Host", ""), self.path))
            name = by_path.get(self.path.split("?")[0])
            if name is None:
                self.send_error(404)
                return
            body = (FIXTURES / f"{name}.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            site.requests.append(("POST", self.headers.get("Host", ""), self.path))
            self.send_error(404)

        def do_OPTIONS(self) -> None:
            site.requests.append(("OPTIONS", self.headers.get("Host", ""), self.path))
            self.send_error(404)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A throw-away certificate for www.linkedin.com, made with openssl, for loopback only."""
    key, cert = directory / "key.pem", directory / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=www.linkedin.com", "-addext",
                    "subjectAltName=DNS:www.linkedin.com", "-keyout", str(key), "-out",
                    str(cert)], check=True, capture_output=True, timeout=60)
    return key, cert


@contextmanager
def fixture_site(tls_dir: Path | None = None) -> Iterator[FixtureSite]:
    """Serve the fixture pages on a free loopback port (HTTPS when ``tls_dir`` is given)."""
    site = FixtureSite(base="", port=0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
    scheme = "http"
    if tls_dir is not None:
        key, cert = self_signed(tls_dir)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    site.port = server.server_address[1]
    site.base = f"{scheme}://127.0.0.1:{site.port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def extract_in(page: Any, site: FixtureSite, name: str) -> dict[str, Any]:
    """Open fixture ``name`` and run the extension's extraction script on it, as if the page
    were www.linkedin.com at the same path."""
    page.goto(site.base + PAGES[name])
    page.add_script_tag(path=str(EXTENSION / "extract.js"))
    result: dict[str, Any] = page.evaluate(
        "() => vetlinkExtract(document, 'https://www.linkedin.com' + location.pathname)")
    return result


def field_results(want: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per field: (right, total). Scalars count once; experience, education and messages
    count per entry and key; ``unread`` counts per expected note; ``kind`` once."""
    scores: dict[str, tuple[int, int]] = {"kind": (int(want["kind"] == got.get("kind")), 1)}
    wp, gp = want.get("profile") or {}, got.get("profile") or {}
    for key in SCALARS:
        if key in wp or key in gp:
            scores[key] = (int(wp.get(key) == gp.get(key)), 1)
    for key in ("experience", "education"):
        scores.update(entry_scores(key, wp.get(key) or [], gp.get(key) or []))
    wc, gc = want.get("conversation") or {}, got.get("conversation") or {}
    if wc or gc:
        scores["contact"] = (int(wc.get("contact") == gc.get("contact")), 1)
        scores.update(entry_scores("messages", wc.get("messages") or [],
                                   gc.get("messages") or []))
    notes = want.get("unread") or []
    right = sum(1 for note in notes if note in (got.get("unread") or []))
    extra = len([n for n in got.get("unread") or [] if n not in notes])
    scores["unread"] = (right, len(notes) + extra)
    return scores


def entry_scores(name: str, want: list[dict[str, Any]], got: list[dict[str, Any]]
                 ) -> dict[str, tuple[int, int]]:
    scores: dict[str, tuple[int, int]] = {}
    for index in range(max(len(want), len(got))):
        w = want[index] if index < len(want) else {}
        g = got[index] if index < len(got) else {}
        for key in set(w) | set(g):
            right, total = scores.get(f"{name}.{key}", (0, 0))
            scores[f"{name}.{key}"] = (right + int(w.get(key) == g.get(key)), total + 1)
    return scores
