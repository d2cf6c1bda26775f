"""Fit the genre detector's weights (``vetlink train genre``): advert or personal message?

Adverts: every EMSCAD advert of the shared subset (exact duplicates dropped), twice: as the
page a person would paste (:func:`vetlink.model.train_advert.render_advert`) and as its bare
fields joined by line breaks (how a copied advert body looks), plus the hand-written adverts
in ``tests/fixtures/genre/written.jsonl`` (German, French, Spanish, Italian, Russian and
Chinese layouts EMSCAD lacks). Messages: every contact message of the conversation fixtures
(``tests/fixtures/conversations``) and the hand-written messages in ``written.jsonl``.
The frozen evaluation sets (``tests/evaluation``) are never read here.

A balanced logistic regression (C = 1, fixed) on the named features of
:mod:`vetlink.approach.genre`; the threshold is fixed at 0.9 before any evaluation, because
a chat taken for an advert loses the model's cap. Writes ``genre.json`` and ``genre.card.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from vetlink.approach.genre import FEATURES, GenreModel, features_of, is_letter

THRESHOLD = 0.9
VERSION = "1.0"
SEED = 0


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


@dataclass
class Example:
    text: str
    advert: int
    source: str


def fixture_messages(root: Path) -> list[Example]:
    """Each contact message of the conversation fixtures, read through the real ingest."""
    from vetlink.ingest.conversation import conversation_from_bytes

    examples = []
    for path in sorted((root / "tests" / "fixtures" / "conversations").iterdir()):
        if path.suffix not in (".json", ".txt", ".eml"):
            continue
        conversation = conversation_from_bytes(path.read_bytes(), path.name)
        examples += [Example(m.text, 0, "fixture message") for m in conversation.messages
                     if m.sender == "contact"]
    return examples


def written(root: Path) -> list[Example]:
    path = root / "tests" / "fixtures" / "genre" / "written.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Example(r["text"], int(r["genre"] == "advert"), f"written {r['genre']}")
            for r in rows]


def emscad_adverts(data_path: Path) -> list[Example]:
    from vetlink.model.text_features import ad_text
    from vetlink.model.train_advert import dedupe, render_advert
    from vetlink.model.train_recruitment import read_rows

    rows = dedupe(read_rows(data_path))
    return ([Example(render_advert(r), 1, "EMSCAD page") for r in rows]
            + [Example(ad_text(r), 1, "EMSCAD fields") for r in rows])


def matrix(examples: list[Example]) -> np.ndarray:
    return np.asarray([[features_of(e.text)[k] for k in FEATURES] for e in examples])


def fit(x: np.ndarray, y: np.ndarray) -> GenreModel:
    lr = LogisticRegression(class_weight="balanced", C=1.0, max_iter=2000).fit(x, y)
    weights = {k: round(float(w), 5) for k, w in zip(FEATURES, lr.coef_[0], strict=True)}
    return GenreModel(weights, round(float(lr.intercept_[0]), 5), THRESHOLD, VERSION)


def accuracy_by_source(examples: list[Example], p: np.ndarray) -> dict[str, list[int]]:
    """source -> [right, total] with the detector's decision (threshold, letter rule)."""
    result: dict[str, list[int]] = {}
    for example, prob in zip(examples, p, strict=True):
        advert = prob >= THRESHOLD and not is_letter(features_of(example.text))
        right = int(advert == bool(example.advert))
        counts = result.setdefault(example.source, [0, 0])
        counts[0] += right
        counts[1] += 1
    return result


def cross_validated(examples: list[Example], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    p = np.zeros(len(y))
    for train, test in folds.split(x, y):
        model = fit(x[train], y[train])
        p[test] = [model.probability(dict(zip(FEATURES, row, strict=True))) for row in x[test]]
    return p


def train(data_path: Path, out_dir: Path | None = None,
          root: Path | None = None) -> dict[str, Any]:
    root = root or repo_root()
    out_dir = out_dir or Path(__file__).resolve().parent / "artefacts"
    examples = emscad_adverts(data_path) + fixture_messages(root) + written(root)
    x, y = matrix(examples), np.asarray([e.advert for e in examples])
    model = fit(x, y)
    report = {"name": "genre", "version": VERSION, "model": model.to_json(),
              "examples": {"adverts": int(y.sum()), "messages": int((y == 0).sum())},
              "cv_accuracy": accuracy_by_source(examples, cross_validated(examples, x, y))}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "genre.json").write_text(json.dumps(model.to_json(), indent=1) + "\n",
                                        encoding="utf-8")
    (out_dir / "genre.card.md").write_text(render_card(report), encoding="utf-8")
    return report


def render_card(report: dict[str, Any]) -> str:
    model = report["model"]
    weights = "\n".join(f"| {k} | {w:+.3f} |" for k, w in model["weights"].items())
    accuracy = "\n".join(f"| {source} | {right}/{total} |"
                         for source, (right, total) in report["cv_accuracy"].items())
    return f"""# Model card: genre detector {report['version']} (job advert or personal message)

Written by `vetlink train genre` (fixed seed; rerunning reproduces it). Code:
`vetlink/approach/genre.py` (features, decision) and `vetlink/model/train_genre.py`.

## What it is
A logistic regression on eight features a person would name: `headings` (distinct section
headings such as Responsibilities, Requirements, Benefits, How to apply and their German,
French, Spanish, Italian, Russian and Chinese forms), `phrases` (distinct advert phrases:
"the ideal candidate", "full-time", "years of experience"...), `bullets` (bullet lines per
line), `greeting` (opens with "Hi"/"Dear"/... to a person), `sign_off` ("Best regards",
"Cheers"... at the end), `first_person` ("I", "me", "my" per 100 words), `questions`
("?" per 100 words), `log_length` (log10 of the characters). P(advert) =
σ({model['intercept']:+.3f} + Σ weight × feature); an advert needs P ≥ {model['threshold']}
(fixed before evaluation: a chat taken for an advert loses the text model's cap). A
conversation with turns (the user's replies, or several messages) is always a chat, and so
is a text that opens with a greeting and ends with a sign-off: it was written to one
person, even when it carries a pasted job description (added after the blind genre-dev
set showed such a message read as an advert).

| feature | weight |
|---|---|
{weights}

## Data
{report['examples']['adverts']} advert texts (each shared EMSCAD advert as a pasted page and
as bare fields, and hand-written adverts in six languages) and {report['examples']['messages']}
messages (the contact messages of the conversation fixtures and hand-written messages in
seven languages). The frozen evaluation sets are never used in training.

## 5-fold cross-validated accuracy at the threshold, by source
| source | right |
|---|---|
{accuracy}

Figures on the frozen blind genre sets and the approach sets: `bench/advert_eval.py`.

## Caveats
Few hand-written messages; a recruiter's message that pastes a whole job description with
headings and no greeting will read as an advert, which is what it is.
"""
