"""The practice pages end to end through the web app, on SQLite and PostgreSQL: a whole set,
feedback, summary and progress; bad input (answers sent twice or tampered with, an item removed
while it is open, another user's set); the analysts' aggregate view and items made from cases."""

from __future__ import annotations

import html
import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.web.conftest import add_user, csrf_of, login, new_client
from vetlink.practice.items import catalogue
from vetlink.practice.marking import checklist
from vetlink.store import practice
from vetlink.store.cases import set_status
from vetlink.store.db import write_session
from vetlink.store.models import Case, User
from vetlink.store.practice_models import PracticeAnswer, PracticeSet
from vetlink.store.reports import NewReport, create_report

ITEM_URL = re.compile(r"/practice/sets/(\d+)/items/(\d+)")


def start(client: TestClient, token: str) -> tuple[int, int]:
    response = client.post("/practice/start", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    found = ITEM_URL.search(response.headers["location"])
    assert found
    return int(found.group(1)), int(found.group(2))


def item_key(client: TestClient, set_id: int, position: int) -> str:
    page = client.get(f"/practice/sets/{set_id}/items/{position}")
    assert page.status_code == 200, page.text
    found = re.search(r'name="item" value="([^"]+)"', page.text)
    assert found, "no question on the page"
    return found.group(1)


def answer(client: TestClient, token: str, set_id: int, position: int, key: str,
           hallmarks: list[str], choice: str = "report") -> object:
    return client.post(f"/practice/sets/{set_id}/items/{position}",
                       data={"csrf_token": token, "item": key, "hallmark": hallmarks,
                             "choice": choice}, follow_redirects=False)


def answers_in(app: FastAPI, set_id: int) -> int:
    with app.state.services.reader() as session:
        return session.scalar(select(func.count()).select_from(PracticeAnswer)
                              .where(PracticeAnswer.set_id == set_id)) or 0


def test_a_whole_set_gives_feedback_a_summary_and_progress(app: FastAPI,
                                                           client: TestClient) -> None:
    token = login(client, "alice")
    set_id, position = start(client, token)
    assert position == 1
    for n in range(1, 7):
        key = item_key(client, set_id, n)
        item = next(i for i in practice.shipped_items() if i.key == key)
        marks = list(item.expert[:1])
        response = answer(client, token, set_id, n, key, marks,
                          "report" if item.verdict == "hostile" else "accept")
        assert response.status_code == 303
        feedback = html.unescape(client.get(response.headers["location"]).text)  # type: ignore
        assert "Debrief" in feedback and item.debrief["realise"] in feedback
        if item.expert[1:]:
            missed = catalogue()[item.expert[1]]
            assert "You missed" in feedback and missed.advice in feedback
    summary = client.get(f"/practice/sets/{set_id}/summary").text
    assert "6 of 6 items answered" in summary and " min " in summary
    progress = client.get("/practice/progress").text
    assert f"/practice/sets/{set_id}/summary" in progress and "What you miss most" in progress
    with app.state.services.reader() as session:
        assert session.get(PracticeSet, set_id).finished is not None  # type: ignore[union-attr]


def test_a_second_set_brings_items_not_seen_before(client: TestClient) -> None:
    token = login(client, "alice")
    first, _ = start(client, token)
    seen = set()
    for n in range(1, 7):
        key = item_key(client, first, n)
        seen.add(key)
        answer(client, token, first, n, key, [], "verify")
    second, _ = start(client, token)
    assert second != first
    again = {item_key(client, second, n) for n in range(1, 7)}
    assert not again & seen


def test_an_answer_sent_twice_is_recorded_once(app: FastAPI, client: TestClient) -> None:
    token = login(client, "alice")
    set_id, _ = start(client, token)
    key = item_key(client, set_id, 1)
    item = next(i for i in practice.shipped_items() if i.key == key)
    first = answer(client, token, set_id, 1, key, list(item.expert), "report")
    second = answer(client, token, set_id, 1, key, [], "accept")
    assert first.status_code == second.status_code == 303  # type: ignore[attr-defined]
    assert answers_in(app, set_id) == 1
    with app.state.services.reader() as session:
        stored = session.scalars(select(PracticeAnswer)).one()
    assert stored.choice == "report" and stored.missed == []


def test_tampered_answers_get_a_clear_4xx_and_store_nothing(app: FastAPI,
                                                            client: TestClient) -> None:
    token = login(client, "alice")
    set_id, _ = start(client, token)
    key = item_key(client, set_id, 1)
    bad = answer(client, token, set_id, 1, key, ["message.no_such_hallmark"])
    assert bad.status_code == 400 and "not on this item" in bad.text  # type: ignore
    wrong_item = answer(client, token, set_id, 1, "s:does-not-exist", [])
    assert wrong_item.status_code == 400  # type: ignore[attr-defined]
    assert "not at this place in your set" in wrong_item.text  # type: ignore[attr-defined]
    no_choice = answer(client, token, set_id, 1, key, [], "")
    assert no_choice.status_code == 400  # type: ignore[attr-defined]
    past_end = answer(client, token, set_id, 99, key, [])
    assert past_end.status_code == 404  # type: ignore[attr-defined]
    assert answers_in(app, set_id) == 0
    assert answer(client, token, set_id, 1, key, []).status_code == 303  # type: ignore


def test_another_users_set_cannot_be_seen_or_answered(app: FastAPI, client: TestClient) -> None:
    token = login(client, "alice")
    set_id, _ = start(client, token)
    key = item_key(client, set_id, 1)
    bob = new_client(app)
    bob_token = login(bob, "bob")
    assert bob.get(f"/practice/sets/{set_id}/items/1").status_code == 404
    assert bob.get(f"/practice/sets/{set_id}/summary").status_code == 404
    assert answer(bob, bob_token, set_id, 1, key, []).status_code == 404  # type: ignore
    assert answers_in(app, set_id) == 0


def closed_case(app: FastAPI) -> int:
    """A confirmed-hostile case reported by alice about an invented persona."""
    item = next(i for i in practice.shipped_items()
                if i.key == "s:recruiter-confidential-client")
    with write_session(app.state.services.engine) as session:
        alice = session.scalars(select(User).where(User.username == "alice")).one()
        sam = session.scalars(select(User).where(User.username == "sam")).one()
        report = create_report(session, NewReport(
            reporter=alice, profile=item.profile, conversation=item.conversation,
            assessment={"score": 90, "band": "high", "findings": [
                {"id": "message.vague_client", "severity": "medium", "title": "t",
                 "evidence": "e"}]}))
        case = session.get(Case, report.case_id)
        assert case is not None
        set_status(session, case, "confirmed_hostile", sam.id)
        return case.id


def make_item(app: FastAPI, sam: TestClient, token: str, case_id: int) -> int:
    page = sam.get(f"/cases/{case_id}/practice-item")
    assert page.status_code == 200, page.text
    assert "Marlene" not in page.text and "mquist" not in page.text
    assert 'value="message.vague_client" checked' in page.text
    profile = re.search(r'name="profile_json" rows="10">([^<]*)<', page.text)
    conversation = re.search(r'name="conversation_json" rows="10">([^<]*)<', page.text)
    assert profile and conversation
    response = sam.post(f"/cases/{case_id}/practice-item", data={
        "csrf_token": token, "title": "From a case", "category": "recruiter",
        "verdict": "hostile", "expert": ["message.vague_client", "message.off_platform"],
        "recognise": "a", "realise": "b", "report": "c", "remove": "d",
        "profile_json": html.unescape(profile.group(1)),
        "conversation_json": html.unescape(conversation.group(1)),
    }, follow_redirects=False)
    assert response.status_code == 303, response.text
    with app.state.services.reader() as session:
        rows = practice.custom_items(session)
    return rows[0].id


def test_an_analyst_makes_an_anonymised_item_from_a_closed_case(app: FastAPI) -> None:
    case_id = closed_case(app)
    sam = new_client(app)
    token = login(sam, "sam")
    assert "Make a practice item" in sam.get(f"/cases/{case_id}").text
    item_id = make_item(app, sam, token, case_id)
    with app.state.services.reader() as session:
        item = practice.find_item(session, f"db:{item_id}")
    assert item is not None and item.profile and item.conversation
    assert item.profile["name"] != "Marlene Quist"
    assert "marlene" not in str(item.profile).lower() + str(item.conversation).lower()
    assert set(item.expert) <= {h.id for h in checklist(item)}
    leaked = sam.post(f"/cases/{case_id}/practice-item", data={
        "csrf_token": token, "title": "t", "category": "recruiter", "verdict": "hostile",
        "recognise": "a", "realise": "b", "report": "c", "remove": "d",
        "conversation_json": '{"messages": [{"sender": "contact", "text": "I am Marlene '
                             'Quist"}]}'})
    assert leaked.status_code == 400 and "still names the reported persona" in leaked.text
    alice = new_client(app)
    login(alice, "alice")
    assert alice.get(f"/cases/{case_id}/practice-item").status_code == 403


def test_an_item_removed_while_open_is_skipped_and_progress_kept(app: FastAPI) -> None:
    case_id = closed_case(app)
    sam = new_client(app)
    sam_token = login(sam, "sam")
    item_id = make_item(app, sam, sam_token, case_id)
    alice = new_client(app)
    token = login(alice, "alice")
    set_id, _ = start(alice, token)
    with write_session(app.state.services.engine) as session:  # put the new item in the set
        practice_set = session.get(PracticeSet, set_id)
        assert practice_set is not None
        others = [key for key in practice_set.item_keys if key != f"db:{item_id}"]
        practice_set.item_keys = [others[0], f"db:{item_id}"]  # the set may have drawn it first
    first = item_key(alice, set_id, 1)
    answer(alice, token, set_id, 1, first, [])
    assert item_key(alice, set_id, 2) == f"db:{item_id}"  # open on the screen...
    removed = sam.post(f"/practice/items/{item_id}/remove", data={"csrf_token": sam_token},
                       follow_redirects=False)
    assert removed.status_code == 303
    late = answer(alice, token, set_id, 2, f"db:{item_id}", [])  # ...answered after removal
    assert late.status_code == 410 and "has been removed" in late.text  # type: ignore
    assert "/summary" in late.text  # type: ignore[attr-defined]
    assert answers_in(app, set_id) == 1
    summary = alice.get(f"/practice/sets/{set_id}/summary").text
    assert "1 of 2 items answered" in summary and "removed, not counted" in summary
    with app.state.services.reader() as session:
        assert session.get(PracticeSet, set_id).finished is not None  # type: ignore[union-attr]


def practise(app: FastAPI, name: str, department: str | None, miss: bool) -> None:
    add_user(app, name, "reporter", department)
    client = new_client(app)
    token = login(client, name)
    set_id, _ = start(client, token)
    for n in range(1, 7):
        key = item_key(client, set_id, n)
        item = next(i for i in practice.shipped_items() if i.key == key)
        answer(client, token, set_id, n, key, [] if miss else list(item.expert), "report")


def test_insights_show_only_groups_of_five_and_never_names(app: FastAPI) -> None:
    for n in range(5):
        practise(app, f"pilot{n}", "Procurement", miss=True)
    for n in range(3):
        practise(app, f"lab{n}", "Laboratory", miss=False)
    for n in range(2):
        practise(app, f"fin{n}", "Finance", miss=False)
    for n in range(5):
        practise(app, f"nodept{n}", None, miss=False)
    practise(app, "blank0", "  ", miss=False)
    sam = new_client(app)
    login(sam, "sam")
    page = sam.get("/practice/insights")
    assert page.status_code == 200
    body = page.text
    assert "All staff: 16 people" in body
    assert "Procurement: 5 people" in body
    assert "(none): 6 people" in body  # no department, or a blank one
    assert "Laboratory" not in body and "Finance" not in body
    for name in ("pilot0", "lab0", "fin0", "nodept0", "blank0", "alice"):
        assert name not in body
    alice = new_client(app)
    login(alice, "alice")
    assert alice.get("/practice/insights").status_code == 403


def test_insights_stay_empty_below_five_people(app: FastAPI) -> None:
    for n in range(4):
        practise(app, f"few{n}", "Policy", miss=True)
    sam = new_client(app)
    login(sam, "sam")
    body = sam.get("/practice/insights").text
    assert "Fewer than 5 people have practised" in body and "Policy" not in body


def test_a_user_without_a_department_can_practise(app: FastAPI) -> None:
    add_user(app, "drifter", "reporter", None)
    client = new_client(app)
    token = login(client, "drifter")
    set_id, _ = start(client, token)
    key = item_key(client, set_id, 1)
    assert answer(client, token, set_id, 1, key, [], "verify").status_code == 303  # type: ignore
    assert "Score for this item" in client.get(f"/practice/sets/{set_id}/items/1").text


def test_every_practice_form_needs_the_csrf_token(client: TestClient) -> None:
    login(client, "alice")
    response = client.post("/practice/start", data={}, follow_redirects=False)
    assert response.status_code == 403
    assert csrf_of(client.get("/practice").text)
