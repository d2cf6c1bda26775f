"""The profile's amount patterns in the first-character form of signals/money.py match
exactly what their plain form (the money source compiled with re.IGNORECASE) matches, on
real and generated texts and on strings built from the characters the pattern tests; they
stay linear on hostile strings."""

from __future__ import annotations

import random
import re
import time

import pytest

from tests.signals.sample_texts import fixture_and_generated_texts

# every profile module, in the catalogue's order: importing profile_language alone first
# would register its signals before those of profile and profile_career, and the order of
# a check's "not checked" list (part of the golden digests) would follow
from vetlink.signals import profile, profile_career, profile_hallmarks, profile_language  # noqa: F401
from vetlink.signals.money import MONEY, money_first_char

PAIRS = [  # (the rewritten form, the plain source)
    (profile_language.AMOUNT_OFFER.compiled(), profile_language.AMOUNT_OFFER.pattern),
    (profile_language.AMOUNT_PER_PIECE.compiled(), profile_language.AMOUNT_PER_PIECE.pattern),
    (re.compile(money_first_char()), MONEY),
]
# pieces of amounts, currencies, separators, units and look-alike letters
PIECES = ["1", "12", "500", "1,500", "2.000", "1 500", "30\u00a0000", "9", "0", "٣", "७",
          ",", ".", "'", "’", " ", "-", "–", "~", " to ", " bis ", " à ", " a ", "до", "至",
          "$", "£", "€", "¥", "￥", "₽", "₹", "usd", "USD", "Usd", "eur", "EUR", "gbp", "chf",
          "usdt", "uſd", "\u0130NR", "ınr", "btc", "eth", "sgd", "ſgd", "aed", "cad", "aud",
          "rmb", "rub", "jpy", "cny", "hkd", "k", "K", "m", "mil", "тыс.", "млн", "万", "千",
          "dollars", "Euros", "pounds", "sterling", "dólares", "libras", "франк", "евро",
          "руб.", "рублей", "юаней", "美元", "元", "人民币", "k€", "per ", "/", "an ", "each ",
          "for each ", "hour", "hr", "call", "day", "article", "report", "paper", "briefing",
          "x", "A", "_", "z9", "\n", "\t"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = fixture_and_generated_texts(600)
    rng = random.Random(5)
    for _ in range(30_000):
        found.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9))))
    return found


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("index", range(len(PAIRS)))
def test_same_matches_as_the_plain_form(texts, index):
    rewritten, plain_source = PAIRS[index]
    plain = re.compile(plain_source, re.IGNORECASE)
    assert rewritten.pattern != plain.pattern and not rewritten.flags & re.IGNORECASE
    matched = 0
    for text in texts:
        found = spans(rewritten, text)
        assert found == spans(plain, text), text
        matched += bool(found)
    assert matched > 200  # the strings exercise the pattern


def test_an_amount_per_piece_of_work_is_found():
    per_piece = profile_language.AMOUNT_PER_PIECE
    assert per_piece.search("papers at USD 500–1,500 per report").group(0) == \
        "USD 500–1,500 per report"
    assert per_piece.search("2.000 € pro Bericht") is None  # German units are not listed
    assert per_piece.search("£300 an hour").group(0) == "£300 an hour"
    assert per_piece.search("A300 per hour") is None  # a model number, not an amount
    assert profile_language.AMOUNT_OFFER.search("fee: 1 500 dollars").group(0) == \
        "1 500 dollars"


def cpu(pattern: re.Pattern[str], text: str) -> float:
    start = time.process_time()
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - start


@pytest.mark.parametrize("index", range(len(PAIRS)))
def test_linear_on_hostile_strings(index):
    pattern = PAIRS[index][0]
    rng = random.Random(9)
    hostile = ["".join(rng.choice(PIECES) for _ in range(60_000)), "1" * 200_000,
               "1,000 " * 30_000, "$1" * 100_000, "usd " * 50_000, "1.5 to " * 30_000,
               "1 " * 100_000]
    for text in hostile:
        small = max(cpu(pattern, text[:20_000]), 1e-4)
        assert cpu(pattern, text) < max(40 * small, 1.0), text[:30]
