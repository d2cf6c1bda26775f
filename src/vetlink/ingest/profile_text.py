"""Text a person copied from a profile page in a browser (select all, copy), or typed.

The first meaningful line is the name. Above the first section title come the headline,
the location and the counts ("500+ connections", "1,234 followers", "... and 3 other mutual
connections"); then sections such as About, Experience, Education and Skills. Page furniture
("Message", "Follow", "· 3rd", "He/Him", "Show all", the site's navigation) is dropped, and
the lines a page repeats for screen readers are read once.

What the text does not show stays ``None`` (not known): a copied page shows no photo, and a
section that was not copied is not evidence that the profile lacks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vetlink.domain import Contact, Profile
from vetlink.errors import InputError
from vetlink.ingest.budget import check
from vetlink.ingest.common import looks_binary
from vetlink.ingest.page_counts import (
    count_line,
    endorsement_total,
    mutual_in_other_language,
    number_of,
    received_recommendations,
)
from vetlink.ingest.profile_text_sections import (
    parse_activity,
    parse_certifications,
    parse_education,
    parse_experience,
    parse_languages,
    parse_skills,
)
from vetlink.ingest.text_noise import (
    is_noise,
    is_pronoun,
    page_end,
    section_title,
    strip_furniture,
)

MAX_NAME = 100
COUNT_RE = re.compile(r"^([\d.,]+)\s*([KkMm])?\s*(\+)?\s+(connections?|followers?)\b", re.I)
# "A, B and 3 other mutual connections", "12 mutual connections", "A and B are mutual
# connections": read by splitting the words before "mutual connection" (a regular expression
# with two lazy ``.+?`` here was cubic on a long line).
MUTUAL_RE = re.compile(r"\bmutual\s+connection", re.IGNORECASE)
NAMES_SPLIT = re.compile(r",\s*")
TOP_SKILLS_SPLIT = re.compile(r"(?<!\s)\s+[•·]\s+")
KEY_VALUE_RE = re.compile(r"^(name|headline|title|location|connections|followers|url|profile)"
                          r"\s*:\s*(.+)$", re.IGNORECASE)
URL_RE = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[\w\-%.]+/?", re.I)
EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_APPS = r"(WhatsApp|Telegram|WeChat|Signal|Skype|Viber|LINE|KakaoTalk)"
# "WhatsApp me on +41 79 555 01 23", "Telegram @handle", "WeChat ID: handle"; not
# "Signal processing" (a handle needs a number, an @ or a colon).
MESSAGING_RES = (
    re.compile(rf"\b{_APPS}\b(?:\s+(?:me|us|on|at|via|number|no\.?|ID|id|handle))*\s*[:\-]?"
               r"\s*(\+?\d[\d \-]{5,}\d|@[\w.\-]{3,})"),
    re.compile(rf"\b{_APPS}(?:\s+(?:ID|id|handle))?\s*:\s*([\w.\-@]{{3,}})"),
)
LOCATION_RE = re.compile(
    r"^[^\W\d][\w .'’\-]*(?:,\s*[^\W\d][\w .'’\-]*){1,3}$|^[\w .'’\-]+ (?:Area|Region|"
    r"Metropolitan Area|Metroplex)(?:,\s*[\w .'’\-]+)?$"
)


CONTACT_INFO = ("contact info", "kontaktinfo", "coordonnées", "información de contacto",
                "informazioni di contatto")


@dataclass
class _Top:
    name: str | None = None
    headline: str | None = None
    location: str | None = None
    connections: int | None = None
    capped: bool | None = None
    followers: int | None = None
    mutual: int | None = None
    url: str | None = None
    rest: list[str] = field(default_factory=list)


def parse_profile_text(text: str, where: str = "input") -> Profile:
    """Build a Profile from pasted profile text; empty or binary text raises InputError."""
    if not text or not text.strip():
        raise InputError(f"{where}: is empty")
    if looks_binary(text):
        raise InputError(f"{where}: looks like binary data, not profile text")
    check(where, "text_chars", len(text))
    page = page_lines(text)
    lines = clean_lines(page)
    if not lines:
        raise InputError(f"{where}: has no profile text (only page navigation)")
    head, sections = split_sections(lines)
    top = read_top(head, location_hint(text))
    _counts_elsewhere(top, sections)
    if not top.name:
        raise InputError(f"{where}: no name found; the first line should be the person's name")
    profile = _profile(top, sections, text)
    profile.recommendations = received_recommendations(page, sections.get("recommendations"))
    profile.endorsements = endorsement_total(page)
    return profile


def page_lines(text: str) -> list[str]:
    """The page's non-empty lines up to its footer or messaging overlay, furniture
    stripped from their ends, each repeated line read once."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = strip_furniture(raw)
        if line and not (out and line == out[-1]):  # repeated for screen readers
            out.append(line)
    return out[:page_end(out)]


