"""The recruitment-fraud model card, rendered from the training report (never hand-edited)."""

from __future__ import annotations

from typing import Any

ROWS = (
    ("model", "model: word 1-2 + char 3-5 TF-IDF, logistic regression (shipped)"),
    ("baseline_tfidf_lr", "baseline: TfidfVectorizer() + LogisticRegression(), normalised text"),
    ("baseline_tfidf_lr_raw_text", "same baseline on raw text (artefacts left in)"),
    ("artefacts_only_raw_text", "source-only: formatting artefacts of the raw text"),
    ("artefacts_only_normalised_text", "source-only: artefacts left after normalisation"),
    ("model_minus_baseline", "difference: model minus baseline (paired resamples)"),
)
COLUMNS = ("precision_fraud", "recall_fraud", "f1_fraud", "recall_legit", "roc_auc")


def cell(result: dict[str, Any], key: str) -> str:
    low, high = result["ci95"].get(key, [float("nan"), float("nan")])
    return f"{result['point'][key]:.3f} [{low:.3f}, {high:.3f}]"


def metrics_table(cv: dict[str, Any]) -> str:
    lines = ["| | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for key, label in ROWS:
        if key in cv:
            lines.append(f"| {label} | " + " | ".join(cell(cv[key], c) for c in COLUMNS) + " |")
    return "\n".join(lines)


def render_card(report: dict[str, Any]) -> str:
    data = report["data"]
    cv = report.get("cross_validation")
    table = metrics_table(cv) if cv else "(cross-validation was not run for this artefact)"
    top = ", ".join(f"{f['feature']} ({f['weight']:+.2f})" for f in report["top_features"][:20])
    leaks = report["artefact_tokens_in_top_50"]
    share = data["fraudulent"] / max(data["rows_used"], 1)
    return f"""# Model card: {report['name']} {report['version']}

Trained {report['trained']} by `vetlink train recruitment-fraud` (fixed seeds; rerunning it
reproduces this artefact). Metrics: `recruitment_fraud.metrics.json`.

Files: `recruitment_fraud.joblib` is the fitted scikit-learn model (training and tests only);
`recruitment_fraud.npz` holds its exported weights (vocabularies, IDF, coefficients,
intercept, this card's metadata), written by the same command byte for byte reproducibly (fixed
zip entry times and order). At run time vetlink scores messages from the `.npz` with numpy and
its own analyzers (`vetlink.model.text_model`), without scikit-learn, SciPy or unpickling; a
test asserts the same TF-IDF rows, probabilities (to 1e-12) and explanations as the fitted
model on the frozen evaluation conversations and adverts and on a seeded generated set
(`tests/model/test_text_model.py`).

## What it is
A text classifier for recruitment fraud: word (1-2 gram) and character (3-5 gram, within words)
TF-IDF features, logistic regression with balanced class weights, vocabulary pruned to the
{report['params']['max_features']:,} strongest features and refitted. vetlink runs it on the
contact's messages and adds a finding `message.model_recruitment_fraud` whose weight is at most
0.25 (nothing below probability 0.6), so the model alone never makes an assessment medium or
high. On a job advert (its own domain) the calibrated advert model built on this one speaks
instead: see `recruitment_fraud_advert.card.md` (also written by `vetlink train
recruitment-fraud`).

## Data
`{data['file']}` (sha256 `{data['sha256'][:16]}…`), the shared EMSCAD subset: job ads from the
Workable ATS, 2012-2014 (Vidros et al., *Future Internet* 9(1):6, 2017). Fields read: title,
description, requirements, benefits (company_profile is left out: its absence is an ad-only cue).
Rows used after dropping {data['exact_duplicates_dropped']} exact duplicates (same normalised
title + description): {data['rows_used']} ({data['fraudulent']} fraudulent,
{data['legitimate']} legitimate) in {data['groups']} groups.

## Split and leakage controls
- {report['split']}. Ads that share a description are always on the same side.
- The two classes come from two differently formatted sources. All text is normalised the same
  way for both classes and at run time: HTML entities decoded, NFKC (NBSP -> space), `#URL_…#`,
  `#EMAIL_…#`, `#PHONE_…#` tokens and real URLs, emails and phone numbers removed, glued words
  split, punctuation dropped, lower case, digits folded to 0.
- The "source-only" rows below show how far format alone separates the classes: on raw text it
  is a strong shortcut; after normalisation nothing is left to use.
- Artefact tokens among the model's 50 strongest features: {leaks or 'none'} (the test suite
  checks every feature of the shipped model, not only the top 50).
- Reading the table: format alone separates the sources well above chance on raw text
  (source-only, raw), so a shortcut exists; after normalisation every artefact feature is zero,
  the source-only model can only predict one class (ROC-AUC 0.5 by construction), and the text
  models' scores do not change when artefacts are added back (tested).

## Cross-validated metrics (out-of-fold, threshold 0.5, fraud = positive class)
{report['bootstrap']}. Cells: point estimate [95 % CI].

{table}

## Strongest features (positive = towards fraud)
{top}

## Caveats
- These are job adverts from 2012-2014, not LinkedIn or email messages. On chat messages the
  model is out of its domain: treat its probability as weak evidence. That is why vetlink caps
  its weight and always shows the words that moved it.
- The class balance is artificial ({share:.0%} fraud here; 4.8 % in the full EMSCAD). Balanced class
  weights make 0.5 mean "even odds between the two classes", not a real-world prevalence.
- About a fifth of the subset was held back by the project for independent evaluation; these
  metrics come from cross-validation on the shared part only. Hyper-parameters were fixed before
  evaluation (no tuning on any fold).
- Fraudulent ads in EMSCAD are mostly money-mule, work-from-home and data-entry scams, not state
  personas; the rule signals, not this model, cover hostile approaches.
"""
