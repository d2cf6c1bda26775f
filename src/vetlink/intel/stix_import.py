"""STIX 2.1 bundles from partners -> watchlist entries.

Checked first, and refused as a whole (nothing is imported): not a bundle, STIX 2.0 (a bundle
``spec_version`` or objects without ``spec_version: 2.1``), objects without a valid ``type``
and ``id``, relationships or sightings whose ends are not in the bundle, and markings that are
neither in the bundle nor a well-known TLP id (a marking we cannot read cannot be respected).

Then used: ``indicator`` objects with ``pattern_type`` ``stix`` (every ``=`` comparison of a
supported kind in the pattern, whatever the compound operators around it: an AND of two
identifiers of one persona makes each one worth a warning), and ``user-account`` observables
with an ``account_login``. Counted and reported, not fatal: other pattern types, comparisons
vetlink cannot match on (IP addresses, file SHA-256...), revoked indicators, and object types
it does not use, including other producers' custom objects (``x-opencti-*``...).

Supported comparisons: ``user-account:account_login`` (with its ``account_type``, LinkedIn
when absent), ``user-account:user_id`` when ``account_type`` is ``phone-number``,
``url:value`` (a LinkedIn profile URL becomes its account), ``email-addr:value``,
``email-message:from_ref.value`` / ``sender_ref.value``, and
``file:hashes.'x-vetlink-phash'``.

The marking of an entry is the strictest TLP level among its object's markings (TLP 2.0 or
the TLP 1.0 ids STIX 2.1 predefines); an unmarked object is treated as TLP:AMBER.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from vetlink.errors import InputError
from vetlink.intel import tlp as tlp_
from vetlink.intel.keys import account_of_url
from vetlink.intel.parsed import Parsed
from vetlink.intel.photo_hash import HASH_TYPE
from vetlink.intel.watchlist import NewEntry

ID = re.compile(r"^([a-z0-9][a-z0-9-]{0,249})--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
SCO_TYPES = frozenset((
    "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message",
    "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process",
    "software", "url", "user-account", "windows-registry-key", "x509-certificate"))
COMPARISON = (r"([a-z0-9-]{1,100}):([A-Za-z0-9_.'-]{1,200})\s{0,10}=\s{0,10}"
              r"'((?:[^'\\]|\\.){0,2000})'")
# One observation of '=' comparisons joined by AND (what most feeds and vetlink write): read
# without the ANTLR parser, which costs milliseconds a pattern.
SIMPLE = re.compile(r"^\[\s{0,10}" + COMPARISON.replace("(", "(?:").replace("(?:?:", "(?:")
                    + r"(?:\s{1,10}AND\s{1,10}" + COMPARISON.replace("(", "(?:")
                    .replace("(?:?:", "(?:") + r"){0,20}\s{0,10}\]$")
EACH = re.compile(COMPARISON)
UNQUOTE = re.compile(r"\\(.)")
DEFAULT_MARKING = "TLP:AMBER"


def read_bundle(document: Any, what: str) -> Parsed:
    objects = check_bundle(document, what)
    by_id = {o["id"]: o for o in objects}
    check_references(objects, by_id, what)
    markings = marking_levels(objects, what)
    parsed = Parsed(producer=producer_of(objects, by_id))
    for obj in objects:
        kind = obj["type"]
        if kind == "indicator":
            read_indicator(obj, markings, parsed)
        elif kind == "user-account":
            read_account(obj, markings, parsed)
        elif kind not in USED_AS_CONTEXT:
            parsed.skip(f"{kind} object(s)")
    return parsed


USED_AS_CONTEXT = frozenset(("marking-definition", "identity", "relationship", "sighting",
                             "threat-actor", "campaign", "extension-definition"))


def check_bundle(document: Any, what: str) -> list[dict[str, Any]]:
    if not isinstance(document, dict) or document.get("type") != "bundle":
        raise InputError(f"{what}: not a STIX bundle (no \"type\": \"bundle\")")
    if "spec_version" in document:
        raise InputError(f"{what}: a STIX {document['spec_version']} bundle; vetlink reads "
                         "STIX 2.1 (bundles carry no spec_version in 2.1)")
    objects = document.get("objects", [])
    if not isinstance(objects, list):
        raise InputError(f"{what}: \"objects\" is not a list")
    for n, obj in enumerate(objects):
        check_object(obj, n, what)
    return objects


def check_object(obj: Any, n: int, what: str) -> None:
    if not isinstance(obj, dict):
        raise InputError(f"{what}: object {n} is not a JSON object")
    found = ID.match(str(obj.get("id", "")))
    if not found or found.group(1) != obj.get("type"):
        raise InputError(f"{what}: object {n} has no valid type and id "
                         f"({str(obj.get('id'))[:80]!r})")
    if obj["type"] not in SCO_TYPES and obj.get("spec_version") != "2.1":
        version = obj.get("spec_version", "none (STIX 2.0)")
        raise InputError(f"{what}: {obj['id']} has spec_version {version}; vetlink reads "
                         "STIX 2.1")


def check_references(objects: list[dict[str, Any]], by_id: dict[str, Any], what: str) -> None:
    for obj in objects:
        refs: list[Any] = []
        if obj["type"] == "relationship":
            refs = [obj.get("source_ref"), obj.get("target_ref")]
        elif obj["type"] == "sighting":
            refs = [obj.get("sighting_of_ref"), *(obj.get("where_sighted_refs") or [])]
        for ref in refs:
            if not isinstance(ref, str) or ref not in by_id:
                raise InputError(f"{what}: {obj['id']} refers to {str(ref)[:80]!r}, which is "
                                 "not in the bundle")
        for ref in obj.get("object_marking_refs") or []:
            if ref not in by_id and ref not in tlp_.KNOWN_IDS:
                raise InputError(f"{what}: {obj['id']} is marked with {str(ref)[:80]!r}, "
                                 "which is neither in the bundle nor a TLP marking")


def marking_levels(objects: list[dict[str, Any]], what: str) -> dict[str, str | None]:
    levels: dict[str, str | None] = dict(tlp_.KNOWN_IDS)
    for obj in objects:
        if obj["type"] == "marking-definition":
            levels[obj["id"]] = tlp_.of_marking(obj)
    return levels


def marking_of(obj: dict[str, Any], levels: dict[str, str | None]) -> str:
    found = [levels.get(ref) for ref in obj.get("object_marking_refs") or []]
    strictest = tlp_.strictest([level for level in found if level])
    return tlp_.label(strictest) if strictest else DEFAULT_MARKING


def producer_of(objects: list[dict[str, Any]], by_id: dict[str, Any]) -> str | None:
    for obj in objects:
        creator = by_id.get(str(obj.get("created_by_ref")))
        if creator and creator.get("type") == "identity" and creator.get("name"):
            return str(creator["name"])[:200]
    return None


def comparisons(pattern: str) -> list[tuple[str, str, str, str]]:
    """(object type, property path, operator, value) of every comparison in the pattern;
    InputError when it does not parse."""
    if SIMPLE.match(pattern.strip()):
        return [(kind, path, "=", UNQUOTE.sub(r"\1", value))
                for kind, path, value in EACH.findall(pattern)]
    from stix2patterns.pattern import ParseException, Pattern

    try:
        inspected = Pattern(pattern).inspect().comparisons
    except (ParseException, Exception) as exc:  # the ANTLR parser raises several kinds
        raise InputError(f"pattern does not parse: {str(exc)[:200]}") from None
    found = []
    for object_type, items in inspected.items():
        for path, op, value in items:
            text = value[1:-1] if isinstance(value, str) and value.startswith("'") else value
            found.append((object_type, path_text(path), op,
                          UNQUOTE.sub(r"\1", str(text))))
    return found


def path_text(path: list[Any]) -> str:
    return ".".join(f"'{p}'" if "-" in str(p) else str(p) for p in path)


def read_indicator(obj: dict[str, Any], levels: dict[str, str | None], parsed: Parsed) -> None:
    if obj.get("revoked"):
        parsed.skip("revoked indicator(s)")
        return
    if obj.get("pattern_type") != "stix":
        parsed.skip(f"{obj.get('pattern_type')} pattern(s)")
        return
    try:
        found = comparisons(str(obj.get("pattern", ""))[:20_000])
    except InputError:
        parsed.skip("pattern(s) that do not parse")
        return
    marking = marking_of(obj, levels)
    persona = str(obj.get("name") or "")[:300]
    for kind, value in entries_of(found, parsed):
        parsed.entries.append(NewEntry(kind, value, persona, marking, obj["id"]))


def entries_of(found: list[tuple[str, str, str, str]],
               parsed: Parsed) -> Iterator[tuple[str, str]]:
    account_type = next((v for t, p, op, v in found if t == "user-account"
                         and p == "account_type" and op == "="), None)
    for object_type, path, op, value in found:
        if object_type == "user-account" and path == "account_type":
            continue
        entry = entry_of(object_type, path, value, account_type) if op == "=" else None
        if entry is None:
            parsed.skip(f"{object_type}:{path} {op} comparison(s)")
            continue
        yield entry


def entry_of(object_type: str, path: str, value: str,
             account_type: str | None) -> tuple[str, str] | None:
    if object_type == "user-account":
        if path == "account_login" and value:
            platform = (account_type or "linkedin").lower()
            return ("account", f"{platform}:{value}")
        if path == "user_id" and account_type == "phone-number":
            return ("phone", value)
        return None
    if object_type == "url" and path == "value":
        account = account_of_url(value)
        return ("account", account) if account else ("url", value)
    if object_type == "email-addr" and path == "value":
        return ("email", value)
    if object_type == "email-message" and path in ("from_ref.value", "sender_ref.value"):
        return ("email", value)
    if object_type == "file" and path.lower() == f"hashes.'{HASH_TYPE}'":
        return ("photo", value)
    return None


def read_account(obj: dict[str, Any], levels: dict[str, str | None], parsed: Parsed) -> None:
    login = obj.get("account_login")
    if not isinstance(login, str) or not login.strip():
        parsed.skip("user-account object(s) without account_login")
        return
    platform = str(obj.get("account_type") or "linkedin").lower()
    persona = str(obj.get("display_name") or "")[:300]
    parsed.entries.append(NewEntry("account", f"{platform}:{login}", persona,
                                   marking_of(obj, levels), obj["id"]))
