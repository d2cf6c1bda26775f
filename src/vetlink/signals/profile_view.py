"""What several profile signals derive from the same profile, computed once per check.

:func:`view` gives the :class:`ProfileView` of a profile: its written texts, their folded
(lower-case) forms and normalised keys, whether they hold a digit, an ``@`` or a link, its
dated periods of work, its personas and its career length. Each part is computed on first
use. Within one :func:`~vetlink.signals.base.run_signals` call the view is shared by every
signal (kept in the run's memo); outside one (a signal called directly) a fresh view is made,
so a profile changed between two checks is never read from an old view.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property

from vetlink.domain import Experience, Profile
from vetlink.signals.base import Context, run_memo
from vetlink.signals.literals import fold
from vetlink.signals.profile_helpers import (
    Period,
    current_roles,
    own_words,
    periods,
    profile_personas,
    texts,
    today_month,
)

_NOT_PLAIN = re.compile(r"[^a-z0-9 ]+")
_DIGIT = re.compile(r"\d")


def normalise(text: str) -> str:
    """Lower case, single spaces, only letters a-z, digits and spaces: the key under which
    two texts count as the same."""
    return _NOT_PLAIN.sub("", " ".join(text.lower().split()))


class ProfileView:
    """A profile's derived values (see the module's docstring); read-only by convention."""

    def __init__(self, profile: Profile, today: date) -> None:
        self.profile = profile
        self.today = today
        self._folded: dict[str, str] = {}
        self._normalised: dict[str, str] = {}

    def folded(self, text: str) -> str:
        """:func:`vetlink.signals.literals.fold` of one of the profile's texts (kept)."""
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = fold(text)
        return found

    def normalised(self, text: str) -> str:
        """:func:`normalise` of one of the profile's texts (kept)."""
        found = self._normalised.get(text)
        if found is None:
            found = self._normalised[text] = normalise(text)
        return found

    @cached_property
    def texts(self) -> list[tuple[str, str]]:
        """(where, text) of the headline, the about and each job description."""
        return list(texts(self.profile))

    @cached_property
    def own_words(self) -> str:
        return own_words(self.profile)

    @cached_property
    def periods(self) -> list[Period]:
        return periods(self.profile, self.today)

    @cached_property
    def career_years(self) -> float:
        starts = [p.start for p in self.periods]
        if not starts:
            return 0.0
        return max(0, today_month(self.today) - min(starts)) / 12

    @cached_property
    def current_roles(self) -> list[Experience]:
        return current_roles(self.profile)

    @cached_property
    def personas(self) -> frozenset[str]:
        return profile_personas(self.profile)


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def view(profile: Profile, ctx: Context) -> ProfileView:
    """The profile's view: shared by the signals of one run, fresh outside a run."""
    memo = run_memo()
    if memo is None:
        return ProfileView(profile, ctx.today)
    found = memo.get(ProfileView)
    if found is None or found.profile is not profile or found.today != ctx.today:
        found = memo[ProfileView] = ProfileView(profile, ctx.today)  # the run's subject
    return found
