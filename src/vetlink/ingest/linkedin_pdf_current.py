"""The current LinkedIn "Save to PDF" layout (Apache FOP 2.2, 2022 onwards).

A dark left sidebar (x < 200 pt) holds Contact, Top Skills, Languages, Certifications and
the like under 13 pt titles; the main column holds the name (26 pt), the headline (12 pt), the
location (12 pt, grey), then Summary / Experience / Education under 15.8 pt titles.
Experience: company 12 pt, position title 11.5 pt, dates and description 10.5 pt, location
10.5 pt grey. Education: school 12 pt, then "Degree, Field · (1998 - 2003)" at 10.5 pt.
Section titles are translated with the member's language, so a section is recognised by its
title when the title is known and by its content otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vetlink.domain import Contact, Education, Experience, Profile
from vetlink.ingest.dates import DURATION_RE, find_range, parse_range
from vetlink.ingest.pdf_blocks import (
    clean,
    contact_entries,
    contact_from_entries,
    dedupe,
    degree_and_field,
    join_text,
    paragraphs,
    split_items,
)
from vetlink.ingest.pdf_lines import Line, PdfText

SIDEBAR_X = 200.0
NAME_SIZE = 20.0
SECTION_SIZE = (15.0, 17.0)
SIDEBAR_TITLE_SIZE = (12.5, 13.6)
FOOTER_RE = re.compile(r"^(?:Page|Seite|Página|Pagina|Страница|Стр\.)\s*\d+\s*\S*\s*\d*$",
                       re.IGNORECASE)
SIDE_LABEL_GREY = 0.85
GREY = 0.4  # text lighter than this is a grey label (location, "(LinkedIn)")

MAIN_TITLES = {
    "summary": "about", "about": "about", "общие сведения": "about", "zusammenfassung": "about",
    "résumé": "about", "resumen": "about", "extracto": "about", "resumo": "about",
    "riepilogo": "about", "samenvatting": "about",
    "experience": "experience", "опыт работы": "experience", "berufserfahrung": "experience",
    "expérience": "experience", "experiencia": "experience", "experiência": "experience",
    "esperienza": "experience", "ervaring": "experience",
    "education": "education", "образование": "education", "ausbildung": "education",
    "formation": "education", "educación": "education", "formação acadêmica": "education",
    "formazione": "education", "opleiding": "education",
}
SIDE_TITLES = {
    "contact": "contact", "способы связаться": "contact", "kontakt": "contact",
    "coordonnées": "contact", "contactar": "contact", "contato": "contact", "contatti": "contact",
    "top skills": "skills", "основные навыки": "skills", "top-kenntnisse": "skills",
    "principales compétences": "skills", "aptitudes principales": "skills",
    "principais competências": "skills", "competenze principali": "skills",
    "languages": "languages", "языки": "languages", "sprachen": "languages",
    "langues": "languages", "idiomas": "languages", "lingue": "languages", "talen": "languages",
    "certifications": "certifications", "сертификаты": "certifications",
    "zertifizierungen": "certifications", "certificaciones": "certifications",
    "certificações": "certifications", "certificazioni": "certifications",
}


@dataclass
class _Sections:
    about: list[Line] = field(default_factory=list)
    experience: list[Line] = field(default_factory=list)
    education: list[Line] = field(default_factory=list)


def looks_current(doc: PdfText) -> int:
    """How many marks of the current layout the document has (0-3)."""
    first = [ln for ln in doc.lines if ln.page == 0]
    name = any(ln.size >= NAME_SIZE and ln.x0 >= SIDEBAR_X for ln in first)
    side = any(ln.x0 < SIDEBAR_X and _between(ln.size, SIDEBAR_TITLE_SIZE) for ln in first)
    footer = any(ln.size < 9.6 and FOOTER_RE.match(ln.text) for ln in doc.lines)
    return int(name) * (1 + int(side) + int(footer))


def parse_current(doc: PdfText) -> Profile:
    body = [ln for ln in doc.lines if not _is_footer(ln, doc.page_height)]
    side = [ln for ln in body if ln.x0 < SIDEBAR_X]
    main = [ln for ln in body if ln.x0 >= SIDEBAR_X]
    name, headline, location, rest = _top(main)
    sections = _main_sections(rest)
    sidebar = _side_sections(side)
    contact, url = contact_from_entries(contact_entries(sidebar.get("contact", [])))
    return Profile(
        platform="linkedin",
        url=url,
        name=name,
        headline=headline,
        location=location,
        about=paragraphs(sections.about) or None,
        experience=_experience(sections.experience),
        education=_education(sections.education),
        skills=dedupe(join_text(i) for i in split_items(sidebar.get("skills", []))),
        languages=dedupe(_language(i) for i in split_items(sidebar.get("languages", []))),
        certifications=dedupe(
            join_text(i) for i in split_items(sidebar.get("certifications", []))
        ),
        contact=contact if _has_contact(contact) else None,
    )


def _between(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def _is_footer(line: Line, height: float) -> bool:
    return line.size < 9.6 and line.top > height - 60 and bool(FOOTER_RE.match(line.text))


def _has_contact(contact: Contact) -> bool:
    return bool(contact.emails or contact.phones or contact.websites or contact.messaging)


def _top(main: list[Line]) -> tuple[str, str | None, str | None, list[Line]]:
    """Name, headline and location: everything above the first section title."""
    start = next((i for i, ln in enumerate(main) if ln.size >= NAME_SIZE), 0)
    end = next((i for i, ln in enumerate(main) if _is_section(ln) and i > start), len(main))
    names = [ln for ln in main[start:end] if ln.size >= NAME_SIZE]
    below = [ln for ln in main[start:end] if ln.size < NAME_SIZE]
    headline = join_text(ln for ln in below if ln.grey < GREY)
    location = join_text(ln for ln in below if ln.grey >= GREY)
    name = join_text(names) or join_text(main[:1]) or "?"
    return name, headline or None, location or None, main[end:]


def _is_section(line: Line) -> bool:
    return _between(line.size, SECTION_SIZE)


def _main_sections(lines: list[Line]) -> _Sections:
    sections = _Sections()
    chunks: list[tuple[str, list[Line]]] = []
    for line in lines:
        if _is_section(line):
            chunks.append((clean(line.text).lower(), []))
        elif chunks:
            chunks[-1][1].append(line)
    for title, content in chunks:
        kind = MAIN_TITLES.get(title) or _guess_kind(content)
        getattr(sections, kind).extend(content)
    return sections


def _guess_kind(content: list[Line]) -> str:
    """An untranslated section title: decide by the content's shape."""
    if any(ln.near_size(11.5) for ln in content):
        return "experience"
    if any(ln.near_size(12.0) for ln in content) and any(
        ln.near_size(10.5) and "·" in ln.text for ln in content
    ):
        return "education"
    return "about"


