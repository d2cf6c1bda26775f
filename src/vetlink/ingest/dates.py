"""Dates as profile pages and exports show them: "January 2020", "Jan 2020", "2019",
"Present", and ranges such as "May 2019 - Present (3 years)" or "Jan 2020 – Dec 2021 · 2 yrs".

Everything comes out as ``YYYY`` or ``YYYY-MM``; an open end ("Present") is ``None``.
Month names are known in English and in the other languages LinkedIn exports in most often.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio",
        "januari", "gen", "январь", "января", "янв"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero",
        "fevereiro", "fev", "febbraio", "februari", "февраль", "февраля", "фев"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart",
        "март", "марта"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mag", "mei", "май", "мая"),
    6: ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "июнь", "июня", "июн"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "июль", "июля",
        "июл"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "август", "августа",
        "авг"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre",
        "сентябрь", "сентября", "сен"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre",
         "ott",
         "октябрь", "октября", "окт"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
         "dic", "dezembro", "dicembre", "декабрь", "декабря", "дек"),
}
MONTHS: dict[str, int] = {name: num for num, names in _MONTH_NAMES.items() for name in names}

PRESENT_WORDS = (
    "present", "now", "today", "current", "heute", "aujourd’hui", "aujourd'hui", "actualidad",
    "presente", "atual", "o momento", "momento", "oggi", "heden", "настоящее время", "н.в.",
    "по настоящее время",
)

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_PRESENT_ALT = "|".join(sorted((re.escape(p) for p in PRESENT_WORDS), key=len, reverse=True))
# One date: "January 2020", "Jan. 2020", "01/2020", "2020-01", "2020", "Present".
DATE = (
    rf"(?:(?:{_MONTH_ALT})\.?\s+(?:de\s+)?\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}|\d{{4}}"
    rf"|{_PRESENT_ALT})"
)
_DASH = r"\s*(?:-|–|—|to|bis|à|a|até|по)\s*"
RANGE_RE = re.compile(rf"(?<!\w)(?P<start>{DATE})(?:{_DASH}(?P<end>{DATE}))?(?!\w)",
                      re.IGNORECASE)
FULL_RANGE_RE = re.compile(rf"^\s*(?:с\s+)?{RANGE_RE.pattern}\s*(?P<rest>.*)$", re.IGNORECASE)
# What may follow a range: a duration "(3 years 2 months)" or "· 3 yrs 2 mos".
DURATION_RE = re.compile(
    r"^[\s(·•,]*+(?:less than a year|\d+\s*+\+?\s*+(?:years?|yrs?|months?|mos?|mo|y|m|jahre?"
    r"|monate?|j|mon|ans?|an|mois|años?|meses|mes|anos?|anni|anno|mesi|mese|jaar|maanden|maand"
    r"|год|года|лет|месяцев|месяца|месяц)\b\.?[\s,]*+)*[)\s]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    start: str | None
    end: str | None  # None = ongoing ("Present") when ``ongoing``; else unknown
    ongoing: bool = False


def parse_date(text: str) -> str | None:
    """``"January 2020"`` -> ``"2020-01"``; ``"2019"`` -> ``"2019"``; else ``None``.

    "Present" gives ``None`` too: callers that need to tell it apart use :func:`is_present`.
    """
    value = text.strip().strip(".,()").lower()
    if m := re.fullmatch(r"(\d{4})", value):
        return m.group(1)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _year_month(m.group(1), int(m.group(2)))
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", value):
        return _year_month(m.group(2), int(m.group(1)))
    if m := re.fullmatch(r"\A([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4})", value):
        month = MONTHS.get(m.group(1))
        return _year_month(m.group(2), month) if month else None
    return None


def _year_month(year: str, month: int) -> str | None:
    return f"{year}-{month:02d}" if 1 <= month <= 12 else year


def is_present(text: str) -> bool:
    return text.strip().strip(".,()").lower() in PRESENT_WORDS


def parse_range(text: str) -> DateRange | None:
    """A whole line that is a date range (optionally followed by a duration), else ``None``.

    ``"May 2019 - Present (3 years)"`` -> ``DateRange("2019-05", None, ongoing=True)``.
    A single date (``"2012"``) is a range of one: start and end are the same.
    """
    m = FULL_RANGE_RE.match(text)
    if not m or not DURATION_RE.match(m.group("rest")):
        return None
    return _to_range(m.group("start"), m.group("end"))


def find_range(text: str) -> tuple[DateRange, int, int] | None:
    """The last date range inside ``text`` (e.g. at the end of an education line), with its
    position, so the caller can cut it out."""
    found = None
    for m in RANGE_RE.finditer(text):
        found = m
    if found is None:
        return None
    rng = _to_range(found.group("start"), found.group("end"))
    return (rng, found.start(), found.end()) if rng else None


def _to_range(start_text: str, end_text: str | None) -> DateRange | None:
    start = parse_date(start_text)
    if start is None:
        return None
    if end_text is None:
        return DateRange(start, start)
    if is_present(end_text):
        return DateRange(start, None, ongoing=True)
    end = parse_date(end_text)
    return DateRange(start, end) if end else None
