"""Campaigns over the stored reports: one persona per live case, the same keys and linking as
everywhere (:func:`vetlink.campaigns.find_campaigns`), results kept in the ``campaigns``
tables and replaced as a whole by :func:`recompute` (after an import, a few seconds after new
reports in the web app — :mod:`vetlink.web.campaign_refresh` —, or ``vetlink campaigns
--recompute``).

**Stable ids.** A recomputed campaign inherits the id of the stored campaign whose members it
overlaps most (member Jaccard >= :data:`INHERIT_JACCARD`; each stored id goes to at most one
new campaign, the higher-scoring first); any other campaign gets a fresh id, never one a
stored campaign had. Members keep the time they joined; a case that joined an existing
campaign on a later recompute is shown in the queue as "new report joins c-..."."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import Session

from vetlink.campaigns import CampaignResult, find_campaigns
from vetlink.campaigns.keys import (
    PersonaRecord,
    organisation_of,
    photo_array,
    photo_array_of_print,
    photo_hex,
)
from vetlink.errors import InputError, NotFound
from vetlink.store.campaign_tables import (
    CampaignEdge,
    CampaignMember,
    ReportKeys,
    StoredCampaign,
)
from vetlink.store.evidence import EvidenceStore
from vetlink.store.models import Case, Evidence, Report, ReportFinding, User, utcnow

MIN_SCORE = 0.5  # communities scoring below this are not kept as campaigns
INHERIT_JACCARD = 0.5  # a recomputed campaign keeps a stored id from this member overlap


@dataclass
class Previous:
    """The stored campaigns before a recompute: members, when each joined, when each id was
    first given."""

    members: dict[str, set[int]]
    joined: dict[tuple[str, int], datetime | None]
    created: dict[str, datetime | None]

    @classmethod
    def load(cls, session: Session) -> Previous:
        members: dict[str, set[int]] = defaultdict(set)
        joined: dict[tuple[str, int], datetime | None] = {}
        for cid, case_id, when in session.execute(select(
                CampaignMember.campaign_id, CampaignMember.case_id, CampaignMember.joined)):
            members[str(cid)].add(int(case_id))
            joined[(str(cid), int(case_id))] = when
        created = {str(cid): when for cid, when in session.execute(
            select(StoredCampaign.id, StoredCampaign.created))}
        return cls(dict(members), joined, created)

    def inherit(self, cases: set[int], taken: set[str]) -> str | None:
        """The stored id whose members overlap ``cases`` most, if enough and still free."""
        best, best_jaccard = None, 0.0
        for cid, old in self.members.items():
            if cid in taken or not (old & cases):
                continue
            jaccard = len(old & cases) / len(old | cases)
            if jaccard > best_jaccard or (jaccard == best_jaccard and best and cid < best):
                best, best_jaccard = cid, jaccard
        return best if best_jaccard >= INHERIT_JACCARD else None


def fresh_id(derived: str, used: set[str]) -> str:
    """The campaign's own derived id, or a variant of it, that no campaign had or has."""
    candidate, n = derived, 1
    while candidate in used:
        n += 1
        candidate = "c-" + hashlib.sha256(f"{derived}/{n}".encode()).hexdigest()[:10]
    return candidate


@dataclass
class CampaignView:
    campaign: StoredCampaign
    cases: list[Case]
    edges: list[CampaignEdge]


def photo_of(keys: ReportKeys | None) -> Any:
    if keys is None or not keys.photo_hashes:
        return None
    return photo_array(keys.photo_hashes)


def case_records(session: Session, case_ids: list[int] | None = None) -> list[PersonaRecord]:
    """One persona record per live case (or per case of ``case_ids``): its latest report's
    profile and conversation, the finding ids of all its reports, the first department
    approached and its reporter's organisation
    (``keys.organisation_of``: when the user name is an e-mail address), a photo's hashes."""
    query = (
        select(Report, ReportKeys, User.department, User.username)
        .join(Case, Case.id == Report.case_id)
        .outerjoin(ReportKeys, ReportKeys.report_id == Report.id)
        .join(User, User.id == Report.reporter_id)
        .where(Case.merged_into.is_(None))
        .order_by(Report.case_id, Report.id)
    )
    findings = select(ReportFinding.report_id, ReportFinding.finding_id)
    if case_ids is not None:
        query = query.where(Report.case_id.in_(case_ids))
        findings = findings.join(Report, Report.id == ReportFinding.report_id).where(
            Report.case_id.in_(case_ids))
    rows = session.execute(query).all()
    lures: dict[int, set[str]] = defaultdict(set)
    for report_id, finding in session.execute(findings):
        lures[report_id].add(finding)
    records: dict[int, PersonaRecord] = {}
    for report, keys, user_department, username in rows:
        record = records.get(report.case_id)
        if record is None:
            record = records[report.case_id] = PersonaRecord(
                id=f"case-{report.case_id}",
                department=(keys.department if keys else None) or user_department,
                sector=keys.sector if keys else None,
                organisation=organisation_of(username),
                reported_at=report.created.isoformat())
        record.profile = report.profile or record.profile
        record.conversation = report.conversation or record.conversation
        record.lures = tuple(sorted(set(record.lures) | lures[report.id]))
        photo = photo_of(keys)
        if photo is not None:
            record.photo = photo
    return list(records.values())


