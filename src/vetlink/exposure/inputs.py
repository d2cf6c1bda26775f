"""Reading the user's own profile for the exposure check, shared by the CLI, the web page and
the bench: the same parsers as ``vetlink check``, plus the photo a LinkedIn PDF embeds (the
parsed profile does not carry it), so that the photo note is shown."""

from __future__ import annotations

from pathlib import Path

from vetlink.domain import PhotoRef, Profile
from vetlink.ingest import profile_from_bytes
from vetlink.ingest.common import DEFAULT_MAX_BYTES, read_bytes


def exposure_profile(data: bytes, name: str = "input", base_dir: Path | None = None) -> Profile:
    """Parse profile bytes (JSON, LinkedIn PDF or pasted text); raises ``InputError``."""
    profile = profile_from_bytes(data, name, base_dir)
    if profile.photo is None and data.lstrip()[:4] == b"%PDF" and pdf_has_photo(data):
        profile = profile.model_copy(update={"photo": PhotoRef(present=True)})
    return profile


def pdf_has_photo(data: bytes) -> bool:
    from vetlink.ingest.linkedin_pdf import extract_photo

    return extract_photo(data) is not None


def load_exposure_profile(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Profile:
    """Read a profile file, or stdin for ``-``, for the exposure check."""
    data = read_bytes(source, max_bytes)
    stdin = str(source) == "-"
    name = "standard input" if stdin else str(source)
    return exposure_profile(data, name, None if stdin else Path(source).resolve().parent)
