"""The profile signals' sentence break (profile_helpers._SENTENCE_BREAK, written to start with
a whitespace character so that the engine skips to candidates in C) splits every text exactly
as the plain form does, and stays linear on hostile strings."""

from __future__ import annotations

import json
import random
import re
import time

from tests.golden.corpus import generated_docs
from vetlink.signals.profile_helpers import _SENTENCE_BREAK, SENTENCE_BREAK_PLAIN, sentences

PLAIN = re.compile(SENTENCE_BREAK_PLAIN)
# the characters the alternatives test, other whitespace, and ordinary text
ALPHABET = [" ", " ", "\n", "\t", "\r", "\u00a0", "\u2028", ".", "!", "?", "•", "|", "a", "b",
            "é", "1", "-", ","]


def test_the_same_split_as_the_plain_form_on_random_strings():
    rng = random.Random(31)
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 24)))
        assert _SENTENCE_BREAK.split(text) == PLAIN.split(text), repr(text)


def test_the_same_split_on_generated_profile_texts():
    checked = 0
    for doc, _ in generated_docs(600):
        try:
            data = json.loads(doc)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        jobs = data.get("experience") if isinstance(data.get("experience"), list) else []
        for text in [data.get("headline"), data.get("about")] + [
                job.get("description") for job in jobs if isinstance(job, dict)]:
            if isinstance(text, str):
                assert _SENTENCE_BREAK.split(text) == PLAIN.split(text)
                checked += 1
    assert checked > 1000


def test_sentences_are_split_at_ends_newlines_and_bullets():
    assert sentences("Led a team. Built radar!  Next?\n\nYes • no | maybe") == [
        "Led a team.", "Built radar!", "Next?", "Yes", "no", "maybe"]
    assert sentences("v1.2 release\tand 3.5 k") == ["v1.2 release\tand 3.5 k"]
    assert sentences(" • leading bullet") == ["leading bullet"]  # nothing before it: a break


def cpu(text: str) -> float:
    start = time.process_time()
    _SENTENCE_BREAK.split(text)
    return time.process_time() - start


def test_linear_on_hostile_strings():
    for unit in (" ", ". ", " •", "\n", " \u00a0", "a •  ", "! |"):
        text = unit * (200_000 // len(unit))
        small = max(cpu(text[:20_000]), 1e-4)
        assert cpu(text) < max(40 * small, 1.0), repr(unit)
