"""Normalised entities of a persona: firms, schools, domains, URLs, e-mails, phones (E.164) and
messaging handles. Pure functions over strings; the patterns are the ones the signals use
(:mod:`vetlink.signals.domains`, :mod:`vetlink.signals.patterns`), so an address or number
found by a finding is the same one a campaign links on. Domains go through ``tldextract``
with its bundled public-suffix list (no fetch)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import phonenumbers

from vetlink.signals.domains import EMAIL_RE, URL_RE, WEBMAIL, is_shortener
from vetlink.signals.patterns import PHONE_RE
from vetlink.signals.profile_career import is_anonymous
from vetlink.signals.profile_helpers import ascii_fold

LEGAL_WORDS = frozenset({
    "ltd", "limited", "llc", "inc", "incorporated", "plc", "gmbh", "corp", "corporation",
    "co", "company", "the", "sa", "ag", "bv", "llp", "pty", "srl", "and", "group",
    # legal forms abroad ("Acme Conseil SARL", "Acme Pte", "OOO Acme")
    "sarl", "sas", "spa", "kg", "nv", "oy", "ab", "kk", "pte", "bhd", "sdn", "ooo", "ltda",
    "sl", "fze", "fzco", "fzc", "doo", "kft", "sro",
})
# Domains everyone shares: linking two personas on them says nothing.
COMMON_DOMAINS = WEBMAIL | frozenset({"linkedin.com", "lnkd.in", "licdn.com", "wa.me",
                                      "t.me", "facebook.com", "twitter.com", "x.com"})
APPS = (r"whats ?app|we ?chat|weixin|微信|telegram|skype|signal|viber|kakao(?: ?talk)?|line|"
        r"threema|wickr")
# "Telegram: @jane_r", "WeChat ID janer88", "whatsapp +44 ..." (bounded, linear).
HANDLE_RE = re.compile(
    rf"(?<![\w])(?:{APPS})(?:\s{{0,3}}(?:id|handle|username|me|at|on))?\s{{0,3}}[:@-]?\s{{0,3}}"
    r"@?(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,31})(?![\w])",
    re.I,
)
AT_HANDLE_RE = re.compile(r"(?<![\w@.])@(?P<handle>[A-Za-z][A-Za-z0-9_]{3,31})(?![\w@])")
NOT_HANDLES = frozenset({"me", "on", "at", "or", "and", "the", "app", "number", "chat", "id",
                         "call", "message", "messenger", "with", "instead", "please", "here"})
MAX_TEXT = 20_000  # characters of one text field looked at


@lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65_536)
def registered_domain(host: str) -> str | None:
    """``jobs.Example.co.uk`` -> ``example.co.uk`` (public-suffix aware); None for none."""
    parts = _extractor()(host.lower().strip("."))
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def org_key(name: str | None) -> str | None:
    """A firm or school name as a key: accents, case, punctuation and legal suffixes do not
    make a different organisation ("Acme Talent Ltd." == "ACME Talent")."""
    if not name or is_anonymous(name):
        return None
    words = re.findall(r"[a-z0-9]+", ascii_fold(name[:300]).casefold())
    kept = [w for w in words if w not in LEGAL_WORDS]
    return " ".join(kept) or None


def phone_key(text: str) -> str | None:
    """A phone number in E.164 (``+447700900123``), only when it is international (a
    national number without country code cannot be compared across reports)."""
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+") or not 8 <= len(digits) <= 16:
        return None
    try:
        number = phonenumbers.parse(digits, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def url_keys(text: str) -> Iterator[tuple[str, str]]:
    """("domain", registrable domain) for every link, and ("url", host/path) for links with a
    path on an uncommon domain (a shortened link or a lure page)."""
    without_emails = EMAIL_RE.sub(" ", text)
    for found in URL_RE.finditer(without_emails):
        host = found.group("domain").lower()
        domain = registered_domain(host)
        if domain is None or domain in COMMON_DOMAINS:
            continue
        if not is_shortener(domain):
            yield "domain", domain
        path = url_path(found.group("path") or "")
        if len(path) > 1:
            yield "url", f"{host.removeprefix('www.')}{path.lower()}"[:300]


def url_path(path: str) -> str:
    """A link's path as a key: without query or fragment (tracking parameters), trailing
    slashes or the punctuation that ends a sentence ("see example.com/jobs.")."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    return re.sub(r"[/.,;:!]+$", "", path)


def email_keys(text: str) -> Iterator[tuple[str, str]]:
    for found in EMAIL_RE.finditer(text):
        address = found.group(0).lower()
        yield "email", address
        domain = registered_domain(found.group("domain"))
        if domain and domain not in COMMON_DOMAINS:
            yield "domain", domain


def phone_keys(text: str) -> Iterator[tuple[str, str]]:
    for found in PHONE_RE.finditer(text):
        key = phone_key(found.group(0))
        if key:
            yield "phone", key


def handle_keys(text: str) -> Iterator[tuple[str, str]]:
    for pattern in (HANDLE_RE, AT_HANDLE_RE):
        for found in pattern.finditer(text):
            handle = found.group("handle").lower().rstrip(".")
            if handle not in NOT_HANDLES and not handle.isdigit():
                yield "handle", handle


def text_entities(text: str) -> Iterator[tuple[str, str]]:
    """Every entity in free text (a summary, a message)."""
    text = text[:MAX_TEXT]
    # each pattern needs its character: texts without it are not scanned (same result)
    if "@" in text:
        yield from email_keys(text)
    if "." in text:
        yield from url_keys(text)
    if "+" in text or "00" in text:
        yield from phone_keys(text)
    yield from handle_keys(text)


def contact_entities(emails: Iterable[str], phones: Iterable[str], websites: Iterable[str],
                     messaging: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Entities of a profile's contact section (each entry a short string)."""
    for email in emails:
        yield from email_keys(email[:320])
    for phone in phones:
        key = phone_key(phone[:64])
        if key:
            yield "phone", key
    for site in websites:
        yield from url_keys(site[:2000])
    for entry in messaging:
        entry = entry[:200]
        found = list(phone_keys(entry)) or list(handle_keys(entry))
        if not found and re.fullmatch(r"@?[A-Za-z][A-Za-z0-9_.]{2,31}", entry.strip()):
            found = [("handle", entry.strip().lstrip("@").lower())]
        yield from found
