#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: system packages, the package, PostgreSQL, then
# ruff, mypy and pytest (SQLite and PostgreSQL, real Chromium for the browser tests).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/system-deps.sh
bash scripts/setup.sh
VETLINK_TEST_POSTGRES_URL=$(bash scripts/start-postgres.sh)
export VETLINK_TEST_POSTGRES_URL
export VETLINK_TEST_CHROMIUM=${VETLINK_TEST_CHROMIUM:-$(command -v chromium || true)}
.venv/bin/ruff check src tests bench
.venv/bin/mypy  # src, as configured in pyproject.toml
.venv/bin/python -m pytest "$@"