def case_id_of(record_id: str) -> int:
    return int(record_id.removeprefix("case-"))


def save(session: Session, result: CampaignResult) -> list[StoredCampaign]:
    """Replace the stored campaigns by ``result``'s (those scoring >= MIN_SCORE), keeping the
    ids (and join times) of the stored campaigns they continue."""
    previous = Previous.load(session)
    session.execute(delete(CampaignEdge))
    session.execute(delete(CampaignMember))
    session.execute(delete(StoredCampaign))
    now = utcnow()
    used = set(previous.members) | set(previous.created)
    taken: set[str] = set()
    kept = []
    ids = result.table.ids
    for campaign in result.campaigns:
        if campaign.score < MIN_SCORE:
            continue
        cases = {case_id_of(ids[m]) for m in campaign.members}
        inherited = previous.inherit(cases, taken)
        cid = inherited or fresh_id(campaign.id, used | taken)
        taken.add(cid)
        stored = StoredCampaign(
            id=cid, score=campaign.score, size=len(campaign.members),
            features={k: round(v, 3) for k, v in campaign.features.items()},
            evidence=campaign.evidence, targets=campaign.targets, lures=campaign.lures,
            first_seen=campaign.first_seen, last_seen=campaign.last_seen, computed=now,
            created=(previous.created.get(cid) or now) if inherited else now)
        session.add(stored)
        session.flush()
        before = previous.members.get(cid, set()) if inherited else set()
        for case_id in sorted(cases):
            joined = (previous.joined.get((cid, case_id)) or stored.created
                      if case_id in before else now)
            session.add(CampaignMember(campaign_id=cid, case_id=case_id, joined=joined))
        for edge in campaign.edges:
            session.add(CampaignEdge(campaign_id=cid, case_a=case_id_of(ids[edge.a]),
                                     case_b=case_id_of(ids[edge.b]), bits=round(edge.bits, 2),
                                     evidence=edge.evidence))
        kept.append(stored)
    session.flush()
    return kept


def hash_report_photos(session: Session, evidence: EvidenceStore) -> int:
    """Give every report with a photo file but no photo hashes yet its print (the photo
    index's hashes, every view), cached in ``report_keys``; returns how many were hashed."""
    from vetlink.photo.index import to_print

    rows = session.execute(
        select(Evidence.report_id, Evidence.sha256, ReportKeys)
        .outerjoin(ReportKeys, ReportKeys.report_id == Evidence.report_id)
        .where(Evidence.kind == "photo")
        .order_by(Evidence.report_id, Evidence.id)).all()
    done: set[int] = set()
    for report_id, sha256, keys in rows:
        if report_id in done or (keys is not None and keys.photo_hashes):
            continue
        path = evidence.path(sha256)
        try:
            array = photo_array_of_print(to_print(path.read_bytes()))
        except (OSError, InputError):
            continue
        if array is None:
            continue
        if keys is None:
            keys = ReportKeys(report_id=report_id)
            session.add(keys)
        keys.photo_hashes = photo_hex(array)
        done.add(report_id)
    session.flush()
    return len(done)


def recompute(session: Session, evidence: EvidenceStore | None = None) -> list[StoredCampaign]:
    """Find the campaigns among every live case and replace the stored ones (photos in the
    evidence store are hashed first when it is given)."""
    if session.get_bind().dialect.name == "postgresql":
        # one recompute at a time (the web app's refresher, an import, the CLI): the second
        # waits, then reads the first one's campaigns as its previous ones
        session.execute(text("LOCK TABLE campaigns IN SHARE ROW EXCLUSIVE MODE"))
    if evidence is not None:
        hash_report_photos(session, evidence)
    return save(session, find_campaigns(case_records(session)))


def list_campaigns(session: Session) -> list[StoredCampaign]:
    return list(session.scalars(select(StoredCampaign)
                                .order_by(StoredCampaign.score.desc(), StoredCampaign.id)))


