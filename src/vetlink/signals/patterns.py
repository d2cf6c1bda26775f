"""Contact-detail patterns shared by the message and the profile signals.

Kept apart from :mod:`vetlink.signals.message` so that checking a profile does not import the
message rules. Light on purpose: a few compiled patterns, no signal is registered here."""

from __future__ import annotations

import re
from functools import lru_cache

from vetlink.signals.message_view import rx

# Private messaging apps a contact may try to move a conversation to.
OFF_PLATFORM_APPS = [
    rx(r"whats ?app", r"we ?chat", r"telegram", r"skype", r"viber", r"kakao ?talk", r"line app",
       r"(?:on|via|over|use|download|install) signal", r"signal (?:app|messenger|number|chat)",
       r"threema", r"wickr", r"session app"),
]
# An international phone number (+44..., 0044...); callers keep those of 9 to 15 digits.
PHONE_RE = re.compile(r"(?<![\w/#])(?:\+|00)\d[\d \-().]{7,18}\d(?!\w)")
# A run that may hold a national number: only such texts are given to ``phonenumbers``.
PHONE_HINT = re.compile(r"(?<![\w/#])\(?0\d[\d \-().]{6,16}\d(?!\w)")
# The countries of the supported languages, for numbers written in national format.
NATIONAL_REGIONS = ("GB", "US", "DE", "FR", "ES", "IT", "RU", "CN")


MAX_NATIONAL_CANDIDATES = 50  # a budget: each candidate is parsed once per region


@lru_cache(maxsize=64)
def phone_numbers(text: str) -> tuple[str, ...]:
    """Phone numbers in the text, as written: international ones (+44..., 0044..., 9 to 15
    digits), and national ones ("06 39 98 12 45", "030 12345678") that ``phonenumbers``
    finds valid for one of :data:`NATIONAL_REGIONS` (the first
    :data:`MAX_NATIONAL_CANDIDATES` candidates only, so that a long text stays fast)."""
    found: dict[str, str] = {}
    for match in PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 9 <= len(digits) <= 15:
            found.setdefault(digits[-9:], match.group(0).strip())
    for number in national_numbers(text):
        found.setdefault(re.sub(r"\D", "", number)[-9:], number)
    return tuple(found.values())


def national_numbers(text: str) -> list[str]:
    import phonenumbers

    numbers = []
    for index, match in enumerate(PHONE_HINT.finditer(text)):
        if index >= MAX_NATIONAL_CANDIDATES:
            break
        candidate = match.group(0).strip(" -.(")
        for region in NATIONAL_REGIONS:
            try:
                number = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                numbers.append(candidate)
                break
    return numbers
