"""The watchlist: indicators of hostile personas imported from partners (STIX 2.1 bundles,
MISP events, TAXII collections), kept in ``watchlist.sqlite3`` in the data directory.

Why a file of its own and not the main database: ``vetlink check`` runs on a default install
with no database at all (and the batch job on Spark workers that cannot reach it), exactly like
the photo index beside it; each check needs only a cheap read of a small file. The web app
reads and writes the same file (the data directory is shared by every command).

Every import is one transaction (a source row and its entries, or nothing). Entries are
retired, never deleted, so the history of what was on the list stays. Lookups are served from
an in-memory copy (a dict by normalised key, and an array of photo hashes), reloaded only when
the file's ``version`` counter changes: a check costs one small SQLite read plus dict look-ups.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vetlink.datafile import connect, data_file
from vetlink.errors import InputError, NotFound
from vetlink.intel.keys import KINDS, key_of
from vetlink.intel.photo_hash import row_of_hex

WATCHLIST_FILE = "watchlist.sqlite3"


class AlreadyImported(InputError):
    """The same file (by sha256) is in the watchlist already."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    origin TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported TEXT NOT NULL,
    entries INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    persona TEXT NOT NULL DEFAULT '',
    marking TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    retired TEXT,
    retired_by TEXT
);
CREATE INDEX IF NOT EXISTS entries_key ON entries(kind, value);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0);
"""


@dataclass(frozen=True)
class NewEntry:
    """An indicator read from a partner's file, before normalisation."""

    kind: str
    value: str
    persona: str = ""
    marking: str = "TLP:AMBER"
    ref: str = ""  # the id of the object it came from (STIX id, MISP uuid)


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    value: str
    persona: str
    marking: str
    source: str
    source_id: int
    ref: str
    retired: str | None = None
    retired_by: str | None = None

    def describe(self) -> str:
        who = f"'{self.persona}' " if self.persona else ""
        return f"{who}from {self.source} ({self.marking})"


@dataclass(frozen=True)
class Source:
    id: int
    name: str
    format: str
    origin: str
    imported: str
    entries: int
    skipped: int
    summary: str
    active: int = 0


@dataclass
class _Memory:
    version: int = -1
    by_key: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    photos: list[Entry] = field(default_factory=list)
    photo_rows: Any = None  # numpy (N, 1, 4) uint64


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Watchlist:
    """One watchlist file. Thread-safe; cheap to keep open for a process's lifetime."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._memory = _Memory()
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(SCHEMA)

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Watchlist:
        return cls(data_file(WATCHLIST_FILE, data_dir))

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path)

    def add_source(
        self, name: str, format: str, origin: str, sha256: str, entries: Iterable[NewEntry],
        skipped: int = 0, summary: str = "",
    ) -> Source:
        """Store one imported file and its indicators in one transaction. Values that do not
        normalise (an e-mail address without a domain...) are counted as skipped."""
        rows, bad = normalised(entries)
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            old = db.execute("SELECT id FROM sources WHERE sha256 = ?", (sha256,)).fetchone()
            if old:
                raise AlreadyImported(f"this file was imported already (watchlist source {old[0]})")
            cursor = db.execute(
                "INSERT INTO sources (name, format, origin, sha256, imported, entries, skipped,"
                " summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (name[:300], format, origin[:1000], sha256, now_iso(), len(rows),
                 skipped + bad, summary[:2000]))
            source_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO entries (source_id, kind, value, persona, marking, ref) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(source_id, *row) for row in rows])
            bump(db)
        return self.source(source_id)

    def retire(self, entry_id: int, by: str) -> Entry:
        with self._connect() as db:
            found = db.execute("SELECT retired FROM entries WHERE id = ?", (entry_id,)).fetchone()
            if found is None:
                raise NotFound(f"watchlist entry {entry_id} does not exist")
            if found[0] is not None:
                raise InputError(f"watchlist entry {entry_id} is retired already")
            db.execute("UPDATE entries SET retired = ?, retired_by = ? WHERE id = ?",
                       (now_iso(), by[:100], entry_id))
            bump(db)
        return self.entry(entry_id)

    def entry(self, entry_id: int) -> Entry:
        found = self.entries(where="e.id = ?", args=(entry_id,))
        if not found:
            raise NotFound(f"watchlist entry {entry_id} does not exist")
        return found[0]

    def entries(
        self, where: str = "1 = 1", args: tuple[Any, ...] = (), limit: int | None = None,
    ) -> list[Entry]:
        query = (f"{ENTRY_SELECT} WHERE {where} ORDER BY e.id"
                 + (f" LIMIT {int(limit)}" if limit else ""))
        with self._connect() as db:
            return [Entry(*row) for row in db.execute(query, args)]

    def source(self, source_id: int) -> Source:
        found = [s for s in self.sources() if s.id == source_id]
        if not found:
            raise NotFound(f"watchlist source {source_id} does not exist")
        return found[0]

    def sources(self) -> list[Source]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT s.id, s.name, s.format, s.origin, s.imported, s.entries, s.skipped, "
                "s.summary, (SELECT count(*) FROM entries e WHERE e.source_id = s.id "
                "AND e.retired IS NULL) FROM sources s ORDER BY s.id").fetchall()
        return [Source(*row) for row in rows]

    def __len__(self) -> int:
        with self._connect() as db:
            return int(db.execute(
                "SELECT count(*) FROM entries WHERE retired IS NULL").fetchone()[0])

    # -- lookups ---------------------------------------------------------------------------

    def _current(self) -> _Memory:
        with self._connect() as db:
            version = int(db.execute("SELECT value FROM meta WHERE key = 'version'")
                          .fetchone()[0])
            with self._lock:
                if self._memory.version != version:
                    self._memory = load_memory(db, version)
                return self._memory

    def lookup(self, keys: Iterable[tuple[str, str]]) -> list[Entry]:
        """Active entries whose (kind, normalised value) is one of ``keys``."""
        return [entry for _, entry in self.lookup_each(keys)]

    def lookup_each(self, keys: Iterable[tuple[str, str]]) -> list[tuple[tuple[str, str], Entry]]:
        """(key, entry) for every active entry matching one of ``keys`` (one file read)."""
        memory = self._current()
        return [(key, entry) for key in dict.fromkeys(keys)
                for entry in memory.by_key.get(key, ())]

    def photo_matches(self, fingerprint: Any) -> list[Entry]:
        """Active photo entries this photo (a :class:`~vetlink.photo.hashing.PhotoPrint`)
        matches by the photo index's rule."""
        from vetlink.intel.photo_hash import matching_rows

        memory = self._current()
        if memory.photo_rows is None:
            return []
        return [memory.photos[row] for row, _ in matching_rows(fingerprint, memory.photo_rows)]


