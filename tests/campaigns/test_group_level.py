"""Campaign-level decisions: a firm's logo shared by its staff is not a face under several
names, and the person whose photo an operation took is named, not counted as a member."""

from __future__ import annotations

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.cluster import PHOTO_FLOOR, Edge, campaign_score, employer_photo

LOGO = "a" * 64
STOLEN = "b" * 64
LURES = ("message.paid_offer", "message.off_platform", "message.secrecy",
         "profile.new_account")


def staff(i: int) -> PersonaRecord:
    """Staff of one small genuine firm, all using its logo as their photo."""
    return PersonaRecord(
        id=f"w{i}", department=("Finance", "Estates", "Legal", "IT")[i % 4],
        reported_at=f"202{i % 4}-0{1 + i % 8}-10T09:00:00Z",
        profile={"name": f"Staff Member {i}", "url": f"https://x.example/w{i}",
                 "photo": {"present": True, "sha256": LOGO},
                 "about": f"word{i} " * 10,
                 "experience": [{"title": "Consultant", "company": "Harrowgate Surveying Ltd"}]})


def fake(i: int) -> PersonaRecord:
    return PersonaRecord(
        id=f"f{i}", department="Grid Policy", lures=LURES,
        reported_at=f"2026-03-{10 + i:02d}T09:00:00Z",
        profile={"name": f"Fake Persona {i}", "url": f"https://x.example/f{i}",
                 "created": f"2026-01-{10 + i:02d}",
                 "photo": {"present": True, "sha256": STOLEN if i < 3 else f"{i:064x}"},
                 "about": f"token{i} " * 10},
        conversation={"contact": f"Fake Persona {i}",
                      "messages": [{"sender": "contact",
                                    "text": "Let us continue on Telegram: @grid_advisory_desk"}]})


def test_a_firms_logo_used_by_its_staff_is_not_floored_into_a_campaign() -> None:
    found = find_campaigns([staff(i) for i in range(6)]).campaigns
    assert found, "the staff are linked by the logo and the firm"
    group = found[0]
    assert group.features["shared_photo"] == 1.0
    assert group.features["employer_photo"] == 1.0
    assert campaign_score({**group.features, "employer_photo": 0.0}) >= PHOTO_FLOOR
    assert all(c.score < 0.5 for c in found)


def test_one_photo_under_different_names_and_firms_keeps_the_floor() -> None:
    pair = {"shared_photo": 1.0, "pair_only": 1.0, "employer_photo": 0.0}
    assert campaign_score(pair) >= PHOTO_FLOOR
    edges = [Edge(0, 1, 12.0, ["image", "company"]), Edge(1, 2, 12.0, ["image"]),
             Edge(0, 2, 8.0, ["handle"])]
    # member 0: its one photo link is with a firm-mate; 1 and 2: not only
    assert employer_photo(edges, 3) == 1 / 3


def test_the_owner_of_a_stolen_photo_is_named_but_not_a_member() -> None:
    owner = PersonaRecord(
        id="owner", department="Radiology",
        profile={"name": "Real Owner", "url": "https://x.example/owner",
                 "photo": {"present": True, "sha256": STOLEN}, "created": "2012-05-01",
                 "about": "Consultant radiologist, twenty years at the county hospital.",
                 "experience": [{"title": "Consultant", "company": "County Hospital"}]})
    result = find_campaigns([fake(i) for i in range(5)] + [owner])
    campaign = result.campaigns[0]
    members = {result.table.ids[m] for m in campaign.members}
    assert members == {f"f{i}" for i in range(5)}
    assert [result.table.ids[m] for m in campaign.photo_elsewhere] == ["owner"]
    assert any("x.example/owner" in str(e["value"]) for e in campaign.evidence)
    assert all("owner" not in (result.table.ids[e.a], result.table.ids[e.b])
               for e in campaign.edges)


def test_a_photo_only_member_with_findings_stays_a_member() -> None:
    """Operation personas sharing just a photo but carrying lures are not bystanders."""
    extra = PersonaRecord(
        id="f9", department="Grid Policy", lures=LURES,
        profile={"name": "Another Persona", "url": "https://x.example/f9",
                 "photo": {"present": True, "sha256": STOLEN}})
    result = find_campaigns([fake(i) for i in range(5)] + [extra])
    members = {result.table.ids[m] for m in result.campaigns[0].members}
    assert "f9" in members
    assert result.campaigns[0].photo_elsewhere == []
