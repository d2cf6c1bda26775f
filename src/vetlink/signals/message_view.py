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
from functools import lru_cache
from typing import Any

from vetlink.domain import Conversation, ModelOutput
from vetlink.signals.literals import fold


@dataclass(frozen=True)
class AskedIntent:
    """A sentence of the message that the intent model read as an elicitation
    (:mod:`vetlink.approach.intent`)."""

    intent: str  # "team", "programme", ... (see signals/message_intent.py)
    sentence: str  # the sentence as written: the finding's evidence
    probability: float
    strong: bool  # the model is sure and the sentence asks (a question or a request)


@dataclass(frozen=True)
class MessageView:
    index: int  # 1-based position in the conversation (user messages count too)
    text: str
    sender: str  # "contact" or "user"
    attachments: tuple[str, ...] = ()
    user_before: tuple[str, ...] = ()  # the user's last few messages before this one
    intents: tuple[AskedIntent, ...] = ()  # set by the approach check when the model ran

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
    genre: str = "chat"  # "advert" when the input is (or reads as) a job advert

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
    r"\b(?:never|not|don'?t|do not|won'?t|will not|no need|nor|without|cannot|can'?t)\b"
    r"[^.!?\n]{0,200}$",
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
        if not may_match(pattern, text):
            continue
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


# --- a cheap pre-filter: skip a pattern when none of the words it needs is in the text --------
#
# Most messages match few of the big alternation patterns, and a substring search is far
# cheaper than running the regex. For each pattern, :func:`required_words` reads its parse
# tree and finds a set of literal strings such that every match contains one of them; when
# some part of the pattern has no such literal, the pattern is always run.

try:  # the parser behind re.compile; private, so fall back to "always run" without it
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_MIN_WORD = 3  # a required literal shorter than this filters too little to be worth it

# The text as the pre-filter compares it (:func:`vetlink.signals.literals.fold`: lower case,
# with the characters re.IGNORECASE matches to an ASCII letter folded first, so the
# pre-filter never skips a pattern that would match), cached for the messages of a run.
folded = lru_cache(maxsize=64)(fold)


_WORDS: dict[re.Pattern[str], frozenset[str] | None] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when the pattern certainly cannot match the text."""
    if pattern not in _WORDS:
        _WORDS[pattern] = required_words(pattern)
    words = _WORDS[pattern]
    if words is None:
        return True
    lowered = folded(text)
    return any(word in lowered for word in words)


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased literals one of which is in every match of the pattern, or None."""
    if _sre is None or not pattern.flags & re.IGNORECASE:
        return None  # case-sensitive patterns are few and cheap; keep them exact
    try:
        tree = _sre.parse(pattern.pattern, pattern.flags)
    except Exception:  # any surprise means: no pre-filter
        return None
    words = _needs(list(tree))
    if words is None or min(map(_selectivity, words)) < _MIN_WORD:
        return None
    return words


def _needs(items: list[Any]) -> frozenset[str] | None:
    """The most selective required-literal set of a sequence of parse items."""
    options: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _sre.LITERAL:
            run += fold(chr(arg))
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        inner = _needs_of(op, arg)
        if inner is not None:
            options.append(inner)
    if run:
        options.append(frozenset([run]))
    # A part of a required literal is required too: drop the spaces at the ends, then keep
    # the most selective option (its weakest word the longest and not a common word).
    options = [frozenset(w.strip() for w in words) for words in options]
    if not options:
        return None
    return max(options, key=lambda words: (min(map(_selectivity, words)), -len(words)))


# Words in nearly every message: requiring one of them filters nothing.
_COMMON = frozenset(
    [
        "you", "your", "the", "and", "for", "with", "are", "can", "will", "would", "have",
        "this", "that", "them", "they", "more", "know", "about", "our", "not"
    ]
)


def _selectivity(word: str) -> int:
    return 0 if word in _COMMON else len(word)


def _needs_of(op: Any, arg: Any) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _needs(list(arg[-1]))
    if op is _sre.BRANCH:
        branches = [_needs(list(branch)) for branch in arg[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
        return _needs(list(arg[2]))
    return None
