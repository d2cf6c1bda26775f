"""Train and evaluate the recruitment-fraud model (``vetlink train recruitment-fraud``).

Data: the EMSCAD subset in ``../shared/data/emscad-fake-jobs-subset/`` (.parquet or .csv).
1. Text = title, description, requirements, benefits, normalised
   (:func:`vetlink.model.text_features.normalise` strips every formatting artefact).
2. Exact duplicates (same normalised title + description) are dropped; ads sharing a
   normalised description form one group, so no ad text is on both sides of a split.
3. Grouped, stratified 5-fold cross-validation (fixed seed) gives out-of-fold probabilities for
   the model, a plain TF-IDF + logistic regression baseline (on normalised and on raw text), and
   a "source-only" classifier that sees nothing but formatting artefacts: how much a model
   *could* learn from format alone.
4. Metrics for the fraudulent class (precision, recall, F1 at 0.5) and ROC-AUC, each with a
   95 % bootstrap confidence interval (resampling groups, fixed seed).
5. The model is refitted on all rows and written with its model card and a metrics JSON.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

from vetlink.errors import InputError
from vetlink.model.evaluation import baseline, metrics
from vetlink.model.recruitment import ARTEFACT, WEIGHTS
from vetlink.model.recruitment_fit import RecruitmentFraudModel
from vetlink.model.text_features import (
    ad_text,
    artefact_features,
    is_artefact_feature,
    normalise,
)

SEED = 0
FOLDS = 5
BOOTSTRAP = 1000
VERSION = "1.0"
DATA_NAME = "emscad-fake-jobs-subset/emscad_subset_combined.parquet"


def default_data_path() -> Path:
    """``../shared/data/...`` next to the repository (the layout the project uses)."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "data" / DATA_NAME


def default_out_dir() -> Path:
    return Path(__file__).resolve().parent / "artefacts"


@dataclass
class Dataset:
    texts: list[str]  # raw ad text (artefacts included)
    labels: np.ndarray
    groups: np.ndarray
    dropped_duplicates: int
    source_sha256: str


def read_rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"{path}: no such file (give --data PATH to the EMSCAD subset)")
    if path.suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise InputError("reading .parquet needs pyarrow; give the .csv instead") from None
        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
        return rows
    csv.field_size_limit(1 << 27)
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_dataset(path: Path) -> Dataset:
    rows = read_rows(path)
    if not rows or "fraudulent" not in rows[0]:
        raise InputError(f"{path}: not the EMSCAD subset (no 'fraudulent' column)")
    seen: set[str] = set()
    texts, labels, keys = [], [], []
    for row in rows:
        key = normalise(f"{row.get('title') or ''} {row.get('description') or ''}")
        if key in seen:
            continue
        seen.add(key)
        texts.append(ad_text(row))
        labels.append(int(row["fraudulent"]))
        keys.append(normalise(str(row.get("description") or "")) or key)
    groups = np.unique(np.asarray(keys), return_inverse=True)[1]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Dataset(texts, np.asarray(labels), groups, len(rows) - len(texts), digest)


def artefact_only() -> Any:
    """Sees only formatting artefacts (counts of #URL_ tokens, NBSP, &amp;, ...)."""
    return make_pipeline(
        FunctionTransformer(lambda texts: artefact_features(list(texts))),
        StandardScaler(), LogisticRegression(max_iter=1000, class_weight="balanced"),
    )


def candidates() -> dict[str, tuple[Callable[[], Any], bool]]:
    """name -> (estimator factory, whether it reads normalised text)."""
    return {
        "model": (RecruitmentFraudModel, False),  # normalises internally
        "baseline_tfidf_lr": (baseline, True),
        "baseline_tfidf_lr_raw_text": (baseline, False),
        "artefacts_only_raw_text": (artefact_only, False),
        "artefacts_only_normalised_text": (artefact_only, True),
    }


def out_of_fold(data: Dataset, factory: Callable[[], Any], normalised: bool) -> np.ndarray:
    texts = [normalise(t) for t in data.texts] if normalised else list(data.texts)
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    scores = np.zeros(len(texts))
    for train, test in folds.split(texts, data.labels, data.groups):
        estimator = factory().fit([texts[i] for i in train], data.labels[train])
        scores[test] = estimator.predict_proba([texts[i] for i in test])[:, 1]
    return scores


def bootstrap(y: np.ndarray, groups: np.ndarray,
              stat: Callable[[np.ndarray], dict[str, float]]) -> dict[str, list[float]]:
    """95 % intervals of ``stat(rows)`` from resampling whole groups with replacement (the same
    resamples for every call, so two calls are paired)."""
    rng = np.random.default_rng(SEED)
    members = [np.flatnonzero(groups == g) for g in np.unique(groups)]
    draws: dict[str, list[float]] = {}
    for _ in range(BOOTSTRAP):
        picked = rng.integers(0, len(members), len(members))
        index = np.concatenate([members[i] for i in picked])
        if len(set(y[index])) < 2:
            continue
        for name, value in stat(index).items():
            draws.setdefault(name, []).append(value)
    return {k: [float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))]
            for k, v in draws.items()}


