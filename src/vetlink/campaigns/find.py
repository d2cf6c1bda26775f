"""The one entry point of campaign detection, :func:`find_campaigns`, and its result (re-exported
by :mod:`vetlink.campaigns`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from vetlink.campaigns.cluster import Campaign, build_campaigns
from vetlink.campaigns.keys import PersonaKeys, PersonaRecord, persona_keys_many
from vetlink.campaigns.link import KeyTable, Links, Weights, key_table, link


@dataclass
class CampaignResult:
    table: KeyTable
    links: Links
    campaigns: list[Campaign]

    def to_json(self) -> dict[str, Any]:
        return {"campaigns": [campaign_json(self.table, c) for c in self.campaigns]}


def campaign_json(table: KeyTable, campaign: Campaign) -> dict[str, Any]:
    return {
        "id": campaign.id,
        "score": campaign.score,
        "personas": [{"name": table.names[m], "url": table.urls[m]} for m in campaign.members],
        "evidence": campaign.evidence,
        "targets": campaign.targets,
        "lures": campaign.lures,
        "features": {k: round(v, 3) for k, v in campaign.features.items()},
        "first_seen": campaign.first_seen,
        "last_seen": campaign.last_seen,
    }


def find_campaigns(personas: Iterable[PersonaKeys | PersonaRecord],
                   weights: Weights | None = None) -> CampaignResult:
    """Campaigns among these personas (records are turned into keys first)."""
    given = list(personas)
    records = [p for p in given if isinstance(p, PersonaRecord)]
    keyed = iter(persona_keys_many(records))  # one batch: the signatures at once
    keys = [p if isinstance(p, PersonaKeys) else next(keyed) for p in given]
    table = key_table(keys)
    links = link(table, weights)
    return CampaignResult(table, links, build_campaigns(table, links))
