"""Styled text lines from a PDF: the text of each run together with its font size, boldness,
grey level and position. LinkedIn exports mark structure by style (the name is 26 pt, section
titles 15.8 pt, locations grey), which is far more reliable than plain text lines.

Opening the PDF is the only place that touches the PDF libraries; every library failure
becomes an :class:`~vetlink.errors.InputError`.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from vetlink.errors import InputError, InputTooLarge
from vetlink.ingest.budget import current_budget, env_name
from vetlink.ingest.pdf_budget import PageMeter, metered, page_classes

SAME_ROW = 2.0  # points: words whose tops differ less than this are on one row
WORD_GAP = 12.0  # points: a wider horizontal gap starts a new run


@dataclass(frozen=True)
class Line:
    """One run of same-styled text on one row."""

    page: int
    x0: float
    x1: float
    top: float
    text: str
    size: float
    bold: bool
    grey: float  # 0 = black, 1 = white

    def near_size(self, size: float, tolerance: float = 0.3) -> bool:
        return abs(self.size - size) <= tolerance


@dataclass(frozen=True)
class PdfText:
    lines: list[Line]
    pages: int
    metadata: dict[str, str]
    page_height: float


def check_pdf_bytes(data: bytes, where: str) -> None:
    """Cheap checks before any parser runs: empty, not a PDF, cut short."""
    if not data.strip():
        raise InputError(f"{where}: is empty")
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{where}: is not a PDF file")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{where}: the PDF is truncated or damaged (it has no end marker); "
                         "download or export it again")


@contextmanager
def quiet_pdf_libraries() -> Iterator[None]:
    """Keep pdfminer's and pypdf's warnings off stderr: on damaged files they quote pieces of
    the document (real people's text) and would break the CLI's one-line error."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pypdf")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def read_pdf_text(data: bytes, where: str) -> PdfText:
    """Open the PDF and return its styled lines, page by page in reading order."""
    with quiet_pdf_libraries():
        return _read_pdf_text(data, where)


def _read_pdf_text(data: bytes, where: str) -> PdfText:
    check_pdf_bytes(data, where)
    with metered(where):
        return _read_document(data, where)


def _read_document(data: bytes, where: str) -> PdfText:
    doc = _open(data, where)
    try:
        count = _check_document(doc, where)
        lines: list[Line] = []
        height = 792.0
        for number, page in enumerate(_pages(doc)):
            height = float(page.mediabox[3] - page.mediabox[1])
            lines.extend(_runs(_page_chars(page, number, height, where), number))
        return PdfText(lines, count, _metadata(doc), height)
    except InputError:
        raise
    except Exception as exc:  # any pdfminer failure on damaged content
        raise InputError(f"{where}: the PDF could not be read ({type(exc).__name__}); "
                         "it may be damaged") from None


def _open(data: bytes, where: str) -> Any:
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise InputError(f"{where}: the PDF is encrypted (password-protected); LinkedIn "
                         "exports are not, so export the profile again") from None
    except Exception as exc:
        raise InputError(f"{where}: the PDF could not be read ({type(exc).__name__}); "
                         "it may be truncated or damaged") from None


def _check_document(doc: Any, where: str) -> int:
    if getattr(doc, "encryption", None):
        raise InputError(f"{where}: the PDF is encrypted; LinkedIn exports are not, "
                         "so export the profile again")
    count = _page_count(doc)
    pages = current_budget().pages
    if count > pages:
        raise InputTooLarge(f"{where}: the PDF has {count:,} pages, more than the {pages} "
                            f"a profile export can have (limit {env_name('pages')}={pages})")
    if count == 0:
        raise InputError(f"{where}: the PDF has no pages")
    return count


def _page_count(doc: Any) -> int:
    """The page count from the page tree, without building every page (page bombs)."""
    from pdfminer.pdftypes import resolve1

    pages = resolve1(doc.catalog.get("Pages"))
    count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    return count if isinstance(count, int) else sum(1 for _ in _pages(doc))


