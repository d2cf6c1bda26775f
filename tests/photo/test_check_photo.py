"""check_photo and assess() on whole photos: faces from the shared data (read at test time),
synthetic pictures for the rest."""

from pathlib import Path

import jsonschema
import pytest
from PIL import Image, ImageOps

from tests.photo.conftest import encode, face, write
from vetlink.assess import assess
from vetlink.ingest import load_profile
from vetlink.ingest.common import load_schema
from vetlink.photo import PhotoIndex, check_photo
from vetlink.photo import ai_face as ai_face_module
from vetlink.photo.synthetic import jpeg, synthetic_photo
from vetlink.signals.base import Context

CTX = Context()


def ids(part_or_assessment) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.id for f in part_or_assessment.findings}


def test_landscape_without_a_face_gives_no_face_finding():
    part = check_photo(encode(synthetic_photo(4)), CTX)
    assert ids(part) == {"photo.no_face"}
    if ai_face_module.load_model() is None:
        pytest.skip("model artefact not built")
    assert any("no face was found" in n for n in part.not_checked)


def test_real_portrait_has_a_face_and_the_model_runs(faces_dir):
    part = check_photo(encode(face(faces_dir, "real/real_10.jpg")), CTX)
    assert "photo.no_face" not in ids(part)
    if ai_face_module.load_model() is None:
        pytest.skip("model artefact not built")
    assert [m.name for m in part.models] == ["ai_face"]


def test_reused_photo_names_the_earlier_persona_and_date(faces_dir):
    photo = face(faces_dir, "real/real_100.jpg")
    PhotoIndex.open().add(photo, "Katie Jones", "report 3", "2026-05-01", "hostile")
    copy = encode(jpeg(ImageOps.mirror(photo.resize((200, 200))), 60))
    part = check_photo(copy, CTX, persona="Amanda Chen")
    [reused] = [f for f in part.findings if f.id == "photo.reused"]
    assert reused.severity == "high"
    assert reused.evidence.startswith("same photo as 'Katie Jones' (hostile) reported 2026-05-01")
    assert "mirrored" in reused.evidence


def test_same_persona_match_is_informational_only(faces_dir):
    photo = face(faces_dir, "real/real_100.jpg")
    PhotoIndex.open().add(photo, "Katie Jones", when="2026-05-01", verdict="hostile")
    part = check_photo(encode(photo), CTX, persona="Katie Jones")
    assert "photo.reused" not in ids(part)
    assert "photo.seen_before" in ids(part)


def test_one_pixel_photo_is_a_missing_photo():
    part = check_photo(encode(Image.new("RGB", (1, 1)), "PNG"), CTX)
    assert [(f.id, f.evidence) for f in part.findings] == [
        ("photo.missing", "the photo is 1x1 pixels")
    ]


def test_missing_model_artefact_leaves_the_rules_running(monkeypatch, tmp_path):
    monkeypatch.setattr(ai_face_module, "ARTEFACT", tmp_path / "absent.joblib")
    part = check_photo(encode(synthetic_photo(4)), CTX)
    assert ids(part) == {"photo.no_face"}
    assert part.models == []
    assert any("ai_face.joblib is missing" in n for n in part.not_checked)


def test_models_turned_off_say_so():
    part = check_photo(encode(synthetic_photo(4)), CTX, use_models=False)
    assert any("models turned off" in n for n in part.not_checked)


def test_profile_photo_path_is_resolved_next_to_the_json(tmp_path, faces_dir):
    write(tmp_path / "me.jpg", face(faces_dir, "fake/fake_10.jpg"))
    (tmp_path / "p.json").write_text(
        '{"name": "Katie Jones", "photo": {"present": true, "path": "me.jpg"}}'
    )
    result = assess(load_profile(tmp_path / "p.json"))
    assert result.subject["inputs"] == ["profile", "photo"]
    jsonschema.validate(result.to_json(), load_schema("assessment"))


def test_assessment_of_a_photo_alone_is_valid_json():
    result = assess(photo=encode(synthetic_photo(4)))
    doc = result.to_json()
    jsonschema.validate(doc, load_schema("assessment"))
    assert doc["subject"]["inputs"] == ["photo"]


def test_check_photo_reads_a_path(tmp_path: Path):
    path = write(tmp_path / "x.png", synthetic_photo(8), "PNG")
    assert ids(check_photo(path, CTX)) == {"photo.no_face"}


def test_photo_embedded_in_a_pdf_is_extracted_for_the_check(tmp_path):
    from vetlink.ingest.linkedin_pdf import extract_photo

    pdf = tmp_path / "export.pdf"
    original = synthetic_photo(30, size=200)
    original.save(pdf, "PDF")
    PhotoIndex.open().add(original, "Katie Jones")
    photo = extract_photo(pdf.read_bytes())
    assert photo is not None
    assert "photo.reused" in ids(check_photo(photo, CTX, persona="Amanda Chen"))


def test_reverse_search_pages_are_in_the_advice_of_any_photo_check():
    with_photo = assess(photo=encode(synthetic_photo(4)), use_models=False)
    assert any("tineye.com" in line for line in with_photo.advice)
    example = Path(__file__).resolve().parents[2] / "src/vetlink/examples/headhunter.json"
    profile_only = assess(load_profile(example))
    assert not any("tineye.com" in line for line in profile_only.advice)
