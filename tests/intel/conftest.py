from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.intel.seed import seed
from tests.store.dbfixtures import database_url  # noqa: F401  (a fixture)
from tests.store.fast_hashing import fast_password_hashing  # noqa: F401  (a fixture)
from vetlink.intel.export import export_text
from vetlink.intel.watchlist import NewEntry, Watchlist
from vetlink.store.db import make_engine, session_factory, upgrade


@pytest.fixture
def watchlist(isolated_data_dir: Path) -> Watchlist:
    return Watchlist.open(isolated_data_dir)


def add(watchlist: Watchlist, *entries: NewEntry, name: str = "partner-a.json",
        sha: str | None = None) -> int:
    source = watchlist.add_source(name, "stix", name, sha or name, entries)
    return source.id


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:  # noqa: F811
    made = make_engine(database_url)
    upgrade(made)
    yield made
    made.dispose()


@pytest.fixture
def seeded(engine: Engine) -> dict[str, Any]:
    return seed(engine)


def export(engine: Engine, format: str, **options: Any) -> str:
    with session_factory(engine)() as session:
        return export_of(session, format, **options)


def export_of(session: Session, format: str, **options: Any) -> str:
    return export_text(session, format, **options)