def _pages(doc: Any) -> Iterator[Any]:
    from pdfminer.pdfpage import PDFPage

    pages = current_budget().pages
    for number, page in enumerate(PDFPage.create_pages(doc)):
        if number >= pages:
            return
        yield page


def _metadata(doc: Any) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for info in getattr(doc, "info", []) or []:
        for key, value in (resolve1(info) or {}).items():
            value = resolve1(value)
            if isinstance(value, bytes):
                out[str(key)] = decode_text(value)
            elif isinstance(value, str):
                out[str(key)] = value
    return out


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    size: float
    bold: bool
    grey: float

    @property
    def style(self) -> tuple[float, bool, float]:
        return (self.size, self.bold, self.grey)


def _page_chars(page: Any, number: int, height: float, where: str) -> list[_Char]:
    """The page's characters; its operators and characters are counted while it is read
    (``pdf_operators``, ``pdf_page_chars``) and the page is refused past either."""
    from pdfminer.pdfinterp import PDFResourceManager

    interpreter_class, device_class = page_classes()
    manager = PDFResourceManager()
    device = device_class(manager, laparams=None)
    device.meter = PageMeter(where, number, current_budget())
    interpreter_class(manager, device).process_page(page)
    return list(_chars(device.get_result(), height))


def _chars(container: Any, height: float) -> Iterator[_Char]:
    from pdfminer.layout import LTChar

    for item in container:
        if isinstance(item, LTChar):
            yield _Char(text=item.get_text(), x0=float(item.x0), x1=float(item.x1),
                        top=height - float(item.y1), size=round(float(item.size), 1),
                        bold=_is_bold(item.fontname),
                        grey=round(grey_level(item.graphicstate.ncolor), 2))
        elif hasattr(item, "__iter__"):
            yield from _chars(item, height)


def _runs(chars: list[_Char], page: int) -> Iterator[Line]:
    """Runs of same-styled characters on one row; spaces never break a run."""
    for row in _rows(chars):
        run: list[_Char] = []
        style: tuple[float, bool, float] | None = None  # of the run's last visible char
        for char in row:
            visible = not char.text.isspace()
            if run and (char.x0 - run[-1].x1 > WORD_GAP
                        or (visible and style is not None and char.style != style)):
                yield from _line(run, page)
                run, style = [], None
            run.append(char)
            if visible:
                style = char.style
        if run:
            yield from _line(run, page)


def _rows(chars: list[_Char]) -> Iterator[list[_Char]]:
    row: list[_Char] = []
    for char in sorted(chars, key=lambda c: (round(c.top), c.x0)):
        if row and abs(char.top - row[0].top) > SAME_ROW:
            yield sorted(row, key=lambda c: c.x0)
            row = []
        row.append(char)
    if row:
        yield sorted(row, key=lambda c: c.x0)


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name


def grey_level(color: Any) -> float:
    """0 (black) .. 1 (white) for grey, RGB or CMYK fill colours."""
    if isinstance(color, (int, float)):
        return float(color)
    if not isinstance(color, (list, tuple)) or not color:
        return 0.0
    values = [float(v) for v in color if isinstance(v, (int, float))]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - k) * (1 - (c + m + y) / 3)
    return sum(values) / len(values) if values else 0.0


def _line(run: list[_Char], page: int) -> Iterator[Line]:
    text = ""
    for i, char in enumerate(run):
        if i and not char.text.isspace() and not run[i - 1].text.isspace() \
                and char.x0 - run[i - 1].x1 > 0.25 * char.size:
            text += " "
        text += char.text
    text = " ".join(text.split())
    styled = [c for c in run if c.text.strip()]
    if not text or not styled:
        return
    first = styled[0]
    yield Line(page=page, x0=first.x0, x1=styled[-1].x1, top=min(c.top for c in styled),
               text=text, size=first.size, bold=first.bold, grey=first.grey)
