"""A long Schemathesis run against the JSON API (the CI test runs the same with few examples).

    PYTHONPATH=src:. python scripts/fuzz_api.py [--examples 200] [--postgres URL]

Builds the app on a fresh data directory (SQLite; with --postgres URL, a fresh schema of that
PostgreSQL database, dropped afterwards), signs in an analyst
through POST /api/v1/token, fuzzes every operation of /api/v1/openapi.json with valid and
invalid requests, and prints the number of cases, the statuses seen and every failure (a 5xx
or an answer that does not match its documented schema). Exit 1 when anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from tests.store.dbfixtures import fresh_postgres_schema
from tests.web.api_fuzz import Counts, fuzz

from vetlink.settings import Settings
from vetlink.store.db import write_session
from vetlink.store.users import create_user
from vetlink.web.app import create_app

PASSWORD = "fuzzing the api"


def run(settings: Settings, examples: int, seed: int) -> Counts:
    app = create_app(settings)
    try:
        with write_session(app.state.services.engine) as session:
            create_user(session, "fuzzer", PASSWORD, "analyst", "Security")
        token = TestClient(app).post("/api/v1/token", data={"username": "fuzzer",
                                                            "password": PASSWORD})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        return fuzz(app, headers, examples, seed)
    finally:
        app.state.services.engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="examples per operation "
                        "and generation mode")
    parser.add_argument("--postgres", default=None, help="PostgreSQL URL (a fresh schema of "
                        "it is used and dropped)")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        url = None
        if args.postgres:
            schemas = fresh_postgres_schema(args.postgres)
            url = next(schemas)
            stack.callback(lambda: next(schemas, None))
        began = time.monotonic()
        counts = run(Settings(data_dir=Path(folder), database_url=url,
                              max_input_bytes=256 * 1024), args.examples, args.seed)
    print(f"cases: {counts.cases} in {time.monotonic() - began:.0f} s")
    print(f"statuses: {dict(sorted(counts.by_status.items()))}")
    print(f"nothing to generate: {counts.ungeneratable}")
    print(f"failures: {len(counts.failures)}")
    for failure in counts.failures:
        print(f"  {failure}")
    return 1 if counts.failures else 0


if __name__ == "__main__":
    sys.exit(main())
