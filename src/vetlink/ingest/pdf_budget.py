"""PDF reading under the input budget, at the lowest layer every PDF path goes through.

* **Decompression.** pdfminer inflates a stream (``PDFStream.decode``) in one call, with no
  limit: a content stream compressed twice (600 MB of spaces in 1.7 KB) was fully inflated
  before any check. :func:`install` replaces that method with :func:`bounded_decode`, which
  inflates incrementally (``zlib`` with ``max_length``, LZW and run-length chunk by chunk) and
  stops as soon as the document's streams together pass ``decompressed_bytes``. pypdf (used for
  the embedded photo) gets the same limit through its own ``Configuration``
  (:func:`pypdf_limits`).
* **Work per page.** :class:`BudgetInterpreter` counts every operator and operand the content
  parser hands over (``pdf_operators``) and :class:`BudgetDevice` every character drawn
  (``pdf_page_chars``), so a page with 200,000 path operations or one 300,000-character text
  command is refused while it is being read, not after.

The budget of the document being read is held in a context variable (:func:`metered`), so
concurrent reads (web workers, threads) each count their own bytes.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from vetlink.ingest.budget import Budget, current_budget, refuse

RECOVERY_CHUNK = 1  # bytes fed at a time when a damaged zlib stream is recovered (as pdfminer)


class Meter:
    """What one document has used of its budget so far."""

    def __init__(self, where: str, budget: Budget) -> None:
        self.where = where
        self.budget = budget
        self.inflated = 0

    def room(self) -> int:
        return self.budget.decompressed_bytes - self.inflated

    def add(self, produced: int) -> None:
        self.inflated += produced
        if self.inflated > self.budget.decompressed_bytes:
            refuse(self.where, "decompressed_bytes")


_METER: ContextVar[Meter | None] = ContextVar("vetlink_pdf_meter", default=None)


@contextmanager
def metered(where: str) -> Iterator[Meter]:
    """Count the streams inflated inside the block against the current budget."""
    install()
    meter = Meter(where, current_budget())
    token = _METER.set(meter)
    try:
        yield meter
    finally:
        _METER.reset(token)


def _meter() -> Meter:
    """The document's meter; outside :func:`metered`, a fresh one per stream (pdfminer used
    directly still cannot inflate one stream past the budget)."""
    return _METER.get() or Meter("PDF stream", current_budget())


# --- decompression -------------------------------------------------------------------------

def inflate(data: bytes, meter: Meter) -> bytes:
    """zlib-inflate ``data`` without ever producing more than the meter's room (+1 byte)."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, meter.room() + 1)
        meter.add(len(out))
        return out + _flush(inflater, meter)
    except zlib.error:
        return _inflate_damaged(data, meter)


def _flush(inflater: Any, meter: Meter) -> bytes:
    if inflater.unconsumed_tail:
        meter.add(meter.room() + 1)  # output left over: the stream is larger than the room
    tail: bytes = inflater.flush()
    meter.add(len(tail))
    return tail


