"""Profile JSON (``vetlink/profile/v1``)."""

from __future__ import annotations

from pathlib import Path

from vetlink.domain import Profile
from vetlink.ingest.common import parse_json, validate


def parse_profile_json(text: str, where: str = "input", base_dir: Path | None = None) -> Profile:
    """Validate against the profile schema and build a Profile.

    A relative ``photo.path`` is resolved against ``base_dir`` (the JSON file's folder).
    """
    data = parse_json(text, where)
    if not isinstance(data, dict):
        raise_shape(where, data)
    validate(data, "profile", where)
    profile = Profile.model_validate(data)
    if profile.photo and profile.photo.path and base_dir is not None:
        path = Path(profile.photo.path)
        if not path.is_absolute():
            profile.photo.path = str((base_dir / path).resolve())
    return profile


def raise_shape(where: str, data: object) -> None:
    from vetlink.errors import InputError

    raise InputError(f"{where}: expected a JSON object (a profile), got {type(data).__name__}")
