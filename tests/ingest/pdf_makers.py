"""Small PDFs made inside the tests (never copies of the shared exports)."""

from __future__ import annotations

import io
from typing import NamedTuple


class Text(NamedTuple):
    size: float
    x: float
    y: float  # from the top of the page, like a reader sees it
    text: str
    grey: float = 0.1
    font: str = "F1"  # F1 Helvetica, F2 Helvetica-Bold, F3 Times-Roman, F4 Times-Bold


FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold"}


def text_pdf(pages: list[list[Text]], producer: str | None = None) -> bytes:
    """A PDF drawing the given text lines, written by hand so its structure (sizes, greys,
    positions, metadata) is fully under the test's control."""
    fonts = b" ".join(b"/%s %d 0 R" % (name.encode(), 3 + i) for i, name in enumerate(FONTS))
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects += [b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                % f.encode()
                for f in FONTS.values()]
    info = b"<< /Producer (%s) >>" % producer.encode() if producer else b"<< >>"
    objects.append(info)
    kids = []
    for lines in pages:
        content = b"".join(
            b"%.2f g BT /%s %.1f Tf %.1f %.1f Td (%s) Tj ET\n"
            % (t.grey, t.font.encode(), t.size, t.x, 792 - t.y - t.size, _escape(t.text))
            for t in lines
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << %s >> >> >>" % (len(objects), fonts))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objects, info_number=3 + len(FONTS))


def _escape(text: str) -> bytes:
    raw = text.encode("latin-1")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _assemble(objects: list[bytes], info_number: int) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_number, xref)
    return out


def rewritten(data: bytes, password: str | None = None, producer: str | None = None) -> bytes:
    """``data`` written again by pypdf: encrypted with ``password``, or with a different
    producer in its metadata."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    if producer is not None:
        writer.add_metadata({"/Producer": producer})
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_pdf(width: int, height: int) -> bytes:
    """A PDF holding one embedded image (a stand-in for a profile photo)."""
    from PIL import Image

    image = Image.new("RGB", (width, height), (120, 90, 60))
    buffer = io.BytesIO()
    image.save(buffer, "PDF")
    return buffer.getvalue()


def content_pdf(content: bytes, flate_times: int = 0, pages: int = 1) -> bytes:
    """A PDF whose page(s) draw ``content`` (raw PDF operators), FlateDecode-compressed
    ``flate_times`` times: the shape of hostile PDFs (decompression bombs, pages with huge
    text commands or hundreds of thousands of operators)."""
    import zlib

    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font, b"<< >>"]
    data = content
    for _ in range(flate_times):
        data = zlib.compress(data, 9)
    filters = b"[" + b" ".join([b"/FlateDecode"] * flate_times) + b"]"
    stream = (b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters) + data
              + b"\nendstream")
    kids = []
    for _ in range(pages):
        objects.append(stream)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objects, info_number=4)


def spaces_bomb(megabytes: int, unit: bytes = b" ") -> bytes:
    """``megabytes`` MB of spaces (or of ``unit``) compressed twice: a few KB that inflate to
    the whole size."""
    import zlib

    packer = zlib.compressobj(9)
    block = (unit * (1024 * 1024 // len(unit) + 1))[:1024 * 1024]
    once = b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()
    twice = zlib.compress(once, 9)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", font, b"<< >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R "
               b"/Resources << /Font << /F1 3 0 R >> >> >>",
               b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(twice)
               + twice + b"\nendstream"]
    return _assemble(objects, info_number=4)
