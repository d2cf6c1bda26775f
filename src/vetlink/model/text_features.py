"""Text normalisation for the recruitment-fraud model, and the formatting artefacts it removes.

The EMSCAD subset's two classes came from two differently formatted copies of the corpus
(PROVENANCE.md): ``#URL_<hash>#`` / ``#EMAIL_…#`` / ``#PHONE_…#`` tokens, non-breaking spaces,
HTML entities (``&amp;``), curly quotes, bullets, doubled spaces and words glued together where
line breaks were deleted. A model that sees any of these can tell the *source* apart instead of
fraud. :func:`normalise` strips all of them identically for both classes and for the messages
vetlink scores at run time (real URLs, emails and phone numbers are removed the same way), so
the model only ever sees lower-case words and digits folded to ``0``.
"""

from __future__ import annotations

import html
import re
import unicodedata

import numpy as np

PLACEHOLDER_RE = re.compile(r"#(?:URL|EMAIL|PHONE)_[0-9a-fA-F]*#?")
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+){0,6}\."
                    r"(?:com|org|net|io|co|uk|de)\b\S*", re.I)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+){1,8}\b")
PHONE_RE = re.compile(r"(?:\+|\b00)\d[\d \-().]{7,18}\d\b")
GLUED_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "expprior" cannot be split, "workWe" can
NON_WORD_RE = re.compile(r"[^\w$£€%]+|_+")
DIGIT_RE = re.compile(r"\d")

# Ad fields the model reads. company_profile is left out on purpose: an empty company profile
# is a strong cue in job ads (68 % of fraud rows, 10 % of legitimate ones) that a chat message
# never has, and its boilerplate would teach the model "company blurb = legitimate".
AD_FIELDS = ("title", "description", "requirements", "benefits")


def normalise(text: str) -> str:
    """Lower-case words and numbers only: no formatting artefact survives."""
    text = html.unescape(html.unescape(text))
    text = unicodedata.normalize("NFKC", text)  # NBSP -> space, full-width forms...
    text = PLACEHOLDER_RE.sub(" ", text)
    text = EMAIL_RE.sub(" ", text)
    text = URL_RE.sub(" ", text)
    text = PHONE_RE.sub(" ", text)
    text = GLUED_RE.sub(" ", text)
    text = NON_WORD_RE.sub(" ", text.lower())
    text = DIGIT_RE.sub("0", text)
    return " ".join(text.split())


def ad_text(row: dict[str, object]) -> str:
    """The text of one job ad as the model reads it (before normalisation)."""
    parts = [row.get(name) for name in AD_FIELDS]
    return "\n".join(str(p) for p in parts if isinstance(p, str) and p.strip())


# Formatting artefacts measured on the raw text, for the "source-only" comparison model.
ARTEFACTS: dict[str, re.Pattern[str]] = {
    "url_token": re.compile(r"#URL_"),
    "email_token": re.compile(r"#EMAIL_"),
    "phone_token": re.compile(r"#PHONE_"),
    "nbsp": re.compile("\u00a0"),
    "html_entity": re.compile(r"&(?:[a-z]+|#\d+);"),
    "double_space": re.compile(r"  "),
    "curly_quote": re.compile("[\u2018\u2019\u201c\u201d]"),
    "bullet": re.compile("[\u2022\u00b7]"),
    "glued_words": re.compile(r"[a-z][A-Z]"),
    "non_ascii_symbol": re.compile(r"[^\x00-\x7f\w£€]"),
    "tab": re.compile("\t"),
}
# A word that can only come from a formatting artefact (an entity name, a placeholder token,
# a placeholder's hex hash); "email" or "phone" on their own are real words in ads.
ARTEFACT_WORD_RE = re.compile(
    r"^(?:nbsp|xa0|quot|apos|amp|(?:url|email|phone)_\w*|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*0)"
    r"[0-9a-f]{8,})$"
)


def is_artefact_feature(name: str) -> bool:
    """True when a model feature (word, bigram or character n-gram) betrays an artefact.
    Character n-grams (``char:<n-gram>``) from inside a word ("amp" in "example") are not
    words."""
    if any(ch in name for ch in "#&;\u00a0\u2019\u201c\u201d"):
        return True
    if name.startswith("char:"):
        gram = name[len("char:"):]
        if not (gram.startswith(" ") and gram.endswith(" ")):
            return False  # a piece of a word
        name = gram
    return any(ARTEFACT_WORD_RE.match(tok) for tok in name.split())


def artefact_features(texts: list[str]) -> np.ndarray:
    """Per text: how often each artefact occurs per 1,000 characters (and whether at all)."""
    rows = []
    for text in texts:
        scale = 1000.0 / max(len(text), 1)
        counts = [len(p.findall(text)) for p in ARTEFACTS.values()]
        rows.append([c * scale for c in counts] + [float(c > 0) for c in counts])
    return np.asarray(rows, dtype=float)


def artefacts_left(text: str) -> list[str]:
    """Names of the artefacts still present in ``text`` (empty after :func:`normalise`)."""
    return [name for name, pattern in ARTEFACTS.items() if pattern.search(text)]
