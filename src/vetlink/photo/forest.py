"""The AI-face model's probabilities without scikit-learn's per-tree Python calls.

A fitted binary ``HistGradientBoostingClassifier`` scores rows by walking each of its trees
(one Python call per tree: 300 calls for the shipped model) and adding the leaf values to its
baseline, one tree after another, then taking the logistic function. :class:`FlatForest`
holds every tree's nodes in one set of arrays and walks all trees for all rows at once, one
tree level per step, with the same comparisons (``x <= threshold``; a missing value follows
the node's ``missing_go_to_left``), adds the leaf values in the same order (a cumulative sum is
a left-to-right sum) and applies the same ``expit``: the probabilities are the estimator's,
bit for bit (``tests/photo/test_forest.py``). Any other estimator, or a tree with categorical
splits, is left to the estimator itself (:func:`flatten` returns None).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class FlatForest:
    baseline: float
    feature: np.ndarray  # per node, all trees concatenated
    threshold: np.ndarray
    missing_left: np.ndarray
    left: np.ndarray  # global node numbers
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray
    roots: np.ndarray  # the first node of each tree, in the estimator's order
    depth: int  # the deepest leaf

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """P(class 1) for each row (n, features)."""
        from scipy.special import expit  # type: ignore[import-untyped]

        rows = np.asarray(rows, dtype=np.float64)
        node = np.broadcast_to(self.roots, (rows.shape[0], self.roots.size)).copy()
        row_index = np.arange(rows.shape[0])[:, None]
        for _ in range(self.depth):
            x = rows[row_index, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node], x <= self.threshold[node])
            step = np.where(go_left, self.left[node], self.right[node])
            node = np.where(self.leaf[node], node, step)
        raw = np.concatenate([np.full((rows.shape[0], 1), self.baseline), self.value[node]],
                             axis=1)
        return np.asarray(expit(np.cumsum(raw, axis=1)[:, -1]), dtype=np.float64)


def flatten(estimator: Any) -> FlatForest | None:
    """The estimator's trees as one :class:`FlatForest`, or None when it is not a binary
    histogram gradient boosting classifier over numeric features."""
    predictors = getattr(estimator, "_predictors", None)
    baseline = getattr(estimator, "_baseline_prediction", None)
    if (type(estimator).__name__ != "HistGradientBoostingClassifier" or predictors is None
            or baseline is None or np.size(baseline) != 1
            or any(len(per_iteration) != 1 for per_iteration in predictors)):
        return None
    try:  # the node layout of scikit-learn's predictors (private: another version may differ)
        return _flat(baseline, [per_iteration[0].nodes for per_iteration in predictors])
    except (AttributeError, KeyError, ValueError):
        return None


def _flat(baseline: Any, nodes: list[np.ndarray]) -> FlatForest | None:
    if any(bool(n["is_categorical"].any()) for n in nodes):
        return None
    offsets = np.cumsum([0] + [len(n) for n in nodes[:-1]])
    joined = np.concatenate(nodes)
    shift = np.concatenate([np.full(len(n), o, dtype=np.int64) for n, o in zip(nodes, offsets,
                                                                               strict=True)])
    leaf = joined["is_leaf"].astype(bool)
    return FlatForest(
        baseline=float(np.ravel(baseline)[0]),
        feature=joined["feature_idx"].astype(np.int64),
        threshold=joined["num_threshold"].astype(np.float64),
        missing_left=joined["missing_go_to_left"].astype(bool),
        left=np.where(leaf, 0, joined["left"].astype(np.int64) + shift),
        right=np.where(leaf, 0, joined["right"].astype(np.int64) + shift),
        leaf=leaf,
        value=joined["value"].astype(np.float64),
        roots=offsets.astype(np.int64),
        depth=int(joined["depth"].max()),
    )
