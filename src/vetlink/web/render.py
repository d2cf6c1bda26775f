"""Rendering pages: one Jinja environment (autoescape on for everything) and a helper that
adds the user and the CSRF token every form needs."""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from importlib import resources
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from vetlink.domain import Assessment
from vetlink.web.auth import CSRF_COOKIE

STATUS_TEXT = {
    "new": "New",
    "in_review": "In review",
    "confirmed_hostile": "Confirmed hostile",
    "benign": "Benign",
    "duplicate": "Duplicate",
}
OUTCOME_TEXT = {
    "new": "Received — not yet reviewed",
    "in_review": "Being reviewed by the security team",
    "confirmed_hostile": "Confirmed hostile — thank you. Do not engage; remove the connection.",
    "benign": "Judged benign — thank you for checking",
    "duplicate": "Joined with another report of the same persona",
}


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
URL_TAIL = ".,;:!?)]}"


def linkify(text: object) -> Markup:
    """Plain text with its http(s) URLs as links that open in a new tab; everything else
    (and the URLs themselves) is escaped, so no HTML in ``text`` is ever trusted."""
    value = str(text)
    out: list[str] = []
    last = 0
    for found in URL.finditer(value):
        url = found.group(0).rstrip(URL_TAIL)
        start, end = found.start(), found.start() + len(url)
        out.append(str(escape(value[last:start])))
        out.append(f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">'
                   f"{escape(url)}</a>")
        last = end
    out.append(str(escape(value[last:])))
    return Markup("".join(out))


def as_assessment(data: dict[str, Any]) -> Assessment:
    """A stored assessment (JSON) as the model, so templates see every field."""
    return Assessment.model_validate(data)


def make_templates() -> Jinja2Templates:
    folder = str(resources.files("vetlink.web").joinpath("templates"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = when
    env.filters["assessment"] = as_assessment
    env.filters["linkify"] = linkify
    env.globals["STATUS_TEXT"] = STATUS_TEXT
    env.globals["OUTCOME_TEXT"] = OUTCOME_TEXT
    return Jinja2Templates(env=env)


def render(request: Request, template: str, status_code: int = 200,
           headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    """Render a page. Anonymous visitors get a CSRF cookie for the sign-in form."""
    templates: Jinja2Templates = request.app.state.services.templates
    user = getattr(request.state, "user", None)
    token = getattr(request.state, "csrf", None)
    new_cookie = None
    if token is None:
        token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        if token != request.cookies.get(CSRF_COOKIE):
            new_cookie = token
    context.setdefault("user", user)
    context.setdefault("message", None)
    response = templates.TemplateResponse(request, template, {"csrf_token": token, **context},
                                          status_code=status_code, headers=headers)
    if new_cookie:
        response.set_cookie(CSRF_COOKIE, new_cookie, httponly=True, samesite="lax",
                            secure=request.url.scheme == "https", path="/")
    return response
