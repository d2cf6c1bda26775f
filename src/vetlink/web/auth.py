"""Signed things: session cookies, API tokens, CSRF tokens and check drafts.

All are signed with the app's secret key (itsdangerous) and carry their age; a forged,
tampered or expired one is refused with 401.
"""

from __future__ import annotations

import hmac
import os
import secrets
import time
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from vetlink.errors import VetlinkError
from vetlink.settings import Settings

SESSION_COOKIE = "vetlink_session"
CSRF_COOKIE = "vetlink_csrf"
SESSION_MAX_AGE = 8 * 3600
TOKEN_MAX_AGE = 3600
MAX_KNOWN_TOKENS = 4096  # verified API tokens remembered (their signature is not re-checked)
DRAFT_MAX_AGE = 24 * 3600


class NotAuthenticated(VetlinkError):
    status = 401
    title = "Not signed in"


class CsrfFailed(VetlinkError):
    status = 403
    title = "Form expired"


def secret_key(settings: Settings) -> str:
    """The configured key, else one generated once into ``<data dir>/secret_key``."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.ensure_data_dir() / "secret_key"
    if not path.exists():
        create_secret(path)
    return path.read_text("utf-8").strip()


def create_secret(path: Path) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process won the race; use its key
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48))


class Signer:
    def __init__(self, key: str) -> None:
        self.sessions = URLSafeTimedSerializer(key, salt="vetlink.session")
        self.tokens = URLSafeTimedSerializer(key, salt="vetlink.api-token")
        self.drafts = URLSafeTimedSerializer(key, salt="vetlink.check-draft")
        self.known_tokens: dict[str, tuple[int, dict[str, Any]]] = {}  # value: (signed, data)

    def new_session(self, user_id: int, epoch: int) -> tuple[str, str]:
        """A session cookie value and its CSRF token. ``epoch`` is the user's session epoch:
        signing out bumps it, which ends every session and token issued before."""
        csrf = secrets.token_urlsafe(24)
        return self.sessions.dumps({"u": user_id, "c": csrf, "e": epoch}), csrf

    def read_session(self, value: str) -> dict[str, Any]:
        return load(self.sessions, value, SESSION_MAX_AGE, "session")

    def new_token(self, user_id: int, epoch: int) -> str:
        return self.tokens.dumps({"u": user_id, "e": epoch})

    def read_token(self, value: str) -> dict[str, Any]:
        """The data of a valid API token. A token whose signature was verified before is
        found by its exact value (the signature included) and only its age is checked again:
        the same answer as verifying it, without the HMAC and the base64 (issue 12)."""
        known = self.known_tokens.get(value)
        if known is not None and 0 <= int(time.time()) - known[0] <= TOKEN_MAX_AGE:
            return dict(known[1])
        data, signed = load(self.tokens, value, TOKEN_MAX_AGE, "token", with_time=True)
        if len(self.known_tokens) >= MAX_KNOWN_TOKENS:
            self.known_tokens.clear()
        self.known_tokens[value] = (signed, dict(data))
        return data

    def new_draft(self, draft: dict[str, Any]) -> str:
        return self.drafts.dumps(draft)

    def read_draft(self, value: str) -> dict[str, Any]:
        try:
            return load(self.drafts, value, DRAFT_MAX_AGE, "draft")
        except NotAuthenticated:
            raise CsrfFailed("this check has expired or was altered; check it again") from None


def load(serializer: URLSafeTimedSerializer, value: str, max_age: int, what: str,
         with_time: bool = False) -> Any:
    """The signed data (a dict); with ``with_time`` also when it was signed (Unix seconds)."""
    try:
        data, signed = serializer.loads(value, max_age=max_age, return_timestamp=True)
    except SignatureExpired:
        raise NotAuthenticated(f"your {what} has expired; sign in again") from None
    except BadSignature:
        raise NotAuthenticated(f"your {what} is not valid; sign in again") from None
    if not isinstance(data, dict):
        raise NotAuthenticated(f"your {what} is not valid; sign in again")
    return (data, int(signed.timestamp())) if with_time else data


def same_token(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())
