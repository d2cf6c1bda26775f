"""The store on SQLite and PostgreSQL: schema, audit log, users, reports and cases."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from vetlink.errors import InputError, NotFound
from vetlink.store import audit, cases, reports
from vetlink.store.db import current_revision, head_revision, upgrade, write_session
from vetlink.store.models import AuditEntry, Base, Case, Label, Report, ReportFinding, User
from vetlink.store.reports import NewReport
from vetlink.store.users import create_user, hash_password, verify_password

ASSESSMENT = {"schema": "vetlink/assessment/v1", "score": 70, "band": "high",
              "findings": [{"id": "profile.no_photo", "severity": "medium", "title": "t",
                            "evidence": "e"}]}


def profile(name: str, url: str | None = None, photo: str | None = None) -> dict[str, object]:
    data: dict[str, object] = {"name": name}
    if url:
        data["url"] = url
    if photo:
        data["photo"] = {"sha256": photo}
    return data


def user(engine: Engine, name: str = "alice", role: str = "reporter") -> User:
    with write_session(engine) as session:
        return create_user(session, name, "password123", role, "Policy")


def report(engine: Engine, who: User, prof: dict[str, object] | None, note: str = "") -> Report:
    with write_session(engine) as session:
        made = reports.create_report(session, NewReport(reporter=who, assessment=ASSESSMENT,
                                                        profile=prof, note=note))
    return made


def test_migrations_match_the_models_and_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_audit_log_refuses_update_and_delete_in_the_database(engine: Engine) -> None:
    with write_session(engine) as session:
        audit.record(session, None, "test.event", "case", 1, why="because")
    for statement in ("UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT action FROM audit_log")).scalars().all() == [
            "test.event"]


def test_audit_module_offers_no_update_or_delete() -> None:
    public = {name for name in dir(audit) if not name.startswith("_")}
    assert not {n for n in public if "update" in n or "delete" in n or "remove" in n}


def test_passwords_are_argon2_hashes_that_verify() -> None:
    stored = hash_password("s3cret-pass")
    assert stored.startswith("$argon2")
    assert verify_password(stored, "s3cret-pass")
    assert not verify_password(stored, "wrong")
    assert not verify_password("not a hash", "s3cret-pass")


def test_usernames_are_unique_and_checked(engine: Engine) -> None:
    user(engine, "alice")
    with pytest.raises(InputError, match="taken"):
        user(engine, "Alice")
    with pytest.raises(InputError, match="username"):
        user(engine, "../etc")
    for bad in ("jo smith", "<b>@x", "@x.example"):
        with pytest.raises(InputError, match="username"):
            user(engine, bad)
    user(engine, "Jo.Smith+vetting@Ministry.example")  # an e-mail address is a username
    with pytest.raises(InputError, match="taken"):
        user(engine, "jo.smith+vetting@ministry.example")
    with pytest.raises(InputError, match="role"):
        user(engine, "mallory", role="root")


def test_reports_with_the_same_normalised_url_join_one_case(engine: Engine) -> None:
    alice = user(engine)
    first = report(engine, alice, profile("Jane Roe", "https://www.linkedin.com/in/Jane-Roe/"))
    second = report(engine, alice, profile("J. Roe", "linkedin.com/in/jane-roe?trk=abc"))
    other = report(engine, alice, profile("Jane Roe", "https://linkedin.com/in/someone-else"))
    assert first.case_id == second.case_id
    assert other.case_id != first.case_id


def test_same_name_joins_only_with_the_same_photo(engine: Engine) -> None:
    alice = user(engine)
    a = report(engine, alice, profile("Li Wei", photo="ab" * 32))
    b = report(engine, alice, profile("LI  WEI", photo="ab" * 32))
    c = report(engine, alice, profile("Li Wei", photo="cd" * 32))
    d = report(engine, alice, profile("Li Wei"))
    assert a.case_id == b.case_id
    assert len({a.case_id, c.case_id, d.case_id}) == 3


def test_report_is_stored_with_its_findings_and_audit_entries(engine: Engine) -> None:
    alice = user(engine)
    made = report(engine, alice, profile("Jane"), note="<b>InMail</b>")
    with engine.connect() as conn:
        ids = conn.execute(select(ReportFinding.finding_id)
                           .where(ReportFinding.report_id == made.id)).scalars().all()
        actions = conn.execute(select(AuditEntry.action)).scalars().all()
    assert ids == ["profile.no_photo"]
    assert {"report.create", "case.create", "case.report"} <= set(actions)


def test_a_failed_report_leaves_nothing_behind(engine: Engine) -> None:
    alice = user(engine)
    broken = dict(ASSESSMENT, score="not a number")
    with pytest.raises(ValueError), write_session(engine) as session:
        reports.create_report(session, NewReport(reporter=alice, assessment=broken,
                                                 profile=profile("Jane", "x.com/jane")))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count(Report.id))) == 0
        assert conn.scalar(select(func.count(Case.id))) == 0


def test_reporters_see_only_their_own_reports_analysts_all(engine: Engine) -> None:
    alice, bob, sam = user(engine), user(engine, "bob"), user(engine, "sam", "analyst")
    made = report(engine, alice, profile("Jane"))
    with write_session(engine) as session:
        assert reports.visible_report(session, alice, made.id).id == made.id
        assert reports.visible_report(session, sam, made.id).id == made.id
        with pytest.raises(NotFound):
            reports.visible_report(session, bob, made.id)
        with pytest.raises(NotFound):
            reports.visible_report(session, alice, made.id + 1000)


def test_merge_moves_reports_and_later_reports_follow(engine: Engine) -> None:
    alice, sam = user(engine), user(engine, "sam", "analyst")
    a = report(engine, alice, profile("Jane", "x.com/jane"))
    b = report(engine, alice, profile("Jane Doe", "x.com/jane-doe"))
    with write_session(engine) as session:
        target = cases.merge(session, cases.get_case(session, a.case_id),
                             cases.get_case(session, b.case_id), sam.id)
        assert target.id == b.case_id
    later = report(engine, alice, profile("Jane", "https://x.com/jane/"))
    assert later.case_id == b.case_id
    with write_session(engine) as session:
        source = cases.get_case(session, a.case_id)
        assert (source.status, source.merged_into) == ("duplicate", b.case_id)
        assert len(reports.reports_in_case(session, b.case_id)) == 3
        with pytest.raises(InputError, match="itself"):
            cases.merge(session, cases.get_case(session, b.case_id),
                        cases.get_case(session, b.case_id), sam.id)


def test_split_moves_chosen_reports_to_a_new_case(engine: Engine) -> None:
    alice, sam = user(engine), user(engine, "sam", "analyst")
    a = report(engine, alice, profile("Jane", "x.com/jane"))
    b = report(engine, alice, profile("Jane", "x.com/jane"))
    with write_session(engine) as session:
        case = cases.get_case(session, a.case_id)
        with pytest.raises(InputError, match="at least one report in the case"):
            cases.split(session, case, [a.id, b.id], sam.id)
        with pytest.raises(InputError, match="not reports of case"):
            cases.split(session, case, [999], sam.id)
        new = cases.split(session, case, [b.id], sam.id)
        new_id = new.id
    with write_session(engine) as session:
        assert [r.id for r in reports.reports_in_case(session, new_id)] == [b.id]
        assert [r.id for r in reports.reports_in_case(session, a.case_id)] == [a.id]
        assert [e.action for e in audit.history(session, "case", new_id)] == ["case.split"]


def test_verdict_labels_are_recorded_once_and_exported(engine: Engine) -> None:
    alice, sam = user(engine), user(engine, "sam", "analyst")
    made = report(engine, alice, profile("Jane", "x.com/jane"))
    with write_session(engine) as session:
        case = cases.get_case(session, made.case_id)
        assert cases.set_status(session, case, "confirmed_hostile", sam.id)
        assert reports.record_labels(session, case, "hostile", sam.id) == 1
        assert reports.record_labels(session, case, "hostile", sam.id) == 0
        with pytest.raises(InputError, match="status"):
            cases.set_status(session, case, "duplicate", sam.id)
    with write_session(engine) as session:
        rows = reports.labels_export(session)
        assert session.scalar(select(func.count(Label.id))) == 1
    assert rows[0]["label"] == "hostile"
    assert rows[0]["profile"]["name"] == "Jane"


def label_cases(engine: Engine) -> dict[int, int]:
    with write_session(engine) as session:
        return {row[0]: row[1] for row in session.execute(select(Label.report_id, Label.case_id))}


def test_labels_follow_their_reports_through_a_split_and_a_merge(engine: Engine) -> None:
    alice, sam = user(engine), user(engine, "sam", "analyst")
    a = report(engine, alice, profile("Jane", "x.com/jane"))
    b = report(engine, alice, profile("Jane", "x.com/jane"))
    other = report(engine, alice, profile("Jim", "x.com/jim"))
    with write_session(engine) as session:
        assert reports.record_labels(session, cases.get_case(session, a.case_id), "hostile",
                                     sam.id) == 2
        split_off = cases.split(session, cases.get_case(session, a.case_id), [b.id],
                                sam.id).id
    assert label_cases(engine) == {a.id: a.case_id, b.id: split_off}
    with write_session(engine) as session:
        rows = {row["report_id"]: row["case_id"] for row in reports.labels_export(session)}
        assert rows == {a.id: a.case_id, b.id: split_off}
        # the split-off case's verdict does not label its report a second time
        assert reports.record_labels(session, cases.get_case(session, split_off), "hostile",
                                     sam.id) == 0
        cases.merge(session, cases.get_case(session, split_off),
                    cases.get_case(session, other.case_id), sam.id)
    assert label_cases(engine) == {a.id: a.case_id, b.id: other.case_id}
    with write_session(engine) as session:
        merged = cases.get_case(session, other.case_id)
        assert reports.record_labels(session, merged, "hostile", sam.id) == 1  # only Jim's
        assert session.scalar(select(func.count(Label.id))) == 3


def test_case_notes_refuse_empty_text(engine: Engine) -> None:
    alice, sam = user(engine), user(engine, "sam", "analyst")
    made = report(engine, alice, profile("Jane"))
    with write_session(engine) as session:
        case = cases.get_case(session, made.case_id)
        with pytest.raises(InputError, match="empty"):
            cases.add_note(session, case, "   ", sam.id)
        cases.add_note(session, case, "'; DROP TABLE cases; --", sam.id)
    with write_session(engine) as session:
        assert [n.text for n in cases.notes_of(session, made.case_id)] == [
            "'; DROP TABLE cases; --"]


def test_sqlite_runs_in_wal_mode_with_foreign_keys(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite only")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_demo_seed_is_idempotent(engine: Engine) -> None:
    from vetlink.store.demo import DEMO_REPORTS, DEMO_USERS, seed

    made, count = seed(engine)
    assert [m[0] for m in made] == [u[0] for u in DEMO_USERS]
    assert count == len(DEMO_REPORTS)
    assert seed(engine) == ([], 0)
    with write_session(engine) as session:
        rows = cases.list_cases(session)
    amanda = next(r for r in rows if r.case.persona_name == "Amanda Chen")
    assert amanda.reports == 3
    assert amanda.case.status == "confirmed_hostile"


def test_an_old_database_upgrades_with_its_data(database_url: str) -> None:
    from vetlink.store.db import make_engine

    old = make_engine(database_url)
    upgrade(old, "0001")
    with old.begin() as conn:
        conn.execute(text("INSERT INTO users (username, password_hash, role, active, created) "
                          "VALUES ('old', 'x', 'reporter', true, '2026-01-01')"))
    upgrade(old)
    with old.connect() as conn:
        row = conn.execute(text("SELECT username, session_epoch FROM users")).one()
    old.dispose()
    assert tuple(row) == ("old", 0)


def test_concurrent_reports_of_a_new_persona_make_one_case(engine: Engine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    alice = user(engine)

    def one(i: int) -> int:
        return report(engine, alice, profile(f"Jane {i}", "https://x.com/in/new-persona")).case_id

    with ThreadPoolExecutor(max_workers=8) as pool:
        case_ids = set(pool.map(one, range(16)))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count(Case.id))) == 1
        assert conn.scalar(select(func.count(Report.id))) == 16
    assert len(case_ids) == 1


def test_sign_in_throttle_counts_failures_per_name_and_address(engine: Engine) -> None:
    from vetlink.store.db import session_factory, writer
    from vetlink.store.users import BadCredentials, TooManyAttempts, authenticate

    user(engine)
    read, write = session_factory(engine), session_factory(writer(engine))

    def attempt(password: str, ip: str = "10.0.0.1") -> str:
        with read() as r, write() as w:
            try:
                return authenticate(r, w, "Alice", password, ip).username
            except (BadCredentials, TooManyAttempts) as exc:
                return type(exc).__name__

    assert [attempt("wrong") for _ in range(4)] == ["BadCredentials"] * 4
    assert attempt("password123") == "alice"  # a success clears the failures
    assert [attempt("wrong") for _ in range(5)] == ["BadCredentials"] * 5
    assert attempt("password123") == "TooManyAttempts"
    assert attempt("password123", ip="10.0.0.2") == "alice"
