"""Practice mode in the database: which items a user gets, their answers (one per item and
set, however often a form is sent), their progress, and the anonymous aggregate view."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetlink.errors import InputError, NotFound
from vetlink.practice.items import Item, parse_item, shipped_items
from vetlink.practice.marking import CHOICE_POINTS, Marked
from vetlink.store.models import User, utcnow
from vetlink.store.practice_models import PracticeAnswer, PracticeItem, PracticeSet

SET_SIZE = 6
GENUINE_SHARE = 0.4
K_ANONYMITY = 5  # no group of fewer people than this is ever shown
NO_DEPARTMENT = "(none)"


def db_key(item_id: int) -> str:
    return f"db:{item_id}"


def stored_item(row: PracticeItem) -> Item:
    return parse_item(row.data, db_key(row.id))


def active_items(session: Session) -> list[Item]:
    """Every item a set may draw: the shipped ones and the analysts' active ones."""
    rows = session.scalars(select(PracticeItem).where(PracticeItem.active.is_(True))
                           .order_by(PracticeItem.id))
    return [*shipped_items(), *(stored_item(r) for r in rows)]


def find_item(session: Session, key: str, *, removed_too: bool = False) -> Item | None:
    """The item of ``key`` (``s:<id>`` or ``db:<n>``); None when it does not exist or was
    removed (unless ``removed_too``, for showing answers already given)."""
    if key.startswith("s:"):
        return next((i for i in shipped_items() if i.key == key), None)
    number = key.removeprefix("db:")
    if not key.startswith("db:") or not number.isdigit() or len(number) > 9:
        return None
    row = session.get(PracticeItem, int(number))
    if row is None or (not row.active and not removed_too):
        return None
    return stored_item(row)


def seen_keys(session: Session, user_id: int) -> set[str]:
    query = (select(PracticeAnswer.item_key)
             .join(PracticeSet, PracticeSet.id == PracticeAnswer.set_id)
             .where(PracticeSet.user_id == user_id))
    return set(session.scalars(query))


def pick_items(items: list[Item], seen: set[str], rng: random.Random,
               size: int = SET_SIZE) -> list[str]:
    """``size`` item keys, about 40 % genuine, unseen items first, in random order."""
    genuine_wanted = max(1, round(size * GENUINE_SHARE))
    picked: list[Item] = []
    for verdict, wanted in (("genuine", genuine_wanted), ("hostile", size - genuine_wanted)):
        pool = [i for i in items if i.verdict == verdict]
        rng.shuffle(pool)
        pool.sort(key=lambda i: i.key in seen)  # stable: unseen first, random within
        picked.extend(pool[:wanted])
    rest = [i for i in items if i not in picked]
    rng.shuffle(rest)
    rest.sort(key=lambda i: i.key in seen)
    picked.extend(rest[: size - len(picked)])
    rng.shuffle(picked)
    return [i.key for i in picked]


def start_set(session: Session, user: User, rng: random.Random | None = None) -> PracticeSet:
    keys = pick_items(active_items(session), seen_keys(session, user.id),
                      rng or random.SystemRandom())
    if not keys:
        raise InputError("there are no practice items yet")
    practice_set = PracticeSet(user_id=user.id, department=user.department, item_keys=keys)
    session.add(practice_set)
    session.flush()
    return practice_set


def open_set(session: Session, user_id: int) -> PracticeSet | None:
    return session.scalars(select(PracticeSet).where(PracticeSet.user_id == user_id,
                                                     PracticeSet.finished.is_(None))
                           .order_by(PracticeSet.id.desc()).limit(1)).first()


def get_set(session: Session, set_id: int, user_id: int) -> PracticeSet:
    """The user's own set; another user's set is 'not found' (not 'forbidden': its number
    says nothing)."""
    found = session.get(PracticeSet, set_id)
    if found is None or found.user_id != user_id:
        raise NotFound(f"practice set {set_id} does not exist")
    return found


def answers_of(session: Session, set_id: int) -> dict[str, PracticeAnswer]:
    rows = session.scalars(select(PracticeAnswer).where(PracticeAnswer.set_id == set_id))
    return {a.item_key: a for a in rows}


def record_answer(session: Session, practice_set: PracticeSet, item: Item,
                  marked: Marked) -> PracticeAnswer:
    """Store an answer once: a second submission of the same item in the same set returns
    the first answer unchanged (the unique constraint settles a race between two)."""
    existing = answers_of(session, practice_set.id).get(item.key)
    if existing is not None:
        return existing
    answer = PracticeAnswer(
        set_id=practice_set.id, item_key=item.key, verdict=item.verdict, choice=marked.choice,
        caught=[h.id for h in marked.caught], missed=[h.id for h in marked.missed],
        wrong=[h.id for h in marked.wrong], score=round(marked.score, 4),
    )
    try:
        with session.begin_nested():
            session.add(answer)
    except IntegrityError:
        found = answers_of(session, practice_set.id).get(item.key)
        assert found is not None
        return found
    finish_if_done(session, practice_set)
    return answer


def remaining(session: Session, practice_set: PracticeSet) -> list[str]:
    """Keys of the set still to answer, leaving out items removed since the set began."""
    answered = answers_of(session, practice_set.id)
    return [k for k in practice_set.item_keys
            if k not in answered and find_item(session, k) is not None]


