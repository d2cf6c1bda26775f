"""Split a message into sentences in any supported language, and choose which to read.

Sentences end at ``. ! ? ;`` followed by a space, at the Chinese/Japanese full-width marks
``。！？；`` (no space follows them), at an ellipsis, and at line breaks. A "sentence" longer than
``MAX_SENTENCE_CHARS`` (a pasted wall of text with no punctuation) is cut at a space or comma.
Every pattern here is a character class or a fixed string: linear on any input.

A conversation can be huge (a 200,000-character paste); the intent model reads at most
``MAX_SENTENCES`` sentences, questions and requests first (:func:`choose`), and says what it
skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCE_CHARS = 400  # the intent model reads at most this much of one sentence
MAX_SENTENCES = 240  # sentences per conversation the intent model reads
MIN_SENTENCE_LETTERS = 3

BOUNDARY = re.compile(
    r"(?<=[.!?;…])\s+|(?<=[。！？；])|(?<=[!?])(?=[\u3040-\u30ff\u4e00-\u9fff])|\n+|\r+")
QUESTION_MARK = re.compile(r"[?？¿]")
# Words that open a request or question without a question mark, in the supported languages.
REQUEST_CUE = re.compile(
    r"\b(?:tell me|let me know|i(?:'d| would) (?:like|love|be interested|be grateful)|please|"
    r"could you|can you|would you|send|share|forward|i wonder|curious|"
    r"sagen sie|bitte|könnten sie|können sie|schicken|teilen sie|"
    r"dites|pourriez|pouvez|merci de|envoyez|"
    r"dígame|podría|puede|por favor|envíe|"
    r"mi dica|potrebbe|può|per favore|mi mandi|mi invii|"
    r"скажите|расскажите|пришлите|не могли бы|пожалуйста|подскажите)\b"
    r"|请|能否|能不能|可否|告诉我|发给我|麻烦|吗|呢|谁|哪|什么|怎么|多少|几",
    re.I,
)
# A question word opening the sentence (a question written without its question mark).
QUESTION_START = re.compile(
    r"^\W{0,3}(?:who|whom|which|what|how|when|where|is|are|do|does|did|has|have|will|"
    r"wer|wen|wem|welche[rsnm]?|was|wie|wann|wo|haben|sind|gibt|"
    r"qui|quel(?:le)?s?|comment|quand|où|est-ce|"
    r"quién(?:es)?|qué|cuál(?:es)?|cómo|cuándo|dónde|"
    r"chi|quale|quali|come|quando|dove|cosa|"
    r"кто|какой|какая|какие|как|когда|где|что|с кем|ли)\b",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    where: int  # the message index (1-based, as in the conversation)
    text: str  # the sentence as written (whitespace collapsed), the finding's evidence

    @property
    def asks(self) -> bool:
        return bool(QUESTION_MARK.search(self.text) or REQUEST_CUE.search(self.text)
                    or QUESTION_START.search(self.text))


def split(text: str) -> list[str]:
    """The sentences of one message, whitespace collapsed, empty pieces dropped."""
    out: list[str] = []
    for piece in BOUNDARY.split(text):
        for part in cut_long(piece):
            cleaned = " ".join(part.split())
            if sum(ch.isalpha() for ch in cleaned) >= MIN_SENTENCE_LETTERS:
                out.append(cleaned)
    return out


def cut_long(piece: str) -> list[str]:
    """Cut an over-long piece at the last space or comma before the limit."""
    parts = []
    while len(piece) > MAX_SENTENCE_CHARS:
        window = piece[:MAX_SENTENCE_CHARS]
        cut = max(window.rfind(" "), window.rfind(","), window.rfind("，"))
        cut = cut if cut > MAX_SENTENCE_CHARS // 2 else MAX_SENTENCE_CHARS
        parts.append(piece[:cut])
        piece = piece[cut:]
    parts.append(piece)
    return parts


def choose(sentences: list[Sentence], limit: int = MAX_SENTENCES) -> tuple[list[Sentence], int]:
    """At most ``limit`` sentences, questions and requests first, each group in message
    order; and how many were skipped."""
    if len(sentences) <= limit:
        return sentences, 0
    asking = [s for s in sentences if s.asks]
    rest = [s for s in sentences if not s.asks]
    chosen = (asking + rest)[:limit]
    order = {id(s): i for i, s in enumerate(sentences)}
    chosen.sort(key=lambda s: order[id(s)])
    return chosen, len(sentences) - len(chosen)
