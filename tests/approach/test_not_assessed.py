"""A conversation vetlink cannot read says so at the top, in the band's place, in every
renderer (CLI text, --format json, the web result page, the API); never "No strong warning
signs". And the bad inputs of issue 17: a result or a clear reason, within the time budget."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import jsonschema

from vetlink.assess import assess
from vetlink.domain import Conversation, Profile
from vetlink.ingest.common import load_schema

XHOSA = ("Molo! Ndingathanda ukwazi ukuba ngubani omnye osebenza nawe kwiqela lakho, kwaye "
         "ndingakuhlawula kakuhle ngolwazi malunga neprojekthi yakho.")
TIBETAN = "ཁྱེད་རང་གི་ལས་ཀའི་སྐོར་ལ་ང་ལ་ཤོད་རོགས། ཁྱེད་རང་གི་ཚོགས་པ་ནང་ལ་སུ་ཡོད།"
LOW_ADVICE = "No strong warning signs"


def conversation(*texts: str, sender: str = "contact") -> Conversation:
    return Conversation.model_validate(
        {"messages": [{"sender": sender, "text": t} for t in texts]})


def test_a_message_in_xhosa_is_not_assessed_and_says_so() -> None:
    result = assess(conversation=conversation(XHOSA))
    assert result.status == "not_assessed"
    assert result.not_assessed_reason == "this message is in Xhosa, which vetlink cannot read yet"
    assert not any(LOW_ADVICE in a for a in result.advice)


def test_an_unseen_script_is_not_assessed_and_named() -> None:
    result = assess(conversation=conversation(TIBETAN))
    assert result.status == "not_assessed"
    assert "the Tibetan script" in (result.not_assessed_reason or "")


def test_private_use_characters_are_a_script_vetlink_does_not_recognise() -> None:
    result = assess(conversation=conversation("\ue000\ue001\ue002 \ue003\ue004\ue005\ue006"))
    assert result.status == "not_assessed"
    assert "a script vetlink does not recognise" in (result.not_assessed_reason or "")


def test_a_single_emoji_is_not_assessed_for_lack_of_words() -> None:
    result = assess(conversation=conversation("🙂"))
    assert result.status == "not_assessed"
    assert result.not_assessed_reason == (
        "the contact's messages contain no words to read (only symbols, emoji or numbers)")


def test_language_independent_findings_still_show_when_not_assessed() -> None:
    result = assess(conversation=conversation(XHOSA + " WhatsApp: +27 82 555 0199"))
    assert result.status == "not_assessed"
    assert "message.off_platform" in {f.id for f in result.findings}


def test_a_mostly_english_thread_with_one_xhosa_message_is_assessed_with_a_note() -> None:
    result = assess(conversation=conversation(
        "Hello, I enjoyed your article on grid storage and the public data you released.",
        "Could you tell me which partners are working with you on the storage programme?",
        "Enkosi."))
    assert result.status == "assessed"
    assert result.band in ("medium", "high")


def test_a_profile_with_an_unreadable_conversation_is_partly_assessed() -> None:
    profile = Profile(name="Lindiwe Dube", headline="Research manager")
    result = assess(profile=profile, conversation=conversation(XHOSA))
    assert result.status == "partly_assessed"
    assert "Xhosa" in (result.not_assessed_reason or "")
    assert not any(a.startswith(LOW_ADVICE) for a in result.advice)


def test_a_mixed_language_thread_is_read_in_each_language() -> None:
    result = assess(conversation=conversation(
        "Hi Anna, great to meet you at the conference in Vienna last week.",
        "Wie läuft eigentlich das Funkprogramm, und welche Firmen liefern die Antennen?"))
    assert result.status == "assessed"
    assert "message.asks_programme" in {f.id for f in result.findings}


def test_two_hundred_thousand_characters_finish_quickly_and_say_what_was_skipped() -> None:
    assess(conversation=conversation("warm up the models"))
    text = ("Thanks for the update on the schedule. " * 1700 + "Who else is in your team? ") * 3
    start = time.perf_counter()
    result = assess(conversation=conversation(text[:200_000]))
    assert time.perf_counter() - start < 30  # generous: the bench measures the real figure
    assert "message.asks_team" in {f.id for f in result.findings}
    assert any("the intent model read 240" in n for n in result.not_checked)


# --- renderers ------------------------------------------------------------------------------


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "vetlink.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_cli_text_shows_not_assessed_in_the_bands_place(tmp_path: Path) -> None:
    path = tmp_path / "xhosa.json"
    path.write_text(json.dumps(conversation(XHOSA).to_json()))
    result = run_cli("check", "--conversation", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    first = out.strip().splitlines()[0]
    assert "NOT ASSESSED" in first and "Xhosa" in first
    assert "RISK" not in out.split("What to do")[0]
    assert LOW_ADVICE not in out


def test_cli_json_carries_the_status_and_reason_and_stays_valid(tmp_path: Path) -> None:
    path = tmp_path / "xhosa.json"
    path.write_text(json.dumps(conversation(XHOSA).to_json()))
    result = run_cli("check", "--conversation", str(path), "--format", "json")
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, load_schema("assessment"))
    assert doc["status"] == "not_assessed"
    assert doc["not_assessed_reason"].startswith("this message is in Xhosa")
