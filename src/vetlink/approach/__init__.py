"""The approach check: every message from the contact, then the conversation as a whole.

A job advert (given as one, or one block of pasted text that reads as one) is checked the
same way, but the recruitment-fraud model speaks there with its calibrated probability
(:mod:`vetlink.model.advert`) instead of its capped chat weight.

1. Each message from the contact goes through the message-level ``message.*`` signals (the
   user's own messages are context, never evidence).
2. The recruitment-fraud text model (when available and wanted) reads the contact's messages.
3. Conversation-level signals see every message with the red flags found in it (so they can
   follow an escalation over time), the sender's address, and the model's output.

:func:`check_conversation` is what :func:`vetlink.assess.assess` calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vetlink.approach.genre import ADVERT, classify_conversation
from vetlink.assess import Part
from vetlink.domain import Conversation, Finding, ModelOutput
from vetlink.ingest.chat_text import sender_roles_note
from vetlink.signals.base import Context, Signal, signals_of
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
    per_message, conversation_level = split_signals(signals_of("message"))
    found = {v.index: run_on_message(per_message, v, ctx) for v in contact_views}
    part = Part(findings=[f for v in contact_views for f in found[v.index]], genre=genre)
    if genre == ADVERT:
        model, note = run_advert_model(contact_views, use_models)
    else:
        model, note = run_model(contact_views, use_models)
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
    part.not_checked.extend(language_notes(contact_views))
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
# Adverts are denser in English function words than chats: 99 % of the shared EMSCAD adverts
# have more than 9 % of them; the model reads an advert only from 8 %.
ADVERT_ENGLISH_LEAST = 0.08


def run_advert_model(views: list[MessageView], use_models: bool) -> tuple[ModelOutput | None,
                                                                          str]:
    """The advert model's calibrated output for a job advert, or why there is none: it reads
    English only."""
    if not use_models:
        return None, f"{ADVERT_MODEL_ID}: the text model was not used (rules only)"
    text = contact_text(views)
    if len(WORD_RE.findall(text)) < MODEL_MIN_WORDS:
        return None, f"{ADVERT_MODEL_ID}: too little text in the advert for the text model"
    if mostly_not_english(text, ADVERT_ENGLISH_LEAST):
        return None, (f"{ADVERT_MODEL_ID}: the recruitment-fraud model reads English only and "
                      "this advert is mostly in another language, so it was not scored")
    from vetlink.errors import ModelUnavailable
    from vetlink.model.advert import score_advert

    try:
        return score_advert(text), ""
    except ModelUnavailable as exc:
        return None, f"{ADVERT_MODEL_ID}: {exc.message}; the rules still ran"


ENGLISH_WORDS = frozenset(
    [
        "the", "and", "to", "of", "you", "your", "a", "in", "is", "for", "i", "we", "on", "with",
        "be", "this", "that", "are", "it", "our", "as", "at", "have", "would", "will", "can",
        "please", "from", "an", "my", "me"
    ]
)
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def mostly_not_english(text: str, least: float = 0.06) -> bool:
    """Fewer than ``least`` of the words are common English words."""
    words = WORD_RE.findall(text.lower())
    if len(words) < 12:
        return False
    english = sum(1 for w in words if w in ENGLISH_WORDS)
    return english / len(words) < least


def language_notes(views: list[MessageView]) -> list[str]:
    other = [str(v.index) for v in views if mostly_not_english(v.text)]
    if not other:
        return []
    return [
        f"message.*: the rules are written for English; message {', '.join(other)} "
        "is mostly in another language and was only partly checked"
    ]
