"""Who a report is about: the keys that join reports of the same persona into one case (pure
functions, shared by the store, the watchlist, campaigns and practice anonymisation)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Persona:
    name: str
    url: str | None
    photo_hash: str | None

    @property
    def name_key(self) -> str:
        return name_key(self.name)


def normalise_url(url: str | None) -> str | None:
    """``https://www.LinkedIn.com/in/Jane-Doe/?trk=x`` -> ``linkedin.com/in/jane-doe``."""
    if not url or not url.strip():
        return None
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower().removeprefix("www.")
    host = re.sub(r"^[a-z]{2}\.(linkedin\.com)$", r"\1", host)
    path = re.sub(r"/+", "/", parts.path).rstrip("/").lower()
    return (host + path)[:1000] or None


def name_key(name: str) -> str:
    """Case, accents and spacing do not make a different person."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())[:300]


def looks_like_url(text: str) -> bool:
    return bool(re.match(r"^(https?://|www\.)\S+$", text.strip(), re.I))


def persona_of(
    profile: dict[str, Any] | None,
    conversation: dict[str, Any] | None,
    photo_hash: str | None = None,
) -> Persona:
    """The persona a report is about, from its profile (else the conversation's contact)."""
    name, url = "", None
    if profile:
        name = str(profile.get("name") or "")
        url = profile.get("url")
        photo = profile.get("photo") or {}
        photo_hash = photo_hash or photo.get("sha256")
    if conversation and not name:
        contact = str(conversation.get("contact") or "")
        if looks_like_url(contact):
            url = url or contact
        else:
            name = contact
    return Persona(name=name.strip()[:300] or "(unknown)", url=normalise_url(url),
                   photo_hash=(photo_hash or None))
