"""Confirmed-hostile personas as one MISP event, built with ``pymisp``.

Per persona, from the object templates bundled with pymisp: ``user-account`` (``account-type``
``linkedin``, ``username`` the profile slug, ``display-name``, ``link``), ``person``
(``full-name``, ``e-mail``, ``phone-number``; ``alias`` the account) and, when the persona
claims an employer, ``impersonation`` (``account-name``, ``account-url``, ``real-name`` the
organisation impersonated, ``type-of-account`` LinkedIn). Web addresses are ``url``
attributes, photo hashes ``text`` attributes with the comment ``x-vetlink-phash``, an
analyst's attribution a ``threat-actor`` attribute, a campaign a ``campaign-name`` attribute.
Each report is a sighting on the persona's first attribute (``source`` = the sector
approached). The TLP level is the event's ``tlp:`` tag (and each attribute's).

Deterministic: uuids are uuid5 of the content, timestamps come from the data.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from vetlink.intel import tlp as tlp_
from vetlink.intel.campaigns import CampaignSummary
from vetlink.intel.personas import PersonaRecord
from vetlink.intel.photo_hash import HASH_TYPE
from vetlink.intel.stix_export import EPOCH, NAMESPACE


def muuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "misp|" + "|".join(parts)))


def stamp(when: datetime) -> int:
    return int((when - datetime(1970, 1, 1)).total_seconds())


def fix_attributes(obj: Any, key: str, when: datetime) -> None:
    for n, attribute in enumerate(obj.attributes):
        attribute.uuid = muuid(key, obj.name, attribute.object_relation, str(n))
        attribute.timestamp = stamp(when)


def persona_objects(p: PersonaRecord, tag: str) -> list[Any]:
    from pymisp import MISPObject

    objects = []
    account = MISPObject("user-account", standalone=False)
    account.add_attribute("account-type", "linkedin")
    account.add_attribute("display-name", p.name)
    if p.account:
        login = p.account.split(":", 1)[1]
        account.add_attribute("username", login)
        account.add_attribute("link", f"https://www.linkedin.com/in/{login}")
    else:
        account.add_attribute("username", p.name)
    objects.append(account)
    person = MISPObject("person", standalone=False)
    person.add_attribute("full-name", p.name)
    for email in p.emails:
        person.add_attribute("e-mail", email)
    for phone in p.phones:
        person.add_attribute("phone-number", phone)
    objects.append(person)
    if p.organisation:
        imp = MISPObject("impersonation", standalone=False)
        imp.add_attribute("account-name", p.name)
        if p.account:
            imp.add_attribute("account-url",
                              f"https://www.linkedin.com/in/{p.account.split(':', 1)[1]}")
        imp.add_attribute("real-name", p.organisation)
        imp.add_attribute("type", "Enterprise")
        imp.add_attribute("type-of-account", "LinkedIn")
        imp.add_attribute("objective", "Information stealing")
        objects.append(imp)
    for obj in objects:
        obj.uuid = muuid(p.key, obj.name)
        obj.timestamp = stamp(p.updated)
        obj.comment = f"vetlink persona {p.key}"
        fix_attributes(obj, p.key, p.updated)
        for attribute in obj.attributes:
            attribute.add_tag(tag)
    return objects


def plain_attributes(event: Any, p: PersonaRecord, tag: str) -> list[Any]:
    added = []
    for url in p.urls:
        added.append(event.add_attribute("url", f"https://{url}", category="Network activity",
                                         comment=f"vetlink persona {p.key}"))
    for photo in p.photos:
        added.append(event.add_attribute("text", photo, category="Other",
                                         comment=f"{HASH_TYPE} vetlink persona {p.key}"))
    if p.attribution:
        added.append(event.add_attribute("threat-actor", p.attribution, category="Attribution",
                                         comment=f"vetlink persona {p.key}"))
    for n, attribute in enumerate(added):
        attribute.uuid = muuid(p.key, "attribute", attribute.type, attribute.value, str(n))
        attribute.timestamp = stamp(p.updated)
        attribute.add_tag(tag)
    return added


def add_sightings(event: Any, p: PersonaRecord, first: Any) -> None:
    from pymisp import MISPSighting

    for n, seen in enumerate(p.sightings):
        sighting = MISPSighting()
        sighting.from_dict(value=first.value, type="0", date_sighting=stamp(seen.when),
                           source=f"sector: {seen.sector}" if seen.sector else "vetlink",
                           uuid=muuid(p.key, "sighting", seen.when.isoformat(), str(n)))
        first.sightings.append(sighting)


def build_event(
    personas: list[PersonaRecord], campaigns: list[CampaignSummary], tlp: str,
    producer: str = "vetlink",
) -> Any:
    from pymisp import MISPEvent

    level = tlp_.level(tlp)
    tag = f"tlp:{level}"
    latest = max((p.updated for p in personas), default=EPOCH)
    event = MISPEvent()
    event.uuid = muuid("event", producer, *sorted(p.key for p in personas))
    event.info = f"{producer}: {len(personas)} confirmed hostile persona(s) on professional " \
                 "networks"
    event.set_date(latest.date())
    event.timestamp = stamp(latest)
    event.distribution = 0 if level in ("red", "amber+strict") else 1
    event.threat_level_id = 2
    event.analysis = 2
    event.add_tag(tag)
    for p in personas:
        objects = persona_objects(p, tag)
        for obj in objects:
            event.add_object(obj)
        plain_attributes(event, p, tag)
        first = objects[0].attributes[0] if objects and objects[0].attributes else None
        if first is not None:
            add_sightings(event, p, first)
    members = {p.case_id for p in personas}
    for c in campaigns:
        if members.intersection(c.case_ids):
            attribute: Any = event.add_attribute("campaign-name", c.name, category="Attribution",
                                                 comment=c.description or None)
            attribute.uuid = muuid("campaign", c.key)
            attribute.timestamp = stamp(c.last_seen)
            attribute.add_tag(tag)
    return event


def serialise(event: Any) -> str:
    return json.dumps({"Event": json.loads(event.to_json())}, sort_keys=True, indent=2,
                      ensure_ascii=False) + "\n"
