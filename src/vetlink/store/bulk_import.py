"""``vetlink import reports FILE.jsonl``: many reports at once, streamed, idempotent, all or
nothing.

Two streaming passes over the file, so memory stays bounded whatever its size (a line is read
with a size limit; nothing else is kept but counts and the first ``KEEP_ERRORS`` line numbers
of each kind: rejected, duplicate, photo file not there):

1. **validate** every line (:func:`vetlink.campaigns.lines.parse_line`): a line that is not
   JSON, lacks a profile URL or a reporter, has a bad date or photo hashes, is rejected with
   its line number. If any line is rejected, nothing is written (exit 2).
2. **insert** in one transaction: each line is assessed (:func:`vetlink.assess.assess_many`,
   the same ``assess()`` as everywhere), stored with :func:`vetlink.store.reports.create_report`
   (so it joins its persona's case like any report), and its digest (sha256 of the line's
   canonical JSON) goes in ``imported_lines``: a line already imported, or repeated in the
   file, is skipped and listed as a duplicate. Any error rolls the whole transaction back: a
   failed import leaves the database as it was.

Reporters are matched to user accounts by username. A reporter the database does not know
gets an account created for them: role reporter, the line's department, **inactive** and with
a locked password (``users.LOCKED_PASSWORD``: no password verifies), so it cannot sign in until
an admin activates it and sets a password.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vetlink.campaigns.lines import MAX_LINE, Line, parse_line
from vetlink.errors import InputError
from vetlink.store import audit
from vetlink.store.campaign_tables import ImportedLine, ReportKeys
from vetlink.store.models import User
from vetlink.store.reports import NewReport, create_report
from vetlink.store.users import LOCKED_PASSWORD, USERNAME, USERNAME_RULE, by_username

BATCH = 256
KEEP_ERRORS = 50
Progress = Callable[[int], None]  # called with the bytes read since the last call


@dataclass
class ImportResult:
    lines: int = 0
    added: int = 0
    duplicates: list[int] = field(default_factory=list)  # the first KEEP_ERRORS skipped
    duplicate_count: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # the first KEEP_ERRORS
    rejected_count: int = 0
    users_created: list[str] = field(default_factory=list)
    # lines assessed without their photo (the file is not there): the first KEEP_ERRORS
    photos_missing: list[int] = field(default_factory=list)
    photo_missing_count: int = 0

    def reject(self, number: int, message: str) -> None:
        self.rejected_count += 1
        kept(self.rejected, (number, message))

    def duplicate(self, number: int) -> None:
        self.duplicate_count += 1
        kept(self.duplicates, number)

    def missing_photo(self, number: int) -> None:
        self.photo_missing_count += 1
        kept(self.photos_missing, number)


def kept(first: list[Any], item: Any) -> None:
    """``item`` appended while ``first`` holds fewer than ``KEEP_ERRORS`` (the line numbers
    an import reports; the counts say how many there were in all)."""
    if len(first) < KEEP_ERRORS:
        first.append(item)


def raw_lines(stream: IO[bytes], progress: Progress | None = None
              ) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each non-blank line; bytes is None for a line over
    ``MAX_LINE`` (the rest of it is read and dropped in bounded pieces)."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if progress:
            progress(len(raw))
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE)
                if progress:
                    progress(len(raw))
            yield number, None
            continue
        if raw.strip():
            yield number, raw


def parsed(stream: IO[bytes], result: ImportResult, progress: Progress | None = None,
           base_dir: Path | None = None) -> Iterator[Line]:
    for number, raw in raw_lines(stream, progress):
        result.lines += 1
        if raw is None:
            result.reject(number, f"line longer than {MAX_LINE:,} bytes")
            continue
        try:
            line = parse_line(raw, number, base_dir=base_dir)
            if not USERNAME.match(line.reporter):
                raise InputError(f"reporter: {USERNAME_RULE}")
        except InputError as exc:
            result.reject(number, exc.message)
            continue
        if line.photo_missing:
            result.missing_photo(number)
        yield line


def validate(path: Path, progress: Progress | None = None) -> ImportResult:
    """Pass 1: check every line; nothing is written."""
    result = ImportResult()
    with path.open("rb") as stream:
        for _ in parsed(stream, result, progress, path.parent):
            pass
    return result


def rejection_message(result: ImportResult, path: Path) -> str:
    first = "; ".join(f"line {n}: {msg}" for n, msg in result.rejected[:5])
    more = f" (and {result.rejected_count - 5} more)" if result.rejected_count > 5 else ""
    return (f"{path}: {result.rejected_count} of {result.lines} lines rejected, nothing "
            f"imported: {first}{more}")


def reporter_of(session: Session, cache: dict[str, User], line: Line,
                result: ImportResult) -> User:
    user = cache.get(line.reporter)
    if user is None:
        user = by_username(session, line.reporter)
        if user is None:
            user = User(username=line.reporter, role="reporter", active=False,
                        password_hash=LOCKED_PASSWORD,
                        department=line.department)
            session.add(user)
            session.flush()
            audit.record(session, None, "user.create", "user", user.id,
                         username=user.username, role="reporter", via="import")
            result.users_created.append(user.username)
        cache[line.reporter] = user
    return user


def store_batch(session: Session, batch: list[Line], cache: dict[str, User],
                result: ImportResult, use_models: bool) -> None:
    from vetlink.assess import assess_many

    fresh: list[Line] = []
    for line in batch:
        seen = session.scalar(select(ImportedLine.id).where(ImportedLine.digest == line.digest))
        if seen is not None or any(f.digest == line.digest for f in fresh):
            result.duplicate(line.number)
        else:
            fresh.append(line)
    assessments = assess_many(((line.profile, line.conversation) for line in fresh),
                              use_models=use_models)
    for line, assessment in zip(fresh, assessments, strict=True):
        report = create_report(session, NewReport(
            reporter=reporter_of(session, cache, line, result), assessment=assessment.to_json(),
            profile=line.profile.to_json(),
            conversation=line.conversation.to_json() if line.conversation else None,
            source="import"))
        if line.reported_at is not None:
            report.created = line.reported_at
        session.add(ReportKeys(report_id=report.id, department=line.department,
                               sector=line.sector, photo_hashes=line.photo_hashes))
        session.add(ImportedLine(digest=line.digest, report_id=report.id))
        result.added += 1
    session.flush()


def lock_cases(session: Session) -> None:
    """On PostgreSQL, one table lock for the whole import instead of one advisory lock per
    persona (a million of those would exhaust the lock table)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE"))
        session.info["cases_locked"] = True


