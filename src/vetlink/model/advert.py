"""The recruitment-fraud model on a job advert: calibrated, with cues an advert shows.

On a chat the text model (:mod:`vetlink.model.recruitment`) is out of its domain and its
weight is capped. On a job advert it is in its domain, so vetlink lets it speak with a
calibrated probability. :class:`AdvertModel` is a logistic regression (balanced classes) on

* the text model's linear score (its logit) for the advert, computed out-of-fold in training,
  so this regression is Platt scaling of the text model with a few more inputs, and
* cues that the EMSCAD paper found strong and that a pasted advert shows in its text
  (:func:`advert_cues`): a salary, a description of the company, remote work, required
  education, required experience, an employment type.

"Calibrated" means: the probability of fraud if fraudulent and legitimate adverts were
equally common (balanced weights in training); the shared EMSCAD subset's own 67 % fraud
share is artificial and the real share (4.8 % in EMSCAD) is much lower. See
``artefacts/recruitment_fraud_advert.card.md``.

EMSCAD columns a pasted advert can and cannot show:

* derived from the text: salary_range (a salary line), company_profile (an "About us" block or
  "we are a ..."), telecommuting ("remote", "work from home"), required_education,
  required_experience, employment_type;
* not derivable: has_company_logo (an image), has_questions (screening questions appear only
  on the application form), industry and function (rarely stated in words a rule can trust).
"""

from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from vetlink.domain import ModelOutput
from vetlink.errors import ModelUnavailable
from vetlink.model.text_features import PLACEHOLDER_RE

MODEL_NAME = "recruitment_fraud_advert"
ARTEFACT = "recruitment_fraud_advert.json"
MAX_CHARS = 20_000

CUE_PATTERNS: dict[str, re.Pattern[str]] = {
    "salary_shown": re.compile(
        r"(?<!\w)(?:salary|pay|wage|compensation|remuneration)\s*(?::|of|is|range)[^\n.]{0,30}"
        r"\d|[$£€]\s?\d|\d\s?(?:k|usd|gbp|eur)(?!\w)|(?<!\w)per\s(?:hour|hr|week|month|year|"
        r"annum)(?!\w)|(?<!\w)(?:hourly|weekly|monthly)\s(?:pay|rate|salary)", re.I),
    "company_described": re.compile(
        r"(?<!\w)(?:about us|about the company|who we are|our company|our mission|we are a|"
        r"we're a|is a leading|founded in|our clients|our team|our customers|our product|"
        r"our people|established in|headquartered|is committed to|we are proud|"
        r"(?:since|in) (?:18|19|20)\d\d|(?:around|over|about|more than|of) [\d,]{2,7} "
        r"(?:people|staff|employees|colleagues))(?!\w)"
        # a heading "About <the firm>" on its own line (not "About the role" or "About you")
        r"|^[ \t]*about (?!the role|the job|the position|this role|you\b)[^\n]{2,60}$",
        re.I | re.M),
    "remote_work": re.compile(
        r"(?<!\w)(?:remote|work(?:ing)? from home|work at home|home[- ]based|telecommut\w*|"
        r"from the comfort of your (?:own )?home)(?!\w)", re.I),
    "education_required": re.compile(
        r"(?<!\w)(?:bachelor'?s?|master'?s?|degree|diploma|high school|ged|phd|"
        r"required education|certification)(?!\w)", re.I),
    "experience_required": re.compile(
        r"(?<!\w)(?:\d{1,2}\+?\s*(?:years?|yrs)|years of experience|experience required|"
        r"entry level|mid-senior|senior level|required experience|(?:proven |previous |"
        r"relevant |demonstrable )?experience (?:of|with|in))(?!\w)", re.I),
    "employment_type_shown": re.compile(
        r"(?<!\w)(?:full[- ]time|part[- ]time|contract|temporary|permanent|internship|"
        r"fixed[- ]term|freelance|apprenticeship)(?!\w)",
        re.I),
}
CUES = tuple(CUE_PATTERNS)
# What a cue's presence (True) or absence (False) means to a reader, when it raised the score.
CUE_WORDS: dict[tuple[str, bool], str] = {
    ("salary_shown", True): "it states a salary or pay rate",
    ("salary_shown", False): "it states no salary",
    ("company_described", True): "it describes the company",
    ("company_described", False): "it says nothing about the company behind it",
    ("remote_work", True): "it offers work from home or remote work",
    ("remote_work", False): "it does not offer remote work",
    ("education_required", True): "it asks for a qualification",
    ("education_required", False): "it asks for no qualification",
    ("experience_required", True): "it asks for experience",
    ("experience_required", False): "it asks for no experience",
    ("employment_type_shown", True): "it names the type of job (full-time, part-time...)",
    ("employment_type_shown", False): "it does not say what type of job it is",
}
# Words too common or too cryptic to show a non-expert as a reason.
PLAIN_STOP = frozenset([
    "a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "from", "by", "with",
    "as", "is", "are", "be", "we", "you", "our", "your", "their", "it", "this", "that", "will",
    "can", "no", "not", "all", "any", "up", "out", "us", "ms", "mr", "per",
])


