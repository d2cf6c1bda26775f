"""Confirmed-hostile personas as a STIX 2.1 bundle, built with the ``stix2`` library.

Per persona: a ``user-account`` (``account_type`` ``linkedin``, ``account_login`` the profile
slug, ``display_name``), one ``indicator`` per account, URL, e-mail address, phone number and
photo hash, an ``identity`` for the organisation it claims to work for (``impersonates``), a
``threat-actor`` when an analyst set an attribution (``attributed-to``, ``uses``), and one
``sighting`` per report (when, and which sector was approached: an ``identity`` of class
``class`` named after the department). Campaigns come from :mod:`vetlink.intel.campaigns`.

Phone numbers have no STIX cyber-observable: they are patterned as a ``user-account`` of
``account_type`` ``phone-number`` whose ``user_id`` is the E.164 number. Photo hashes are
``file:hashes.'x-vetlink-phash'`` (see :mod:`vetlink.intel.photo_hash`).

Deterministic: every id is a uuid5 of the content under :data:`NAMESPACE`, every timestamp
comes from the data (case created/updated, report times), objects are in a fixed order and
keys are sorted (one object per line), so two exports of the same data are byte-identical.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from vetlink.intel import tlp as tlp_
from vetlink.intel.campaigns import CampaignSummary
from vetlink.intel.personas import PersonaRecord, Sighting

NAMESPACE = uuid.UUID("6f1d5b1e-6e0a-5a8c-9a7e-76657466696e")  # fixed for vetlink's STIX ids
EPOCH = datetime(2020, 1, 1)


def sid(kind: str, *parts: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, kind + '|' + '|'.join(parts))}"


def quote(value: str) -> str:
    """A STIX pattern string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def indicator_patterns(p: PersonaRecord) -> Iterator[tuple[str, str, str]]:
    """(what, pattern, name) for each indicator of a persona."""
    if p.account:
        platform, login = p.account.split(":", 1)
        yield ("account", f"[user-account:account_type = {quote(platform)} AND "
               f"user-account:account_login = {quote(login)}]", f"{platform} account {login}")
    for url in p.urls:
        yield ("url", f"[url:value = {quote('https://' + url)}]", f"web address {url}")
    for email in p.emails:
        yield ("email", f"[email-addr:value = {quote(email)}]", f"e-mail address {email}")
    for phone in p.phones:
        yield ("phone", "[user-account:account_type = 'phone-number' AND "
               f"user-account:user_id = {quote(phone)}]", f"phone number {phone}")
    for photo in p.photos:
        yield ("photo", f"[file:hashes.'x-vetlink-phash' = {quote(photo)}]",
               "profile photo (perceptual hash)")


def templated_indicator_class() -> Any:
    """``stix2``'s Indicator, except that it does not run the ANTLR pattern parser on each
    object (milliseconds each: most of an export's time). Every pattern vetlink writes comes
    from the fixed templates of :func:`indicator_patterns` with its values escaped by
    :func:`quote`; the tests validate every exported bundle's patterns with stix2-validator
    and with ``stix2.parse``, which does run the parser."""
    from stix2.v21 import Indicator

    class TemplatedIndicator(Indicator):  # type: ignore[misc]
        def _check_object_constraints(self) -> None:
            pattern_type = self._inner.pop("pattern_type")
            try:
                super()._check_object_constraints()  # the other checks, without the parser
            finally:
                self._inner["pattern_type"] = pattern_type

    return TemplatedIndicator


