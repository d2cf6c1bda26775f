"""The approach check as a whole: escalation, the user's words, the sender, the model's share,
and the hand-made hostile and genuine conversations."""

from pathlib import Path

import pytest

from vetlink.approach import check_conversation
from vetlink.assess import assess
from vetlink.domain import Conversation, Message, ModelOutput
from vetlink.ingest.conversation import load_conversation
from vetlink.signals import registry
from vetlink.signals.base import Context
from vetlink.signals.message_conversation import MODEL_MAX_WEIGHT, model_weight
from vetlink.signals.message_view import ConversationView, message_views

CONVERSATIONS = Path(__file__).resolve().parent.parent / "fixtures" / "conversations"
HOSTILE = sorted(CONVERSATIONS.glob("hostile_*"))
GENUINE = sorted(CONVERSATIONS.glob("genuine_*"))


def conversation(*turns: tuple[str, str]) -> Conversation:
    return Conversation(messages=[Message(sender=s, text=t) for s, t in turns])  # type: ignore[arg-type]


ESCALATING = conversation(
    ("contact", "Hi Sam, I enjoyed your article on battery chemistry. Happy to connect."),
    ("user", "Thanks! I work on solid-state cells at a start-up."),
    ("contact", "Nice. I'm in materials consulting myself, mostly in Munich."),
    ("contact", "Could you tell me more about your current projects? Let's move this to "
                "WhatsApp, it's easier."),
)


def test_escalation_is_reported_at_the_message_where_it_turned():
    findings = check_conversation(ESCALATING, Context(), use_models=False).findings
    escalation = [f for f in findings if f.id == "message.escalation"]
    assert len(escalation) == 1
    assert escalation[0].where == "message 4"
    assert "turned at message 4" in escalation[0].evidence
    assert escalation[0].severity == "high"


def test_conversation_scores_higher_than_any_of_its_messages_alone():
    whole = assess(conversation=ESCALATING, use_models=False).score
    singles = [assess(conversation=Conversation(messages=[m]), use_models=False).score
               for m in ESCALATING.messages]
    assert whole > max(singles)
    assert assess(conversation=ESCALATING, use_models=False).band == "high"


def test_no_escalation_when_the_opening_already_asked():
    opening_asks = conversation(
        ("contact", "Add me on WhatsApp please."),
        ("contact", "Tell me more about your current projects. Who else works on your team?"),
    )
    ids = {f.id for f in check_conversation(opening_asks, Context(), use_models=False).findings}
    assert "message.escalation" not in ids
    assert {"message.off_platform", "message.elicitation_sensitive"} <= ids


def test_no_escalation_in_a_harmless_conversation():
    harmless = conversation(("contact", "Hi, loved your talk."), ("contact", "See you at PyCon!"))
    assert check_conversation(harmless, Context(), use_models=False).findings == []


def test_the_users_own_words_are_never_evidence():
    mine = conversation(
        ("contact", "Hello, nice to meet you."),
        ("user", "Add me on WhatsApp, I can send my CV with my clearance and an org chart."),
    )
    assert check_conversation(mine, Context(), use_models=False).findings == []


def test_only_user_messages_give_a_low_assessment_that_says_why():
    only_me = conversation(("user", "Hi, I'd like to connect. Add me on WhatsApp."))
    result = assess(conversation=only_me)
    assert (result.score, result.band, result.findings) == (0, "low", [])
    assert any("only your own messages" in note for note in result.not_checked)


def test_messages_with_empty_text_are_not_assessed_and_say_why():
    blank = conversation(("contact", ""), ("user", ""), ("contact", "   "))
    result = assess(conversation=blank)
    assert (result.status, result.not_assessed_reason) == (
        "not_assessed", "the contact's messages are empty")
    assert result.findings == []
    assert not any("No strong warning signs" in a for a in result.advice)


def test_mixed_languages_are_checked_and_noted():
    mixed = conversation(
        ("contact", "Здравствуйте! Мы хотели бы пригласить вас выступить на нашей конференции "
                    "в Москве, все расходы оплачиваются, и гонорар будет очень щедрым."),
        ("contact", "我们可以在微信上继续聊. Please add me on WeChat: zhang_research_88"),
    )
    part = check_conversation(mixed, Context(), use_models=False)
    assert [(f.id, f.evidence, f.where) for f in part.findings] == [
        ("message.off_platform", "WeChat", "message 2")]
    assert any("message 1 is in Russian" in n for n in part.not_checked)


