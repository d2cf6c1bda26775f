#!/usr/bin/env bash
# The ingest fuzz properties (tests/security/test_fuzz_ingest.py) with many more examples than
# CI runs: FUZZ_EXAMPLES_SCALE=50 (the default here) runs 50x the CI counts. Prints Hypothesis'
# statistics (examples run, outcomes) per entry point.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
export PYTHONPATH=${PYTHONPATH:-$PWD/src}
export FUZZ_EXAMPLES_SCALE=${FUZZ_EXAMPLES_SCALE:-50}
SEED=()
if [ -n "${FUZZ_SEED:-}" ]; then SEED=(--hypothesis-seed="$FUZZ_SEED"); fi
"$PYTHON" -m pytest tests/security/test_fuzz_ingest.py -q -p no:cacheprovider \
  --hypothesis-show-statistics "${SEED[@]}" "$@"
