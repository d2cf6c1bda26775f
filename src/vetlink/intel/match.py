"""What of a profile, a conversation and a photo is looked up in the watchlist, and the
lookup itself (called by :func:`vetlink.assess.assess`, so the CLI, the web app and the batch
job all get the same ``intel.known_hostile_persona`` findings)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vetlink.intel.keys import email_key, phone_key, unique, url_keys

if TYPE_CHECKING:
    from vetlink.domain import Conversation, Profile
    from vetlink.intel.watchlist import Entry, Watchlist
    from vetlink.parts import Part
    from vetlink.signals.base import Context

# Bounded quantifiers only: linear on adversarial text.
EMAIL_IN_TEXT = re.compile(r"[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}")
URL_IN_TEXT = re.compile(
    r"(?:https?://|www\.|(?<![\w.])(?:[a-z]{2}\.)?linkedin\.com/)[^\s<>\"')\]]{1,500}", re.I)
MAX_TEXT = 200_000


@dataclass(frozen=True)
class WatchHit:
    entry: Entry
    matched: str  # what of the input matched, e.g. "profile URL linkedin:jane-doe"


@dataclass(frozen=True)
class WatchlistHits:
    """The subject of the ``intel`` signals: what the watchlist lookup found."""

    hits: tuple[WatchHit, ...]


def profile_keys(profile: Profile) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    if profile.url:
        keys.extend(url_keys(profile.url))
    contact = profile.contact
    if contact is not None:
        keys.extend(("email", k) for k in map(email_key, contact.emails) if k)
        keys.extend(("phone", k) for k in map(phone_key, contact.phones) if k)
        for site in contact.websites:
            keys.extend(url_keys(site))
        for handle in contact.messaging:
            keys.extend(text_keys(handle))
    return unique(keys)


def text_keys(text: str) -> list[tuple[str, str]]:
    """E-mail addresses, URLs and international phone numbers written in free text."""
    import phonenumbers

    text = text[:MAX_TEXT]
    keys: list[tuple[str, str]] = []
    keys.extend(("email", k) for k in map(email_key, EMAIL_IN_TEXT.findall(text)) if k)
    for url in URL_IN_TEXT.findall(text):
        keys.extend(url_keys(url.rstrip(".,;:!?")))
    matcher = phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.POSSIBLE,
                                              max_tries=200)
    for found in matcher:
        keys.append(("phone", phonenumbers.format_number(
            found.number, phonenumbers.PhoneNumberFormat.E164)))
    return keys


def conversation_keys(conversation: Conversation) -> list[tuple[str, str]]:
    """The contact (a URL or "Name <address>") and what the contact wrote."""
    keys: list[tuple[str, str]] = []
    if conversation.contact:
        keys.extend(text_keys(conversation.contact))
    for message in conversation.messages:
        if message.sender == "contact":
            keys.extend(text_keys(message.text))
    return unique(keys)


def lookup(
    watchlist: Watchlist, profile: Profile | None, conversation: Conversation | None,
    fingerprint: Any | None,
) -> WatchlistHits:
    hits: list[WatchHit] = []
    keys: list[tuple[str, str]] = []
    if profile is not None:
        keys.extend(profile_keys(profile))
    if conversation is not None:
        keys.extend(conversation_keys(conversation))
    hits.extend(WatchHit(entry, f"{key[0]} {key[1]}")
                for key, entry in watchlist.lookup_each(unique(keys)))
    if fingerprint is not None:
        hits.extend(WatchHit(e, "photo (perceptual hash)")
                    for e in watchlist.photo_matches(fingerprint))
    return WatchlistHits(tuple(hits))


def resolve_watchlist(ctx: Context) -> Watchlist | None:
    """The context's watchlist, else the data directory's (None when nothing was imported)."""
    if ctx.watchlist is not None:
        return ctx.watchlist
    from vetlink.intel.watchlist import default_watchlist
    from vetlink.settings import get_settings

    return default_watchlist(get_settings().data_dir)


NO_WATCHLIST = ("intel.known_hostile_persona: no partner watchlist has been imported "
                "(`vetlink import stix|misp FILE`)")


def check_watchlist(
    profile: Profile | None, conversation: Conversation | None, fingerprint: Any | None,
    ctx: Context,
) -> Part:
    from vetlink.parts import Part
    from vetlink.signals.base import run_signals

    watchlist = resolve_watchlist(ctx)
    if watchlist is None:
        return Part(not_checked=[NO_WATCHLIST])
    result = run_signals("intel", lookup(watchlist, profile, conversation, fingerprint), ctx)
    return Part(findings=result.findings, not_checked=result.not_checked)