def insert_all(session: Session, path: Path, progress: Progress | None = None,
               use_models: bool = True) -> ImportResult:
    """Pass 2, inside the caller's transaction."""
    result = ImportResult()
    lock_cases(session)
    cache: dict[str, User] = {}
    batch: list[Line] = []
    with path.open("rb") as stream:
        for line in parsed(stream, result, progress, path.parent):
            batch.append(line)
            if len(batch) >= BATCH:
                store_batch(session, batch, cache, result, use_models)
                batch = []
                session.expunge_all()  # bounded memory: rows are flushed, not kept
                cache.clear()
        store_batch(session, batch, cache, result, use_models)
    if result.rejected_count:  # the file changed since it was validated
        raise InputError(rejection_message(result, path))
    return result


def import_reports(engine: Any, path: Path, *, progress: Callable[[str, int], Progress] | None
                   = None, use_models: bool = True) -> ImportResult:
    """Validate, then insert everything in one transaction (see the module docstring)."""
    from vetlink.store.db import write_session

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    size = path.stat().st_size
    checked = validate(path, progress("validating", size) if progress else None)
    if checked.rejected_count:
        raise InputError(rejection_message(checked, path))
    with write_session(engine) as session:
        result = insert_all(session, path, progress("importing", size) if progress else None,
                            use_models)
    return result
