"""Fit the advert model (:mod:`vetlink.model.advert`): part of ``vetlink train recruitment-fraud``.

1. Rows: the EMSCAD subset, exact duplicates dropped exactly as the text model's training does.
2. Groups (:func:`advert_groups`): adverts sharing a normalised description, or a normalised
   title and company profile, or normalised requirements (over 100 characters), are one group
   (union-find), so near-duplicate adverts never sit on both sides of a split.
3. The text model's score for each advert comes out-of-fold (StratifiedGroupKFold, 5 folds,
   seed 0): the text model of a fold never saw the advert it scores. It is trained on the ad
   fields as the text model always is, and scores the advert *as a person would paste it*
   (:func:`render_advert`: title, location, job type, salary, "About us", description,
   requirements, benefits).
4. A balanced logistic regression on [out-of-fold text logit, advert cues] is the advert model:
   Platt scaling of the text model with the cues as extra inputs.

:func:`fit_advert` does steps 3-4 on any rows, so ``bench/advert_eval.py`` can nest it inside an
outer cross-validation and measure the product path on adverts no part of it has seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from vetlink.model.advert import CUES, AdvertModel, advert_cues, text_logit
from vetlink.model.recruitment_fit import RecruitmentFraudModel
from vetlink.model.text_features import ad_text, normalise

SEED = 0
FOLDS = 5
LONG_REQUIREMENTS = 100


def dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop exact duplicates (same normalised title + description), first one kept."""
    seen: set[str] = set()
    kept = []
    for row in rows:
        key = normalise(f"{row.get('title') or ''} {row.get('description') or ''}")
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def advert_groups(rows: Sequence[dict[str, Any]]) -> np.ndarray:
    """One group id per row: rows linked by a shared normalised description, title + company
    profile, or long requirements text are in one group."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        for key in group_keys(row):
            j = first.setdefault(key, i)
            parent[find(i)] = find(j)
    return np.unique([find(i) for i in range(len(rows))], return_inverse=True)[1]


def group_keys(row: dict[str, Any]) -> list[str]:
    def norm(name: str) -> str:
        return normalise(str(row.get(name) or ""))

    keys = []
    if norm("description"):
        keys.append("d:" + norm("description"))
    if norm("company_profile"):
        keys.append("tc:" + norm("title") + "|" + norm("company_profile")[:300])
    if len(norm("requirements")) > LONG_REQUIREMENTS:
        keys.append("r:" + norm("requirements"))
    return keys


def field(row: dict[str, Any], name: str) -> str:
    value = row.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else ""


def render_advert(row: dict[str, Any]) -> str:
    """An EMSCAD row as a person would paste the advert page: the fields a job page shows,
    each on its own line or under its heading. Not shown: the logo, screening questions."""
    lines = [field(row, "title")]
    facts = [("Location", "location"), ("Department", "department"),
             ("Employment type", "employment_type"), ("Experience", "required_experience"),
             ("Education", "required_education"), ("Salary", "salary_range")]
    for label, name in facts:
        value = field(row, name)
        if value and value not in ("Unspecified", "Other", "Not Applicable"):
            lines.append(f"{label}: {value}")
    if str(row.get("telecommuting")) in ("1", "t", "True"):
        lines.append("Remote")
    for heading, name in (("About us", "company_profile"), ("Description", "description"),
                          ("Requirements", "requirements"), ("Benefits", "benefits")):
        if field(row, name):
            lines += ["", heading, field(row, name)]
    return "\n".join(line for line in lines if line is not None)


def oof_logits(rows: Sequence[dict[str, Any]], y: np.ndarray, groups: np.ndarray,
               log: Any = None) -> np.ndarray:
    """Each advert's text-model logit from a model that did not see its group."""
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    logits = np.zeros(len(rows))
    for number, (train, test) in enumerate(folds.split(np.zeros(len(rows)), y, groups), 1):
        model = RecruitmentFraudModel().fit([ad_text(rows[i]) for i in train], y[train])
        for i in test:
            logits[i] = text_logit(model, model.transform_one(render_advert(rows[i])))
        if log:
            log(f"  inner fold {number}/{FOLDS}")
    return logits


def cue_matrix(texts: Sequence[str]) -> np.ndarray:
    return np.asarray([[float(c[name]) for name in CUES] for c in map(advert_cues, texts)])


