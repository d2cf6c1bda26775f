"""Sharing with other organisations: STIX 2.1 and MISP export and import, a TAXII 2.1 server
and client, and the watchlist that turns partners' indicators into findings.

Only :mod:`vetlink.intel.keys`, :mod:`vetlink.intel.watchlist` and :mod:`vetlink.intel.match`
are needed by ``vetlink check`` (core dependencies: ``phonenumbers``); the exchange formats
need the ``intel`` extra (``stix2``, ``stix2-validator``, ``pymisp``, ``taxii2-client``).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from vetlink.errors import NotAvailable


def need(module: str) -> ModuleType:
    """Import a library of the ``intel`` extra, or say how to install it (501 on the web)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise NotAvailable(f"{module} is not installed: install vetlink[intel] for STIX, "
                           "MISP and TAXII") from None
