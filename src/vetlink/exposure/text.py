"""The text of a profile as the exposure detectors read it: units (headline, about, each job,
each skill...) split into segments (a sentence, or a part of a headline between ``|``), and
helpers to cut a readable piece of evidence and to tidy a rewritten segment. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vetlink.domain import Profile

MAX_EVIDENCE = 200

# Each alternative that starts with a whitespace run starts only where the run does
# ``(?<!\s)``: trying it at every space of a long run was quadratic.
_SEGMENT_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|(?<!\s)\s*[|•·▪►◆;\n]+\s*"
                            r"|(?<!\s)\s+[–—]\s+")


@dataclass(frozen=True)
class Unit:
    """One piece of profile text with where it is (``headline``, ``experience 2``...)."""

    where: str
    text: str
    list_item: bool = False  # a skill or certification: a short item of a list
    job: int | None = None  # 0-based index of the experience entry this text belongs to


@dataclass(frozen=True)
class Segment:
    unit: Unit
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.unit.text[self.start:self.end]


def profile_units(profile: Profile) -> list[Unit]:
    """Every piece of free text the profile shows, in reading order."""
    units: list[Unit] = []
    if profile.headline:
        units.append(Unit("headline", profile.headline))
    if profile.about:
        units.append(Unit("about", profile.about))
    for i, exp in enumerate(profile.experience or []):
        units.extend(job_units(i, exp.title, exp.company, exp.location, exp.description))
    units.extend(Unit("skills", s, list_item=True) for s in profile.skills or [] if s.strip())
    units.extend(Unit("certifications", c, list_item=True)
                 for c in profile.certifications or [] if c.strip())
    for i, act in enumerate(profile.activity or [], start=1):
        if act.text:
            units.append(Unit(f"activity {i}", act.text))
    return units


def job_units(i: int, title: str, company: str | None, location: str | None,
              description: str | None) -> list[Unit]:
    where = f"experience {i + 1}"
    units = [Unit(f"{where} title", title, job=i)]
    if company:
        units.append(Unit(f"{where} company", company, job=i))
    if location:
        units.append(Unit(f"{where} location", location, job=i))
    if description:
        units.append(Unit(where, description, job=i))
    return units


def segments(unit: Unit) -> Iterator[Segment]:
    """The sentences or headline parts of a unit (a list item is one segment)."""
    if unit.list_item:
        yield Segment(unit, 0, len(unit.text))
        return
    start = 0
    for brk in _SEGMENT_BREAK.finditer(unit.text):
        if brk.start() > start:
            yield trimmed(unit, start, brk.start())
        start = brk.end()
    if start < len(unit.text):
        yield trimmed(unit, start, len(unit.text))


def trimmed(unit: Unit, start: int, end: int) -> Segment:
    text = unit.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(unit, start, end)


def segment_at(unit: Unit, position: int) -> Segment:
    """The segment of ``unit`` that contains the character at ``position``."""
    for seg in segments(unit):
        if seg.start <= position < seg.end:
            return seg
    return Segment(unit, 0, len(unit.text))


def evidence_text(seg: Segment, focus: tuple[int, int] | None = None) -> str:
    """The segment, or a window of it around ``focus`` (offsets in the unit) when it is long."""
    text = seg.text
    if len(text) <= MAX_EVIDENCE or focus is None:
        return text[:MAX_EVIDENCE]
    mid = (focus[0] + focus[1]) // 2 - seg.start
    lo = max(0, mid - MAX_EVIDENCE // 2)
    lo = text.rfind(" ", 0, lo) + 1 if lo else 0
    hi = min(len(text), lo + MAX_EVIDENCE)
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


_FILLER = re.compile(
    r"^(?:and|or|with|currently|also|a|an|the|am|is|are|have|has|had|hold|holding|holds|"
    r"full|active|current|valid|to|at|of|in|on|for|by|as|my|level|ltd|plc|inc|-|–|,|\.)$",
    re.IGNORECASE,
)


def tidy(text: str, edges: bool = True) -> str:
    """Clean up a segment after a phrase was cut out of it: spaces, dangling punctuation and
    (with ``edges``) connecting words left at either end."""
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"(?<!\s)\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"([,;])(?:\s*[,;])+", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if not edges:
        return text
    words = text.split()
    while words and _FILLER.match(words[0].strip(",.;:")):
        words.pop(0)
    while words and _FILLER.match(words[-1].strip(",.;:")):
        words.pop()
    text = " ".join(words).strip(" ,;:-–|/&")
    return re.sub(r"(?<![,;:])[,;:]+$", "", text).strip()


_DOUBLED_WORD = re.compile(r"(?<![\w-])([\w-]{2,40})(?:\s+\1)+(?![\w-])", re.IGNORECASE)
_DOUBLED_ARTICLE = re.compile(r"(?<![\w-])(?:the|an?)\s+(the|an?)(?![\w-])", re.IGNORECASE)
_SUBJECT_AND = re.compile(r"(?<![\w-])(I|we|he|she|they)\s+(?:and|,)\s+(?:and\s+)?", re.IGNORECASE)
_DANGLING_CONJ = re.compile(r"(?<!\s)\s+(?:and|or|with|of|as|plus|who|which|that)"
                            r"(?:\s+(?:is|are|am))?(?=\s*(?:[.,;:!?)]|$))",
                            re.IGNORECASE)
_DOUBLED_CONJ = re.compile(r"(?<![\w-])(and|or),?\s+(?:and|or)(?![\w-])", re.IGNORECASE)


def repair(text: str) -> str:
    """A rewritten segment made grammatical again after words were cut or replaced: no
    doubled words or articles ("a a", "the a"), no "I and work", no conjunction left hanging
    before a full stop, "a"/"an" agreeing with the next word."""
    text = _DOUBLED_WORD.sub(r"\1", text)
    text = _DOUBLED_ARTICLE.sub(r"\1", text)
    text = _SUBJECT_AND.sub(r"\1 ", text)
    text = _DOUBLED_CONJ.sub(r"\1", text)
    text = _DANGLING_CONJ.sub("", text)
    text = _ARTICLE_NEXT.sub(_agree, text)
    return re.sub(r"\s{2,}", " ", text).strip()


_VOWEL_SOUND = re.compile(r"[aeio]|u(?!ni|s[aeu])", re.IGNORECASE)
_ARTICLE_NEXT = re.compile(r"(?<![\w-])([Aa])n?\s+(?=([\w-]{1,40}))")


def _agree(m: re.Match[str]) -> str:
    vowel = _VOWEL_SOUND.match(m.group(2))
    if m.group(2)[:1].isdigit() or m.group(2).isupper():
        return m.group(0)  # "a 5G", "an MoD": leave acronyms and numbers as written
    return f"{m.group(1)}{'n' if vowel else ''} "


def meaningful(text: str) -> bool:
    """True when a tidied remainder still says something (a word of three letters or more)."""
    return bool(re.search(r"[A-Za-z]{3,}", text))


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans (offsets into ``text``) removed."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start >= pos:
            out.append(text[pos:start])
            pos = end
        else:
            pos = max(pos, end)
    out.append(text[pos:])
    return " ".join(part for part in out)
