"""Admin page: issue and revoke browser-extension tokens (a token is shown once)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from vetlink.errors import NotFound
from vetlink.store.models import User
from vetlink.web import extension_tokens
from vetlink.web.deps import DB, FormAdmin, Id, PageAdmin, Svc, WriteDB
from vetlink.web.render import render

router = APIRouter(include_in_schema=False)
PAGE = "/admin/extension-tokens"


def page(request: Request, session: Session, new_token: str | None = None,
         owner: str | None = None) -> Response:
    users = list(session.scalars(select(User).where(User.active).order_by(User.username)))
    return render(request, "admin_extension_tokens.html", users=users,
                  tokens=extension_tokens.all_tokens(session), new_token=new_token,
                  owner=owner)


@router.get(PAGE)
def tokens_page(request: Request, user: PageAdmin, session: DB) -> Response:
    return page(request, session)


@router.post(PAGE)
def issue_token(
    request: Request, user: FormAdmin, session: WriteDB, svc: Svc,
    owner_id: Annotated[int, Form(ge=1, le=2**31 - 1)], label: Annotated[str, Form()] = "",
) -> Response:
    owner = session.get(User, owner_id)
    if owner is None or not owner.active:
        raise NotFound(f"user {owner_id} does not exist or is not active")
    plain = extension_tokens.issue(session, owner, user.id, label,
                                   svc.settings.extension_token_days)
    session.commit()
    return page(request, session, new_token=plain, owner=owner.username)


@router.post(PAGE + "/{token_id}/revoke")
def revoke_token(token_id: Id, user: FormAdmin, session: WriteDB) -> Response:
    extension_tokens.revoke(session, token_id, user.id)
    session.commit()
    return RedirectResponse(PAGE, status_code=303)
