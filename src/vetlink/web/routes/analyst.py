"""Pages for analysts: the queue, a case (reports, evidence, status, notes, merge, split,
history), evidence files and the dashboard."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from pydantic import Field

from vetlink.errors import InputError, NotFound
from vetlink.store import audit, cases, dashboard, reports
from vetlink.store.models import STATUSES, Evidence, Report
from vetlink.store.users import has_role
from vetlink.web.deps import DB, MAX_ID, FormAnalyst, Id, PageAnalyst, PageUser, Svc, WriteDB
from vetlink.web.render import render
from vetlink.web.review import finding_titles
from vetlink.web.triage import change_status

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]


def back(case_id: int) -> Response:
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/cases")
def queue(request: Request, user: PageAnalyst, session: DB, status: str = "open") -> Response:
    rows = cases.list_cases(session, None if status in ("open", "all") else status)
    if status == "open":
        rows = [r for r in rows if r.case.status in ("new", "in_review")]
    return render(request, "queue.html", rows=rows, status=status, statuses=STATUSES)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


@router.get("/cases.csv")
def cases_csv(user: PageAnalyst, session: DB, status: str = "all") -> Response:
    """Every case (or those of one status) as CSV, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["case", "persona", "url", "status", "merged_into", "reports",
                     "highest_score", "last_report"])
    for row in cases.list_cases(session, None if status == "all" else status):
        c = row.case
        writer.writerow([cell(v) for v in (c.id, c.persona_name, c.url, c.status, c.merged_into,
                                           row.reports, row.highest_score, row.last_report)])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="vetlink-cases.csv"'})


@router.get("/labels.jsonl")
def labels_jsonl(user: PageAnalyst, session: DB) -> Response:
    """The verdicts as training labels (same as GET /api/v1/labels.jsonl)."""
    lines = [json.dumps(row, ensure_ascii=False) for row in reports.labels_export(session)]
    return Response("".join(line + "\n" for line in lines), media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="vetlink-labels.jsonl"'})


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: Id, user: PageAnalyst, session: DB) -> Response:
    case = cases.get_case(session, case_id)
    return render(
        request, "case.html", case=case, reports=reports.reports_in_case(session, case.id),
        notes=cases.notes_of(session, case.id),
        history=audit.history(session, "case", case.id), settable=cases.SETTABLE,
    )


# Verdicts with consequences beyond the case: a training label, and (hostile) the photos
# going into the photo index that every later check reads. The page asks before setting them.
CONFIRM_STATUSES = ("confirmed_hostile", "benign")


@router.post("/cases/{case_id}/status")
def set_status(
    request: Request, case_id: Id, user: FormAnalyst, session: WriteDB, svc: Svc,
    status: Text, confirm: Text = "",
) -> Response:
    case = cases.get_case(session, case_id)
    if status in CONFIRM_STATUSES and status != case.status and confirm != "yes":
        return render(request, "case_confirm.html", case=case, status=status)
    change_status(session, svc.evidence, svc.settings.data_dir, case, status, user.id)
    return back(case_id)


@router.post("/cases/{case_id}/notes")
def add_note(case_id: Id, user: FormAnalyst, session: WriteDB, text: Text) -> Response:
    cases.add_note(session, cases.get_case(session, case_id), text, user.id)
    session.commit()
    return back(case_id)


def case_number(text: str) -> int:
    digits = text.strip().lstrip("#")
    if not digits.isdigit() or len(digits) > 10 or int(digits) > MAX_ID:
        raise InputError("into: give the number of the case to merge into")
    return int(digits)


@router.post("/cases/{case_id}/merge")
def merge(case_id: Id, user: FormAnalyst, session: WriteDB, into: Text) -> Response:
    source = cases.get_case(session, case_id)
    target = cases.merge(session, source, cases.get_case(session, case_number(into)), user.id)
    session.commit()
    return back(target.id)


@router.post("/cases/{case_id}/split")
def split(
    case_id: Id, user: FormAnalyst, session: WriteDB,
    report: Annotated[list[Annotated[int, Field(ge=1, le=MAX_ID)]] | None, Form()] = None,
) -> Response:
    new = cases.split(session, cases.get_case(session, case_id), report or [], user.id)
    session.commit()
    return back(new.id)


@router.get("/evidence/{evidence_id}")
def evidence_file(evidence_id: Id, user: PageUser, session: WriteDB, svc: Svc) -> Response:
    """A stored file, for analysts and for the person who reported it. Images are shown
    inline; everything else downloads, under its cleaned name. Every time an analyst opens
    one, the case's audit log says who, when and which file (committed before it is sent)."""
    item = session.get(Evidence, evidence_id)
    report = session.get(Report, item.report_id) if item else None
    if item is None or report is None or not (
        report.reporter_id == user.id or has_role(user, "analyst")
    ):
        raise NotFound(f"evidence {evidence_id} does not exist")
    if not svc.evidence.path(item.sha256).is_file():
        raise NotFound(f"evidence {evidence_id}: the file is missing from the store")
    if has_role(user, "analyst"):
        audit.record(session, user.id, "evidence.download", "case", report.case_id,
                     evidence=item.id, report=report.id, sha256=item.sha256)
        session.commit()
    inline = item.content_type.startswith("image/")
    return FileResponse(
        svc.evidence.path(item.sha256),
        media_type=item.content_type if inline else "application/octet-stream",
        filename=item.filename, content_disposition_type="inline" if inline else "attachment",
    )


@router.get("/dashboard")
def dashboard_page(request: Request, user: PageAnalyst, session: DB) -> Response:
    return render(request, "dashboard.html", totals=dashboard.figures(session)["totals"])


@router.get("/dashboard/data")
def dashboard_data(user: PageAnalyst, session: DB) -> dict[str, Any]:
    """The figures the dashboard's charts are drawn from (same as GET /api/v1/dashboard)."""
    return dashboard.figures(session, finding_titles())
