"""The web result page and the API say "not assessed" in the band's place for a conversation
vetlink cannot read (issue 17), never "No strong warning signs"."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.approach.test_not_assessed import LOW_ADVICE, XHOSA
from tests.web.conftest import bearer, login
from tests.web.test_pages import check


def test_web_result_page_shows_not_assessed_instead_of_a_band(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token, conversation_text=f"Thabo  9:01 AM\n{XHOSA}\n")
    assert page.status_code == 200
    verdict = page.text.split('class="verdict"', 1)[1].split("</div>", 1)[0]
    assert "NOT ASSESSED" in verdict and "Xhosa" in verdict
    assert "RISK" not in verdict
    assert LOW_ADVICE not in page.text


def test_api_returns_the_status_and_reason(client: TestClient) -> None:
    body = {"conversation": {"messages": [{"sender": "contact", "text": XHOSA}]}}
    response = client.post("/api/v1/checks", json=body, headers=bearer(client, "alice"))
    assert response.status_code == 200
    doc = response.json()
    assert (doc["status"], doc["not_assessed_reason"][:25]) == (
        "not_assessed", "this message is in Xhosa,")
