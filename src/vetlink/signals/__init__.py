"""Signals: each one a small, pure, documented function with an id, registered in one
catalogue (see :mod:`vetlink.signals.base`). Importing a module below registers its signals."""

from __future__ import annotations

import importlib

from vetlink.signals.base import Context, Hit, Signal, registry, run_signals, signal

SIGNAL_MODULES = [
    "vetlink.signals.profile",
]

__all__ = ["Context", "Hit", "Signal", "load_all", "registry", "run_signals", "signal"]


def load_all() -> None:
    for name in SIGNAL_MODULES:
        importlib.import_module(name)
