"""Practice in the store: which items a set draws, and the k-anonymous aggregate view."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.store.dbfixtures import database_url  # noqa: F401  (a fixture)
from vetlink.practice.items import shipped_items
from vetlink.store import practice
from vetlink.store.db import make_engine, upgrade, write_session
from vetlink.store.practice_models import PracticeAnswer, PracticeSet
from vetlink.store.users import create_user


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:  # noqa: F811
    made = make_engine(database_url)
    upgrade(made)
    yield made
    made.dispose()


def people(engine: Engine, department: str | None, count: int, missed: list[str]) -> None:
    """``count`` users of ``department``, each with one answered item missing ``missed``."""
    with write_session(engine) as session:
        for _ in range(count):
            user = create_user(session, f"u{random.random():.12f}", "pw-long-enough-1",
                               "reporter", department)
            row = PracticeSet(user_id=user.id, department=department, item_keys=["s:x"])
            session.add(row)
            session.flush()
            session.add(PracticeAnswer(set_id=row.id, item_key="s:x", verdict="hostile",
                                       choice="report", caught=["message.secrecy"],
                                       missed=missed, wrong=["profile.no_photo"], score=0.5))


def test_nothing_is_shown_until_five_people_have_answered(engine: Engine) -> None:
    people(engine, "Policy", 4, ["message.flattery"])
    with engine.connect() as conn, Session(bind=conn) as session:
        assert practice.insights(session) == practice.Insights(overall=None, departments=[])


def test_small_departments_are_hidden_and_so_is_the_one_that_would_reveal_them(
        engine: Engine) -> None:
    people(engine, "Policy", 6, ["message.flattery"])
    people(engine, "Research", 5, ["message.off_platform"])
    people(engine, "Lab", 2, [])
    with engine.connect() as conn, Session(bind=conn) as session:
        seen = practice.insights(session)
    assert seen.overall is not None and seen.overall.people == 13
    # Lab (2) alone would be overall minus Policy minus Research: Research goes too
    assert [g.name for g in seen.departments] == ["Policy"]
    policy = seen.departments[0]
    assert policy.hallmarks["message.flattery"].missed == 6
    assert policy.hallmarks["message.flattery"].present == 6
    assert policy.hallmarks["profile.no_photo"].false_alarms == 6
    assert seen.overall.hallmarks["message.secrecy"].present == 13
    assert seen.overall.hallmarks["message.secrecy"].missed == 0


def test_people_without_a_department_are_counted_as_none_only_from_five(
        engine: Engine) -> None:
    people(engine, None, 3, [])
    people(engine, "", 2, [])
    people(engine, "Policy", 5, [])
    with engine.connect() as conn, Session(bind=conn) as session:
        names = [g.name for g in practice.insights(session).departments]
    assert names == ["(none)", "Policy"]


def test_a_set_mixes_genuine_and_hostile_and_prefers_unseen_items() -> None:
    items = list(shipped_items())
    rng = random.Random(7)
    first = practice.pick_items(items, set(), rng)
    verdicts = [next(i for i in items if i.key == k).verdict for k in first]
    assert len(first) == 6 and verdicts.count("genuine") == 2
    seen = set(first)
    second = practice.pick_items(items, seen, rng)
    assert not set(second) & seen
    everything = {i.key for i in items}
    third = practice.pick_items(items, everything - {first[0]}, rng)
    assert first[0] in third  # the one unseen item comes first, the rest are repeats


def test_two_answers_to_the_same_item_at_once_store_one(engine: Engine) -> None:
    import threading

    from vetlink.practice.marking import mark
    from vetlink.store.db import session_factory, writer

    item = next(i for i in shipped_items() if i.key == "s:conference-keynote-fee")
    with write_session(engine) as session:
        user = create_user(session, "racer", "pw-long-enough-1", "reporter", None)
        row = PracticeSet(user_id=user.id, department=None, item_keys=[item.key])
        session.add(row)
        session.flush()
        set_id = row.id
    barrier = threading.Barrier(2)
    kept: list[str] = []

    def send(choice: str) -> None:
        with session_factory(writer(engine))() as session:
            barrier.wait()
            found = session.get(PracticeSet, set_id)
            assert found is not None
            kept.append(practice.record_answer(session, found, item, mark(item, [], choice))
                        .choice)
            session.commit()

    threads = [threading.Thread(target=send, args=(c,)) for c in ("report", "accept")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    with Session(engine) as session:
        stored = session.query(PracticeAnswer).filter_by(set_id=set_id).all()
    assert len(stored) == 1 and kept == [stored[0].choice] * 2