def clean_lines(page: list[str] | str) -> list[str]:
    """Page lines without page furniture, each repeated line read once."""
    if isinstance(page, str):
        page = page_lines(page)
    out: list[str] = []
    for line in page:
        if is_noise(line) or (out and line == out[-1]):
            continue
        out.append(line)
    return out


def split_sections(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Lines above the first section title, and each section's lines by kind."""
    head: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        kind = section_title(line)
        if kind and (current is not None or head):
            current = sections.setdefault(kind, [])
            continue
        (current if current is not None else head).append(line)
    return head, sections


def location_hint(text: str) -> str | None:
    """LinkedIn puts the location right before "Contact info"."""
    previous: str | None = None
    for raw in text.split("\n"):
        line = raw.strip().strip("·•").strip()
        if not line:
            continue
        if (low := line.lower()).endswith(CONTACT_INFO):
            label = next(c for c in CONTACT_INFO if low.endswith(c))
            before = line[: -len(label)].strip(" ·•")
            return before or previous
        previous = line
    return None


def read_top(head: list[str], hint: str | None = None) -> _Top:
    top = _Top()
    plain: list[str] = []
    for line in head:
        if not _read_fact(top, line):
            plain.append(line)
    plain = [ln for ln in plain if not is_pronoun(ln)]
    if top.name is None and plain and len(plain[0]) <= MAX_NAME:
        top.name = plain.pop(0)
    elif top.name is not None and plain and plain[0] == top.name:
        plain.pop(0)
    if top.location is None and hint in plain[1:]:
        top.location = hint
        plain.remove(hint)
    _headline_and_location(top, plain)
    return top


def _counts_elsewhere(top: _Top, sections: dict[str, list[str]]) -> None:
    """LinkedIn shows the follower count in the Activity section."""
    for line in sections.get("activity", []):
        if (found := count_line(line)) is not None:
            _counts(top, found)


def _read_fact(top: _Top, line: str) -> bool:
    """Counts, "Key: value" lines and the profile URL; True when the line was one."""
    if m := KEY_VALUE_RE.match(line):
        return _key_value(top, m.group(1).lower(), m.group(2).strip())
    if (other := mutual_in_other_language(line)) is not None:
        top.mutual = other
        return True
    if (found := count_line(line)) is not None:
        _counts(top, found)
        return True
    if (mutual := mutual_count(line)) is not None:
        top.mutual = mutual
        return True
    if (m := URL_RE.search(line)) and len(line) <= len(m.group(0)) + 20:
        top.url = top.url or normalise_profile_url(m.group(0))
        return True
    return False


def _key_value(top: _Top, key: str, value: str) -> bool:
    if key == "name":
        top.name = value
    elif key in ("headline", "title"):
        top.headline = value
    elif key == "location":
        top.location = value
    elif key in ("url", "profile"):
        top.url = normalise_profile_url(value)
    else:
        m = COUNT_RE.match(f"{value} {key}")
        if m is None:
            return False
        _count(top, m)
    return True


def _count(top: _Top, m: re.Match[str]) -> None:
    value = number_of(m.group(1), m.group(2))
    if value is None:
        return
    if m.group(4).lower().startswith("connection"):
        if top.connections is None:
            top.connections, top.capped = value, bool(m.group(3))
    elif top.followers is None:
        top.followers = value


def _counts(top: _Top, found: list[tuple[str, int, bool]]) -> None:
    """Counts read from one line: ("connections" | "followers", value, capped)."""
    for kind, value, capped in found:
        if kind == "connections" and top.connections is None:
            top.connections, top.capped = value, capped
        elif kind == "followers" and top.followers is None:
            top.followers = value


def mutual_count(line: str) -> int | None:
    """"A, B and 3 other mutual connections" -> 5; "12 mutual connections" -> 12."""
    found = MUTUAL_RE.search(line)
    if found is None:
        return None
    words = line[:found.start()].split()
    lowered = [w.lower() for w in words]
    if len(words) == 1 and _is_count(words[0]) and line.startswith(words[0]):
        return int(words[0].replace(",", ""))
    if len(words) >= 4 and lowered[-3::2] == ["and", "other"] and _is_count(words[-2]):
        named = [n for n in NAMES_SPLIT.split(" ".join(words[:-3])) if n.strip()]
        return len(named) + int(words[-2].replace(",", ""))
    if lowered[-1:] == ["a"]:
        lowered.pop()
    if len(lowered) >= 2 and lowered[-1] == "is":
        return 1
    if len(lowered) >= 4 and lowered[-1] == "are" and "and" in lowered[1:-2]:
        return 2
    return None


def _is_count(word: str) -> bool:
    return bool(word) and word[0].isdigit() and all(c.isdigit() or c == "," for c in word)


def normalise_profile_url(url: str) -> str:
    url = url.strip().rstrip("/")
    return url if url.lower().startswith("http") else "https://" + url


def _headline_and_location(top: _Top, plain: list[str]) -> None:
    """The headline is the first line after the name; the location is the first line that
    reads like a place (before "Contact info" on LinkedIn)."""
    for line in plain:
        if top.headline is None:
            top.headline = line
        elif top.location is None and _looks_like_location(line):
            top.location = line
        else:
            top.rest.append(line)


def _looks_like_location(line: str) -> bool:
    return len(line) <= 80 and bool(LOCATION_RE.match(line)) and "|" not in line


def _profile(top: _Top, sections: dict[str, list[str]], text: str) -> Profile:
    about = sections.get("about")
    skills = parse_skills(sections["skills"]) if "skills" in sections else None
    top_skills = _top_skills(about or [])
    if top_skills:
        skills = list(dict.fromkeys([*(skills or []), *top_skills]))
    return Profile(
        platform="linkedin" if top.url or sections or top.connections is not None else None,
        url=top.url,
        name=top.name or "?",
        headline=top.headline,
        location=top.location,
        connections=top.connections,
        connections_capped=top.capped,
        followers=top.followers,
        mutual_connections=top.mutual,
        about=_about(about) if about is not None else _prose(top.rest),
        experience=parse_experience(sections["experience"]) if "experience" in sections
        else None,
        education=parse_education(sections["education"]) if "education" in sections else None,
        skills=skills,
        languages=parse_languages(sections["languages"]) if "languages" in sections else None,
        certifications=parse_certifications(sections["certifications"])
        if "certifications" in sections else None,
        activity=parse_activity(sections["activity"]) if "activity" in sections else None,
        contact=_contact(text),
    )


def _about(lines: list[str]) -> str | None:
    body: list[str] = []
    for line in lines:
        if line.lower() == "top skills":
            break
        body.append(line)
    return "\n".join(body) or None


def _prose(lines: list[str]) -> str | None:
    """Sentences typed under the headline when the text has no About section."""
    text = "\n".join(ln for ln in lines if len(ln) > 60 and " " in ln)
    return text or None


def _top_skills(lines: list[str]) -> list[str]:
    """LinkedIn's "Top skills" box inside About: "Recruiting • Sourcing • Hiring"."""
    for i, line in enumerate(lines[:-1]):
        if line.lower() == "top skills":
            return [s.strip() for s in TOP_SKILLS_SPLIT.split(lines[i + 1]) if s.strip()]
    return []


def _contact(text: str) -> Contact | None:
    emails = list(dict.fromkeys(EMAIL_RE.findall(text)))
    found = [m for pattern in MESSAGING_RES for m in pattern.finditer(text)]
    messaging = list(dict.fromkeys(f"{m.group(1)}: {m.group(2).strip()}"
                                   for m in sorted(found, key=lambda m: m.start())))
    if not emails and not messaging:
        return None
    return Contact(emails=emails, messaging=messaging)

