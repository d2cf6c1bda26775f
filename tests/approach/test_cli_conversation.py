"""`vetlink check --conversation` alone and with a profile: one assessment, same contract."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from vetlink.ingest.common import load_schema

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "src/vetlink/examples/headhunter.json"
CONVERSATIONS = ROOT / "tests/fixtures/conversations"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "vetlink.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


def assessment(*args: str, stdin: bytes | None = None) -> dict:
    result = run("check", *args, "--format", "json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, load_schema("assessment"))
    return doc


def test_conversation_alone_is_one_valid_assessment_with_the_model():
    doc = assessment("--conversation", str(CONVERSATIONS / "hostile_lookalike_iso.eml"))
    assert doc["subject"]["inputs"] == ["conversation"]
    assert doc["band"] == "high"
    ids = {f["id"] for f in doc["findings"]}
    assert {"message.risky_file", "message.sender_domain", "message.cv_with_clearance"} <= ids
    assert doc["model"]["name"] == "recruitment_fraud"
    assert all({"feature", "weight"} <= set(c) for c in doc["model"]["contributions"])


def test_profile_and_conversation_give_one_combined_assessment():
    conv = str(CONVERSATIONS / "genuine_recruiter_named_role.json")
    both = assessment(str(EXAMPLE), "--conversation", conv, "--no-model")
    alone = assessment(str(EXAMPLE), "--no-model")
    assert both["subject"]["inputs"] == ["profile", "conversation"]
    assert {f["id"] for f in alone["findings"]} < {f["id"] for f in both["findings"]}
    assert both["score"] >= alone["score"]


def test_conversation_from_stdin():
    text = b"Ivan  9:01 AM\nHello! Let's continue on Telegram.\n"
    doc = assessment("--conversation", "-", "--no-model", stdin=text)
    assert [(f["id"], f["evidence"]) for f in doc["findings"]] == [
        ("message.off_platform", "Telegram")]
    assert doc["subject"]["name"] == "Ivan"


def test_ten_megabytes_of_text_exits_2_in_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"hello there " * (10 * 1024 * 1024 // 12))
    result = run("check", "--conversation", str(big))
    assert result.returncode == 2
    assert b"characters of message text" in result.stderr
    assert result.stderr.count(b"\n") == 1


def test_malformed_eml_exits_2(tmp_path):
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"this is not an email\x00\x01\x02" * 50)
    result = run("check", "--conversation", str(broken))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_viewer_profile_names_the_user_in_a_pasted_chat(tmp_path):
    viewer = tmp_path / "me.json"
    viewer.write_text(json.dumps({"schema": "vetlink/profile/v1", "name": "Ivan Petrov"}))
    chat = (b"Ivan Petrov  9:00 AM\nHello, I saw your post. Let's continue on Telegram?\n"
            b"Olga Smirnova  9:05 AM\nHi Ivan, thanks for writing.\n")
    guessed = assessment("--conversation", "-", "--no-model", stdin=chat)
    named = assessment("--conversation", "-", "--no-model", "--viewer", str(viewer), stdin=chat)
    assert [f["id"] for f in guessed["findings"]] == ["message.off_platform"]
    assert any("guessed" in note for note in guessed["not_checked"])
    assert named["findings"] == []
    assert named["subject"]["name"] == "Olga Smirnova"
    assert not any("guessed" in note for note in named["not_checked"])
