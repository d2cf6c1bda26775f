"""The approach check: every message from the contact, then the conversation as a whole.

A job advert (given as one, or one block of pasted text that reads as one:
:mod:`vetlink.approach.genre`) is checked the same way, but the recruitment-fraud model
speaks there with its calibrated probability (:mod:`vetlink.model.advert`) instead of its
capped chat weight; its finding sets the advert's score, and only the rules that mean the
same in an advert add to it (:func:`vetlink.signals.message_advert.on_advert`).

1. The language of each message from the contact is identified
   (:mod:`vetlink.approach.language`); when most of the contact's text is in a language vetlink
   cannot read, or has no words, the conversation is *not assessed* and the part says why.
2. The intent model (:mod:`vetlink.approach.intent`) reads the sentences of the contact's
   messages in the languages vetlink reads, in one batch (:mod:`vetlink.approach.asks`).
3. Each message from the contact goes through the message-level ``message.*`` signals (the
   user's own messages are context, never evidence); a sentence caught both by an exact rule
   and by the intent model gives one finding.
4. The recruitment-fraud text model (when available and wanted) reads the contact's messages.
5. Conversation-level signals see every message with the red flags found in it (so they can
   follow an escalation over time), the sender's address, and the model's output.

:func:`check_conversation` is what :func:`vetlink.assess.assess` calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vetlink.approach.asks import one_finding_per_sentence, with_intents
from vetlink.approach.genre import ADVERT, classify_conversation
from vetlink.approach.language import read_messages
from vetlink.domain import Conversation, Finding, ModelOutput
from vetlink.ingest.chat_text import sender_roles_note
from vetlink.parts import Part
from vetlink.signals.base import Context, Signal, signals_of
from vetlink.signals.message_advert import on_advert
from vetlink.signals.message_view import (
    ConversationView,
    MessageView,
    is_conversation_level,
    message_views,
)

MODEL_ID = "message.model_recruitment_fraud"
MODEL_TEXT_CHARS = 20_000  # the model reads at most this much of the contact's text
MAX_PER_SIGNAL = 5  # findings of one signal in one message
MODEL_MIN_WORDS = 5  # below this the model would only echo its intercept
FLAG_SEVERITIES = ("medium", "high")


def check_conversation(
    conversation: Conversation, ctx: Context, use_models: bool = True,
    genre: str | None = None,
) -> Part:
    """Check a conversation with a contact: messages, escalation, sender and model.
    ``genre="advert"`` says the input is a job advert; otherwise the genre is detected
    (:func:`vetlink.approach.genre.classify_conversation`)."""
    genre = genre or classify_conversation(conversation).genre
    views = message_views(conversation)
    contact_views = [v for v in views if v.sender == "contact"]
    if not contact_views:
        return Part(not_checked=[
            "message.*: the conversation has only your own messages; there is nothing from "
            "the contact to check"
        ])
    reading = read_messages([(v.index, v.text) for v in contact_views])
    part = Part(not_assessed=reading.not_assessed, genre=genre)
    if use_models and reading.not_assessed is None:
        readable = {i for i, lang in reading.languages.items() if lang.readable}
        views, note = with_intents(views, readable)
        part.not_checked.extend([note] if note else [])
        contact_views = [v for v in views if v.sender == "contact"]
    elif not use_models:
        part.not_checked.append("message.asks_*: the intent model was not used (rules only); "
                                "only the exact English wordings of questions were checked")
    per_message, conversation_level = split_signals(signals_of("message"))
    found = {v.index: one_finding_per_sentence(run_on_message(per_message, v, ctx))
             for v in contact_views}
    part.findings.extend(f for v in contact_views for f in found[v.index])
    english = [v for v in contact_views if reading.languages[v.index].code in ("en", None)]
    if genre == ADVERT:
        model, note = run_advert_model(english, use_models)
    else:
        model, note = run_model(english, use_models)
        if note and len(english) < len(contact_views):
            note = f"{MODEL_ID}: it reads English only; messages in other languages were left out"
    if note:
        part.not_checked.append(note)
    if model is not None:
        part.models.append(model)
    view = ConversationView(
        contact=conversation.contact, platform=conversation.platform, messages=tuple(views),
        flags=tuple(flags_of(found.get(v.index, [])) for v in views), model=model,
        genre=genre,
    )
    for sig in conversation_level:
        part.findings.extend(sig.run(view, ctx))
    if genre == ADVERT:  # only the hallmarks that mean the same in an advert count there
        part.findings = on_advert(part.findings)
    part.not_checked.extend(reading.notes)
    part.not_checked.extend(roles_note(conversation))
    return part


def roles_note(conversation: Conversation) -> list[str]:
    """Say so when the paste did not show who sent which message and the roles were guessed."""
    why = sender_roles_note(conversation)
    if not why:
        return []
    return [
        f"message.*: the paste does not show which speaker is you, so the sender roles were "
        f"guessed: {why}; label your own messages 'Me:' or give your profile as the viewer"
    ]


def split_signals(signals: Sequence[Signal]) -> tuple[list[Signal], list[Signal]]:
    per_message = [s for s in signals if not is_conversation_level(s.func)]
    conversation_level = [s for s in signals if is_conversation_level(s.func)]
    return per_message, conversation_level


def run_on_message(signals: list[Signal], view: MessageView, ctx: Context) -> list[Finding]:
    """Each signal's findings in one message, without repeats and at most
    ``MAX_PER_SIGNAL`` of them (a pasted wall of phone numbers is one red flag, not 10,000)."""
    findings: list[Finding] = []
    for sig in signals:
        seen: set[str] = set()
        for finding in sig.run(view, ctx):
            key = finding.evidence.lower()
            if key not in seen and len(seen) < MAX_PER_SIGNAL:
                seen.add(key)
                findings.append(finding)
    return findings


def flags_of(findings: list[Finding]) -> frozenset[str]:
    return frozenset(f.id for f in findings if f.severity in FLAG_SEVERITIES)


def contact_text(views: list[MessageView]) -> str:
    text = "\n".join(v.text for v in views)
    return text[:MODEL_TEXT_CHARS]


def run_model(views: list[MessageView], use_models: bool) -> tuple[ModelOutput | None, str]:
    """The recruitment-fraud model's output, or a not-checked note saying why there is none."""
    if not use_models:
        return None, f"{MODEL_ID}: the text model was not used (rules only)"
    text = contact_text(views)
    if len(WORD_RE.findall(text)) < MODEL_MIN_WORDS:
        return None, f"{MODEL_ID}: too little text from the contact for the text model"
    from vetlink.errors import ModelUnavailable
    from vetlink.model.recruitment import score_text

    try:
        return score_text(text), ""
    except ModelUnavailable as exc:
        return None, f"{MODEL_ID}: {exc.message}; the rules still ran"


ADVERT_MODEL_ID = "message.advert_fraud_model"


def run_advert_model(english: list[MessageView], use_models: bool) -> tuple[ModelOutput | None,
                                                                            str]:
    """The advert model's calibrated output for a job advert (its English part), or why there
    is none."""
    if not use_models:
        return None, f"{ADVERT_MODEL_ID}: the text model was not used (rules only)"
    if not english:
        return None, (f"{ADVERT_MODEL_ID}: the recruitment-fraud model reads English only and "
                      "this advert is in another language, so it was not scored")
    text = contact_text(english)
    if len(WORD_RE.findall(text)) < MODEL_MIN_WORDS:
        return None, f"{ADVERT_MODEL_ID}: too little text in the advert for the text model"
    from vetlink.errors import ModelUnavailable
    from vetlink.model.advert import score_advert

    try:
        return score_advert(text), ""
    except ModelUnavailable as exc:
        return None, f"{ADVERT_MODEL_ID}: {exc.message}; the rules still ran"


WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
