"""Practice items: invented profiles and approaches with the hallmarks an expert would mark.

Shipped items are JSON files in ``practice/items/`` (each a list of items); analysts add more
from closed cases (stored in the database, :mod:`vetlink.store.practice`). Both become the same
:class:`Item`, validated against the live signal catalogue, so a renamed signal id fails loudly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from pydantic import ValidationError

from vetlink.domain import Assessment, Conversation, Profile
from vetlink.errors import InputError

Verdict = Literal["genuine", "hostile"]
VERDICTS: tuple[str, ...] = ("genuine", "hostile")
CATEGORIES = ("recruiter", "think_tank", "conference", "journalist", "scholar", "other")
DEBRIEF_PARTS = ("recognise", "realise", "report", "remove")
MAX_DEBRIEF = 2_000


@dataclass(frozen=True)
class Item:
    """One practice item. ``key`` is ``"s:<id>"`` for shipped items, ``"db:<n>"`` for items
    made from cases, so both are served and answered the same way."""

    key: str
    title: str
    category: str
    language: str
    verdict: Verdict
    expert: tuple[str, ...]
    debrief: dict[str, str]
    as_of: date
    profile: dict[str, Any] | None
    conversation: dict[str, Any] | None

    def profile_model(self) -> Profile | None:
        return Profile.model_validate(self.profile) if self.profile else None

    def conversation_model(self) -> Conversation | None:
        return Conversation.model_validate(self.conversation) if self.conversation else None

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k, v in (("profile", self.profile),
                                    ("message", self.conversation)) if v)


def catalogue() -> dict[str, Any]:
    """The live signal catalogue: id -> Signal (titles and advice are the checks' own)."""
    from vetlink.signals import load_all, registry

    load_all()
    return dict(registry())


def parse_item(data: dict[str, Any], key: str) -> Item:
    """An item from its JSON form; :class:`InputError` naming ``key`` when anything is wrong,
    including an expert id the catalogue does not have."""
    if not isinstance(data, dict):
        raise InputError(f"practice item {key}: not an object")
    profile, conversation = data.get("profile"), data.get("conversation")
    if not profile and not conversation:
        raise InputError(f"practice item {key}: needs a profile or a conversation")
    try:
        for model, value in ((Profile, profile), (Conversation, conversation)):
            if value:
                model.model_validate(value)
    except ValidationError as exc:
        raise InputError(f"practice item {key}: {exc.errors()[0]['msg']}") from None
    verdict = data.get("verdict")
    if verdict not in VERDICTS:
        raise InputError(f"practice item {key}: verdict must be genuine or hostile")
    expert = tuple(data.get("expert") or ())
    unknown = sorted(set(expert) - set(catalogue()))
    if unknown:
        raise InputError(f"practice item {key}: unknown hallmark ids {', '.join(unknown)}")
    debrief = data.get("debrief") or {}
    if not isinstance(debrief, dict) or not all(
        isinstance(debrief.get(p), str) and debrief[p].strip() for p in DEBRIEF_PARTS
    ):
        raise InputError(f"practice item {key}: debrief needs {', '.join(DEBRIEF_PARTS)}")
    try:
        as_of = date.fromisoformat(str(data.get("as_of") or "2026-11-15"))
    except ValueError:
        raise InputError(f"practice item {key}: as_of must be a date") from None
    return Item(
        key=key, title=str(data.get("title") or key)[:200],
        category=str(data.get("category") or "other"), language=str(data.get("language") or "en"),
        verdict=verdict, expert=expert,
        debrief={p: debrief[p].strip()[:MAX_DEBRIEF] for p in DEBRIEF_PARTS},
        as_of=as_of, profile=profile or None, conversation=conversation or None,
    )


@lru_cache(maxsize=1)
def shipped_items() -> tuple[Item, ...]:
    """Every item shipped with vetlink, in file order; ids must be unique."""
    folder = resources.files("vetlink.practice").joinpath("items")
    found: list[Item] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        for data in json.loads(entry.read_text("utf-8")):
            found.append(parse_item(data, f"s:{data.get('id')}"))
    keys = [i.key for i in found]
    if len(keys) != len(set(keys)):
        raise InputError("practice items: duplicate ids")
    return tuple(found)


def assess_item(item: Item, use_models: bool = True) -> Assessment:
    """What vetlink itself says about an item, as of the day the item is set on."""
    from vetlink.assess import assess
    from vetlink.signals.base import Context

    return assess(item.profile_model(), item.conversation_model(),
                  context=Context(today=item.as_of), use_models=use_models)
