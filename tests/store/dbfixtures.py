"""Database fixtures shared by tests/store, tests/web and tests/e2e: every test runs against
SQLite and, when ``VETLINK_TEST_POSTGRES_URL`` is set, PostgreSQL (each test in a fresh
schema). On CI (``CI`` set) a missing PostgreSQL URL is a failure, not a skip."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_base_url() -> str:
    url = os.environ.get("VETLINK_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI is set but VETLINK_TEST_POSTGRES_URL is not: run through test.sh")
        pytest.skip("VETLINK_TEST_POSTGRES_URL is not set (test.sh sets it)")
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, isolated_data_dir: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file in the test's data directory, or a fresh
    PostgreSQL schema (dropped afterwards)."""
    if request.param == "sqlite":
        yield f"sqlite:///{isolated_data_dir / 'vetlink.sqlite3'}"
        return
    yield from fresh_postgres_schema(postgres_base_url())


def fresh_postgres_schema(base: str) -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
