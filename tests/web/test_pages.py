"""The pages: check and report, my reports, the analyst's queue and case, dashboard, guided
review, evidence files; and what abuse of each gets."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import TEST_LIMIT, login, new_client
from tests.web.test_api import example

HOSTILE = '<script>alert("x")</script>'
SQL = "'; DROP TABLE reports; --"
DRAFT = re.compile(r'name="draft" value="([^"]+)"')


def png(seed: int = 1, size: int = 96) -> bytes:
    from PIL import Image

    image = Image.effect_noise((size, size), 60 + seed).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def check(client: TestClient, token: str, files: dict[str, Any] | None = None,
          **fields: str) -> Any:
    return client.post("/check", data={"csrf_token": token, **fields}, files=files or {})


def check_and_report(client: TestClient, token: str, profile: dict[str, Any], note: str = "",
                     files: dict[str, Any] | None = None) -> int:
    page = check(client, token, files, profile_text=json.dumps(profile))
    assert page.status_code == 200, page.text
    draft = DRAFT.search(page.text)
    assert draft
    response = client.post("/reports", data={"csrf_token": token, "draft": draft.group(1),
                                             "note": note}, follow_redirects=False)
    assert response.status_code == 303
    return int(response.headers["location"].split("/")[2].split("?")[0])


def test_check_shows_the_assessment_and_advice_at_once(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token, profile_text=json.dumps(example()))
    assert page.status_code == 200
    assert "HIGH RISK" in page.text
    assert "What to do" in page.text
    assert "profile.no_photo" in page.text
    assert client.get("/reports").text.count("<tr>") == 0


def test_one_click_turns_a_check_into_a_report_with_a_note(client: TestClient) -> None:
    token = login(client, "alice")
    report_id = check_and_report(client, token, example(), note="InMail, Monday 9:00")
    page = client.get(f"/reports/{report_id}?new=1")
    assert "was sent to your security team" in page.text
    assert "InMail, Monday 9:00" in page.text
    mine = client.get("/reports").text
    assert f'href="/reports/{report_id}"' in mine
    assert "Received — not yet reviewed" in mine


def test_an_empty_check_says_what_to_give(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token)
    assert page.status_code == 400
    assert "nothing to check" in page.text


def test_check_and_report_forms_need_the_csrf_token(client: TestClient) -> None:
    token = login(client, "alice")
    assert client.post("/check", data={"profile_text": "{}"}).status_code == 403
    assert client.post("/check", data={"csrf_token": "wrong"}).status_code == 403
    page = check(client, token, profile_text=json.dumps(example()))
    draft = DRAFT.search(page.text)
    assert draft
    assert client.post("/reports", data={"draft": draft.group(1)}).status_code == 403


def test_an_altered_draft_is_refused(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token, profile_text=json.dumps(example()))
    draft = DRAFT.search(page.text)
    assert draft
    forged = draft.group(1)[:-3] + "AAA"
    response = client.post("/reports", data={"csrf_token": token, "draft": forged})
    assert response.status_code == 403


def test_a_draft_cannot_be_reported_by_someone_else(app: FastAPI) -> None:
    alice, bob = new_client(app), new_client(app)
    token = login(alice, "alice")
    draft = DRAFT.search(check(alice, token, profile_text=json.dumps(example())).text)
    assert draft
    bob_token = login(bob, "bob")
    response = bob.post("/reports", data={"csrf_token": bob_token, "draft": draft.group(1)})
    assert response.status_code == 400


def test_another_reporter_cannot_open_the_report_page(app: FastAPI) -> None:
    alice, bob = new_client(app), new_client(app)
    report_id = check_and_report(alice, login(alice, "alice"), example())
    login(bob, "bob")
    assert bob.get(f"/reports/{report_id}").status_code == 404
    assert bob.get(f"/reports/{report_id + 1}").status_code == 404
    assert "Amanda" not in bob.get("/reports").text


@pytest.mark.parametrize("field", ["name", "headline", "about", "url"])
def test_html_and_sql_in_profile_fields_are_shown_escaped(app: FastAPI, field: str) -> None:
    alice, sam = new_client(app), new_client(app)
    profile = dict(example(), **{field: f"{HOSTILE} {SQL}"})
    report_id = check_and_report(alice, login(alice, "alice"), profile, note=HOSTILE)
    login(sam, "sam")
    pages = [alice.get(f"/reports/{report_id}"), alice.get("/reports"), sam.get("/cases"),
             sam.get(f"/reports/{report_id}")]
    case_id = re.search(r'href="/cases/(\d+)"', pages[-1].text)
    assert case_id
    pages.append(sam.get(f"/cases/{case_id.group(1)}"))
    for page in pages:
        assert page.status_code == 200
        assert HOSTILE not in page.text
    assert "&lt;script&gt;" in pages[0].text
    assert "DROP TABLE reports" in pages[-1].text


def test_injection_in_notes_and_review_fields_is_escaped(app: FastAPI) -> None:
    alice, sam = new_client(app), new_client(app)
    report_id = check_and_report(alice, login(alice, "alice"), example(), note=SQL)
    token = login(sam, "sam")
    case_id = re.search(r'href="/cases/(\d+)"', sam.get(f"/reports/{report_id}").text)
    assert case_id
    sam.post(f"/cases/{case_id.group(1)}/notes", data={"csrf_token": token, "text": HOSTILE})
    case_page = sam.get(f"/cases/{case_id.group(1)}").text
    assert HOSTILE not in case_page and "&lt;script&gt;" in case_page
    assert "&#39;; DROP TABLE reports; --" in case_page
    review = sam.post("/review", data={"csrf_token": token, "name": HOSTILE})
    assert HOSTILE not in review.text and "&lt;script&gt;" in review.text


def test_an_oversized_upload_is_413(client: TestClient) -> None:
    token = login(client, "alice")
    big = b"{" + b" " * (TEST_LIMIT + 10) + b"}"
    page = check(client, token, files={"profile_file": ("big.json", big, "application/json")})
    assert page.status_code == 413


def test_a_huge_request_is_413_before_it_is_read(client: TestClient) -> None:
    token = login(client, "alice")
    huge = b"x" * (TEST_LIMIT * 4)
    page = check(client, token, files={"profile_file": ("big.json", huge, "application/json")})
    assert page.status_code == 413


@pytest.mark.parametrize(("field", "name", "data", "status"), [
    ("photo", "photo.png", b"%PDF-1.4 not an image", 415),
    ("photo", "photo.png", b"<svg onload=alert(1)>", 415),
    ("profile_file", "profile.exe", b"MZ\x90\x00binary", 415),
    ("profile_file", "profile.json", b"[1, 2, 3]", 400),
])
def test_wrong_kinds_of_file_are_refused(
    client: TestClient, field: str, name: str, data: bytes, status: int
) -> None:
    token = login(client, "alice")
    page = check(client, token, files={field: (name, data, "image/png")})
    assert page.status_code == status
    assert "Traceback" not in page.text


def test_photo_evidence_keeps_a_safe_name_and_stays_private(app: FastAPI) -> None:
    alice, bob, sam = new_client(app), new_client(app), new_client(app)
    photo = {"photo": ("../../../etc/passwd.png", png(), "image/png")}
    report_id = check_and_report(alice, login(alice, "alice"), example(), files=photo)
    page = alice.get(f"/reports/{report_id}").text
    found = re.search(r'href="/evidence/(\d+)">passwd.png<', page)
    assert found and "../" not in page.split("Evidence")[-1]
    own = alice.get(f"/evidence/{found.group(1)}")
    assert own.status_code == 200 and own.headers["content-type"] == "image/png"
    login(bob, "bob")
    assert bob.get(f"/evidence/{found.group(1)}").status_code == 404
    login(sam, "sam")
    assert sam.get(f"/evidence/{found.group(1)}").content == photo["photo"][1]
    assert not list(app.state.services.settings.data_dir.rglob("passwd*"))


def test_analyst_triages_on_the_case_page(app: FastAPI) -> None:
    alice, sam = new_client(app), new_client(app)
    report_id = check_and_report(alice, login(alice, "alice"), example())
    token = login(sam, "sam")
    queue = sam.get("/cases").text
    case_id = re.search(r'href="/cases/(\d+)"', queue)
    assert case_id and "Amanda Chen" in queue
    url = f"/cases/{case_id.group(1)}"
    assert sam.post(f"{url}/status", data={"status": "in_review"}).status_code == 403
    asked = sam.post(f"{url}/status", data={"csrf_token": token, "status": "benign"})
    assert asked.status_code == 200 and "training label" in asked.text
    assert "Judged benign" not in alice.get("/reports").text  # nothing set before the yes
    response = sam.post(f"{url}/status", data={"csrf_token": token, "status": "benign",
                                               "confirm": "yes"})
    assert response.status_code == 200
    assert "case.status" in response.text and "Benign" in response.text
    assert "Judged benign" in alice.get("/reports").text
    assert alice.get(f"/reports/{report_id}").status_code == 200


def test_merge_and_split_on_the_case_page(app: FastAPI) -> None:
    alice, sam = new_client(app), new_client(app)
    token_a = login(alice, "alice")
    first = check_and_report(alice, token_a, example())
    second = check_and_report(alice, token_a, {"name": "A. Chen", "url": "x.com/achen"})
    token = login(sam, "sam")
    case_of = {r: re.search(r'href="/cases/(\d+)"', sam.get(f"/reports/{r}").text)
               for r in (first, second)}
    a, b = (int(m.group(1)) for m in case_of.values() if m)
    merged = sam.post(f"/cases/{a}/merge", data={"csrf_token": token, "into": f"#{b}"})
    assert merged.status_code == 200 and f"Report {first}" in merged.text
    bad = sam.post(f"/cases/{b}/merge", data={"csrf_token": token, "into": "abc"})
    assert bad.status_code == 400
    split = sam.post(f"/cases/{b}/split", data={"csrf_token": token, "report": [str(first)]})
    assert split.status_code == 200
    assert f"Report {first}" in split.text and f"Report {second}" not in split.text


def test_dashboard_page_and_its_data(app: FastAPI) -> None:
    alice, sam = new_client(app), new_client(app)
    check_and_report(alice, login(alice, "alice"), example())
    login(sam, "sam")
    page = sam.get("/dashboard")
    assert 'src="/static/charts.js"' in page.text and "<canvas" in page.text
    data = sam.get("/dashboard/data").json()
    assert data["totals"]["reports"] == 1
    assert sam.get("/static/charts.js").status_code == 200


def test_guided_review_ends_in_a_band_and_can_be_reported(app: FastAPI) -> None:
    from vetlink.web.review import review

    alice = new_client(app)
    token = login(alice, "alice")
    answers = {"photo": "no", "offer": "yes", "off_platform": "yes", "elicitation": "yes"}
    page = alice.post("/review", data={"csrf_token": token, "name": "Victor", **answers})
    expected = review(answers, "Victor")
    assert f"{expected.band.upper()} RISK" in page.text
    assert f"score {expected.score}/100" in page.text
    assert "message.off_platform" in page.text and "profile.no_photo" in page.text
    draft = DRAFT.search(page.text)
    assert draft
    made = alice.post("/reports", data={"csrf_token": token, "draft": draft.group(1)})
    assert made.status_code == 200 and "Victor" in made.text


def test_review_scores_with_the_shared_scoring() -> None:
    from vetlink import scoring
    from vetlink.web.review import review

    result = review({"photo": "no", "mutuals": "no", "career": "unsure"})
    assert result.score == scoring.score(result.findings)
    assert [f.id for f in result.findings] == ["profile.no_photo", "review.no_known_mutuals"]
    assert any(n.startswith("career:") for n in result.not_checked)
    assert review({}).band == "low" and review({}).findings == []


def test_confirmed_hostile_photos_join_the_photo_index(app: FastAPI) -> None:
    from vetlink.photo import PhotoIndex

    alice, sam = new_client(app), new_client(app)
    photo = png(seed=7)
    check_and_report(alice, login(alice, "alice"), example(),
                     files={"photo": ("face.png", photo, "image/png")})
    token = login(sam, "sam")
    case_id = re.search(r'href="/cases/(\d+)"', sam.get("/cases").text)
    assert case_id
    sam.post(f"/cases/{case_id.group(1)}/status",
             data={"csrf_token": token, "status": "confirmed_hostile", "confirm": "yes"})
    index = PhotoIndex.open(app.state.services.settings.data_dir)
    verdicts = sorted(m.verdict for m in index.search(photo))
    assert verdicts == ["hostile", "reported"]


CLEARED = {"name": "Pat Example", "headline": "SC cleared systems engineer, Ministry of Defence",
           "about": "Open to consultancy. Email pat@example.org"}


def test_exposure_page_checks_my_profile_and_stores_nothing(app: FastAPI) -> None:
    from vetlink.domain import Profile
    from vetlink.exposure import check_exposure

    client = new_client(app)
    token = login(client, "alice")
    before = sorted(p.name for p in app.state.services.settings.data_dir.rglob("*"))
    page = client.post("/exposure", data={"csrf_token": token,
                                          "profile_text": json.dumps(CLEARED)})
    expected = check_exposure(Profile.model_validate(CLEARED))
    assert page.status_code == 200
    assert f"{expected.level.upper()} EXPOSURE" in page.text
    assert f"score {expected.score}/100" in page.text
    after = sorted(p.name for p in app.state.services.settings.data_dir.rglob("*"))
    assert [n for n in after if n not in before and not n.endswith(("-wal", "-shm"))] == []
    assert client.post("/exposure", data={"profile_text": "{}"}).status_code == 403
    empty = client.post("/exposure", data={"csrf_token": token})
    assert empty.status_code == 400


def test_exposure_api_returns_the_exposure_document(client: TestClient) -> None:
    from tests.web.conftest import bearer

    response = client.post("/api/v1/exposure", json={"profile": CLEARED},
                           headers=bearer(client, "alice"))
    assert response.status_code == 200
    assert response.json()["schema"] == "vetlink/exposure/v1"
    missing = client.post("/api/v1/exposure", json={"conversation": {"messages": [
        {"sender": "contact", "text": "hi"}]}}, headers=bearer(client, "alice"))
    assert missing.status_code == 422


EML = b"""From: Victor Lang <victor.lang@example.org>
To: you@example.gov
Subject: Roundtable invitation
Date: Tue, 3 Nov 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear colleague, we invite you to a closed roundtable in Singapore, all expenses paid and a
generous honorarium. Please send your slides in advance and let us talk on WhatsApp.
"""


def test_an_eml_upload_and_pasted_profile_text_are_checked(client: TestClient) -> None:
    token = login(client, "alice")
    page = check(client, token, files={"conversation_file": ("invite.eml", EML,
                                                             "message/rfc822")},
                 profile_text="Victor Lang\nDirector, Eurasia Strategy Forum\nLondon")
    assert page.status_code == 200, page.text
    assert "HIGH RISK" in page.text
    assert "message.off_platform" in page.text and "message.expenses_paid" in page.text
    draft = DRAFT.search(page.text)
    assert draft
    made = client.post("/reports", data={"csrf_token": token, "draft": draft.group(1)})
    assert made.status_code == 200
    assert "invite.eml" in made.text and "pasted-profile" in made.text


@pytest.mark.shared_data
def test_a_real_linkedin_pdf_upload_is_checked(client: TestClient, shared_data: Any) -> None:
    """PDF by index only: these are real people's profiles; nothing from them is printed."""
    pdfs = sorted((shared_data / "linkedin-pdf-exports").rglob("*.pdf"))
    if not pdfs:
        pytest.skip("no LinkedIn PDFs in the shared data")
    token = login(client, "alice")
    data = pdfs[0].read_bytes()[:TEST_LIMIT]
    if len(data) == TEST_LIMIT:
        pytest.skip("PDF 0 is larger than the test upload limit")
    page = check(client, token, files={"profile_file": ("Profile.pdf", data, "application/pdf")})
    status, shows_risk = page.status_code, " RISK" in page.text
    assert status == 200
    assert shows_risk


