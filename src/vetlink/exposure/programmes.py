"""Sensitive employers (defence, intelligence, nuclear, space, telecoms, critical
infrastructure) and the named programmes, projects and platforms people mention next to them.

A programme name counts only next to a sensitive employer: in a job at one, or in a sentence
that names one. Known names carry a generic description used in the rewrite ("Tempest" ->
"a combat-air programme"); other names are caught by their shape ("Project Nightingale",
"Programme ORION", "the Falcon programme") and described as "a major programme".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vetlink.exposure.text import Unit

EMPLOYERS = (
    # UK
    "BAE Systems", "BAE", "Rolls-Royce Submarines", "Rolls-Royce", "Babcock", "QinetiQ",
    "Thales", "Leonardo", "MBDA", "Airbus Defence and Space", "AWE",
    "Atomic Weapons Establishment", "Dstl", "Defence Science and Technology Laboratory",
    "GCHQ", "NCSC", "MI5", "MI6", "Secret Intelligence Service", "Security Service",
    "Ministry of Defence", "MOD", "MoD", "DE&S", "Defence Equipment and Support",
    "Sellafield", "EDF Energy", "Urenco", "Ultra Electronics", "Cobham", "Chemring",
    "Marshall Aerospace", "Frazer-Nash", "Roke", "Sizewell", "Hinkley Point",
    "UK Space Agency", "Surrey Satellite Technology", "Inmarsat", "OneWeb", "National Grid",
    "BT", "Openreach", "Vodafone",
    # US
    "Lockheed Martin", "Northrop Grumman", "Raytheon", "RTX", "General Dynamics",
    "Boeing Defense", "L3Harris", "Leidos", "SAIC", "Booz Allen Hamilton", "Booz Allen",
    "CACI", "ManTech", "Palantir", "Anduril", "Huntington Ingalls", "Electric Boat",
    "Newport News Shipbuilding", "NSA", "National Security Agency", "CIA", "DIA", "NRO", "NGA",
    "Department of Defense", "DoD", "Pentagon", "DARPA", "Los Alamos", "Lawrence Livermore",
    "Sandia", "Oak Ridge", "NNSA", "NASA", "SpaceX", "Blue Origin", "MITRE",
    # Europe, Five Eyes
    "Saab", "Rheinmetall", "Kongsberg", "Naval Group", "Dassault", "Safran", "Hensoldt",
    "Airbus", "ESA", "European Space Agency", "ASC", "Australian Submarine Corporation",
    "ASD", "ASIO", "ASIS", "DSTG", "Defence Science and Technology Group", "CSE", "CSIS",
    "DRDC", "GCSB", "NZSIS", "NZDF", "NATO", "Ericsson", "Nokia", "Huawei",
)
SECTOR_WORDS = (
    r"defen[cs]e", r"nuclear", r"aerospace", r"space (?:agency|systems|technolog\w+|command)",
    r"satellites?", r"intelligence (?:agency|service|corps)", r"missiles?", r"naval", r"navy",
    r"army", r"air force", r"munitions", r"submarines?", r"shipbuilding", r"weapons",
    r"security service", r"telecom\w*", r"telekom", r"national grid", r"atomic",
)
# known programme name -> what it is, said generically
PROGRAMMES: dict[str, str] = {
    "Tempest": "a combat-air programme", "GCAP": "a combat-air programme",
    "FCAS": "a combat-air programme", "NGAD": "a combat-air programme",
    "Typhoon": "a combat-aircraft programme", "Eurofighter": "a combat-aircraft programme",
    "F-35": "a combat-aircraft programme", "F35": "a combat-aircraft programme",
    "F-22": "a combat-aircraft programme", "B-21": "a combat-aircraft programme",
    "Dreadnought": "a submarine programme", "Astute": "a submarine programme",
    "AUKUS": "a submarine programme", "SSN-AUKUS": "a submarine programme",
    "Virginia-class": "a submarine programme", "Columbia-class": "a submarine programme",
    "Trident": "a strategic-systems programme", "Minuteman": "a strategic-systems programme",
    "Astraea": "a nuclear programme", "Skynet": "a satellite-communications programme",
    "GPS III": "a space programme", "SBIRS": "a space programme",
    "Type 26": "a naval shipbuilding programme", "Type 31": "a naval shipbuilding programme",
    "Type 45": "a naval shipbuilding programme", "Hunter-class": "a naval shipbuilding programme",
    "Challenger 3": "an armoured-vehicle programme",
    "Sizewell C": "a nuclear new-build project", "Hinkley Point C": "a nuclear new-build project",
    "Morpheus": "a military communications programme", "Crowsnest": "a naval sensor programme",
    "Wedgetail": "a surveillance-aircraft programme",
}
GENERIC = "a major programme"
NEEDS_SUFFIX = {"Astute"}  # an ordinary word unless written "Astute-class", "Astute programme"

_EMPLOYERS_ALT = "|".join(re.escape(e) for e in sorted(EMPLOYERS, key=len, reverse=True))
_EMPLOYER_RE = re.compile(r"(?<![\w&-])(?:" + _EMPLOYERS_ALT + r")(?![\w&-])")
_SECTOR_RE = re.compile(r"\b(?:" + "|".join(SECTOR_WORDS) + r")\b", re.IGNORECASE)
_KNOWN_RE = re.compile(
    r"(?<![\w-])(?:Project\s+|Programme\s+|Program\s+|Operation\s+)?(?:"
    + "|".join(re.escape(p) for p in sorted(PROGRAMMES, key=len, reverse=True))
    + r")(?:[\s-]+(?:class|programme|program|project|submarines?|boats?))?(?![\w-])"
)
_NAME = r"[A-Z][A-Za-z0-9]+(?:[\s-][A-Z0-9][A-Za-z0-9]+)?"
_SHAPE_RE = re.compile(
    rf"\b(?:Project|Programme|Program|Operation)\s+(?:{_NAME})"
    rf"|\bthe\s+(?:{_NAME})\s+(?:programme|program|project)\b"
)
_AT_EMPLOYER = re.compile(
    r"\s{1,20}(?:at|for|with)\s{1,20}(?:the\s{1,20})?(?:" + _EMPLOYERS_ALT + r")(?![\w&-])"
)
# words that make "Project X" / "the X programme" a job or a scheme, not a programme's name
_NOT_NAMES = {
    "Manager", "Managers", "Management", "Lead", "Leader", "Office", "Director", "Board", "Team",
    "The", "Delivery", "Controls", "Control", "Support", "Coordinator", "Officer", "Engineer",
    "Engineering", "Planner", "Planning", "Analyst", "Scheduler", "Accountant", "Assurance",
    "Quality", "Risk", "Finance", "Governance", "Portfolio", "Excellence", "Professional",
    "Administrator", "Assistant", "Specialist", "Executive", "Partner", "Sponsor", "Owner",
    "Architect", "Consultant", "Head", "Chief", "Deputy", "Senior", "Principal", "Associate",
    "Advisor", "Adviser", "Graduate", "Apprenticeship", "Apprentice", "Leadership",
    "Development", "Training", "Mentoring", "Internship", "Intern", "Trainee", "Early",
    "Careers", "Change", "Transformation", "Improvement", "Wellbeing", "Diversity",
    "Inclusion", "Engagement", "Rotational", "Rotation", "Management's", "Based", "Work",
}


# What follows a programme's name and is part of it: a number, a mark, a block, a variant
# ("Skynet 5", "Skynet 5A", "Typhoon Tranche 3", "Challenger Mk 2", "GPS III Block 2").
_TRAILING_ID_RE = re.compile(
    r"(?:[\s-](?:\d{1,3}[A-Za-z]?|[IVX]{1,4}|[A-D])(?![\w-])"
    r"|\s(?:Block|Blk|Mk\.?|Mark|Tranche|Increment|Inc\.?|Phase|Batch|Flight|Lot)\s?"
    r"(?:\d{1,3}[A-Za-z]?|[IVX]{1,4})(?![\w-])){1,2}"
)
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(the|an|a)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Programme:
    start: int  # where the replaced words start, including an article before the name
    end: int  # span to replace, including a following "at <employer>"
    name: str
    generic: str
    article: str = ""  # the article the span swallowed ("the", "a"...), to give back when
    # the name only qualifies the next word ("the Skynet ground segment")
    name_end: int = 0  # where the name (with its trailing identifiers) ends


def is_sensitive_employer(text: str | None) -> bool:
    """A known defence, intelligence, nuclear, space, telecoms or infrastructure employer, or
    a name with one of those sector words in it."""
    return bool(text) and bool(_EMPLOYER_RE.search(text or "") or _SECTOR_RE.search(text or ""))


def names_employer(text: str) -> bool:
    return bool(_EMPLOYER_RE.search(text))


def find_programmes(text: str) -> list[Programme]:
    """Named programmes in ``text``: known names and "Project X"-shaped names."""
    found: list[Programme] = []
    for match in _KNOWN_RE.finditer(text):
        key = next(p for p in sorted(PROGRAMMES, key=len, reverse=True) if p in match.group(0))
        if key in NEEDS_SUFFIX and match.group(0) == key:
            continue
        found.append(programme(text, match.start(), match.end(), PROGRAMMES[key]))
    for match in _SHAPE_RE.finditer(text):
        if any(p.start <= match.start() < p.end for p in found):
            continue
        if match.group(0).split()[-1] in _NOT_NAMES or match.group(0).split()[1] in _NOT_NAMES:
            continue
        found.append(programme(text, match.start(), match.end(), GENERIC))
    return sorted(found, key=lambda p: p.start)


def programme(text: str, start: int, end: int, generic: str) -> Programme:
    """The programme's span: its name with trailing identifiers ("Skynet 5"), the article
    before it, and a following "at <employer>"."""
    if trailing := _TRAILING_ID_RE.match(text, end):
        end = trailing.end()
    name = text[start:end]
    article = ""
    if before := _ARTICLE_BEFORE_RE.search(text[max(0, start - 5):start]):
        article = before.group(1)
        start -= len(before.group(0))
    at = _AT_EMPLOYER.match(text, end)
    return Programme(start, at.end() if at else end, name, generic, article, end)


def sensitive_context(unit: Unit, job_sensitive: dict[int, bool], any_sensitive: bool,
                      segment: str) -> bool:
    """Whether a programme named in this segment sits next to a sensitive employer."""
    if unit.job is not None:
        return job_sensitive.get(unit.job, False) or names_employer(segment)
    return names_employer(segment) or any_sensitive
