"""The declarative base every table module shares, the JSON column type and ``utcnow()``.
Here rather than in :mod:`vetlink.store.models`, so that the table modules that
:mod:`~vetlink.store.models` imports to register them do not import it back (no cycle)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase

JsonType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass
