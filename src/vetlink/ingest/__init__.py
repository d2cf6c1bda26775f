"""Ingest: one module per input format, each returning domain objects.

:func:`load_profile` picks the format from the file name, or from the content for stdin.
"""

from __future__ import annotations

from pathlib import Path

from vetlink.domain import Profile
from vetlink.errors import UnsupportedFormat
from vetlink.ingest.common import DEFAULT_MAX_BYTES, decode_text, read_bytes


def sniff_profile_format(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".pdf", ".txt"):
        return suffix[1:]
    head = data.lstrip()[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"{", b"[")):
        return "json"
    if suffix in ("", ".text", ".md"):
        return "txt"
    raise UnsupportedFormat(f"{name}: unsupported profile format {suffix!r}; "
                            "give a .json, .pdf or .txt file")


def profile_from_bytes(data: bytes, name: str = "input", base_dir: Path | None = None) -> Profile:
    kind = sniff_profile_format(data, name)
    if kind == "pdf":
        from vetlink.ingest.linkedin_pdf import parse_linkedin_pdf

        return parse_linkedin_pdf(data, where=name)
    text = decode_text(data, name)
    if kind == "json":
        from vetlink.ingest.profile_json import parse_profile_json

        return parse_profile_json(text, name, base_dir)
    from vetlink.ingest.profile_text import parse_profile_text

    return parse_profile_text(text, where=name)


def load_profile(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Profile:
    """Load a profile from a .json, .pdf or .txt file, or from stdin (``-``)."""
    data = read_bytes(source, max_bytes)
    name = "standard input" if str(source) == "-" else str(source)
    base_dir = None if str(source) == "-" else Path(source).resolve().parent
    return profile_from_bytes(data, name, base_dir)