ENTRY_SELECT = (
    "SELECT e.id, e.kind, e.value, e.persona, e.marking, s.name, s.id, e.ref, e.retired, "
    "e.retired_by FROM entries e JOIN sources s ON s.id = e.source_id"
)


def bump(db: sqlite3.Connection) -> None:
    db.execute("UPDATE meta SET value = value + 1 WHERE key = 'version'")


def normalised(entries: Iterable[NewEntry]) -> tuple[list[tuple[str, ...]], int]:
    """One row per (kind, normalised value) of a source: the first persona named for it and
    the strictest marking any of its objects carried."""
    from vetlink.intel.tlp import stricter_label

    rows: dict[tuple[str, str], tuple[str, ...]] = {}
    bad = 0
    for item in entries:
        value = key_of(item.kind, item.value) if item.kind in KINDS else None
        if value is None:
            bad += 1
            continue
        old = rows.get((item.kind, value))
        if old is None:
            rows[(item.kind, value)] = (item.kind, value, item.persona[:300], item.marking[:40],
                                        item.ref[:200])
        else:
            rows[(item.kind, value)] = (item.kind, value, old[2] or item.persona[:300],
                                        stricter_label(old[3], item.marking), old[4])
    return list(rows.values()), bad


def load_memory(db: sqlite3.Connection, version: int) -> _Memory:
    memory = _Memory(version=version)
    photo_rows: list[list[int]] = []
    for row in db.execute(f"{ENTRY_SELECT} WHERE e.retired IS NULL ORDER BY e.id"):
        entry = Entry(*row)
        if entry.kind == "photo":
            hashes = row_of_hex(entry.value)
            if hashes is not None:
                memory.photos.append(entry)
                photo_rows.append(hashes)
            continue
        memory.by_key.setdefault((entry.kind, entry.value), []).append(entry)
    if photo_rows:
        from vetlink.intel.photo_hash import stack

        memory.photo_rows = stack(photo_rows)
    return memory


_OPEN: dict[Path, Watchlist] = {}
_OPEN_LOCK = threading.Lock()


_FILES: dict[Path, tuple[Path, str]] = {}  # data directory -> its watchlist file (Path, str)


def default_watchlist(data_dir: Path) -> Watchlist | None:
    """The data directory's watchlist when one exists (kept open, with its in-memory copy,
    for the life of the process); None when nothing was ever imported. Asked on every check:
    the file's existence is one ``stat`` of a path built once per data directory (an import
    in another process is seen by the next check)."""
    found = _FILES.get(data_dir)
    if found is None:
        target = data_dir / WATCHLIST_FILE
        found = _FILES[data_dir] = (target, str(target))
    path, name = found
    if not os.path.isfile(name):
        return None
    with _OPEN_LOCK:
        if path not in _OPEN:
            _OPEN[path] = Watchlist(path)
        return _OPEN[path]
