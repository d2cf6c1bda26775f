"""Browser-extension tokens (issue 14): issue, revoke, look up, rate-limit, and CORS.

A token is ``vlx_`` + 43 random URL-safe characters (256 bits), shown once when an admin
issues it and stored only as its SHA-256 (a fast hash is enough for a secret this long, and
it lets the token be found by its hash). Its scope, ``extension``, lets it call
``POST /api/v1/checks`` and ``POST /api/v1/reports`` and nothing else: every other API route
answers 403 (``deps.api_user`` refuses the prefix). Revocation is a column read on every
request, so it takes effect at once. Each token may make
``VETLINK_EXTENSION_CHECKS_PER_MINUTE`` calls per minute per server process (429 with
Retry-After beyond).
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections import deque
from datetime import timedelta
from typing import Any, ClassVar

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from vetlink.errors import NotFound, VetlinkError
from vetlink.settings import Settings
from vetlink.store import audit
from vetlink.store.models import ExtensionToken, User, utcnow
from vetlink.web.auth import NotAuthenticated

PREFIX = "vlx_"
SCOPE = "extension"
WINDOW_SECONDS = 60.0


class TooManyChecks(VetlinkError):
    status = 429
    title = "Too many checks"
    headers: ClassVar[dict[str, str]] = {}

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.headers = {"Retry-After": str(retry_after)}


def is_extension_token(value: str) -> bool:
    return value.startswith(PREFIX)


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def issue(session: Session, owner: User, actor_id: int, label: str, days: int) -> str:
    """A new token for ``owner``; the plain value is returned once and never stored."""
    plain = PREFIX + secrets.token_urlsafe(32)
    row = ExtensionToken(token_hash=digest(plain), user_id=owner.id, scope=SCOPE,
                         label=label.strip()[:120], created=utcnow(),
                         expires=utcnow() + timedelta(days=days))
    session.add(row)
    session.flush()
    audit.record(session, actor_id, "extension_token.issue", "user", owner.id,
                 token_id=row.id, label=row.label)
    return plain


def revoke(session: Session, token_id: int, actor_id: int) -> None:
    row = session.get(ExtensionToken, token_id)
    if row is None:
        raise NotFound(f"extension token {token_id} does not exist")
    if row.revoked is None:
        row.revoked = utcnow()
        audit.record(session, actor_id, "extension_token.revoke", "user", row.user_id,
                     token_id=row.id)


def all_tokens(session: Session) -> list[ExtensionToken]:
    query = select(ExtensionToken).order_by(ExtensionToken.created.desc(), ExtensionToken.id)
    return list(session.scalars(query))


def user_of(session: Session, plain: str) -> tuple[User, int]:
    """The active owner of a valid (known, unrevoked, unexpired) token, and the token's id."""
    row = session.scalars(select(ExtensionToken)
                          .where(ExtensionToken.token_hash == digest(plain))).first()
    if row is None or row.scope != SCOPE:
        raise NotAuthenticated("this extension token is not valid; ask your administrator "
                               "for a new one")
    if row.revoked is not None:
        raise NotAuthenticated("this extension token was revoked; ask your administrator "
                               "for a new one")
    if row.expires is not None and row.expires <= utcnow():
        raise NotAuthenticated("this extension token has expired; ask your administrator "
                               "for a new one")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise NotAuthenticated("the account of this extension token is not active")
    return user, row.id


class RateLimiter:
    """At most ``per_minute`` calls per key in any 60-second window (sliding, in memory)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.calls: dict[int, deque[float]] = {}
        self.lock = threading.Lock()

    def hit(self, key: int, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self.lock:
            calls = self.calls.setdefault(key, deque())
            while calls and calls[0] <= now - WINDOW_SECONDS:
                calls.popleft()
            if len(calls) >= self.per_minute:
                wait = max(1, math.ceil(calls[0] + WINDOW_SECONDS - now))
                raise TooManyChecks(f"this token may make {self.per_minute} checks a "
                                    f"minute; try again in {wait} s", wait)
            calls.append(now)


def install(app: FastAPI, settings: Settings) -> None:
    """The per-token rate limiter, and CORS for the configured extension origins only
    (on the two routes an extension token may call; nothing when no origin is set)."""
    app.state.extension_limiter = RateLimiter(settings.extension_checks_per_minute)
    origins = settings.extension_origin_list()
    if origins:
        app.add_middleware(ExtensionCors, origins=origins)


CORS_PATHS = ("/api/v1/checks", "/api/v1/reports")


class ExtensionCors:
    """ASGI middleware: CORS headers for ``origins`` on ``CORS_PATHS`` (POST only, bearer
    tokens, no cookies); preflights from other origins or for other paths are not
    answered with CORS headers, so the browser refuses them."""

    def __init__(self, app: Any, origins: list[str]) -> None:
        from starlette.middleware.cors import CORSMiddleware

        self.plain = app
        self.cors = CORSMiddleware(app, allow_origins=origins, allow_methods=["POST"],
                                   allow_headers=["Authorization", "Content-Type"],
                                   expose_headers=["Retry-After"],
                                   allow_credentials=False, max_age=600)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("path") in CORS_PATHS:
            await self.cors(scope, receive, send)
        else:
            await self.plain(scope, receive, send)
