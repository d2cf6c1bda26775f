"""Who a report is about: the keys that join reports of the same persona into one case (pure
functions, shared by the store, the watchlist, campaigns and practice anonymisation)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit


@dataclass(frozen=True)
class Persona:
    name: str
    url: str | None
    photo_hash: str | None

    @property
    def name_key(self) -> str:
        return name_key(self.name)


# a page that shows a profile named by a query parameter (``profile.php?id=``,
# ``/profile/detail?dstu=``), and the parameters that name it: only these are kept, so junk
# or tracking parameters never make another persona (nor slip past a watchlist entry)
PROFILE_PAGES = re.compile(r"(?:^|/)(?:[\w-]+\.(?:php|aspx?|jsp|html?)|profile|detail|user|"
                           r"people|member|view|u)$")
PROFILE_PARAMS = frozenset({"id", "dstu", "uid", "userid", "user_id", "profile_id", "memberid",
                            "member_id", "pid", "user", "u"})


def identifying_query(path: str, query: str) -> str:
    """``id=100...`` of ``facebook.com/profile.php?id=100...&fref=nf``; "" when the path
    itself names the profile (a slug) or no parameter names one."""
    if not query or not PROFILE_PAGES.search(path):
        return ""
    kept = sorted((k.lower(), v) for k, v in parse_qsl(query[:1000])
                  if k.lower() in PROFILE_PARAMS)
    return urlencode(kept[:2])


def normalise_url(url: str | None) -> str | None:
    """``https://www.LinkedIn.com/in/Jane-Doe/?trk=x`` -> ``linkedin.com/in/jane-doe``.
    A LinkedIn URL's query never names the profile; a profile page named by a parameter keeps
    it (``facebook.com/profile.php?id=1000123`` is one person, ``?id=1000456`` another)."""
    if not url or not url.strip():
        return None
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower().removeprefix("www.")
    host = re.sub(r"^[a-z]{2}\.(linkedin\.com)$", r"\1", host)
    path = re.sub(r"/+", "/", parts.path).rstrip("/").lower()
    query = "" if host == "linkedin.com" else identifying_query(path, parts.query)
    return (host + path + (f"?{query}" if query else ""))[:1000] or None


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
