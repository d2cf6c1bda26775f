"""Practice mode pages: a short set of items for every signed-in user, feedback after each,
a summary, progress over time; for analysts the anonymous 'what staff miss most' view and the
items they made from closed cases."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vetlink.errors import InputError, NotFound
from vetlink.practice.items import Item
from vetlink.practice.marking import CHOICES, checklist, hallmark, mark
from vetlink.store import audit, practice
from vetlink.store.practice_models import PracticeSet
from vetlink.web.deps import DB, FormAnalyst, FormUser, Id, PageAnalyst, PageUser, WriteDB
from vetlink.web.render import render

router = APIRouter(include_in_schema=False)
Ids = Annotated[list[str] | None, Form(max_length=200)]
Field = Annotated[str, Form(max_length=200)]
MAX_MARKS = 100


def go(path: str) -> Response:
    return RedirectResponse(path, status_code=303)


def item_path(set_id: int, position: int) -> str:
    return f"/practice/sets/{set_id}/items/{position}"


@router.get("/practice")
def home(request: Request, user: PageUser, session: DB) -> Response:
    current = practice.open_set(session, user.id)
    if current is not None and not practice.remaining(session, current):
        current = None
    return render(request, "practice_home.html", current=current,
                  progress=practice.progress(session, user.id))


@router.post("/practice/start")
def start(user: FormUser, session: WriteDB) -> Response:
    """Carry on with an unfinished set (so a double click makes one set), else a new one."""
    current = practice.open_set(session, user.id)
    if current is not None and practice.remaining(session, current):
        return go(next_path(session, current))
    if current is not None:
        practice.finish_if_done(session, current)
    new = practice.start_set(session, user)
    session.commit()
    return go(item_path(new.id, 1))


def next_path(session: DB, practice_set: PracticeSet) -> str:
    left = practice.remaining(session, practice_set)
    if not left:
        return f"/practice/sets/{practice_set.id}/summary"
    return item_path(practice_set.id, practice_set.item_keys.index(left[0]) + 1)


def key_at(practice_set: PracticeSet, position: int) -> str:
    if not 1 <= position <= len(practice_set.item_keys):
        raise NotFound(f"practice set {practice_set.id} has no item {position}")
    return practice_set.item_keys[position - 1]


@router.get("/practice/sets/{set_id}")
def resume(set_id: Id, user: PageUser, session: DB) -> Response:
    return go(next_path(session, practice.get_set(session, set_id, user.id)))


@router.get("/practice/sets/{set_id}/items/{position}")
def show_item(request: Request, set_id: Id, position: Id, user: PageUser,
              session: DB) -> Response:
    practice_set = practice.get_set(session, set_id, user.id)
    key = key_at(practice_set, position)
    answer = practice.answers_of(session, set_id).get(key)
    item = practice.find_item(session, key, removed_too=answer is not None)
    if item is None:
        return removed_page(request, session, practice_set, position)
    if answer is not None:
        return feedback_page(request, session, practice_set, position, item, answer)
    return render(request, "practice_item.html", practice_set=practice_set, position=position,
                  item=item, options=checklist(item), choices=CHOICES)


def removed_page(request: Request, session: DB, practice_set: PracticeSet,
                 position: int) -> Response:
    """The item left the catalogue while the user had it open: say so, keep everything they
    answered, and go on (410: the item is gone, the set is not)."""
    return render(request, "practice_removed.html", status_code=410,
                  practice_set=practice_set, position=position,
                  next=next_path(session, practice_set))


def feedback_page(request: Request, session: DB, practice_set: PracticeSet, position: int,
                  item: Item, answer: practice.PracticeAnswer) -> Response:
    return render(
        request, "practice_feedback.html", practice_set=practice_set, position=position,
        item=item, answer=answer, choices=CHOICES,
        caught=[hallmark(i) for i in answer.caught], missed=[hallmark(i) for i in answer.missed],
        wrong=[hallmark(i) for i in answer.wrong], next=next_path(session, practice_set),
    )


@router.post("/practice/sets/{set_id}/items/{position}")
def answer_item(
    request: Request, set_id: Id, position: Id, user: FormUser, session: WriteDB,
    item: Field, choice: Field = "", hallmark_ids: Annotated[Ids, Form(alias="hallmark")] = None,
) -> Response:
    practice_set = practice.get_set(session, set_id, user.id)
    key = key_at(practice_set, position)
    if item != key:
        raise InputError("this answer is for an item that is not at this place in your set; "
                         "reload the page")
    found = practice.find_item(session, key)
    if found is None:
        if key in practice.answers_of(session, set_id):  # answered, then removed: show it
            return go(item_path(set_id, position))
        practice.finish_if_done(session, practice_set)  # it may have been the last one left
        session.commit()
        return removed_page(request, session, practice_set, position)
    chosen = list(dict.fromkeys(hallmark_ids or []))
    if len(chosen) > MAX_MARKS:
        raise InputError("too many hallmarks marked")
    practice.record_answer(session, practice_set, found, mark(found, chosen, choice))
    session.commit()
    return go(item_path(set_id, position))


@router.get("/practice/sets/{set_id}/summary")
def summary(request: Request, set_id: Id, user: PageUser, session: DB) -> Response:
    practice_set = practice.get_set(session, set_id, user.id)
    answers = practice.answers_of(session, set_id)
    rows = []
    for position, key in enumerate(practice_set.item_keys, start=1):
        item = practice.find_item(session, key, removed_too=True)
        gone = item is None or practice.find_item(session, key) is None
        rows.append((position, item, answers.get(key), gone))
    return render(request, "practice_summary.html", practice_set=practice_set, rows=rows,
                  summary=practice.summary_of(session, practice_set), choices=CHOICES,
                  left=practice.remaining(session, practice_set))


@router.get("/practice/progress")
def progress(request: Request, user: PageUser, session: DB) -> Response:
    mine = practice.progress(session, user.id)
    return render(request, "practice_progress.html", progress=mine,
                  missed=[(hallmark(i), n) for i, n in mine.missed_most],
                  wrong=[(hallmark(i), n) for i, n in mine.false_alarms])


@router.get("/practice/insights")
def insights(request: Request, user: PageAnalyst, session: DB) -> Response:
    figures = practice.insights(session)
    return render(request, "practice_insights.html", insights=figures,
                  rows=insight_rows(figures.overall), hallmark=hallmark)


def insight_rows(group: practice.Group | None) -> list[tuple[str, practice.HallmarkFigures]]:
    if group is None:
        return []
    return sorted(group.hallmarks.items(),
                  key=lambda kv: (-kv[1].missed_rate, -kv[1].present, kv[0]))


@router.get("/practice/items")
def custom_items(request: Request, user: PageAnalyst, session: DB) -> Response:
    return render(request, "practice_items.html", items=practice.custom_items(session))


@router.post("/practice/items/{item_id}/remove")
def remove_item(item_id: Id, user: FormAnalyst, session: WriteDB) -> Response:
    practice.remove_item(session, item_id)
    audit.record(session, user.id, "practice.item_removed", "practice_item", item_id)
    session.commit()
    return go("/practice/items")
