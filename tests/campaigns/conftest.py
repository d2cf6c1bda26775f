from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.store.dbfixtures import database_url  # noqa: F401  (a fixture)
from tests.store.fast_hashing import fast_password_hashing  # noqa: F401  (a fixture)
from vetlink.store.db import make_engine, upgrade


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:  # noqa: F811
    made = make_engine(database_url)
    upgrade(made)
    yield made
    made.dispose()
