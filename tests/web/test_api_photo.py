"""The JSON API's ``photo`` field: a base64 image checked by ``assess(..., photo=...)`` and,
for a report, kept as evidence and used to join the persona's case."""

from __future__ import annotations

import base64
import re
from typing import Any

import jsonschema
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import TEST_LIMIT, bearer, login, new_client
from tests.web.test_api import example, post_report
from tests.web.test_pages import encoded, face_like, png
from vetlink.ingest.common import load_schema


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_a_photo_alone_is_checked_with_reverse_search_advice(
    app: FastAPI, client: TestClient
) -> None:
    headers = bearer(client, "alice")
    response = client.post("/api/v1/checks", json={"photo": b64(png())}, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    jsonschema.validate(result, load_schema("assessment"))
    assert result["subject"]["inputs"] == ["photo"]
    assert any("https://tineye.com/" in line for line in result["advice"])
    assert client.get("/api/v1/reports", headers=headers).json() == []
    assert not list(app.state.services.settings.data_dir.rglob("evidence/*/*"))


def test_a_data_url_photo_is_checked_with_the_profile(client: TestClient) -> None:
    body = {"profile": example(), "photo": "data:image/png;base64,\n" + b64(png())}
    response = client.post("/api/v1/checks", json=body, headers=bearer(client, "alice"))
    assert response.status_code == 200, response.text
    assert response.json()["subject"]["inputs"] == ["profile", "photo"]


@pytest.mark.parametrize(("photo", "status", "message"), [
    ("not base64 at all!", 422, "photo: not valid base64"),
    ("QUJD=x", 422, "photo: not valid base64"),
    (12345, 422, "photo: expected a base64 string"),
    ("", 422, "photo: is empty"),
    (b64(b"%PDF-1.4 not an image"), 415, "photo: not a PNG, JPEG, GIF or WebP image"),
    (b64(b"<svg onload=alert(1)></svg>"), 415, "photo: not a PNG, JPEG, GIF or WebP image"),
    (b64(b"\x89PNG\r\n\x1a\n" + b"\0" * TEST_LIMIT), 413, "photo: larger than the 65,536"),
])
@pytest.mark.parametrize("path", ["/api/v1/checks", "/api/v1/reports"])
def test_bad_photos_are_refused_with_a_clear_message(
    client: TestClient, path: str, photo: Any, status: int, message: str
) -> None:
    response = client.post(path, json={"profile": example(), "photo": photo},
                           headers=bearer(client, "alice"))
    assert response.status_code == status
    assert message in response.json()["error"]["message"]
    assert client.get("/api/v1/reports", headers=bearer(client, "alice")).json() == []


def test_a_photo_does_not_make_room_for_a_larger_profile(client: TestClient) -> None:
    body = {"profile": dict(example(), about="x" * TEST_LIMIT), "photo": b64(png())}
    response = client.post("/api/v1/checks", json=body, headers=bearer(client, "alice"))
    assert response.status_code == 413


def evidence_links(client: TestClient, case_id: int) -> list[str]:
    return re.findall(r'href="/evidence/(\d+)"', client.get(f"/cases/{case_id}").text)


def test_a_reported_photo_is_kept_as_evidence(app: FastAPI) -> None:
    client = new_client(app)
    photo = png(seed=3)
    made = post_report(client, "alice", {"profile": example(), "photo": b64(photo),
                                         "note": "sent on Tuesday"})
    assert made["assessment"]["subject"]["inputs"] == ["profile", "photo"]
    sam = new_client(app)
    login(sam, "sam")
    links = evidence_links(sam, made["case_id"])
    assert len(links) == 1
    served = sam.get(f"/evidence/{links[0]}")
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/png" and served.content == photo


def test_a_photo_only_report_is_stored(client: TestClient) -> None:
    made = post_report(client, "alice", {"photo": b64(png(seed=4))})
    got = client.get(f"/api/v1/reports/{made['id']}", headers=bearer(client, "alice"))
    assert got.status_code == 200
    assert got.json()["assessment"]["subject"]["inputs"] == ["photo"]


def test_same_name_with_a_re_encoded_api_photo_joins_the_case(client: TestClient) -> None:
    original = face_like()
    copy = original.resize((200, 200)).crop((6, 6, 194, 194))
    first = post_report(client, "alice", {"profile": {"name": "Mei Lin"},
                                          "photo": b64(encoded(original, "PNG"))})
    second = post_report(client, "bob", {"profile": {"name": "mei  LIN"},
                                         "photo": b64(encoded(copy, "JPEG", quality=70))})
    other = post_report(client, "bob", {"profile": {"name": "Someone Else"},
                                        "photo": b64(encoded(copy, "JPEG", quality=70))})
    assert first["case_id"] == second["case_id"] != other["case_id"]


def test_the_openapi_document_describes_the_photo_field(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/checks", "/api/v1/reports"):
        schema = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"][
            "schema"]
        assert schema["properties"]["photo"]["contentEncoding"] == "base64"
        assert "base64" in schema["properties"]["photo"]["description"]
        assert {"required": ["photo"]} in schema["anyOf"]
