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


def read_truth(path: Any) -> dict[str, dict[str, Any]]:
    """A blind set's truth file (one JSON object a line: url, campaign or null, kind), by URL."""
    import json
    from pathlib import Path

    out = {}
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            out[row["url"]] = row
    return out


def by_kind(predicted: Sequence[Sequence[str]], truth: dict[str, dict[str, Any]]
            ) -> dict[str, dict[str, Any]]:
    """Per kind of persona (campaign style or kind of genuine persona): how many there are,
    how many were put in a predicted campaign, and for campaign styles the share of their
    true pairs found; ``truth`` maps a persona id to its truth row."""
    labels = {p: row["campaign"] for p, row in truth.items() if row.get("campaign")}
    got = pair_set(predicted)
    flagged = {p for c in predicted for p in c}
    kinds: dict[str, list[str]] = {}
    for persona, row in truth.items():
        kinds.setdefault(row["kind"], []).append(persona)
    out = {}
    for kind, people in sorted(kinds.items()):
        entry: dict[str, Any] = {"personas": len(people),
                                 "in_campaigns": sum(p in flagged for p in people)}
        if any(p in labels for p in people):
            groups: dict[str, list[str]] = {}
            for p in people:
                groups.setdefault(labels[p], []).append(p)
            want = pair_set(list(groups.values()))
            entry["pair_recall"] = len(want & got) / len(want) if want else 1.0
            entry["campaigns_missed"] = sum(
                1 for members in groups.values()
                if len(members) > 1 and not pair_set([members]) & got)
            entry["campaigns"] = len(groups)
        out[kind] = entry
    return out


def read_set(data: Any, truth_path: Any) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """A blind set's personas keyed as the import keys them (lures from ``assess`` without
    models) and its truth rows by persona id."""
    from pathlib import Path

    from vetlink.campaigns.lines import parse_line, records_of

    lines = [parse_line(raw, n, report=False, base_dir=Path(data).parent)
             for n, raw in enumerate(Path(data).read_bytes().splitlines(), start=1)
             if raw.strip()]
    records = records_of(lines)
    rows = read_truth(truth_path)
    return records, {r.id: rows[ln.profile.url or ""] for r, ln in zip(records, lines, strict=True)}


def evaluate_lines(data: Any, truth_path: Any) -> dict[str, Any]:
    """Recovery on a JSON-lines set with a truth file (url, campaign, kind a line): lures
    from ``assess`` without models, campaigns = score >= 0.5; the metrics of
    :func:`recovery`, the seconds of linking and clustering, and :func:`by_kind`."""
    import time

    from vetlink.campaigns import find_campaigns

    records, by_id = read_set(data, truth_path)
    start = time.perf_counter()
    result = find_campaigns(records)
    seconds = time.perf_counter() - start
    predicted = [[result.table.ids[m] for m in c.members] for c in result.campaigns
                 if c.score >= 0.5]
    truth = {p: row["campaign"] for p, row in by_id.items() if row["campaign"]}
    metrics = recovery(predicted, truth, [r.id for r in records])
    return {**metrics, "seconds": seconds, "kinds": by_kind(predicted, by_id)}