def _side_sections(lines: list[Line]) -> dict[str, list[Line]]:
    found: dict[str, list[Line]] = {}
    current: list[Line] | None = None
    for line in lines:
        if _between(line.size, SIDEBAR_TITLE_SIZE):
            kind = SIDE_TITLES.get(clean(line.text).lower(), "")
            if not kind and not found:
                kind = "contact"  # the first sidebar section is always Contact
            current = found.setdefault(kind, []) if kind else None
        elif current is not None:
            current.append(line)
    return found


def _language(item: list[Line]) -> str:
    """"English (Native or Bilingual)": the language without the grey proficiency."""
    return join_text(ln for ln in item if not _is_side_label(ln))


def _is_side_label(line: Line) -> bool:
    """Sidebar values are white; their labels ("(LinkedIn)", "(Native)") are grey."""
    return line.grey < SIDE_LABEL_GREY and line.text.startswith("(")


def _experience(lines: list[Line]) -> list[Experience]:
    builder = _ExperienceBuilder()
    for line in lines:
        builder.add(line)
    return builder.finish()


class _ExperienceBuilder:
    """Company (12 pt) > position title (11.5 pt) > dates, location (grey), description."""

    def __init__(self) -> None:
        self.done: list[Experience] = []
        self.company: list[Line] = []
        self.title: list[Line] = []
        self.dates: str | None = None
        self.location: list[Line] = []
        self.text: list[Line] = []
        self.last = ""

    def add(self, line: Line) -> None:
        kind = self._kind(line)
        if kind == "company":
            if self.last != "company":
                self._flush()
                self.company = []
            self.company.append(line)
        elif kind == "title":
            if self.last != "title":
                self._flush()
            self.title.append(line)
        elif kind == "dates":
            self.dates = line.text
        elif kind == "location":
            self.location.append(line)
        elif kind == "text":
            self.text.append(line)
        self.last = kind

    def _kind(self, line: Line) -> str:
        if line.near_size(12.0, 0.25) and line.grey < GREY:
            return "company"
        if line.near_size(11.5, 0.2):
            return "title"
        if not self.title:
            return "skip"  # the company's total time ("21 years 3 months")
        if self.dates is None and self.last == "title" and parse_range(line.text):
            return "dates"
        if line.grey >= GREY and not self.text and self.last in ("dates", "location"):
            return "location"
        if self.dates is None and self.last == "title" and DURATION_RE.match(line.text):
            return "skip"
        return "text"

    def _flush(self) -> None:
        if self.title:
            self.done.append(_position(self.title, self.company, self.dates, self.location,
                                       self.text))
        self.title, self.dates, self.location, self.text = [], None, [], []

    def finish(self) -> list[Experience]:
        self._flush()
        return self.done


def _position(title: list[Line], company: list[Line], dates: str | None,
              location: list[Line], text: list[Line]) -> Experience:
    rng = parse_range(dates) if dates else None
    return Experience(
        title=join_text(title),
        company=join_text(company) or None,
        location=join_text(location) or None,
        start=rng.start if rng else None,
        end=rng.end if rng else None,
        description=paragraphs(text) or None,
    )


def _education(lines: list[Line]) -> list[Education]:
    """School (12 pt, may wrap) followed by its "Degree, Field · (years)" line(s)."""
    schools: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        if not line.near_size(12.0, 0.25):
            if schools:
                schools[-1][1].append(line)
        elif schools and not schools[-1][1] and _same_item(schools[-1][0], line):
            schools[-1][0].append(line)  # the school's name wraps
        else:
            schools.append(([line], []))
    return [_school(name, detail) for name, detail in schools]


def _same_item(previous: list[Line], line: Line) -> bool:
    last = previous[-1]
    return last.page == line.page and line.top - last.top < 1.45 * line.size


def _school(name: list[Line], detail: list[Line]) -> Education:
    text = join_text(detail)
    start = end = None
    if found := find_range(text):
        rng, begin, _ = found
        start, end = rng.start, rng.end
        text = text[:begin].rstrip(" ·•(")
    degree, study = degree_and_field(text)
    return Education(school=join_text(name), degree=degree, field=study, start=start, end=end)
