"""What routes depend on: the app's services, database sessions, the signed-in user and the
CSRF check. Each is an ``Annotated`` dependency (``DB``, ``WriteDB``, ``PageUser``...)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Form, Path, Request
from fastapi.security import OAuth2PasswordBearer
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from vetlink.errors import PermissionDenied
from vetlink.settings import Settings
from vetlink.store.evidence import EvidenceStore
from vetlink.store.models import User
from vetlink.store.users import has_role
from vetlink.web import extension_tokens
from vetlink.web.auth import CSRF_COOKIE, SESSION_COOKIE, CsrfFailed, NotAuthenticated, Signer
from vetlink.web.auth import same_token as same
from vetlink.web.usercache import UserCache
from vetlink.web.workpool import CheckPool

log = logging.getLogger("vetlink.web")
MAX_ID = 2**31 - 1  # ids are 32-bit integers in PostgreSQL
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="A record's number")]


@dataclass
class Services:
    settings: Settings
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    signer: Signer
    templates: Jinja2Templates
    evidence: EvidenceStore
    checks: CheckPool
    users: UserCache
    counts: dict[str, int] = field(default_factory=dict)  # e.g. "fast_checks" (tests)
    loads: Loads = field(default_factory=lambda: Loads())  # user reads under way


class LoginRequired(Exception):
    """A page needs a signed-in user and the browser sent no valid session: none at all, or
    one that expired or ended. Pages answer with the sign-in page (and come back after it);
    ``reason`` says why, when there was a session."""

    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


async def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


Svc = Annotated[Services, Depends(services)]


def read_db(svc: Svc) -> Iterator[Session]:
    with svc.reader() as session:
        yield session


def write_db(svc: Svc) -> Iterator[Session]:
    """A session whose transaction takes the write lock at once (SQLite); routes commit."""
    with svc.writer() as session:
        yield session


DB = Annotated[Session, Depends(read_db)]
WriteDB = Annotated[Session, Depends(write_db)]


def still_active(user: User | None) -> User:
    if user is None or not user.active:
        raise NotAuthenticated("your account is not active; sign in again")
    return user


def session_data(request: Request, svc: Svc) -> dict[str, Any]:
    value = request.cookies.get(SESSION_COOKIE)
    if not value:
        raise LoginRequired
    try:
        return svc.signer.read_session(value)
    except NotAuthenticated as exc:  # expired or altered: the page asks to sign in again
        raise LoginRequired(exc.message) from None


def load_user(svc: Services, signed: dict[str, Any]) -> User:
    """The active user of a signed session or token: from the user cache (web/usercache.py),
    else from a short session of its own (so a request does not hold a database connection
    for its whole life just to know who is asking). A session or token from before the user
    signed out (or had their role or access changed) is refused."""
    user_id = signed_user_id(signed)
    user = svc.users.get(user_id)
    if user is None:
        with svc.reader() as session:
            user = svc.users.load(session, user_id)
    return current(user, signed)


async def load_user_async(svc: Services, signed: dict[str, Any], shared: bool = False) -> User:
    """:func:`load_user` for async code: a cached user costs no thread hop (and an entry near
    its end is renewed in the background); a user not cached is read in a thread, once for
    all the requests of this event loop that want it meanwhile. With ``shared``, the cache's
    one read-only instance (for code that only reads its columns: web/fastcheck.py)."""
    user_id = signed_user_id(signed)
    user = svc.users.peek(user_id) if shared else svc.users.get(user_id)
    if user is None:
        await svc.loads.load(svc, user_id)
        user = svc.users.peek(user_id) if shared else svc.users.get(user_id)
        if user is None:  # not kept (a user changed meanwhile, or none): read it here
            return await run_in_threadpool(load_user, svc, signed)
    elif svc.users.refresh_due(user_id):
        svc.loads.renew(svc, user_id)
    return current(user, signed)


def reload_user(svc: Services, user_id: int) -> None:
    """Read ``user_id``'s row into the user cache (in a thread, in the background: a failure
    is logged, and the entry then ends as it would have)."""
    try:
        read_user(svc, user_id)
    except Exception:
        log.warning("could not renew a cached user", exc_info=True)
    finally:
        svc.users.refreshed(user_id)


class Loads:
    """The user reads under way on each event loop: one per user, however many requests
    want it (they await the same task), and the background renewals (kept referenced)."""

    def __init__(self) -> None:
        self.tasks: dict[tuple[int, int], asyncio.Task[None]] = {}
        self.renewals: set[asyncio.Task[None]] = set()

    async def load(self, svc: Services, user_id: int) -> None:
        loop = asyncio.get_running_loop()
        key = (id(loop), user_id)
        task = self.tasks.get(key)
        if task is None or task.get_loop() is not loop:
            task = loop.create_task(run_in_threadpool(read_user, svc, user_id))
            self.tasks[key] = task
            task.add_done_callback(lambda done: self.tasks.pop(key, None)
                                   if self.tasks.get(key) is done else None)
        await asyncio.shield(task)

    def renew(self, svc: Services, user_id: int) -> None:
        task = asyncio.get_running_loop().create_task(
            run_in_threadpool(reload_user, svc, user_id))
        self.renewals.add(task)
        task.add_done_callback(self.renewals.discard)


def read_user(svc: Services, user_id: int) -> None:
    """Read ``user_id``'s row into the user cache."""
    with svc.reader() as session:
        svc.users.load(session, user_id)


