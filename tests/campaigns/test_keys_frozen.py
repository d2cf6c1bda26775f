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


ALPHABET = [*"aAtTwWhHpPsSeElLgGkKrRmM0123456789 ._-:/@+#()\n",
            "\u0130", "\u0131", "\u017f", "\u212a", "\u0663", "微", "信", "é", "\u0307"]
NAMES = ["telegram", "wechat", "we chat", "weixin", "whatsapp", "kakao", "line", "tg", "signal",
         "www.", "http://", "https://", "example.com", "a@b.co", "+44 20 7946 01", "0044 20 7946",
         "(020) 7946 0123", "020 79"]


def fuzz(count: int, seed: int) -> list[str]:
    """Short random strings over the characters the patterns look at, with app names, link
    and number fragments in random case spliced in."""
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 16)))
        for name in rng.sample(NAMES, rng.randint(0, 2)):
            at = rng.randint(0, len(text))
            name = "".join(c.upper() if rng.random() < 0.3 else c for c in name)
            text = text[:at] + name + text[at:]
        out.append(text)
    return out


def test_a_gate_says_no_only_when_its_pattern_cannot_match() -> None:
    from vetlink.campaigns.entities import (
        HANDLE_RE,
        NATIONAL_GATE,
        PHONE_GATE,
        PHONE_HINT,
        PHONE_RE,
        URL_GATE,
        URL_RE,
        may_name_app,
    )
    from vetlink.campaigns.keys import PLACEHOLDER_GATES, PLACEHOLDERS

    texts = fuzz(40_000, 10)
    misses = []
    for text in texts:
        gates = [(URL_GATE.search(text), URL_RE), (PHONE_GATE.search(text), PHONE_RE),
                 (NATIONAL_GATE.search(text), PHONE_HINT), (may_name_app(text), HANDLE_RE)]
        folded = text.casefold()
        gates += [(not gate or any(g in folded for g in gate), pattern)
                  for (pattern, _), gate in zip(PLACEHOLDERS, PLACEHOLDER_GATES, strict=True)]
        misses += [(text, pattern.pattern[:30]) for passed, pattern in gates
                   if not passed and pattern.search(folded if pattern in dict(PLACEHOLDERS)
                                                    else text)]
    assert misses == []
    # and the gates do let texts through: the fuzz reaches every pattern
    assert all(sum(bool(p.search(t)) for t in texts) > 100
               for p in (URL_RE, PHONE_RE, PHONE_HINT, HANDLE_RE))


def test_lines_are_read_as_json_reads_them() -> None:
    """orjson reads a line only where it gives what ``json.loads`` gives; the rest (big
    integers, NaN, lone surrogates, a BOM, UTF-16, invalid JSON) reads or fails as before."""
    import json

    from vetlink.campaigns.lines import read_line

    def loads(raw: bytes) -> object:
        return read_line(raw)[0]

    cases = [b"1e400", b"-0.0", b"4.9e-324", b"0.30000000000000004", b"9007199254740993",
             str(2 ** 64).encode(), str(2 ** 64 - 1).encode(), str(-2 ** 63 - 1).encode(),
             b'{"a":1,"a":2,"b":3}', b'"\\ud800"', b"\xef\xbb\xbf{}",
             '{"a":1}'.encode("utf-16"), b"NaN", b"[" * 600 + b"]" * 600, b'"\\u0000"',
             b'{"n": 123456789012345678901234567890}', b'"\xff"', b'{"a":1}x', b""]
    for raw in cases:
        outcomes = []
        for read in (json.loads, loads):
            try:
                value = read(raw)
                outcomes.append((repr(value), type(value)))
            except (ValueError, RecursionError) as exc:
                outcomes.append((type(exc).__name__, str(exc)))
        assert outcomes[0] == outcomes[1], raw


def test_the_canonical_json_of_a_line_is_json_dumps_sorted_and_compact() -> None:
    """The digest of a line (its import key) hashes the same bytes whichever library wrote
    them: every character, escapes, floats, big integers, deep nesting."""
    import json

    from vetlink.campaigns.lines import canonical_json, read_line

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    values: list[object] = [
        {every: every, "b": [every[:5000], 1, -5, True, None, {}, []]},
        {"x": 1.5, "y": 1e-05, "z": 1e16, "w": -0.0}, {"n": 2 ** 64 - 1, "m": -2 ** 63},
        {"n": 2 ** 64}, {"s": "\u2028\u2029\x7f\\/\"\b\f\n\r\t\x00\x1f"},
        {"deep": json.loads("[" * 300 + "]" * 300)}, {"v1.0": "2e5", "k": "1234567890123456789"},
        [1, [2.5]], {"a": [-1e5]}, {"a": -12345678901234567890}, {"a": "x, 2.5", "b": 5},
        {chr(c) + "k": c for c in range(0, 0x3000, 7)},
    ]
    for value in values:
        raw = json.dumps(value, ensure_ascii=False).encode()
        data, plain = read_line(raw)
        expected = json.dumps(json.loads(raw), sort_keys=True, ensure_ascii=False,
                              separators=(",", ":")).encode()
        assert canonical_json(data, plain) == expected
    assert read_line(json.dumps(values[4], ensure_ascii=False).encode())[1]  # orjson's path
    assert not read_line(json.dumps(values[1]).encode())[1]  # floats: json's


def test_numbers_orjson_would_read_or_write_otherwise_are_left_to_json() -> None:
    from vetlink.campaigns.lines import read_line

    for raw in (b"1.5", b"[1,2.0]", b'{"a": -0.5}', b'{"a":\n 1E3}', b'{"a": [1e-5]}',
                b'{"a": 12345678901234567890}', b'{"a":-9223372036854775809}'):
        assert read_line(raw)[1] is False, raw
    for raw in (b'{"a": 5}', b'{"a": "2015. 3.5e2 12345678901234567890"}', b"[-1, 0]"):
        assert read_line(raw)[1] is True, raw
