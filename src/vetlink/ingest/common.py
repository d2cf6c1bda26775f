"""Reading raw input safely: size limits, stdin, text decoding, JSON Schema validation."""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from vetlink.errors import InputError, InputTooLarge
from vetlink.ingest.budget import current_budget, refuse

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_bytes(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file (or stdin for ``-``) without ever holding more than ``max_bytes + 1``."""
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        where = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{path}: {size:,} bytes is larger than the {max_bytes:,} allowed")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        where = str(path)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{where}: larger than the {max_bytes:,} bytes allowed")
    if not data.strip():
        raise InputError(f"{where}: is empty")
    return data


def decode_text(data: bytes, where: str = "input") -> str:
    """Decode text (UTF-8, UTF-16 with BOM, else Windows-1252) and refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if looks_binary(text):
        raise InputError(f"{where}: looks like binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return odd / len(sample) > 0.05


# A JSON string (its escapes included), matched without backtracking; what is left outside
# strings is where the brackets that count for nesting are.
JSON_STRING_RE = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"')
OPENERS, CLOSERS = (ord("["), ord("{")), (ord("]"), ord("}"))
DEPTH_CHUNK = 1 << 20


def parse_json(data: str | bytes, where: str = "input") -> Any:
    """The one JSON loader of every input path (profiles, conversations, uploads, request
    bodies): bad JSON or nesting deeper than the budget raise InputError, never a
    RecursionError. The nesting is measured by a linear scan before ``json.loads`` runs."""
    text = _json_text(data, where)
    check_json_depth(text, where)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:  # only if the interpreter's own limit is below the budget
        refuse(where, "nesting_depth")


def _json_text(data: str | bytes, where: str) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode(json.detect_encoding(data))
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{where}: the JSON is not valid UTF-8, UTF-16 or UTF-32") from None


def json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (brackets inside strings do not
    count), in linear time and bounded memory."""
    import numpy as np

    outside = JSON_STRING_RE.sub("", text).encode("ascii", "replace")
    deepest = level = 0
    for start in range(0, len(outside), DEPTH_CHUNK):
        codes = np.frombuffer(outside, dtype=np.uint8, count=min(DEPTH_CHUNK, len(outside) - start),
                              offset=start)
        steps = (np.isin(codes, OPENERS).astype(np.int32)
                 - np.isin(codes, CLOSERS).astype(np.int32))
        running = np.cumsum(steps, dtype=np.int64) + level
        deepest = max(deepest, int(running.max()))
        level = int(running[-1])
    return deepest


def check_json_depth(text: str, where: str = "input") -> None:
    limit = current_budget().nesting_depth
    if text.count("[") + text.count("{") <= limit:
        return  # cannot be nested deeper than it has brackets
    if json_depth(text) > limit:
        refuse(where, "nesting_depth")


@lru_cache(maxsize=8)
def load_schema(name: str) -> dict[str, Any]:
    text = resources.files("vetlink.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=8)
def compiled_validator(schema_name: str) -> Any:
    """One validator per schema, built on first use (jsonschema is imported only then)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(schema_name))


def validate(data: Any, schema_name: str, where: str = "input") -> None:
    """Raise InputError naming the first offending field when ``data`` breaks the schema."""
    validator = compiled_validator(schema_name)
    if validator.is_valid(data):
        return
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    first = errors[0]
    field = json_path(list(first.absolute_path))
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    raise InputError(f"{where}: not a valid {schema_name}: {field}: {first.message}{more}")


def json_path(parts: list[Any]) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path
