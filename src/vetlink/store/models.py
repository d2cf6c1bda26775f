"""The tables. Times are naive UTC (``utcnow()``) so SQLite and PostgreSQL agree."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetlink.store.base import Base, JsonType, utcnow  # defined there, imported from here too

ROLES = ("reporter", "analyst", "admin")
STATUSES = ("new", "in_review", "confirmed_hostile", "benign", "duplicate")
OPEN_STATUSES = ("new", "in_review")
EVIDENCE_KINDS = ("profile", "photo", "conversation")

class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    department: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Case(Base):
    """One persona: the reports about it, a status and a history."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    persona_name: Mapped[str] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(1000), index=True)
    photo_hash: Mapped[str | None] = mapped_column(String(128), index=True)
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    status: Mapped[str] = mapped_column(String(32), default="new", index=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    attribution: Mapped[str | None] = mapped_column(String(300))  # analyst's, for intel export
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    reports: Mapped[list[Report]] = relationship(back_populates="case", order_by="Report.id")


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    profile: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    conversation: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    assessment: Mapped[dict[str, Any]] = mapped_column(JsonType)
    score: Mapped[int] = mapped_column(Integer)
    band: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16), default="check")
    persona_name: Mapped[str] = mapped_column(String(300))
    persona_url: Mapped[str | None] = mapped_column(String(1000))
    photo_hash: Mapped[str | None] = mapped_column(String(128))
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # the check a report came from (a random key in the signed draft): sending the same form
    # twice, or again after the back button, finds this report instead of making another
    draft_key: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("reporter_id", "draft_key",
                                       name="uq_reports_reporter_draft"),)

    case: Mapped[Case] = relationship(back_populates="reports")
    reporter: Mapped[User] = relationship()
    evidence: Mapped[list[Evidence]] = relationship(order_by="Evidence.id")
    findings: Mapped[list[ReportFinding]] = relationship(order_by="ReportFinding.id")


class ReportFinding(Base):
    """One finding id of a report, kept as a row so dashboards can count lure types in SQL."""

    __tablename__ = "report_findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    finding_id: Mapped[str] = mapped_column(String(100), index=True)
    severity: Mapped[str] = mapped_column(String(16))


class Evidence(Base):
    """A file attached to a report, stored once under ``evidence/`` by its sha256."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CaseNote(Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    author: Mapped[User] = relationship()


class AuditEntry(Base):
    """Append-only: the store offers no update or delete, and a trigger refuses them."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)

    actor: Mapped[User | None] = relationship()


class Label(Base):
    """A verdict kept as a training label (exported as JSONL)."""

    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"))
    label: Mapped[str] = mapped_column(String(32))
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LoginFailure(Base):
    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Partner(Base):
    """An organisation that may read vetlink's TAXII collections with its own token (only the
    token's sha256 is kept; see :mod:`vetlink.intel.partners`)."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ExtensionToken(Base):
    """A browser-extension token (issue 14): stored as its SHA-256 only, shown once at issue.
    Its scope lets it check and report, nothing else (see ``vetlink.web.extension_tokens``)."""

    __tablename__ = "extension_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    scope: Mapped[str] = mapped_column(String(32), default="extension")
    label: Mapped[str] = mapped_column(String(120), default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires: Mapped[datetime | None] = mapped_column(DateTime)
    revoked: Mapped[datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()


from vetlink.store import campaign_tables as _campaign_tables  # noqa: E402,F401  (registers them)
from vetlink.store import practice_models  # noqa: E402,F401  (practice tables, same Base)