def test_cases_export_as_csv_without_spreadsheet_formulas(app: FastAPI) -> None:
    import csv

    alice, sam = new_client(app), new_client(app)
    check_and_report(alice, login(alice, "alice"), dict(example(), name="=HYPERLINK(1)"))
    login(sam, "sam")
    response = sam.get("/cases.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0][:4] == ["case", "persona", "url", "status"]
    assert rows[1][1] == "'=HYPERLINK(1)"
    assert alice.get("/cases.csv").status_code == 403
    assert sam.get("/labels.jsonl").text == ""
    assert alice.get("/labels.jsonl").status_code == 403


def face_like(size: int = 240) -> Any:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), (40, 90, 160))
    draw = ImageDraw.Draw(image)
    draw.ellipse((50, 30, 190, 200), fill=(225, 180, 150))
    draw.ellipse((85, 90, 105, 105), fill=(20, 20, 20))
    draw.ellipse((135, 90, 155, 105), fill=(20, 20, 20))
    draw.rectangle((95, 150, 145, 160), fill=(150, 40, 40))
    draw.rectangle((0, 200, size, size), fill=(30, 30, 30))
    return image


def encoded(image: Any, fmt: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def test_same_name_with_a_re_encoded_photo_joins_the_case(app: FastAPI) -> None:
    alice, bob = new_client(app), new_client(app)
    original = face_like()
    first = {"photo": ("a.png", encoded(original, "PNG"), "image/png")}
    copy = original.resize((200, 200)).crop((6, 6, 194, 194))
    second = {"photo": ("b.jpg", encoded(copy, "JPEG", quality=70), "image/jpeg")}
    other = {"photo": ("c.jpg", encoded(copy, "JPEG", quality=70), "image/jpeg")}
    a = check_and_report(alice, login(alice, "alice"), {"name": "Mei Lin"}, files=first)
    token = login(bob, "bob")
    b = check_and_report(bob, token, {"name": "mei  LIN"}, files=second)
    c = check_and_report(bob, token, {"name": "Someone Else"}, files=other)
    sam = new_client(app)
    login(sam, "sam")
    cases = {r: re.search(r'href="/cases/(\d+)"', sam.get(f"/reports/{r}").text) for r in (a, b, c)}
    ids = {r: m.group(1) for r, m in cases.items() if m}
    assert ids[a] == ids[b] != ids[c]
