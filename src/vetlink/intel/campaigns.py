"""The campaigns an export includes, behind one small typed interface so that campaign
detection (``vetlink.campaigns``, issue 10) plugs in without touching the exporters.

A provider is any function ``(session) -> list[CampaignSummary]``. Until campaign detection
is wired in, the default provider finds none and exports carry no ``campaign`` objects (a
case is never passed off as a campaign of one). To plug one in::

    from vetlink.intel import campaigns
    campaigns.set_provider(my_provider)     # e.g. in the app factory / CLI start-up
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class CampaignSummary:
    """One campaign: a stable key (the same campaign gets the same STIX id in every export),
    a name, the ids of the cases (personas) it links, and when it was first and last seen."""

    key: str
    name: str
    case_ids: tuple[int, ...]
    first_seen: datetime
    last_seen: datetime
    description: str = ""


CampaignProvider = Callable[[Session], list[CampaignSummary]]


def no_campaigns(session: Session) -> list[CampaignSummary]:
    """The default: no campaign data on this install yet, so no campaigns are exported."""
    return []


_provider: CampaignProvider = no_campaigns


def set_provider(provider: CampaignProvider | None) -> None:
    """Use ``provider`` for every later export (None: back to the default)."""
    global _provider
    _provider = provider or no_campaigns


def campaigns_of(session: Session, provider: CampaignProvider | None = None) -> list[
        CampaignSummary]:
    return sorted((provider or _provider)(session), key=lambda c: c.key)
