"""Every exposure rewrite is a grammatical sentence that keeps the meaning minus the sensitive
detail (issue 17, item 3): checked over many generated sentences, not a few hand-picked ones."""

from __future__ import annotations

import itertools
import re

import pytest

from vetlink.domain import Profile
from vetlink.exposure import check_exposure
from vetlink.exposure.report import top_changes

# (name as written, words that must not survive the rewrite)
PROGRAMMES = [
    ("Tempest", ["Tempest"]), ("Tempest FCAS", ["Tempest", "FCAS"]),
    ("Skynet 5", ["Skynet", " 5 "]), ("Skynet 5A", ["Skynet", "5A"]),
    ("Typhoon Tranche 3", ["Typhoon", "Tranche"]), ("F-35", ["F-35"]),
    ("Dreadnought", ["Dreadnought"]), ("Astute-class", ["Astute"]),
    ("GPS III Block 2", ["GPS", "Block"]), ("Type 26", ["Type 26"]),
    ("Project Nightingale", ["Nightingale"]), ("AUKUS", ["AUKUS"]),
]
PROGRAMME_TEMPLATES = [
    "I work on {p} at BAE Systems.",
    "I lead the {p} ground segment at BAE Systems.",
    "{p} systems engineer at BAE Systems.",
    "Our {p} team at BAE Systems is growing.",
    "Currently supporting the {p} programme for BAE Systems.",
    "Worked on an {p} upgrade for Thales and loved it.",
    "Systems engineer on {p}, Dreadnought and Astute-class boats at BAE Systems.",
]
CLEARANCES = ["DV cleared", "SC cleared", "hold active SC clearance", "TS/SCI cleared",
              "hold DV clearance"]
CLEARANCE_TEMPLATES = [
    "{c} until 2027.",
    "I {c} and work on radar software.",
    "Systems engineer, {c} (renewed 2023), based in Bristol.",
    "Currently {c}.",
    "Holding {c}, I have supported Home Office programmes.",
    "Radar engineer who is {c} since 2019.",
]
ARTICLES = re.compile(r"\b(?:a|an|the)\s+(?:a|an|the)\b", re.IGNORECASE)
DOUBLED = re.compile(r"(?<![\w-])([\w-]{2,})\s+\1(?![\w-])", re.IGNORECASE)
BAD_A = re.compile(r"(?<![\w-])a\s+[aeio]", re.IGNORECASE)
BAD_AN = re.compile(r"(?<![\w-])an\s+[b-df-hj-np-tv-z]", re.IGNORECASE)
DANGLING = re.compile(r"\b(?:and|or|with|of)\s*[.,;)]|^\s*(?:and|or|with)\b|\bI\s+and\b",
                      re.IGNORECASE)


def rewrites(sentence: str) -> list[tuple[str, str]]:
    profile = Profile.model_validate({
        "name": "Jane Example", "about": sentence,
        "experience": [{"title": "Engineer", "company": "BAE Systems", "start": "2020-01"}]})
    return [(f.id, f.rewrite or "") for f in check_exposure(profile).findings
            if f.where == "about"]


def assert_grammatical(original: str, rewrite: str) -> None:
    assert not ARTICLES.search(rewrite), rewrite
    assert not DOUBLED.search(rewrite), rewrite
    assert not BAD_A.search(rewrite) and not BAD_AN.search(rewrite), rewrite
    assert not DANGLING.search(rewrite), rewrite
    if not rewrite.startswith("Security clearance details"):  # a whole new sentence
        assert rewrite[:1].isupper() == original[:1].isupper(), rewrite
    assert rewrite.endswith(".") == original.endswith("."), rewrite
    assert "  " not in rewrite and "( " not in rewrite and " )" not in rewrite, rewrite


@pytest.mark.parametrize(("template", "programme"),
                         list(itertools.product(PROGRAMME_TEMPLATES, PROGRAMMES)))
def test_programme_rewrites_are_grammatical_and_drop_the_name(template, programme):
    name, gone = programme
    sentence = template.format(p=name)
    found = [r for fid, r in rewrites(sentence) if fid == "exposure.programme"]
    assert found, sentence
    rewrite = found[0]
    assert_grammatical(sentence, rewrite)
    for word in gone:
        assert word not in f" {rewrite} ", (sentence, rewrite)
    assert re.search(r"programme|segment|team|engineer|upgrade|boats", rewrite), rewrite


@pytest.mark.parametrize(("template", "claim"),
                         list(itertools.product(CLEARANCE_TEMPLATES, CLEARANCES)))
def test_clearance_rewrites_are_grammatical_and_keep_the_rest(template, claim):
    sentence = template.format(c=claim)
    found = [r for fid, r in rewrites(sentence) if fid == "exposure.clearance"]
    assert found, sentence
    rewrite = found[0]
    assert_grammatical(sentence, rewrite)
    assert "security clearance details available on request" in rewrite.lower()
    for detail in ("DV", "SC ", "TS/SCI", "2027", "2023", "2019"):
        assert detail not in rewrite, (sentence, rewrite)
    for kept in ("radar", "Bristol", "Home Office"):
        if kept in sentence:
            assert kept in rewrite, (sentence, rewrite)


def test_the_reported_garbled_rewrites_now_read_well():
    assert dict(rewrites("Tempest FCAS systems engineer at BAE Systems."))[
        "exposure.programme"] == "Combat-air systems engineer at BAE Systems."
    assert dict(rewrites("DV cleared until 2027."))[
        "exposure.clearance"] == "Security clearance details available on request."
    assert dict(rewrites("I lead the Skynet 5 ground segment at BAE Systems."))[
        "exposure.programme"] == "I lead the satellite-communications ground segment at BAE " \
                                 "Systems."


def test_top_changes_continue_until_the_level_drops():
    profile = Profile.model_validate({
        "name": "Jane Example", "headline": "DV cleared engineer | Open to consulting",
        "about": "Working on Dreadnought at BAE Systems. Email me at jane.example@gmail.com. "
                 "Posted to Kabul with the FCDO in 2019.",
        "skills": ["TS/SCI", "Tempest"],
        "experience": [{"title": "Engineer", "company": "BAE Systems", "start": "2020-01"}]})
    report = check_exposure(profile)
    assert report.level == "high"
    changes = top_changes(report.findings, limit=1)
    assert changes[-1].level_after != "high"
    assert all(c.level_after == "high" for c in changes[:-1])
