"""Users, argon2 password hashes and login throttling (kept in the database, so it holds
across workers and restarts)."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from vetlink.errors import InputError, VetlinkError
from vetlink.store import audit
from vetlink.store.models import ROLES, LoginFailure, User, utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 8
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
ROLE_RANK = {"reporter": 0, "analyst": 1, "admin": 2}


class TooManyAttempts(VetlinkError):
    status = 429
    title = "Too many attempts"


class BadCredentials(VetlinkError):
    status = 401
    title = "Not signed in"


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    return hasher().hash("not a real password")


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def has_role(user: User, role: str) -> bool:
    """Roles are ranked: an admin can do what an analyst can, an analyst what a reporter can."""
    return ROLE_RANK.get(user.role, -1) >= ROLE_RANK[role]


def check_new_user(username: str, password: str, role: str, department: str | None) -> None:
    if not USERNAME.match(username):
        raise InputError("username: 2-64 characters, lower-case letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise InputError(f"role: must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise InputError(f"password: at least {MIN_PASSWORD} characters")
    if department is not None and len(department) > 120:
        raise InputError("department: at most 120 characters")


def create_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    department: str | None = None,
    actor_id: int | None = None,
) -> User:
    username = username.strip().lower()
    department = (department or "").strip() or None
    check_new_user(username, password, role, department)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise InputError(f"username: {username!r} is taken")
    user = User(username=username, password_hash=hash_password(password), role=role,
                department=department, active=True)
    session.add(user)
    session.flush()
    audit.record(session, actor_id, "user.create", "user", user.id, username=username,
                 role=role, department=department)
    return user


def update_user(
    session: Session, user: User, actor_id: int, role: str, department: str | None, active: bool
) -> None:
    if role not in ROLES:
        raise InputError(f"role: must be one of {', '.join(ROLES)}")
    department = (department or "").strip() or None
    if user.id == actor_id and (role != "admin" or not active):
        raise InputError("you cannot remove your own admin role or deactivate yourself")
    user.role, user.department, user.active = role, department, active
    audit.record(session, actor_id, "user.update", "user", user.id, role=role,
                 department=department, active=active)


def end_sessions(session: Session, user_id: int) -> None:
    """Bump the user's session epoch: every session and token issued before stops working."""
    session.execute(update(User).where(User.id == user_id)
                    .values(session_epoch=User.session_epoch + 1))


def by_username(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip().lower()))


def recent_failures(session: Session, username: str, ip: str) -> int:
    since = utcnow() - FAILURE_WINDOW
    query = select(func.count(LoginFailure.id)).where(
        LoginFailure.username == username, LoginFailure.ip == ip, LoginFailure.at >= since
    )
    return session.scalar(query) or 0


def check_password(session: Session, username: str, password: str, ip: str) -> User | None:
    """The active user with this password, else None. Read-only (argon2 takes a while: no
    write lock is held meanwhile). After ``MAX_FAILURES`` failures for the same username and
    address within 15 minutes every attempt is refused (429), right or wrong."""
    name = username.strip().lower()[:64]
    if recent_failures(session, name, ip) >= MAX_FAILURES:
        raise TooManyAttempts("too many failed sign-ins; wait 15 minutes and try again")
    user = by_username(session, name)
    stored = user.password_hash if user is not None else dummy_hash()
    if verify_password(stored, password) and user is not None and user.active:
        return user
    return None


def record_attempt(session: Session, username: str, ip: str, succeeded: bool) -> None:
    """A failure counts towards the throttle; a success clears the failures."""
    name = username.strip().lower()[:64]
    if succeeded:
        session.execute(delete(LoginFailure).where(LoginFailure.username == name,
                                                   LoginFailure.ip == ip))
    else:
        session.add(LoginFailure(username=name, ip=ip[:64]))


def authenticate(reader: Session, writer: Session, username: str, password: str,
                 ip: str) -> User:
    """Check the password in ``reader``, record the attempt in ``writer`` (committed), and
    return the user or raise BadCredentials / TooManyAttempts."""
    user = check_password(reader, username, password, ip)
    if user is not None:
        reader.expunge(user)
    reader.rollback()
    record_attempt(writer, username, ip, user is not None)
    writer.commit()
    if user is None:
        raise BadCredentials("wrong username or password")
    return user
