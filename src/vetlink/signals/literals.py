"""Cheap, exact preconditions for regexes: the literal words one of which every match must
contain, derived from the pattern itself (no hand-written list to fall out of step with it).

``required_literals(pattern)`` reads the parsed pattern and returns strings such that any
match contains at least one of them (case-folded), or ``None`` when it cannot say. A text
that contains none of them (after :func:`fold`) cannot match, so the regex need not scan it:
the result is the same, only cheaper. The patterns are parsed on first use, not at import.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]  # re's own parser and opcodes
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

# Characters that a case-insensitive ASCII letter matches besides its two cases (found by
# testing every code point against every letter under re.IGNORECASE): mapped before lower().
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")  # the keys of _FOLD
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
DIGIT = "\u2400digit"  # "any digit" among the literals (never a literal run: ASCII only)
_DIGIT_RE = re.compile(r"\d")


def fold(text: str) -> str:
    """The text as the literal guards compare it: lower case, with the few non-ASCII
    characters that match an ASCII letter case-insensitively mapped to that letter."""
    if not text.isascii() and _ODD_CASE.search(text):  # str.translate is slow: only if needed
        text = text.translate(_FOLD)
    return text.lower()


def _length(literal: str) -> int:
    return 3 if literal == DIGIT else len(literal)


def _score(option: frozenset[str]) -> tuple[int, int]:
    return min(map(_length, option)), -len(option)


def _required(items: Any) -> frozenset[str] | None:
    """A set of strings one of which every match of the parsed sequence contains."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            found = _required(av[3])
        elif op is c.ATOMIC_GROUP:
            found = _required(av)
        elif op is c.BRANCH:
            alternatives = [_required(a) for a in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2])
        elif op is c.IN and av == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
            found = frozenset({DIGIT})
        if found:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=_score) if options else None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literals one of which every match of ``pattern`` contains (longest first), or None
    when some match may contain none of them (or the shortest is under 3 characters: such a
    guard would pass nearly every text and only add work)."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return None
    found = _required(parser.parse(pattern.pattern, pattern.flags))
    if not found or min(map(_length, found)) < 3:
        return None
    return tuple(sorted(found, key=lambda s: (s == DIGIT, -len(s))))


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when ``pattern`` cannot match the text whose :func:`fold` is ``folded``."""
    entry = _GUARDS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _guard_of(pattern)
    literals, digit = entry[1], entry[2]
    if literals is None:
        return True
    for literal in literals:  # substring tests: faster than one regex of the literals (and
        if literal in folded:  # than any(map(folded.__contains__, ...)): a slow call each)
            return True
    return digit and _DIGIT_RE.search(folded) is not None


def _guard_of(pattern: re.Pattern[str]
              ) -> tuple[re.Pattern[str], tuple[str, ...] | None, bool]:
    literals = required_literals(pattern)
    entry = (pattern, None if literals is None else
             tuple(literal for literal in literals if literal != DIGIT),
             literals is not None and DIGIT in literals)
    if len(_GUARDS) < MAX_GUARDS:
        _GUARDS[id(pattern)] = entry
    return entry


MAX_GUARDS = 1024  # patterns whose guard is kept (the signal modules have a few hundred)
# id(pattern) -> (pattern, its literals but the digit, whether a digit is one of them); by
# identity: hashing a compiled pattern hashes its whole program
_GUARDS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None, bool]] = {}
