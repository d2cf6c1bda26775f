"""The skeleton of an approach script: what a translated or reworded script keeps.

A script run in several languages, or paraphrased, shares no word pairs with its copies (the
``script`` bands of :mod:`vetlink.campaigns.keys` miss it), but its *skeleton* survives: the
money it offers (amount and currency, in any number format and language: "USD 2,000",
"2.000 $", "2000美元", "2 000 долларов" are all ``fee:USD:2000``) and the named events it
invites to ("the Maritime Futures Conference" stays in English in a French message). The
skeleton of a persona is a few ``skeleton:<token>`` entities of its contact's messages:

- ``fee:<ISO currency>:<amount>``: every amount (each end of a range) found by the signals'
  money pattern (:data:`vetlink.signals.money.MONEY_RE`, read by price-parser: the one
  implementation of amounts) with its multiplier ("2k", "1万") applied;
- ``event:<name>``: a capitalised Latin name of two or more words around an event word
  ("Maritime Futures Conference", "Forum Énergie Sécurité"), folded to lower-case ASCII;
- ``pair:<fee>|<event>``: a fee offered for a named event, rarer than either alone.

Each value weighs by its rarity like every other entity (``Weights`` in
:mod:`vetlink.campaigns.link`): a public conference's registration fee, quoted by its many
genuine organisers, weighs nothing. Skeleton evidence is approach evidence: it never links a
pair on its own (:mod:`vetlink.campaigns.evidence`: it needs at least ``SKELETON_BITS`` and
``SKELETON_LURES`` finding ids in common, see ``skeleton_corroborated``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from vetlink.signals.money import MONEY_RE, parse_amount
from vetlink.signals.profile_helpers import ascii_fold

MAX_CHARS = 20_000  # characters of the contact's messages read
MAX_FEES = 4  # fee values kept per persona (the first ones)
MAX_EVENTS = 4
# Currency words, symbols and codes -> ISO 4217 (a bare "¥" is read as yuan: the scripts
# that quote it are Chinese far more often than Japanese)
CURRENCIES = (
    ("USD", r"us\$|usd|\$|dollars?|d[oó]lares|dollari|долл\w{0,5}|美元|美金"),
    ("EUR", r"eur|€|euros?|евро|欧元|k€|t€"),
    ("GBP", r"gbp|£|pounds?|sterling|libras?|sterline|英镑"),
    ("CNY", r"cny|rmb|元|块|人民币|￥|¥|юан\w{0,3}"),
    ("RUB", r"rub|₽|руб\w{0,4}"),
    ("CHF", r"chf|franken|francs?"),
    ("JPY", r"jpy"),
    ("INR", r"inr|₹"),
    ("HKD", r"hkd"), ("SGD", r"sgd"), ("AED", r"aed"), ("CAD", r"cad"), ("AUD", r"aud"),
    ("USDT", r"usdt|usdc"), ("BTC", r"btc"), ("ETH", r"eth"),
)
CURRENCY_RES = tuple((code, re.compile(rf"(?<![a-z])(?:{pattern})(?![a-z])", re.I))
                     for code, pattern in CURRENCIES)
NUMBER_RE = re.compile(
    r"(?P<num>\d{1,3}(?:[ .,'’\u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)"
    r"\s?(?P<mult>k(?![a-z])|m(?![a-z])|mil(?![a-z])|тыс|млн|万|千)?", re.I)
MULTIPLIERS = {"k": 1_000, "тыс": 1_000, "千": 1_000, "万": 10_000, "m": 1_000_000,
               "mil": 1_000_000, "млн": 1_000_000}
# Words that make a capitalised name an event (English, German, French, Spanish, Italian).
EVENT_WORDS = frozenset({
    "conference", "conferences", "summit", "forum", "symposium", "congress", "workshop",
    "roundtable", "dialogue", "expo", "exhibition", "convention", "colloquium", "seminar",
    "masterclass", "week", "days", "awards", "fellowship", "retreat", "salon",
    "konferenz", "gipfel", "kongress", "tagung", "dialog", "fachtagung", "sommet", "congres",
    "colloque", "rencontres", "assises",
    "conferencia", "cumbre", "foro", "congreso", "jornadas", "simposio", "conferenza",
    "vertice", "congresso",
})
# A capitalised word (any Latin letters), an acronym, or a year; joined by small words.
CAP_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]{0,30}|[A-Z]{2,8}|20\d\d)"
LINK_WORD = r"(?:of|for|on|the|and|&|de|du|des|la|le|der|die|für|del|di|y|et|und|sur)"
NAME_RE = re.compile(rf"{CAP_WORD}(?:[ \t]{{1,2}}(?:{LINK_WORD}[ \t]{{1,2}}){{0,2}}{CAP_WORD})"
                     r"{1,7}")


def currency_of(text: str) -> str | None:
    """The ISO code of the currency written in an amount ("2.000 €" -> EUR); None if none."""
    for code, pattern in CURRENCY_RES:
        if pattern.search(text):
            return code
    return None


def fee_values(text: str) -> list[str]:
    """``<ISO>:<amount>`` of each amount (each end of a range) in the text."""
    out: list[str] = []
    for match in MONEY_RE.finditer(text):
        written = match.group(0)
        currency = currency_of(written)
        if currency is None:
            continue
        for number in NUMBER_RE.finditer(written):
            value = amount_of(number.group("num"), number.group("mult"))
            if value is not None and value > 0:
                out.append(f"{currency}:{value.normalize():f}")
    return list(dict.fromkeys(out))


def amount_of(number: str, multiplier: str | None) -> Decimal | None:
    """A number as written ("2,000", "1.000", "1 000,50") with its multiplier applied."""
    amount, _ = parse_amount(number)
    if amount is None:
        return None
    try:
        return (amount * MULTIPLIERS.get((multiplier or "").lower(), 1)).quantize(Decimal(1))
    except InvalidOperation:
        return None


def event_names(text: str) -> list[str]:
    """Capitalised names of two or more words that contain an event word, folded to lower
    case ASCII ("the Maritime Futures Conference in London" -> "maritime futures
    conference")."""
    out = []
    for match in NAME_RE.finditer(text):
        words = ascii_fold(match.group(0)).casefold().split()
        if not EVENT_WORDS.intersection(w.strip("'’") for w in words):
            continue
        while words and re.fullmatch(LINK_WORD, words[0]):
            words.pop(0)
        if len(words) >= 2:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


def skeleton_entities(messages: list[str]) -> frozenset[str]:
    """The ``skeleton:`` entities of a contact's messages (see the module docstring)."""
    text = "\n".join(messages)[:MAX_CHARS]
    if not text:
        return frozenset()
    fees = fee_values(text)[:MAX_FEES] if any(c.isdigit() for c in text) else []
    events = event_names(text)[:MAX_EVENTS]
    out = {f"skeleton:fee:{f}" for f in fees} | {f"skeleton:event:{e}" for e in events}
    out |= {f"skeleton:pair:{f}|{e}" for f in fees for e in events}
    return frozenset(out)

