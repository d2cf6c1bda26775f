"""Counts on a copied profile page, in any UI language of :mod:`page_vocab`.

- "2,431 followers · 500+ connections", "2.047 Follower · 500+ Kontakte", "1 126 abonnés ·
  Plus de 500 relations": every count on the line, not only the first;
- "Tom, Rachel und 8 weitere gemeinsame Kontakte": the mutual connections (other languages;
  the English forms are read by :func:`vetlink.ingest.profile_text.mutual_count`);
- the recommendations received: "Show all 5 received" (or its translation), "2 people have
  recommended ...", else the entries shown in the Recommendations section;
- the endorsements: "23 endorsements" per skill, else "Endorsed by A and 14 others".

Every pattern is linear: bounded repetitions, no nested unbounded groups.
"""

from __future__ import annotations

import re

from vetlink.ingest.dates import MONTHS
from vetlink.ingest.page_vocab import (
    CAPPED_WORDS,
    CONNECTION_WORDS,
    FOLLOWER_WORDS,
    MUTUAL_WORDS,
    RECEIVED_PHRASES,
)


def _alt(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


COUNT_ITEM_RE = re.compile(
    rf"(?:(?P<over>{_alt(CAPPED_WORDS)})\s+)?(?P<num>\d[\d.,\u00a0\u202f ]{{0,12}}?)\s?"
    rf"(?P<suffix>[KkMm])?\s?(?P<plus>\+)?\s+(?P<noun>{_alt(CONNECTION_WORDS | FOLLOWER_WORDS)})"
    r"(?!\w)",
    re.IGNORECASE,
)
COUNT_REST_RE = re.compile(r"^[\s·•|,]*$")
MUTUAL_OTHER_RE = re.compile(
    rf"(?P<num>\d{{1,6}})\s+(?:(?:weitere|autres|altri|altre)\s+)?(?:{_alt(MUTUAL_WORDS)})(?!\w)",
    re.IGNORECASE,
)
SPACES_RE = re.compile(r"[\s\u00a0\u202f]")
TRAILING_AND_RE = re.compile(r"\s(?:und|et|y|e)$", re.IGNORECASE)
NAME_SPLIT_RE = re.compile(r",\s*|(?<!\s)\s+(?:und|et|y|e)\s+", re.IGNORECASE)
RECEIVED_RES = tuple(
    re.compile("^" + re.escape(p).replace("N", r"(?P<n>\d{1,5})") + r"(?:\s[^\d→]{1,60})?\s*→?$",
               re.IGNORECASE)
    for p in sorted(RECEIVED_PHRASES)
)
# "March 14, 2023, Rachel managed ..." / "12. Mai 2021 war ..." / "8 de septiembre de 2022, ..."
REL_DATE_RE = re.compile(
    r"^(?:(?P<m1>[^\W\d_]{3,12})\.?\s\d{1,2},\s\d{4}"
    r"|\d{1,2}\.?\s(?:de\s)?(?P<m2>[^\W\d_]{3,12})\.?\s(?:de\s)?\d{4})[,\s]"
)
ENDORSED_BY_RE = re.compile(
    r"^(?:endorsed by|bestätigt von|validée? par|validad[oa] por|confermat[oa] da)\s"
    r"(?:(?P<alone>\d{1,5})\s|.{1,120}?\s(?:and|und|et|y|e)\s(?:altr[ei]\s)?(?P<more>\d{1,5})\s)",
    re.IGNORECASE,
)
ENDORSE_COUNT_RE = re.compile(
    r"^(?P<n>\d{1,5})\s(?:endorsements?|bestätigungen|bestätigung|validations?|validaciones"
    r"|validación|conferme|conferma)$",
    re.IGNORECASE,
)


def count_line(line: str) -> list[tuple[str, int, bool]] | None:
    """The counts of a line made only of counts, as (kind, value, capped); else ``None``."""
    if len(line) > 120:
        return None
    found: list[tuple[str, int, bool]] = []
    rest = line
    for m in COUNT_ITEM_RE.finditer(line):
        value = number_of(m.group("num"), m.group("suffix"))
        if value is None:
            return None
        kind = "connections" if m.group("noun").lower() in CONNECTION_WORDS else "followers"
        found.append((kind, value, bool(m.group("plus") or m.group("over"))))
        rest = rest.replace(m.group(0), " ", 1)
    return found if found and COUNT_REST_RE.match(rest) else None


def number_of(digits: str, suffix: str | None) -> int | None:
    """"2,431" -> 2431, "1.5K" / "1,5 k" -> 1500, "12 345" -> 12345; None when not a number."""
    multiplier = {"k": 1_000, "m": 1_000_000}.get((suffix or "").lower(), 1)
    text = SPACES_RE.sub("", digits).replace(",", "" if multiplier == 1 else ".")
    if multiplier == 1:
        text = text.replace(".", "")
    try:
        return int(float(text) * multiplier)
    except ValueError:
        return None


def mutual_in_other_language(line: str) -> int | None:
    """"Jörg, Anja und 8 weitere gemeinsame Kontakte" -> 10; ``None`` when not such a line."""
    if len(line) > 300:
        return None
    m = MUTUAL_OTHER_RE.search(line)
    if not m:
        return None
    named = line[: m.start()].strip()
    named = TRAILING_AND_RE.sub("", named)
    names = [n for n in NAME_SPLIT_RE.split(named) if n.strip()] if named else []
    return len(names) + int(m.group("num"))


def received_recommendations(page: list[str], section: list[str] | None = None) -> int | None:
    """Recommendations received: the page's "show all N received" count, else the entries
    shown in the Recommendations section; ``None`` when the page shows neither."""
    for line in page:
        for pattern in RECEIVED_RES:
            if m := pattern.match(line):
                return int(m.group("n"))
    if section is None:
        return None
    return sum(1 for line in section if _relationship_date(line))


def _relationship_date(line: str) -> bool:
    m = REL_DATE_RE.match(line)
    if not m:
        return False
    return (m.group("m1") or m.group("m2") or "").lower() in MONTHS


def endorsement_total(page: list[str]) -> int | None:
    """The endorsements shown: the sum of "N endorsements" lines, else of "Endorsed by A and
    N others" lines; ``None`` when the page shows neither."""
    counted = [int(m.group("n")) for ln in page if (m := ENDORSE_COUNT_RE.match(ln))]
    if counted:
        return sum(counted)
    by = [_endorsed_by(m) for ln in page if (m := ENDORSED_BY_RE.match(ln))]
    return sum(by) if by else None


def _endorsed_by(m: re.Match[str]) -> int:
    return int(m.group("alone")) if m.group("alone") else int(m.group("more")) + 1
