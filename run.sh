#!/usr/bin/env bash
# The main job on a fresh machine: install vetlink, seed the demo data (idempotent; the demo
# passwords are printed the first time) and serve the web app on http://127.0.0.1:8000/
# (SQLite in the data directory). Extra arguments go to `vetlink serve` (--host, --port).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/vetlink demo
exec .venv/bin/vetlink serve "$@"
