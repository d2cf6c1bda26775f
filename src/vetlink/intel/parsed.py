"""What a partner-file reader found in one document (:class:`Parsed`): returned by
:mod:`vetlink.intel.stix_import` and :mod:`vetlink.intel.misp_import`, consumed by
:mod:`vetlink.intel.importing`, which imports the readers (so they must not import it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from vetlink.intel.watchlist import NewEntry


@dataclass
class Parsed:
    """What a reader found in one document."""

    entries: list[NewEntry] = field(default_factory=list)
    unsupported: Counter[str] = field(default_factory=Counter)  # reason -> count
    producer: str | None = None

    def skip(self, reason: str, count: int = 1) -> None:
        self.unsupported[reason] += count

    def summary(self) -> str:
        return "; ".join(f"{n} {reason}" for reason, n in sorted(self.unsupported.items()))
