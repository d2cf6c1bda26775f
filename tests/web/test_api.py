"""The JSON API: checks, reports, cases."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import bearer
from vetlink.ingest.common import load_schema


def example() -> dict[str, Any]:
    text = resources.files("vetlink.examples").joinpath("headhunter.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def post_report(client: TestClient, who: str, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/api/v1/reports", json=body, headers=bearer(client, who))
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def test_check_returns_a_valid_assessment_and_stores_nothing(client: TestClient) -> None:
    response = client.post("/api/v1/checks", json={"profile": example()},
                           headers=bearer(client, "alice"))
    assert response.status_code == 200
    jsonschema.validate(response.json(), load_schema("assessment"))
    assert response.json()["band"] == "high"
    assert client.get("/api/v1/reports", headers=bearer(client, "alice")).json() == []


@pytest.mark.parametrize(("body", "named"), [
    ({"profile": {"name": "A", "connections": "many"}}, "$.connections"),
    ({"profile": {"headline": "no name"}}, "name"),
    ({"profile": {"name": "A", "hobby": "chess"}}, "hobby"),
    ({"conversation": {"messages": []}}, "$.messages"),
    ({"conversation": {"messages": [{"sender": "bot", "text": "hi"}]}}, "$.messages[0].sender"),
    ({}, "give a profile, a conversation, an advert or a photo"),
    ({"profile": None, "conversation": None, "photo": None},
     "give a profile, a conversation, an advert or a photo"),
    ({"note": "only a note"}, "give a profile, a conversation, an advert or a photo"),
    ({"profile": {"name": "A"}, "extra": 1}, "unknown field(s) extra"),
    ([1, 2], "expected a JSON object"),
    ({"profile": {"name": "A", "photo": {"path": "/etc/passwd"}}}, "profile.photo.path"),
])
def test_bad_bodies_are_422_naming_the_field(client: TestClient, body: Any, named: str) -> None:
    response = client.post("/api/v1/checks", json=body, headers=bearer(client, "alice"))
    assert response.status_code == 422
    assert named in response.json()["error"]["message"]


def test_malformed_json_is_422(client: TestClient) -> None:
    headers = bearer(client, "alice") | {"Content-Type": "application/json"}
    response = client.post("/api/v1/checks", content=b'{"profile": {', headers=headers)
    assert response.status_code == 422
    assert "malformed JSON" in response.json()["error"]["message"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", ""])
def test_a_body_that_is_not_json_is_415(client: TestClient, content_type: str) -> None:
    headers = bearer(client, "alice") | {"Content-Type": content_type}
    response = client.post("/api/v1/checks", content=json.dumps({"profile": example()}),
                           headers=headers)
    assert response.status_code == 415


def test_an_oversized_body_is_413(client: TestClient) -> None:
    profile = dict(example(), about="x" * 400_000)
    response = client.post("/api/v1/checks", json={"profile": profile},
                           headers=bearer(client, "alice"))
    assert response.status_code == 413


def test_report_is_created_and_readable_by_its_reporter(client: TestClient) -> None:
    made = post_report(client, "alice", {"profile": example(), "note": "InMail on Monday"})
    assert set(made) == {"id", "case_id", "assessment"}
    got = client.get(f"/api/v1/reports/{made['id']}", headers=bearer(client, "alice"))
    assert got.status_code == 200
    assert got.json()["note"] == "InMail on Monday"
    assert got.json()["outcome"] == "new"


def test_another_reporter_gets_404_like_for_a_missing_id(client: TestClient) -> None:
    made = post_report(client, "alice", {"profile": example()})
    theirs = client.get(f"/api/v1/reports/{made['id']}", headers=bearer(client, "bob"))
    missing = client.get(f"/api/v1/reports/{made['id'] + 99}", headers=bearer(client, "bob"))
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json()["error"]["title"] == missing.json()["error"]["title"]
    assert "alice" not in theirs.text and "Amanda" not in theirs.text


def test_a_reporter_guessing_ids_sees_only_their_own(client: TestClient) -> None:
    ids = [post_report(client, "alice", {"profile": example()})["id"] for _ in range(3)]
    bob = bearer(client, "bob")
    own = post_report(client, "bob", {"profile": dict(example(), url="x.com/other")})["id"]
    found = [i for i in range(-1, max(ids) + 5)
             if client.get(f"/api/v1/reports/{i}", headers=bob).status_code == 200]
    assert found == [own]
    assert [r["id"] for r in client.get("/api/v1/reports", headers=bob).json()] == [own]


def test_analysts_read_any_report(client: TestClient) -> None:
    made = post_report(client, "alice", {"profile": example()})
    got = client.get(f"/api/v1/reports/{made['id']}", headers=bearer(client, "sam"))
    assert got.status_code == 200


def test_reports_of_the_same_persona_join_one_case(client: TestClient) -> None:
    first = post_report(client, "alice", {"profile": example()})
    moved = dict(example(), url="https://linkedin.com/in/EXAMPLE-amanda-chen-talent/")
    second = post_report(client, "bob", {"profile": moved, "note": "me too"})
    assert first["case_id"] == second["case_id"]
    rows = client.get("/api/v1/cases", headers=bearer(client, "sam")).json()
    assert rows == [{"id": first["case_id"], "persona": "Amanda Chen",
                     "url": "linkedin.com/in/example-amanda-chen-talent", "status": "new",
                     "merged_into": None, "reports": 2,
                     "highest_score": first["assessment"]["score"]}]


def test_analyst_triages_a_case_through_the_api(client: TestClient) -> None:
    made = post_report(client, "alice", {"profile": example()})
    sam, case = bearer(client, "sam"), made["case_id"]
    status = client.post(f"/api/v1/cases/{case}/status", json={"status": "confirmed_hostile"},
                         headers=sam)
    assert status.status_code == 200
    assert status.json()["status"] == "confirmed_hostile"
    note = client.post(f"/api/v1/cases/{case}/notes", json={"text": "same number"},
                       headers=sam)
    assert note.status_code == 201
    detail = client.get(f"/api/v1/cases/{case}", headers=sam).json()
    assert [h["action"] for h in detail["history"]] == [
        "case.create", "case.report", "case.status", "label.add", "case.note"]
    labels = client.get("/api/v1/labels.jsonl", headers=sam).text.splitlines()
    assert [json.loads(line)["label"] for line in labels] == ["hostile"]
    outcome = client.get(f"/api/v1/reports/{made['id']}", headers=bearer(client, "alice"))
    assert outcome.json()["outcome"] == "confirmed_hostile"


def test_bad_status_is_400_and_missing_case_404(client: TestClient) -> None:
    made = post_report(client, "alice", {"profile": example()})
    sam = bearer(client, "sam")
    bad = client.post(f"/api/v1/cases/{made['case_id']}/status", json={"status": "evil"},
                      headers=sam)
    assert bad.status_code == 400
    assert client.get("/api/v1/cases/9999", headers=sam).status_code == 404
    missing = client.post("/api/v1/cases/9999/status", json={"status": "benign"}, headers=sam)
    assert missing.status_code == 404


def test_merge_and_split_through_the_api(client: TestClient) -> None:
    a = post_report(client, "alice", {"profile": example()})
    b = post_report(client, "bob", {"profile": {"name": "Amanda C.", "url": "x.com/ac"}})
    sam = bearer(client, "sam")
    merged = client.post(f"/api/v1/cases/{a['case_id']}/merge", json={"into": b["case_id"]},
                         headers=sam)
    assert merged.status_code == 200
    assert sorted(r["id"] for r in merged.json()["reports"]) == [a["id"], b["id"]]
    split = client.post(f"/api/v1/cases/{b['case_id']}/split", json={"reports": [a["id"]]},
                        headers=sam)
    assert split.status_code == 201
    assert [r["id"] for r in split.json()["reports"]] == [a["id"]]
    again = client.post(f"/api/v1/cases/{b['case_id']}/merge", json={"into": b["case_id"]},
                        headers=sam)
    assert again.status_code == 400


def test_dashboard_figures_count_reports(client: TestClient) -> None:
    post_report(client, "alice", {"profile": example()})
    figures = client.get("/api/v1/dashboard", headers=bearer(client, "sam")).json()
    assert figures["totals"] == {"reports": 1, "open_cases": 1}
    assert sum(w["reports"] for w in figures["approaches_per_week"]) == 1
    assert figures["by_department"] == [{"department": "Policy", "reports": 1}]
    assert figures["top_personas"][0]["persona"] == "Amanda Chen"
    lures = {row["finding"]: row for row in figures["by_lure"]}
    assert lures["profile.offers_in_profile"]["reports"] == 1
    assert "profile.no_photo" not in lures  # profile quality, not a kind of approach


def test_openapi_is_served_and_docs_need_no_cdn(app: FastAPI, client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/checks", "/api/v1/reports", "/api/v1/token", "/api/v1/cases"} <= set(
        spec["paths"])
    assert client.get("/docs").status_code == 404


def test_every_response_has_security_headers(client: TestClient) -> None:
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


CONVERSATION = {"contact": "Victor Lang", "messages": [
    {"sender": "contact", "text": "We pay experts well for short reports on energy policy. "
     "Can we continue on WhatsApp? My number is +44 7700 900123."}]}


def test_a_conversation_alone_is_checked_and_reported(client: TestClient) -> None:
    headers = bearer(client, "alice")
    check = client.post("/api/v1/checks", json={"conversation": CONVERSATION}, headers=headers)
    assert check.status_code == 200
    assert check.json()["subject"]["inputs"] == ["conversation"]
    made = post_report(client, "alice", {"conversation": CONVERSATION, "note": None})
    got = client.get(f"/api/v1/reports/{made['id']}", headers=headers).json()
    assert got["persona"] == "Victor Lang"
    assert got["conversation"]["messages"][0]["sender"] == "contact"


@pytest.mark.parametrize(("path", "body"), [
    ("/api/v1/cases/999/notes", {"text": "x"}),
    ("/api/v1/cases/999/merge", {"into": 1}),
    ("/api/v1/cases/1/merge", {"into": 999}),
    ("/api/v1/cases/999/split", {"reports": [1]}),
])
def test_case_actions_on_unknown_cases_are_404(
    client: TestClient, path: str, body: dict[str, Any]
) -> None:
    post_report(client, "alice", {"profile": example()})
    response = client.post(path, json=body, headers=bearer(client, "sam"))
    assert response.status_code == 404
    assert "does not exist" in response.json()["error"]["message"]
