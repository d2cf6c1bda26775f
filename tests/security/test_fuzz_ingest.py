"""Fuzzing every ingest entry point: whatever the bytes, the reader returns a result or
raises InputError (a VetlinkError), within a CPU-time budget.

The strategies build *structured* hostile inputs, not only random bytes: real fixtures from
``tests/fixtures`` with hostile runs spliced in, nested JSON, PDFs with hostile content
streams (``tests/ingest/pdf_makers.py``), emails with many or nested parts, damaged and
oversized images. ``max_examples`` is kept small so the suite stays under about a minute;
``scripts/fuzz.sh`` runs the same properties with many more examples
(``FUZZ_EXAMPLES_SCALE``)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.ingest.pdf_makers import Text, content_pdf, spaces_bomb, text_pdf
from vetlink.errors import InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCALE = float(os.environ.get("FUZZ_EXAMPLES_SCALE", "1"))
CPU_BUDGET = 10.0  # CPU seconds for one input; a normal check takes well under one
COUNTS: dict[str, int] = {}


def fuzz(examples: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return settings(max_examples=max(1, int(examples * SCALE)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example])


def survives(name: str, read: Callable[[], object]) -> None:
    """``read()`` returns or raises InputError, within the CPU budget."""
    COUNTS[name] = COUNTS.get(name, 0) + 1
    start = time.process_time()
    with contextlib.suppress(InputError):
        read()
    spent = time.process_time() - start
    assert spent < CPU_BUDGET, f"{name}: {spent:.1f} CPU seconds"


def fixture_bytes(*patterns: str) -> list[bytes]:
    return [p.read_bytes() for pattern in patterns for p in sorted(FIXTURES.glob(pattern))]


HOSTILE_UNITS = ["and ", "a", "a@", "@", ".", "a.", "1,", " ", "\t", "\n", "(", "[", "{", "é ",
                 "mutual connections ", "·", "•", " - ", "http://", "WhatsApp ", "+1 ", "Ltd ",
                 "Present ", "2019 - ", "yrs ", "Contact info ", "> ", "From: ", "=?utf-8?b?"]


@st.composite
def spliced(draw: st.DrawFn, bases: list[bytes]) -> bytes:
    """A real fixture with a hostile run, a random slice removed, or random bytes spliced in."""
    base = draw(st.sampled_from(bases))
    at = draw(st.integers(0, len(base)))
    kind = draw(st.sampled_from(["run", "cut", "bytes", "lines"]))
    if kind == "run":
        unit = draw(st.sampled_from(HOSTILE_UNITS)).encode()
        insert = unit * draw(st.integers(1, 40_000 // len(unit)))
    elif kind == "bytes":
        insert = draw(st.binary(max_size=200))
    elif kind == "lines":
        insert = b"\n".join([draw(st.sampled_from(HOSTILE_UNITS)).encode()] *
                            draw(st.integers(1, 5000)))
    else:
        end = draw(st.integers(at, len(base)))
        return base[:at] + base[end:]
    return base[:at] + insert + base[at:]


def json_values() -> st.SearchStrategy[object]:
    leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=30)


@st.composite
def hostile_json(draw: st.DrawFn, bases: list[bytes]) -> bytes:
    kind = draw(st.sampled_from(["deep", "random", "field", "spliced"]))
    if kind == "deep":
        depth = draw(st.integers(1, 100_000))
        opener = draw(st.sampled_from(["[", '{"a":']))
        closer = "]" if opener == "[" else "}"
        return (opener * depth + "1" + closer * depth).encode()
    if kind == "random":
        return json.dumps(draw(json_values())).encode()
    if kind == "field":
        document = json.loads(draw(st.sampled_from(bases)))
        key = draw(st.sampled_from(sorted(document)))
        document[key] = draw(json_values() | st.text(min_size=1000, max_size=50_000))
        return json.dumps(document).encode()
    return draw(spliced(bases))


OPERATORS = [b"0 0 m 1 1 l ", b"q ", b"Q ", b"BT /F1 9 Tf (x) Tj ET ", b"1 0 0 1 0 0 cm ",
             b"[(a) 10 (b)] TJ ", b"/F1 ", b"(", b"<< /A [1 2 3] >> ", b"0 0 1 1 re f ",
             b"BT /F1 1 Tf (" + b"A" * 1000 + b") Tj ET ", b"/Im0 Do ", b"1 g ", b"h "]


@st.composite
def hostile_pdfs(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["stream", "mutated", "bomb"]))
    if kind == "stream":
        operator = draw(st.sampled_from(OPERATORS))
        content = operator * draw(st.integers(1, 1_500_000 // len(operator)))
        content += draw(st.binary(max_size=100))
        return content_pdf(content, flate_times=draw(st.integers(0, 3)),
                           pages=draw(st.integers(1, 3)))
    if kind == "bomb":
        unit = draw(st.sampled_from([b" ", b"(", b"0 0 m ", b"BT (a) Tj ET "]))
        return spaces_bomb(draw(st.integers(1, 48)), unit)
    latin = st.text(st.characters(max_codepoint=255), max_size=200)
    lines = [Text(26, 40, 60, draw(latin)), Text(15.8, 40, 120, "Experience"),
             Text(12, 40, 150, draw(latin))]
    pdf = bytearray(text_pdf([lines], producer="Apache FOP"))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(pdf) - 1))
        pdf[at] = draw(st.integers(0, 255))
    return bytes(pdf)


@st.composite
def hostile_emails(draw: st.DrawFn, bases: list[bytes]) -> bytes:
    kind = draw(st.sampled_from(["parts", "nested", "headers", "spliced"]))
    head = "From: Ann <ann@example.org>\r\nSubject: hello\r\nMIME-Version: 1.0\r\n"
    if kind == "parts":
        n = draw(st.integers(0, 3000))
        body = "".join(f"--B\r\nContent-Type: text/plain\r\n\r\np{i}\r\n" for i in range(n))
        return (head + "Content-Type: multipart/mixed; boundary=B\r\n\r\n" + body
                + "--B--\r\n").encode()
    if kind == "nested":
        depth = draw(st.integers(1, 2000))
        opening = "".join(f"Content-Type: multipart/mixed; boundary=B{i}\r\n\r\n--B{i}\r\n"
                          for i in range(depth))
        return (head + opening + "\r\nhello\r\n").encode()
    if kind == "headers":
        line = draw(st.sampled_from(["X-A: b\r\n", "Subject: " + "=?utf-8?q?a?= " * 50 + "\r\n",
                                     "To: " + "a@b, " * 2000 + "\r\n", "Received: (((((\r\n"]))
        return (head + line * draw(st.integers(1, 8000)) + "\r\nbody\r\n").encode()
    return draw(spliced(bases))


@st.composite
def hostile_images(draw: st.DrawFn) -> bytes:
    from PIL import Image

    fmt = draw(st.sampled_from(["PNG", "JPEG", "GIF", "WEBP", "BMP"]))
    size = (draw(st.integers(1, 64)), draw(st.integers(1, 64)))
    buffer = io.BytesIO()
    Image.new("RGB", size, (draw(st.integers(0, 255)), 40, 90)).save(buffer, fmt)
    data = bytearray(buffer.getvalue())
    kind = draw(st.sampled_from(["flip", "cut", "huge", "junk"]))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 10))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    elif kind == "cut":
        data = data[:draw(st.integers(0, len(data)))]
    elif kind == "huge" and fmt == "PNG":
        data[16:24] = (100_000).to_bytes(4, "big") + (100_000).to_bytes(4, "big")
    elif kind == "junk":
        data = bytearray(data[:16] + draw(st.binary(max_size=500)))
    return bytes(data)


TEXT_PROFILES = fixture_bytes("pasted/*.txt")
JSON_PROFILES = fixture_bytes("profiles/*.json")
CHATS = fixture_bytes("conversations/*.txt")
EMAILS = fixture_bytes("conversations/*.eml")
JSON_CONVERSATIONS = fixture_bytes("conversations/*.json")


@fuzz(40)
@given(spliced(TEXT_PROFILES))
def test_profile_text_returns_or_refuses(data):
    from vetlink.ingest import profile_from_bytes

    survives("profile text", lambda: profile_from_bytes(data, "profile.txt"))


@fuzz(40)
@given(hostile_json(JSON_PROFILES))
def test_profile_json_returns_or_refuses(data):
    from vetlink.ingest import profile_from_bytes

    survives("profile JSON", lambda: profile_from_bytes(data, "profile.json"))


@fuzz(15)
@given(hostile_pdfs())
def test_profile_pdf_returns_or_refuses(data):
    from vetlink.ingest import profile_input_from_bytes

    survives("profile PDF", lambda: profile_input_from_bytes(data, "profile.pdf"))


@fuzz(40)
@given(spliced(CHATS))
def test_chat_text_returns_or_refuses(data):
    from vetlink.ingest.conversation import conversation_from_bytes

    survives("chat text", lambda: conversation_from_bytes(data, "chat.txt"))


@fuzz(25)
@given(hostile_emails(EMAILS))
def test_email_returns_or_refuses(data):
    from vetlink.ingest.conversation import conversation_from_bytes

    survives("email", lambda: conversation_from_bytes(data, "message.eml"))


@fuzz(40)
@given(hostile_json(JSON_CONVERSATIONS))
def test_conversation_json_returns_or_refuses(data):
    from vetlink.ingest.conversation import conversation_from_bytes

    survives("conversation JSON", lambda: conversation_from_bytes(data, "conversation.json"))


@fuzz(40)
@given(hostile_images())
def test_images_return_or_refuse(data):
    from vetlink.photo.load import load_image_bytes

    survives("image", lambda: load_image_bytes(data, "photo"))