def clean(text: str) -> str:
    """The text the cues read: entities decoded, NFKC, EMSCAD's placeholder tokens removed."""
    text = unicodedata.normalize("NFKC", html.unescape(text[:MAX_CHARS]))
    return PLACEHOLDER_RE.sub(" ", text)


def advert_cues(text: str) -> dict[str, bool]:
    """Which of the advert cues the text shows."""
    text = clean(text)
    return {name: bool(pattern.search(text)) for name, pattern in CUE_PATTERNS.items()}


@dataclass(frozen=True)
class AdvertModel:
    """``P(fraud) = σ(intercept + a·text_logit + Σ bᵢ·cueᵢ)``; ``means`` are the inputs'
    training means (a cue "pushed the score up" when its term is above its mean)."""

    text_weight: float
    cue_weights: dict[str, float]
    intercept: float
    means: dict[str, float]
    version: str = "1.0"

    def probability(self, text_logit: float, cues: dict[str, bool]) -> float:
        z = self.intercept + self.text_weight * text_logit
        z += sum(self.cue_weights[c] * float(cues[c]) for c in CUES)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def cue_pushes(self, cues: dict[str, bool]) -> list[tuple[str, float]]:
        """Cues that raised this advert's score above an average advert's, strongest first."""
        pushes = []
        for cue in CUES:
            delta = self.cue_weights[cue] * (float(cues[cue]) - self.means[cue])
            if delta > 0.05:
                pushes.append((CUE_WORDS[(cue, cues[cue])], delta))
        return sorted(pushes, key=lambda kv: -kv[1])

    def to_json(self) -> dict[str, Any]:
        return {"text_weight": self.text_weight, "cue_weights": self.cue_weights,
                "intercept": self.intercept, "means": self.means, "version": self.version}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AdvertModel:
        return cls(float(data["text_weight"]), {c: float(data["cue_weights"][c]) for c in CUES},
                   float(data["intercept"]), {k: float(v) for k, v in data["means"].items()},
                   str(data.get("version", "1.0")))


def artefact_path() -> Path:
    return Path(str(resources.files("vetlink.model").joinpath("artefacts", ARTEFACT)))


@lru_cache(maxsize=4)
def load_advert_model(path: Path | None = None) -> AdvertModel:
    where = path or artefact_path()
    if not where.is_file():
        raise ModelUnavailable(f"advert model not found at {where} "
                               "(train it with `vetlink train recruitment-fraud`)")
    return AdvertModel.from_json(json.loads(where.read_text(encoding="utf-8")))


def text_logit(model: Any, row: Any) -> float:
    """The text model's linear score for one transformed row."""
    return float(model.logit(row))


def pushed_up(contributions: list[dict[str, Any]], top: int = 6) -> list[tuple[str, float]]:
    """The words that pushed the score up, as a reader would recognise them, with weights."""
    words: dict[str, float] = {}
    for item in contributions:
        name, weight = str(item["feature"]), float(item.get("weight", 0))
        if weight <= 0 or name in PLAIN_STOP or len(name) < 3:
            continue
        if "0" in name:  # digits are folded to 0: say what kind of number it was
            name = "sums of money" if any(c in name for c in "$£€") else "numbers"
        words.setdefault(name, weight)
        if len(words) == top:
            break
    return list(words.items())


def score_advert(text: str, path: Path | None = None) -> ModelOutput:
    """Calibrated fraud probability of a job advert; contributions are only what pushed it
    up: words (``kind: word``) and advert cues (``kind: cue``)."""
    from vetlink.model.recruitment import load_model

    bundle = load_model()
    model = bundle["model"]
    advert = load_advert_model(path)
    text = text[:MAX_CHARS]
    row = model.transform_one(text)
    cues = advert_cues(text)
    p = advert.probability(text_logit(model, row), cues)
    explained = model.explain(text, top=20, row=row)
    contributions: list[dict[str, Any]] = [
        {"feature": word, "kind": "word", "weight": weight}
        for word, weight in pushed_up(explained)
    ]
    contributions += [{"feature": why, "kind": "cue", "weight": round(delta, 4)}
                      for why, delta in advert.cue_pushes(cues)]
    return ModelOutput(name=MODEL_NAME, version=advert.version, probability=round(p, 4),
                       contributions=contributions)

