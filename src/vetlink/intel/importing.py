"""Reading partners' files into the watchlist: the shared part (byte budget, JSON, one
transaction, the report of what was used and what was not). :mod:`vetlink.intel.stix_import`
and :mod:`vetlink.intel.misp_import` turn a parsed document into entries."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vetlink.errors import InputError, InputTooLarge
from vetlink.intel.parsed import Parsed
from vetlink.intel.watchlist import Source, Watchlist

FORMATS = ("stix", "misp")


@dataclass(frozen=True)
class ImportResult:
    source: Source
    unsupported: dict[str, int]

    def describe(self) -> str:
        text = (f"imported {self.source.entries} watchlist entries from {self.source.name} "
                f"(watchlist source {self.source.id})")
        if self.unsupported:
            skipped = ", ".join(f"{n} {r}" for r, n in sorted(self.unsupported.items()))
            text += f"; not used: {skipped}"
        return text


def intel_limit() -> int:
    from vetlink.settings import get_settings

    return get_settings().max_intel_bytes


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refused by its size before anything is read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > limit:
        raise InputTooLarge(f"{path.name}: {size:,} bytes is over the {limit:,} bytes allowed "
                            "for an intelligence file (VETLINK_MAX_INTEL_BYTES)")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"{path.name}: over the {limit:,} bytes allowed")
    return data


def parse_json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{what}: not JSON ({exc})") from None
    except RecursionError:
        raise InputError(f"{what}: JSON nested too deeply") from None


def parse_document(format: str, document: Any, what: str) -> Parsed:
    from vetlink.intel import need

    need("stix2patterns" if format == "stix" else "pymisp")
    if format == "stix":
        from vetlink.intel.stix_import import read_bundle

        return read_bundle(document, what)
    if format == "misp":
        from vetlink.intel.misp_import import read_event

        return read_event(document, what)
    raise InputError(f"format: must be one of {', '.join(FORMATS)}")


def import_document(
    watchlist: Watchlist, format: str, data: bytes, name: str, origin: str,
) -> ImportResult:
    """Parse and store one document in one transaction: all its entries, or nothing."""
    parsed = parse_document(format, parse_json(data, name), name)
    if not parsed.entries:
        found = f" (found only: {parsed.summary()})" if parsed.unsupported else ""
        raise InputError(f"{name}: no indicator vetlink can match on{found}")
    label = f"{parsed.producer} ({name})" if parsed.producer else name
    source = watchlist.add_source(label, format, origin, hashlib.sha256(data).hexdigest(),
                                  parsed.entries, summary=parsed.summary())
    return ImportResult(source, dict(parsed.unsupported))


def import_file(watchlist: Watchlist, format: str, path: Path,
                limit: int | None = None) -> ImportResult:
    data = read_limited(path, limit or intel_limit())
    return import_document(watchlist, format, data, path.name, str(path.resolve()))
