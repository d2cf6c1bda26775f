"""Per-language lexicons for the exact hallmarks of a hostile approach.

Each language module (``en``, ``de``, ``fr``, ``es``, ``it``, ``ru``, ``zh``) holds one
``LEXICON``: hallmark name -> regex alternatives (data, not code). They are compiled once, at
import, into one pattern per hallmark and language (:data:`PATTERNS`; Chinese without word
boundaries). A message signal asks for a hallmark (:func:`find`) and gets every language's
matches: one signal per hallmark, any language. A language's pattern runs only when the text
is in its script (Cyrillic, CJK) and contains a word the pattern needs (keyword pre-filter).

Hallmarks (keys of ``LEXICON``; a language need not have all of them):

* ``negation`` words that cancel an offer just before it ("kein Honorar", "sans frais");
* ``pay`` (with any money amount) and ``written``, paired by :func:`paid_reports` (money or a
  pay word next to a report, paper or article in the same sentence), ``paid_offer``,
  ``lavish_money``, ``expenses_paid``, ``speaking``;
* ``off_platform``, ``contact_ask`` (a number or handle), ``off_platform_strong`` (personal
  email instead of the work one);
* ``secrecy_strong``, ``secrecy_soft``; ``cv``, ``clearance``, ``cv_targets``;
  ``vague_client``;
* ``credential`` (passwords, logins, remote sessions), ``otp`` and ``code_forward`` (a
  one-time code to pass on), ``run_verb``, ``run_code``, ``work_machine``; ``passport``.

Every pattern uses bounded quantifiers only (no nested unbounded repetition), so matching is
linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from vetlink.signals.lexicons import de, en, es, fr, it, ru, zh
from vetlink.signals.money import MONEY_RE

LEXICONS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": en.LEXICON, "de": de.LEXICON, "fr": fr.LEXICON, "es": es.LEXICON,
    "it": it.LEXICON, "ru": ru.LEXICON, "zh": zh.LEXICON,
}
LANGUAGES = tuple(LEXICONS)
UNSPACED = frozenset({"zh"})  # written without spaces between words: no word boundaries
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
GAP = r"[^.!?。！？\n]"  # within one sentence
SENTENCE_MARK = re.compile(r"[.!?。！？\n](?=\s|$)|[。！？\n]")
NOT_COMPILED = frozenset({"negation", "hint"})  # used only by NEGATION and HINTS


def compile_entry(lang: str, alternatives: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(alternatives)
    if lang in UNSPACED:
        return re.compile(f"(?:{body})", re.I)
    return re.compile(rf"(?<![\w@.])(?:{body})(?![\w])", re.I)


HALLMARKS = sorted({name for lang in LANGUAGES for name in LEXICONS[lang]} - NOT_COMPILED)
# hallmark -> language -> one compiled pattern (compiled once, at import).
PATTERNS: dict[str, dict[str, re.Pattern[str]]] = {
    name: {lang: compile_entry(lang, LEXICONS[lang][name]) for lang in LANGUAGES
           if LEXICONS[lang].get(name)}
    for name in HALLMARKS
}
# The language pre-filter: a language written in its own script is looked for only in texts
# in that script; one written in Latin script only in texts with one of its common words
# ("der", "vous", "usted", "che"...). English is always looked for.
SCRIPTS: dict[str, re.Pattern[str]] = {"ru": CYRILLIC_RE, "zh": CJK_RE}
HINTS: dict[str, frozenset[str]] = {
    lang: frozenset(LEXICONS[lang]["hint"]) for lang in LANGUAGES if LEXICONS[lang].get("hint")
}
WORD_RE = re.compile(r"\w{1,40}")
NEGATION: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        (rf"(?<![\w])(?:{'|'.join(LEXICONS[lang]['negation'])})(?![\w]){GAP}{{0,40}}$"
         if lang not in UNSPACED else rf"(?:{'|'.join(LEXICONS[lang]['negation'])})"
         rf"{GAP}{{0,12}}$"), re.I)
    for lang in LANGUAGES if LEXICONS[lang].get("negation")
}


@lru_cache(maxsize=64)
def languages_in(text: str) -> frozenset[str]:
    """The languages whose patterns may match the text (see :data:`HINTS`)."""
    found = {lang for lang, script in SCRIPTS.items() if script.search(text)}
    words = set(WORD_RE.findall(text.lower()))
    found |= {lang for lang, hint in HINTS.items() if not hint.isdisjoint(words)}
    return frozenset(found | {lang for lang in LANGUAGES if lang not in SCRIPTS | HINTS})


def negated(lang: str, text: str, start: int) -> bool:
    """A negation word of the match's language just before it, in the same sentence."""
    pattern = NEGATION.get(lang)
    return bool(pattern and pattern.search(text[max(0, start - 48):start]))


