"""The static files (style sheets, scripts, icons) answered from memory, in front of the app.

The files under ``vetlink/web/static`` are few and small and never change while the server
runs, so each is read once when the app is built, with its whole answer made then: body,
content type, an ETag (its SHA-256), ``Cache-Control: no-cache`` (a browser keeps it but asks
again, and gets a 304 while it is unchanged) and the security headers every answer carries.
A ``GET``/``HEAD`` for one of them is then answered without routing, dependencies or a
thread: the cost of a framework "hello". Anything else under ``/static/`` (an unknown name,
another method) goes on to the app, whose ``StaticFiles`` mount answers 404 or 405 as before
(and still makes ``url_for('static', ...)`` work). No path from the request is ever opened:
it is only looked up in the table built at start.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

PREFIX = "/static/"
CACHE_CONTROL = (b"cache-control", b"no-cache")


class Answer:
    def __init__(self, body: bytes, content_type: str, extra: list[tuple[bytes, bytes]]) -> None:
        self.body = body
        self.etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'.encode()
        common = [(b"etag", self.etag), CACHE_CONTROL, *extra]
        self.ok = [(b"content-type", content_type.encode()),
                   (b"content-length", str(len(body)).encode()), *common]
        self.not_modified = common


def content_type(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind.endswith(
        ("javascript", "json", "svg+xml")) else kind


def load(directory: Path, extra: list[tuple[bytes, bytes]]) -> dict[str, Answer]:
    """Every file under ``directory`` by its URL path (``/static/<relative path>``)."""
    found: dict[str, Answer] = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            url = PREFIX + path.relative_to(directory).as_posix()
            found[url] = Answer(path.read_bytes(), content_type(path), extra)
    return found


class StaticFirst:
    """ASGI middleware: ``GET``/``HEAD`` of a known static file answered from memory."""

    def __init__(self, app: Any, directory: str, headers: list[tuple[bytes, bytes]]) -> None:
        self.app = app
        self.files = load(Path(directory), headers)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        answer = (self.files.get(scope["path"]) if scope["type"] == "http"
                  and scope["method"] in ("GET", "HEAD") else None)
        if answer is None:
            await self.app(scope, receive, send)
            return
        if unchanged(scope, answer.etag):
            await send({"type": "http.response.start", "status": 304,
                        "headers": answer.not_modified})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": answer.ok})
        await send({"type": "http.response.body",
                    "body": b"" if scope["method"] == "HEAD" else answer.body})


def unchanged(scope: Any, etag: bytes) -> bool:
    for key, value in scope["headers"]:
        if key == b"if-none-match":
            return etag in [tag.strip().removeprefix(b"W/") for tag in value.split(b",")]
    return False