class Builder:
    """Collects the objects of one bundle, each marked with one TLP level."""

    def __init__(self, tlp: str, producer: str) -> None:
        import stix2

        self.stix2 = stix2
        self.tlp = tlp
        self.marking = tlp_.marking_object(tlp)
        self.marks = [self.marking.id]
        self.producer = stix2.Identity(
            id=sid("identity", "producer", producer), name=producer,
            identity_class="organization", created=EPOCH, modified=EPOCH,
            object_marking_refs=self.marks)
        self.objects: dict[str, tuple[str, str]] = {}
        self.indicator = templated_indicator_class()
        self.add(self.producer)

    def add(self, obj: Any) -> Any:
        """Keep the object as its serialised text (sorted keys, one line): the export holds
        text, not ``stix2`` objects, which would take several times the memory."""
        if obj.id not in self.objects:
            self.objects[obj.id] = (str(getattr(obj, "modified", "")),
                                    obj.serialize(sort_keys=True, ensure_ascii=False))
        return obj

    def common(self, created: datetime, modified: datetime) -> dict[str, Any]:
        return {"created": created, "modified": max(created, modified),
                "created_by_ref": self.producer.id, "object_marking_refs": self.marks}

    def relate(self, kind: str, source: str, target: str, when: datetime) -> None:
        self.add(self.stix2.Relationship(
            id=sid("relationship", kind, source, target), relationship_type=kind,
            source_ref=source, target_ref=target, **self.common(when, when)))

    def persona(self, p: PersonaRecord) -> list[str]:
        """Add one persona's objects; returns the ids a campaign ``uses``/``indicates``."""
        s = self.stix2
        when = self.common(p.created, p.updated)
        account = self.add(s.UserAccount(
            id=sid("user-account", p.key), display_name=p.name,
            account_type=p.account.split(":", 1)[0] if p.account else "linkedin",
            account_login=p.account.split(":", 1)[1] if p.account else None,
            object_marking_refs=self.marks))
        indicators = [self.add(self.indicator(
            id=sid("indicator", p.key, pattern), name=f"Hostile persona '{p.name}': {name}",
            pattern=pattern, pattern_type="stix", valid_from=p.created,
            indicator_types=["malicious-activity", "attribution"], **when))
            for _, pattern, name in indicator_patterns(p)]
        for ind in indicators:
            self.relate("related-to", ind.id, account.id, p.created)
        self.impersonation(p, account.id)
        actor = self.attribution(p, account.id)
        anchor = indicators[0].id if indicators else None
        for n, seen in enumerate(p.sightings):
            if anchor:
                self.sighting(p, anchor, seen, n)
        if actor:
            for ind in indicators:
                self.relate("indicates", ind.id, actor, p.created)
        return [account.id] + [i.id for i in indicators]

    def impersonation(self, p: PersonaRecord, account: str) -> None:
        if not p.organisation:
            return
        org = self.add(self.stix2.Identity(
            id=sid("identity", "impersonated", p.organisation.casefold()),
            name=p.organisation, identity_class="organization",
            description="An organisation a hostile persona claimed to work for.",
            **self.common(EPOCH, EPOCH)))
        self.relate("impersonates", account, org.id, p.created)
        if p.attribution:
            self.relate("impersonates", self.actor_id(p.attribution), org.id, p.created)

    def actor_id(self, attribution: str) -> str:
        return sid("threat-actor", attribution.casefold())

    def attribution(self, p: PersonaRecord, account: str) -> str | None:
        if not p.attribution:
            return None
        actor = self.add(self.stix2.ThreatActor(
            id=self.actor_id(p.attribution), name=p.attribution,
            threat_actor_types=["nation-state"], **self.common(EPOCH, EPOCH)))
        self.relate("uses", actor.id, account, p.created)
        return str(actor.id)

    def sector(self, name: str) -> str:
        from stix2.v21.vocab import INDUSTRY_SECTOR

        word = name.strip().lower().replace(" ", "-")
        extra = {"sectors": [word]} if word in INDUSTRY_SECTOR else {}
        return str(self.add(self.stix2.Identity(
            id=sid("identity", "sector", name.casefold()), name=f"sector: {name}",
            identity_class="class", **extra, **self.common(EPOCH, EPOCH))).id)

    def sighting(self, p: PersonaRecord, anchor: str, seen: Sighting, n: int) -> None:
        where = {"where_sighted_refs": [self.sector(seen.sector)]} if seen.sector else {}
        self.add(self.stix2.Sighting(
            id=sid("sighting", p.key, seen.when.isoformat(), str(n)), sighting_of_ref=anchor,
            first_seen=seen.when, last_seen=seen.when, count=1, **where,
            **self.common(seen.when, seen.when)))

    def campaign(self, c: CampaignSummary, members: dict[int, list[str]],
                 actors: dict[int, str | None]) -> None:
        camp = self.add(self.stix2.Campaign(
            id=sid("campaign", c.key), name=c.name, description=c.description or None,
            first_seen=c.first_seen, last_seen=max(c.first_seen, c.last_seen),
            **self.common(c.first_seen, c.last_seen)))
        for case_id in c.case_ids:
            ids = members.get(case_id, [])
            if ids:
                self.relate("uses", camp.id, ids[0], c.first_seen)
            for ind in ids[1:]:
                self.relate("indicates", ind, camp.id, c.first_seen)
            actor = actors.get(case_id)
            if actor:
                self.relate("attributed-to", camp.id, actor, c.first_seen)

    def bundle(self) -> str:
        """The bundle's text: the marking-definition, then every object sorted by id, one per
        line; the bundle id is a uuid5 of the objects' ids and versions."""
        ids = sorted(self.objects)
        digest = "|".join([f"{self.marking.id}@"] + [f"{i}@{self.objects[i][0]}" for i in ids])
        marking = self.marking.serialize(sort_keys=True, ensure_ascii=False)
        lines = ",\n".join([marking] + [self.objects[i][1] for i in ids])
        bundle_id = json.dumps(sid("bundle", digest))
        return f'{{"id": {bundle_id}, "objects": [\n{lines}\n], "type": "bundle"}}\n'


def build_bundle(
    personas: list[PersonaRecord], campaigns: list[CampaignSummary], tlp: str,
    producer: str = "vetlink",
) -> str:
    """The STIX 2.1 bundle (text) of these personas and campaigns, every object built with
    ``stix2`` and marked ``tlp``."""
    builder = Builder(tlp_.level(tlp), producer)
    members = {p.case_id: builder.persona(p) for p in personas}
    actors = {p.case_id: builder.actor_id(p.attribution) if p.attribution else None
              for p in personas}
    for campaign in campaigns:
        if any(case_id in members for case_id in campaign.case_ids):
            builder.campaign(campaign, members, actors)
    return builder.bundle()


def serialise(bundle: str) -> str:
    """The bundle text as written (kept for symmetry with the MISP exporter)."""
    return bundle