def finish_if_done(session: Session, practice_set: PracticeSet) -> None:
    if practice_set.finished is None and not remaining(session, practice_set):
        practice_set.finished = utcnow()


@dataclass
class SetSummary:
    id: int
    started: Any
    finished: Any
    answered: int
    planned: int
    score: int  # percent
    seconds: int | None


def summary_of(session: Session, practice_set: PracticeSet) -> SetSummary:
    answers = list(answers_of(session, practice_set.id).values())
    last = max((a.answered for a in answers), default=None)
    end = practice_set.finished or last
    return SetSummary(
        id=practice_set.id, started=practice_set.started, finished=practice_set.finished,
        answered=len(answers), planned=len(practice_set.item_keys),
        score=round(100 * sum(a.score for a in answers) / len(answers)) if answers else 0,
        seconds=int((end - practice_set.started).total_seconds()) if end else None,
    )


@dataclass
class Progress:
    sets: list[SetSummary] = field(default_factory=list)
    missed_most: list[tuple[str, int]] = field(default_factory=list)
    false_alarms: list[tuple[str, int]] = field(default_factory=list)


def progress(session: Session, user_id: int) -> Progress:
    rows = list(session.scalars(select(PracticeSet).where(PracticeSet.user_id == user_id)
                                .order_by(PracticeSet.id)))
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    sets = []
    for row in rows:
        sets.append(summary_of(session, row))
        for answer in answers_of(session, row.id).values():
            missed.update(answer.missed)
            wrong.update(answer.wrong)
    return Progress(sets=[s for s in sets if s.answered], missed_most=missed.most_common(5),
                    false_alarms=wrong.most_common(5))


@dataclass
class HallmarkFigures:
    present: int = 0  # answers where the expert marked it
    missed: int = 0
    false_alarms: int = 0  # answers where it was marked but not present

    @property
    def missed_rate(self) -> float:
        return self.missed / self.present if self.present else 0.0


@dataclass
class Group:
    name: str
    people: int
    answers: int
    hallmarks: dict[str, HallmarkFigures]
    choices_right: int


@dataclass
class Insights:
    overall: Group | None  # None when fewer than K people have answered
    departments: list[Group]
    k: int = K_ANONYMITY


def insights(session: Session, k: int = K_ANONYMITY) -> Insights:
    """The anonymous aggregate view: per hallmark, how often it was missed when present and
    marked when absent; overall, and per department only for groups of at least ``k``
    people. If the departments left out would add up to fewer than ``k`` people (so the
    overall figures minus the shown ones would reveal them), the smallest shown department
    is left out too. No user id or name leaves this function."""
    rows = session.execute(
        select(PracticeSet.user_id, PracticeSet.department, PracticeAnswer)
        .join(PracticeAnswer, PracticeAnswer.set_id == PracticeSet.id)
    ).all()
    by_group: dict[str, list[tuple[int, PracticeAnswer]]] = defaultdict(list)
    for user_id, department, answer in rows:
        by_group[(department or "").strip() or NO_DEPARTMENT].append((user_id, answer))
    everyone = [pair for pairs in by_group.values() for pair in pairs]
    overall = group_of("All staff", everyone)
    if overall.people < k:
        return Insights(overall=None, departments=[], k=k)
    groups = sorted((group_of(name, pairs) for name, pairs in by_group.items()),
                    key=lambda g: (g.people, g.name))
    shown = [g for g in groups if g.people >= k]
    hidden_people = overall.people - sum(g.people for g in shown)
    while shown and 0 < hidden_people < k:
        hidden_people += shown.pop(0).people
    return Insights(overall=overall, departments=sorted(shown, key=lambda g: g.name), k=k)


def group_of(name: str, pairs: list[tuple[int, PracticeAnswer]]) -> Group:
    figures: dict[str, HallmarkFigures] = defaultdict(HallmarkFigures)
    right = 0
    for _user, answer in pairs:
        for hallmark_id in [*answer.caught, *answer.missed]:
            figures[hallmark_id].present += 1
        for hallmark_id in answer.missed:
            figures[hallmark_id].missed += 1
        for hallmark_id in answer.wrong:
            figures[hallmark_id].false_alarms += 1
        right += CHOICE_POINTS.get(answer.verdict, {}).get(answer.choice) == 1.0
    return Group(name=name, people=len({u for u, _ in pairs}), answers=len(pairs),
                 hallmarks=dict(figures), choices_right=right)


def save_item(session: Session, data: dict[str, Any], author_id: int,
              case_id: int | None) -> PracticeItem:
    """Validate and store an analyst's item (the same checks as the shipped ones)."""
    parse_item(data, "new item")
    row = PracticeItem(data=data, source_case_id=case_id, author_id=author_id, active=True)
    session.add(row)
    session.flush()
    return row


def custom_items(session: Session) -> list[PracticeItem]:
    return list(session.scalars(select(PracticeItem).order_by(PracticeItem.id.desc())))


def remove_item(session: Session, item_id: int) -> PracticeItem:
    row = session.get(PracticeItem, item_id)
    if row is None:
        raise NotFound(f"practice item {item_id} does not exist")
    row.active = False
    return row
