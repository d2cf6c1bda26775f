"""Hostile inputs reported in issue 9: each is refused with a one-line InputError naming the
limit (or read normally), instead of running for minutes, allocating gigabytes or crashing.

Each case runs in a subprocess with a watchdog (``run_ingest``): on the code before the fix
these inputs ran for minutes, and a hung test must fail, not hang CI. The watchdog is a
hang guard far above the expected time, not a performance measurement (those are in
``bench/hostile_inputs.py``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ingest.pdf_makers import content_pdf, spaces_bomb

REPO = Path(__file__).resolve().parents[2]
WATCHDOG = 60.0  # seconds; the fixed code answers each case in about a second

RUNNER = """
import json, sys
from vetlink.errors import VetlinkError
kind, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
try:
    if kind == "profile":
        from vetlink.ingest import profile_input_from_bytes
        result = profile_input_from_bytes(data, path).profile.model_dump(mode="json")
    elif kind == "conversation":
        from vetlink.ingest.conversation import conversation_from_bytes
        result = conversation_from_bytes(data, path).model_dump(mode="json")
    else:
        from vetlink.exposure.details import find_contact_details
        result = [kind for kind, _ in find_contact_details(data.decode())]
    print(json.dumps({"result": result}))
except VetlinkError as exc:
    print(json.dumps({"error": type(exc).__name__, "message": exc.message}))
"""


def run_ingest(kind: str, data: bytes, tmp_path: Path, name: str) -> dict[str, object]:
    """Ingest ``data`` in a fresh interpreter; the outcome (result or error) as a dict."""
    path = tmp_path / name
    path.write_bytes(data)
    try:
        done = subprocess.run([sys.executable, "-c", RUNNER, kind, str(path)], cwd=REPO,
                              capture_output=True, timeout=WATCHDOG, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: still running after {WATCHDOG:.0f} s")
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    outcome: dict[str, object] = json.loads(done.stdout)
    return outcome


def test_long_line_of_ands_before_the_first_section_is_read_quickly(tmp_path):
    outcome = run_ingest("profile", b"Jane Doe\n" + b"and " * 1000, tmp_path, "ands.txt")
    profile = outcome["result"]
    assert isinstance(profile, dict) and profile["name"] == "Jane Doe"
    assert profile["mutual_connections"] is None


def test_long_run_of_letters_has_no_email_and_is_read_quickly(tmp_path):
    text = b"Jane Doe\nRecruiter\nAbout\n" + b"a" * 190_000 + b"\n"
    outcome = run_ingest("profile", text, tmp_path, "about.txt")
    profile = outcome["result"]
    assert isinstance(profile, dict) and profile["contact"] is None


def test_exposure_contact_details_scan_a_long_run_quickly(tmp_path):
    outcome = run_ingest("details", b"a" * 190_000 + b" write to jane@example.org", tmp_path,
                         "details.txt")
    assert outcome["result"] == ["work email"]


def test_pdf_compressed_twice_is_refused_while_inflating(tmp_path):
    outcome = run_ingest("profile", spaces_bomb(64), tmp_path, "bomb.pdf")
    assert outcome["error"] == "InputTooLarge"
    assert "VETLINK_MAX_DECOMPRESSED_BYTES=" in str(outcome["message"])


def test_pdf_page_with_a_huge_text_command_is_refused(tmp_path):
    pdf = content_pdf(b"BT /F1 1 Tf 10 700 Td (" + b"A" * 300_000 + b") Tj ET")
    outcome = run_ingest("profile", pdf, tmp_path, "text.pdf")
    assert outcome["error"] == "InputTooLarge"
    assert "VETLINK_MAX_PDF_PAGE_CHARS=" in str(outcome["message"])


@pytest.mark.parametrize("token", [b"(" * 400_000 + b")" * 400_000, b"/A" + b"#41" * 300_000])
def test_pdf_token_that_pdfminer_grows_quadratically_is_refused(tmp_path, token):
    """pdfminer appends to a string or name token at every parenthesis or escape: found by
    the fuzzer, a 1 MB content stream of nested parentheses ran for minutes."""
    pdf = content_pdf(b"BT /F1 1 Tf 10 700 Td " + token + b" Tj ET", flate_times=1)
    outcome = run_ingest("profile", pdf, tmp_path, "token.pdf")
    assert outcome["error"] == "InputTooLarge"
    assert "one token" in str(outcome["message"])


def test_pdf_page_with_200k_path_operations_is_refused(tmp_path):
    pdf = content_pdf(b"0 0 m 1 1 l " * 100_000 + b"S", flate_times=1)
    outcome = run_ingest("profile", pdf, tmp_path, "paths.pdf")
    assert outcome["error"] == "InputTooLarge"
    assert "VETLINK_MAX_PDF_OPERATORS=" in str(outcome["message"])


def many_part_email(parts: int) -> bytes:
    body = "".join(f"--B\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(parts))
    return (f"From: Ann <ann@example.org>\r\nSubject: hello\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/mixed; boundary=B\r\n\r\n{body}--B--\r\n").encode()


def nested_email(depth: int) -> bytes:
    head = "From: ann@example.org\r\nSubject: nested\r\n"
    opening = "".join(f"Content-Type: multipart/mixed; boundary=B{i}\r\n\r\n--B{i}\r\n"
                      for i in range(depth))
    closing = "".join(f"--B{i}--\r\n" for i in reversed(range(depth)))
    return (head + opening + "Content-Type: text/plain\r\n\r\nhello\r\n" + closing).encode()


def test_email_with_100k_parts_is_refused_while_parsing(tmp_path):
    outcome = run_ingest("conversation", many_part_email(100_000), tmp_path, "parts.eml")
    assert outcome["error"] == "InputTooLarge"
    assert "VETLINK_MAX_PARTS=" in str(outcome["message"])


def test_deeply_nested_email_is_refused(tmp_path):
    outcome = run_ingest("conversation", nested_email(2000), tmp_path, "nested.eml")
    assert outcome["error"] == "InputTooLarge"
    assert "VETLINK_MAX_NESTING_DEPTH=" in str(outcome["message"])


def test_email_with_a_few_parts_is_still_read(tmp_path):
    outcome = run_ingest("conversation", many_part_email(5), tmp_path, "few.eml")
    conversation = outcome["result"]
    assert isinstance(conversation, dict) and conversation["contact"] == "Ann <ann@example.org>"


@pytest.mark.parametrize("kind,name", [("profile", "deep.json"), ("conversation", "deep.json")])
def test_deeply_nested_json_is_refused_not_a_recursion_error(tmp_path, kind, name):
    deep = b"{\"name\": \"Ann\", \"x\": " + b"[" * 50_000 + b"]" * 50_000 + b"}"
    outcome = run_ingest(kind, deep, tmp_path, name)
    assert outcome["error"] == "InputTooLarge"
    assert "VETLINK_MAX_NESTING_DEPTH=" in str(outcome["message"])


def test_cli_refuses_deep_json_in_one_line_with_exit_2(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    done = subprocess.run([sys.executable, "-m", "vetlink.cli", "check", str(deep)], cwd=REPO,
                          capture_output=True, timeout=WATCHDOG, check=False)
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "VETLINK_MAX_NESTING_DEPTH=32" in lines[0]
