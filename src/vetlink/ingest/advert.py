"""Reading a job advert: plain text, an HTML page (tags stripped by the standard library's
HTML parser, scripts and styles dropped) or a PDF (through the PDF reader's page and
character budget). At most ``MAX_TEXT_CHARS`` characters of advert text, like a conversation.
"""

from __future__ import annotations

import re
from pathlib import Path

from vetlink.errors import InputError
from vetlink.ingest.common import DEFAULT_MAX_BYTES, decode_text, read_bytes
from vetlink.ingest.conversation import check_text_size

HTML_RE = re.compile(r"<(?:!doctype|html|body|div|p|br|li|ul|ol|h[1-6]|span|table|strong|b|"
                     r"em|a)\b[^<>]{0,2000}>", re.I)
ROW_TOLERANCE = 2.0  # points: runs on one row of a PDF page are one line


def looks_like_html(text: str, name: str) -> bool:
    """An .html/.htm file, or pasted text with at least two HTML tags in its start."""
    if name.lower().endswith((".html", ".htm")):
        return True
    return len(HTML_RE.findall(text[:20_000])) >= 2


def html_advert_text(text: str) -> str:
    from vetlink.ingest.email_message import html_to_text

    return html_to_text(text)


def pdf_advert_text(data: bytes, where: str) -> str:
    """The text of a PDF advert, line by line in reading order."""
    from vetlink.ingest.pdf_lines import read_pdf_text

    lines = read_pdf_text(data, where).lines
    out: list[str] = []
    previous: tuple[int, float] | None = None
    for line in lines:
        here = (line.page, line.top)
        same_row = previous is not None and previous[0] == here[0] and \
            abs(previous[1] - here[1]) <= ROW_TOLERANCE
        if same_row and out:
            out[-1] += " " + line.text
        else:
            out.append(line.text)
        previous = here
    return "\n".join(out)


def advert_from_bytes(data: bytes, name: str = "advert") -> str:
    """The text of an advert given as a file or pasted: .pdf, .html or text."""
    if not data.strip():
        raise InputError(f"{name}: the advert is empty")
    if data[:1024].lstrip().startswith(b"%PDF-") or name.lower().endswith(".pdf"):
        text = pdf_advert_text(data, name)
    else:
        text = decode_text(data, name)
        check_text_size(len(text), name)
        if looks_like_html(text, name):
            text = html_advert_text(text)
    text = text.strip()
    if not text:
        raise InputError(f"{name}: the advert has no text (a scanned PDF or an image?)")
    check_text_size(len(text), name)
    return text


def load_advert(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """An advert from a file, or ``-`` for stdin."""
    data = read_bytes(source, max_bytes)
    return advert_from_bytes(data, "stdin" if str(source) == "-" else Path(source).name)
