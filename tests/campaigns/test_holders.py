"""An invented organisation judged by its holders as a group (``campaigns/holders.py``): thin,
unverified personas spread over departments that all claim one firm no established profile
vouches for are one operation; a real employer's staff (somebody with 500+ connections, a
verified profile or a long career there) are not, and neither are thin holders with no
point of corroboration."""

from __future__ import annotations

from typing import Any

import numpy as np

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.holders import unvouched_blocks
from vetlink.campaigns.keys import persona_keys_many, vouches
from vetlink.campaigns.link import JUDGED_KIND_IDS, KIND_ID, all_pairs_links, key_table, link

DEPARTMENTS = ["Procurement", "Semiconductor R&D", "Communications", "Cyber Security",
               "Defence Systems", "Battery Research"]
FIRST = ["Amy", "David", "Claire", "Ryan", "Natalie", "Brandon", "Heather", "Oliver"]
LAST = ["Hughes", "Wright", "Jones", "King", "Robinson", "Nguyen", "Lewis", "Hall"]


def persona(k: int, firm: str, site: str, *, connections: int | None, verified: bool = False,
            started: str = "2025-11", reported: str = "2026-06-10",
            created: str | None = "2026-01-15", lure: bool = True,
            about: str = "", findings: tuple[str, ...] = ()) -> PersonaRecord:
    """A persona whose current role is at ``firm`` (domain ``site``), approached someone in
    its own department (the operation spreads over departments), with its own words."""
    name = f"{FIRST[k % 8]} {LAST[(k * 3 + 1) % 8]}"
    profile: dict[str, Any] = {
        "url": f"https://www.linkedin.com/in/{site.split('.')[0]}-{k}", "name": name,
        "headline": f"Research Fellow at {firm}",
        "about": about or ["Policy analyst on Eurasian energy markets.",
                           "Reader, hiker, amateur photographer.",
                           "Twenty years in shipping and logistics.",
                           "Writing a book on the history of the Baltic trade.",
                           "Mentor to young engineers; chess on Sundays.",
                           "Former diplomat, now writing about sanctions."][k % 6],
        "experience": [{"title": "Research Fellow", "company": firm, "start": started,
                        "end": None}],
        "contact": {"websites": [f"https://{site}/people/{k}"]},
        "verified": {"identity": verified, "workplace": False},
    }
    if connections is not None:
        profile["connections"] = connections
    if created:
        profile["created"] = created
    lures = findings or (("approach.off_platform",) if lure else ())
    return PersonaRecord(id=f"{site}-{k}", profile=profile,
                         department=DEPARTMENTS[k % len(DEPARTMENTS)],
                         reported_at=f"{reported}T10:00:00+00:00", lures=lures)


def invented(n: int = 6, **extra: Any) -> list[PersonaRecord]:
    return [persona(k, "Atlantic Horizon Forum", "atlantic-horizon-forum.org",
                    connections=30 + 7 * k, **extra) for k in range(n)]


def members_of(records: list[PersonaRecord]) -> list[set[str]]:
    result = find_campaigns(records)
    return [{result.table.ids[m] for m in c.members} for c in result.campaigns
            if c.score >= 0.5]


def test_thin_personas_of_one_invented_firm_over_many_departments_form_a_campaign() -> None:
    # six thin, unverified accounts new in one "forum", each approaching another department:
    # before, the shared firm and domain (organisational evidence) needed the same target
    ops = invented()
    found = members_of(ops)
    assert {p.id for p in ops} in found


def test_a_real_employers_staff_with_the_same_shape_stay_apart() -> None:
    # the same six shapes, but one colleague has 500+ connections: the firm is vouched for
    staff = invented()
    staff[3].profile["connections"] = 500  # type: ignore[index]
    assert members_of(staff) == []
    # one identity-verified colleague vouches as well
    staff = invented()
    staff[2].profile["verified"] = {"identity": True}  # type: ignore[index]
    assert members_of(staff) == []
    # and one who has held the role for nine years
    staff = invented()
    staff[0].profile["experience"][0]["start"] = "2017-01"  # type: ignore[index]
    assert members_of(staff) == []


def test_thin_holders_without_any_point_of_corroboration_stay_apart() -> None:
    # no shared finding, accounts made and approaches reported years apart, old accounts:
    # thin profiles of a small real firm, not an operation
    staff = [persona(k, "Atlantic Horizon Forum", "atlantic-horizon-forum.org",
                     connections=80 + k, lure=False, created=f"{2008 + 2 * k}-03-01",
                     reported=f"{2019 + k}-05-01", started=f"{2014 + k}-01")
             for k in range(5)]
    assert members_of(staff) == []


def test_profiles_that_do_not_show_connections_are_not_judged() -> None:
    # a source without connection counts (a pasted conversation, the generator) vouches:
    # nothing says the holder is thin
    assert vouches({"name": "x"}) and vouches(None)
    assert not vouches({"connections": 120, "verified": {"identity": False}})
    assert vouches({"connections": 120, "experience": [
        {"company": "Acme", "start": "2010-01", "end": None}]}, "2026-01-01")
    assert not vouches({"connections": 120, "experience": [
        {"company": "Acme", "start": "2010-01", "end": "2025-01"}]}, "2026-01-01")
    assert members_of([_hidden(p) for p in invented()]) == []


