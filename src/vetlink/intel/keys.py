"""Watchlist keys: one normal form per kind of indicator, so that a profile URL, an e-mail
address or a phone number matches however it was written.

Kinds:

- ``account``: ``linkedin:<slug>`` (LinkedIn public profile). ``https://uk.linkedin.com/in/
  Jane-Doe/?trk=x``, ``www.linkedin.com/in/jane-doe`` and ``linkedin.com/in/jane-doe/`` are
  all ``linkedin:jane-doe``. The retired ``/pub/<name>/<a>/<b>/<c>`` form is mapped to the
  ``/in/`` slug LinkedIn redirects it to (``<name>-<c><b:03><a>``, hex segments reversed, the
  middle ones zero-padded), best effort.
- ``url``: host (lower case, no ``www.``, LinkedIn country subdomains folded) + path (lower
  case, no trailing slash), no scheme, query or fragment.
- ``email``: lower case; a ``+tag`` is removed from the local part on every domain (gmail,
  outlook, fastmail and proton deliver ``name+tag`` to ``name``); for gmail.com and
  googlemail.com dots in the local part are removed too and the domain is gmail.com.
- ``phone``: E.164 (``+447700900123``) via ``phonenumbers``; a number written without a
  country code is not matched (its country is unknown).
- ``photo``: the whole-photo perceptual hashes, hex ``p d a e`` (64 hex digits): see
  :mod:`vetlink.intel.photo_hash`.

All functions are pure, linear in their input and never raise on odd input: they return
``None`` when there is nothing to match on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from vetlink.identity import normalise_url

KINDS = ("account", "url", "email", "phone", "photo")
MAX_VALUE = 1000
LINKEDIN = "linkedin.com"
COUNTRY_HOST = re.compile(r"^(?:[a-z]{2}|[a-z]{2}-[a-z]{2})\.linkedin\.com$")
SLUG = re.compile(r"^[a-z0-9%._~-]{1,200}$")
HEX_SEGMENT = re.compile(r"^[0-9a-f]{1,3}$")
EMAIL = re.compile(r"^[^@\s]{1,200}@[a-z0-9.-]{1,253}$")
GMAIL = ("gmail.com", "googlemail.com")


def linkedin_host(host: str) -> bool:
    host = host.lower().removeprefix("www.")
    return host == LINKEDIN or bool(COUNTRY_HOST.match(host))


def account_key(platform: str, login: str) -> str | None:
    """``('LinkedIn', 'Jane-Doe')`` -> ``linkedin:jane-doe``; a login given as a profile URL
    is reduced to its slug first."""
    login = login.strip()
    if not login:
        return None
    if "/" in login or "linkedin" in login.lower():
        from_url = account_of_url(login)
        if from_url:
            return from_url
    platform = platform.strip().lower() or "account"
    return f"{platform}:{login.lower()}"[:MAX_VALUE]


def account_of_url(url: str) -> str | None:
    """The LinkedIn account a profile URL points at, in any of its usual forms."""
    text = url.strip()[:MAX_VALUE]
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:
        return None
    if not linkedin_host(host):
        return None
    segments = [s for s in parts.path.lower().split("/") if s]
    if len(segments) >= 2 and segments[0] == "in" and SLUG.match(segments[1]):
        return f"linkedin:{segments[1]}"
    if len(segments) >= 2 and segments[0] == "pub":
        return pub_slug(segments[1:])
    return None


def pub_slug(segments: list[str]) -> str | None:
    """``/pub/jane-doe/1/23/456`` -> ``linkedin:jane-doe-4560231`` (``name-`` + the last
    segment + the middle one padded to 3 digits + the first one). Without the three
    segments, the name alone is the slug."""
    name = segments[0]
    if not SLUG.match(name):
        return None
    numbers = segments[1:4]
    if len(numbers) == 3 and all(HEX_SEGMENT.match(n) for n in numbers):
        first, middle, last = numbers
        return f"linkedin:{name}-{last}{middle.zfill(3)}{first}"
    return f"linkedin:{name}"


def url_key(url: str) -> str | None:
    try:
        return normalise_url(url[:MAX_VALUE])
    except ValueError:
        return None


def email_key(address: str) -> str | None:
    text = address.strip().strip("<>").lower().removeprefix("mailto:")[:MAX_VALUE]
    if not EMAIL.match(text):
        return None
    local, domain = text.rsplit("@", 1)
    local = local.split("+", 1)[0]
    if domain in GMAIL:
        local, domain = local.replace(".", ""), "gmail.com"
    if not local:
        return None
    return f"{local}@{domain}"


def phone_key(number: str, region: str | None = None) -> str | None:
    import phonenumbers

    text = number.strip()[:64]
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def key_of(kind: str, value: str) -> str | None:
    """The normal form of ``value`` as an indicator of ``kind``."""
    if kind == "account":
        platform, _, login = value.partition(":") if ":" in value else ("linkedin", "", value)
        return account_key(platform, login)
    if kind == "url":
        return url_key(value)
    if kind == "email":
        return email_key(value)
    if kind == "phone":
        return phone_key(value)
    if kind == "photo":
        text = value.strip().lower()
        return text if re.fullmatch(r"[0-9a-f]{64}", text) else None
    return None


def url_keys(url: str) -> list[tuple[str, str]]:
    """Every key a profile or web URL matches on: its account (LinkedIn) and the URL."""
    keys: list[tuple[str, str]] = []
    account = account_of_url(url)
    if account:
        keys.append(("account", account))
    plain = url_key(url)
    if plain:
        keys.append(("url", plain))
    return keys


def unique(keys: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(keys))
