"""Sections of pasted profile text: Experience, Education, Skills, Languages, Certifications.

A LinkedIn experience entry reads::

    Senior Recruiter                        <- title
    Acme Corp · Full-time                   <- company · employment type
    Jan 2020 - Present · 3 yrs 2 mos        <- dates (anchor of the entry)
    London, England, United Kingdom · Hybrid  <- location (optional)
    description lines ...

and several positions at one company are grouped under the company's name and its total
time ("Acme Corp" / "Full-time · 5 yrs"). Each date line anchors one entry; the lines just
above it are its title and company. Hand-typed lines such as "Recruiter at Acme (2019 -
Present)" work too.
"""

from __future__ import annotations

import re

from vetlink.domain import Activity, Education, Experience
from vetlink.ingest.dates import DateRange, find_range, parse_range
from vetlink.ingest.page_vocab import EMPLOYMENT_TYPES, WORK_MODES
from vetlink.ingest.pdf_blocks import degree_and_field

TOTAL_RE = re.compile(r"^(?:(?P<type>[\w\-, ]{1,40}?)\s*·\s*)?(?:\d{1,3}\s*(?:yrs?|years?|mos?"
                      r"|months?|j|jahre?|mon|monate?|ans?|mois|años?|meses|mes|anni|anno|mesi"
                      r"|mese)\b\.?\s*){1,2}$", re.IGNORECASE)
SKIP_RE = re.compile(r"^(?:skills|grade|activities and societies|credential id|kenntnisse"
                     r"|compétences|aptitudes|competenze|note|aktivitäten und verbände"
                     r"|activités et associations|actividades y grupos|attività e associazioni)"
                     r"\s*:", re.IGNORECASE)
SKILL_SPLIT = re.compile(r"(?<!\s)(?:\s+[•·]\s+|\s*,\s+)")
SCHOOL_RE = re.compile(r"\b(?:universit|college|school|institut|academy|polytechnic|"
                       r"hochschule|école|ecole|escuela|lyceum|gymnasium)", re.IGNORECASE)
PROFICIENCY_RE = re.compile(r"\bproficiency\b|^native\b|^fluent$|^basic$|^intermediate$",
                            re.IGNORECASE)
ISSUED_RE = re.compile(r"^(?:issued|expires|expired)\b", re.IGNORECASE)
ACTIVITY_RE = re.compile(
    r"^.{0,80}?\b(?P<verb>posted|reposted|shared|commented on|replied to|liked|reacted to"
    r"|celebrates|supports|loves|finds|is curious about)\s+(?:this|a post|an article|a comment"
    r"|a photo|a video|a document)\b", re.IGNORECASE)
NO_ACTIVITY_RE = re.compile(r"hasn[’']t posted yet|has no recent (?:posts|activity)"
                            r"|no recent activity", re.IGNORECASE)
ACTIVITY_KINDS = {"posted": "post", "reposted": "share", "shared": "share",
                  "commented on": "comment", "replied to": "comment"}


def date_line(line: str) -> DateRange | None:
    """A line that is only a date range, optionally with "· 3 yrs 2 mos"."""
    return parse_range(line)


def parse_experience(lines: list[str]) -> list[Experience]:
    anchors = [i for i, line in enumerate(lines) if date_line(line)]
    if not anchors:
        return _inline_entries(lines)
    out: list[Experience] = []
    group: str | None = None
    starts = [0]
    for n, at in enumerate(anchors):
        header = lines[starts[-1]:at]
        (title, company), group = _header(header, group)
        nxt = anchors[n + 1] if n + 1 < len(anchors) else None
        end = _header_start(lines, at + 1, nxt, group is not None) if nxt else len(lines)
        out.append(_entry(title, company, lines[at], lines[at + 1:end]))
        starts.append(end)
    return out


def _header(header: list[str], group: str | None) -> tuple[tuple[str, str | None], str | None]:
    """(title, company) and the company of the group of positions in force, if any."""
    lines = [ln for ln in header if ln.lower() not in EMPLOYMENT_TYPES]
    total = next((i for i, ln in enumerate(lines) if TOTAL_RE.match(ln)), None)
    if total is not None and total > 0:
        group = lines[total - 1]
        return (lines[-1] if len(lines) > total + 1 else group, group), group
    if len(lines) >= 2:
        return (lines[-2], _company(lines[-1])), None
    if lines:
        return (lines[-1], group), group
    return ("?", group), group


def _header_start(lines: list[str], lo: int, at: int, in_group: bool) -> int:
    """Where the header of the entry dated at ``at`` begins (its description ends above)."""
    i = at - 1
    while i >= lo and lines[i].lower() in EMPLOYMENT_TYPES:
        i -= 1
    if i < lo:
        return at
    if _has_type(lines[i]):  # "Company · Full-time": a single position, its title above
        return max(lo, i - 1)
    k = i - 1  # a new group: company, its total time, maybe its location, then the title
    if k - 1 >= lo and not TOTAL_RE.match(lines[k]) and TOTAL_RE.match(lines[k - 1]):
        k -= 1
    if k >= lo and TOTAL_RE.match(lines[k]):
        return max(lo, k - 1)
    return i if in_group else max(lo, i - 1)


def _has_type(line: str) -> bool:
    _, sep, kind = line.rpartition(" · ")
    return bool(sep) and kind.strip().lower() in EMPLOYMENT_TYPES


def _company(line: str) -> str | None:
    name, sep, kind = line.rpartition(" · ")
    if sep and kind.strip().lower() in EMPLOYMENT_TYPES:
        return name.strip() or None
    return line.strip() or None


