"""Stored campaign ids survive recomputation: a recomputed campaign keeps the id of the stored
one it overlaps most (member Jaccard >= 0.5); a member added later is marked as joining."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

from vetlink.campaigns.generate import write
from vetlink.store import campaigns as stored
from vetlink.store.bulk_import import import_reports
from vetlink.store.campaign_tables import CampaignMember
from vetlink.store.db import session_factory, write_session
from vetlink.store.models import Report, User
from vetlink.store.reports import NewReport, create_report


def members(engine: Engine) -> dict[str, set[int]]:
    with session_factory(engine)() as session:
        out: dict[str, set[int]] = {}
        for cid, case_id in session.execute(select(CampaignMember.campaign_id,
                                                   CampaignMember.case_id)):
            out.setdefault(cid, set()).add(case_id)
        return out


def seed(engine: Engine, tmp_path: Path) -> dict[str, set[int]]:
    path = tmp_path / "g.jsonl"
    write(path, 250, seed=31)
    import_reports(engine, path, use_models=False)
    with write_session(engine) as session:
        assert stored.recompute(session)
    return members(engine)


def add_copy_of_member(engine: Engine, case_id: int, url: str) -> int:
    """A new persona reported with a campaign member's profile text, handles and
    conversation under a new name and URL (how an operation's next persona looks)."""
    with write_session(engine) as session:
        member = session.scalars(select(Report).where(Report.case_id == case_id)).first()
        assert member is not None
        profile = dict(member.profile or {})
        profile.update(name="Brand New Persona", url=url)
        reporter = session.scalars(select(User)).first()
        assert reporter is not None
        report = create_report(session, NewReport(
            reporter=reporter, assessment=member.assessment, profile=profile,
            conversation=member.conversation))
        return report.case_id


def test_ids_survive_a_recompute_with_one_member_added(engine: Engine, tmp_path: Path) -> None:
    before = seed(engine, tmp_path)
    top = max(before, key=lambda cid: len(before[cid]))
    new_case = add_copy_of_member(engine, min(before[top]),
                                  "https://www.linkedin.com/in/brand-new-x1")
    with write_session(engine) as session:
        stored.recompute(session)
    after = members(engine)
    assert set(after) == set(before)  # every campaign kept its id
    assert after[top] == before[top] | {new_case}
    with session_factory(engine)() as session:
        assert stored.joining(session) == {new_case: top}


def test_an_unchanged_recompute_changes_no_id_and_marks_no_one_joining(
        engine: Engine, tmp_path: Path) -> None:
    before = seed(engine, tmp_path)
    with write_session(engine) as session:
        stored.recompute(session)
    assert members(engine) == before
    with session_factory(engine)() as session:
        assert stored.joining(session) == {}


def test_a_campaign_that_is_not_a_continuation_gets_an_id_no_campaign_had() -> None:
    used = {"c-0123456789"}
    fresh = stored.fresh_id("c-0123456789", used)
    assert fresh.startswith("c-") and fresh not in used
    assert stored.fresh_id("c-aaaaaaaaaa", used) == "c-aaaaaaaaaa"


def test_the_stored_id_overlapping_most_is_inherited_from_half_overlap() -> None:
    previous = stored.Previous(members={"c-a": {1, 2, 3, 4}, "c-b": {5, 6}}, joined={},
                               created={})
    assert previous.inherit({1, 2, 3, 4, 7}, set()) == "c-a"  # 4/5
    assert previous.inherit({1, 2, 3, 4, 7}, {"c-a"}) is None  # already given away
    assert previous.inherit({5, 8, 9}, set()) is None  # 1/4 < 0.5
    assert previous.inherit({5, 6, 1}, set()) == "c-b"  # 2/3 beats 1/6
