"""What an export is made of: confirmed-hostile personas read from the store, reduced to what
may leave the organisation.

Privacy by construction: a :class:`PersonaRecord` has no field for a reporter, a note, a
message text or a user's reply. From each report only its time and the reporter's department
(the sector approached) are read; from profiles the persona's own account, contact details,
web sites and claimed employer; from conversations only the indicators the *contact* wrote
(addresses, numbers, URLs), and any of those that contains a vetlink user's name is dropped
(a persona quoting a target's address must not export the target).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vetlink.identity import name_key
from vetlink.intel.keys import account_of_url, email_key, phone_key, url_keys
from vetlink.store.models import Case, Report, User


@dataclass(frozen=True)
class Sighting:
    when: datetime
    sector: str | None  # the reporter's department: which part of the organisation


@dataclass
class PersonaRecord:
    case_id: int  # internal: for campaign membership only, never exported
    name: str
    created: datetime
    updated: datetime
    attribution: str | None = None
    account: str | None = None  # "linkedin:<slug>"
    urls: list[str] = field(default_factory=list)  # normalised (host + path)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)  # 64-hex p d a e
    organisation: str | None = None  # the employer the persona claims (impersonated)
    sightings: list[Sighting] = field(default_factory=list)

    @property
    def key(self) -> str:
        """What makes this persona the same persona in every export (its STIX ids)."""
        if self.account:
            return self.account
        if self.urls:
            return f"url:{self.urls[0]}"
        return f"name:{name_key(self.name)}|{','.join(self.emails + self.phones + self.photos)}"


def add_unique(items: list[str], values: Iterable[str | None]) -> None:
    for value in values:
        if value and value not in items:
            items.append(value)


def claimed_employer(profile: dict[str, Any]) -> str | None:
    for job in profile.get("experience") or []:
        if isinstance(job, dict) and job.get("company") and not job.get("end"):
            return str(job["company"]).strip()[:300] or None
    return None


def add_profile(record: PersonaRecord, profile: dict[str, Any]) -> None:
    url = profile.get("url")
    if isinstance(url, str) and url.strip():
        account = account_of_url(url)
        record.account = record.account or account
        if account is None:
            add_unique(record.urls, [v for k, v in url_keys(url) if k == "url"])
    contact = profile.get("contact") or {}
    add_unique(record.emails, map(email_key, contact.get("emails") or []))
    add_unique(record.phones, map(phone_key, contact.get("phones") or []))
    for site in contact.get("websites") or []:
        add_unique(record.urls, [v for k, v in url_keys(site) if k == "url"])
    record.organisation = record.organisation or claimed_employer(profile)


def add_conversation(record: PersonaRecord, conversation: dict[str, Any],
                     users: list[str]) -> None:
    from vetlink.intel.match import text_keys

    texts = [str(conversation.get("contact") or "")]
    texts += [str(m.get("text") or "") for m in conversation.get("messages") or []
              if isinstance(m, dict) and m.get("sender") == "contact"]
    for kind, value in (k for text in texts for k in text_keys(text)):
        if any(user in value for user in users):
            continue
        if kind == "account":
            record.account = record.account or value
        target = {"url": record.urls, "email": record.emails, "phone": record.phones}.get(kind)
        if target is not None:
            add_unique(target, [value])


ADDRESS_PART = re.compile(r"(?<!\s)\s*<[^<>]{0,500}>\s*$")


def display_name(name: str) -> str:
    """``Alex <alex@example.org>`` -> ``Alex`` (the address is exported as an indicator)."""
    return ADDRESS_PART.sub("", name).strip() or name


def hostile_cases(session: Session, since: datetime | None) -> list[Case]:
    query = select(Case).where(Case.status == "confirmed_hostile", Case.merged_into.is_(None))
    if since is not None:
        recent = select(Report.case_id).where(Report.created >= since)
        query = query.where(or_(Case.updated >= since, Case.id.in_(recent)))
    return list(session.scalars(query.order_by(Case.id)))


def usernames(session: Session) -> list[str]:
    return [u.lower() for u in session.scalars(select(User.username)) if len(u) >= 3]


def load_personas(
    session: Session, since: datetime | None = None, data_dir: Path | None = None,
) -> list[PersonaRecord]:
    """Every confirmed-hostile persona (those touched since ``since`` when given)."""
    cases = hostile_cases(session, since)
    records = {c.id: PersonaRecord(case_id=c.id, name=display_name(c.persona_name),
                                   created=c.created,
                                   updated=c.updated, attribution=c.attribution)
               for c in cases}
    users = usernames(session)
    rows = session.execute(
        select(Report.case_id, Report.created, Report.profile, Report.conversation,
               User.department)
        .join(User, User.id == Report.reporter_id)
        .where(Report.case_id.in_(list(records))).order_by(Report.created, Report.id))
    report_sources: dict[str, int] = {}
    for case_id, created, profile, conversation, department in rows:
        record = records[case_id]
        record.sightings.append(Sighting(created, department))
        if profile:
            add_profile(record, profile)
        if conversation:
            add_conversation(record, conversation, users)
    for case_id in records:
        report_sources[f"vetlink case {case_id}"] = case_id
    add_report_photo_sources(session, records, report_sources)
    add_photos(records, report_sources, data_dir)
    return [records[c.id] for c in cases]


def add_report_photo_sources(session: Session, records: dict[int, PersonaRecord],
                             sources: dict[str, int]) -> None:
    for report_id, case_id in session.execute(
            select(Report.id, Report.case_id).where(Report.case_id.in_(list(records)))):
        sources[f"vetlink report {report_id}"] = case_id


def add_photos(records: dict[int, PersonaRecord], sources: dict[str, int],
               data_dir: Path | None) -> None:
    from vetlink.intel.photo_hash import hex_of_row
    from vetlink.photo import existing_index
    from vetlink.settings import get_settings

    index = existing_index(data_dir or get_settings().data_dir)
    if index is None:
        return
    for source, rows in sorted(index.whole_hashes(sources).items()):
        add_unique(records[sources[source]].photos, [hex_of_row(row) for row in rows])
