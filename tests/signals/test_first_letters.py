"""The first-letter form of the whole-word patterns (signals/first_letters.py) matches exactly
what the plain form matches, on real and generated texts, upper-cased, with look-alike
characters and on adversarial strings; it stays linear; its literal guard is the plain one's."""

from __future__ import annotations

import pickle
import random
import re
import string
import sys
import time

import pytest

from tests.signals.sample_texts import fixture_and_generated_texts
from vetlink.signals import profile, profile_career, profile_hallmarks, profile_language  # noqa: F401
from vetlink.signals.first_letters import (
    PROMOTE_AFTER,
    LazyWords,
    char_variants,
    first_letter_source,
    splits,
)
from vetlink.signals.literals import _guard_of, may_match, required_literals
from vetlink.signals.profile_helpers import WORDS_PHRASES, words_re, words_source

LOOK_ALIKE = str.maketrans({"i": "\u0131", "I": "\u0130", "k": "\u212a", "s": "\u017f"})
REWRITTEN = [(phrases, pattern) for phrases, pattern in WORDS_PHRASES
             if first_letter_source(phrases) is not None]


def sample_texts() -> list[str]:
    texts = fixture_and_generated_texts(400)
    return list(dict.fromkeys(t for t in texts if len(t) > 3))


def phrase_strings(phrases: tuple[str, ...], rng: random.Random) -> list[str]:
    """Strings built from the phrases' own words and characters: near misses, words glued
    to letters, digits and hyphens, mixed case and look-alikes."""
    words = re.findall(r"[A-Za-z0-9$£€¥]+", " ".join(phrases))
    glue = [" ", "-", "", "'", ".", "\n", "a", "1", "_", "/"]
    found = []
    for _ in range(300):
        parts = [rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 8))]
        text = "".join(parts)
        found += [text, text.upper(), text.title(), text.translate(LOOK_ALIKE)]
    return found


@pytest.fixture(scope="module")
def texts() -> list[str]:
    base = sample_texts()
    return base + [t.upper() for t in base] + [t.translate(LOOK_ALIKE) for t in base]


def test_every_words_pattern_is_rewritten():
    assert len(REWRITTEN) == len(WORDS_PHRASES) > 40


def test_letter_variants_are_exactly_what_re_ignorecase_matches():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_letters:
        matched = set(re.findall(re.escape(letter), every, re.IGNORECASE))
        assert matched == set(char_variants(letter)), letter


def test_same_spans_as_the_plain_pattern(texts):
    rng = random.Random(12)
    for phrases, pattern in REWRITTEN:
        plain = re.compile(words_source(*phrases), re.IGNORECASE)
        rewritten = pattern.compiled()
        assert rewritten.pattern == first_letter_source(phrases) != plain.pattern
        for text in texts + phrase_strings(phrases, rng):
            assert ([m.span() for m in rewritten.finditer(text)]
                    == [m.span() for m in plain.finditer(text)]), (phrases[:2], text)


def test_the_rewrite_finds_phrases_in_any_case():
    money = profile_language.MONEY_OFFER
    for text in ("Attractive fees", "ATTRACTIVE FEES", "attractive fees",
                 "\u0130NV\u0130TING EXPERTS", "All expenses paid", "USD 800 per report"):
        assert money.search(text) or profile_language.SOLICIT.search(text), text
    assert money.search("attractive fees").span() == (0, 15)
    assert money.search("unattractive fees") is None
    assert money.search("-attractive fees") is None


def test_a_phrase_that_cannot_be_split_keeps_the_plain_form():
    assert splits(r"\w+ fees") is None
    assert first_letter_source((r"fees", r"(?:a|b)*c")) is None
    assert splits(r"(?:all|full)?[- ]x") is not None
    assert splits(r"(?:all|full)?[- ]?x") is None  # a repeated first character


def test_a_pattern_runs_its_plain_form_first_then_the_first_letter_form():
    pattern = words_re(r"zebra(?:s|fish)?", r"okapi")
    WORDS_PHRASES.remove((pattern.phrases, pattern))
    assert pattern._plain is None  # made, not compiled
    assert pattern.pattern == words_source(r"zebra(?:s|fish)?", r"okapi")
    assert may_match(pattern, "an okapi") and not may_match(pattern, "a horse")
    assert pattern._plain is None  # the guard reads the plain form's parse
    assert pattern.search("Two ZEBRAS and an okapi").group(0) == "ZEBRAS"
    assert pattern._plain.pattern == pattern.pattern and "search" not in vars(pattern)
    for _ in range(PROMOTE_AFTER):
        assert [m.group(0) for m in pattern.finditer("zebrafish, zebra-crossing, Okapi")] == [
            "zebrafish", "Okapi"]
    assert vars(pattern)["search"].__self__.pattern == first_letter_source(pattern.phrases)
    assert [m.group(0) for m in pattern.finditer("zebrafish, zebra-crossing, Okapi")] == [
        "zebrafish", "Okapi"]
    copied = pickle.loads(pickle.dumps(pattern))
    assert isinstance(copied, LazyWords) and copied.findall("okapi zebra") == ["okapi", "zebra"]


def test_a_pattern_that_cannot_be_rewritten_runs_in_its_plain_form():
    pattern = LazyWords((r"\w+ fees",), words_source(r"\w+ fees"))
    assert pattern.compiled().pattern == words_source(r"\w+ fees")
    assert pattern.compiled().flags & re.IGNORECASE
    assert pattern.search("Attractive FEES").group(0) == "Attractive FEES"


def test_the_guard_is_the_plain_patterns():
    for phrases, pattern in REWRITTEN:
        plain = re.compile(words_source(*phrases), re.IGNORECASE)
        literals = required_literals(plain)
        expected = None if literals is None else tuple(s for s in literals if s != "\u2400digit")
        assert _guard_of(pattern)[1] == expected, phrases[:2]


def cpu(pattern: re.Pattern[str], text: str) -> float:
    start = time.process_time()
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - start


@pytest.mark.parametrize("name", ["MONEY_OFFER", "SOLICIT", "OPPORTUNITY", "DUAL_USE",
                                  "BUZZWORDS"])
def test_linear_on_hostile_strings_of_its_own_alphabet(name):
    pattern = getattr(profile_language, name).compiled()
    alphabet = sorted(set(pattern.pattern) - set("\n"))
    rng = random.Random(7)
    hostile = ["".join(rng.choice(alphabet) for _ in range(200_000)),
               "a" * 200_000, "attractive " * 18_000, "study visits " * 15_000,
               "expenses-" * 22_000, "$1" * 100_000]
    for text in hostile:
        small = max(cpu(pattern, text[:20_000]), 1e-4)
        assert cpu(pattern, text) < max(40 * small, 1.0), (name, text[:30])
