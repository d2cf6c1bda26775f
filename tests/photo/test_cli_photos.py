"""The photo commands end to end, in a subprocess sharing the test's data directory."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from PIL import Image, ImageOps

from tests.photo.conftest import encode, write
from tests.photo.test_load import png_declaring
from vetlink.ingest.common import load_schema
from vetlink.photo.synthetic import jpeg, synthetic_photo


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "vetlink.cli", *args], capture_output=True,
                          timeout=180)


def test_photo_added_under_one_name_is_found_when_checked_under_another(tmp_path):
    original = synthetic_photo(21)
    write(tmp_path / "katie.jpg", original)
    added = run("photos", "add", str(tmp_path / "katie.jpg"), "--persona", "Katie Jones",
                "--verdict", "hostile", "--when", "2026-05-01")
    assert added.returncode == 0, added.stderr
    copy = write(tmp_path / "copy.jpg", jpeg(ImageOps.mirror(original.resize((240, 240))), 55))
    (tmp_path / "amanda.json").write_text(
        '{"name": "Amanda Chen", "photo": {"present": true, "path": "copy.jpg"}}'
    )
    result = run("check", str(tmp_path / "amanda.json"), "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, load_schema("assessment"))
    [reused] = [f for f in doc["findings"] if f["id"] == "photo.reused"]
    assert reused["evidence"].startswith(
        "same photo as 'Katie Jones' (hostile) reported 2026-05-01"
    )
    searched = run("photos", "search", str(copy))
    assert b"Katie Jones" in searched.stdout


def test_check_photo_alone_prints_reverse_search_pages(tmp_path):
    path = write(tmp_path / "p.png", synthetic_photo(22), "PNG")
    result = run("check", "--photo", str(path))
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert "tineye.com" in text and "lens.google.com" in text
    assert "photo.no_face" in text


def test_links_are_prefilled_for_a_public_url():
    result = run("photos", "links", "https://example.org/a b.jpg")
    assert b"https://tineye.com/search?url=https%3A%2F%2Fexample.org%2Fa%20b.jpg" in result.stdout


BAD_INPUTS = {
    "text.jpg": b"not an image at all, just words\n" * 10,
    "truncated.jpg": encode(synthetic_photo(1))[:900],
    "bomb.png": png_declaring(100_000, 100_000),
    "photo.heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x17" * 400,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_photo_exits_2_with_one_line_and_no_traceback(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    for args in (("check", "--photo", str(path)), ("photos", "add", str(path), "--persona", "X")):
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert b"Traceback" not in result.stderr
        assert result.stderr.decode().count("\n") == 1


@pytest.mark.parametrize("image", ["1x1", "cmyk", "alpha", "gif"])
def test_odd_but_valid_photos_are_checked(tmp_path, image):
    picture = synthetic_photo(23)
    made = {
        "1x1": lambda: encode(Image.new("RGB", (1, 1)), "PNG"),
        "cmyk": lambda: encode(picture.convert("CMYK")),
        "alpha": lambda: encode(picture.convert("RGBA"), "PNG"),
        "gif": lambda: encode(picture, "GIF", save_all=True, append_images=[picture.rotate(90)]),
    }[image]()
    path = tmp_path / "photo.bin"
    path.write_bytes(made)
    result = run("check", "--photo", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    jsonschema.validate(json.loads(result.stdout), load_schema("assessment"))


def test_signal_catalogue_lists_the_photo_signals():
    result = run("signals", "--format", "json")
    listed = {s["id"] for s in json.loads(result.stdout)}
    assert {"photo.reused", "photo.missing", "photo.no_face", "photo.ai_generated_face",
            "photo.seen_before"} <= listed


def test_unknown_verdict_exits_2(tmp_path):
    path = write(tmp_path / "p.jpg", synthetic_photo(2))
    result = run("photos", "add", str(path), "--persona", "X", "--verdict", "evil")
    assert result.returncode == 2
    assert b"--verdict must be one of" in result.stderr


def test_index_file_lives_in_the_configured_data_directory(tmp_path, isolated_data_dir: Path):
    path = write(tmp_path / "p.jpg", synthetic_photo(3))
    assert run("photos", "add", str(path), "--persona", "X").returncode == 0
    assert (isolated_data_dir / "photo_index.sqlite3").is_file()
