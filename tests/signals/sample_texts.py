"""Realistic texts for pattern-equivalence tests: every string of the hand-made fixtures and
of the golden guard's generated profiles (a document that is not JSON counts as one text)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.golden.corpus import generated_docs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def strings_in(value: object) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def fixture_and_generated_texts(generated: int) -> list[str]:
    """The fixtures' strings, then those of ``generated`` golden-guard documents."""
    texts = [s for path in sorted(FIXTURES.rglob("*.json"))
             for s in strings_in(json.loads(path.read_text()))]
    for doc, _ in generated_docs(generated):
        try:
            texts.extend(strings_in(json.loads(doc)))
        except ValueError:
            texts.append(doc)
    return texts
