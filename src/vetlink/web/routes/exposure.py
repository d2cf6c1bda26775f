"""Exposure: check your own profile for what it tells a hostile recruiter. Nothing is
stored: the upload is parsed in memory and only the result is shown."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from vetlink.domain import Profile
from vetlink.errors import InputError, VetlinkError
from vetlink.store.evidence import check_size, safe_filename
from vetlink.web.checking import inputs_from_json, profile_from_upload
from vetlink.web.deps import ApiUser, FormUser, PageUser, Svc
from vetlink.web.errors import Unprocessable
from vetlink.web.render import render
from vetlink.web.routes.api import Body
from vetlink.web.routes.pages import upload_of

router = APIRouter()


def exposure_of(profile: Profile) -> Any:
    from vetlink.exposure import check_exposure

    return check_exposure(profile)


def exposure_of_body(body: Any) -> dict[str, Any]:
    """Worker task: the exposure report of an API body's profile."""
    inputs = inputs_from_json(body)
    assert inputs.profile is not None
    return dict(exposure_of(inputs.profile).to_json())


def exposure_of_upload(data: bytes, name: str) -> Any:
    """Worker task: the exposure report of an uploaded or pasted profile."""
    return exposure_of(profile_from_upload(data, name))


@router.post("/api/v1/exposure", tags=["api"])
def exposure_api(user: ApiUser, body: Body, svc: Svc) -> dict[str, Any]:
    """Check your own profile (``{"profile": <profile v1>}``); returns vetlink/exposure/v1.
    Nothing is stored."""
    if isinstance(body, dict) and body.get("profile") is None:
        raise Unprocessable("profile: give your own profile")
    return svc.checks.run(exposure_of_body, body)


@router.get("/exposure", include_in_schema=False)
def exposure_page(request: Request, user: PageUser) -> Response:
    return render(request, "exposure.html", result=None, error=None)


@router.post("/exposure", include_in_schema=False)
def exposure_check(
    request: Request, user: FormUser, svc: Svc,
    profile_text: Annotated[str, Form()] = "",
    profile_file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    limit = svc.settings.max_input_bytes
    try:
        given = upload_of(profile_file, limit) or (
            (profile_text.encode("utf-8"), "pasted-profile") if profile_text.strip() else None)
        if given is None:
            raise InputError("paste your profile or upload it")
        name = safe_filename(given[1])
        check_size(given[0], limit, name)
        result = svc.checks.run(exposure_of_upload, given[0], name)
    except VetlinkError as exc:
        return render(request, "exposure.html", status_code=exc.status, result=None,
                      error=exc.message, headers=getattr(exc, "headers", None),
                      form={"profile_text": profile_text})
    return render(request, "exposure.html", result=result, error=None,
                  form={"profile_text": profile_text})