def _inflate_damaged(data: bytes, meter: Meter) -> bytes:
    """What pdfminer's ``decompress_corrupted`` recovers (everything up to the damage), under
    the same budget."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    try:
        for start in range(0, len(data), RECOVERY_CHUNK):
            out = inflater.decompress(data[start:start + RECOVERY_CHUNK], meter.room() + 1)
            meter.add(len(out))
            parts.append(out)
    except zlib.error:
        pass
    return b"".join(parts)


def lzw_decode(data: bytes, meter: Meter) -> bytes:
    from pdfminer.lzw import LZWDecoder

    parts: list[bytes] = []
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        meter.add(len(chunk))
        parts.append(chunk)
    return b"".join(parts)


def run_length_decode(data: bytes, meter: Meter) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        length = data[i]
        if length == 128:
            break
        if length < 128:
            chunk = data[i + 1:i + 2 + length]
            i += length + 2
        else:
            chunk = data[i + 1:i + 2] * (257 - length)
            i += 2
        meter.add(len(chunk))
        out += chunk
    return bytes(out)


def _shrinking(decode: Callable[[bytes], bytes]) -> Callable[[bytes, Meter], bytes]:
    """A filter whose output is never longer than its input (ASCII85, ASCIIHex)."""
    def run(data: bytes, meter: Meter) -> bytes:
        out = decode(data)
        meter.add(len(out))
        return out
    return run


def _filters() -> dict[Any, Callable[[bytes, Meter], bytes]]:
    from pdfminer import pdftypes as t

    table: dict[Any, Callable[[bytes, Meter], bytes]] = {}
    for names, decode in ((t.LITERALS_FLATE_DECODE, inflate), (t.LITERALS_LZW_DECODE, lzw_decode),
                          (t.LITERALS_RUNLENGTH_DECODE, run_length_decode),
                          (t.LITERALS_ASCII85_DECODE, _shrinking(t.ascii85decode)),
                          (t.LITERALS_ASCIIHEX_DECODE, _shrinking(t.asciihexdecode))):
        for name in names:
            table[name] = decode
    return table


def bounded_decode(stream: Any) -> None:
    """``PDFStream.decode`` under the budget: the same filters and predictors as pdfminer's,
    each inflating filter stopped at the document's remaining room."""
    from pdfminer import pdftypes as t

    data = stream.rawdata
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    meter = _meter()
    table = _filters()
    for name, params in stream.get_filters():
        if name in table:
            data = table[name](data, meter)
        elif name in t.LITERALS_CCITTFAX_DECODE:
            _check_ccitt(params, meter)
            data = t.ccittfaxdecode(data, params)
        elif name in t.LITERALS_DCT_DECODE or name in t.LITERALS_JBIG2_DECODE \
                or name in t.LITERALS_JPX_DECODE:
            pass  # images stay encoded
        else:
            raise t.PDFNotImplementedError(f"Unsupported filter: {name!r}")
        data = _predict(data, params)
    stream.data = data
    stream.rawdata = None


def _check_ccitt(params: Any, meter: Meter) -> None:
    from pdfminer.pdftypes import int_value

    params = params or {}
    width = int_value(params.get("Columns", 1728))
    height = int_value(params.get("Rows", 0))
    if width * max(height, 1) // 8 > meter.room():
        meter.add(meter.room() + 1)


def _predict(data: bytes, params: Any) -> bytes:
    """pdfminer's predictors (their output is no longer than their input)."""
    from pdfminer.pdftypes import PDFNotImplementedError, int_value
    from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

    if not params or "Predictor" not in params:
        return data
    predictor = int_value(params["Predictor"])
    if predictor == 1:
        return data
    colors = int_value(params.get("Colors", 1))
    columns = int_value(params.get("Columns", 1))
    bits = int_value(params.get("BitsPerComponent", 8))
    if predictor == 2:
        return bytes(apply_tiff_predictor(colors, columns, bits, data))
    if predictor >= 10:
        return bytes(apply_png_predictor(predictor, colors, columns, bits, data))
    raise PDFNotImplementedError(f"Unsupported predictor: {predictor!r}")


_INSTALLED: list[bool] = []


def install() -> None:
    """Make every pdfminer stream inflate under the budget, and every token its parser builds
    stay under it (once per process)."""
    if _INSTALLED:
        return
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSBaseParser

    PDFStream.decode = bounded_decode  # type: ignore[method-assign, assignment]
    for name in TOKEN_METHODS:
        setattr(PSBaseParser, name, _capped(getattr(PSBaseParser, name)))
    _INSTALLED.append(True)


# pdfminer grows a string or name token by ``bytes +=`` at every parenthesis or escape, so a
# token of n such characters costs n²/2 byte copies (a 1 MB "((((..." string: minutes). No
# token may grow past the characters one page may draw.
TOKEN_METHODS = ("_parse_string", "_parse_string_1", "_parse_literal", "_parse_literal_hex",
                 "_parse_hexstring", "_parse_keyword", "_parse_number", "_parse_float")


def _capped(method: Callable[..., int]) -> Callable[..., int]:
    def parse(self: Any, s: bytes, i: int) -> int:
        j = method(self, s, i)
        if len(self._curtoken) > current_budget().pdf_page_chars:
            refuse(f"{_meter().where}: one token", "pdf_page_chars")
        return j

    return parse


