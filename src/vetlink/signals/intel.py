"""Signals from shared intelligence: the watchlist imported from partner organisations."""

from __future__ import annotations

from collections.abc import Iterator

from vetlink.intel.match import WatchlistHits
from vetlink.signals.base import Context, Hit, signal


@signal(
    "intel.known_hostile_persona",
    severity="high",
    title="A partner organisation lists this persona as hostile",
    advice="Do not accept or reply. Report it to your security team at once: another "
    "organisation has confirmed this account, address, number or photo as a hostile persona.",
)
def known_hostile_persona(subject: WatchlistHits, ctx: Context) -> Iterator[Hit]:
    """The profile URL (in any of its usual forms), an e-mail address, a phone number, a web
    address or the photo (by perceptual hash) matches an entry of the watchlist imported from
    a partner's STIX 2.1, MISP or TAXII feed. The evidence names the source and its TLP
    marking: respect the marking when you pass the finding on."""
    seen: set[tuple[str, int]] = set()
    for hit in subject.hits:
        key = (hit.matched, hit.entry.source_id)
        if key in seen:
            continue
        seen.add(key)
        yield Hit(evidence=f"{hit.matched} is on the watchlist: {hit.entry.describe()}",
                  where=hit.matched.split(" ", 1)[0])
