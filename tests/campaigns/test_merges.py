"""Operations are not merged with one another, and lone hostile approaches are not pulled into
an operation, by what any of them can claim or copy (``campaigns/holders.py``,
``campaigns/bridges.py``): a real university several operations name as their personas'
current employer, a profile template, a real firm listed in a borrowed career. What one
operation has of its own (a messaging handle, accounts opened together) still groups it."""

from __future__ import annotations

from typing import Any

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.holders import judged
from vetlink.campaigns.keys import persona_keys_many
from vetlink.campaigns.link import key_table

DEPARTMENTS = ["Propulsion", "Avionics", "Materials", "Guidance", "Radar Systems",
               "Satellite Ops", "Cyber Security", "Procurement"]
FIRST = ["Wei", "Lin", "Hao", "Yan", "Jun", "Mei", "Tao", "Xin"]
LAST = ["Chen", "Liu", "Zhang", "Wang", "Zhao", "Sun", "Zhou", "Huang"]
ABOUT = ["Aero-engine combustion, PhD candidate.", "Inertial navigation and filtering.",
         "Composite materials for hypersonic flight.", "Control theory, reading group host.",
         "Phased-array antennas and signal processing.", "Orbit determination, amateur "
         "astronomer.", "Embedded security; runner.", "Supply chains of rare earths."]


def scholar(op: str, k: int, *, handle: str, created: str, department: int,
            university: str = "Harbin Institute of Technology") -> PersonaRecord:
    """A thin visiting-scholar persona of operation ``op``: the real university as its
    current employer, the operation's WeChat handle, its own words, a new account."""
    n = sum(map(ord, op)) + k
    profile: dict[str, Any] = {
        "url": f"https://www.linkedin.com/in/{op}-{k}",
        "name": f"{FIRST[n % 8]} {LAST[(n * 3 + 1) % 8]}",
        "headline": f"Visiting Scholar at {university}",
        "about": ABOUT[n % 8],
        "experience": [{"title": "Visiting Scholar", "company": university,
                        "start": "2025-09", "end": None}],
        "contact": {"messaging": [f"WeChat ID: {handle}"]},
        "connections": 40 + 9 * k, "created": created,
    }
    return PersonaRecord(id=f"{op}-{k}", profile=profile,
                         department=DEPARTMENTS[department % len(DEPARTMENTS)],
                         reported_at="2026-05-20T10:00:00+00:00",
                         lures=("approach.off_platform", "approach.flattery",
                                "message.research_request"))


def campaigns_of(records: list[PersonaRecord]) -> list[set[str]]:
    result = find_campaigns(records)
    return [{result.table.ids[m] for m in c.members} for c in result.campaigns
            if c.score >= 0.5]


def test_operations_claiming_the_same_real_university_are_not_merged() -> None:
    # two operations, each with its own handle and its own wave of accounts, both claim
    # one real university; every persona approaches another department. The university,
    # held by six thin accounts, used to be judged an invented organisation ("unvouched"):
    # with one shared lure and two young accounts it joined every pair across the two
    first = [scholar("aero", k, handle="hit_aero_lab88", created="2025-10-02", department=k)
             for k in range(3)]
    second = [scholar("radar", k, handle="radar.fellow_21", created="2025-03-15",
                      department=k + 3) for k in range(3)]
    found = campaigns_of(first + second)
    assert {p.id for p in first} in found
    assert {p.id for p in second} in found
    assert len(found) == 2


def test_an_invented_institute_claimed_by_thin_accounts_is_still_judged() -> None:
    # the same shapes without a handle, under an invented research centre: no holder
    # vouches for it, so it still groups the operation (not a university: judged)
    ops = [scholar("centre", k, handle="x", created="2025-10-02", department=k,
                   university="Northern Aerospace Policy Centre") for k in range(4)]
    for p in ops:
        p.profile["contact"] = {}  # type: ignore[index]
    assert {p.id for p in ops} in campaigns_of(ops)


def test_the_current_university_is_left_out_of_the_judged_keys() -> None:
    keys = persona_keys_many([scholar("aero", 0, handle="hit_aero_lab88",
                                      created="2025-10-02", department=0)])
    assert "current:harbininstituteoftechnology" in keys[0].entities  # the keys keep it
    table = key_table(keys)
    assert "company:harbininstituteoftechnology" in table.entities[0]
    assert not any(e.startswith("current:") for e in table.entities[0])
    assert judged("current:atlantichorizonforum")
    assert not judged("current:technischeuniversitatmunchen")
    assert judged("domain:hit.edu.cn")


