"""The literal guards (signals/literals.py), the per-run profile view (signals/profile_view.py)
and the section-wise search of machine-written tells skip work only where the result cannot
change: these tests compare them with the plain computation they replace."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from tests.signals.profile_support import CTX, profile
from vetlink.assess import assess
from vetlink.signals import (
    profile as profile_signals,
)
from vetlink.signals import (
    profile_career,
    profile_hallmarks,
    profile_helpers,
    profile_language,
)
from vetlink.signals.base import _RUN_MEMO, run_memo, run_signals
from vetlink.signals.first_letters import LazyPattern
from vetlink.signals.literals import DIGIT, fold, may_match, required_literals
from vetlink.signals.profile_view import view

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "profiles"
MODULES = [profile_signals, profile_career, profile_hallmarks, profile_helpers, profile_language]


def module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the profile signal modules (alone, in dicts or tuples),
    those compiled when used (``LazyPattern``: whole-word and amount patterns) included."""
    found: list[re.Pattern[str]] = []
    for module in MODULES:
        for value in vars(module).values():
            items = list(value.values()) if isinstance(value, dict) else [value]
            for item in items:
                parts = item if isinstance(item, tuple) else (item,)
                found.extend(p for p in parts if isinstance(p, (re.Pattern, LazyPattern)))
    return found


def fixture_texts() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_text())
        texts += [data.get("headline") or "", data.get("about") or "", data.get("name") or ""]
        for exp in data.get("experience") or []:
            texts += [exp.get("title") or "", exp.get("company") or "",
                      exp.get("description") or "", exp.get("location") or ""]
    return [t for t in texts if t]


# Characters that match an ASCII letter case-insensitively although they are not one.
ODD_CASES = {"i": ["\u0130", "\u0131"], "s": ["\u017f"], "k": ["\u212a"]}


def variants(text: str, rng: random.Random) -> list[str]:
    """The text, in upper case, and with odd case-insensitive look-alikes swapped in."""
    odd = "".join(rng.choice(ODD_CASES[ch.lower()]) if ch.lower() in ODD_CASES
                  and rng.random() < 0.5 else ch for ch in text)
    return [text, text.upper(), odd, odd.upper()]


PHRASES = [
    "Attractive fees and all expenses paid for short consulting projects.",
    "We are looking for experts in defence policy; speaking fees of USD 2,000 per call.",
    "In today's fast-paced world I delve into data and unlock the full potential of teams.",
    "Passionate about leveraging my expertise at the intersection of policy and technology.",
    "Contact me on WhatsApp or Telegram: +44 7700 900123, jane.doe@gmail.com",
    "Talent Acquisition Partner, Executive Search | Think tank on strategic studies",
    "Business development representative driving growth with innovative solutions",
    "Honoraria, per diem and business-class flights; seed funding, no equity required.",
]


def test_every_match_contains_one_of_the_required_literals() -> None:
    """Soundness: wherever a pattern matches, its guard lets the text through (including
    the dotted and dotless i, the long s and the Kelvin sign, which match ASCII letters
    case-insensitively)."""
    rng = random.Random(12)
    texts = [v for t in fixture_texts() + PHRASES for v in variants(t, rng)]
    patterns = module_patterns()
    assert len(patterns) > 40
    checked = 0
    for pattern in patterns:
        for text in texts:
            if pattern.search(text):
                checked += 1
                assert may_match(pattern, fold(text)), (pattern.pattern[:60], text)
    assert checked > 200  # the corpus exercises the patterns


def test_guard_skips_texts_without_any_required_literal() -> None:
    engineer = fold("Engineer working on flight control software. I lead a team of six.")
    assert not may_match(profile_language.MONEY_OFFER, engineer)
    assert not may_match(profile_language.SOLICIT, engineer)
    assert may_match(profile_language.MONEY_OFFER, fold("Speaking FEES offered"))


def test_required_literals_of_alternatives_and_digits() -> None:
    pattern = re.compile(r"(?<!\w)(?:alpha|beta(?:gamma)?|\d+ ?euros)", re.IGNORECASE)
    assert set(required_literals(pattern) or ()) == {"alpha", "beta", "euros"}
    amount = re.compile(r"(?:usd|\$)\s?\d+")
    assert required_literals(amount) == (DIGIT,)
    assert may_match(amount, "$ 5") and not may_match(amount, "no amount")
    assert required_literals(re.compile(r"(?:ab|cd)x?")) is None  # too short to be worth it
    assert required_literals(re.compile(r"(?:optional)?word|other")) == ("other", "word")


def test_guards_are_linear_on_long_adversarial_text() -> None:
    text = fold("a" * 200_000 + " attractiv" * 20_000)
    for pattern in module_patterns():
        may_match(pattern, text)  # substring tests only: finishes at once (pytest-timeout)


def test_section_tells_equal_tells_of_the_joined_text() -> None:
    rng = random.Random(7)
    pieces = PHRASES + fixture_texts() + ["", "every however never", "Ever-evolving\nlandscape"]
    for _ in range(300):
        sections = [rng.choice(pieces) for _ in range(rng.randint(1, 5))]
        joined = "\n".join(sections)
        assert profile_language.section_tells(sections, [fold(s) for s in sections]) == \
            profile_language.machine_tells(joined), sections


def test_profile_view_is_shared_within_a_run_and_fresh_outside() -> None:
    subject = profile(headline="Talent partner", about="Attractive fees for experts.")
    other = profile(headline="Engineer")
    assert run_memo() is None
    assert view(subject, CTX) is not view(subject, CTX)  # outside a run: never kept
    token = _RUN_MEMO.set({})  # what run_signals does around its signals
    try:
        shared = view(subject, CTX)
        assert view(subject, CTX) is shared
        assert view(other, CTX).profile is other  # another subject gets its own view
    finally:
        _RUN_MEMO.reset(token)
    run_signals("profile", subject, CTX)
    assert run_memo() is None  # the run clears its memo


def test_a_profile_changed_between_checks_is_read_afresh() -> None:
    subject = profile(about="Engineer working on flight control software.")
    first = assess(subject, use_models=False, context=CTX)
    subject.about = "Attractive fees, all expenses paid. Contact me on WhatsApp."
    second = assess(subject, use_models=False, context=CTX)
    ids_first = {f.id for f in first.findings}
    ids_second = {f.id for f in second.findings}
    assert "profile.offers_in_profile" not in ids_first
    assert {"profile.offers_in_profile", "profile.off_platform_contact"} <= ids_second


def test_ascii_shortcuts_give_the_general_answers() -> None:
    import unicodedata

    from vetlink.signals.profile_helpers import ascii_fold, is_latin

    names = ["Jane Example", "JANE EXAMPLE", "Jane ^Example`", "Dr. Jane | Hiring #1", "", "123",
             "José Müller", "王 小明", "Jane @ Recruiter"]
    for name in names:
        general_fold = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                               if not unicodedata.combining(ch))
        assert ascii_fold(name) == general_fold
        letters = [ord(ch) for ch in name if ch.isalpha()]
        assert is_latin(name) == (bool(letters) and all(o < 0x250 or 0x1E00 <= o < 0x1F00
                                                        for o in letters))
        general = [ch for ch in name if profile_signals.is_symbol(ch)]
        shown = [a for a in profile_signals.name_anomalies(name) if a.startswith("symbols")]
        assert shown == ([f"symbols in name: '{''.join(dict.fromkeys(general))}'"]
                         if general else [])
