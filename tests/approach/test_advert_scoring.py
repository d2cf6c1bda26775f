"""How an advert is scored: the advert model's probability sets the score (monotone), only
the rules that mean the same in an advert add to it, and none of this ever applies to a chat."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.approach.test_advert import read_as_chat
from vetlink import scoring
from vetlink.assess import assess
from vetlink.domain import Conversation, Message
from vetlink.signals.message_advert import (
    ADVERT_FINDING,
    HIGH_FROM_P,
    MEDIUM_FROM_P,
    NOT_COUNTED,
    advert_weight,
)

ADVERTS = Path(__file__).resolve().parent.parent / "fixtures" / "adverts"
SCAM = (ADVERTS / "scam_data_entry.txt").read_text(encoding="utf-8")
CLEARED = (ADVERTS / "genuine_cleared_systems_engineer.txt").read_text(encoding="utf-8")
# An ordinary advert with words the chat rules flag (urgency, flattery, a paid offer, an
# unsolicited offer): ordinary in an advert, warning signs in a chat.
CHATTY = ("Junior Accountant\nLocation: Leeds\nSalary: £28,000 per year\n\nAbout us\nWe are a "
          "family-run accountancy firm founded in 1998.\n\nRequirements\n- AAT qualification\n"
          "- Experience with Xero\n\nApply urgently: the ideal candidate is talented and we "
          "pay well. Closing date 1 March.")


def as_chat(text: str):
    return read_as_chat(Conversation(messages=[Message(sender="contact", text=text)]))


@given(st.floats(0, 1), st.floats(0, 1))
def test_the_weight_rises_with_the_probability(a: float, b: float):
    low, high = sorted((a, b))
    assert advert_weight(low) <= advert_weight(high)
    if high - low > 1e-3:
        assert advert_weight(low) < advert_weight(high)


def test_the_model_alone_reaches_a_band_exactly_at_its_probability_threshold():
    def band(p: float) -> str:
        return scoring.band(round(100 * advert_weight(p)))

    assert band(MEDIUM_FROM_P - 0.01) == "low" and band(MEDIUM_FROM_P) == "medium"
    if HIGH_FROM_P is None:
        assert band(1.0) == "medium"
    else:
        assert band(HIGH_FROM_P - 0.01) == "medium" and band(HIGH_FROM_P) == "high"


def test_chat_rules_are_information_on_an_advert_and_warning_signs_in_a_chat():
    advert = assess(advert=CHATTY)
    chat = as_chat(CHATTY)
    chat_ids = {f.id for f in chat.findings if f.severity != "info"} - {
        "message.model_recruitment_fraud"}
    assert chat_ids, "the chat rules must find something in this text"
    on_advert = {f.id: f for f in advert.findings}
    for finding_id in chat_ids:
        assert on_advert[finding_id].severity == "info"
        assert on_advert[finding_id].why == NOT_COUNTED
    others = [f for f in advert.findings if f.id != ADVERT_FINDING]
    assert scoring.score(others) == 0  # they weigh nothing on the advert


def test_the_advert_weighting_never_applies_to_a_chat():
    """The same scam text as a conversation with turns is a chat: its findings keep their
    severities, nothing is marked as not counted, and the advert model does not run."""
    conversation = Conversation(messages=[Message(sender="contact", text=SCAM),
                                          Message(sender="user", text="Is this real?")])
    result = assess(conversation=conversation)
    assert result.subject["genre"] == "chat"
    assert all(f.why != NOT_COUNTED for f in result.findings)
    assert ADVERT_FINDING not in {f.id for f in result.findings}
    assert result.model is not None and result.model.name == "recruitment_fraud"
    chat = read_as_chat(conversation)
    assert (result.score, result.band) == (chat.score, chat.band)


def test_a_webmail_contact_adds_to_the_model_on_an_advert():
    with_webmail = assess(advert=SCAM)
    without = assess(advert=SCAM.replace("hr.jobs.desk@gmail.com", "our careers page"))
    assert "message.personal_email" in {f.id for f in with_webmail.findings
                                        if f.severity != "info"}
    assert with_webmail.score > without.score


@pytest.mark.parametrize("channel, counts", [("by Skype", False), ("on WhatsApp", True),
                                             ("on Telegram", True)])
def test_a_video_interview_is_not_a_move_off_platform_but_a_messaging_app_is(channel: str,
                                                                            counts: bool):
    text = CHATTY.replace("Closing date 1 March.", f"Interviews will be held {channel}.")
    finding = next(f for f in assess(advert=text).findings if f.id == "message.off_platform")
    assert (finding.severity != "info") is counts


def test_the_emscad_style_scam_advert_is_high_with_its_reasons():
    result = assess(advert=SCAM)
    assert result.band == "high"
    finding = next(f for f in result.findings if f.id == ADVERT_FINDING)
    assert finding.severity in ("medium", "high") and "what raised it" in finding.evidence


def test_a_genuine_cleared_defence_advert_stays_low():
    result = assess(advert=CLEARED)
    assert result.subject["inputs"] == ["advert"]
    assert result.band == "low", [(f.id, f.severity, f.evidence) for f in result.findings]
    clearance = [f for f in result.findings if "clearance" in f.id]
    assert clearance and all(f.severity == "info" for f in clearance)