# --- work per page ---------------------------------------------------------------------------

class PageMeter:
    """Operators and characters of one page, against the budget."""

    def __init__(self, where: str, page: int, budget: Budget) -> None:
        self.where = f"{where}: page {page + 1}"
        self.budget = budget
        self.operations = 0
        self.chars = 0

    def operation(self) -> None:
        self.operations += 1
        if self.operations > self.budget.pdf_operators:
            refuse(self.where, "pdf_operators")

    def char(self) -> None:
        self.chars += 1
        if self.chars > self.budget.pdf_page_chars:
            refuse(self.where, "pdf_page_chars")


def page_classes() -> tuple[type, type]:
    """The interpreter and device classes that count a page's work (built on first use, so
    that importing vetlink does not import pdfminer)."""
    if not _CLASSES:
        _CLASSES.append(_build_classes())
    return _CLASSES[0]


_CLASSES: list[tuple[type, type]] = []


def _build_classes() -> tuple[type, type]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter

    class BudgetDevice(PDFPageAggregator):  # type: ignore[misc]
        meter: PageMeter

        def render_char(self, *args: Any, **kwargs: Any) -> Any:
            self.meter.char()
            return super().render_char(*args, **kwargs)

    class BudgetInterpreter(PDFPageInterpreter):  # type: ignore[misc]
        """Counts each operand pushed and each operator run (form XObjects included: their
        interpreter shares the device, and with it the page's meter)."""

        def push(self, obj: Any) -> None:
            self.device.meter.operation()  # type: ignore[attr-defined]
            super().push(obj)

    for name in dir(PDFPageInterpreter):
        if name.startswith("do_"):
            setattr(BudgetInterpreter, name, _counted(getattr(PDFPageInterpreter, name)))
    return BudgetInterpreter, BudgetDevice


def _counted(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method`` counting one operation per call, with the same number of arguments (the
    interpreter reads it from ``__code__.co_argcount``)."""
    def op0(self: Any) -> Any:
        self.device.meter.operation()
        return method(self)

    def op1(self: Any, a: Any) -> Any:
        self.device.meter.operation()
        return method(self, a)

    def op2(self: Any, a: Any, b: Any) -> Any:
        self.device.meter.operation()
        return method(self, a, b)

    def op3(self: Any, a: Any, b: Any, c: Any) -> Any:
        self.device.meter.operation()
        return method(self, a, b, c)

    def op4(self: Any, a: Any, b: Any, c: Any, d: Any) -> Any:
        self.device.meter.operation()
        return method(self, a, b, c, d)

    def op6(self: Any, a: Any, b: Any, c: Any, d: Any, e: Any, f: Any) -> Any:
        self.device.meter.operation()
        return method(self, a, b, c, d, e, f)

    wrappers: dict[int, Callable[..., Any]] = {1: op0, 2: op1, 3: op2, 4: op3, 5: op4, 7: op6}
    # an operator with another count is left uncounted rather than broken
    return wrappers.get(method.__code__.co_argcount, method)


# --- pypdf -------------------------------------------------------------------------------------

@contextmanager
def pypdf_limits(where: str) -> Iterator[None]:
    """pypdf's own limits set to the budget for the block (pypdf >= 6 has a Configuration;
    older versions keep their built-in limits)."""
    try:
        from pypdf import apply_configuration
    except ImportError:  # pragma: no cover - older pypdf
        yield
        return
    room = current_budget().decompressed_bytes
    with apply_configuration(zlib_maximum_output_length=room, lzw_maximum_output_length=room,
                             run_length_maximum_output_length=room,
                             array_based_stream_maximum_output_length=room,
                             jbig2_maximum_output_length=room, image_maximum_buffer_size=room,
                             stream_parsing_work_maximum_count=current_budget().pdf_operators):
        yield


def is_pypdf_limit(exc: BaseException) -> bool:
    from pypdf.errors import LimitReachedError

    return isinstance(exc, LimitReachedError)