def test_sender_on_lookalike_domain_is_high_and_webmail_medium():
    sender = registry()["message.sender_domain"]

    def run(contact: str) -> list[tuple[str, str]]:
        view = ConversationView(contact=contact, platform="email",
                                messages=tuple(message_views(ESCALATING)))
        return [(f.evidence, f.severity) for f in sender.run(view, Context())]

    assert run("HR <jobs@rnicrosoft-careers.com>") == [
        ("jobs@rnicrosoft-careers.com (imitates microsoft)", "high")]
    assert run("Li Wei <li.wei@163.com>") == [("li.wei@163.com", "medium")]
    assert run("Olivia <olivia.grant@hays.co.uk>") == []
    assert run("Olivia Grant") == []


def model_finding(probability: float) -> list[tuple[str, str, float | None]]:
    output = ModelOutput(name="recruitment_fraud", version="t", probability=probability,
                         contributions=[{"feature": "wire", "weight": 0.4},
                                        {"feature": "team", "weight": -0.2}])
    view = ConversationView(contact=None, platform=None, messages=(), model=output)
    sig = registry()["message.model_recruitment_fraud"]
    return [(f.evidence, f.severity, f.weight) for f in sig.run(view, Context())]


def test_model_alone_can_never_make_an_assessment_medium():
    assert model_weight(0.5) == 0 and model_weight(0.59) == 0
    assert model_weight(1.0) == MODEL_MAX_WEIGHT < 0.3
    assert model_finding(0.4) == []
    assert model_finding(1.0) == [("probability 1.00; words: wire", "medium", MODEL_MAX_WEIGHT)]


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_conversations_come_out_high(path):
    assert len(HOSTILE) >= 6
    result = assess(conversation=load_conversation(path))
    assert result.band == "high", [(f.id, f.evidence) for f in result.findings]


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_conversations_are_high_on_rules_alone(path):
    result = assess(conversation=load_conversation(path), use_models=False)
    assert result.band == "high"


@pytest.mark.parametrize("path", GENUINE, ids=lambda p: p.name)
def test_genuine_conversations_are_not_high(path):
    assert len(GENUINE) >= 6
    result = assess(conversation=load_conversation(path))
    assert result.band != "high", [(f.id, f.evidence) for f in result.findings]
    assert not [f for f in result.findings if f.severity == "high"]


GUESSED_PASTE = (b"Sam Lee  10:00 AM\nHi Jane, good to meet you at the expo.\n"
                 b"Jane Doe  10:05 AM\nHi Sam! We'd like to invite you to speak; all expenses "
                 b"paid, and please keep this between us.\n")


def test_guessed_sender_roles_are_said_in_not_checked():
    from vetlink.ingest.conversation import conversation_from_bytes

    guessed = check_conversation(conversation_from_bytes(GUESSED_PASTE, "paste.txt"), Context(),
                                 use_models=False)
    assert [f.where for f in guessed.findings if f.id == "message.secrecy"] == ["message 2"]
    assert any("sender roles were guessed: Jane Doe was taken as the contact (made the first "
               "offer or invitation)" in note for note in guessed.not_checked)
    named = conversation_from_bytes(GUESSED_PASTE, "paste.txt", user_names=["Sam Lee"])
    assert not any("guessed" in n for n in check_conversation(named, Context(), False).not_checked)


def test_in_person_lure_with_gifts_escalates():
    lure = conversation(
        ("contact", "Hello Dr Okafor, I enjoyed your paper on satellite links."),
        ("user", "Thank you!"),
        ("contact", "We would love you to travel to Dubai to meet the client; as a small "
                    "token of our appreciation we will cover everything."),
    )
    findings = check_conversation(lure, Context(), use_models=False).findings
    ids = [(f.id, f.severity) for f in findings]
    assert ("message.meeting_invitation", "medium") in ids
    assert ("message.gift_offer", "medium") in ids
    escalation = [f.evidence for f in findings if f.id == "message.escalation"]
    assert escalation == ["benign opening (message 1); turned at message 3: gifts (message 3), "
                          "meeting in person (message 3)"]
