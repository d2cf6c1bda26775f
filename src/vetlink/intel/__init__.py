"""Sharing with other organisations: STIX 2.1 and MISP export and import, a TAXII 2.1 server
and client, and the watchlist that turns partners' indicators into findings.

Only :mod:`vetlink.intel.keys`, :mod:`vetlink.intel.watchlist` and :mod:`vetlink.intel.match`
are needed by ``vetlink check`` (core dependencies: ``phonenumbers``); the exchange formats
need the ``intel`` extra (``stix2``, ``stix2-validator``, ``pymisp``, ``taxii2-client``).
"""
