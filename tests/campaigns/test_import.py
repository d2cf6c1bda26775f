from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from vetlink.campaigns.generate import generate
from vetlink.campaigns.lines import MAX_LINE
from vetlink.errors import InputError
from vetlink.store import campaigns as stored
from vetlink.store.bulk_import import KEEP_ERRORS, import_reports, insert_all, raw_lines
from vetlink.store.campaign_tables import ImportedLine
from vetlink.store.db import session_factory, write_session
from vetlink.store.models import Case, Report, User
from vetlink.store.users import LOCKED_PASSWORD, verify_password


def lines(n: int, seed: int = 21) -> list[dict[str, object]]:
    rows = []
    for row in generate(n, seed):
        row.pop("_truth", None)
        rows.append(row)
    return rows


def write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def count(engine: Engine, table: type) -> int:
    with session_factory(engine)() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_import_adds_reports_cases_and_users_once(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", lines(40))
    first = import_reports(engine, path, use_models=False)
    assert first.added == 40 and first.duplicates == []
    assert count(engine, Report) == 40 and count(engine, ImportedLine) == 40
    again = import_reports(engine, path, use_models=False)
    assert again.added == 0 and len(again.duplicates) == 40 and again.duplicate_count == 40
    assert count(engine, Report) == 40
    with session_factory(engine)() as session:
        created = session.scalars(select(User).where(User.username.in_(first.users_created)))
        assert all(not u.active and u.role == "reporter" for u in created)
        assert all(not verify_password(u.password_hash, "") for u in created)
        assert all(not verify_password(u.password_hash, LOCKED_PASSWORD) for u in created)
        report = session.scalars(select(Report).order_by(Report.id)).first()
        assert report is not None and report.source == "import"


def test_duplicate_lines_in_one_file_are_skipped_with_their_numbers(
        engine: Engine, tmp_path: Path) -> None:
    rows = lines(3)
    path = write(tmp_path / "r.jsonl", [rows[0], rows[1], rows[0], rows[2]])
    result = import_reports(engine, path, use_models=False)
    assert result.added == 3 and result.duplicates == [3]


def test_line_numbers_kept_are_bounded_and_counted(engine: Engine, tmp_path: Path) -> None:
    rows = lines(2)
    path = write(tmp_path / "r.jsonl", rows + [rows[0]] * (KEEP_ERRORS + 10))
    result = import_reports(engine, path, use_models=False)
    assert result.added == 2 and result.duplicate_count == KEEP_ERRORS + 10
    assert result.duplicates == list(range(3, 3 + KEEP_ERRORS))


@pytest.mark.parametrize(("bad", "message"), [
    ("{not json", "line 2: not JSON"),
    ({"profile": {"name": "No Url"}, "reporter": "ann", "reported_at": "2025-01-01"},
     "line 2: profile.url: a profile URL is required"),
    ({"profile": {"name": "A", "url": "https://x.test/a"}, "reporter": "ann",
      "reported_at": "yesterday"}, "line 2: reported_at: not ISO 8601"),
    ({"profile": {"name": "A", "url": "https://x.test/a", "connections": "many"},
      "reporter": "ann", "reported_at": "2025-01-01"}, "line 2: connections:"),
])
def test_a_bad_line_is_named_and_nothing_is_imported(
        engine: Engine, tmp_path: Path, bad: object, message: str) -> None:
    rows = lines(3)
    path = write(tmp_path / "r.jsonl", [rows[0], bad, rows[1]])
    with pytest.raises(InputError, match=message):
        import_reports(engine, path, use_models=False)
    assert count(engine, Report) == 0 and count(engine, Case) == 0


def test_a_failure_while_inserting_rolls_everything_back(engine: Engine, tmp_path: Path) -> None:
    # The file changes between the passes: the second pass meets a bad line after inserting
    # good ones, and the transaction is rolled back.
    rows = lines(300)
    path = write(tmp_path / "r.jsonl", [*rows, "{broken"])
    with pytest.raises(InputError, match="line 301"), write_session(engine) as session:
        insert_all(session, path, use_models=False)
    assert count(engine, Report) == 0 and count(engine, ImportedLine) == 0


def photo_line(url: str, photo: dict[str, object]) -> dict[str, object]:
    return {"profile": {"schema": "vetlink/profile/v1", "url": url, "name": "Dana Reed",
                        "headline": "Talent partner", "photo": photo},
            "reporter": "Jo.Smith@ministry.example", "department": "Policy",
            "reported_at": "2026-11-02T09:00:00Z"}


def test_email_reporters_and_absent_photo_files_import(engine: Engine, tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / "photos").mkdir()
    Image.new("RGB", (64, 64), (120, 90, 60)).save(tmp_path / "photos" / "here.jpg")
    os.mkfifo(tmp_path / "photos" / "pipe.jpg")  # never opened: it would block a reader
    sha = "ab" * 32
    path = write(tmp_path / "r.jsonl", [
        photo_line("https://www.linkedin.com/in/dana-a", {"path": "photos/here.jpg"}),
        photo_line("https://www.linkedin.com/in/dana-b", {"path": "photos/gone.jpg",
                                                          "sha256": sha}),
        photo_line("https://www.linkedin.com/in/dana-c", {"path": "photos/pipe.jpg"}),
    ])
    result = import_reports(engine, path, use_models=False)
    assert result.added == 3 and result.photos_missing == [2, 3]
    assert result.photo_missing_count == 2
    assert result.users_created == ["jo.smith@ministry.example"]
    with session_factory(engine)() as session:
        reports = session.scalars(select(Report).order_by(Report.id)).all()
        inputs = [r.assessment["subject"]["inputs"] for r in reports]
    assert "photo" in inputs[0] and "photo" not in inputs[1] and "photo" not in inputs[2]


def test_the_blind_authors_files_import_as_written(engine: Engine, tmp_path: Path) -> None:
    """Every blind campaign set's first lines, as its author wrote them (e-mail reporters,
    photo paths without the files), go through the real import."""
    here = Path(__file__).resolve().parent.parent / "evaluation"
    added, written = 0, set()
    for name in ("campaigns/dev", "campaigns2/dev2", "campaigns3/dev3", "campaigns4/dev4",
                 "campaigns5/dev5", "campaigns6/dev6"):
        source = here / f"{name}.jsonl"
        head = source.read_bytes().splitlines()[:40]
        path = tmp_path / source.name
        path.write_bytes(b"\n".join(head) + b"\n")
        result = import_reports(engine, path, use_models=False)
        assert result.rejected_count == 0 and result.added == 40, name
        added += result.added
        written |= {json.loads(raw)["profile"]["url"] for raw in head}
    assert count(engine, Report) == added
    with write_session(engine) as session:
        stored.recompute(session)
        listed = stored.campaigns_json(session)["campaigns"]
    urls = {p["url"] for c in listed for p in c["personas"]}
    assert urls and urls <= written  # the URLs as the files wrote them (tracking and all)


def test_lines_are_read_in_bounded_pieces() -> None:
    class Spy(io.BytesIO):
        biggest = 0

        def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
            assert size is not None and 0 < size <= MAX_LINE + 1
            return super().readline(size)

    huge = b'{"profile": "' + b"x" * (3 * MAX_LINE) + b'"}\n'
    stream = Spy(b'{"a": 1}\n' + huge + b'{"b": 2}\n')
    got = list(raw_lines(stream))
    assert [(n, raw is None) for n, raw in got] == [(1, False), (2, True), (3, False)]


def test_cli_import_reports_and_lists_campaigns(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    env = {**os.environ, "VETLINK_DATA_DIR": str(tmp_path / "data")}
    run = [sys.executable, "-m", "vetlink.cli"]
    made = subprocess.run([*run, "campaigns", "generate", "--personas", "300", "--seed", "4",
                           "--out", str(path)], capture_output=True, env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([*run, "import", "reports", str(path), "--no-model"],
                          capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert b"300 reports added" in done.stdout
    listed = subprocess.run([*run, "campaigns", "--format", "json"], capture_output=True,
                            env=env, timeout=120)
    data = json.loads(listed.stdout)
    assert data["campaigns"], "planted campaigns should be found"
    first = data["campaigns"][0]
    assert set(first) >= {"id", "score", "personas", "evidence", "targets", "first_seen",
                          "last_seen"}
    truth = json.loads((tmp_path / "g.jsonl.truth.json").read_text())
    urls = {p["url"] for p in first["personas"]}  # as the lines wrote them
    assert all(p["case_url"] == p["url"].removeprefix("https://www.")
               and p["reported_urls"] == [p["url"]] for p in first["personas"])
    assert len({truth.get(u) for u in urls}) == 1 and None not in {truth.get(u) for u in urls}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"profile": {"name": "x"}}\n')
    refused = subprocess.run([*run, "import", "reports", str(bad)], capture_output=True,
                             env=env, timeout=120)
    assert refused.returncode == 2 and b"line 1" in refused.stderr
    assert b"Traceback" not in refused.stderr


def test_stored_campaigns_follow_imports(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", lines(400, seed=22))
    import_reports(engine, path, use_models=False)
    with write_session(engine) as session:
        kept = stored.recompute(session)
    assert kept
    with session_factory(engine)() as session:
        view = stored.get_campaign(session, kept[0].id)
        assert len(view.cases) == kept[0].size >= 3
        assert view.edges and all(e.evidence for e in view.edges)
        links = stored.campaigns_of_cases(session, [c.id for c in view.cases])
        assert set(links.values()) == {kept[0].id}
