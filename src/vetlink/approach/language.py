"""Which language each of the contact's messages is in, and whether vetlink can read it.

Language identification uses Lingua (``lingua-language-detector``: its models ship inside the
wheel, nothing is downloaded) in low-accuracy mode over all 75 of its languages: about 0.3 s to
load and 130 MB with Python, against 8 s and 1 GB in high-accuracy mode, and messages are long
enough for the trigram models (``bench/message_throughput.py`` prints the figures). A message
in a script no supported language uses (Tibetan, Ethiopic, private-use characters...) is
recognised from its characters' Unicode names before Lingua is asked.

``SUPPORTED`` are the languages vetlink reads: the multilingual intent model understands them and
each has intent exemplars in ``approach/languages/<code>/``. Per-language lexicons for the exact
hallmarks (money, platforms, secrecy...) go in the same folder; a language whose folder has a
lexicon is listed in ``LEXICON_LANGUAGES`` (see ``approach/languages/README.md``).

When most of the contact's text is in a language vetlink does not read, the approach check is
*not assessed*, and the assessment says so in the band's place (:class:`Reading`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

SUPPORTED: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "ru": "Russian", "zh": "Chinese",
}
# Languages whose exact-wording rules (money, platforms, secrecy...) exist; the rest of SUPPORTED
# are read by the intent model and the language-independent checks only.
LEXICON_LANGUAGES: frozenset[str] = frozenset({"en"})
# Scripts the supported languages are written in (first word of a letter's Unicode name).
READABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "CJK"})
SAMPLE_CHARS = 3_000  # language identification reads at most this much of a message
MIN_LETTERS = 12  # below this a message is too short to name its language
MIN_DISTINCT_LETTERS = 5  # "xxxxxxxx" is in no language
MIN_CONFIDENCE = 0.6  # Lingua's confidence needed to call a Latin/Cyrillic message unreadable
UNREAD_SHARE = 0.5  # more of the contact's letters than this unreadable: not assessed


@dataclass(frozen=True)
class Language:
    code: str | None  # ISO 639-1, None when not identified
    name: str | None  # "Xhosa", or a script: "the Tibetan script"
    letters: int  # how many letters the message has

    @property
    def readable(self) -> bool:
        return self.code is None or self.code in SUPPORTED


@dataclass
class Reading:
    """What vetlink could read of the contact's messages."""

    languages: dict[int, Language] = field(default_factory=dict)  # message index -> language
    not_assessed: str | None = None  # why the conversation could not be assessed
    notes: list[str] = field(default_factory=list)  # what was read only partly


def letters_of(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha() or unicodedata.category(ch) == "Co")


def script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if not name:
        return "UNKNOWN"
    first = name.split()[0]
    if first in ("HIRAGANA", "KATAKANA"):
        return "JAPANESE"
    return first


