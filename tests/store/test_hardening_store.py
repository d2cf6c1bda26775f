"""Store hardening (issue 9): the audit log cannot be rewritten with INSERT OR REPLACE, the
sign-in throttle claims attempts atomically and forgets old failures, a role or active
change ends sessions, and the database and evidence files are private to their account."""

from __future__ import annotations

import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from tests.store.test_store import user
from vetlink.settings import Settings
from vetlink.store import audit
from vetlink.store.db import downgrade_to, make_engine, session_factory, upgrade, write_session
from vetlink.store.evidence import EvidenceStore
from vetlink.store.models import LoginFailure, User, utcnow
from vetlink.store.users import (
    FAILURE_WINDOW,
    MAX_FAILURES,
    BadCredentials,
    TooManyAttempts,
    authenticate,
    update_user,
)

REWRITES = {
    "sqlite": ["INSERT OR REPLACE INTO audit_log (id, at, action, target_type, detail) "
               "VALUES (1, CURRENT_TIMESTAMP, 'forged', 'case', '{}')",
               "REPLACE INTO audit_log (id, at, action, target_type, detail) "
               "VALUES (1, CURRENT_TIMESTAMP, 'forged', 'case', '{}')",
               "INSERT INTO audit_log (id, at, action, target_type, detail) "
               "VALUES (1, CURRENT_TIMESTAMP, 'forged', 'case', '{}') "
               "ON CONFLICT (id) DO UPDATE SET action = 'forged'"],
    "postgresql": ["INSERT INTO audit_log (id, at, action, target_type, detail) "
                   "VALUES (1, now(), 'forged', 'case', '{}') "
                   "ON CONFLICT (id) DO UPDATE SET action = 'forged'"],
}


@pytest.mark.parametrize("recursive_triggers", ["OFF", "ON"])
def test_the_audit_log_cannot_be_rewritten_by_replacing_an_entry(
    engine: Engine, recursive_triggers: str
) -> None:
    with write_session(engine) as session:
        audit.record(session, None, "case.status", "case", 1, status="benign")
    for statement in REWRITES[engine.dialect.name]:
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA recursive_triggers = {recursive_triggers}")
            conn.execute(text(statement))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, action FROM audit_log")).all()
    assert [tuple(r) for r in rows] == [(1, "case.status")]


def test_new_audit_entries_are_still_appended(engine: Engine) -> None:
    with write_session(engine) as session:
        for i in range(3):
            audit.record(session, None, f"event.{i}", "case", i)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 3


def test_migration_0003_goes_down_and_up_again(engine: Engine) -> None:
    downgrade_to(engine, "0002")
    upgrade(engine)
    with write_session(engine) as session:
        audit.record(session, None, "x", "case", 1)


def attempt(engine: Engine, password: str, ip: str = "10.0.0.1") -> str:
    read, write = session_factory(engine), session_factory(
        engine.execution_options(sqlite_begin="IMMEDIATE")
        if engine.dialect.name == "sqlite" else engine)
    with read() as r, write() as w:
        try:
            return authenticate(r, w, "alice", password, ip).username
        except (BadCredentials, TooManyAttempts) as exc:
            return type(exc).__name__


def test_parallel_wrong_passwords_are_claimed_one_by_one(engine: Engine) -> None:
    user(engine)
    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(lambda i: attempt(engine, f"wrong {i}"), range(25)))
    assert outcomes.count("BadCredentials") == MAX_FAILURES
    assert outcomes.count("TooManyAttempts") == 25 - MAX_FAILURES
    with engine.connect() as conn:
        assert conn.scalar(select(func.count(LoginFailure.id))) == MAX_FAILURES


def test_old_failures_are_purged(engine: Engine) -> None:
    user(engine)
    old = utcnow() - FAILURE_WINDOW - timedelta(minutes=1)
    with write_session(engine) as session:
        session.add_all([LoginFailure(username=f"u{i}", ip="10.9.9.9", at=old)
                         for i in range(50)])
    assert attempt(engine, "wrong") == "BadCredentials"
    with engine.connect() as conn:
        assert conn.scalar(select(func.count(LoginFailure.id))) == 1


def test_role_and_active_changes_bump_the_session_epoch_a_department_does_not(
    engine: Engine
) -> None:
    admin, alice = user(engine, "root", "admin"), user(engine)
    changes = [("reporter", "Finance", True, 0), ("reporter", "Policy", False, 1),
               ("reporter", "Policy", True, 2), ("analyst", "Policy", True, 3)]
    for role, department, active, epoch in changes:
        with write_session(engine) as session:
            target = session.get(User, alice.id)
            assert target is not None
            update_user(session, target, admin.id, role, department, active)
        with write_session(engine) as session:
            assert session.get(User, alice.id).session_epoch == epoch  # type: ignore[union-attr]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_dir_database_and_evidence_are_private(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "new" / "vetlink")
    settings.ensure_data_dir()
    engine = make_engine(settings.resolved_database_url())
    upgrade(engine)
    engine.dispose()
    store = EvidenceStore(settings.data_dir, 1024)
    held = store.hold(b"Jane Doe\nRecruiter", "profile", "p.txt")
    store.keep(held.sha256)
    assert mode(settings.data_dir) == 0o700
    assert mode(settings.data_dir / "vetlink.sqlite3") == 0o600
    assert mode(store.path(held.sha256)) == 0o600
    assert mode(store.path(held.sha256).parent) == 0o700
    assert mode(store.evidence) == 0o700
