"""Engines, sessions and migrations. Nothing is created at import time: call
:func:`make_engine` (the web app factory and the CLI do)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from vetlink.settings import Settings


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``. SQLite gets WAL mode, foreign keys, a busy timeout and
    ``BEGIN IMMEDIATE`` for write sessions (see :func:`writer`)."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, **kwargs)
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=30, pool_timeout=60,
                         **kwargs)


def engine_for(settings: Settings) -> Engine:
    if not settings.database_url:
        settings.ensure_data_dir()
    return make_engine(settings.resolved_database_url())


def private_sqlite_file(url: str) -> None:
    """Create the database file readable by this account only (0600) if it is new; SQLite
    gives its -wal and -shm files the same mode."""
    path = make_url(url).database
    if not path or path == ":memory:" or path.startswith("file:") or os.path.exists(path):
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except (FileExistsError, FileNotFoundError):
        return  # another process made it, or its directory is missing (SQLite will say)


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    private_sqlite_file(url)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                           pool_size=20, max_overflow=60, pool_timeout=60, **kwargs)

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but SQLite transactions take the write lock at BEGIN, so two writers
    wait for each other (busy timeout) instead of failing on lock upgrade."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session whose transaction commits at the end of the block, or rolls back."""
    with session_factory(writer(engine))() as session, session.begin():
        yield session


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    location = resources.files("vetlink.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to ``revision`` (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade_to(engine: Engine, revision: str) -> None:
    """Take the database schema down to ``revision`` (for tests of the migrations)."""
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
def head_revision() -> str:
    """The newest migration shipped with this version (what ``upgrade`` brings a database to)."""
    from alembic.script import ScriptDirectory

    location = resources.files("vetlink.store").joinpath("migrations")
    head = ScriptDirectory(str(location)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
