"""Browser-extension tokens (issue 14): issue, revoke, look up, rate-limit, and CORS.

A token is ``vlx_`` + 43 random URL-safe characters (256 bits), shown once when an admin
issues it and stored only as its SHA-256 (a fast hash is enough for a secret this long, and
it lets the token be found by its hash). Its scope, ``extension``, lets it call
``POST /api/v1/checks`` and ``POST /api/v1/reports`` and nothing else: every other API route
answers 403 (``deps.api_user`` refuses the prefix). Revocation is a column read on every
request, so it takes effect at once. Each token may make
``VETLINK_EXTENSION_CHECKS_PER_MINUTE`` calls per minute (429 with Retry-After beyond),
counted in a SQLite file in the data directory that every server process shares.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import sqlite3
import threading
import time
from collections import deque
from datetime import timedelta
from pathlib import Path
from typing import Any, NoReturn

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from vetlink.datafile import data_file
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
    headers: dict[str, str]

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
    """At most ``per_minute`` calls per key in any 60-second window (sliding). With ``path``
    the calls are counted in that SQLite file, shared by every server process on the data
    directory (``vetlink serve --workers N``); without, in this process's memory."""

    def __init__(self, per_minute: int, path: Path | None = None) -> None:
        self.per_minute = per_minute
        self.path = path
        self.calls: dict[int, deque[float]] = {}
        self.lock = threading.Lock()
        self.ready = False

    def hit(self, key: int, now: float | None = None) -> None:
        if self.path is not None:
            self.hit_shared(key, time.time() if now is None else now)
            return
        now = time.monotonic() if now is None else now
        with self.lock:
            calls = self.calls.setdefault(key, deque())
            while calls and calls[0] <= now - WINDOW_SECONDS:
                calls.popleft()
            if len(calls) >= self.per_minute:
                self.refuse(calls[0], now)
            calls.append(now)

    def refuse(self, oldest: float, now: float) -> NoReturn:
        wait = max(1, math.ceil(oldest + WINDOW_SECONDS - now))
        raise TooManyChecks(f"this token may make {self.per_minute} checks a minute; try "
                            f"again in {wait} s", wait)

    def hit_shared(self, key: int, now: float) -> None:
        """The same window over the shared file: one write transaction (taken at once, so
        two processes cannot both see room for the last call) drops old calls, counts and
        records."""
        assert self.path is not None
        with self.lock:
            if not self.ready:
                setup_calls(self.path)
                self.ready = True
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM calls WHERE at <= ?", (now - WINDOW_SECONDS,))
            count, oldest = db.execute("SELECT count(*), min(at) FROM calls WHERE token = ?",
                                       (key,)).fetchone()
            if count >= self.per_minute:
                db.execute("COMMIT")
                self.refuse(oldest, now)
            db.execute("INSERT INTO calls (token, at) VALUES (?, ?)", (key, now))
            db.execute("COMMIT")
        finally:
            if db.in_transaction:
                db.execute("ROLLBACK")
            db.close()


CALLS_FILE = "extension_calls.sqlite3"


def setup_calls(path: Path) -> None:
    """The shared call log: write-ahead logging (readers do not wait for the writer) and no
    fsync per call (a call lost in a power cut only makes the limit briefly kinder)."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS calls (token INTEGER NOT NULL, "
                   "at REAL NOT NULL)")
        db.execute("CREATE INDEX IF NOT EXISTS calls_token_at ON calls (token, at)")
    finally:
        db.close()


def install(app: FastAPI, settings: Settings) -> None:
    """The per-token rate limiter, and CORS for the configured extension origins only
    (on the two routes an extension token may call; nothing when no origin is set)."""
    app.state.extension_limiter = RateLimiter(
        settings.extension_checks_per_minute, data_file(CALLS_FILE, settings.ensure_data_dir()))
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
