"""Reports: a member of staff's account of an approach, with the assessment and evidence.

:func:`create_report` stores everything in the caller's transaction: the report, its finding
ids, its evidence rows, the case it joins and the audit entries; nothing is half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vetlink.errors import InputError, NotFound
from vetlink.identity import persona_of
from vetlink.store import audit, cases
from vetlink.store.evidence import StoredFile
from vetlink.store.models import Case, Evidence, Label, Report, ReportFinding, User
from vetlink.store.users import has_role

MAX_NOTE = 10_000
SOURCES = ("check", "api", "review", "demo", "import")


@dataclass
class NewReport:
    reporter: User
    assessment: dict[str, Any]
    profile: dict[str, Any] | None = None
    conversation: dict[str, Any] | None = None
    note: str | None = None
    source: str = "check"
    evidence: list[StoredFile] = field(default_factory=list)
    similar_reports: list[int] = field(default_factory=list)  # earlier reports, similar photo
    draft_key: str | None = None  # the check it came from: one report per check


def photo_hash_of(new: NewReport) -> str | None:
    photos = [e.sha256 for e in new.evidence if e.kind == "photo"]
    return photos[0] if photos else None


def clean_note(note: str | None) -> str | None:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise InputError(f"note: at most {MAX_NOTE:,} characters")
    return text or None


def create_report(session: Session, new: NewReport) -> Report:
    if new.source not in SOURCES:
        raise InputError(f"source: must be one of {', '.join(SOURCES)}")
    persona = persona_of(new.profile, new.conversation, photo_hash_of(new))
    case = cases.case_for(session, persona, new.reporter.id, new.similar_reports)
    report = Report(
        reporter_id=new.reporter.id, case_id=case.id, note=clean_note(new.note),
        profile=new.profile, conversation=new.conversation, assessment=new.assessment,
        score=int(new.assessment["score"]), band=str(new.assessment["band"]),
        source=new.source, persona_name=persona.name, persona_url=persona.url,
        photo_hash=persona.photo_hash, draft_key=new.draft_key,
    )
    session.add(report)
    session.flush()
    for finding in new.assessment.get("findings", []):
        session.add(ReportFinding(report_id=report.id, finding_id=finding["id"],
                                  severity=finding["severity"]))
    for stored in new.evidence:
        session.add(Evidence(report_id=report.id, sha256=stored.sha256, size=stored.size,
                             kind=stored.kind, filename=stored.filename,
                             content_type=stored.content_type))
    audit.record(session, new.reporter.id, "report.create", "report", report.id,
                 case=case.id, score=report.score)
    audit.record(session, new.reporter.id, "case.report", "case", case.id, report=report.id)
    return report


def report_of_draft(session: Session, user: User, draft_key: str | None) -> Report | None:
    """The report ``user`` already made from this check, if any."""
    if not draft_key:
        return None
    return session.scalar(select(Report).where(Report.reporter_id == user.id,
                                               Report.draft_key == draft_key))


def visible_report(session: Session, user: User, report_id: int) -> Report:
    """The report if ``user`` may see it: its reporter or an analyst. Anyone else gets the
    same "not found" as for an id that does not exist, so ids cannot be probed."""
    report = session.scalar(
        select(Report).where(Report.id == report_id)
        .options(selectinload(Report.evidence), selectinload(Report.case))
    )
    if report is None or not (report.reporter_id == user.id or has_role(user, "analyst")):
        raise NotFound(f"report {report_id} does not exist")
    return report


def reports_of(session: Session, user: User, limit: int = 500) -> list[Report]:
    query = (
        select(Report).where(Report.reporter_id == user.id)
        .options(selectinload(Report.case))
        .order_by(Report.created.desc(), Report.id.desc()).limit(limit)
    )
    return list(session.scalars(query))


def outcome(session: Session, report: Report) -> str:
    """The case status a reporter sees (a merged case shows its surviving case's status)."""
    return cases.root(session, report.case).status


def reports_in_case(session: Session, case_id: int) -> list[Report]:
    query = (
        select(Report).where(Report.case_id == case_id)
        .options(selectinload(Report.evidence), selectinload(Report.reporter))
        .order_by(Report.id)
    )
    return list(session.scalars(query))


def record_labels(session: Session, case: Case, label: str, actor_id: int) -> int:
    """Keep the verdict on each report of the case as a training label (once per report and
    label, wherever the report was when it got it)."""
    members = reports_in_case(session, case.id)
    have = set(session.scalars(select(Label.report_id).where(
        Label.report_id.in_([r.id for r in members]), Label.label == label)))
    added = 0
    for report in members:
        if report.id not in have:
            session.add(Label(case_id=case.id, report_id=report.id, label=label))
            added += 1
    if added:
        audit.record(session, actor_id, "label.add", "case", case.id, label=label, count=added)
    return added


def labels_export(session: Session) -> list[dict[str, Any]]:
    """Every label as one JSON object (profile, conversation, label): training data."""
    rows = session.execute(
        select(Label, Report).join(Report, Report.id == Label.report_id).order_by(Label.id)
    )
    return [
        {"label": label.label, "case_id": label.case_id, "report_id": report.id,
         "labelled": label.created.isoformat(), "profile": report.profile,
         "conversation": report.conversation}
        for label, report in rows
    ]


def photos_of_case(session: Session, case_id: int) -> list[Evidence]:
    query = (
        select(Evidence).join(Report, Report.id == Evidence.report_id)
        .where(Report.case_id == case_id, Evidence.kind == "photo")
    )
    return list(session.scalars(query))
