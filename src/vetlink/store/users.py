"""Users, argon2 password hashes and login throttling (kept in the database, so it holds
across workers and restarts)."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from vetlink.errors import InputError, VetlinkError
from vetlink.store import audit
from vetlink.store.models import ROLES, LoginFailure, User, utcnow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@+-]{1,63}$")  # a name or an e-mail address
USERNAME_RULE = ("2-64 characters: lower-case letters, digits, '.', '_', '-', '@' or '+' "
                 "(a name or an e-mail address)")
MIN_PASSWORD = 8
MAX_DEPARTMENT = 120
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


# the password hash of an account nobody can sign in to (an imported reporter's): not an
# argon2 hash, so it verifies no password, and costs nothing to make (an import of thousands
# of reporters spent ~0.1 s of argon2 each on random passwords nobody knew)
LOCKED_PASSWORD = "!locked"


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
        raise InputError(f"username: {USERNAME_RULE}")
    if role not in ROLES:
        raise InputError(f"role: must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise InputError(f"password: at least {MIN_PASSWORD} characters")
    if department is not None and len(department) > MAX_DEPARTMENT:
        raise InputError(f"department: at most {MAX_DEPARTMENT} characters")


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
    if department is not None and len(department) > MAX_DEPARTMENT:
        raise InputError(f"department: at most {MAX_DEPARTMENT} characters")
    if user.id == actor_id and (role != "admin" or not active):
        raise InputError("you cannot remove your own admin role or deactivate yourself")
    if (role, active) != (user.role, user.active):
        # a change of role or of active ends every session and token issued before, so a
        # reactivated account does not get its old sessions back, nor a demoted one its rights
        user.session_epoch += 1
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


def throttle_key(username: str, ip: str) -> int:
    """A signed 64-bit number naming (username, address), for PostgreSQL's advisory lock."""
    digest = hashlib.sha256(f"{username}\0{ip}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def claim_attempt(session: Session, username: str, ip: str) -> None:
    """Count this attempt as a failure before the password is even looked at, atomically:
    under a lock on (username, address) — SQLite's write lock (the session began IMMEDIATE),
    a transaction-scoped advisory lock on PostgreSQL — count the recent failures, refuse
    (429) from ``MAX_FAILURES`` on, else record one more and commit. So however many
    attempts arrive at once, at most ``MAX_FAILURES`` are evaluated. Old rows are purged."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": throttle_key(username, ip)})
    session.execute(delete(LoginFailure).where(LoginFailure.at < utcnow() - FAILURE_WINDOW))
    if recent_failures(session, username, ip) >= MAX_FAILURES:
        session.commit()  # keep the purge; nothing else was written
        raise TooManyAttempts("too many failed sign-ins; wait 15 minutes and try again")
    session.add(LoginFailure(username=username, ip=ip))
    session.commit()


def check_password(session: Session, username: str, password: str) -> User | None:
    """The active user with this password, else None. Read-only (argon2 takes a while: no
    lock is held meanwhile)."""
    user = by_username(session, username)
    stored = user.password_hash if user is not None else dummy_hash()
    if verify_password(stored, password) and user is not None and user.active:
        return user
    return None


def clear_failures(session: Session, username: str, ip: str) -> None:
    """A success clears the failures of (username, address), the one just claimed too."""
    session.execute(delete(LoginFailure).where(LoginFailure.username == username,
                                               LoginFailure.ip == ip))


def authenticate(reader: Session, writer: Session, username: str, password: str,
                 ip: str) -> User:
    """Claim the attempt in ``writer`` (committed; 429 after ``MAX_FAILURES`` failures for
    the same username and address within 15 minutes, right password or wrong), check the
    password in ``reader``, and return the user (clearing the failures) or raise
    BadCredentials / TooManyAttempts."""
    name, ip = username.strip().lower()[:64], ip[:64]
    claim_attempt(writer, name, ip)
    user = check_password(reader, name, password)
    if user is not None:
        reader.expunge(user)
    reader.rollback()
    if user is None:
        raise BadCredentials("wrong username or password")
    clear_failures(writer, name, ip)
    writer.commit()
    return user
