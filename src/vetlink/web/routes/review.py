"""The guided profile reviewer page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from vetlink.domain import Profile
from vetlink.store.identity import looks_like_url
from vetlink.web.checking import Inputs, make_draft
from vetlink.web.deps import FormUser, PageUser, Svc
from vetlink.web.errors import Unprocessable
from vetlink.web.render import render
from vetlink.web.review import ANSWERS, QUESTIONS, review

router = APIRouter(include_in_schema=False)


@router.get("/review")
def review_page(request: Request, user: PageUser) -> Response:
    return render(request, "review.html", questions=QUESTIONS, answers={}, result=None,
                  draft=None, name="", url="")


def persona_profile(name: str, url: str) -> Profile | None:
    if len(name) > 300 or len(url) > 1000:
        raise Unprocessable("name or url: too long")
    if url and not looks_like_url(url):
        raise Unprocessable("url: give the profile's address (https://...)")
    if not name:
        return None
    return Profile(name=name, url=url or None)


@router.post("/review")
async def submit(request: Request, user: FormUser, svc: Svc,
                 name: Annotated[str, Form()] = "", url: Annotated[str, Form()] = "") -> Response:
    form = await request.form()
    answers: dict[str, Any] = {}
    for question in QUESTIONS:
        value = str(form.get(question.key, "unsure"))
        answers[question.key] = value if value in ANSWERS else "unsure"
    profile = persona_profile(name.strip(), url.strip())
    result = review(answers, name.strip() or None)
    draft = svc.signer.new_draft(make_draft(svc.evidence, user, Inputs(profile=profile),
                                                result, "review"))
    return render(request, "review.html", questions=QUESTIONS, answers=answers, result=result,
                  draft=draft, name=name, url=url)
