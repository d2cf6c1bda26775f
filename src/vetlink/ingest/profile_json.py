"""Profile JSON (``vetlink/profile/v1``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vetlink.domain import Profile
from vetlink.ingest.common import parse_json, validate


def parse_profile_json(text: str, where: str = "input", base_dir: Path | None = None) -> Profile:
    """Validate against the profile schema and build a Profile.

    A relative ``photo.path`` is resolved against ``base_dir`` (the JSON file's folder).
    """
    data = parse_json(text, where)
    if not isinstance(data, dict):
        raise_shape(where, data)
    profile = certainly_valid_profile(data)
    if profile is None:
        validate(data, "profile", where)
        profile = Profile.model_validate(data)
    if profile.photo and profile.photo.path and base_dir is not None:
        path = Path(profile.photo.path)
        if not path.is_absolute():
            profile.photo.path = str((base_dir / path).resolve())
    return profile


def certainly_valid_profile(data: dict[str, Any]) -> Profile | None:
    """Fast path for well-formed documents, without jsonschema (slow to import and to run).

    The strict domain model (no type coercion, no unknown keys) mirrors the schema; the only
    documents it accepts that the schema refuses are those with ``null`` where the schema
    allows none, or the model's own field name ``schema_``. Such documents, and anything the
    model refuses, go to :func:`validate`, which decides and names the offending field.
    ``tests/ingest/test_profile_json_fast_path.py`` checks on generated documents that what
    this accepts the schema accepts.
    """
    if "schema_" in data or has_disallowed_null(data):
        return None
    try:
        return Profile.model_validate(data, strict=True)
    except ValidationError:
        return None


def has_disallowed_null(value: Any, key: str | None = None) -> bool:
    """A ``null`` anywhere except as an ``end`` date (the only nullable fields). A walk with
    a stack of its own (no recursion, no generator per level: it runs on every API check)."""
    stack: list[tuple[Any, Any]] = [(key, value)]
    while stack:
        name, item = stack.pop()
        if item is None:
            if name != "end":
                return True
        elif isinstance(item, dict):
            stack.extend(item.items())
        elif isinstance(item, list):
            stack.extend((None, x) for x in item)
    return False


def raise_shape(where: str, data: object) -> None:
    from vetlink.errors import InputError

    raise InputError(f"{where}: expected a JSON object (a profile), got {type(data).__name__}")
