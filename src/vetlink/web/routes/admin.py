"""Admin pages: users (add, change role or department, deactivate)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from vetlink.errors import NotFound
from vetlink.store.models import ROLES, User
from vetlink.store.users import create_user, update_user
from vetlink.web.deps import DB, FormAdmin, Id, PageAdmin, WriteDB
from vetlink.web.render import render

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]


@router.get("/admin/users")
def users_page(request: Request, user: PageAdmin, session: DB) -> Response:
    everyone = list(session.scalars(select(User).order_by(User.username)))
    return render(request, "admin_users.html", users=everyone, roles=ROLES)


@router.post("/admin/users")
def add_user(
    user: FormAdmin, session: WriteDB, username: Text, password: Text, role: Text,
    department: Text = "",
) -> Response:
    create_user(session, username, password, role, department, actor_id=user.id)
    session.commit()
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}")
def change_user(
    user_id: Id, user: FormAdmin, session: WriteDB, role: Text, department: Text = "",
    active: Annotated[str | None, Form()] = None,
) -> Response:
    target = session.get(User, user_id)
    if target is None:
        raise NotFound(f"user {user_id} does not exist")
    update_user(session, target, user.id, role, department, active == "on")
    session.commit()
    return RedirectResponse("/admin/users", status_code=303)
