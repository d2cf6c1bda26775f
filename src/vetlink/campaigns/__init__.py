"""Campaign detection: similarity keys per persona (:mod:`.keys`), linking by blocks and a
frequency-weighted pair score (:mod:`.link`), communities and a campaign score
(:mod:`.cluster`). :func:`find_campaigns` is the one entry point the CLI, the store and the
Spark job's driver call."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vetlink.campaigns.cluster import Campaign
    from vetlink.campaigns.find import CampaignResult, find_campaigns
    from vetlink.campaigns.keys import PersonaKeys, PersonaRecord, persona_keys
    from vetlink.campaigns.link import Weights

__all__ = ["Campaign", "CampaignResult", "PersonaKeys", "PersonaRecord", "Weights",
           "find_campaigns", "persona_keys"]

# Where each public name lives: importing the package stays light (numpy and the photo hashes
# load on first use), so ``vetlink.campaigns.commands`` costs the CLI nothing.
_HOMES = {"Campaign": "cluster", "CampaignResult": "find", "find_campaigns": "find",
          "PersonaKeys": "keys", "PersonaRecord": "keys", "persona_keys": "keys",
          "Weights": "link"}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'vetlink.campaigns' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"vetlink.campaigns.{_HOMES[name]}"), name)