def get_campaign(session: Session, campaign_id: str, with_edges: bool = True
                 ) -> CampaignView:
    """A stored campaign with its member cases and (unless ``with_edges`` is false: the
    exports, which print no graph) its persona graph's edges."""
    campaign = session.get(StoredCampaign, campaign_id)
    if campaign is None:
        raise NotFound(f"campaign {campaign_id} does not exist")
    cases = list(session.scalars(
        select(Case).join(CampaignMember, CampaignMember.case_id == Case.id)
        .where(CampaignMember.campaign_id == campaign_id).order_by(Case.id)))
    edges = [] if not with_edges else list(session.scalars(
        select(CampaignEdge).where(CampaignEdge.campaign_id == campaign_id)
        .order_by(CampaignEdge.id)))
    return CampaignView(campaign, cases, edges)


def campaigns_of_cases(session: Session, case_ids: list[int]) -> dict[int, str]:
    """case id -> the id of the campaign it is in (for the queue and the case page)."""
    if not case_ids:
        return {}
    rows = session.execute(select(CampaignMember.case_id, CampaignMember.campaign_id)
                           .where(CampaignMember.case_id.in_(case_ids)))
    return {int(row[0]): str(row[1]) for row in rows}


def reported_urls(session: Session, case_ids: list[int]) -> dict[int, list[str]]:
    """case id -> the profile URLs its reports gave, as written (first report first)."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(case_ids), 500):
        rows = session.execute(select(Report.case_id, Report.profile)
                               .where(Report.case_id.in_(case_ids[start:start + 500]))
                               .order_by(Report.id))
        for case_id, profile in rows:
            url = (profile or {}).get("url") if isinstance(profile, dict) else None
            if isinstance(url, str) and url not in out.setdefault(int(case_id), []):
                out[int(case_id)].append(url)
    return out


def persona_json(case: Case, urls: list[str]) -> dict[str, Any]:
    """A persona of a campaign: ``url`` as its first report gave it (so it matches the
    reporter's own data), every form reported, and the case's normalised URL."""
    return {"name": case.persona_name, "url": urls[0] if urls else case.url,
            "reported_urls": urls, "case_url": case.url, "case": case.id}


def campaigns_json(session: Session) -> dict[str, Any]:
    """``{"campaigns": [...]}`` as ``vetlink campaigns --format json`` prints it."""
    out = []
    views = [get_campaign(session, campaign.id, with_edges=False)
             for campaign in list_campaigns(session)]
    urls = reported_urls(session, sorted({c.id for view in views for c in view.cases}))
    for view in views:
        campaign = view.campaign
        out.append({
            "id": campaign.id, "score": campaign.score,
            "personas": [persona_json(c, urls.get(c.id, [])) for c in view.cases],
            "evidence": campaign.evidence, "targets": campaign.targets,
            "lures": campaign.lures, "features": campaign.features,
            "first_seen": campaign.first_seen, "last_seen": campaign.last_seen,
        })
    return {"campaigns": out}


def joined_later(session: Session) -> dict[int, str]:
    """Members that joined their campaign on a recompute after it was first found (a new
    report linked them to it): case id -> campaign id."""
    rows = session.execute(
        select(CampaignMember.case_id, CampaignMember.campaign_id)
        .join(StoredCampaign, StoredCampaign.id == CampaignMember.campaign_id)
        .where(CampaignMember.joined > StoredCampaign.created))
    return {int(case_id): str(cid) for case_id, cid in rows}


def joining(session: Session) -> dict[int, str]:
    """Cases that joined a known campaign: those a recompute added to a campaign found
    earlier (:func:`joined_later`), and those opened or reported again since the campaigns
    were last computed (the refresh has not run yet) that link to a member of one: case id ->
    campaign id, for the queue's "new report joins c-...". Only the fresh cases and the
    campaigns' members are compared."""
    last = session.scalar(select(func.max(StoredCampaign.computed)))
    if last is None:
        return {}
    out = joined_later(session)
    fresh = list(session.scalars(select(Case.id).where(
        Case.merged_into.is_(None), or_(Case.created >= last, Case.updated >= last))))
    if not fresh:
        return out
    members = {int(c): str(k) for c, k in session.execute(
        select(CampaignMember.case_id, CampaignMember.campaign_id))}
    out.update({case_id: members[case_id] for case_id in fresh if case_id in members})
    result = find_campaigns(case_records(session, sorted(set(fresh) | set(members))))
    ids = result.table.ids
    for a, b in zip(result.links.i.tolist(), result.links.j.tolist(), strict=True):
        one, two = case_id_of(ids[a]), case_id_of(ids[b])
        for new, old in ((one, two), (two, one)):
            if new in fresh and new not in out and old in members:
                out[new] = members[old]
    return out
