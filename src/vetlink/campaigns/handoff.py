"""Hand-offs: one persona's messages naming another persona of the corpus ("My colleague Anna
Weber will contact you", "Zoe Walker passed on your details", "我的同事Wei Yang会和您联系").

An operation passes a target from one persona to the next; the second persona then writes to
the same person, in the same department, within days. The name is the one thing the two
messages share when the personas themselves share no photo, firm, handle or text.

**Keys.** Every persona gets

- ``named:<form>``: the form of its own display name (first and last name word, titles and
  credentials dropped, accents, homoglyphs and case folded, the two words in alphabetical
  order, so "WEBER Anna" = "Anna Weber" = "Ánna Wéber");
- ``handoff:<form>``: the same form of every capitalised pair of Latin words its contact's
  messages write next to each other or one apart (a particle such as "de" or "van" between
  them is skipped: "Lotte de Vries"), at most :data:`MAX_FORMS`; not the words right after a
  greeting ("Dear Sarah Jones": the person written to) and not its own name.

A first name alone is never a form. ``named:`` and ``handoff:`` of one form share **one block
key** (:func:`block_value`), so the ordinary block machinery finds the mentioner and the named
persona, and only those pairs: a block of this kind is expanded *across* the two roles
(``link.candidate_rows`` and the Spark job's self-join both keep a pair only when one side
names and the other is named), never between two personas of the same name or two that
mention the same person. Its weight is frequency-adjusted like any value, steeply
(``BITS - ALPHA * log2(n - 1)``, n = the holders and mentioners of the form): a name nine
personas hold or mention weighs nothing.

**Evidence.** A hand-off is approach evidence: it never links on its own (operations also
name real people, and a common name has decoys). It admits a pair when it weighs at least
:data:`MIN_BITS` and the two approached the same department or sector with one more point of
corroboration (:func:`vetlink.campaigns.evidence.classify`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import numpy as np
from anyascii import anyascii

MAX_CHARS = 20_000  # characters of the contact's messages read
MAX_FORMS = 32  # name forms kept per persona
MAX_RUN = 6  # capitalised words in one run looked at
BITS = 8.0  # a form only the two share
ALPHA = 2.0  # bits lost per doubling of the personas holding or mentioning the form
MIN_BITS = 4.0  # ... at least this much: the form is held or mentioned by at most 5 personas
POINTS = 1  # points of corroboration a hand-off needs besides the same target
NAMED_PREFIX = "named:"
HANDOFF_PREFIX = "handoff:"
# Latin letters (basic, Latin-1, Extended-A/B, Additional); names inside CJK or Arabic text
# are written in Latin ("我的同事Wei Yang会"), so other scripts end a word
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
WORD_RE = re.compile(rf"[{LATIN}]+(?:[-'’][{LATIN}]+)*")
PARTICLES = frozenset({"de", "da", "di", "do", "dos", "du", "del", "della", "der", "den",
                       "van", "von", "ten", "ter", "la", "le", "bin", "al", "el", "zu"})
# a capitalised word of a run: Latin, with Cyrillic and Greek letters allowed inside (a
# look-alike "а" in "Nаomi"; ``fold`` maps it), a hyphen or apostrophe joining parts
LETTERS = LATIN + "\u0370-\u03ff\u0400-\u04ff"
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff\u0391-\u03a9\u0400-\u042f"
CAPITAL_WORD = rf"[{UPPER}][{LETTERS}]{{0,40}}(?:[-'’][{LETTERS}]{{1,40}}){{0,3}}"
SPACE = rf"[ \u00a0]{{1,2}}(?:(?:{'|'.join(sorted(PARTICLES))})[ \u00a0]{{1,2}})?"
RUN_RE = re.compile(
    rf"(?<![{LETTERS}'’-]){CAPITAL_WORD}(?:{SPACE}{CAPITAL_WORD}){{1,{MAX_RUN - 1}}}")
TITLES = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "herr", "frau",
    "mme", "mlle", "madame", "monsieur", "dott", "dra", "sr", "sra", "ing", "phd", "mba",
    "msc", "ma", "ba", "bsc", "jr", "md", "ceng", "cissp", "cfa", "pmp", "frsa"})
# a name right after these is the person written to, not a colleague
GREETINGS = frozenset({
    "dear", "hi", "hello", "hey", "morning", "afternoon", "evening", "greetings", "liebe",
    "lieber", "geehrte", "geehrter", "hallo", "bonjour", "cher", "chere", "estimado",
    "estimada", "hola", "caro", "cara", "gentile", "egregio", "beste", "geachte", "witam",
    "szanowny", "szanowna", "salut", "ciao", "ola", "prezado", "prezada", "tag", "buongiorno",
    "buenos", "buenas", "bonsoir", "moin", "servus", "guten", "good", "bom", "boa", "buon",
    "dobry", "zdravstvuyte", "sehr",
    # Russian and Ukrainian, as written ("Уважаемый Иван Петров", "Добрый день Анна Смирнова")
    "уважаемый", "уважаемая", "уважаемые", "дорогой", "дорогая", "здравствуйте", "привет",
    "добрый", "доброе", "шановний", "шановна", "вітаю", "добрий"})
# capitalised words that open a sentence, never a name: they end a run ("I'm Naomi Palmer")
NOT_NAMES = frozenset({
    "i", "i'm", "i'll", "i'd", "i've", "im", "my", "our", "we", "we're", "we'll", "you",
    "your", "the", "a", "an", "this", "that", "it", "it's", "he", "she", "they", "please",
    "thanks", "thank", "kind", "best", "many", "warm", "regards", "yes", "no", "if", "as",
    "mon", "ma", "mein", "meine", "mi", "il", "je", "ich", "wir", "nous",
    "я", "мы", "мой", "моя", "наш", "наша", "вы", "ваш", "ваша", "это"})
SCRIPT = "\u0370-\u03ff\u0400-\u04ff"  # Greek, Cyrillic
SCRIPT_RE = re.compile(f"[{SCRIPT}]")
SCRIPT_WORD_RE = re.compile(f"[{SCRIPT}]+")
WORD_ANY_RE = re.compile(r"[^\W\d_]+")
GREETING_BACK = 16  # characters before a run looked at for a greeting ("Dear Mr/Ms ")
GREETING_WORD_RE = re.compile(r"[^\W\d_]{2,12}")
# letters ``ascii_fold`` keeps (no decomposition)
EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                            "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
                            "þ": "th", "ð": "d", "’": "'"})


def prepared(text: str, fold: Callable[[str], str]) -> str:
    """Text with words written wholly in Cyrillic or Greek romanised (:func:`romanised`),
    homoglyphs and accents folded, case kept (``fold`` is the keys' folding:
    :func:`vetlink.campaigns.keys.fold`), and the letters it keeps ("ł", "ø") mapped."""
    return fold(romanised(text).translate(EXTRA_FOLD))


def romanised(text: str) -> str:
    """Every word written wholly in Cyrillic or Greek letters, transliterated (``anyascii``:
    "Иван Петров" -> "Ivan Petrov", "Юлия" -> "Yuliya"), so a name written in Russian in a
    message meets the persona's Latin display name and the reverse. A word mixing scripts
    ("Nаomi" with a Cyrillic "а") is a look-alike and left to ``fold``."""
    if text.isascii() or not SCRIPT_RE.search(text):
        return text
    return WORD_ANY_RE.sub(lambda m: anyascii(m.group()) if SCRIPT_WORD_RE.fullmatch(m.group())
                           else m.group(), text)


def form(first: str, last: str) -> str:
    """The form of a two-word name: both words, alphabetical (either order written)."""
    return " ".join(sorted((first, last)))


def name_form(name: str, fold: Callable[[str], str]) -> str | None:
    """The form of a display name: first and last name word (titles, credentials and anything
    after a comma or bracket dropped); None for a single word or a non-Latin name."""
    head = re.split(r"[,(|/]", prepared(name[:300], fold), maxsplit=1)[0]
    words = [w.casefold() for w in WORD_RE.findall(head) if w[0].isalpha()]
    words = [w for w in words if w.replace("-", "").replace("'", "").isalpha()
             and w.rstrip(".") not in TITLES and w not in PARTICLES]
    if len(words) < 2 or min(len(words[0]), len(words[-1])) < 2:
        return None
    return form(words[0], words[-1])


def capital_runs(text: str) -> Iterator[list[str]]:
    """Runs of two or more capitalised words (Latin, or Cyrillic/Greek look-alikes inside
    them) separated only by one or two spaces (a lower-case particle may sit inside a run and
    is dropped), split at sentence words ("I'm", "My"); a run that starts with a greeting is
    dropped whole (the person written to). One regular expression over the text (bounded
    repetition: linear), Python only per run."""
    for found in RUN_RE.finditer(text):
        words = [w for w in found.group(0).split() if w[0].isupper()]
        if greeted(text, found.start(), words):
            continue
        run: list[str] = []
        for word in words:
            if word.casefold() in NOT_NAMES:
                if len(run) >= 2:
                    yield run
                run = []
            else:
                run.append(word)
        if len(run) >= 2:
            yield run


def greeted(text: str, start: int, words: list[str]) -> bool:
    """The run is (or follows) a greeting: "Hello Sarah", "Guten Tag Emma Smith", "Dear
    Mr/Ms Jackson", "Sehr geehrte/r Daniel Smith" — the name is the person written to."""
    before = re.split(r"[,.;:!?\n]", text[max(0, start - GREETING_BACK):start])[-1].casefold()
    return any(w.casefold() in GREETINGS for w in words) or any(
        w in GREETINGS for w in GREETING_WORD_RE.findall(before))


