"""A job advert as its own input kind: the API's "advert" field, the check form's "a job
advert" choice (text, HTML or PDF upload), and the report that keeps it."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.approach.test_advert import minimal_pdf
from tests.web.conftest import bearer, login
from tests.web.test_pages import DRAFT, check

ADVERTS = Path(__file__).resolve().parent.parent / "fixtures" / "adverts"
SCAM = (ADVERTS / "scam_data_entry.txt").read_text(encoding="utf-8")
GENUINE = (ADVERTS / "genuine_backend_engineer.txt").read_text(encoding="utf-8")


def test_the_api_checks_an_advert_and_says_it_read_one(client: TestClient) -> None:
    response = client.post("/api/v1/checks", json={"advert": SCAM},
                           headers=bearer(client, "alice"))
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["subject"]["inputs"] == ["advert"]
    assert doc["band"] == "high"
    assert "message.advert_fraud_model" in {f["id"] for f in doc["findings"]}


def test_the_api_strips_html_from_a_pasted_advert(client: TestClient) -> None:
    page = "<div><h1>Backend Engineer</h1><p>" + GENUINE.replace("\n", "<br>") + "</p></div>"
    response = client.post("/api/v1/checks", json={"advert": page},
                           headers=bearer(client, "alice"))
    assert response.status_code == 200
    assert response.json()["band"] == "low"


def test_the_api_refuses_an_advert_and_a_conversation_together(client: TestClient) -> None:
    body = {"advert": SCAM, "conversation": {"messages": [{"sender": "contact", "text": "hi"}]}}
    response = client.post("/api/v1/checks", json=body, headers=bearer(client, "alice"))
    assert response.status_code == 422
    assert "not both" in response.json()["error"]["message"]


def test_the_api_refuses_an_advert_that_is_not_text(client: TestClient) -> None:
    response = client.post("/api/v1/checks", json={"advert": {"text": SCAM}},
                           headers=bearer(client, "alice"))
    assert response.status_code == 422
    assert "advert" in response.json()["error"]["message"]


def test_a_reported_advert_is_kept_with_the_report(client: TestClient) -> None:
    headers = bearer(client, "alice")
    made = client.post("/api/v1/reports", json={"advert": SCAM, "note": "sent on LinkedIn"},
                       headers=headers)
    assert made.status_code == 201, made.text
    report = client.get(f"/api/v1/reports/{made.json()['id']}", headers=headers).json()
    assert report["assessment"]["subject"]["inputs"] == ["advert"]
    assert report["conversation"]["platform"] == "job advert"
    assert report["conversation"]["messages"][0]["text"] == SCAM.strip()


def test_the_check_form_reads_pasted_text_as_an_advert_when_asked(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token, conversation_text=SCAM, sent_kind="advert")
    assert page.status_code == 200
    assert "read as a job advert" in page.text
    assert "message.advert_fraud_model" in page.text
    assert DRAFT.search(page.text)


def test_the_check_form_offers_the_advert_choice(client: TestClient) -> None:
    login(client, "alice")
    form = client.get("/check").text
    assert 'name="sent_kind" value="advert"' in form


def test_the_check_form_reads_an_uploaded_pdf_advert(client: TestClient) -> None:
    token = login(client, "alice")
    pdf = minimal_pdf([line for line in SCAM.splitlines() if line.strip()])
    page = check(client, token, files={"conversation_file": ("advert.pdf", pdf,
                                                             "application/pdf")},
                 sent_kind="advert")
    assert page.status_code == 200, page.text
    assert "HIGH RISK" in page.text and "read as a job advert" in page.text


def test_a_damaged_pdf_advert_is_a_clear_error_on_the_form(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token, files={"conversation_file": ("advert.pdf", b"%PDF-1.4 cut",
                                                             "application/pdf")},
                 sent_kind="advert")
    assert page.status_code == 400
    assert "PDF" in page.text
