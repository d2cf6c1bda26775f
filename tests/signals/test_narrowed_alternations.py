"""Narrowed alternations (signals/literals.py ``narrowed``): a whole-word pattern scanned with
only the alternatives whose literals are in the text finds exactly the matches of the whole
pattern, on ordinary, upper-cased, odd-character and adversarial texts."""

from __future__ import annotations

import random
import re

from tests.signals.test_literal_guards import PHRASES, fixture_texts, module_patterns, variants
from vetlink.signals import profile_language
from vetlink.signals.literals import _ALTERNATIONS, alternation, fold, narrowed


def alternations() -> list[re.Pattern[str]]:
    found = [p for p in module_patterns() if id(p) in _ALTERNATIONS]
    return list({id(p): p for p in found}.values())


def spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def odd_texts(rng: random.Random) -> list[str]:
    """Literal fragments glued by hyphens, digits, newlines and case look-alikes."""
    pieces = ["paid", "fees", "expenses", "Attractive", "honoraria", "per diem", "USD 500",
              "consulting", "expert", "lucrative", "ſeed funding", "\u212aeynote", "\u0130nvite",
              "-", "\n", " ", "  ", "£", "2.000 €", "world-class", "think tank", "quantum",
              "leverag", "synergy", "çà", "ü", "\u00a0", "/", "per report"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(400)]


def test_there_are_alternations_to_narrow() -> None:
    assert len(alternations()) > 20
    assert id(profile_language.MONEY_OFFER) in _ALTERNATIONS


def test_narrowed_patterns_find_the_same_matches() -> None:
    rng = random.Random(2026)
    texts = [v for t in fixture_texts() + PHRASES for v in variants(t, rng)] + odd_texts(rng)
    matched = 0
    for pattern in alternations():
        for text in texts:
            expected = spans(pattern, text)
            matched += bool(expected)
            assert spans(narrowed(pattern, fold(text)), text) == expected, \
                (pattern.pattern[:60], text)
    assert matched > 500  # the texts exercise the patterns


def test_narrowing_keeps_only_alternatives_whose_literals_are_present() -> None:
    money = profile_language.MONEY_OFFER
    text = "A lucrative role."
    smaller = narrowed(money, fold(text))
    assert smaller is not None and smaller is not money
    assert len(smaller.pattern) < len(money.pattern) / 5
    found = smaller.search(text)
    assert found is not None and found.group(0) == "lucrative"
    assert narrowed(money, fold("Engineer working on flight control software.")) is None


def test_alternatives_keep_their_order_and_groups_are_never_renumbered() -> None:
    # leftmost-first: at one position the earlier alternative wins, narrowed or not
    pattern = alternation([r"paid trips?", r"paid", r"trips abroad"], r"\b", r"\b")
    text = "paid trips home"  # "trips abroad" cannot match: left out, the others in order
    smaller = narrowed(pattern, fold(text))
    assert smaller is not None and smaller is not pattern
    assert spans(smaller, text) == spans(pattern, text) == [(0, 10)]
    grouped = alternation([r"(a)bcd", r"efgh"])
    assert id(grouped) not in _ALTERNATIONS  # a capturing group: never narrowed
    assert narrowed(grouped, "efgh") is grouped


def test_narrowed_scans_stay_linear_on_long_adversarial_text() -> None:
    text = "paid " * 20_000 + "expenses-" * 10_000 + "a" * 100_000
    for pattern in alternations():
        scan = narrowed(pattern, fold(text))
        if scan is not None:
            scan.search(text[-300_000:])  # a subset of a linear pattern's alternatives