def signed_user_id(signed: dict[str, Any]) -> int:
    value = signed.get("u", 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def current(user: User | None, signed: dict[str, Any]) -> User:
    user = still_active(user)
    if signed.get("e") != user.session_epoch:
        raise NotAuthenticated("you have signed out since; sign in again")
    return user


def page_user(request: Request, svc: Svc) -> User:
    data = session_data(request, svc)
    try:
        user = load_user(svc, data)
    except NotAuthenticated as exc:
        raise LoginRequired(exc.message) from None
    request.state.csrf = data["c"]
    request.state.user = user
    return user


def optional_page_user(request: Request, svc: Svc) -> User | None:
    try:
        return page_user(request, svc)
    except (LoginRequired, NotAuthenticated):
        return None


PageUser = Annotated[User, Depends(page_user)]
MaybeUser = Annotated[User | None, Depends(optional_page_user)]


oauth2 = OAuth2PasswordBearer(tokenUrl="/api/v1/token", auto_error=False)


def api_user(svc: Svc, token: Annotated[str | None, Depends(oauth2)]) -> User:
    """The user of the request's bearer token (from ``POST /api/v1/token``). An extension
    token may only check and report (``check_user``): here it is refused with 403."""
    if not token or not token.strip():
        raise NotAuthenticated("send a bearer token (POST /api/v1/token)")
    if extension_tokens.is_extension_token(token.strip()):
        raise PermissionDenied("an extension token may only check and report")
    return load_user(svc, svc.signer.read_token(token.strip()))


ApiUser = Annotated[User, Depends(api_user)]


async def check_user(
    request: Request, svc: Svc, token: Annotated[str | None, Depends(oauth2)]
) -> User:
    """The user of an API token or of an extension token (rate-limited per token): the
    routes that check and report. An API token's user usually comes from the user cache,
    on the event loop; an extension token is looked up (and counted) in a thread."""
    value = (token or "").strip()
    if not extension_tokens.is_extension_token(value):
        if not value:
            raise NotAuthenticated("send a bearer token (POST /api/v1/token)")
        return await load_user_async(svc, svc.signer.read_token(value))
    return await run_in_threadpool(extension_user, request, svc, value)


def extension_user(request: Request, svc: Services, value: str) -> User:
    with svc.reader() as session:
        user, token_id = extension_tokens.user_of(session, value)
        session.expunge(user)
    request.app.state.extension_limiter.hit(token_id)
    return user


CheckUser = Annotated[User, Depends(check_user)]


def require(role: str) -> Callable[[User], User]:
    def check(user: User) -> User:
        if not has_role(user, role):
            raise PermissionDenied(f"this needs the {role} role")
        return user

    return check


def page_analyst(user: PageUser) -> User:
    return require("analyst")(user)


def page_admin(user: PageUser) -> User:
    return require("admin")(user)


def api_analyst(user: ApiUser) -> User:
    return require("analyst")(user)


PageAnalyst = Annotated[User, Depends(page_analyst)]
PageAdmin = Annotated[User, Depends(page_admin)]
ApiAnalyst = Annotated[User, Depends(api_analyst)]


CsrfField = Annotated[str | None, Form()]
CSRF_MESSAGE = "the form's security token is missing or wrong; reload the page and try again"


def form_user(request: Request, user: PageUser, csrf_token: CsrfField = None) -> User:
    """The signed-in user of a state-changing form, which must carry the session's token."""
    if not same(csrf_token, getattr(request.state, "csrf", None)):
        raise CsrfFailed(CSRF_MESSAGE)
    return user


FormUser = Annotated[User, Depends(form_user)]


def form_analyst(user: FormUser) -> User:
    return require("analyst")(user)


def form_admin(user: FormUser) -> User:
    return require("admin")(user)


FormAnalyst = Annotated[User, Depends(form_analyst)]
FormAdmin = Annotated[User, Depends(form_admin)]


def anonymous_csrf(request: Request, csrf_token: CsrfField = None) -> None:
    """Before sign-in, the form token must match the CSRF cookie (double submit)."""
    if not same(csrf_token, request.cookies.get(CSRF_COOKIE)):
        raise CsrfFailed(CSRF_MESSAGE)
