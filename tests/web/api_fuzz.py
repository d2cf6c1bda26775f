"""Schemathesis against ``/api/v1/openapi.json``: every operation, with generated valid and
invalid requests from a signed-in analyst (an analyst may call every operation), must never
answer 5xx, and a documented answer must match its schema. Used by the CI test (few examples
per operation) and by ``scripts/fuzz_api.py`` (many)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import seed as with_seed
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance


@dataclass
class Counts:
    cases: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    ungeneratable: list[str] = field(default_factory=list)  # e.g. no invalid GET /me exists


def fuzz(app: Any, headers: dict[str, str], max_examples: int, seed: int = 9) -> Counts:
    """Run every API operation with ``max_examples`` examples per generation mode."""
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    counts = Counts()
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            run_operation(operation, mode, headers, max_examples, seed, counts)
    return counts


def run_operation(operation: Any, mode: GenerationMode, headers: dict[str, str],
                  max_examples: int, seed: int, counts: Counts) -> None:
    strategy = operation.as_strategy(generation_mode=mode)

    @with_seed(seed)  # the same examples on every run with the same seed
    @settings(max_examples=max_examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def one(case: Any) -> None:
        counts.cases += 1
        try:
            response = case.call_and_validate(
                headers=headers, checks=[not_a_server_error, response_schema_conformance])
        except Exception as exc:  # one line per failure; keep going to count them all
            counts.failures.append(f"{operation.label} [{mode.value}]: "
                                   f"{str(exc).splitlines()[0] if str(exc) else exc!r}")
            return
        counts.by_status[response.status_code] = counts.by_status.get(
            response.status_code, 0) + 1

    try:
        one()
    except Unsatisfiable:
        counts.ungeneratable.append(f"{operation.label} [{mode.value}]")