TEMPLATE = ("Senior talent partner for a family office in Zurich. We place senior engineers "
            "in confidential advisory roles with generous fees, flexible hours and full "
            "discretion. Initial conversations are short and informal; happy to share "
            "details of the mandate privately with suitable candidates in your field.")


def recruiter(pid: str, k: int, *, created: str, reported: str) -> PersonaRecord:
    """A persona with the hostile recruiter template (its own name and firm), approaching
    the same department with the same moves."""
    profile: dict[str, Any] = {
        "url": f"https://www.linkedin.com/in/{pid}", "name": f"{FIRST[k % 8]} {LAST[k % 8]}",
        "headline": "Talent Partner", "about": TEMPLATE,
        "experience": [{"title": "Talent Partner", "company": f"Firm {chr(65 + k)} Advisory "
                        f"{pid}", "start": "2025-06", "end": None},
                       {"title": "Consultant", "company": "KPMG", "start": "2015-01",
                        "end": "2019-12"}],
        "created": created,
    }
    return PersonaRecord(id=pid, profile=profile, department="Satellite Ops",
                         reported_at=f"{reported}T09:00:00+00:00",
                         lures=("approach.off_platform", "approach.flattery",
                                "approach.money"))


def test_a_lone_fake_copying_an_operations_template_is_not_pulled_in() -> None:
    # an operation opens four accounts in one month and gives them one template; a lone
    # fake, made a year earlier, copies the same template, lists the same real firm in its
    # past career and approaches the same department with the same moves. Text, a borrowed
    # past employer and shared findings are what any copier has: before, they were enough
    operation = [recruiter(f"op-{k}", k, created=f"2026-02-{3 + 4 * k:02d}",
                           reported=f"2026-04-{10 + k:02d}") for k in range(4)]
    lone = recruiter("lone", 5, created="2025-01-20", reported="2026-04-12")
    found = campaigns_of([*operation, lone])
    assert {p.id for p in operation} in found
    assert all("lone" not in c for c in found)


PHOTO = "9f2c" * 16  # the sha256 of one picture file


def with_photo(pid: str, k: int, *, connections: int, lures: tuple[str, ...],
               department: str) -> PersonaRecord:
    profile: dict[str, Any] = {
        "url": f"https://www.linkedin.com/in/{pid}", "name": f"{FIRST[k % 8]} {LAST[k % 8]}",
        "headline": ["Structural engineer", "Talent partner", "Research adviser",
                     "Programme manager"][k % 4],
        "about": ABOUT[k % 8], "photo": {"present": True, "sha256": PHOTO},
        "connections": connections, "created": "2019-04-01",
    }
    return PersonaRecord(id=pid, profile=profile, department=department,
                         reported_at="2026-05-02T10:00:00+00:00", lures=lures)


def test_the_established_owner_of_a_stolen_photo_is_named_not_grouped() -> None:
    # a lone fake (a thin account) uses the photo of a real engineer (500+ connections,
    # reported for an ordinary message): one face under two names, but one of them is the
    # person whose picture was taken, not a second persona of an operation
    owner = with_photo("owner", 1, connections=500, lures=("profile.generic_summary",),
                       department="Materials")
    thief = with_photo("thief", 2, connections=35,
                       lures=("approach.off_platform", "approach.flattery"),
                       department="Avionics")
    assert campaigns_of([owner, thief]) == []
    # three thin accounts of an operation with the same picture are still a campaign, and
    # the owner is named beside it, not counted as a member
    ops = [with_photo(f"op-{k}", k + 3, connections=30 + k,
                      lures=("approach.off_platform", "approach.flattery"),
                      department="Avionics") for k in range(3)]
    result = find_campaigns([owner, *ops])
    found = [c for c in result.campaigns if c.score >= 0.5]
    assert [{result.table.ids[m] for m in c.members} for c in found] == [{"op-0", "op-1",
                                                                          "op-2"}]
    assert [result.table.ids[m] for m in found[0].photo_elsewhere] == ["owner"]
