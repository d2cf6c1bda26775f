#!/usr/bin/env bash
# The main job on a fresh machine: install vetlink, then check the bundled example profile.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/vetlink check src/vetlink/examples/headhunter.json "$@"
