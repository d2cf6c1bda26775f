"""Moved to :mod:`vetlink.identity` (pure functions the core also uses; the core never imports
the store). Kept so that ``vetlink.store.identity`` keeps working for the store and the web."""

from vetlink.identity import Persona, looks_like_url, name_key, normalise_url, persona_of

__all__ = ["Persona", "looks_like_url", "name_key", "normalise_url", "persona_of"]
