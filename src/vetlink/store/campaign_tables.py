"""Tables of campaign detection: what an import line or a report adds to the persona's keys,
the import ledger (idempotency) and the stored campaigns (recomputed, never edited)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vetlink.store.base import Base, JsonType, utcnow


class ReportKeys(Base):
    """Per report: who was approached (department, sector) and the photo's perceptual hashes
    (``[[p, d, a], ...]`` as hex, view 0 = whole photo) when the import line gave them."""

    __tablename__ = "report_keys"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    department: Mapped[str | None] = mapped_column(String(120))
    sector: Mapped[str | None] = mapped_column(String(120))
    photo_hashes: Mapped[Any | None] = mapped_column(JsonType)


class ImportedLine(Base):
    """One imported line, by the sha256 of its canonical JSON: importing it again adds
    nothing."""

    __tablename__ = "imported_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StoredCampaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    size: Mapped[int] = mapped_column(Integer)
    features: Mapped[dict[str, Any]] = mapped_column(JsonType)
    evidence: Mapped[list[Any]] = mapped_column(JsonType)
    targets: Mapped[list[Any]] = mapped_column(JsonType)
    lures: Mapped[list[Any]] = mapped_column(JsonType)
    first_seen: Mapped[str | None] = mapped_column(String(32))
    last_seen: Mapped[str | None] = mapped_column(String(32))
    computed: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # when this id was first given (it is kept across recomputes, see store.campaigns.save)
    created: Mapped[datetime | None] = mapped_column(DateTime, default=utcnow)


class CampaignMember(Base):
    """A case (one persona) in a campaign, since ``joined`` (the recompute that put it in)."""

    __tablename__ = "campaign_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    joined: Mapped[datetime | None] = mapped_column(DateTime, default=utcnow)


class CampaignEdge(Base):
    """A link between two cases of a campaign and the evidence that made it."""

    __tablename__ = "campaign_edges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id"), index=True)
    case_a: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    case_b: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    bits: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JsonType)
