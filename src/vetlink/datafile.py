"""Small SQLite files kept in the data directory beside the database (the photo index, the
watchlist): where they live and how a short-lived connection to one is opened. They are files
of their own because ``vetlink check`` and Spark workers read them without a database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def data_file(name: str, data_dir: Path | None = None) -> Path:
    """``name`` in ``data_dir`` (default: the configured data directory), which is created."""
    if data_dir is None:
        from vetlink.settings import get_settings

        data_dir = get_settings().ensure_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir / name


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """One transaction on ``path`` (committed on success, rolled back on error), then closed."""
    db = sqlite3.connect(path, timeout=30)
    try:
        with db:
            yield db
    finally:
        db.close()
