"""Money amounts in any common currency and number format ("USD 500–1,500", "€2.000",
"2.000 €", "1 500 €", "1.500 dólares", "30 000 руб.", "5000元", "¥10,000", "3万元人民币").

:data:`MONEY` is a regex *source* (spliced into the per-language patterns of
:mod:`vetlink.signals.lexicons` and the English rules); :data:`MONEY_RE` finds amounts on their
own. Which separator is a thousands separator and which a decimal point is left to
``price-parser`` (:func:`parse_amount`), which reads every one of these formats."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import cast

CURRENCY_SYMBOL = r"[$£€¥￥₽₹]"
CURRENCY_CODE = (r"(?:usd|eur|gbp|chf|jpy|cny|rmb|rub|usdt|usdc|btc|eth|hkd|sgd|aed|inr|"
                 r"cad|aud)")
# Currency words that follow an amount, in the supported languages (CJK ones need no
# boundary: Chinese has no spaces).
CURRENCY_WORD = (r"(?:(?:dollars?|euros?|pounds?|sterling|d[oó]lares|libras?|dollari|"
                 r"sterline|franken|francs?|долл\w{0,5}|евро|руб\w{0,4}|юан\w{0,3}|"
                 r"k€|t€)(?![\w])\.?|(?:万|千)?(?:美元|欧元|英镑|元|块)(?:人民币)?)")
AMOUNT = r"(?:\d{1,3}(?:[ .,'’\u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)"
MULTIPLIER = r"(?:\s?(?:k|m|mil|тыс\.?|млн\.?)(?![\w])|万|千)?"
NUMBER = rf"{AMOUNT}{MULTIPLIER}"
RANGE = rf"{NUMBER}(?:\s?(?:[-–—~]|至|到|to|bis|à|a|до)\s?{CURRENCY_SYMBOL}?\s?{NUMBER})?"
MONEY = (rf"(?<![0-9A-Za-z.,])(?:(?:{CURRENCY_SYMBOL}|{CURRENCY_CODE}(?![\w]))\s?{RANGE}"
         rf"|{RANGE}\s?(?:{CURRENCY_SYMBOL}|{CURRENCY_CODE}(?![\w])|{CURRENCY_WORD}))")
MONEY_RE = re.compile(MONEY, re.I)


def parse_amount(text: str) -> tuple[Decimal | None, str | None]:
    """(amount, currency) of the first amount written in ``text``, read by price-parser
    (``"2.000 €"`` -> 2000, ``"1 500 $"`` -> 1500, ``"€2.50"`` -> 2.5)."""
    from price_parser import Price

    price = Price.fromstring(text)
    return price.amount, price.currency


def amounts(text: str) -> list[str]:
    """Every money amount written in the text, as written, when price-parser reads a
    positive amount in it."""
    found = []
    for match in MONEY_RE.finditer(text):
        amount, _ = parse_amount(match.group(0))
        if amount is not None and amount > 0:
            found.append(" ".join(match.group(0).split()))
    return found


def lazy_money(after: str = "") -> re.Pattern[str]:
    """``re.compile(MONEY + after, re.IGNORECASE)``, compiled when used and then in the form
    of :func:`money_first_char` (:class:`~vetlink.signals.first_letters.LazyPattern`)."""
    from functools import partial

    from vetlink.signals.first_letters import LazyPattern

    return cast(re.Pattern[str], LazyPattern(MONEY + after, re.IGNORECASE,
                                             partial(money_first_char, after)))


def money_first_char(after: str = "") -> str:
    """The source of ``re.compile(MONEY + after, re.IGNORECASE)`` written so that the regex
    engine can skip, in C, to the characters an amount can start with: to be compiled
    *without* flags. The plain form starts with a look-behind, so the engine tries it at
    every position; here the first character (a currency symbol, a digit, or the first
    letter of a currency code, as the exact set of characters it matches under
    re.IGNORECASE) is consumed first, the look-behind is tested on the character before
    it, and each kind of start continues with the rest of its own alternative:

      symbol:  SYMBOL\\s?RANGE
      code:    CODE(?!\\w)\\s?RANGE        (the code's other letters, by first letter)
      digit:   RANGE\\s?(SYMBOL|CODE(?!\\w)|WORD)   (\\d{1,3} as \\d then \\d{0,2}...)

    The three starts are disjoint (no symbol is a digit or a letter), and each rest is its
    alternative without its first character, tried in the same order, so the matches are
    the plain form's (tests/signals/test_money_first_char.py compares both)."""
    from vetlink.signals.first_letters import char_variants, class_body

    codes = CURRENCY_CODE[3:-1].split("|")  # "(?:usd|eur|...)"
    assert all(code.isalpha() and code.isascii() for code in codes), CURRENCY_CODE
    by_first: dict[str, list[str]] = {}
    for code in codes:
        by_first.setdefault(code[0], []).append(code[1:])
    code_starts = "|".join(f"(?<=[{class_body(char_variants(first) or first)}])"
                           f"(?:{'|'.join(rests)})" for first, rests in by_first.items())
    letters = "".join(char_variants(first) or first for first in by_first)
    amount_rest = (r"(?:\d{0,2}(?:[ .,'’\u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?"
                   r"|\d{0,8}(?:[.,]\d{1,2})?)")
    range_rest = RANGE.replace(NUMBER, amount_rest + MULTIPLIER, 1)
    assert AMOUNT in RANGE and RANGE.startswith(NUMBER), RANGE
    symbols = CURRENCY_SYMBOL[1:-1]
    return (rf"[{symbols}\d{class_body(letters)}](?i:(?<![0-9A-Za-z.,].)(?:"
            rf"(?<={CURRENCY_SYMBOL})\s?{RANGE}"
            rf"|(?:{code_starts})(?![\w])\s?{RANGE}"
            rf"|(?<=\d){range_rest}\s?(?:{CURRENCY_SYMBOL}|{CURRENCY_CODE}(?![\w])|"
            rf"{CURRENCY_WORD})){after})")