def main_script(text: str) -> tuple[str, float]:
    """The most frequent script among the letters of ``text`` and its share of them."""
    counts: dict[str, int] = {}
    for ch in text[:SAMPLE_CHARS]:
        if ch.isalpha() or unicodedata.category(ch) == "Co":
            script = script_of(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "", 0.0
    script = max(counts, key=lambda s: counts[s])
    return script, counts[script] / sum(counts.values())


@lru_cache(maxsize=1)
def detector() -> Any:
    """The Lingua detector, built once per process (low-accuracy mode, all languages)."""
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def identify(text: str) -> Language:
    """The language of one message, or its script when no language could be named."""
    letters = letters_of(text)
    script, share = main_script(text)
    if script and script not in READABLE_SCRIPTS and share >= 0.5:
        lingua_name = lingua_language(text)
        if lingua_name and lingua_name[0] not in SUPPORTED:
            return Language(code=lingua_name[0], name=lingua_name[1], letters=letters)
        return Language(code="und", name=script_name(script), letters=letters)
    if letters < MIN_LETTERS or len({ch.lower() for ch in text[:SAMPLE_CHARS]
                                     if ch.isalpha()}) < MIN_DISTINCT_LETTERS:
        return Language(code=None, name=None, letters=letters)
    if plainly_english(text):
        return Language(code="en", name="English", letters=letters)
    found = lingua_language(text, MIN_CONFIDENCE)
    if found is None:
        return Language(code=None, name=None, letters=letters)
    return Language(code=found[0], name=found[1], letters=letters)


ENGLISH_WORDS = frozenset([
    "the", "and", "to", "of", "you", "your", "a", "in", "is", "for", "we", "on", "with", "be",
    "this", "that", "are", "it", "our", "as", "at", "have", "would", "will", "can", "please",
    "from", "an", "my", "me", "i",
])
WORD_RE = re.compile(r"[^\W\d_]+")


def plainly_english(text: str) -> bool:
    """A cheap shortcut before Lingua: at least 12 words, a fifth of them English function
    words (most messages are English; Lingua costs about a millisecond each)."""
    words = WORD_RE.findall(text[:SAMPLE_CHARS].lower())
    return len(words) >= 12 and sum(w in ENGLISH_WORDS for w in words) / len(words) >= 0.2


def script_name(script: str) -> str:
    if script in ("", "UNKNOWN"):
        return "a script vetlink does not recognise"
    return f"the {script.title()} script"


def lingua_language(text: str, min_confidence: float = 0.0) -> tuple[str, str] | None:
    """Lingua's language for the text, when its confidence is at least ``min_confidence`` or
    the language is one vetlink reads (a doubtful guess never makes a message unreadable)."""
    values = detector().compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values or values[0].value <= 0:
        return None
    top = values[0]
    code = top.language.iso_code_639_1.name.lower()
    if code not in SUPPORTED and top.value < min_confidence:
        return None
    return code, top.language.name.title()


def read_messages(messages: list[tuple[int, str]]) -> Reading:
    """Identify each contact message's language (``(index, text)`` pairs) and decide whether the
    conversation can be assessed: not when the messages have no words at all, nor when most of
    their letters are in languages or scripts vetlink does not read."""
    reading = Reading(languages={index: identify(text) for index, text in messages})
    total = sum(lang.letters for lang in reading.languages.values())
    if total == 0:
        reading.not_assessed = no_words_reason(messages)
        return reading
    unread = {i: lang for i, lang in reading.languages.items() if not lang.readable}
    unread_letters = sum(lang.letters for lang in unread.values())
    if unread and unread_letters / total > UNREAD_SHARE:
        reading.not_assessed = unread_reason(unread, len(messages))
    elif unread:
        reading.notes.append(
            f"message.*: {unread_reason(unread, len(messages))}; those messages were not read "
            "(only links, addresses, numbers and files in them were checked)"
        )
    reading.notes.extend(lexicon_notes(reading))
    return reading


def no_words_reason(messages: list[tuple[int, str]]) -> str:
    if all(not text.strip() for _, text in messages):
        return "the contact's messages are empty"
    return "the contact's messages contain no words to read (only symbols, emoji or numbers)"


def unread_reason(unread: dict[int, Language], count: int) -> str:
    names = sorted({lang.name or "an unidentified language" for lang in unread.values()})
    what = " and ".join(f"written in {n}" if n.startswith(("the ", "a script")) else f"in {n}"
                        for n in names)
    if count == 1:
        return f"this message is {what}, which vetlink cannot read yet"
    if len(unread) == count:
        return f"the contact's messages are {what}, which vetlink cannot read yet"
    where = ", ".join(str(i) for i in sorted(unread))
    return f"message {where} {'is' if len(unread) == 1 else 'are'} {what}, which vetlink " \
        "cannot read yet"


def lexicon_notes(reading: Reading) -> list[str]:
    """Say which messages are in a supported language whose exact-wording rules are not written
    yet (the intent model and the language-independent checks read them)."""
    by_language: dict[str, list[int]] = {}
    for index, lang in sorted(reading.languages.items()):
        if lang.code in SUPPORTED and lang.code not in LEXICON_LANGUAGES:
            by_language.setdefault(SUPPORTED[lang.code], []).append(index)
    return [
        f"message.*: message {', '.join(map(str, indices))} is in {name}: the multilingual "
        f"intent model and the language-independent checks read it; the exact-wording rules "
        f"(money, platforms, secrecy) for {name} are not written yet"
        for name, indices in by_language.items()
    ]
