"""The intent model: elicitation read in any wording and the main languages, ordinary questions
left alone. Every sentence here was written for these tests (not taken from the exemplars nor
from the evaluation sets)."""

from __future__ import annotations

import pytest

from vetlink.approach.intent import classifier, intents_of, read_exemplars
from vetlink.approach.sentences import MAX_SENTENCES, Sentence, choose, split
from vetlink.assess import assess
from vetlink.domain import Conversation
from vetlink.signals.base import Context
from vetlink.signals.message_intent import INTENTS


def conversation(*messages: tuple[str, str]) -> Conversation:
    return Conversation.model_validate(
        {"messages": [{"sender": s, "text": t} for s, t in messages]})


ASKS = [
    ("team", "Out of curiosity, who are the people you share the lab with?"),
    ("team", "Wer aus Ihrer Gruppe kann eigentlich auf die Messdaten zugreifen?"),
    ("team", "Кто у вас в отделе занимается шифрованием?"),
    ("programme", "Is the new coastal radar programme running late, and who builds the masts?"),
    ("programme", "¿Cómo va el programa del nuevo helicóptero, hay retrasos?"),
    ("programme", "你们那个通信项目现在进展到哪一步了？"),
    ("decisions", "Has the ministry made up its mind on the tender yet, off the books?"),
    ("decisions", "Chi decide alla fine sull'acquisto dei nuovi sistemi?"),
    ("technical", "What data rate does the new link achieve in the field?"),
    ("technical", "Quelle est la portée réelle du nouveau capteur lors des essais ?"),
    ("documents", "Could you pass me the slides from Tuesday's internal review?"),
    ("documents", "Könnten Sie mir das Protokoll der letzten Lenkungsausschusssitzung schicken?"),
    ("travel", "Which days will you be in Brussels, and where are you staying?"),
    ("off_record", "Strictly between ourselves, what is the mood inside the ministry?"),
]


@pytest.mark.parametrize(("intent", "sentence"), ASKS)
def test_an_elicitation_is_read_in_any_wording_and_language(intent: str, sentence: str) -> None:
    found = intents_of([sentence])
    assert [(i, s) for i, s, _ in found] == [(intent, sentence)]


NOT_ASKS = [
    "What's your notice period at the moment?",
    "Would you consider a move to Manchester for the right role?",
    "Could you direct me to your press office for an official statement?",
    "I'm a second-year student; could we have a quick chat about careers in aerospace?",
    "Many thanks, and have a good evening.",
    "Wie hoch ist Ihre Kündigungsfrist?",
    "¿Le interesaría una nueva oportunidad profesional?",
    "Спасибо за ответ, хорошего дня!",
    "谢谢你的回复，祝你周末愉快！",
]


@pytest.mark.parametrize("sentence", NOT_ASKS)
def test_ordinary_questions_and_small_talk_are_not_elicitation(sentence: str) -> None:
    assert intents_of([sentence]) == []


def test_the_three_questions_of_the_issue_make_the_band_medium_or_high() -> None:
    for text in ("Could you tell me who else is in your team?",
                 "Which partners are you working with on the secure radio programme?",
                 "How is the secure radio programme progressing?"):
        result = assess(conversation=conversation(("contact", text)))
        assert result.band in ("medium", "high"), (text, result.findings)
        finding = result.findings[0]
        assert finding.evidence == text and finding.where == "message 1"


def test_a_recruiters_normal_questions_stay_low() -> None:
    result = assess(conversation=conversation(
        ("contact", "Hi Sam, I'm recruiting for a systems engineer role at Leonardo in "
                    "Edinburgh. What does your current role involve, and what is your notice "
                    "period? Happy to share the job description.")))
    assert result.band == "low"
    assert not [f for f in result.findings if f.id.startswith("message.asks_")]


def test_finding_quotes_the_sentence_and_names_the_intent_plainly() -> None:
    result = assess(conversation=conversation(
        ("contact", "Nice to meet you. Welche Zulieferer arbeiten eigentlich an Ihrem "
                    "Radarprogramm mit?")))
    [finding] = [f for f in result.findings if f.id == "message.asks_programme"]
    assert finding.evidence == "Welche Zulieferer arbeiten eigentlich an Ihrem Radarprogramm mit?"
    assert finding.title == INTENTS["programme"].title
    assert finding.where == "message 1"