def find(name: str, text: str, *, negatable: bool = False,
         within: str | None = None) -> Iterator[tuple[int, str, str]]:
    """(start, phrase, language) for every match of the hallmark, in any language; with
    ``negatable``, matches preceded by a negation of their language are skipped. ``within``
    is the whole message when ``text`` is one of its sentences (it decides the languages)."""
    for start, end, lang in spans(name, text, negatable=negatable, within=within):
        yield start, " ".join(text[start:end].split()), lang


def spans(name: str, text: str, *, negatable: bool = False,
          within: str | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, language) for every match of the hallmark (see :func:`find`). Each
    language's pattern runs only on texts that may be in that language
    (:func:`languages_in`)."""
    languages = languages_in(text if within is None else within)
    for lang, pattern in PATTERNS.get(name, {}).items():
        if lang not in languages:
            continue
        for found in pattern.finditer(text):
            if negatable and negated(lang, text, found.start()):
                continue
            yield found.start(), found.end(), lang


def phrases(name: str, text: str, *, negatable: bool = False,
            within: str | None = None) -> list[str]:
    """The distinct phrases of the hallmark in the text, in order of appearance."""
    seen: dict[str, str] = {}
    for _, phrase, _ in sorted(find(name, text, negatable=negatable, within=within)):
        seen.setdefault(phrase.lower(), phrase)
    return list(seen.values())


def present(name: str, text: str, within: str | None = None) -> bool:
    return next(find(name, text, within=within), None) is not None


PAY_BEFORE, PAY_AFTER = 60, 100  # characters between a pay word and the written product
MAX_SPAN = 120  # no pay word or amount is longer than this


def paid_reports(text: str) -> list[str]:
    """Phrases where money or a pay word ("Honorar", "платим", "2.000 €") comes within 60
    characters before a written product ("Bericht", "записка") or within 100 after it, in
    the same sentence, in any language: "2.000 € pro Bericht", "rapport ... payé 900 €".
    The pairs are found from two simple scans, not one pattern with a gap."""
    written = list(spans("written", text))
    if not written:
        return []
    pays = [(start, end) for start, end, _ in spans("pay", text, negatable=True)]
    pays += [(m.start(), m.end()) for m in MONEY_RE.finditer(text)]
    pays.sort()
    starts = [start for start, _ in pays]
    found: dict[str, str] = {}
    for start, end, _ in written:
        # Only the pay spans that start near the written product (spans are short).
        low = bisect_left(starts, start - PAY_BEFORE - MAX_SPAN)
        high = bisect_right(starts, end + PAY_AFTER)
        for pay_start, pay_end in pays[low:high]:
            if 0 <= start - pay_end <= PAY_BEFORE:
                first, gap, last = pay_start, (pay_end, start), end
            elif 0 <= pay_start - end <= PAY_AFTER:
                first, gap, last = start, (end, pay_start), pay_end
            else:
                continue
            if not SENTENCE_MARK.search(text, *gap):
                quoted = " ".join(text[first:last].split())
                found.setdefault(quoted.lower(), quoted)
                break
    return list(found.values())