def mention_forms(messages: Sequence[str], own: str | None, fold: Callable[[str], str]
                  ) -> list[str]:
    """The name forms the messages write (pairs of words of a capitalised run next to each
    other or one apart), not the persona's own, at most :data:`MAX_FORMS`."""
    text = "\n".join(messages)[:MAX_CHARS]
    out: dict[str, None] = {}
    for run in capital_runs(text):
        words = [prepared(w, fold).casefold() for w in run]
        words = [w for w in words if w.rstrip(".") not in TITLES]
        for at, first in enumerate(words):
            for last in words[at + 1:at + 3]:
                if min(len(first), len(last)) >= 2 and first != last:
                    value = form(first, last)
                    if value != own:
                        out[value] = None
        if len(out) >= MAX_FORMS:
            break
    return list(out)[:MAX_FORMS]


def handoff_entities(name: str, messages: Sequence[str], fold: Callable[[str], str]
                     ) -> frozenset[str]:
    """``named:`` of the display name and ``handoff:`` of the names its messages write."""
    own = name_form(name, fold)
    out = {HANDOFF_PREFIX + f for f in mention_forms(messages, own, fold)} if messages else set()
    if own:
        out.add(NAMED_PREFIX + own)
    return frozenset(out)


def block_value(value: str) -> str:
    """The value a block key is made of: ``named:x`` and ``handoff:x`` share one."""
    if value.startswith((NAMED_PREFIX, HANDOFF_PREFIX)):
        return "name:" + value.split(":", 1)[1]
    return value


def handed_off(bits: np.ndarray, same_target: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Per linked pair: a hand-off that admits it — one names the other (at least
    :data:`MIN_BITS`: a form at most five personas hold or mention), the two approached the
    same department or sector, and one point of corroboration (a shared finding id, accounts
    made or approaches sent together, both accounts young: ``evidence.classify``'s points).
    The person handed on is written to by the second persona: the same target."""
    return (bits >= MIN_BITS) & same_target & (points >= POINTS)