def _entry(title: str, company: str | None, dates: str, body: list[str]) -> Experience:
    rng = date_line(dates)
    if body and TOTAL_RE.match(body[0]):
        body = body[1:]  # "2 yrs 3 mos" on a line of its own under the dates
    location, text = _location(body)
    description = "\n".join(ln for ln in text if not SKIP_RE.match(ln)) or None
    return Experience(title=title, company=company, location=location,
                      start=rng.start if rng else None,
                      end=rng.end if rng else None, description=description)


def _location(body: list[str]) -> tuple[str | None, list[str]]:
    if not body:
        return None, body
    first = body[0]
    place, sep, mode = first.rpartition(" · ")
    if sep and mode.strip().lower() in WORK_MODES:
        return place.strip() or None, body[1:]
    if first.lower() in WORK_MODES:
        return first, body[1:]
    if len(first) <= 60 and "," in first and not first.endswith("."):
        return first, body[1:]
    return None, body


def _inline_entries(lines: list[str]) -> list[Experience]:
    """Hand-typed "Title at Company (2019 - Present)" lines."""
    out: list[Experience] = []
    for line in lines:
        found = find_range(line)
        if not found:
            if out and out[-1].description is None:
                out[-1].description = line
            continue
        rng, begin, end = found
        head = (line[:begin] + line[end:]).strip(" -–—,;:()[]•*")
        title, company = _split_title(head)
        out.append(Experience(title=title or "?", company=company, start=rng.start,
                              end=rng.end))
    return out


def _split_title(text: str) -> tuple[str, str | None]:
    for sep in (" at ", " @ ", " - ", " – ", ", "):
        if sep in text:
            title, _, company = text.partition(sep)
            return title.strip(" ,"), company.strip(" ,()") or None
    return text.strip(), None


def parse_education(lines: list[str]) -> list[Education]:
    anchors = [i for i, line in enumerate(lines) if date_line(line)]
    if not anchors:
        return _schools_by_name(lines)
    out: list[Education] = []
    floor = 0
    for at in anchors:
        header = [ln for ln in lines[floor:at] if not SKIP_RE.match(ln)]
        if header:
            out.append(_school(header[-3:], date_line(lines[at])))
        floor = at + 1
    return out


def _school(header: list[str], rng: DateRange | None) -> Education:
    """The school's name, then "Degree, Field" (or degree and field on lines of their own),
    just above the dates."""
    named = [i for i, line in enumerate(header) if SCHOOL_RE.search(line)]
    if named:
        at = named[-1] if named[-1] < len(header) - 1 or len(named) == 1 else named[-2]
    else:
        at = max(0, len(header) - 2)
    school, detail = header[at], ", ".join(header[at + 1:])
    degree, study = degree_and_field(detail)
    return Education(school=school, degree=degree, field=study,
                     start=rng.start if rng else None, end=rng.end if rng else None)


def _schools_by_name(lines: list[str]) -> list[Education]:
    """Without date lines: "School, Degree Field, 2012 - 2014" lines, or a school's name
    followed by its degree line."""
    out: list[Education] = []
    for i, line in enumerate(lines):
        if not SCHOOL_RE.search(line):
            continue
        if found := find_range(line):
            out.append(_inline_school(line, found))
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        degree, study = degree_and_field(nxt) if nxt and not SCHOOL_RE.search(nxt) \
            else (None, None)
        out.append(Education(school=line, degree=degree, field=study))
    return out


def _inline_school(line: str, found: tuple[DateRange, int, int]) -> Education:
    rng, begin, end = found
    text = (line[:begin] + line[end:]).strip(" ,;:-–()")
    school, _, detail = text.partition(", ")
    degree, study = degree_and_field(detail)
    return Education(school=school.strip(), degree=degree, field=study, start=rng.start,
                     end=rng.end)


def parse_skills(lines: list[str]) -> list[str]:
    skills: list[str] = []
    for line in lines:
        if SKIP_RE.match(line) or len(line) > 80:
            continue
        skills.extend(s.strip() for s in SKILL_SPLIT.split(line) if s.strip())
    return list(dict.fromkeys(skills))


def parse_languages(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(ln for ln in lines if not PROFICIENCY_RE.search(ln)))


def parse_certifications(lines: list[str]) -> list[str]:
    """Each certificate's name is the line two above its "Issued ..." line (the line between
    is the issuer); without "Issued" lines every line is a certificate."""
    issued = [i for i, ln in enumerate(lines) if ISSUED_RE.match(ln)]
    if not issued:
        return list(dict.fromkeys(ln for ln in lines if not SKIP_RE.match(ln)))
    names = [lines[i - 2] if i >= 2 and not ISSUED_RE.match(lines[i - 2]) else lines[i - 1]
             for i in issued if i >= 1]
    return list(dict.fromkeys(names))


def parse_activity(lines: list[str]) -> list[Activity] | None:
    """Posts, comments, reshares and likes shown in the Activity section; an empty list
    when the page says the person has not posted; ``None`` when it cannot tell."""
    items: list[Activity] = []
    text: list[str] = []
    for line in lines:
        if NO_ACTIVITY_RE.search(line) and not items:
            return []
        if m := ACTIVITY_RE.search(line):
            _close_activity(items, text)
            items.append(Activity(kind=ACTIVITY_KINDS.get(m.group("verb").lower(), "like")))
            text = []
        elif items:
            text.append(line)
    _close_activity(items, text)
    return items or None


def _close_activity(items: list[Activity], text: list[str]) -> None:
    if items and text and items[-1].text is None:
        items[-1].text = " ".join(text)[:500]
