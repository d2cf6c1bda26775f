"""Campaign recovery against planted truth: pairwise precision, recall and F1 (a pair is
positive when both personas are in the same campaign), and the adjusted Rand index over all
personas (each persona outside a campaign is its own cluster)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import Any


def pair_set(clusters: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    return {(a, b) if a < b else (b, a) for c in clusters for a, b in combinations(c, 2)}


def recovery(predicted: Sequence[Sequence[str]], truth: dict[str, str],
             everyone: Sequence[str]) -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score

    planted: dict[str, list[str]] = {}
    for persona, label in truth.items():
        planted.setdefault(label, []).append(persona)
    want, got = pair_set(list(planted.values())), pair_set(predicted)
    hit = len(want & got)
    precision = hit / len(got) if got else 1.0
    recall = hit / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assigned = {p: f"pred-{i}" for i, c in enumerate(predicted) for p in c}
    ari = adjusted_rand_score([truth.get(p, "single-" + p) for p in everyone],
                              [assigned.get(p, "single-" + p) for p in everyone])
    return {"pairs_true": len(want), "pairs_predicted": len(got), "precision": precision,
            "recall": recall, "f1": f1, "ari": float(ari)}


def per_campaign_recall(predicted: Sequence[Sequence[str]], truth: dict[str, str]
                        ) -> dict[str, float]:
    """For each planted campaign: the share of its pairs found (the hardest come first)."""
    got = pair_set(predicted)
    planted: dict[str, list[str]] = {}
    for persona, label in truth.items():
        planted.setdefault(label, []).append(persona)
    out = {}
    for label, members in planted.items():
        want = pair_set([members])
        out[label] = len(want & got) / len(want) if want else 1.0
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


def sizes(predicted: Sequence[Sequence[str]]) -> Counter[int]:
    return Counter(len(c) for c in predicted)
