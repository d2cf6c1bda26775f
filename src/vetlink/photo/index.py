"""The local photo index: photos of confirmed hostile personas and of earlier reports, kept
as perceptual hashes (never the photo itself) in ``photo_index.sqlite3`` in the data
directory, with near-duplicate search.

Two photos match when, for some pair of views (see :mod:`vetlink.photo.hashing`), the summed
distance ``p + d + a`` is at most ``MATCH_DISTANCE``, or the colour-edge hash ``e`` is within
``EDGE_DISTANCE`` and the sum within ``RECOLOURED_DISTANCE`` (a recoloured copy: its grey
levels moved, its edges did not). The reported distance is that sum.

Search is exact over every stored photo: a first pass compares only ``p`` and ``e`` (a pair can
match only if ``p <= MATCH_DISTANCE`` or ``e <= EDGE_DISTANCE``), with numpy XOR and popcount
over all views; the few candidates then get the full rule. The web app, the CLI and the batch
job share this one class.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

import numpy as np
from PIL import Image

from vetlink.datafile import connect, data_file
from vetlink.errors import InputError
from vetlink.photo.hashing import KINDS, VIEWS, PhotoPrint, photo_print

INDEX_FILE = "photo_index.sqlite3"
MATCH_DISTANCE = 14  # summed p + d + a Hamming distance (0-192); see bench/photo_bench.py
EDGE_DISTANCE = 6  # colour-edge hash distance that vouches for a recoloured copy...
RECOLOURED_DISTANCE = 40  # ...whose summed distance is at most this
Verdict = Literal["hostile", "reported", "genuine"]
VERDICTS: tuple[str, ...] = ("hostile", "reported", "genuine")
PhotoInput = bytes | Path | Image.Image | PhotoPrint

SCHEMA = """
CREATE TABLE IF NOT EXISTS photos (
    id INTEGER PRIMARY KEY,
    persona TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    seen TEXT NOT NULL,
    verdict TEXT NOT NULL,
    hashes BLOB NOT NULL,
    added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS photos_seen ON photos (seen);
"""
# ``photos_seen`` also makes ``count(*)`` (asked at every search, to see other processes'
# writes) read this small index instead of every row's hashes.


INSERT = ("INSERT INTO photos (persona, source, seen, verdict, hashes, added) "
          "VALUES (?, ?, ?, ?, ?, ?)")


def row_of(
    fp: PhotoPrint, persona: str, source: str, seen: str, verdict: str
) -> tuple[object, ...]:
    added = datetime.now(UTC).isoformat(timespec="seconds")
    blob = np.ascontiguousarray(fp.direct, dtype="<u8").tobytes()
    return (persona, source, seen, verdict, blob, added)


@dataclass(frozen=True)
class Match:
    """An indexed photo that is a near-duplicate of the one searched for."""

    photo_id: int
    persona: str
    source: str
    when: str  # ISO date the photo was seen or reported
    verdict: str
    distance: int  # summed p + d + a Hamming distance, 0 = identical hashes
    mirrored: bool = False

    def describe(self) -> str:
        return f"'{self.persona}' ({self.verdict}) reported {self.when}"


_SHARED: dict[str, tuple[PhotoIndex, int]] = {}  # resolved path -> (index, inode)
_SHARED_LOCK = threading.Lock()


@dataclass
class _Cache:
    key: tuple[int, int, int] = (-1, -1, -1)  # rows, last id, the file's inode
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    hashes: np.ndarray = field(
        default_factory=lambda: np.zeros((0, VIEWS, len(KINDS)), dtype=np.uint64)
    )
    by_kind: np.ndarray = field(
        default_factory=lambda: np.zeros((len(KINDS), 0, VIEWS), dtype=np.uint64)
    )  # the same hashes, one contiguous (photos, views) array per kind, for the search


class PhotoIndex:
    """Near-duplicate photo index stored in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache = _Cache()
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(SCHEMA)

    @classmethod
    def shared(cls, path: Path) -> PhotoIndex:
        """This process's one instance for the index file at ``path``: its in-memory copy of
        the stored hashes is loaded once and reloaded only when the table changed (every
        search checks the table's count, last id and the file, so other processes' writes
        are seen). A file removed or replaced since gets a fresh instance (and schema)."""
        key = str(path.resolve())
        inode = path.stat().st_ino if path.is_file() else None
        with _SHARED_LOCK:
            found = _SHARED.get(key)
            if found is None or inode is None or found[1] != inode:
                index = cls(path)
                found = _SHARED[key] = (index, path.stat().st_ino)
            return found[0]

    @classmethod
    def open(cls, data_dir: Path | None = None) -> PhotoIndex:
        """The index in ``data_dir`` (default: the configured data directory), shared by
        every caller in this process (:meth:`shared`)."""
        return cls.shared(data_file(INDEX_FILE, data_dir))

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path)

    def __len__(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT count(*) FROM photos").fetchone()[0])

    def add(
        self,
        photo: PhotoInput,
        persona: str,
        source: str = "",
        when: date | str | None = None,
        verdict: Verdict = "reported",
    ) -> int:
        """Index a photo under a persona's name; returns its id."""
        fingerprint = to_print(photo)
        if fingerprint.flat:
            raise InputError("the photo is blank or a single colour: nothing to index")
        if not persona.strip():
            raise InputError("give the persona's name the photo was used under")
        if verdict not in VERDICTS:
            raise InputError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        return self._insert(fingerprint, persona.strip(), source, iso_day(when), verdict)

    def _insert(self, fp: PhotoPrint, persona: str, source: str, seen: str, verdict: str) -> int:
        with self._connect() as db:
            cursor = db.execute(INSERT, row_of(fp, persona, source, seen, verdict))
            return int(cursor.lastrowid or 0)

    def add_prints(self, entries: Iterable[tuple[PhotoPrint, str, str, str, str]]) -> int:
        """Bulk import of already hashed photos ``(print, persona, source, when, verdict)``
        in one transaction (e.g. from another organisation's export); returns the count."""
        rows = [row_of(fp, persona, source, iso_day(when), verdict)
                for fp, persona, source, when, verdict in entries if not fp.flat]
        with self._connect() as db:
            db.executemany(INSERT, rows)
        return len(rows)

    def search(self, photo: PhotoInput, max_distance: int = MATCH_DISTANCE) -> list[Match]:
        """Indexed photos within ``max_distance`` of this one, nearest first."""
        fingerprint = to_print(photo)
        if fingerprint.flat:
            return []
        cache = self._current()
        found = nearest_split(fingerprint, cache.by_kind, max_distance)
        ids = cache.ids
        return self._matches({int(ids[i]): hit for i, hit in found.items()})

    def whole_hashes(self, sources: Iterable[str]) -> dict[str, list[np.ndarray]]:
        """Source -> the whole-photo hashes (one row of ``KINDS`` per photo) of the photos
        indexed under those sources (e.g. ``vetlink case 12``), for sharing."""
        wanted = set(sources)
        found: dict[str, list[np.ndarray]] = {}
        with self._connect() as db:
            for source, blob in db.execute("SELECT source, hashes FROM photos ORDER BY id"):
                if source in wanted:
                    views = np.frombuffer(blob, dtype="<u8").reshape(VIEWS, len(KINDS))
                    found.setdefault(source, []).append(views[0].astype(np.uint64))
        return found

    def _matches(self, hits: dict[int, tuple[int, bool]]) -> list[Match]:
        if not hits:
            return []
        marks = ",".join("?" * len(hits))
        with self._connect() as db:
            rows = db.execute(
                f"SELECT id, persona, source, seen, verdict FROM photos WHERE id IN ({marks})",
                list(hits),
            ).fetchall()
        matches = [Match(row[0], row[1], row[2], row[3], row[4], *hits[row[0]]) for row in rows]
        return sorted(matches, key=lambda m: (m.distance, m.photo_id))

    def _current(self) -> _Cache:
        """The in-memory copy of the table, reloaded only when the table changed."""
        with self._connect() as db:
            count, top = db.execute("SELECT count(*), coalesce(max(id), 0) FROM photos").fetchone()
            key = (count, top, os.stat(self.path).st_ino)  # a replaced file is reloaded too
            with self._lock:
                if self._cache.key != key:
                    self._cache = load_cache(db, key)
                return self._cache


def load_cache(db: sqlite3.Connection, key: tuple[int, int, int]) -> _Cache:
    rows = db.execute("SELECT id, hashes FROM photos ORDER BY id").fetchall()
    ids = np.array([row[0] for row in rows], dtype=np.int64)
    raw = b"".join(row[1] for row in rows)
    hashes = np.frombuffer(raw, dtype="<u8").astype(np.uint64).reshape(-1, VIEWS, len(KINDS))
    by_kind = np.ascontiguousarray(hashes.transpose(2, 0, 1))
    for array in (ids, hashes, by_kind):
        array.setflags(write=False)
    return _Cache(key, ids, hashes, by_kind)


def nearest(
    query: PhotoPrint, stored: np.ndarray, max_distance: int
) -> dict[int, tuple[int, bool]]:
    """Row -> (distance, mirrored) for the stored prints (photos, views, kinds) that match."""
    return nearest_split(query, split_kinds(stored), max_distance)


def nearest_split(
    query: PhotoPrint, by_kind: np.ndarray, max_distance: int
) -> dict[int, tuple[int, bool]]:
    """:func:`nearest` over the stored prints already split per kind (:func:`split_kinds`;
    what the index keeps in memory, so nothing is copied per search)."""
    found: dict[int, tuple[int, bool]] = {}
    for mirrored, views in ((False, query.direct), (True, query.mirrored)):
        distance = split_distances(views, by_kind, max_distance)
        for row in np.flatnonzero(distance <= RECOLOURED_DISTANCE):
            hit = (int(distance[row]), mirrored)
            if int(row) not in found or hit < found[int(row)]:
                found[int(row)] = hit
    return found


def split_kinds(stored: np.ndarray) -> np.ndarray:
    """(photos, views, kinds) -> one contiguous (photos, views) array per kind."""
    return np.ascontiguousarray(np.asarray(stored, dtype=np.uint64).transpose(2, 0, 1))


def kind_distances(views: np.ndarray, stored_kind: np.ndarray, kind: int) -> np.ndarray:
    """Hamming distances for one hash kind: the whole query photo vs each stored view, then
    each query view vs the whole stored photo: shape (N, 2 * VIEWS)."""
    whole_vs_views = np.bitwise_count(stored_kind ^ views[0, kind])
    views_vs_whole = np.bitwise_count(stored_kind[:, :1] ^ views[:, kind])
    return np.concatenate([whole_vs_views, views_vs_whole], axis=1)


def pairings(views: np.ndarray, by_kind: np.ndarray, kinds: list[int]) -> np.ndarray:
    """Hamming distances per kind for whole-query vs each stored view, then each query view
    vs the whole stored photo: shape (N, 2 * VIEWS, len(kinds))."""
    return np.stack([kind_distances(views, by_kind[k], k) for k in kinds], axis=2)


def print_distances(views: np.ndarray, stored: np.ndarray, max_distance: int) -> np.ndarray:
    """For each stored print (photos, views, kinds), the smallest summed distance over the
    view pairs that satisfy the match rule (a large number when none does)."""
    return split_distances(views, split_kinds(stored), max_distance)


def split_distances(views: np.ndarray, by_kind: np.ndarray, max_distance: int) -> np.ndarray:
    """:func:`print_distances` over the stored prints split per kind (:func:`split_kinds`).
    A pair can match only if its ``p`` or ``e`` distance is small: those two kinds are
    compared first, and the full rule runs only on the few rows that pass."""
    result = np.full(by_kind.shape[1], np.iinfo(np.int32).max, dtype=np.int64)
    near = kind_distances(views, by_kind[0], 0) <= max_distance
    near |= kind_distances(views, by_kind[3], 3) <= EDGE_DISTANCE
    rows = np.flatnonzero(near.any(axis=1))
    if len(rows):
        result[rows] = rule_distances(pairings(views, by_kind[:, rows], [0, 1, 2, 3]),
                                      max_distance)
    return result


def rule_distances(dist: np.ndarray, max_distance: int) -> np.ndarray:
    total = dist[..., :3].sum(axis=2, dtype=np.int64)
    recoloured = (dist[..., 3] <= EDGE_DISTANCE) & (total <= RECOLOURED_DISTANCE)
    ok = (total <= max_distance) | recoloured
    return np.where(ok, total, np.iinfo(np.int32).max).min(axis=1)


def to_print(photo: PhotoInput) -> PhotoPrint:
    if isinstance(photo, PhotoPrint):
        return photo
    if isinstance(photo, Image.Image):
        return photo_print(photo)
    from vetlink.photo.load import load_image
    from vetlink.settings import get_settings

    _, loaded = load_image(photo, get_settings().max_input_bytes)
    return photo_print(loaded.image)


def iso_day(when: date | str | None) -> str:
    if when is None:
        return date.today().isoformat()
    if isinstance(when, date):
        return when.isoformat()[:10]
    try:
        return date.fromisoformat(when[:10]).isoformat()
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {when!r}") from None
