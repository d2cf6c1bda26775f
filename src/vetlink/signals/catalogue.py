"""The catalogue of signal modules (:data:`SIGNAL_MODULES`) and their loading by kind
(:func:`load_all`). :mod:`vetlink.signals.base` imports this module, never the package
:mod:`vetlink.signals` (which imports ``base``): no import cycle. Add a new signal module to
:data:`SIGNAL_MODULES` here."""

from __future__ import annotations

import importlib

# The order is the signals' run order (and so the order of "not checked"), whatever module
# other code imports first (``base.catalogue_order``); profile_hallmarks comes before
# profile_language because that is the order the language module's own import gave.
SIGNAL_MODULES = [
    "vetlink.signals.profile",
    "vetlink.signals.profile_career",
    "vetlink.signals.profile_hallmarks",
    "vetlink.signals.profile_language",
    "vetlink.signals.message",
    "vetlink.signals.message_lures",
    "vetlink.signals.message_intent",
    "vetlink.signals.message_conversation",
    "vetlink.signals.message_advert",
    "vetlink.signals.photo",
    "vetlink.signals.exposure",
    "vetlink.signals.pair",
    "vetlink.signals.intel",
]


def module_kind(name: str) -> str:
    """``vetlink.signals.profile_career`` -> ``profile``: a module holds signals of one kind."""
    return name.rsplit(".", 1)[-1].split("_", 1)[0]


_LOADED: set[str | None] = set()


def load_all(kind: str | None = None) -> None:
    """Import the signal modules (only those of ``kind`` when given: checking a profile need
    not import the message or exposure rules)."""
    if kind in _LOADED or None in _LOADED:
        return
    for name in SIGNAL_MODULES:
        if kind is None or module_kind(name) == kind:
            importlib.import_module(name)
    _LOADED.add(kind)
