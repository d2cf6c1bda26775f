"""Pages for everyone: sign in and out, check (and report), my reports."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.exc import IntegrityError

from vetlink.errors import InputTooLarge, VetlinkError
from vetlink.store import reports as store_reports
from vetlink.store.models import User
from vetlink.store.users import BadCredentials, authenticate, end_sessions, has_role
from vetlink.web.auth import SESSION_COOKIE, SESSION_MAX_AGE
from vetlink.web.checking import checked_uploads, make_draft, report_from_draft
from vetlink.web.deps import (
    DB,
    FormUser,
    Id,
    MaybeUser,
    PageUser,
    Svc,
    WriteDB,
    anonymous_csrf,
)
from vetlink.web.redact import for_viewer, shown_to
from vetlink.web.render import render
from vetlink.web.routes.api import client_ip
from vetlink.web.triage import index_reported_photos

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]
Upload = Annotated[UploadFile | None, File()]


def safe_next(target: str | None) -> str:
    """Only same-site paths: never redirect to another host after sign-in. Without one, the
    home page sends each person to their own start page."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


def start_page(user: User | None) -> str:
    """Analysts start at their queue; everyone else at the check page."""
    if user is None:
        return "/login"
    return "/cases" if has_role(user, "analyst") else "/check"


@router.get("/")
def home(user: MaybeUser) -> Response:
    return RedirectResponse(start_page(user), status_code=303)


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico whatever the page says: send them the icon."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/login")
def login_page(
    request: Request, user: MaybeUser, next: str | None = None, expired: int = 0
) -> Response:
    return render(request, "login.html", next=safe_next(next), error=None,
                  expired=bool(expired))


@router.post("/login", dependencies=[Depends(anonymous_csrf)])
def login(
    request: Request, svc: Svc, session: DB, writer: WriteDB, username: Text, password: Text,
    next: Annotated[str | None, Form()] = None,
) -> Response:
    try:
        user = authenticate(session, writer, username, password, client_ip(request))
    except BadCredentials as exc:
        return render(request, "login.html", status_code=401, next=safe_next(next),
                      error=exc.message)
    value, _ = svc.signer.new_session(user.id, user.session_epoch)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, value, max_age=SESSION_MAX_AGE, httponly=True,
                        samesite="lax", secure=request.url.scheme == "https", path="/")
    return response


@router.post("/logout")
def logout(user: FormUser, session: WriteDB) -> Response:
    """Sign out everywhere: every session and API token of the user ends."""
    end_sessions(session, user.id)
    session.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/check")
def check_page(request: Request, user: PageUser) -> Response:
    return render(request, "check.html", result=None, draft=None, error=None, form={})


def upload_of(upload: UploadFile | None, limit: int) -> tuple[bytes, str] | None:
    if upload is None or not upload.filename:
        return None
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"{upload.filename}: larger than the {limit:,} bytes allowed")
    return (data, upload.filename) if data else None


def pasted(text: str, name: str) -> tuple[bytes, str] | None:
    return (text.encode("utf-8"), name) if text.strip() else None


@router.post("/check")
def check(
    request: Request, user: FormUser, svc: Svc,
    profile_text: Text = "", conversation_text: Text = "",
    profile_file: Upload = None, conversation_file: Upload = None, photo: Upload = None,
    sent_kind: Text = "messages",
) -> Response:
    """Check what was pasted or uploaded and show the assessment at once; nothing is stored
    in the database until the person clicks "report". "What they sent you" is messages or,
    with ``sent_kind=advert``, a job advert (text, HTML or PDF)."""
    limit = svc.settings.max_input_bytes
    profile = upload_of(profile_file, limit) or pasted(profile_text, "pasted-profile")
    as_advert = sent_kind == "advert"
    conversation = upload_of(conversation_file, limit) or pasted(
        conversation_text, "pasted-advert" if as_advert else "pasted-conversation")
    # what was typed comes back in the form, after an error and after a result alike
    form = {"profile_text": profile_text, "conversation_text": conversation_text,
            "sent_kind": "advert" if as_advert else "messages",
            "files": [u.filename for u in (profile_file, conversation_file, photo)
                      if u is not None and u.filename]}
    try:
        inputs, result = checked_uploads(svc.checks, svc.evidence, profile, conversation,
                                         upload_of(photo, limit), as_advert)
    except VetlinkError as exc:
        return render(request, "check.html", status_code=exc.status, result=None, draft=None,
                      error=exc.message, headers=getattr(exc, "headers", None), form=form)
    draft = svc.signer.new_draft(make_draft(svc.evidence, user, inputs, result, "check"))
    return render(request, "check.html", result=shown_to(result, user), draft=draft,
                  error=None, form=form)


@router.post("/reports")
def report(
    request: Request, user: FormUser, svc: Svc, session: WriteDB, draft: Text,
    note: Text = "",
) -> Response:
    """Turn a check (its signed draft) into a stored report, then show it."""
    data = svc.signer.read_draft(draft)
    try:
        made = report_from_draft(session, svc.evidence, user, data, note)
        session.commit()
    except IntegrityError:  # the same form sent twice at once: the other request stored it
        session.rollback()
        again = store_reports.report_of_draft(session, user, data.get("key"))
        if again is None:
            raise
        made = again
    index_reported_photos(svc.evidence, svc.settings.data_dir, made)
    return RedirectResponse(f"/reports/{made.id}?new=1", status_code=303)


@router.get("/reports")
def my_reports(request: Request, user: PageUser, session: DB) -> Response:
    mine = store_reports.reports_of(session, user)
    outcomes = {r.id: store_reports.outcome(session, r) for r in mine}
    return render(request, "my_reports.html", reports=mine, outcomes=outcomes)


@router.get("/reports/{report_id}")
def report_page(
    request: Request, report_id: Id, user: PageUser, session: DB, new: int = 0
) -> Response:
    found = store_reports.visible_report(session, user, report_id)
    return render(request, "report.html", report=found, new=bool(new),
                  assessment=for_viewer(found.assessment, user),
                  outcome=store_reports.outcome(session, found),
                  analyst=has_role(user, "analyst"))
