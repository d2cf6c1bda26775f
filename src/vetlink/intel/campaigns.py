"""The campaigns an export includes, behind one small typed interface so that campaign
detection (``vetlink.campaigns``, issue 10) plugs in without touching the exporters.

A provider is any function ``(session) -> list[CampaignSummary]``. The default reads the
campaigns campaign detection stored (``vetlink campaigns --recompute``, after every import,
or the analysts' Recompute button); with none stored, exports carry no ``campaign`` objects
(a case is never passed off as a campaign of one). Another source plugs in with::

    from vetlink.intel import campaigns
    campaigns.set_provider(my_provider)
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


def stored_campaigns(session: Session) -> list[CampaignSummary]:
    """The default: the campaigns stored by campaign detection, with their member cases."""
    from vetlink.store.campaigns import get_campaign, list_campaigns

    found = []
    for stored in list_campaigns(session):
        view = get_campaign(session, stored.id, with_edges=False)
        first = when(stored.first_seen) or stored.computed
        found.append(CampaignSummary(
            key=stored.id, name=f"vetlink campaign {stored.id}",
            case_ids=tuple(sorted(c.id for c in view.cases)),
            first_seen=first, last_seen=when(stored.last_seen) or first,
            description=f"{stored.size} linked personas; coordination score "
                        f"{stored.score:.2f}"))
    return found


def when(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


_provider: CampaignProvider = stored_campaigns


def set_provider(provider: CampaignProvider | None) -> None:
    """Use ``provider`` for every later export (None: back to the default)."""
    global _provider
    _provider = provider or stored_campaigns


def campaigns_of(session: Session, provider: CampaignProvider | None = None) -> list[
        CampaignSummary]:
    return sorted((provider or _provider)(session), key=lambda c: c.key)
