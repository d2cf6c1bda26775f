"""Ingest: one module per input format, each returning domain objects.

:func:`load_profile` picks the format from the file name, or from the content for stdin.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vetlink.domain import PhotoRef, Profile
from vetlink.errors import UnsupportedFormat
from vetlink.ingest.budget import check
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
    check(name, "text_chars", len(text))
    if kind == "json":
        from vetlink.ingest.profile_json import parse_profile_json

        return parse_profile_json(text, name, base_dir)
    from vetlink.ingest.profile_text import parse_profile_text

    return parse_profile_text(text, where=name)


@dataclass(frozen=True)
class ProfileInput:
    """A parsed profile and the photo its file carries (a LinkedIn PDF export may embed one;
    the Profile itself can only say that there is one)."""

    profile: Profile
    photo: bytes | None = None


def profile_input_from_bytes(
    data: bytes, name: str = "input", base_dir: Path | None = None
) -> ProfileInput:
    """Like :func:`profile_from_bytes`, plus the photo embedded in a PDF export, if any."""
    profile = profile_from_bytes(data, name, base_dir)
    if sniff_profile_format(data, name) != "pdf":
        return ProfileInput(profile)
    from vetlink.ingest.linkedin_pdf import extract_photo

    photo = extract_photo(data, where=name)
    if photo is not None and profile.photo is None:
        profile = profile.model_copy(update={"photo": PhotoRef(present=True)})
    return ProfileInput(profile, photo)


def read_source(source: str | Path, max_bytes: int) -> tuple[bytes, str, Path | None]:
    """The bytes of a file (or stdin for ``-``), the name to show, and the folder that
    relative paths inside it are resolved against."""
    data = read_bytes(source, max_bytes)
    if str(source) == "-":
        return data, "standard input", None
    return data, str(source), Path(source).resolve().parent


def load_profile(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Profile:
    """Load a profile from a .json, .pdf or .txt file, or from stdin (``-``)."""
    return profile_from_bytes(*read_source(source, max_bytes))


def load_profile_input(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ProfileInput:
    """Load a profile and the photo its file embeds (read once), from a file or stdin."""
    return profile_input_from_bytes(*read_source(source, max_bytes))
