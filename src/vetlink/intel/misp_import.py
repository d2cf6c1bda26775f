"""MISP events from partners -> watchlist entries.

The document is a MISP event as MISP exports it (``{"Event": {...}}``, the event itself, or a
search ``{"response": [{"Event": ...}]}`` of several). It is loaded with ``pymisp``; an event
pymisp refuses, or an attribute without a type or a value, refuses the whole file.

Used attribute types (top-level or inside objects): ``email``, ``email-src``, ``email-dst``,
``phone-number``, ``whatsapp``, ``url``, ``link``, ``uri`` (a LinkedIn profile URL becomes its
account), ``text`` attributes whose comment starts with ``x-vetlink-phash`` (photo hashes),
and, in ``user-account`` objects, ``username`` (the account login of the object's
``account-type``, LinkedIn when absent). Deleted attributes are skipped; others are counted
and reported. The marking is the attribute's ``tlp:`` tag, else its object's, else the event's
(the strictest when several); none -> TLP:AMBER. The persona named is the object's
``display-name``, ``full-name`` or ``account-name`` when it has one.
"""

from __future__ import annotations

from typing import Any

from vetlink.errors import InputError
from vetlink.intel import tlp as tlp_
from vetlink.intel.keys import account_of_url
from vetlink.intel.parsed import Parsed
from vetlink.intel.photo_hash import HASH_TYPE
from vetlink.intel.watchlist import NewEntry

EMAIL_TYPES = ("email", "email-src", "email-dst")
PHONE_TYPES = ("phone-number", "whatsapp")
URL_TYPES = ("url", "link", "uri")
NAME_RELATIONS = ("display-name", "full-name", "account-name")


def events_of(document: Any, what: str) -> list[Any]:
    if isinstance(document, dict) and isinstance(document.get("response"), list):
        return document["response"]
    if isinstance(document, dict) and ("Event" in document or "info" in document):
        return [document]
    raise InputError(f"{what}: not a MISP event (no \"Event\")")


def load_event(raw: Any, what: str) -> Any:
    from pymisp import MISPEvent

    event = MISPEvent()
    try:
        event.load(raw)
    except Exception as exc:  # pymisp raises many kinds for broken events
        raise InputError(f"{what}: not a valid MISP event ({type(exc).__name__}: "
                         f"{str(exc)[:200]})") from None
    for attribute in all_attributes(event):
        if not getattr(attribute, "type", None) or getattr(attribute, "value", None) in (None, ""):
            raise InputError(f"{what}: an attribute has no type or value "
                             f"(uuid {getattr(attribute, 'uuid', '?')})")
    return event


def all_attributes(event: Any) -> list[Any]:
    return list(event.attributes) + [a for o in event.objects for a in o.attributes]


def tags(thing: Any) -> list[str]:
    return [t.name for t in getattr(thing, "tags", []) or [] if getattr(t, "name", None)]


def read_event(document: Any, what: str) -> Parsed:
    parsed = Parsed()
    for raw in events_of(document, what):
        event = load_event(raw, what)
        parsed.producer = parsed.producer or org_name(event)
        event_level = tlp_.of_misp_tags(tags(event))
        for attribute in event.attributes:
            use(attribute, None, event_level, "", parsed)
        for obj in event.objects:
            persona = next((str(a.value) for a in obj.attributes
                            if a.object_relation in NAME_RELATIONS), "")
            level = tlp_.of_misp_tags(tags(obj)) or event_level
            for attribute in obj.attributes:
                use(attribute, obj, level, persona, parsed)
    return parsed


def org_name(event: Any) -> str | None:
    org = getattr(event, "Orgc", None) or getattr(event, "orgc", None)
    name = getattr(org, "name", None)
    return str(name)[:200] if name else None


def use(attribute: Any, obj: Any, level: str | None, persona: str, parsed: Parsed) -> None:
    if getattr(attribute, "deleted", False):
        parsed.skip("deleted attribute(s)")
        return
    found = entry_of(attribute, obj)
    if found is None:
        parsed.skip(f"{attribute.type} attribute(s)")
        return
    own = tlp_.of_misp_tags(tags(attribute))
    marking = tlp_.label(tlp_.strictest([x for x in (own, level) if x]) or tlp_.DEFAULT)
    label = persona or str(getattr(attribute, "comment", "") or "")
    parsed.entries.append(NewEntry(found[0], str(attribute.value), label[:300], marking,
                                   str(getattr(attribute, "uuid", "") or "")))


def entry_of(attribute: Any, obj: Any) -> tuple[str, str] | None:
    kind, value = attribute.type, str(attribute.value)
    if obj is not None and obj.name == "user-account" and attribute.object_relation == "username":
        platform = next((str(a.value) for a in obj.attributes
                         if a.object_relation == "account-type"), "linkedin")
        return ("account", f"{platform.lower()}:{value}")
    if kind in EMAIL_TYPES:
        return ("email", value)
    if kind in PHONE_TYPES:
        return ("phone", value)
    if kind in URL_TYPES:
        account = account_of_url(value)
        return ("account", account) if account else ("url", value)
    comment = str(getattr(attribute, "comment", "") or "")
    if kind == "text" and comment.startswith(HASH_TYPE):
        return ("photo", value)
    return None