def fit_stacker(logits: np.ndarray, cues: np.ndarray, y: np.ndarray,
                version: str = "1.0") -> AdvertModel:
    """The balanced logistic regression on [text logit, cues]."""
    x = np.column_stack([logits, cues])
    lr = LogisticRegression(class_weight="balanced", C=1.0, max_iter=1000).fit(x, y)
    coef = lr.coef_[0]
    means = {name: float(cues[:, k].mean()) for k, name in enumerate(CUES)}
    return AdvertModel(
        text_weight=round(float(coef[0]), 6),
        cue_weights={name: round(float(coef[k + 1]), 6) for k, name in enumerate(CUES)},
        intercept=round(float(lr.intercept_[0]), 6), means=means, version=version,
    )


def fit_advert(rows: Sequence[dict[str, Any]], y: np.ndarray, groups: np.ndarray,
               log: Any = None) -> tuple[RecruitmentFraudModel, AdvertModel]:
    """The text model on all ``rows`` and the advert model on its out-of-fold logits."""
    logits = oof_logits(rows, y, groups, log)
    stacker = fit_stacker(logits, cue_matrix([render_advert(r) for r in rows]), y)
    text_model = RecruitmentFraudModel().fit([ad_text(r) for r in rows], y)
    return text_model, stacker


def cross_fitted(logits: np.ndarray, cues: np.ndarray, y: np.ndarray,
                 groups: np.ndarray) -> np.ndarray:
    """Advert-model probabilities with the regression of each fold fitted on the others."""
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED + 1)
    p = np.zeros(len(y))
    for train, test in folds.split(cues, y, groups):
        model = fit_stacker(logits[train], cues[train], y[train])
        p[test] = [model.probability(logits[i], dict(zip(CUES, map(bool, cues[i]), strict=True)))
                   for i in test]
    return p


def baseline_oof(texts: list[str], y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """The plain baseline (TfidfVectorizer() + LogisticRegression()) out-of-fold."""
    from vetlink.model.evaluation import baseline

    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    p = np.zeros(len(y))
    for train, test in folds.split(texts, y, groups):
        model = baseline().fit([texts[i] for i in train], y[train])
        p[test] = model.predict_proba([texts[i] for i in test])[:, 1]
    return p


def calibration_table(y: np.ndarray, p: np.ndarray, bins: int = 5) -> list[dict[str, Any]]:
    """Per probability bin: mean predicted and observed fraud share at even odds (each class
    weighted to half the data, as the probability is defined)."""
    w = np.where(y == 1, 0.5 / max(y.sum(), 1), 0.5 / max((y == 0).sum(), 1))
    table = []
    for k in range(bins):
        low, high = k / bins, (k + 1) / bins
        inside = (p >= low) & ((p < high) if k < bins - 1 else (p <= high))
        if inside.any():
            table.append({"bin": f"{low:.1f}-{high:.1f}", "n": int(inside.sum()),
                          "predicted": float(np.average(p[inside], weights=w[inside])),
                          "observed": float(np.average(y[inside], weights=w[inside]))})
    return table


def train_advert_artefact(rows: list[dict[str, Any]],
                          out_dir: Any, log: Any = None) -> dict[str, Any]:
    """Fit the advert model for the shipped text model; write its JSON, metrics and card."""
    import json

    from vetlink.model.advert import ARTEFACT
    from vetlink.model.advert_card import render_advert_card
    from vetlink.model.evaluation import metrics

    y = np.asarray([int(r["fraudulent"]) for r in rows])
    groups = advert_groups(rows)
    pages = [render_advert(r) for r in rows]
    logits = oof_logits(rows, y, groups, log)
    cues = cue_matrix(pages)
    stacker = fit_stacker(logits, cues, y)
    calibrated = cross_fitted(logits, cues, y, groups)
    raw = 1.0 / (1.0 + np.exp(-logits))
    report = {
        "name": "recruitment_fraud_advert", "version": stacker.version,
        "rows": len(rows), "fraudulent": int(y.sum()), "groups": len(np.unique(groups)),
        "model": stacker.to_json(),
        "cue_share": {name: {"fraud": float(cues[y == 1, k].mean()),
                             "legitimate": float(cues[y == 0, k].mean())}
                      for k, name in enumerate(CUES)},
        "oof": {"text_model_raw": metrics(y, raw), "advert_model": metrics(y, calibrated),
                "baseline_tfidf_lr": metrics(y, baseline_oof(pages, y, groups))},
        "calibration": {"text_model_raw": calibration_table(y, raw),
                        "advert_model": calibration_table(y, calibrated)},
    }
    (out_dir / ARTEFACT).write_text(json.dumps(stacker.to_json(), indent=1, sort_keys=True)
                                    + "\n", encoding="utf-8")
    (out_dir / "recruitment_fraud_advert.metrics.json").write_text(
        json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (out_dir / "recruitment_fraud_advert.card.md").write_text(render_advert_card(report),
                                                             encoding="utf-8")
    return report
