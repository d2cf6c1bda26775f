"""One settings object, read from the environment (prefix ``VETLINK_``).

Nothing is read at import time: call :func:`get_settings`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vetlink.errors import InputError

ENV_PREFIX = "VETLINK_"


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("vetlink", appauthor=False))


class Settings(BaseModel):
    """Every setting vetlink reads. Each field is documented in README.md (a test checks).

    Values come from the arguments, else from ``VETLINK_<FIELD>`` in the environment (any
    case), else the default, as with pydantic-settings, which is not imported: it cost every
    command about 25 ms of start-up."""

    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _from_environment(cls, given: Any) -> Any:
        if not isinstance(given, dict):
            return given
        environment = {key.upper(): value for key, value in os.environ.items()
                       if key.upper().startswith(ENV_PREFIX)}
        found = {name: environment[ENV_PREFIX + name.upper()] for name in cls.model_fields
                 if ENV_PREFIX + name.upper() in environment}
        return {**found, **given}

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Where the database, evidence files, photo index and watchlists live.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: SQLite file vetlink.sqlite3 in the data directory.",
    )
    secret_key: str | None = Field(
        default=None,
        description="Key that signs sessions and tokens; default: generated once and kept "
        "in the data directory.",
    )
    max_input_bytes: int = Field(
        default=20 * 1024 * 1024,
        description="Largest profile, conversation or photo file accepted, in bytes.",
    )
    trusted_proxies: str = Field(
        default="",
        description="Comma-separated addresses or networks of reverse proxies whose "
        "X-Forwarded-For / X-Forwarded-Proto headers are believed; empty: none (the client "
        "address is the connection's).",
    )
    check_workers: int = Field(
        default=2, ge=1, le=64,
        description="Worker processes per server process that run checks (parsing, "
        "assessment, exposure).",
    )
    check_queue: int = Field(
        default=8, ge=0, le=1000,
        description="Checks that may wait for a free worker; beyond that the server answers "
        "503 with Retry-After.",
    )
    inline_check_bytes: int = Field(
        default=16 * 1024, ge=0, le=256 * 1024,
        description="Largest profile-only API check (request body, bytes) run in the server "
        "process itself instead of the check pool; 0: every check goes to the pool.",
    )
    loop_check_bytes: int = Field(
        default=0, ge=0, le=64 * 1024,
        description="Largest profile-only API check (request body, bytes) run on the server's "
        "event loop itself, without a thread hand-off (at most inline_check_bytes); 0 (the "
        "default): none, every check runs in a thread or the pool.",
    )
    check_deadline_seconds: float = Field(
        default=30.0, gt=0, le=3600,
        description="Longest a check may run; past it the worker is killed and replaced and "
        "the request gets 504.",
    )
    campaign_refresh_seconds: float = Field(
        default=5.0, ge=0, le=3600,
        description="Campaigns are recomputed in the background this long after new reports "
        "(one recompute per burst); 0: only by hand or after an import.",
    )

    organisation: str = Field(
        default="vetlink",
        description="Your organisation's name, the producer of STIX/MISP exports and TAXII.",
    )
    max_intel_bytes: int = Field(
        default=200 * 1024 * 1024,
        description="Largest STIX bundle or MISP event imported (or TAXII page read), bytes.",
    )

    taxii_tlp: str = Field(
        default="amber",
        description="TLP marking of the TAXII collection served to partners (red: not served).",
    )

    # Input budgets (vetlink.ingest.budget; docs/security.md "Input budgets").
    max_decompressed_bytes: int = Field(
        default=32 * 1024 * 1024,
        description="Most bytes one input may inflate to (PDF streams), counted while inflating.",
    )
    max_text_chars: int = Field(
        default=200_000, description="Most characters of profile or message text checked at once."
    )
    max_parts: int = Field(
        default=1_000, description="Most MIME parts in an email, or messages in a conversation."
    )
    max_pages: int = Field(default=30, description="Most pages in a PDF profile export.")
    max_nesting_depth: int = Field(
        default=32, description="Deepest nesting of JSON arrays/objects or of email MIME parts."
    )
    max_pdf_operators: int = Field(
        default=25_000, description="Most PDF content operators and operands run on one page."
    )
    max_pdf_page_chars: int = Field(
        default=40_000, description="Most characters of text drawn on one PDF page."
    )
    max_email_headers: int = Field(
        default=5_000, description="Most header fields in one email (all its parts together)."
    )
    max_header_bytes: int = Field(
        default=16_384, description="Longest single email header, in bytes."
    )

    extension_origins: str = Field(
        default="",
        description="Comma-separated origins of the browser extension allowed by CORS on "
        "the check and report API (chrome-extension://<id>, moz-extension://<uuid>); "
        "empty: CORS off.",
    )
    extension_checks_per_minute: int = Field(
        default=30, ge=1, le=10000,
        description="Checks and reports one extension token may make per minute (counted "
        "across all server processes on the data directory); beyond that 429 with "
        "Retry-After.",
    )
    extension_token_days: int = Field(
        default=90, ge=1, le=3650,
        description="Days an extension token issued on the admin page stays valid.",
    )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'vetlink.sqlite3'}"

    def ensure_data_dir(self) -> Path:
        """The data directory, created private to this account (0700) when it is new."""
        if not self.data_dir.exists():
            self.data_dir.mkdir(parents=True, mode=0o700, exist_ok=True)
        return self.data_dir

    def extension_origin_list(self) -> list[str]:
        return [part.strip() for part in self.extension_origins.split(",") if part.strip()]

    def proxy_list(self) -> list[str]:
        return [part.strip() for part in self.trusted_proxies.split(",") if part.strip()]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment; a value of the wrong type is an :class:`InputError`
    naming the variable (exit 2 in the CLI), not a traceback."""
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        raise InputError(bad_setting(exc)) from None


def bad_setting(exc: Any) -> str:
    first = exc.errors()[0]
    name = ENV_PREFIX + str(first["loc"][0]).upper() if first.get("loc") else "a VETLINK_ setting"
    value = str(first.get("input", ""))[:80]
    return f"setting {name}={value!r} is not valid: {first.get('msg', 'bad value')}"