def _hidden(record: PersonaRecord) -> PersonaRecord:
    record.profile.pop("connections")  # type: ignore[union-attr]
    return record


def test_a_past_employer_is_not_judged_only_the_current_one() -> None:
    # fakes borrow a real firm for their past career; the firm's staff are not in the corpus
    fakes = []
    for k in range(5):
        p = persona(k, f"Own Firm {k}", f"own-firm-{k}.org", connections=60 + k)
        p.profile["experience"].append(  # type: ignore[index]
            {"title": "Consultant", "company": "Randstad", "start": "2015", "end": "2019"})
        fakes.append(p)
    assert members_of(fakes) == []


def test_unvouched_pairs_are_the_same_by_blocks_and_by_all_pairs() -> None:
    records = invented(5) + [persona(k, "Real Co", "real-co.com", connections=c)
                             for k, c in zip(range(10, 14), (120, 500, 90, 300), strict=True)]
    table = key_table(persona_keys_many(records))
    fast, slow = link(table), all_pairs_links(table)
    col = KIND_ID["unvouched"]
    fast_u = {(int(i), int(j)) for i, j, b in zip(fast.i, fast.j, fast.by_kind[:, col],
                                                   strict=True) if b > 0}
    slow_u = {(int(i), int(j)) for i, j, b in zip(slow.i, slow.j, slow.by_kind[:, col],
                                                   strict=True) if b > 0}
    assert fast_u == slow_u == {(i, j) for i in range(5) for j in range(i + 1, 5)}


def test_the_rule_decides_by_kind_size_and_vouching_alone() -> None:
    kind = np.array([KIND_ID["current"], KIND_ID["domain"], KIND_ID["company"],
                     KIND_ID["current"], KIND_ID["current"], KIND_ID["domain"]])
    size = np.array([5, 3, 5, 2, 41, 5])
    vouched = np.array([False, False, False, False, False, True])
    assert unvouched_blocks(kind, size, vouched, JUDGED_KIND_IDS).tolist() == [
        True, True, False, False, False, False]


def test_mailbox_providers_code_hosts_and_job_titles_are_not_organisations() -> None:
    # on blind dev3 these chained different operations through "unvouched" blocks
    from vetlink.campaigns.entities import org_key
    from vetlink.campaigns.keys import entities_of

    assert org_key("Consultant") is None and org_key("Independent Researcher") is None
    assert org_key("Atlantic Horizon Forum") == "atlantichorizonforum"
    record = PersonaRecord(id="x", profile={
        "name": "Jo Bloggs", "url": "https://linkedin.com/in/jo",
        "experience": [{"title": "Consultant", "company": "Consultant"}],
        "contact": {"emails": ["jo.bloggs@t-online.de", "jb@hotmail.es"],
                    "websites": ["https://gitlab.com/jb/tools", "https://jb.github.io/cv"]}})
    kinds = {e.split(":", 1)[0] + ":" + e.split(":", 1)[1] for e in entities_of(record)}
    assert not {e for e in kinds if e.startswith(("domain:", "company:", "current:"))}
    # the pages themselves are still links
    assert {"url:gitlab.com/jb/tools", "url:jb.github.io/cv"} <= kinds


def test_the_campaign_explains_the_unvouched_firm_once() -> None:
    result = find_campaigns(invented())
    (campaign,) = [c for c in result.campaigns if c.score >= 0.5]
    kinds = [e["kind"] for e in campaign.evidence]
    assert "unvouched" in kinds and "current" not in kinds
    assert {"kind": "company", "value": "atlantichorizonforum", "personas": 6} in campaign.evidence


HOSTILE = ("approach.off_platform", "message.paid_report", "message.secrecy")


def test_aged_accounts_that_all_make_hostile_approaches_do_not_vouch_for_their_firm() -> None:
    # six accounts with 500+ connections (aged or bought), each approaching another
    # department with three findings, all claiming one firm: on main their network vouched
    # for the firm and the operation stayed apart
    ops = invented(findings=HOSTILE)
    for record in ops:
        record.profile["connections"] = 500  # type: ignore[index]
    assert {p.id for p in ops} in members_of(ops)
    assert not vouches(ops[0].profile, ops[0].reported_at, HOSTILE)
    assert vouches(ops[0].profile, ops[0].reported_at, HOSTILE[:2])


def test_one_established_colleague_without_a_hostile_approach_still_vouches() -> None:
    # the same shapes, but one holder is established and made an ordinary approach (one
    # finding): a real employer's staff member speaks for the firm
    staff = invented(findings=HOSTILE)
    for record in staff:
        record.profile["connections"] = 500  # type: ignore[index]
    staff[4].lures = ("approach.off_platform",)
    assert members_of(staff) == []
