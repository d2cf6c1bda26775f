"""Is a text a job advert or a personal message? A small, transparent scored rule set.

Each feature is something a person would name when telling an advert from a message:
section headings ("Responsibilities", "Requirements", "Benefits", "How to apply" and their
German, French, Spanish, Italian, Russian and Chinese forms), advert phrases ("the ideal
candidate", "full-time", "years of experience"), bullet points, a greeting to one person
and a sign-off, the writer saying "I", questions, and length. The weights are a logistic
regression fitted by ``vetlink train genre`` (:mod:`vetlink.model.train_genre`) on EMSCAD
adverts against the conversation fixtures and hand-written messages; they are stored as
plain numbers in ``vetlink/model/artefacts/genre.json`` with their card ``genre.card.md``.

A conversation in which the user also speaks, or in which the contact sent more than one
message, is always a chat: adverts arrive as one block of text. Every pattern here is
linear (no nested quantifiers) and the detector reads at most ``MAX_CHARS`` characters.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from vetlink.domain import Conversation

MAX_CHARS = 20_000
ADVERT = "advert"
CHAT = "chat"
ARTEFACT = "genre.json"

HEADINGS = (
    # English
    "responsibilities", "key responsibilities", "duties", "requirements", "qualifications",
    "benefits", "perks", "what we offer", "what you will do", "what you'll do",
    "about the role", "about the job", "about us", "about the company", "job description",
    "job summary", "position summary", "skills", "how to apply", "to apply", "apply now",
    "salary", "compensation", "location", "job type", "employment type", "the role",
    "who you are", "who we are", "your profile", "essential", "desirable", "education",
    "experience", "job requirements", "minimum requirements", "preferred qualifications",
    # German
    "ihre aufgaben", "aufgaben", "ihr profil", "anforderungen", "wir bieten", "was wir bieten",
    "bewerbung", "stellenbeschreibung",
    # French
    "missions", "vos missions", "profil recherché", "compétences", "avantages", "postuler",
    "description du poste",
    # Spanish / Italian
    "requisitos", "responsabilidades", "funciones", "ofrecemos", "beneficios",
    "requisiti", "responsabilità", "offriamo", "mansioni",
    # Russian / Chinese
    "обязанности", "требования", "условия", "мы предлагаем",
    "岗位职责", "任职要求", "职位描述", "福利待遇",
)
PHRASES = (
    "we are looking for", "we are seeking", "we're looking for", "we are hiring",
    "the ideal candidate", "the successful candidate", "successful applicant", "candidates",
    "applicants", "you will be responsible", "you will be", "full-time", "full time",
    "part-time", "part time", "per hour", "per annum", "per year", "per month", "salary",
    "years of experience", "years experience", "bachelor", "degree", "equal opportunity",
    "apply", "position", "job", "role", "team", "company", "working hours", "start date",
    "wir suchen", "vous êtes", "nous recherchons", "buscamos", "cerchiamo", "мы ищем",
    "招聘",
)
GREETINGS = (
    "hi", "hello", "hey", "dear", "good morning", "good afternoon", "greetings",
    "hallo", "guten tag", "sehr geehrte", "bonjour", "hola", "buongiorno", "ciao",
    "здравствуйте", "добрый день", "привет", "您好", "你好",
)
SIGN_OFFS = (
    "best regards", "kind regards", "regards", "best wishes", "many thanks", "thanks",
    "thank you", "cheers", "best", "sincerely", "warm regards", "talk soon", "speak soon",
    "mit freundlichen grüßen", "viele grüße", "cordialement", "bien à vous", "saludos",
    "un saludo", "cordiali saluti", "distinti saluti", "с уважением", "祝好", "此致",
)
FIRST_PERSON = frozenset(["i", "i'm", "i'd", "i've", "i'll", "me", "my", "im", "ich", "je",
                          "j'ai", "yo", "io", "я", "мне", "我"])


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# A heading: at a line start (or after a sentence end, for adverts pasted without line
# breaks), followed by a colon or the end of its line.
HEADING_RE = re.compile(
    r"^[ \t*#•\-]*(" + _alternation(HEADINGS) + r")[ \t]*:?[ \t]*$", re.I | re.M
)
HEADING_COLON_RE = re.compile(r"(?<![^\W\d_])(" + _alternation(HEADINGS) + r")[ \t]*:", re.I)
PHRASE_RE = re.compile(r"(?<!\w)(" + _alternation(PHRASES) + r")(?!\w)", re.I)
GREETING_RE = re.compile(r"^\W{0,3}(" + _alternation(GREETINGS) + r")(?!\w)", re.I)
SIGN_OFF_RE = re.compile(r"(?<!\w)(" + _alternation(SIGN_OFFS) + r")(?!\w)[ \t]*[,!.]?", re.I)
BULLET_LINE_RE = re.compile(r"^[ \t]*(?:[•·▪●◦■\-*–]|\d{1,2}[.)])[ \t]+\S", re.M)
INLINE_BULLET_RE = re.compile(r"[•·▪●◦■]")
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

FEATURES = ("headings", "phrases", "bullets", "greeting", "sign_off", "first_person",
            "questions", "log_length")


@dataclass(frozen=True)
class Genre:
    genre: str  # "advert" or "chat"
    probability: float  # P(advert)
    features: dict[str, float]
    why: str


def features_of(text: str) -> dict[str, float]:
    """The named features of one text (see the module docstring)."""
    text = text[:MAX_CHARS]
    lines = [line for line in text.splitlines() if line.strip()]
    words = WORD_RE.findall(text.lower())
    n_words = max(len(words), 1)
    headings = {m.group(1).lower() for m in HEADING_RE.finditer(text)}
    headings |= {m.group(1).lower() for m in HEADING_COLON_RE.finditer(text)}
    phrases = {m.group(1).lower() for m in PHRASE_RE.finditer(text)}
    bullet_lines = len(BULLET_LINE_RE.findall(text))
    inline = len(INLINE_BULLET_RE.findall(text))
    tail = text[-160:]
    return {
        "headings": float(min(len(headings), 8)),
        "phrases": float(min(len(phrases), 12)),
        "bullets": float(min(bullet_lines + inline, 20)) / max(len(lines), 5),
        "greeting": float(bool(GREETING_RE.match(text.lstrip()))),
        "sign_off": float(bool(SIGN_OFF_RE.search(tail))),
        "first_person": 100.0 * sum(w in FIRST_PERSON for w in words) / n_words,
        "questions": 100.0 * text.count("?") / n_words,
        "log_length": math.log10(len(text) + 10),
    }


@dataclass(frozen=True)
class GenreModel:
    weights: dict[str, float]
    intercept: float
    threshold: float  # P(advert) at or above this is an advert
    version: str = "1.0"

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights[k] * feats[k] for k in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def to_json(self) -> dict[str, Any]:
        return {"weights": self.weights, "intercept": self.intercept,
                "threshold": self.threshold, "version": self.version, "features": FEATURES}


def artefact_path() -> Path:
    return Path(str(resources.files("vetlink.model").joinpath("artefacts", ARTEFACT)))


@lru_cache(maxsize=2)
def load_genre_model(path: Path | None = None) -> GenreModel:
    data = json.loads((path or artefact_path()).read_text(encoding="utf-8"))
    return GenreModel({k: float(data["weights"][k]) for k in FEATURES},
                      float(data["intercept"]), float(data["threshold"]), str(data["version"]))


def classify_text(text: str, model: GenreModel | None = None) -> Genre:
    """The genre of one block of text."""
    model = model or load_genre_model()
    feats = features_of(text)
    p = model.probability(feats)
    genre = ADVERT if p >= model.threshold and not is_letter(feats) else CHAT
    return Genre(genre, round(p, 4), feats, explain(genre, feats))


def is_letter(feats: dict[str, float]) -> bool:
    """Opens with a greeting and ends with a sign-off: written to one person, a message even
    when it carries a pasted job description."""
    return bool(feats["greeting"] and feats["sign_off"])


def explain(genre: str, feats: dict[str, float]) -> str:
    if genre == ADVERT:
        return (f"reads as a job advert: {int(feats['headings'])} section heading(s), "
                f"{int(feats['phrases'])} advert phrase(s)")
    return "reads as a personal message"


def classify_conversation(conversation: Conversation, model: GenreModel | None = None) -> Genre:
    """A conversation is an advert only when it is one block of text from the contact (no
    reply from the user, one message) that reads as an advert."""
    contact = [m for m in conversation.messages if m.sender == "contact"]
    if len(contact) != 1 or len(conversation.messages) != 1:
        return Genre(CHAT, 0.0, {}, "a conversation with turns is a chat")
    return classify_text(contact[0].text, model)
