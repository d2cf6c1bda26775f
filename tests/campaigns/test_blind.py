"""Recovery on the blind dev set (``tests/evaluation/campaigns``: written blind to the code,
frozen before tuning). The floors are below the figures measured when they were set
(precision 0.97, recall 0.50, F1 0.66; no agency staff, conference organisers, alumni,
common names, stock phrases or ordinary people in a campaign; none of 357 big-employer staff
since organisation-only evidence needs corroboration; sloppy copies' pairs 0.83, down from
0.99: the copies that approached another department than the rest now need their lures or
timing to agree): a regression fails, noise does not."""

from __future__ import annotations

from pathlib import Path

from vetlink.campaigns.evaluate import evaluate_lines

BLIND = Path(__file__).resolve().parent.parent / "evaluation" / "campaigns"


def test_blind_dev_campaigns_are_recovered_above_the_measured_floor() -> None:
    m = evaluate_lines(BLIND / "dev.jsonl", BLIND / "dev.truth.jsonl")
    assert m["precision"] >= 0.9
    assert m["f1"] >= 0.6 and m["ari"] >= 0.6
    kinds = m["kinds"]
    for genuine in ("agency_staff", "conference_organiser", "alumni", "common_name",
                    "stock_phrase", "ordinary"):
        assert kinds[genuine]["in_campaigns"] <= 2, genuine
    assert kinds["big_employer"]["in_campaigns"] <= 5
    assert kinds["sloppy_copy"]["pair_recall"] >= 0.75
    assert kinds["paraphrased_template"]["pair_recall"] >= 0.5
