"""LinkedIn "Save to PDF" profile exports, in the current layout (2022 onwards) and in the
2016-17 layout.

The layout is decided by the document's structure (font sizes, columns, footers), not by its
metadata, so an export whose metadata was stripped still parses; the producer ("Apache FOP")
only tips the balance. A PDF with neither layout is refused as "not a LinkedIn export".

An export shows no photo, connection count or account creation date: those stay ``None``
(not shown), never ``False`` or 0. Lists (experience, education, skills, languages,
certifications) are empty when the export has no such section, because an export shows the
whole profile; note that the current layout lists only the top three skills.
"""

from __future__ import annotations

import io
from typing import Any

from vetlink.domain import Profile
from vetlink.errors import InputError
from vetlink.ingest.budget import refuse
from vetlink.ingest.linkedin_pdf_current import looks_current, parse_current
from vetlink.ingest.linkedin_pdf_legacy import looks_legacy, parse_legacy
from vetlink.ingest.pdf_budget import is_pypdf_limit, pypdf_limits
from vetlink.ingest.pdf_lines import (
    PdfText,
    check_pdf_bytes,
    quiet_pdf_libraries,
    read_pdf_text,
)

MIN_MARKS = 2
PHOTO_MIN_SIDE = 48  # pixels: smaller images are icons, not photos


def parse_linkedin_pdf(data: bytes, where: str = "input") -> Profile:
    """Parse a LinkedIn profile export; bad or foreign PDFs raise InputError."""
    return profile_from_pdf_text(read_pdf_text(data, where), where)


def profile_from_pdf_text(doc: PdfText, where: str = "input") -> Profile:
    """The profile in an export's styled lines (see :func:`read_pdf_text`)."""
    if not any(line.text.strip() for line in doc.lines):
        raise InputError(f"{where}: the PDF has no text (a scan or an image?); "
                         "a LinkedIn export has selectable text")
    layout = detect_layout(doc)
    if layout == "current":
        return parse_current(doc)
    if layout == "legacy":
        return parse_legacy(doc)
    raise InputError(f"{where}: this PDF is not a LinkedIn profile export ('Save to PDF' on "
                     "a profile); for a page printed from a browser, paste its text as .txt")


def detect_layout(doc: PdfText) -> str | None:
    """``"current"``, ``"legacy"`` or ``None`` (not a LinkedIn export)."""
    bonus = _producer_bonus(doc.metadata)
    current = looks_current(doc)
    legacy = looks_legacy(doc)
    if current and current + bonus >= MIN_MARKS and current >= legacy:
        return "current"
    if legacy and legacy + bonus >= MIN_MARKS:
        return "legacy"
    return None


def _producer_bonus(metadata: dict[str, str]) -> int:
    """+1 for LinkedIn's producer, -1 for another known producer, 0 without metadata."""
    producer = " ".join(metadata.get(k, "") for k in ("Producer", "Creator", "Author")).lower()
    if not producer.strip():
        return 0
    return 1 if "apache fop" in producer or "linkedin" in producer else -1


def extract_photo(data: bytes, where: str = "input") -> bytes | None:
    """The profile photo embedded in an export, as image file bytes (PNG or JPEG), or
    ``None`` when the export has none (most have none). Bad PDFs raise InputError; pypdf runs
    under the input budget (decompressed bytes, operators)."""
    with quiet_pdf_libraries(), pypdf_limits(where):
        return _extract_photo(data, where)


def _extract_photo(data: bytes, where: str) -> bytes | None:
    check_pdf_bytes(data, where)
    reader = _reader(data, where)
    if reader.is_encrypted:
        raise InputError(f"{where}: the PDF is encrypted")
    try:
        photos = [img for page in reader.pages[:1] for img in page.images
                  if _looks_like_photo(img)]
        if not photos:
            return None
        best = max(photos, key=lambda img: img.image.width * img.image.height)
        return bytes(best.data)
    except Exception as exc:
        if is_pypdf_limit(exc):
            refuse(where, "decompressed_bytes")
        raise InputError(f"{where}: the PDF's images could not be read "
                         f"({type(exc).__name__})") from None


def _reader(data: bytes, where: str) -> Any:
    from pypdf import PdfReader

    try:
        return PdfReader(io.BytesIO(data))
    except Exception as exc:
        if is_pypdf_limit(exc):
            refuse(where, "decompressed_bytes")
        raise InputError(f"{where}: the PDF could not be read ({type(exc).__name__})") from None


def _looks_like_photo(img: Any) -> bool:
    try:
        width, height = int(img.image.width), int(img.image.height)
    except Exception:  # an image pypdf cannot decode is no photo we can use
        return False
    return min(width, height) >= PHOTO_MIN_SIDE and 0.5 <= width / height <= 2.0
