r"""Whole-word alternations rewritten so that the regex engine skips positions in C.

``(?<![\w-])(?:p1|p2|...)(?![\w-])`` under ``re.IGNORECASE`` (:func:`words_re`) gives the
engine no first-character set: it starts a match attempt at every position, and at every
word start walks into each alternative (none can be rejected on its first character, a
case-insensitive literal). :func:`first_letter_source` writes the same pattern as

    [FIRST](?<![\w-].)(?:(?<=[aA])(?i:rest|rest...)|(?<=[gG])(?i:rest...)|...)(?![\w-])

compiled case-sensitively: every alternative split into its first character and the rest
(a leading group's alternatives and a leading optional group distributed over what follows,
in their order), alternatives grouped by first character in their order, each letter as a
case-sensitive class of exactly the characters it matches case-insensitively (its two cases
and the look-alikes ``İ ı ſ K``). The engine now scans for a character of ``[FIRST]`` in C,
tests the word boundary on the character before it, and enters only the group of that first
character. At one position only one group can match and its alternatives keep their order,
so the first match found, and its end, are the same as the plain pattern's
(tests/signals/test_first_letters.py compares both on fixture texts, upper-cased, look-alike
and adversarial strings). A phrase this rewrite cannot split (a leading ``\w``, a repeated
first character...) leaves the pattern in its plain form. No new repetition is added, so the
pattern stays as linear as it was.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import partial
from typing import Any

# The characters an ASCII letter matches under re.IGNORECASE besides its two cases (the
# test checks these against every code point).
_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_QUANTIFIERS = ("?", "*", "+", "{")
_PLAIN = frozenset("\\.^$|()[]*+?{}")  # characters that are not a literal on their own


def _skip(source: str, i: int) -> int:
    """The index after the escape, class or single character at ``source[i]``."""
    if source[i] == "\\":
        return i + 2
    if source[i] != "[":
        return i + 1
    i += 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _group_end(source: str, start: int) -> int:
    """The index of the ``)`` closing the group opening at ``source[start]``."""
    depth, i = 0, start
    while i < len(source):
        if source[i] == "(":
            depth += 1
        elif source[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i = _skip(source, i)
    raise ValueError(f"unbalanced group in {source!r}")


def top_alternatives(source: str) -> list[str]:
    """``source`` split at its top-level ``|``."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        char = source[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i = _skip(source, i)
    parts.append(source[start:])
    return parts


def _class_members(body: str) -> list[str] | None:
    """The characters of a simple class body (literals and escaped punctuation), or None."""
    members, i = [], 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            escaped = body[i + 1:i + 2]
            if not escaped or escaped.isalnum():
                return None
            members.append(escaped)
            i += 2
            continue
        if char in "^[" or (char == "-" and 0 < i < len(body) - 1):
            return None
        members.append(char)
        i += 1
    return members


def splits(source: str) -> list[tuple[str, str]] | None:
    """(first character, rest) of each way ``source`` (one alternative) can start, in the
    order the engine tries them, or None when it cannot be split so."""
    if not source:
        return None
    after_index = _skip(source, 0)
    if source.startswith("(?:"):
        end = _group_end(source, 0)
        after = source[end + 1:]
        optional = after.startswith("?")
        if (after.startswith(_QUANTIFIERS) and not optional) or after.startswith("??"):
            return None
        after = after[1:] if optional else after
        found: list[tuple[str, str]] = []
        for alternative in top_alternatives(source[3:end]) + ([""] if optional else []):
            part = splits(alternative + after) if alternative or optional else None
            if part is None:
                return None
            found.extend(part)
        return found
    if source[after_index:].startswith(_QUANTIFIERS):
        return None
    rest = source[after_index:]
    if source[0] == "[":
        members = _class_members(source[1:after_index - 1])
        return None if members is None else [(m, rest) for m in members]
    if source[0] == "\\":
        escaped = source[1:2]
        return None if not escaped or escaped.isalnum() else [(escaped, rest)]
    return None if source[0] in _PLAIN else [(source[0], rest)]


def char_variants(char: str) -> str | None:
    """The characters ``char`` matches under re.IGNORECASE, or None for a non-ASCII cased
    character (its variants are not listed here)."""
    lower = char.lower()
    if char in string.ascii_letters:
        return lower + lower.upper() + _EXTRA.get(lower, "")
    return char if lower == char.upper() and len(lower) == 1 else None


def class_body(chars: str) -> str:
    """``chars`` written as the body of a character class."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


def first_letter_source(phrases: tuple[str, ...]) -> str | None:
    """The rewritten, case-sensitive source of ``words_re(*phrases)`` (see the module's
    docstring), or None when one of the phrases cannot be split."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        for alternative in top_alternatives(phrase):
            found = splits(alternative)
            if found is None:
                return None
            for first, rest in found:
                variants = char_variants(first)
                if variants is None:
                    return None
                groups.setdefault(variants, []).append(rest)
    first = class_body("".join(dict.fromkeys("".join(groups))))
    branches = "|".join(f"(?<=[{class_body(variants)}])(?i:{'|'.join(rests)})"
                        for variants, rests in groups.items())
    return rf"[{first}](?<![\w-].)(?:{branches})(?![\w-])"


# The methods of a compiled pattern that LazyWords binds once it is promoted.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
# Uses of a pattern in its plain form before its first-letter form is compiled and bound.
PROMOTE_AFTER = 32


class LazyPattern:
    """A pattern compiled when it is used, and in the form its use pays for. ``rewrite()``
    gives a faster source with the same matches as ``re.compile(plain, flags)`` (or None),
    which costs more to compile (the first-letter form of a whole-word pattern is twice as
    long and about three times as costly to compile), and a cold ``vetlink check`` would pay
    that for every pattern it runs. So the first :data:`PROMOTE_AFTER` uses run the plain
    form, compiled on the first of them; the next compiles the rewritten form
    (:meth:`compiled`) and binds its methods to this object, so that every later call goes
    straight to the regex engine. Both forms have the same matches (the tests compare
    them). ``pattern`` and ``flags`` are the plain form's: the literal guards read its
    parse, which needs no compiling, so a pattern whose guard refuses every text it is
    given is never compiled at all."""

    def __init__(self, plain: str, flags: int, rewrite: Callable[[], str | None]) -> None:
        self.pattern = plain
        self.flags = flags | re.UNICODE
        self.rewrite = rewrite
        self._plain: re.Pattern[str] | None = None
        self._uses = 0

    def compiled(self) -> re.Pattern[str]:
        """The promoted form: the rewritten one (compiled without flags), or the plain one
        when there is no rewrite."""
        source = self.rewrite()
        return re.compile(self.pattern, self.flags) if source is None else re.compile(source)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends ask for these: not a use
            raise AttributeError(name)
        self._uses += 1
        if self._uses > PROMOTE_AFTER:
            compiled = self.compiled()
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            return getattr(compiled, name)
        if self._plain is None:
            self._plain = re.compile(self.pattern, self.flags)
        return getattr(self._plain, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyPattern, (self.pattern, self.flags, self.rewrite)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


class LazyWords(LazyPattern):
    """A whole-word pattern (``words_re``) as a :class:`LazyPattern` whose rewritten form is
    :func:`first_letter_source`'s."""

    def __init__(self, phrases: tuple[str, ...], plain: str) -> None:
        super().__init__(plain, re.IGNORECASE, partial(first_letter_source, phrases))
        self.phrases = phrases

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyWords, (self.phrases, self.pattern)

    def __repr__(self) -> str:
        return f"words_re({self.pattern!r})"
