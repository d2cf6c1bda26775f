"""Who is asking, without a database query per request (issue 12).

Every signed-in page and API call needs its user's row (active? role? session epoch?). A
:class:`UserCache` keeps each user's columns for at most ``TTL_SECONDS`` and forgets them all
at once when anything changes a user:

- in this process: a SQLAlchemy event on every ORM session (a flushed change to a ``User``,
  or an ``UPDATE``/``DELETE`` statement on the users table such as the sign-out epoch bump)
  clears every cache before the commit and again after it;
- in the other server processes of the same data directory (``vetlink serve --workers N``):
  the same event touches ``<data dir>/user_changes``, whose modification time the lookups
  compare, at most every ``STAT_SECONDS`` (a ``stat`` call lets go of the GIL, and the event
  loop may then wait for a check's thread to hand it back);
- anything else (another machine on the same PostgreSQL, a manual ``UPDATE``) is seen within
  ``TTL_SECONDS``.

Signing out, a role change and deactivation all bump the user's session epoch (``store.users``),
and a token or session whose epoch differs from the row's is refused: so each of them takes
effect on the next request of the same server process, within ``STAT_SECONDS`` in the other
server processes of the data directory, and within ``TTL_SECONDS`` anywhere. Each lookup
returns a fresh detached ``User`` built from the cached columns (no two requests share an ORM
object).
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, make_transient_to_detached

from vetlink.store.models import User

TTL_SECONDS = 1.0
REFRESH_SECONDS = 0.5  # an entry this close to its end is read again, once, in the background
STAT_SECONDS = 0.05
MAX_USERS = 4096
CHANGES_FILE = "user_changes"
FLAG = "vetlink_users_changed"
COLUMNS = tuple(column.key for column in inspect(User).column_attrs)

_CACHES: weakref.WeakSet[UserCache] = weakref.WeakSet()
_INSTALLED = threading.Lock()
_installed = False


class UserCache:
    """Users' columns by id, each for at most ``ttl`` seconds (see the module's docstring)."""

    def __init__(self, data_dir: Path, ttl: float = TTL_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.changes = data_dir / CHANGES_FILE
        self.ttl = ttl
        self.clock = clock
        self.rows: dict[int, tuple[float, dict[str, Any], User]] = {}
        self.lock = threading.Lock()
        self.seen = self.stamp()
        self.stat_due = 0.0  # when the changes file is looked at again
        self.generation = 0  # bumped by every forget: a row read before it is not kept
        self.loads = 0  # rows read from the database (tests, figures)
        self.refreshing: set[int] = set()  # users being read again in the background
        _CACHES.add(self)
        install()

    def stamp(self) -> int:
        try:
            return os.stat(self.changes).st_mtime_ns
        except OSError:
            return 0

    def get(self, user_id: int) -> User | None:
        """The cached user (a fresh detached object), or None when it must be read."""
        found = self.row(user_id)
        return None if found is None else detached(found[1])

    def peek(self, user_id: int) -> User | None:
        """Like :meth:`get`, but one shared read-only instance of the cached user: for code
        that only reads its columns and never gives it to a session (web/fastcheck.py)."""
        found = self.row(user_id)
        return None if found is None else found[2]

    def row(self, user_id: int) -> tuple[float, dict[str, Any], User] | None:
        now = self.clock()
        stamp = self.seen
        if now >= self.stat_due:
            self.stat_due = now + STAT_SECONDS
            stamp = self.stamp()
        with self.lock:
            if stamp != self.seen:  # another process changed a user
                self.rows.clear()
                self.generation += 1
                self.seen = stamp
            found = self.rows.get(user_id)
            return None if found is None or found[0] <= now else found

    def refresh_due(self, user_id: int) -> bool:
        """True, once, when ``user_id``'s entry is in its last ``REFRESH_SECONDS``: the caller
        then reads the user again in the background (:func:`vetlink.web.deps.reload_user`),
        so a busy user's entry is renewed before it ends and requests do not wait for the
        read. What is served is still at most ``ttl`` old."""
        now = self.clock()
        with self.lock:
            found = self.rows.get(user_id)
            if found is None or found[0] - now > REFRESH_SECONDS or user_id in self.refreshing:
                return False
            self.refreshing.add(user_id)
            return True

    def refreshed(self, user_id: int) -> None:
        with self.lock:
            self.refreshing.discard(user_id)

    def put(self, user: User, generation: int) -> None:
        values = {key: getattr(user, key) for key in COLUMNS}
        with self.lock:
            if generation != self.generation:  # a user changed while it was read
                return
            if len(self.rows) >= MAX_USERS:
                self.rows.clear()
            self.rows[user.id] = (self.clock() + self.ttl, values, detached(values))

    def load(self, session: Session, user_id: int) -> User | None:
        """The user from ``session`` (None when there is none), remembered."""
        generation = self.generation
        user = session.get(User, user_id)
        self.loads += 1
        if user is not None:
            self.put(user, generation)
            session.expunge(user)
        return user

    def forget(self, shared: bool) -> None:
        """Empty the cache; with ``shared`` also tell the other processes (this one then
        takes the file's new time as seen: the change was its own)."""
        stamp = None
        if shared:
            touch(self.changes)
            stamp = self.stamp()
        with self.lock:
            self.rows.clear()
            self.generation += 1
            if stamp is not None:
                self.seen = stamp


def detached(values: dict[str, Any]) -> User:
    user = User(**values)
    make_transient_to_detached(user)
    return user


def touch(path: Path) -> None:
    try:
        path.touch()
        os.utime(path, ns=(time.time_ns(), time.time_ns()))
    except OSError:  # a read-only data directory: the TTL still bounds what others see
        pass


def forget_all(shared: bool) -> None:
    for cache in list(_CACHES):
        cache.forget(shared)


def install() -> None:
    """The session events that clear the caches (once per process)."""
    global _installed
    with _INSTALLED:
        if _installed:
            return
        _installed = True
    event.listen(Session, "after_flush", flushed)
    event.listen(Session, "do_orm_execute", executed)
    event.listen(Session, "after_commit", committed)


def flushed(session: Session, context: Any) -> None:
    if any(isinstance(obj, User) for obj in (*session.new, *session.dirty, *session.deleted)):
        changed(session)


def executed(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and state.bind_mapper is not None \
            and state.bind_mapper.class_ is User:
        changed(state.session)


def changed(session: Session) -> None:
    session.info[FLAG] = True
    forget_all(shared=False)  # nobody reads the old row from here on, even before commit


def committed(session: Session) -> None:
    if session.info.pop(FLAG, False):
        forget_all(shared=True)  # after the commit: what a reload finds now is the new row
