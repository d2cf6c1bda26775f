"""Analysts turn a closed case into a practice item: the reported profile and conversation,
anonymised (:mod:`vetlink.practice.anonymise`), with expert hallmarks and a debrief they edit."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vetlink.errors import InputError
from vetlink.ingest.common import parse_json
from vetlink.practice.anonymise import anonymise
from vetlink.practice.items import CATEGORIES, DEBRIEF_PARTS, catalogue
from vetlink.practice.marking import offered
from vetlink.store import audit, cases, practice, reports
from vetlink.store.identity import name_key
from vetlink.store.models import Case, Report
from vetlink.web.deps import DB, FormAnalyst, Id, PageAnalyst, WriteDB
from vetlink.web.render import render

router = APIRouter(include_in_schema=False)
Short = Annotated[str, Form(max_length=200)]
Long = Annotated[str, Form(max_length=2_000)]
Json = Annotated[str, Form(max_length=200_000)]
CLOSED = {"confirmed_hostile": "hostile", "benign": "genuine"}
DEFAULT_DEBRIEF = {
    "recognise": "What to notice in this profile or approach.",
    "realise": "Why it matters: what the persona was after.",
    "report": "Report it to the security team with the Report button.",
    "remove": "Do not reply or move off the platform; remove the connection after reporting.",
}


def closed_case(session: DB, case_id: int) -> Case:
    case = cases.get_case(session, case_id)
    if case.status not in CLOSED:
        raise InputError("only a closed case (confirmed hostile or benign) can become a "
                         "practice item")
    return case


def source_report(session: DB, case: Case) -> Report:
    found = [r for r in reports.reports_in_case(session, case.id) if r.profile or r.conversation]
    if not found:
        raise InputError(f"case {case.id} has no reported profile or conversation to use")
    return found[-1]


def hallmark_choices(kinds: tuple[str, ...]) -> list[Any]:
    return sorted((s for s in catalogue().values() if offered(s.id, kinds)),
                  key=lambda s: (s.kind, s.title.casefold()))


@router.get("/cases/{case_id}/practice-item")
def new_item_form(request: Request, case_id: Id, user: PageAnalyst, session: DB) -> Response:
    case = closed_case(session, case_id)
    report = source_report(session, case)
    profile, conversation = anonymise(report.profile, report.conversation)
    findings = {f["id"] for f in report.assessment.get("findings", [])}
    kinds = tuple(k for k, v in (("profile", profile), ("message", conversation)) if v)
    return render(
        request, "practice_make.html", case=case, categories=CATEGORIES,
        verdict=CLOSED[case.status], debrief=DEFAULT_DEBRIEF, parts=DEBRIEF_PARTS,
        choices=hallmark_choices(kinds), expert=findings & set(catalogue()),
        profile_json=json.dumps(profile, ensure_ascii=False, indent=1) if profile else "",
        conversation_json=(json.dumps(conversation, ensure_ascii=False, indent=1)
                           if conversation else ""),
    )


def parsed(text: str, where: str) -> dict[str, Any] | None:
    if not text.strip():
        return None
    value = parse_json(text, where)
    if not isinstance(value, dict):
        raise InputError(f"{where}: must be a JSON object")
    return value


def leaked_names(case: Case, session: DB, data: dict[str, Any]) -> list[str]:
    """Names of the reported persona still in the item (it would not be anonymous)."""
    text = name_key(json.dumps(data, ensure_ascii=False))
    names = {case.persona_name, *(r.persona_name for r in reports.reports_in_case(session,
                                                                                   case.id))}
    return sorted(n for n in names if n and len(name_key(n)) > 2 and name_key(n) in text)


@router.post("/cases/{case_id}/practice-item")
def save_item(
    case_id: Id, user: FormAnalyst, session: WriteDB, title: Short, category: Short,
    verdict: Short, recognise: Long, realise: Long, report: Long, remove: Long,
    profile_json: Json = "", conversation_json: Json = "", language: Short = "en",
    expert: Annotated[list[Annotated[str, Form(max_length=100)]] | None, Form()] = None,
) -> Response:
    case = closed_case(session, case_id)
    if category not in CATEGORIES:
        raise InputError(f"category must be one of {', '.join(CATEGORIES)}")
    data = {
        "title": title.strip() or "An approach from a closed case", "category": category,
        "language": language.strip()[:8] or "en", "verdict": verdict,
        "expert": sorted(set(expert or [])),
        "debrief": {"recognise": recognise, "realise": realise, "report": report,
                    "remove": remove},
        "profile": parsed(profile_json, "profile"),
        "conversation": parsed(conversation_json, "conversation"),
    }
    leaked = leaked_names(case, session, data)
    if leaked:
        raise InputError("the item still names the reported persona; replace the name "
                         "before saving")
    row = practice.save_item(session, data, user.id, case.id)
    audit.record(session, user.id, "practice.item_made", "case", case.id, item=row.id)
    session.commit()
    return RedirectResponse("/practice/items", status_code=303)
