"""Cases: one persona each. Reports join a case automatically (same normalised profile URL,
or same name with the same photo); analysts change the status, add notes, merge and split.
Every change is written to the audit log in the same transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from vetlink.errors import InputError, NotFound
from vetlink.identity import Persona, name_key
from vetlink.store import audit
from vetlink.store.models import STATUSES, Case, CaseNote, Label, Report, utcnow

VERDICTS = ("confirmed_hostile", "benign")
SETTABLE = ("new", "in_review", "confirmed_hostile", "benign")


@dataclass
class CaseRow:
    case: Case
    reports: int
    highest_score: int
    last_report: object


def root(session: Session, case: Case) -> Case:
    """Follow ``merged_into`` to the case that is still alive."""
    seen = {case.id}
    while case.merged_into is not None:
        nxt = session.get(Case, case.merged_into)
        if nxt is None or nxt.id in seen:
            break
        seen.add(nxt.id)
        case = nxt
    return case


def lock_persona(session: Session, persona: Persona) -> None:
    """On PostgreSQL, serialise concurrent reports about the same persona (SQLite writers are
    serialised already). A bulk import holds a table lock instead (``session.info``)."""
    if session.get_bind().dialect.name != "postgresql" or session.info.get("cases_locked"):
        return
    key = persona.url or f"{persona.name_key}|{persona.photo_hash}"
    number = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": number})


def find_case(session: Session, persona: Persona) -> Case | None:
    found = None
    if persona.url:
        found = session.scalar(select(Case).where(Case.url == persona.url).order_by(Case.id))
    if found is None and persona.photo_hash:
        found = session.scalar(
            select(Case)
            .where(Case.name_key == persona.name_key, Case.photo_hash == persona.photo_hash)
            .order_by(Case.id)
        )
    return root(session, found) if found is not None else None


def case_of_similar_photo(
    session: Session, persona: Persona, similar_reports: Sequence[int]
) -> Case | None:
    """The case of an earlier report under the same name whose photo is a near-duplicate of
    this one (``similar_reports``: found by the photo index, which sees through re-encoding,
    resizing and cropping)."""
    if not similar_reports:
        return None
    earlier = session.scalars(select(Report).where(Report.id.in_(list(similar_reports)))
                              .order_by(Report.id))
    for report in earlier:
        if name_key(report.persona_name) == persona.name_key:
            return root(session, report.case)
    return None


def case_for(
    session: Session, persona: Persona, actor_id: int, similar_reports: Sequence[int] = ()
) -> Case:
    """The case this persona belongs to, created when there is none."""
    lock_persona(session, persona)
    case = find_case(session, persona) or case_of_similar_photo(session, persona,
                                                                similar_reports)
    if case is None:
        case = Case(persona_name=persona.name, url=persona.url, photo_hash=persona.photo_hash,
                    name_key=persona.name_key, status="new")
        session.add(case)
        session.flush()
        audit.record(session, actor_id, "case.create", "case", case.id, persona=persona.name)
        return case
    case.url = case.url or persona.url
    case.photo_hash = case.photo_hash or persona.photo_hash
    case.updated = utcnow()
    return case


def get_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"case {case_id} does not exist")
    return case


def list_cases(session: Session, status: str | None = None) -> list[CaseRow]:
    query = (
        select(Case, func.count(Report.id), func.coalesce(func.max(Report.score), 0),
               func.max(Report.created))
        .outerjoin(Report, Report.case_id == Case.id)
        .group_by(Case.id)
        .order_by(func.max(Report.score).desc(), Case.id.desc())
    )
    if status:
        if status not in STATUSES:
            raise InputError(f"status: must be one of {', '.join(STATUSES)}")
        query = query.where(Case.status == status)
    return [CaseRow(c, n, s, last) for c, n, s, last in session.execute(query)]


def set_status(session: Session, case: Case, status: str, actor_id: int) -> bool:
    """Change the status; returns True when it changed."""
    if status not in SETTABLE:
        raise InputError(f"status: must be one of {', '.join(SETTABLE)} (merge to mark a "
                         "duplicate)")
    if case.merged_into is not None:
        raise InputError(f"case {case.id} was merged into case {case.merged_into}; "
                         "change that case instead")
    if case.status == status:
        return False
    audit.record(session, actor_id, "case.status", "case", case.id, old=case.status, new=status)
    case.status = status
    case.updated = utcnow()
    return True


def add_note(session: Session, case: Case, text_: str, actor_id: int) -> CaseNote:
    body = text_.strip()
    if not body:
        raise InputError("note: is empty")
    if len(body) > 10_000:
        raise InputError("note: at most 10,000 characters")
    note = CaseNote(case_id=case.id, author_id=actor_id, text=body)
    session.add(note)
    session.flush()
    audit.record(session, actor_id, "case.note", "case", case.id, note_id=note.id)
    return note


def merge(session: Session, source: Case, target: Case, actor_id: int) -> Case:
    """Move every report of ``source`` into ``target``; ``source`` becomes a duplicate."""
    target = root(session, target)
    if source.id == target.id:
        raise InputError("a case cannot be merged into itself")
    if source.merged_into is not None:
        raise InputError(f"case {source.id} is already merged into case {source.merged_into}")
    moved = [r.id for r in source.reports]
    session.execute(update(Report).where(Report.case_id == source.id)
                    .values(case_id=target.id))
    move_labels(session, moved, target.id)
    session.execute(update(Case).where(Case.merged_into == source.id)
                    .values(merged_into=target.id))
    source.status, source.merged_into, source.updated = "duplicate", target.id, utcnow()
    target.url = target.url or source.url
    target.photo_hash = target.photo_hash or source.photo_hash
    target.updated = utcnow()
    audit.record(session, actor_id, "case.merge", "case", source.id, into=target.id,
                 reports=moved)
    audit.record(session, actor_id, "case.merge", "case", target.id, source=source.id,
                 reports=moved)
    session.flush()
    session.expire_all()
    return target


def split(session: Session, case: Case, report_ids: list[int], actor_id: int) -> Case:
    """Move the given reports of ``case`` into a new case (they were another persona)."""
    own = {r.id: r for r in case.reports}
    chosen = sorted(set(report_ids))
    if not chosen:
        raise InputError("reports: choose at least one report to split off")
    strangers = [i for i in chosen if i not in own]
    if strangers:
        raise InputError(f"reports: {strangers} are not reports of case {case.id}")
    if len(chosen) == len(own):
        raise InputError("reports: leave at least one report in the case")
    first = own[chosen[0]]
    new = Case(persona_name=first.persona_name, url=first.persona_url,
               photo_hash=first.photo_hash, name_key=name_key(first.persona_name),
               status="new")
    session.add(new)
    session.flush()
    session.execute(update(Report).where(Report.id.in_(chosen)).values(case_id=new.id))
    move_labels(session, chosen, new.id)
    audit.record(session, actor_id, "case.split", "case", case.id, into=new.id, reports=chosen)
    audit.record(session, actor_id, "case.split", "case", new.id, source=case.id,
                 reports=chosen)
    session.flush()
    session.expire_all()
    return new


def move_labels(session: Session, report_ids: Sequence[int], case_id: int) -> None:
    """Labels follow their report: a label's case is always its report's case."""
    if report_ids:
        session.execute(update(Label).where(Label.report_id.in_(list(report_ids)))
                        .values(case_id=case_id))


def notes_of(session: Session, case_id: int) -> list[CaseNote]:
    return list(session.scalars(select(CaseNote).where(CaseNote.case_id == case_id)
                                .order_by(CaseNote.id)))