def test_a_sentence_caught_by_an_exact_rule_and_the_model_gives_one_finding() -> None:
    result = assess(conversation=conversation(("contact", "Who else works on your team?")))
    on_sentence = [f for f in result.findings
                   if f.id in ("message.elicitation_sensitive", "message.asks_team")]
    assert len(on_sentence) == 1


def test_a_friendly_opening_then_two_kinds_of_paraphrased_asks_is_an_escalation() -> None:
    result = assess(conversation=conversation(
        ("contact", "Hello! I really enjoyed your talk at the engineering festival."),
        ("user", "Thank you, glad you liked it."),
        ("contact", "Which firms supply the antennas for your new programme? And when are "
                    "you next in Vienna, which hotel do you use?"),
    ))
    escalation = [f for f in result.findings if f.id == "message.escalation"]
    assert escalation and escalation[0].where == "message 3"
    assert result.band == "high"


def test_describing_their_own_team_is_not_asking_about_yours() -> None:
    result = assess(conversation=conversation(
        ("contact", "Our team builds flight software for small satellites. We have offices in "
                    "Delft and Toulouse.")))
    assert not [f for f in result.findings if f.id.startswith("message.asks_")]


def test_rules_only_says_the_intent_model_did_not_run() -> None:
    result = assess(conversation=conversation(
        ("contact", "How is the secure radio programme progressing?")), use_models=False)
    assert not [f for f in result.findings if f.id.startswith("message.asks_")]
    assert any(n.startswith("message.asks_*: the intent model was not used")
               for n in result.not_checked)


# --- sentences ---------------------------------------------------------------------------


def test_sentences_split_on_latin_and_full_width_punctuation_and_lines() -> None:
    text = "Hello there. Who else is on your team?你好吗。你们团队还有谁？\nLine two without stop"
    assert split(text) == ["Hello there.", "Who else is on your team?", "你好吗。",
                           "你们团队还有谁？", "Line two without stop"]


def test_a_wall_of_text_without_punctuation_is_cut_into_pieces() -> None:
    pieces = split("word " * 5000)
    assert len(pieces) > 10 and all(len(p) <= 400 for p in pieces)


def test_questions_without_question_marks_count_as_asking() -> None:
    assert Sentence(1, "I'd be interested to hear who runs the lab").asks
    assert Sentence(1, "Wer leitet eigentlich das Labor").asks
    assert not Sentence(1, "Our lab is in Delft").asks


def test_over_the_cap_questions_are_read_first_and_the_rest_counted() -> None:
    filler = [Sentence(1, f"Statement number {i} about the weather.") for i in range(300)]
    question = Sentence(1, "Who else is in your team?")
    chosen, skipped = choose([*filler, question])
    assert question in chosen
    assert (len(chosen), skipped) == (MAX_SENTENCES, 301 - MAX_SENTENCES)


# --- the exemplars and the artefact -----------------------------------------------------


def test_exemplars_cover_every_intent_in_every_supported_language() -> None:
    rows = read_exemplars()
    for lang in ("en", "de", "fr", "es", "it", "ru", "zh"):
        intents = {intent for language, intent, _ in rows if language == lang}
        assert intents == {*INTENTS, "none"}, lang


def test_the_shipped_classifier_knows_every_intent() -> None:
    model = classifier()
    assert set(model.classes) == {*INTENTS, "none"}
    assert 0 < model.threshold <= model.strong < 1


def test_context_is_unused_by_intent_signals_beyond_the_view() -> None:
    # The signals are pure: the same view gives the same findings.
    from vetlink.approach.asks import with_intents
    from vetlink.signals import registry
    from vetlink.signals.message_view import MessageView

    view = with_intents([MessageView(1, "Who else is in your team?", "contact")], {1})[0][0]
    sig = registry()["message.asks_team"]
    assert sig.run(view, Context()) == sig.run(view, Context())
