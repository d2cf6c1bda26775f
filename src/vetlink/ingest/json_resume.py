"""JSON Resume (https://jsonresume.org/schema) to Profile, and field-by-field agreement
between two profiles.

Other LinkedIn PDF parsers write JSON Resume; converting it lets us measure how far our
parser agrees with theirs (``bench/pdf_field_accuracy.py`` and the ingest tests). Agreement
is reported as counts only, never as the values, because the profiles are real people's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from vetlink.domain import Contact, Education, Experience, Profile

FIELDS = ("name", "headline", "location", "url", "emails", "positions", "companies",
          "position_dates", "position_locations", "schools", "school_details", "skills",
          "languages", "certifications")


def profile_from_json_resume(data: dict[str, Any]) -> Profile:
    basics = data.get("basics") or {}
    urls = [p.get("url") for p in basics.get("profiles") or [] if p.get("network") == "LinkedIn"]
    return Profile(
        platform="linkedin",
        url=urls[0] if urls else None,
        contact=Contact(emails=[basics["email"]]) if basics.get("email") else None,
        name=basics.get("name") or "?",
        headline=basics.get("label") or None,
        location=_location(basics.get("location") or {}),
        about=basics.get("summary") or None,
        experience=[_work(w) for w in data.get("work") or [] if w.get("position")],
        education=[_school(e) for e in data.get("education") or [] if e.get("institution")],
        skills=[s["name"] for s in data.get("skills") or [] if s.get("name")],
        languages=[x["language"] for x in data.get("languages") or [] if x.get("language")],
        certifications=[c["name"] for c in data.get("certificates") or [] if c.get("name")],
    )


def _location(loc: dict[str, Any]) -> str | None:
    parts = [str(loc[k]) for k in ("city", "region", "countryCode") if loc.get(k)]
    return ", ".join(parts) or None


def _work(item: dict[str, Any]) -> Experience:
    return Experience(title=item["position"], company=item.get("name") or None,
                      location=item.get("location") or None,
                      start=item.get("startDate") or None, end=item.get("endDate") or None)


def _school(item: dict[str, Any]) -> Education:
    return Education(school=item["institution"], degree=item.get("studyType") or None,
                     field=item.get("area") or None, start=item.get("startDate") or None,
                     end=item.get("endDate") or None)


def norm(text: str | None) -> str:
    """Compare text loosely: case, accents, punctuation and spacing do not count."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", text))


def field_agreement(parsed: Profile, expected: Profile) -> dict[str, tuple[int, int]]:
    """``{field: (agreeing, compared)}`` for the fields ``expected`` has."""
    out: dict[str, tuple[int, int]] = {
        "name": _same(parsed.name, expected.name),
        "headline": _same(parsed.headline, expected.headline),
        "location": _same_tokens(parsed.location, expected.location),
    }
    mine = parsed.experience or []
    theirs = expected.experience or []
    out["positions"] = _found(_position_keys(mine), _position_keys(theirs))
    out["companies"] = _found({norm(e.company) for e in mine}, {norm(e.company) for e in theirs})
    out["position_dates"] = _dates(mine, theirs)
    out["position_locations"] = _matched(mine, theirs, lambda e: norm(e.location),
                                         only=lambda e: bool(e.location))
    out["schools"] = _found({norm(e.school) for e in parsed.education or []},
                            [norm(e.school) for e in expected.education or []])
    out["skills"] = _found({norm(s) for s in parsed.skills or []},
                           [norm(s) for s in expected.skills or []])
    out["languages"] = _found({norm(s) for s in parsed.languages or []},
                              [norm(s) for s in expected.languages or []])
    out["certifications"] = _found({norm(s) for s in parsed.certifications or []},
                                   [norm(s) for s in expected.certifications or []])
    out["school_details"] = _school_details(parsed.education or [], expected.education or [])
    out["url"] = _same(_url_key(parsed.url), _url_key(expected.url))
    out["emails"] = _found({norm(x) for x in _emails(parsed)}, [norm(x) for x in _emails(expected)])
    return {k: v for k, v in out.items() if v[1]}


def _emails(profile: Profile) -> list[str]:
    return profile.contact.emails if profile.contact else []


def _url_key(url: str | None) -> str | None:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url).rstrip("/").lower() if url else None


def _same(a: str | None, b: str | None) -> tuple[int, int]:
    return (int(norm(a) == norm(b)), 1) if b else (0, 0)


def _same_tokens(a: str | None, b: str | None) -> tuple[int, int]:
    return (int(set(norm(a).split()) == set(norm(b).split())), 1) if b else (0, 0)


def _position_keys(items: Iterable[Experience]) -> list[str]:
    return [f"{norm(e.title)}|{norm(e.company)}" for e in items]


def _found(mine: Iterable[str], theirs: Iterable[str]) -> tuple[int, int]:
    have = set(mine)
    wanted = [t for t in theirs if t]
    return sum(1 for t in wanted if t in have), len(wanted)


def _dates(mine: list[Experience], theirs: list[Experience]) -> tuple[int, int]:
    """Start and end of the positions both sides found (matched by title and company)."""
    return _matched(mine, theirs, lambda e: (e.start, e.end))


def _matched(mine: list[Experience], theirs: list[Experience], key: Callable[[Experience], Any],
             only: Callable[[Experience], bool] = lambda e: True) -> tuple[int, int]:
    by_key: dict[str, list[Experience]] = {}
    for e in mine:
        by_key.setdefault(f"{norm(e.title)}|{norm(e.company)}", []).append(e)
    agree = total = 0
    for e in theirs:
        candidates = by_key.get(f"{norm(e.title)}|{norm(e.company)}")
        if not candidates or not only(e):
            continue
        total += 1
        agree += int(any(key(c) == key(e) for c in candidates))
    return agree, total


def _school_details(mine: list[Education], theirs: list[Education]) -> tuple[int, int]:
    """Degree, field of study and years of the schools both sides found (the best of the
    entries with the same school name)."""
    agree = total = 0
    for e in theirs:
        candidates = [c for c in mine if norm(c.school) == norm(e.school)]
        wanted = [i for i, value in enumerate(_school_values(e)) if value]
        if not candidates or not wanted:
            continue
        total += len(wanted)
        agree += max(sum(_school_values(c)[i] == _school_values(e)[i] for i in wanted)
                     for c in candidates)
    return agree, total


def _school_values(e: Education) -> list[str]:
    return [norm(e.degree), norm(e.field), e.start or "", e.end or ""]
