"""The clearance detector: forms across countries, context rules, and precision/recall on the
hand-labelled sentence set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vetlink.exposure.clearance import find_clearances

SENTENCES = Path(__file__).resolve().parent.parent / "fixtures/exposure/clearance_sentences.jsonl"


def levels(text: str, list_item: bool = False) -> list[str]:
    return [m.code.name for m in find_clearances(text, list_item=list_item)]


@pytest.mark.parametrize(("text", "expected"), [
    ("cleared to SC level", ["SC"]),
    ("hold DV", ["DV"]),
    ("UKSV DV", ["DV"]),
    ("TS-SCI", ["TS/SCI"]),
    ("TS//SCI", ["TS/SCI"]),
    ("eDV", ["eDV"]),
    ("NATO SECRET", ["NATO Secret"]),
    ("Enhanced Top Secret clearance", ["Enhanced Top Secret"]),
    ("NV1 cleared", ["NV1/NV2"]),
    ("NZSIS Top Secret Vetting (TSV)", ["Top Secret"]),
    ("DOE Q cleared", ["Q/L"]),
    ("Public Trust clearance", ["Public Trust"]),
])
def test_usual_written_forms_are_found(text: str, expected: list[str]):
    assert levels(text) == expected


def test_a_list_with_one_distinctive_code_counts_whole():
    assert levels("BPSS/SC/DV") == ["BPSS", "SC", "DV"]


def test_the_span_of_the_claim_covers_the_context_words():
    text = "Currently hold active UKSV DV clearance."
    mention = find_clearances(text)[0]
    assert text[mention.start:mention.end] == "DV"
    assert text[mention.claim_start:mention.claim_end] == "hold active UKSV DV clearance"


@pytest.mark.parametrize("text", [
    "Columbia, SC", "DV Group Ltd", "Victoria's Secret", "secret sauce", "Secret Santa",
    "part NV1-2240", "solar PV", "Q", "Q3 results", "my CV", "Halifax, NS",
    "Expected CTC: 18 LPA", "Hiring SC cleared developers",
])
def test_lookalikes_are_not_found(text: str):
    assert levels(text) == []


def test_a_bare_code_counts_as_a_skills_item_but_not_in_a_sentence():
    assert levels("DV", list_item=True) == ["DV"]
    assert levels("Worked with DV on the launch") == []
    assert levels("PV", list_item=True) == []  # photovoltaic is a common skill


def test_precision_and_recall_on_the_labelled_sentences():
    rows = [json.loads(line) for line in SENTENCES.read_text("utf-8").splitlines() if line]
    assert len(rows) >= 60
    assert {r["country"] for r in rows if r["label"]} >= {"UK", "US", "NATO", "CA", "AU", "NZ"}
    tp = sum(1 for r in rows if r["label"] and find_clearances(r["text"]))
    fp = sum(1 for r in rows if not r["label"] and find_clearances(r["text"]))
    fn = sum(1 for r in rows if r["label"] and not find_clearances(r["text"]))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, f"precision {precision:.3f} (TP {tp}, FP {fp})"
    assert recall >= 0.9, f"recall {recall:.3f} (TP {tp}, FN {fn})"
