"""Signals: each one a small, pure, documented function with an id, registered in one
catalogue (see :mod:`vetlink.signals.base`). Importing a module below registers its signals."""

from __future__ import annotations

from vetlink.signals.base import Context, Hit, Signal, registry, run_signals, signal
from vetlink.signals.catalogue import SIGNAL_MODULES, load_all, module_kind

__all__ = ["SIGNAL_MODULES", "Context", "Hit", "Signal", "load_all", "module_kind", "registry",
           "run_signals", "signal"]
