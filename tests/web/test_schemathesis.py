"""The JSON API under Schemathesis (issue 9): no 5xx, documented answers match the schema.
Bounded for CI; ``scripts/fuzz_api.py`` runs the same with many more examples."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.api_fuzz import fuzz
from tests.web.conftest import bearer

EXAMPLES = 12


def test_the_api_never_answers_5xx_to_generated_requests(app: FastAPI) -> None:
    headers = bearer(TestClient(app), "sam")
    counts = fuzz(app, headers, EXAMPLES)
    print(f"schemathesis: {counts.cases} cases, statuses {sorted(counts.by_status.items())}, "
          f"{len(counts.failures)} failures; nothing to generate for {counts.ungeneratable}")
    assert counts.cases >= 100
    assert counts.failures == []
    assert not any(status >= 500 for status in counts.by_status)
