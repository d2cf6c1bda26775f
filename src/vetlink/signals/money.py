"""Money amounts in any common currency and number format ("USD 500–1,500", "€2.000",
"2.000 €", "1 500 €", "1.500 dólares", "30 000 руб.", "5000元", "¥10,000", "3万元人民币").

:data:`MONEY` is a regex *source* (spliced into the per-language patterns of
:mod:`vetlink.signals.lexicons` and the English rules); :data:`MONEY_RE` finds amounts on their
own. Which separator is a thousands separator and which a decimal point is left to
``price-parser`` (:func:`parse_amount`), which reads every one of these formats."""

from __future__ import annotations

import re
from decimal import Decimal

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
