"""The 2016-17 LinkedIn "Save to PDF" layout (Apache FOP 1.1).

One column in Times: the name in 20 pt bold, the headline in 13 pt dark grey, an e-mail
address in 13 pt light grey, then sections under 16 pt grey titles (Summary, Experience,
Education, Languages, Skills & Expertise, Certifications, ...). An entry starts with a bold
12 pt line ("Title at Company", a school, a skill, a language); dates follow in black, the
description in grey. "N people have recommended X" gives the recommendation count. The last
page repeats the name and headline as a contact card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vetlink.domain import Contact, Education, Experience, Profile
from vetlink.ingest.dates import find_range, parse_range
from vetlink.ingest.pdf_blocks import (
    EMAIL_RE,
    PHONE_RE,
    clean,
    dedupe,
    degree_and_field,
    join_text,
    normalise_url,
    paragraphs,
)
from vetlink.ingest.pdf_lines import Line, PdfText

NAME_SIZE = 18.0
TITLE_SIZE = (15.5, 16.5)
HEADLINE_SIZE = (12.6, 13.6)
WRAP = 1.25  # a wrapped line sits 1.2 sizes below; the next entry 1.28 or more
FOOTER_RE = re.compile(r"^Page\s*\d+$", re.IGNORECASE)
RECOMMENDED_RE = re.compile(r"^(\d+)\s+(?:people|person)\s+ha(?:ve|s)\s+recommended\b",
                            re.IGNORECASE)
DETAIL_SKIP_RE = re.compile(r"^(?:Activities and Societies|Grade|Note)\s*:", re.IGNORECASE)
SECTIONS = {
    "summary": "about", "experience": "experience", "education": "education",
    "languages": "languages", "skills & expertise": "skills", "skills": "skills",
    "certifications": "certifications", "top skills": "skills",
}
KNOWN_TITLES = {
    *SECTIONS, "volunteer experience", "interests", "honors and awards", "organizations",
    "projects", "courses", "publications", "test scores", "patents", "specialties",
    "recommendations",
}


def looks_legacy(doc: PdfText) -> int:
    """How many marks of the 2016-17 layout the document has (0-3)."""
    first = [ln for ln in doc.lines if ln.page == 0]
    name = bool(first) and first_name_line(first) is not None
    titles = any(_is_title(ln) and clean(ln.text).lower() in KNOWN_TITLES for ln in doc.lines)
    card = any(re.match(r"^Contact .+ on LinkedIn$", ln.text) for ln in doc.lines)
    footer = any(ln.size <= 10.5 and FOOTER_RE.match(ln.text) for ln in doc.lines)
    return int(name) * (int(titles) + int(card) + int(footer))


def first_name_line(lines: list[Line]) -> Line | None:
    body = [ln for ln in lines if not _is_footer(ln)]
    if body and body[0].size >= NAME_SIZE and body[0].bold and body[0].top < 120:
        return body[0]
    return None


def _is_footer(line: Line) -> bool:
    return line.size <= 10.5 and bool(FOOTER_RE.match(line.text))


def _is_title(line: Line) -> bool:
    return TITLE_SIZE[0] <= line.size <= TITLE_SIZE[1] and not line.bold and line.grey >= 0.4


def parse_legacy(doc: PdfText) -> Profile:
    lines = _body(doc)
    name_lines = [ln for ln in _leading(lines) if ln.size >= NAME_SIZE]
    head = [ln for ln in _leading(lines) if HEADLINE_SIZE[0] <= ln.size <= HEADLINE_SIZE[1]]
    sections = dict(_sections(lines))
    contact = _contact(ln.text for ln in head if ln.grey >= 0.4)
    return Profile(
        platform="linkedin",
        name=join_text(name_lines) or "?",
        headline=join_text(ln for ln in head if ln.grey < 0.4) or None,
        about=_about(sections.get("about", [])),
        experience=_experience(sections.get("experience", [])),
        education=_education(sections.get("education", [])),
        skills=_bold_items(sections.get("skills", [])),
        languages=_bold_items(sections.get("languages", [])),
        certifications=_bold_items(sections.get("certifications", [])),
        recommendations=_recommendations(doc.lines),
        contact=contact,
    )


def _about(lines: list[Line]) -> str | None:
    text = paragraphs(lines)
    return None if text.strip(" .").lower() in ("", "n/a", "na", "-", "none") else text


def _body(doc: PdfText) -> list[Line]:
    """Drop the page footers and the contact card that closes the export."""
    out: list[Line] = []
    for line in doc.lines:
        if _is_footer(line):
            continue
        if line.page > 0 and line.size >= NAME_SIZE and line.bold:
            break
        out.append(line)
    return out


def _leading(lines: list[Line]) -> list[Line]:
    """The lines above the first section title."""
    end = next((i for i, ln in enumerate(lines) if TITLE_SIZE[0] <= ln.size < NAME_SIZE),
               len(lines))
    return lines[:end]


def _sections(lines: list[Line]) -> Iterator[tuple[str, list[Line]]]:
    kind: str | None = None
    content: list[Line] = []
    for line in lines:
        if line.size >= TITLE_SIZE[0] and line.size < NAME_SIZE:
            if kind:
                yield kind, content
            kind, content = _section_kind(line), []
        elif kind:
            content.append(line)
    if kind:
        yield kind, content


def _section_kind(line: Line) -> str:
    if not _is_title(line):
        return "other"  # "N people have recommended ..." and the like
    return SECTIONS.get(clean(line.text).lower(), "other")


def _recommendations(lines: list[Line]) -> int | None:
    rows: dict[tuple[int, int], list[Line]] = {}
    for line in lines:
        if line.size >= TITLE_SIZE[0] and line.size < NAME_SIZE:
            rows.setdefault((line.page, round(line.top)), []).append(line)
    for row in rows.values():
        if m := RECOMMENDED_RE.match(join_text(sorted(row, key=lambda ln: ln.x0))):
            return int(m.group(1))
    return None


def _contact(values: Iterator[str]) -> Contact | None:
    contact = Contact()
    for value in values:
        value = value.strip()
        if EMAIL_RE.match(value):
            contact.emails.append(value)
        elif PHONE_RE.match(value):
            contact.phones.append(value)
        elif value:
            contact.websites.append(normalise_url(value) if "." in value else value)
    return contact if contact.emails or contact.phones or contact.websites else None


def _entries(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """(bold heading lines, detail lines) per entry; a heading wraps onto the next line
    only when that line sits closer than the spacing between entries."""
    entries: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        heading = line.bold and line.grey < 0.4
        if heading and entries and not entries[-1][1] and _wraps(entries[-1][0][-1], line):
            entries[-1][0].append(line)
        elif heading:
            entries.append(([line], []))
        elif entries:
            entries[-1][1].append(line)
    return entries


def _wraps(previous: Line, line: Line) -> bool:
    return line.page == previous.page and 0 < line.top - previous.top < WRAP * line.size


def _bold_items(lines: list[Line]) -> list[str]:
    return dedupe(clean(ln.text) for ln in lines if ln.bold and ln.grey < 0.4)


def _experience(lines: list[Line]) -> list[Experience]:
    return [_position(head, detail) for head, detail in _entries(lines)]


def _position(head: list[Line], detail: list[Line]) -> Experience:
    title, company = _title_company(join_text(head))
    rng = None
    text: list[Line] = []
    for line in detail:
        if rng is None and not text and line.grey < 0.4 and (found := parse_range(line.text)):
            rng = found
        elif line.grey < 0.5 and rng is not None and not text and _duration(line):
            continue
        elif not (line.grey >= 0.5 and _duration(line)):
            text.append(line)
    return Experience(title=title, company=company, start=rng.start if rng else None,
                      end=rng.end if rng else None, description=paragraphs(text) or None)


def _duration(line: Line) -> bool:
    return bool(re.fullmatch(r"\A\(.*\)", line.text.strip()))


def _title_company(text: str) -> tuple[str, str | None]:
    """"Title at Company" (the first " at " splits them)."""
    title, sep, company = text.partition(" at ")
    if not sep or not title.strip():
        return text, None
    return clean(title), clean(company) or None


def _education(lines: list[Line]) -> list[Education]:
    return [_school(head, detail) for head, detail in _entries(lines)]


def _school(head: list[Line], detail: list[Line]) -> Education:
    lines: list[Line] = []
    for line in detail:
        if DETAIL_SKIP_RE.match(line.text) or (lines and line.x0 <= lines[0].x0 + 1):
            break  # only the first detail line and its wrapped continuation lines
        lines.append(line)
    text = join_text(lines)
    start = end = None
    if found := find_range(text):
        rng, begin, stop = found
        if not text[stop:].strip(" ,.;"):
            start, end = rng.start, rng.end
            text = text[:begin]
    degree, study = degree_and_field(text)
    return Education(school=join_text(head), degree=degree, field=study, start=start, end=end)
