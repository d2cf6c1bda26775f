#!/usr/bin/env bash
# Regenerate the user guide's pictures (docs/images/) from the browser tests: every page is
# photographed at 390 px and 1280 px by tests/e2e/test_layout.py; the guide uses a few of them.
set -euo pipefail
cd "$(dirname "$0")/.."
shots=$(mktemp -d)
VETLINK_SCREENSHOTS="$shots" VETLINK_TEST_CHROMIUM=${VETLINK_TEST_CHROMIUM:-/usr/bin/chromium} \
  .venv/bin/python -m pytest tests/e2e/test_layout.py -q -p no:cacheprovider -k wider
mkdir -p docs/images
for name in check-1280 check-result-390 exposure-result-390 queue-390 case-1280 \
            verdict-confirmation-390 dashboard-1280 login-390 \
            practice-390 campaigns-1280; do
  cp "$shots/$name.png" "docs/images/$name.png"
done
echo "docs/images updated from $shots"
