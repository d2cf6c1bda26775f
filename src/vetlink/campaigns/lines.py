"""One line of a bulk file: ``{"profile", "conversation"?, "reporter", "department",
"reported_at", "sector"?, "photo_hashes"?}``, checked and turned into domain objects. The
import and the Spark job read lines with this one function.

A profile's ``photo.path`` names an image file relative to the bulk file's folder (the
profile schema's rule for a JSON file). A line whose photo file is not there is still a good
line: the photo's sha256 keys it as before, the path is dropped so that ``assess`` checks the
rest, and :attr:`Line.photo_missing` says so (the import lists those lines). Only a regular
file is ever opened (never a FIFO or a device)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from pydantic import ValidationError

from vetlink.campaigns.keys import PersonaRecord, organisation_of, photo_array
from vetlink.domain import Conversation, Profile
from vetlink.errors import InputError

FIELDS = {"profile", "conversation", "reporter", "department", "reported_at", "sector",
          "photo_hashes"}
MAX_LINE = 1_000_000  # bytes of one line


@dataclass
class Line:
    number: int
    digest: str  # sha256 of the canonical JSON of the line: the idempotency key
    profile: Profile
    conversation: Conversation | None
    reporter: str
    department: str | None
    sector: str | None
    reported_at: datetime | None
    photo_hashes: dict[str, str] | None
    photo: np.ndarray | None = None  # photo_array(photo_hashes), checked when parsed
    photo_missing: bool = False  # the profile named a photo file that is not there

    def record(self, lures: tuple[str, ...] = ()) -> PersonaRecord:
        return PersonaRecord(
            id=self.digest, profile=self.profile.to_json(),
            conversation=self.conversation.to_json() if self.conversation else None,
            department=self.department, sector=self.sector,
            organisation=organisation_of(self.reporter),
            reported_at=self.reported_at.isoformat() if self.reported_at else None,
            lures=lures,
            photo=self.photo if self.photo is not None else photo_array(self.photo_hashes))


def first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "value"
    return f"{where}: {err.get('msg', 'invalid')}"


def parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise InputError("reported_at: an ISO 8601 date-time is required")
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"reported_at: not ISO 8601 ({value[:40]!r})") from exc
    if moment.tzinfo is not None:  # naive UTC, as the store keeps times
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def optional_text(data: dict[str, Any], key: str, limit: int) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise InputError(f"{key}: a string of at most {limit} characters")
    return value.strip() or None


def settle_photo(profile: Profile, base_dir: Path | None) -> bool:
    """Resolve ``profile.photo.path`` against ``base_dir``; drop it when it names no regular
    file. True when a named photo was not there."""
    if profile.photo is None or not profile.photo.path:
        return False
    path = Path(profile.photo.path)
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    if path.is_file():
        profile.photo.path = str(path)
        return False
    profile.photo.path = None
    return True


def parse_line(raw: bytes | str, number: int, *, report: bool = True,
               base_dir: Path | None = None) -> Line:
    """Check one line; InputError (without the line number) when it is unusable."""
    if len(raw) > MAX_LINE:
        raise InputError(f"line longer than {MAX_LINE:,} bytes")
    try:
        data, plain = read_line(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not JSON ({exc.__class__.__name__}: {str(exc)[:80]})") from exc
    return parse_object(data, number, report=report, plain=plain, base_dir=base_dir)


# orjson reads integers beyond 64 bits as floats, and writes floats unlike json ("1e-05"):
# a line that may hold a number of 19 digits or more, or a number with a fraction or an
# exponent, is read and written by json alone. A JSON number follows the start, ":", "," or
# "[" and whitespace; here, as in strings, the pattern may also see one where there is none
# (then json reads the line: slower, the same).
NOT_FOR_ORJSON = re.compile(rb"[:,\[][ \t\n\r]*-?(?:\d{19}|\d+[.eE])")


def read_line(raw: bytes | str) -> tuple[Any, bool]:
    """(the line's JSON, whether orjson read it: then it has no float and no integer beyond
    64 bits, and orjson writes its canonical form as json does). orjson reads the line only
    where it gives the same objects (see :data:`NOT_FOR_ORJSON`); anything it refuses (NaN,
    lone surrogates, UTF-16, a BOM, invalid JSON) goes to ``json.loads``, so what is accepted
    and every error stay the same."""
    if (isinstance(raw, bytes) and raw.lstrip()[:1] not in b"-0123456789"
            and not NOT_FOR_ORJSON.search(raw)):
        try:
            return orjson.loads(raw), True
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw), False


def canonical_json(data: Any, plain: bool = False) -> bytes:
    """The canonical JSON of a line (sorted keys, no spaces, UTF-8): ``json.dumps``, or
    orjson's same bytes when ``plain`` (no floats, integers within 64 bits: what orjson read,
    :func:`read_line`; orjson escapes every character as json does with ensure_ascii=False)."""
    if plain:
        try:
            return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:  # nested deeper than orjson writes
            pass
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def parse_object(data: Any, number: int, *, report: bool = True, plain: bool = False,
                 base_dir: Path | None = None) -> Line:
    """A line as a :class:`Line`. ``report=False`` (the batch job: profiles, not reports)
    makes ``reporter`` and ``reported_at`` optional; ``plain``: see :func:`canonical_json`."""
    if not isinstance(data, dict):
        raise InputError("a JSON object is required")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise InputError(f"unknown field(s): {', '.join(unknown)[:200]}")
    if not isinstance(data.get("profile"), dict):
        raise InputError("profile: a vetlink/profile/v1 object is required")
    try:
        profile = Profile.model_validate(data["profile"])
        conversation = (Conversation.model_validate(data["conversation"])
                        if data.get("conversation") is not None else None)
    except ValidationError as exc:
        raise InputError(first_error(exc)) from exc
    if not profile.url or not profile.url.strip():
        raise InputError("profile.url: a profile URL is required (it identifies the persona)")
    reporter = optional_text(data, "reporter", 64)
    if not reporter and report:
        raise InputError("reporter: required")
    hashes = data.get("photo_hashes")
    photo = photo_array(hashes) if hashes is not None else None
    if hashes is not None and photo is None:
        raise InputError("photo_hashes: {\"p\", \"d\", \"a\"} as 16 hex digits each")
    missing = settle_photo(profile, base_dir)
    return Line(
        number=number, digest=hashlib.sha256(canonical_json(data, plain)).hexdigest(),
        profile=profile, conversation=conversation, reporter=(reporter or "").lower(),
        department=optional_text(data, "department", 120),
        sector=optional_text(data, "sector", 120),
        reported_at=(parse_time(data.get("reported_at"))
                     if report or data.get("reported_at") is not None else None),
        photo_hashes=hashes, photo=photo, photo_missing=missing,
    )


def records_of(lines: Sequence[Line], lures: bool = True, use_models: bool = False
               ) -> list[PersonaRecord]:
    """The personas of parsed lines as the import keys them: with their lures (the finding ids
    of ``assess_many``, without models unless ``use_models``) when ``lures``."""
    if not lures:
        return [ln.record() for ln in lines]
    from vetlink.assess import assess_many

    found = assess_many(((ln.profile, ln.conversation) for ln in lines), use_models=use_models)
    return [ln.record(tuple(f.id for f in a.findings))
            for ln, a in zip(lines, found, strict=True)]
