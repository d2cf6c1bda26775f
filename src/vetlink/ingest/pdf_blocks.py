"""Helpers shared by the two LinkedIn PDF layouts: grouping styled lines into items and
paragraphs, splitting "Degree, Field" and reading contact entries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vetlink.domain import Contact
from vetlink.ingest.pdf_lines import Line

PHONE_RE = re.compile(r"^\+?[\d\s().\-/]{6,}+(?:\s*(?:x|ext\.?)\s*\d+)?$")
EMAIL_RE = re.compile(r"^[^@\s/]+@[^@\s/]+\.[A-Za-z]{2,}$")
PHONE_LABELS = {"mobile", "home", "work", "phone", "cell"}
MESSAGING_LABELS = {
    "skype", "wechat", "qq", "icq", "aim", "yahoo! messenger", "yahoo messenger", "hangouts",
    "google hangouts", "gtalk", "google talk", "whatsapp", "telegram", "signal", "line",
    "windows live messenger", "kakaotalk", "viber",
}


def split_items(lines: Iterable[Line], gap_factor: float = 1.45) -> list[list[Line]]:
    """Split lines into items where the vertical gap is wider than wrapped lines have."""
    items: list[list[Line]] = []
    for line in lines:
        if items and not _new_item(items[-1][-1], line, gap_factor):
            items[-1].append(line)
        else:
            items.append([line])
    return items


def _new_item(prev: Line, line: Line, gap_factor: float) -> bool:
    if line.page != prev.page:
        return True
    if abs(line.top - prev.top) <= 2.0:  # same row
        return False
    return line.top - prev.top > gap_factor * max(prev.size, line.size)


def join_text(lines: Iterable[Line]) -> str:
    """Wrapped lines of one item joined with single spaces."""
    return clean(" ".join(line.text for line in lines))


def paragraphs(lines: list[Line], gap_factor: float = 1.6) -> str:
    """Body text: wrapped lines joined with spaces, paragraphs with newlines."""
    out: list[str] = []
    for i, line in enumerate(lines):
        sep = _separator(lines[i - 1], line, gap_factor) if i else ""
        out.append(sep + line.text)
    return "\n".join(clean(p) for p in "".join(out).split("\n") if clean(p))


def _separator(prev: Line, line: Line, gap_factor: float) -> str:
    same_page = line.page == prev.page
    gap = line.top - prev.top
    if same_page and abs(gap) <= 2.0:
        return " "
    new_paragraph = same_page and (gap > gap_factor * max(prev.size, line.size)
                                   or prev.text.rstrip().endswith((".", ":")))
    return "\n" if new_paragraph or _starts_item(line.text) else " "


def _starts_item(text: str) -> bool:
    return bool(re.match(r"^\s*(?:[•▪◦●·\-–*]|\d+[.)])\s", text))


def clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


DEGREE_RE = re.compile(
    r"\b(?:bachelor|master|doctor|doctorate|ph\.?\s?d|diplom|degree|associate|licen[cs]|"
    r"certificat|high school|secondary|baccalaur|abitur|mba|bsc|msc|beng|meng|llb|llm|"
    r"[bm]\.?[as]\.?|[bm]\.?sc\.?|m\.?d|j\.?d|ed\.?d|dipl)\b|^[A-Za-z]{2,}+\.?$",
    re.IGNORECASE,
)


def degree_and_field(text: str) -> tuple[str | None, str | None]:
    """LinkedIn writes ``Degree, Field``. One part alone is the degree when it reads like one
    ("Bachelor of Science", "MSc") and the field of study otherwise."""
    text = clean(text).strip(",;·- ")
    if not text:
        return None, None
    degree, sep, field = text.partition(", ")
    if not sep and not DEGREE_RE.search(degree):
        return None, clean(degree)
    return clean(degree) or None, clean(field) or None


def contact_from_entries(entries: Iterable[tuple[str, str | None]]) -> tuple[Contact, str | None]:
    """Sort ``(value, label)`` pairs into a Contact; the LinkedIn profile URL is returned
    apart, as the profile's ``url``."""
    contact = Contact()
    url: str | None = None
    for value, label in entries:
        value = value.strip()
        kind = (label or "").strip("() ").lower()
        if not value:
            continue
        if kind == "linkedin" or "linkedin.com/in/" in value.lower():
            url = url or normalise_url(value)
        elif kind in MESSAGING_LABELS:
            contact.messaging.append(f"{label.strip('() ') if label else kind}: {value}")
        elif kind in PHONE_LABELS or (not kind and PHONE_RE.match(value)):
            contact.phones.append(value)
        elif EMAIL_RE.match(value):
            contact.emails.append(value)
        else:
            contact.websites.append(value)
    return contact, url


def normalise_url(value: str) -> str:
    value = value.strip()
    return value if re.match(r"^https?://", value, re.IGNORECASE) else "https://" + value


def contact_entries(lines: list[Line],
                    label_grey: float = 0.85) -> Iterator[tuple[str, str | None]]:
    """Contact lines as ``(value, label)``: a value can wrap over lines (long URLs and
    e-mail addresses are cut without a space) and ends at its grey ``(Label)`` or a gap."""
    parts: list[Line] = []
    for line in lines:
        is_label = bool(re.fullmatch(r"\A\(.+\)", line.text.strip())) and line.grey < label_grey
        if is_label:
            yield _value(parts), line.text
            parts = []
            continue
        if parts and _new_item(parts[-1], line, 1.45):
            yield from _unlabelled(parts)
            parts = []
        parts.append(line)
    if parts:
        yield from _unlabelled(parts)


def _unlabelled(parts: list[Line]) -> Iterator[tuple[str, str | None]]:
    yield _value(parts), None


def _value(parts: list[Line]) -> str:
    text = "".join(p.text for p in parts).strip()
    return text if PHONE_RE.match(text) else text.replace(" ", "")


def dedupe(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out
