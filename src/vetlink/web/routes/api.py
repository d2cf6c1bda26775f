"""JSON API: tokens, checks and reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from pydantic import BaseModel

from vetlink.errors import InputError, InputTooLarge, UnsupportedFormat
from vetlink.ingest.common import parse_json
from vetlink.store import reports as store_reports
from vetlink.store.models import Report, User
from vetlink.store.users import authenticate
from vetlink.web.checking import Inputs, answered_json, checked_json, report_from_api
from vetlink.web.deps import DB, ApiUser, CheckUser, Id, Services, Svc, WriteDB
from vetlink.web.errors import Unprocessable
from vetlink.web.fastjson import FastJSONResponse
from vetlink.web.redact import for_viewer
from vetlink.web.triage import index_reported_photos

router = APIRouter(prefix="/api/v1", tags=["api"])


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class ReportCreated(BaseModel):
    id: int
    case_id: int
    assessment: dict[str, Any]


class ReportPublic(BaseModel):
    id: int
    case_id: int
    created: str
    note: str | None
    score: int
    band: str
    persona: str
    outcome: str
    assessment: dict[str, Any]
    profile: dict[str, Any] | None
    conversation: dict[str, Any] | None


async def json_body(request: Request) -> Any:
    """The request's JSON body; anything but ``application/json`` is refused with 415."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise UnsupportedFormat(f"send JSON with Content-Type: application/json (got "
                                f"{kind or 'no content type'})")
    limit = request.app.state.services.settings.max_input_bytes
    raw = await request.body()
    request.state.body_bytes = len(raw)
    if len(raw) > limit + photo_allowance(limit):
        raise InputTooLarge(f"the request is larger than the {limit:,} bytes allowed")
    try:  # the one JSON loader of every input path, under the same nesting budget
        body = parse_json(raw, "body")
    except InputError as exc:
        raise Unprocessable(exc.message) from None
    photo = body.get("photo") if isinstance(body, dict) else None
    rest = len(raw) - (len(photo) if isinstance(photo, str) else 0)
    if rest > limit:
        raise InputTooLarge(f"the request (besides its photo) is larger than the {limit:,} "
                            "bytes allowed")
    return body


def photo_allowance(limit: int) -> int:
    """Room in a JSON body for a base64 photo of up to ``limit`` bytes (the rest of the body
    has its own ``limit``)."""
    return 4 * (-(-limit // 3)) + 1024


Body = Annotated[Any, Depends(json_body)]
CHECK_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "additionalProperties": False,
    "description": "Give at least one of profile, conversation, advert and photo "
                   "(a conversation or an advert, not both).",
    "anyOf": [{"required": ["profile"]}, {"required": ["conversation"]},
              {"required": ["advert"]}, {"required": ["photo"]}],
    "properties": {
        "profile": {"type": "object", "description": "vetlink/profile/v1"},
        "conversation": {"type": "object", "description": "vetlink/conversation/v1"},
        "advert": {"type": "string", "description": "The text of a job advert they sent "
                   "(plain text or pasted HTML, whose tags are stripped); the assessment's "
                   "subject.inputs then contains \"advert\"."},
        "photo": {"type": "string", "format": "byte", "contentEncoding": "base64",
                  "description": "The persona's photo: a PNG, JPEG, GIF or WebP image, "
                  "base64-encoded (a data:image/...;base64, prefix is allowed), at most "
                  "VETLINK_MAX_INPUT_BYTES once decoded. Bad base64: 422; too large: 413; "
                  "not an image: 415. A reported photo is kept as evidence and joins the "
                  "case of an earlier report of the same name with a near-identical photo."},
        "note": {"type": "string", "maxLength": 10000,
                 "description": "reports only: where, when, what they did"},
    }}}}}}


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/token", response_model=Token)
def token(
    request: Request, svc: Svc, session: DB, writer: WriteDB,
    username: Annotated[str, Form()], password: Annotated[str, Form()],
) -> Token:
    """OAuth2 password flow: form fields ``username`` and ``password``; the token expires
    after an hour. Five failures in 15 minutes for the same username and address: 429."""
    user = authenticate(session, writer, username, password, client_ip(request))
    return Token(access_token=svc.signer.new_token(user.id, user.session_epoch))


def run_check(request: Request, svc: Services, body: Any) -> tuple[Inputs, dict[str, Any]]:
    settings = svc.settings
    return checked_json(svc.checks, body, request.state.body_bytes,
                        settings.inline_check_bytes, settings.max_input_bytes)


@router.post("/checks", openapi_extra=CHECK_BODY, response_model=dict[str, Any])
async def check(request: Request, user: CheckUser, body: Body, svc: Svc) -> Response:
    """Check a profile, a conversation and/or a photo (base64); returns an assessment
    (vetlink/assessment/v1). Nothing is stored."""
    # a small profile is checked on the event loop, anything else in a thread (or the pool):
    # checking.answered_json; the assessment is plain JSON already: sent as it is
    _, assessment = await answered_json(svc.checks, body, request.state.body_bytes,
                                        svc.settings)
    return FastJSONResponse(for_viewer(assessment, user))


@router.post("/reports", status_code=201, response_model=ReportCreated,
             openapi_extra=CHECK_BODY)
def create_report(request: Request, user: CheckUser, body: Body, session: WriteDB,
                  svc: Svc) -> ReportCreated:
    """Check and report a profile, a conversation and/or a photo (base64): the report is
    stored (with the photo as evidence, and joins its persona's case) before the response
    is sent."""
    inputs, assessment = run_check(request, svc, body)
    note = body.get("note")
    if note is not None and not isinstance(note, str):
        raise Unprocessable("note: expected a string")
    report = report_from_api(session, svc.evidence, user, inputs, assessment, note)
    session.commit()
    index_reported_photos(svc.evidence, svc.settings.data_dir, report)
    return ReportCreated(id=report.id, case_id=report.case_id,
                         assessment=for_viewer(assessment, user))


def public(session: DB, report: Report, viewer: User) -> ReportPublic:
    return ReportPublic(
        id=report.id, case_id=report.case_id, created=report.created.isoformat(),
        note=report.note, score=report.score, band=report.band, persona=report.persona_name,
        outcome=store_reports.outcome(session, report),
        assessment=for_viewer(report.assessment, viewer),
        profile=report.profile, conversation=report.conversation,
    )


@router.get("/reports", response_model=list[ReportPublic])
def my_reports(user: ApiUser, session: DB) -> list[ReportPublic]:
    """The caller's own reports, newest first, with their outcome."""
    return [public(session, r, user) for r in store_reports.reports_of(session, user)]


@router.get("/reports/{report_id}", response_model=ReportPublic)
def get_report(report_id: Id, user: ApiUser, session: DB) -> ReportPublic:
    """A report, for its reporter and for analysts; 404 for everyone else."""
    return public(session, store_reports.visible_report(session, user, report_id), user)


@router.get("/me")
def me(user: ApiUser) -> dict[str, Any]:
    return {"id": user.id, "username": user.username, "role": user.role,
            "department": user.department}
