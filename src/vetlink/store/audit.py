"""The audit log: who did what, when. Append-only — this module offers ``record`` and reads,
nothing else, and the migration installs a trigger that refuses UPDATE and DELETE."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetlink.store.models import AuditEntry


def record(
    session: Session,
    actor_id: int | None,
    action: str,
    target_type: str,
    target_id: int | None,
    **detail: Any,
) -> AuditEntry:
    entry = AuditEntry(actor_id=actor_id, action=action, target_type=target_type,
                       target_id=target_id, detail=detail)
    session.add(entry)
    return entry


def history(session: Session, target_type: str, target_id: int) -> list[AuditEntry]:
    """Entries about one target, oldest first (a merge or split is recorded on both cases)."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.target_type == target_type, AuditEntry.target_id == target_id)
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(query))


def recent(session: Session, limit: int = 200) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
