"""A fast lane for the commonest request of all: ``POST /api/v1/checks`` of a small profile
with an API token whose user is cached (issue 12).

The framework's routing and dependency resolution cost more per request than the rest of
such a check besides ``assess`` itself. :class:`FastChecks` (ASGI middleware, inside
:class:`~vetlink.web.app.Guard`, so the security headers, the body cap, the proxy and CORS
layers apply as before) answers the request itself when every one of these holds, and
otherwise hands it, untouched, to the route in ``routes/api.py``, which is the reference:

- ``Authorization: Bearer <API token>`` (not an extension token: those are counted), valid,
  and its user active and of the token's session epoch (from the user cache, else read);
- ``Content-Type: application/json`` and a ``Content-Length`` of at most
  ``VETLINK_INLINE_CHECK_BYTES`` (so no body limit can be reached while it is read);
- the body is a JSON object with a profile and perhaps a note (``checking.small_profile``).

Whatever it answers is what the route answers: the same check (``checking.answered_json``:
on the event loop up to ``VETLINK_LOOP_CHECK_BYTES``, else in a thread, at most
``INLINE_AT_ONCE`` at once), the same redaction (``redact.for_viewer``),
the same error bodies (``errors.error_response``). When it declines after reading the body,
the route gets the body replayed.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from vetlink.errors import InputError, VetlinkError
from vetlink.ingest.common import parse_json
from vetlink.web import extension_tokens
from vetlink.web.auth import NotAuthenticated
from vetlink.web.checking import answered_json, small_profile
from vetlink.web.deps import Services, load_user_async
from vetlink.web.errors import error_response, on_unexpected
from vetlink.web.fastjson import FastJSONResponse
from vetlink.web.redact import for_viewer

PATH = "/api/v1/checks"


class FastChecks:
    def __init__(self, app: Any, services: Services) -> None:
        self.app = app
        self.svc = services

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != PATH or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        size = self.small_json_size(scope)
        user = await self.api_user(scope) if size is not None else None
        if user is None:
            await self.app(scope, receive, send)
            return
        raw, rest = await read_body(receive)
        body = self.small_profile_body(raw, rest)
        if body is None:
            await self.app(scope, replay(raw, rest, receive), send)
            return
        await self.answer(scope, receive, send, user, body, len(raw))

    async def api_user(self, scope: Any) -> Any:
        """The user of a valid API token when it is active and current: from the user cache
        (its shared instance: only read here, never stored; renewed in the background before
        it ends), else read in a thread, once for all the requests that want it meanwhile
        (``deps.load_user_async``); None otherwise (the route decides, and says why)."""
        value = header(scope, b"authorization")
        scheme, _, token = value.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or extension_tokens.is_extension_token(token):
            return None
        try:
            return await load_user_async(self.svc, self.svc.signer.read_token(token),
                                         shared=True)
        except NotAuthenticated:
            return None

    def small_json_size(self, scope: Any) -> int | None:
        kind = header(scope, b"content-type").split(";")[0].strip().lower()
        length = header(scope, b"content-length")
        if kind != "application/json" or not length.isdigit():
            return None
        size = int(length)
        return size if 0 < size <= self.svc.settings.inline_check_bytes else None

    def small_profile_body(self, raw: bytes, rest: bool) -> Any:
        if rest:  # more than Content-Length said: the route's limits decide
            return None
        try:
            body = parse_json(raw, "body")
        except InputError:
            return None
        settings = self.svc.settings
        return body if small_profile(body, len(raw), settings.inline_check_bytes) else None

    async def answer(self, scope: Any, receive: Any, send: Any, user: Any, body: Any,
                     size: int) -> None:
        try:
            _, assessment = await answered_json(self.svc.checks, body, size, self.svc.settings)
            response: Response = FastJSONResponse(for_viewer(assessment, user))
        except VetlinkError as exc:
            response = error_response(Request(scope), exc.status, exc.title, exc.message)
            response.headers.update(getattr(exc, "headers", None) or {})
        except Exception as exc:  # as the app's handler of unexpected errors: logged, 500
            response = await on_unexpected(Request(scope), exc)
        counts = self.svc.counts
        counts["fast_checks"] = counts.get("fast_checks", 0) + 1
        await response(scope, receive, send)


def header(scope: Any, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return ""


async def read_body(receive: Any) -> tuple[bytes, bool]:
    """The body (its Content-Length is small) and whether a disconnect or more came."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), False


def replay(raw: bytes, rest: bool, receive: Any) -> Any:
    """A ``receive`` that gives ``raw`` again, then what ``receive`` gives."""
    done = False

    async def again() -> Any:
        nonlocal done
        if not done:
            done = True
            return {"type": "http.request", "body": raw, "more_body": rest}
        return await receive()

    return again
