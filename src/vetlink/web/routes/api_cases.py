"""JSON API for analysts: cases (list, detail, status, notes, merge, split), the dashboard
figures and the label export."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, Field

from vetlink.store import audit, cases, dashboard, reports
from vetlink.store.models import Case
from vetlink.web.deps import DB, MAX_ID, ApiAnalyst, Id, Svc, WriteDB
from vetlink.web.review import finding_titles
from vetlink.web.triage import change_status

router = APIRouter(prefix="/api/v1", tags=["cases"])


class CaseSummary(BaseModel):
    id: int
    persona: str
    url: str | None
    status: str
    merged_into: int | None
    reports: int
    highest_score: int


class StatusChange(BaseModel):
    status: str


class NoteIn(BaseModel):
    text: str = Field(max_length=10_000)


class MergeIn(BaseModel):
    into: int = Field(ge=1, le=MAX_ID)


class SplitIn(BaseModel):
    reports: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(max_length=10_000)


def summary(row: cases.CaseRow) -> CaseSummary:
    c = row.case
    return CaseSummary(id=c.id, persona=c.persona_name, url=c.url, status=c.status,
                       merged_into=c.merged_into, reports=row.reports,
                       highest_score=row.highest_score)


@router.get("/cases", response_model=list[CaseSummary])
def list_cases(user: ApiAnalyst, session: DB, status: str | None = None) -> list[CaseSummary]:
    """Every case (one per persona) with its report count, highest score and status."""
    return [summary(row) for row in cases.list_cases(session, status)]


def case_detail(session: DB, case: Case) -> dict[str, Any]:
    return {
        "id": case.id, "persona": case.persona_name, "url": case.url, "status": case.status,
        "merged_into": case.merged_into, "photo_hash": case.photo_hash,
        "reports": [{"id": r.id, "reporter": r.reporter.username, "score": r.score,
                     "band": r.band, "created": r.created.isoformat(), "note": r.note}
                    for r in reports.reports_in_case(session, case.id)],
        "notes": [{"author": n.author.username, "text": n.text, "created": n.created.isoformat()}
                  for n in cases.notes_of(session, case.id)],
        "history": [{"at": e.at.isoformat(), "action": e.action, "actor_id": e.actor_id,
                     "detail": e.detail} for e in audit.history(session, "case", case.id)],
    }


@router.get("/cases/{case_id}")
def get_case(case_id: Id, user: ApiAnalyst, session: DB) -> dict[str, Any]:
    return case_detail(session, cases.get_case(session, case_id))


@router.post("/cases/{case_id}/status")
def set_status(
    case_id: Id, change: StatusChange, user: ApiAnalyst, session: WriteDB, svc: Svc
) -> dict[str, Any]:
    """new, in_review, confirmed_hostile or benign. A verdict becomes a training label."""
    case = cases.get_case(session, case_id)
    change_status(session, svc.evidence, svc.settings.data_dir, case, change.status, user.id)
    return case_detail(session, case)


@router.post("/cases/{case_id}/notes", status_code=201)
def add_note(case_id: Id, note: NoteIn, user: ApiAnalyst, session: WriteDB) -> dict[str, Any]:
    made = cases.add_note(session, cases.get_case(session, case_id), note.text, user.id)
    session.commit()
    return {"id": made.id, "case_id": case_id, "text": made.text}


@router.post("/cases/{case_id}/merge")
def merge(case_id: Id, body: MergeIn, user: ApiAnalyst, session: WriteDB) -> dict[str, Any]:
    """Merge this case into another: its reports move, it becomes a duplicate."""
    source = cases.get_case(session, case_id)
    target = cases.merge(session, source, cases.get_case(session, body.into), user.id)
    session.commit()
    return case_detail(session, target)


@router.post("/cases/{case_id}/split", status_code=201)
def split(case_id: Id, body: SplitIn, user: ApiAnalyst, session: WriteDB) -> dict[str, Any]:
    """Move the given reports out of this case into a new case."""
    new = cases.split(session, cases.get_case(session, case_id), body.reports, user.id)
    session.commit()
    return case_detail(session, new)


@router.get("/dashboard")
def figures(user: ApiAnalyst, session: DB) -> dict[str, Any]:
    return dashboard.figures(session, finding_titles())


@router.get("/labels.jsonl")
def labels(user: ApiAnalyst, session: DB) -> Response:
    """Verdicts as training data: one JSON object per line (label, profile, conversation)."""
    lines = [json.dumps(row, ensure_ascii=False) for row in reports.labels_export(session)]
    return Response("\n".join(lines) + ("\n" if lines else ""),
                    media_type="application/x-ndjson")
