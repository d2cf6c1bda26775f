"""What the training scripts share: the plain TF-IDF + logistic regression baseline and the
metrics every model card reports (:mod:`vetlink.model.train_recruitment` and
:mod:`vetlink.model.train_advert` both use them; kept here so neither imports the other)."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.stats import rankdata
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

__all__ = ["baseline", "metrics", "roc_auc"]


def baseline() -> Any:
    """The plain baseline: TfidfVectorizer() + LogisticRegression() with defaults."""
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))


def metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    """Fraud-class precision, recall and F1 at 0.5, legitimate-class recall, ROC-AUC."""
    pred = p >= 0.5
    truth = y == 1
    tp, fp = int(np.sum(pred & truth)), int(np.sum(pred & ~truth))
    fn, tn = int(np.sum(~pred & truth)), int(np.sum(~pred & ~truth))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision_fraud": precision, "recall_fraud": recall, "f1_fraud": f1,
            "recall_legit": tn / (tn + fp) if tn + fp else 0.0, "roc_auc": roc_auc(truth, p)}


def roc_auc(truth: np.ndarray, p: np.ndarray) -> float:
    """ROC-AUC as the Mann-Whitney statistic (ties count half)."""
    positives, negatives = int(truth.sum()), int((~truth).sum())
    if not positives or not negatives:
        return float("nan")
    ranks = rankdata(p)
    return float((ranks[truth].sum() - positives * (positives + 1) / 2) / (positives * negatives))
