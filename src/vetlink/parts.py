"""What checking one input produced (:class:`Part`): the type that :mod:`vetlink.assess`
combines and that each input's checker (:mod:`vetlink.approach`, :mod:`vetlink.photo`, the
watchlist in :mod:`vetlink.intel.match`) returns. It lives here, below all of them, so that
none of them imports :mod:`vetlink.assess` (no import cycle)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vetlink.domain import Finding, ModelOutput


@dataclass
class Part:
    """What checking one input produced."""

    findings: list[Finding] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)
    models: list[ModelOutput] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)  # next steps that belong to this input
    not_assessed: str | None = None  # why this input could not be assessed at all
    fingerprint: Any = None  # the photo's PhotoPrint (photo part), for the watchlist lookup
    # a check across the inputs (profile with conversation, the watchlist), not an input of
    # its own: it never makes an unreadable conversation count as "partly assessed"
    across: bool = False
    genre: str | None = None  # a conversation's genre: "chat" or "advert"
