"""Job adverts: the genre detector, the model's say on adverts and its unchanged cap on
chats, and bad adverts (huge, another language, HTML, PDF)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vetlink.approach import check_conversation
from vetlink.approach.genre import classify_conversation, classify_text, features_of
from vetlink.assess import assess, combine
from vetlink.domain import Conversation, Message
from vetlink.errors import InputError
from vetlink.ingest.advert import advert_from_bytes
from vetlink.ingest.conversation import conversation_from_bytes
from vetlink.signals.base import Context
from vetlink.signals.message_advert import advert_weight

ROOT = Path(__file__).resolve().parent.parent.parent
CONVERSATIONS = ROOT / "tests" / "fixtures" / "conversations"
ADVERTS = ROOT / "tests" / "fixtures" / "adverts"
DEV = ROOT / "tests" / "evaluation" / "approach" / "dev.jsonl"
SCAM = (ADVERTS / "scam_data_entry.txt").read_text(encoding="utf-8")
GENUINE = (ADVERTS / "genuine_backend_engineer.txt").read_text(encoding="utf-8")
GERMAN_SCAM = ("Heimarbeit - Dateneingabe\n\nIhre Aufgaben:\n- Daten in Tabellen eintragen\n"
               "- E-Mails beantworten\n\nIhr Profil:\n- Keine Erfahrung nötig\n\nWir bieten:\n"
               "- 500 Euro pro Woche\n- Arbeit von zu Hause\n\nBewerbung: Name und Telefonnummer "
               "an unsere Personalabteilung senden.")


def fixtures() -> list[Path]:
    return sorted(p for p in CONVERSATIONS.iterdir() if p.suffix in (".json", ".txt", ".eml"))


def read_as_chat(conversation: Conversation):  # today's path: the model capped
    return combine([check_conversation(conversation, Context(), True, genre="chat")], {})


def test_features_name_what_a_person_sees_in_an_advert():
    feats = features_of(SCAM)
    assert feats["headings"] >= 3  # Requirements, Benefits, How to apply
    assert feats["bullets"] > 0 and feats["greeting"] == 0 and feats["sign_off"] == 0


@pytest.mark.parametrize("text", [SCAM, GENUINE, GERMAN_SCAM])
def test_adverts_read_as_adverts(text: str):
    assert classify_text(text).genre == "advert"


def test_a_recruiters_note_with_a_greeting_is_a_chat():
    note = ("Hi Tom, I'm recruiting for a full-time role (120k, 10+ years of experience). "
            "Are you open to a call this week? Cheers, Ben")
    assert classify_text(note).genre == "chat"


def test_a_conversation_with_turns_is_a_chat_even_when_a_turn_is_an_advert():
    conversation = Conversation(messages=[Message(sender="contact", text=SCAM),
                                          Message(sender="user", text="Is it real?")])
    assert classify_conversation(conversation).genre == "chat"


@pytest.mark.parametrize("path", fixtures(), ids=lambda p: p.name)
def test_no_conversation_fixture_is_read_as_an_advert_or_changes_band(path: Path):
    conversation = conversation_from_bytes(path.read_bytes(), path.name)
    result = assess(conversation=conversation)
    assert result.subject["genre"] == "chat"
    before = read_as_chat(conversation)
    assert (result.band, result.score) == (before.band, before.score)


def test_no_chat_of_the_approach_dev_set_is_read_as_an_advert_or_becomes_high():
    became_high, adverts = [], []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        try:
            conversation = conversation_from_bytes(json.dumps(case["conversation"]).encode(),
                                                   "case.json")
            result = assess(conversation=conversation)
        except InputError:
            continue
        if result.subject.get("genre") == "advert":
            adverts.append(case["id"])
        if result.band == "high" and read_as_chat(conversation).band != "high":
            became_high.append(case["id"])
    assert adverts == [] and became_high == []


def test_a_pasted_scam_advert_gets_the_models_full_say():
    result = assess(conversation=conversation_from_bytes(SCAM.encode(), "pasted.txt"))
    assert result.subject == {"inputs": ["conversation"], "genre": "advert"}
    assert result.band == "high"
    finding = next(f for f in result.findings if f.id == "message.advert_fraud_model")
    assert finding.severity == "medium" and "what raised it" in finding.evidence
    assert "message.model_recruitment_fraud" not in {f.id for f in result.findings}
    assert read_as_chat(conversation_from_bytes(SCAM.encode(), "x.txt")).score < result.score


def test_the_model_alone_makes_an_advert_medium_never_high():
    no_hallmark = SCAM.replace(" at hr.jobs.desk@gmail.com", "").replace(" Earn $500 per week.", "")
    result = assess(advert=no_hallmark)
    assert [f.id for f in result.findings] == ["message.advert_fraud_model"]
    assert result.model is not None and result.model.probability >= 0.8
    assert result.band == "medium"
    assert result.score == round(100 * advert_weight(result.model.probability))


def test_an_advert_given_as_an_advert_says_so_and_a_genuine_one_stays_low():
    result = assess(advert=GENUINE)
    assert result.subject["inputs"] == ["advert"]
    assert result.band == "low"
    assert result.model is not None and result.model.name == "recruitment_fraud_advert"


def test_the_advert_model_does_not_run_on_a_chat():
    chat = Conversation(messages=[Message(sender="contact", text="Hi Ana, are you free for a "
                                          "coffee next week to talk about the data entry job?")])
    result = assess(conversation=chat)
    assert result.model is not None and result.model.name == "recruitment_fraud"


def test_an_advert_in_another_language_is_checked_but_not_scored_by_the_model():
    result = assess(advert=GERMAN_SCAM)
    assert result.model is None
    assert any("reads English only" in note for note in result.not_checked)


def test_an_advert_of_200000_characters_gets_a_result_and_one_more_is_refused():
    text = (SCAM + "\n") * (200_000 // (len(SCAM) + 1))
    text += "x" * (200_000 - len(text))
    assert len(advert_from_bytes(text.encode(), "big.txt")) == 200_000
    assert assess(advert=text).band == "high"
    with pytest.raises(InputError, match="200,000"):
        advert_from_bytes((text + "y").encode(), "big.txt")


def test_html_tags_and_scripts_are_stripped_by_a_parser():
    page = ("<html><head><style>p{}</style></head><body><h1>Data Entry Clerk</h1>"
            "<p>Work from home &amp; earn $500 per week.</p><script>steal()</script>"
            "<ul><li>No experience</li></ul></body></html>")
    text = advert_from_bytes(page.encode(), "advert.html")
    assert text.splitlines() == ["Data Entry Clerk", "Work from home & earn $500 per week.",
                                 "No experience"]


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the given lines in Helvetica (written by hand, no library)."""
    body = "".join(f"BT /F1 12 Tf 72 {720 - 16 * i} Td ({line}) Tj ET\n"
                   for i, line in enumerate(lines)).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(body) + body + b"endstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def test_a_pdf_advert_is_read_through_the_cli(tmp_path: Path):
    pdf = tmp_path / "advert.pdf"
    pdf.write_bytes(minimal_pdf([line for line in SCAM.splitlines() if line.strip()]))
    done = subprocess.run([sys.executable, "-m", "vetlink.cli", "check", "--advert", str(pdf),
                           "--format", "json"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["subject"]["inputs"] == ["advert"]
    assert doc["band"] == "high"


def test_a_damaged_pdf_advert_is_one_clear_line(tmp_path: Path):
    pdf = tmp_path / "advert.pdf"
    pdf.write_bytes(minimal_pdf(["Clerk"])[:200])
    done = subprocess.run([sys.executable, "-m", "vetlink.cli", "check", "--advert", str(pdf)],
                          capture_output=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1 and "PDF" in done.stderr.decode()
