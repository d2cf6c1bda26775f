"""Input budgets: the limits every ingest path runs under, in one place.

Hostile input is normal input. Every reader of outside data (profile text and JSON, PDFs,
pasted chats, .eml files, conversation JSON, photos) takes its limits from one
:class:`Budget`, built from :class:`vetlink.settings.Settings` (each limit is a
``VETLINK_MAX_...`` environment variable, documented in README.md and docs/security.md). The
limits are checked *while* reading (bytes inflated, MIME parts met, PDF operators run), so an
input is refused before it costs more than its budget.

A refused input raises :class:`vetlink.errors.InputTooLarge` (exit 2 on the CLI, 413 on the
web) with one line that names the limit and its value.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields
from typing import Any, NoReturn

from vetlink.errors import InputTooLarge


@dataclass(frozen=True)
class Budget:
    """The limits of one ingest run. Field ``x`` is the setting ``max_x``."""

    input_bytes: int = 20 * 1024 * 1024
    decompressed_bytes: int = 32 * 1024 * 1024
    text_chars: int = 200_000
    parts: int = 1_000
    pages: int = 30
    nesting_depth: int = 32
    pdf_operators: int = 25_000
    pdf_page_chars: int = 40_000
    email_headers: int = 5_000
    header_bytes: int = 16_384

    @classmethod
    def from_settings(cls, settings: Any = None) -> Budget:
        """The limits of ``settings`` (default: the configured ones)."""
        from vetlink.settings import get_settings

        settings = settings or get_settings()
        return cls(**{f.name: int(getattr(settings, "max_" + f.name)) for f in fields(cls)})


# What each limit counts, for the one-line refusal.
UNITS = {
    "input_bytes": "bytes of input",
    "decompressed_bytes": "bytes once decompressed",
    "text_chars": "characters of text",
    "parts": "parts or messages",
    "pages": "pages",
    "nesting_depth": "levels of nesting",
    "pdf_operators": "PDF operators and operands on one page",
    "pdf_page_chars": "characters on one PDF page",
    "email_headers": "email header fields",
    "header_bytes": "bytes in one email header",
}

_ACTIVE: ContextVar[Budget | None] = ContextVar("vetlink_ingest_budget", default=None)


_DEFAULT: list[Any] = [None, None]  # (the settings object, its budget): built once for it


def current_budget() -> Budget:
    """The budget in force: the one set by :func:`using_budget`, else the settings' (built
    once per settings object: this runs on every JSON body the web app reads)."""
    active = _ACTIVE.get()
    if active is not None:
        return active
    from vetlink.settings import get_settings

    settings = get_settings()
    settings_of, budget = _DEFAULT
    if settings_of is not settings:
        budget = Budget.from_settings(settings)
        _DEFAULT[:] = [settings, budget]
    return budget


@contextmanager
def using_budget(budget: Budget) -> Iterator[Budget]:
    """Run the ingest calls inside the block under ``budget`` (tests, benchmarks, callers
    with their own limits)."""
    token = _ACTIVE.set(budget)
    try:
        yield budget
    finally:
        _ACTIVE.reset(token)


def env_name(limit: str) -> str:
    return f"VETLINK_MAX_{limit.upper()}"


def refuse(where: str, limit: str, value: int | None = None) -> NoReturn:
    """Raise InputTooLarge naming the limit (its setting and value) in one line."""
    budget = current_budget()
    allowed = getattr(budget, limit)
    seen = f" ({value:,})" if value is not None else ""
    raise InputTooLarge(
        f"{where}: more than {allowed:,} {UNITS[limit]}{seen}; refused "
        f"(limit {env_name(limit)}={allowed})"
    )


def check(where: str, limit: str, value: int) -> None:
    """Refuse when ``value`` is above the limit."""
    if value > getattr(current_budget(), limit):
        refuse(where, limit, value)
