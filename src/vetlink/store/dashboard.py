"""Figures for the analysts' dashboard, computed from the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vetlink.store.models import OPEN_STATUSES, Case, Report, ReportFinding, User, utcnow

# Approach types: what the contact did or offered (every message.* hallmark) and the two
# profile findings that are themselves an approach. Profile-quality findings ("No profile
# photo", "Thin profile") describe the persona, not the lure, and are not counted here; nor is
# the text model's score, which is not a kind of approach.
LURE_PROFILE_FINDINGS = ("profile.offers_in_profile", "profile.off_platform_contact")
NOT_LURES = ("message.model_recruitment_fraud",)

AGE_BUCKETS = ((1, "under 1 day"), (7, "1-7 days"), (30, "1-4 weeks"), (None, "over 4 weeks"))


def week_start(moment: datetime) -> date:
    day = moment.date()
    return day - timedelta(days=day.weekday())


def approaches_per_week(session: Session, weeks: int = 12) -> list[dict[str, Any]]:
    now = utcnow()
    first = week_start(now) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first, datetime.min.time())
    counts = Counter(week_start(t) for t in
                     session.scalars(select(Report.created).where(Report.created >= since)))
    return [{"week": (first + timedelta(weeks=i)).isoformat(),
             "reports": counts.get(first + timedelta(weeks=i), 0)} for i in range(weeks)]


def by_lure(
    session: Session, titles: Mapping[str, str] | None = None, limit: int = 12
) -> list[dict[str, Any]]:
    """The approach types (lures) reported most often: finding id, title (from ``titles``;
    the id when unknown) and the number of reports showing it."""
    titles = titles or {}
    lure = or_(ReportFinding.finding_id.like("message.%"),
               ReportFinding.finding_id.in_(LURE_PROFILE_FINDINGS))
    query = (
        select(ReportFinding.finding_id, func.count(func.distinct(ReportFinding.report_id)))
        .where(lure, ReportFinding.finding_id.not_in(NOT_LURES))
        .group_by(ReportFinding.finding_id)
        .order_by(func.count(func.distinct(ReportFinding.report_id)).desc(),
                  ReportFinding.finding_id)
        .limit(limit)
    )
    return [{"finding": f, "title": titles.get(f, f), "reports": n}
            for f, n in session.execute(query)]


def by_department(session: Session) -> list[dict[str, Any]]:
    dept = func.coalesce(User.department, "(none)")
    query = (
        select(dept, func.count(Report.id)).join(User, User.id == Report.reporter_id)
        .group_by(dept).order_by(func.count(Report.id).desc(), dept)
    )
    return [{"department": d, "reports": n} for d, n in session.execute(query)]


def top_personas(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    query = (
        select(Case.id, Case.persona_name, Case.status, func.count(Report.id),
               func.max(Report.score))
        .join(Report, Report.case_id == Case.id)
        .group_by(Case.id, Case.persona_name, Case.status)
        .order_by(func.count(Report.id).desc(), func.max(Report.score).desc(), Case.id)
        .limit(limit)
    )
    return [{"case_id": i, "persona": p, "status": s, "reports": n, "highest_score": m}
            for i, p, s, n, m in session.execute(query)]


def open_cases_by_age(session: Session) -> list[dict[str, Any]]:
    now = utcnow()
    ages = [(now - created).total_seconds() / 86400 for created in
            session.scalars(select(Case.created).where(Case.status.in_(OPEN_STATUSES)))]
    out = []
    low = 0.0
    for high, label in AGE_BUCKETS:
        count = sum(1 for a in ages if a >= low and (high is None or a < high))
        out.append({"age": label, "cases": count})
        low = float(high or 0)
    return out


def figures(session: Session, titles: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every figure of the dashboard; ``titles`` names the findings (id -> title)."""
    return {
        "approaches_per_week": approaches_per_week(session),
        "by_lure": by_lure(session, titles),
        "by_department": by_department(session),
        "top_personas": top_personas(session),
        "open_cases_by_age": open_cases_by_age(session),
        "totals": {
            "reports": session.scalar(select(func.count(Report.id))) or 0,
            "open_cases": session.scalar(select(func.count(Case.id))
                                         .where(Case.status.in_(OPEN_STATUSES))) or 0,
        },
    }
