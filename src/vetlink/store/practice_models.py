"""Practice-mode tables: items analysts made from cases, practice sets and their answers.
(Imported at the end of :mod:`vetlink.store.models`, so every table is on one ``Base``.)"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vetlink.store.base import Base, JsonType, utcnow


class PracticeItem(Base):
    """An item made by an analyst from a closed case (anonymised). ``active`` False: removed
    (kept, so answers given to it still show)."""

    __tablename__ = "practice_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JsonType)  # the item in its JSON form
    source_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PracticeSet(Base):
    """One run through a few items by one user. ``department`` is copied from the user when
    the set starts, so the aggregate view groups answers as they were given."""

    __tablename__ = "practice_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    department: Mapped[str | None] = mapped_column(String(120))
    item_keys: Mapped[list[str]] = mapped_column(JsonType)
    started: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished: Mapped[datetime | None] = mapped_column(DateTime)


class PracticeAnswer(Base):
    """One answered item of a set: what was marked and how it compared with the expert's."""

    __tablename__ = "practice_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("practice_sets.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(120))
    verdict: Mapped[str] = mapped_column(String(16))  # the item's truth: genuine / hostile
    choice: Mapped[str] = mapped_column(String(16))  # accept / verify / report
    caught: Mapped[list[str]] = mapped_column(JsonType)
    missed: Mapped[list[str]] = mapped_column(JsonType)
    wrong: Mapped[list[str]] = mapped_column(JsonType)
    score: Mapped[float] = mapped_column(Float)
    answered: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("set_id", "item_key", name="uq_practice_answer_item"),)
