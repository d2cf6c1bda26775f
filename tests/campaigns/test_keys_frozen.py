"""Key computation changes no key: the keys of a varied frozen corpus (generated personas,
non-Latin scripts, homoglyphs, empty fields, hostile strings; see ``keys_corpus``) computed
now equal the keys frozen from the code before the speed-ups, whether the personas are keyed
all at once, one by one or in small batches."""

from __future__ import annotations

from typing import Any

import pytest

from tests.campaigns.keys_corpus import frozen, keys_json, records_of_corpus
from vetlink.campaigns.keys import persona_keys, persona_keys_many


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict[str, Any]], list[Any]]:
    rows = frozen()
    return rows, records_of_corpus([r["line"] for r in rows])


def differences(rows: list[dict[str, Any]], keys: list[Any]) -> list[str]:
    out = []
    for n, (row, key) in enumerate(zip(rows, keys, strict=True), start=1):
        now = keys_json(key)
        for name, value in row["keys"].items():
            if now[name] != value:
                out.append(f"line {n} {name}: frozen {str(value)[:200]} now {str(now[name])[:200]}")
    return out


def test_the_corpus_reaches_every_kind_of_key(corpus: Any) -> None:
    rows, _ = corpus
    kinds = {e.split(":", 1)[0] for r in rows for e in r["keys"]["entities"]}
    skeletons = {e.split(":")[1] for r in rows for e in r["keys"]["entities"]
                 if e.startswith("skeleton:")}
    assert {"company", "current", "acronym", "school", "domain", "url", "email", "phone",
            "handle", "script", "image", "skeleton"} <= kinds
    assert {"fee", "event", "pair"} <= skeletons
    assert sum(r["keys"]["minhash"] is not None for r in rows) >= 300
    assert any(r["keys"]["minhash"] is None for r in rows)
    assert any(r["keys"]["photo"] for r in rows)
    assert any(not r["keys"]["vouches"] for r in rows)


def test_keys_of_the_whole_batch_equal_the_frozen_keys(corpus: Any) -> None:
    rows, records = corpus
    assert differences(rows, persona_keys_many(records)) == []


def test_keys_one_by_one_and_in_small_batches_equal_the_frozen_keys(corpus: Any) -> None:
    rows, records = corpus
    assert differences(rows, [persona_keys(r) for r in records]) == []
    batched = [k for i in range(0, len(records), 7) for k in persona_keys_many(records[i:i + 7])]
    assert differences(rows, batched) == []