def metrics_on_rows(y: np.ndarray, p: np.ndarray) -> Callable[[np.ndarray], dict[str, float]]:
    """The metrics of the rows ``index`` (one bootstrap resample) of labels and scores."""
    return lambda index: metrics(y[index], p[index])


def evaluate(data: Dataset) -> dict[str, Any]:
    results: dict[str, Any] = {}
    scores: dict[str, np.ndarray] = {}
    y = data.labels
    for name, (factory, normalised) in candidates().items():
        p = scores[name] = out_of_fold(data, factory, normalised)
        results[name] = {"point": metrics(y, p),
                         "ci95": bootstrap(y, data.groups, metrics_on_rows(y, p))}
    results["model_minus_baseline"] = paired_difference(y, data.groups, scores["model"],
                                                        scores["baseline_tfidf_lr"])
    return results


def paired_difference(y: np.ndarray, groups: np.ndarray, a: np.ndarray,
                      b: np.ndarray) -> dict[str, Any]:
    """Model minus baseline on the same resamples: is the gain more than noise?"""
    def diff(i: np.ndarray) -> dict[str, float]:
        first, second = metrics(y[i], a[i]), metrics(y[i], b[i])
        return {k: first[k] - second[k] for k in first}

    return {"point": diff(np.arange(len(y))), "ci95": bootstrap(y, groups, diff)}


def artefact_tokens_in(features: list[tuple[str, float]], top: int = 50) -> list[str]:
    """Top features that betray a formatting artefact; must be empty."""
    return [name for name, _ in features[:top] if is_artefact_feature(name)]


def train(data_path: Path | None = None, out_dir: Path | None = None,
          evaluate_cv: bool = True) -> dict[str, Any]:
    """Evaluate with grouped CV, fit on everything, write artefact + card + metrics JSON."""
    data_path = data_path or default_data_path()
    out_dir = out_dir or default_out_dir()
    data = load_dataset(data_path)
    report: dict[str, Any] = describe(data, data_path)
    if evaluate_cv:
        report["cross_validation"] = evaluate(data)
    model = RecruitmentFraudModel().fit(data.texts, data.labels)
    top = model.feature_weights()
    report["top_features"] = [{"feature": n, "weight": round(w, 4)} for n, w in top[:30]]
    report["artefact_tokens_in_top_50"] = artefact_tokens_in(top)
    write_outputs(model, report, out_dir)
    report["advert"] = train_advert(data_path, data, model, out_dir)
    return report


def train_advert(data_path: Path, data: Dataset, model: RecruitmentFraudModel,
                 out_dir: Path) -> dict[str, Any]:
    """The advert model on top of the shipped text model (:mod:`vetlink.model.train_advert`)."""
    from vetlink.model.train_advert import dedupe, train_advert_artefact

    rows = dedupe(read_rows(data_path))
    if len(rows) != len(data.texts):
        raise InputError(f"{data_path}: rows changed while training")
    return train_advert_artefact(rows, out_dir)


def describe(data: Dataset, path: Path) -> dict[str, Any]:
    return {
        "name": "recruitment_fraud", "version": VERSION, "trained": date.today().isoformat(),
        "data": {"file": path.name, "sha256": data.source_sha256,
                 "rows_used": len(data.texts), "fraudulent": int(data.labels.sum()),
                 "legitimate": int((data.labels == 0).sum()),
                 "exact_duplicates_dropped": data.dropped_duplicates,
                 "groups": len(np.unique(data.groups))},
        "split": f"StratifiedGroupKFold(n_splits={FOLDS}, shuffle=True, random_state={SEED}), "
                 "groups = normalised description",
        "bootstrap": f"{BOOTSTRAP} resamples of groups, seed {SEED}, 2.5-97.5 percentiles",
        "params": RecruitmentFraudModel().get_params(),
    }


def write_outputs(model: RecruitmentFraudModel, report: dict[str, Any], out_dir: Path) -> None:
    import joblib

    from vetlink.model.card import render_card
    from vetlink.model.text_model import save_npz

    out_dir.mkdir(parents=True, exist_ok=True)
    meta = {k: report[k] for k in ("name", "version", "trained", "data", "params")}
    joblib.dump({"model": model, "meta": meta}, out_dir / ARTEFACT, compress=3)
    save_npz(model.export(), meta, out_dir / WEIGHTS)  # what run time reads (no scikit-learn)
    (out_dir / "recruitment_fraud.metrics.json").write_text(
        json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (out_dir / "recruitment_fraud.card.md").write_text(render_card(report), encoding="utf-8")


def train_advert_only(data_path: Any = None, out_dir: Any = None) -> dict[str, Any]:
    """``vetlink train advert``: the advert model alone, from the same rows as the text model's
    training (exact duplicates dropped), written next to the shipped text model."""
    import sys

    from vetlink.model.train_advert import dedupe, train_advert_artefact

    rows = dedupe(read_rows(data_path or default_data_path()))
    return train_advert_artefact(rows, out_dir or default_out_dir(),
                                 log=lambda line: print(line, file=sys.stderr))
