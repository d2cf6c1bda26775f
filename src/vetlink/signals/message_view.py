"""What message signals look at, and small pure helpers to find phrases in it.

Message signals take a :class:`MessageView`: one message from the contact, with its position in
the conversation and the user's own earlier words as context (never as evidence).
Conversation-level signals (marked with :func:`on_conversation`) take a
:class:`ConversationView`: every message plus the red flags already found in each one, so that
they can follow how a conversation develops.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from vetlink.domain import Conversation, ModelOutput


@dataclass(frozen=True)
class MessageView:
    index: int  # 1-based position in the conversation (user messages count too)
    text: str
    sender: str  # "contact" or "user"
    attachments: tuple[str, ...] = ()
    user_before: tuple[str, ...] = ()  # the user's last few messages before this one

    @property
    def where(self) -> str:
        return f"message {self.index}"


@dataclass(frozen=True)
class ConversationView:
    contact: str | None
    platform: str | None
    messages: tuple[MessageView, ...]
    flags: tuple[frozenset[str], ...] = ()  # per message: ids of medium/high findings in it
    model: ModelOutput | None = None  # the recruitment-fraud model's output, when it ran

    def contact_messages(self) -> list[MessageView]:
        return [m for m in self.messages if m.sender == "contact"]


USER_CONTEXT = 3  # how many of the user's earlier messages a message view carries


def message_views(conversation: Conversation) -> list[MessageView]:
    """One view per message, each carrying the user's last few earlier messages."""
    views = []
    user_said: list[str] = []
    for number, message in enumerate(conversation.messages, start=1):
        views.append(MessageView(
            index=number, text=message.text, sender=message.sender,
            attachments=tuple(message.attachments), user_before=tuple(user_said[-USER_CONTEXT:]),
        ))
        if message.sender == "user":
            user_said.append(message.text)
    return views


def on_conversation(func: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a ``message.*`` signal as conversation-level (it takes a ConversationView)."""
    func.subject = "conversation"  # type: ignore[attr-defined]
    return func


def is_conversation_level(func: Callable[..., Any]) -> bool:
    return getattr(func, "subject", "message") == "conversation"


def rx(*alternatives: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any alternative at word boundaries."""
    return re.compile(r"(?<![\w@.])(?:" + "|".join(alternatives) + r")(?![\w])", re.I)


NEGATION = re.compile(
    r"\b(?:never|not|don'?t|do not|won'?t|will not|no need|nor|without|cannot|can'?t)\b[^.!?\n]*$",
    re.I,
)


def negated(text: str, start: int, window: int = 40) -> bool:
    """True when a negation precedes position ``start`` in the same sentence, nearby."""
    return bool(NEGATION.search(text[max(0, start - window):start]))


def phrases(
    patterns: Iterable[re.Pattern[str]], text: str, *, skip_negated: bool = True
) -> Iterator[str]:
    """Each distinct phrase the patterns match, in order of appearance."""
    hits: list[tuple[int, str]] = []
    for pattern in patterns:
        for found in pattern.finditer(text):
            if skip_negated and negated(text, found.start()):
                continue
            hits.append((found.start(), " ".join(found.group(0).split())))
    seen: set[str] = set()
    for _, phrase in sorted(hits):
        if phrase.lower() not in seen:
            seen.add(phrase.lower())
            yield phrase


def first_phrase(patterns: Iterable[re.Pattern[str]], text: str) -> str | None:
    return next(phrases(patterns, text), None)


SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]
