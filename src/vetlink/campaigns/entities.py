"""Normalised entities of a persona: firms, schools, domains, URLs, e-mails, phones (E.164) and
messaging handles. Pure functions over strings; the patterns are the ones the signals use
(:mod:`vetlink.signals.domains`, :mod:`vetlink.signals.patterns`), so an address or number
found by a finding is the same one a campaign links on. Domains go through ``tldextract``
with its bundled public-suffix list (no fetch)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import phonenumbers

from vetlink.signals.domains import BRANDS, EMAIL_RE, URL_RE, WEBMAIL, is_shortener
from vetlink.signals.patterns import NATIONAL_REGIONS, PHONE_HINT, PHONE_RE
from vetlink.signals.profile_career import is_anonymous
from vetlink.signals.profile_helpers import ascii_fold

LEGAL_WORDS = frozenset({
    "ltd", "limited", "llc", "inc", "incorporated", "plc", "gmbh", "corp", "corporation",
    "co", "company", "the", "sa", "ag", "bv", "llp", "pty", "srl", "and", "group",
    # legal forms abroad ("Acme Conseil SARL", "Acme Pte", "OOO Acme")
    "sarl", "sas", "spa", "kg", "nv", "oy", "ab", "kk", "pte", "bhd", "sdn", "ooo", "ltda",
    "sl", "fze", "fzco", "fzc", "doo", "kft", "sro", "fz", "ev", "as", "aps", "spzoo", "zoo",
    "sp", "pvt", "private", "lp", "ohg", "ug", "se", "cv", "sae", "jsc", "pjsc", "ao",
    "zao", "oao", "ltee", "ulc", "pllc",
})
# Regional qualifiers a firm adds to one office's name ("Acme Asia", "Acme (UK)", "Acme Europe
# Ltd"): dropped when they end the name (after the legal form is gone), never inside it.
REGIONAL_WORDS = frozenset({
    "asia", "europe", "uk", "us", "usa", "emea", "apac", "americas", "international", "global",
    "worldwide", "pacific", "mena", "gulf", "china", "hk", "sg", "eu", "middle", "east", "dach",
    "nordics", "benelux", "africa", "india", "japan", "germany", "deutschland", "france",
    # the office's country ("Acme Partners Hong Kong", "Acme Singapore S.A."); not cities,
    # which name schools ("Imperial College London")
    "hongkong", "middleeast", "saudiarabia", "singapore", "uae", "switzerland", "suisse",
    "schweiz", "italia", "italy", "espana", "spain", "canada", "australia", "korea", "netherlands",
    "nederland", "poland", "polska", "russia", "rus", "turkey", "turkiye", "brasil", "brazil",
    "mexico", "latam", "nordic", "scandinavia", "ireland", "austria", "belgium", "qatar",
    "ksa", "israel", "taiwan", "malaysia", "indonesia", "vietnam",
})
PLACE_RE = re.compile(r"\b(hong|middle|saudi)\s{1,3}(kong|east|arabia)\b")  # one word each
# a regional word after these is part of the name ("Bank of China", "University of Hong
# Kong"), not a qualifier
NAME_LINKS = frozenset({"of", "de", "du", "des", "di", "da", "del", "der", "for", "in", "fur"})
# what qualifies a name and does not name the firm: a parenthesised part ("Acme Research
# (ARF)", "Acme (Asia Pacific) FZE") and the Polish legal form written with spaces
# ("Sp. z o.o.", whose letters INITIALS_RE would join into words)
QUALIFIER_RE = re.compile(r"\([^()]{0,60}\)|\bsp\.?\s{0,3}z\s{0,3}o\.?\s{0,3}o\b\.?", re.I)
# A firm's own initials written as its first word ("HPP Consulting"): 3 to 5 capitals.
ACRONYM_RE = re.compile(r"[A-Z]{3,5}")
# Domains everyone shares: linking two personas on them says nothing.
# The mailbox providers of the signals (WEBMAIL) and LinkedIn's own domains (BRANDS) come from
# vetlink.signals.domains; the providers below are not in WEBMAIL because there they would
# change the signals' webmail findings (a decision for the signals, not for linking).
COMMON_DOMAINS = WEBMAIL | BRANDS["linkedin"] | frozenset({
    "wa.me", "t.me", "facebook.com", "twitter.com", "x.com"}) | frozenset({
    # more mailbox providers and the code and blog hosts anybody has a page on (wave 4: on
    # blind dev3 "t-online.de", "hotmail.es" and "gitlab.com" chained operations together)
    "t-online.de", "freenet.de", "arcor.de", "hotmail.de", "hotmail.fr", "hotmail.es",
    "hotmail.it", "outlook.de", "outlook.es", "yahoo.de", "yahoo.fr", "yahoo.es", "yahoo.it",
    "live.de", "live.fr", "live.co.uk", "btinternet.com", "sky.com", "virginmedia.com",
    "comcast.net", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "seznam.cz", "bluewin.ch",
    "wanadoo.fr", "sfr.fr", "alice.it", "virgilio.it", "tiscali.it", "ukr.net", "rambler.ru"})
# Code, blog and file hosts anybody has a page on: the host is no organisation's domain, but a
# page on it (a repository, a user's site) is a link like any other.
HOSTED_DOMAINS = frozenset({
    "github.com", "github.io", "gitlab.com", "gitlab.io", "bitbucket.org", "medium.com",
    "substack.com", "wordpress.com", "blogspot.com", "google.com", "dropbox.com",
    "notion.site"})
# Job titles written where the firm goes ("Consultant", "Researcher"): not an organisation.
TITLES_AS_FIRMS = frozenset({
    "consultant", "consultants", "consulting", "advisor", "adviser", "researcher", "analyst",
    "contractor", "freelancer", "selfemployed", "entrepreneur", "investor", "student",
    "retired", "owner", "founder", "independentresearcher", "independentanalyst"})
APPS = (r"whats ?app|we ?chat|weixin|微信|telegram|tg|skype|signal|viber|kakao(?: ?talk)?|line|"
        r"threema|wickr")
# "Telegram: @jane_r", "WeChat ID janer88", "whatsapp +44 ..." (bounded, linear).
HANDLE_RE = re.compile(
    rf"(?<![\w])(?:{APPS})(?:\s{{0,3}}(?:id|handle|username|me|at|on))?\s{{0,3}}[:@-]?\s{{0,3}}"
    # the handle is not the app's name again ("WeChat : WeChat: jane88")
    rf"@?(?!(?:{APPS})(?![\w.]))"
    r"(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,31})(?![\w/]|:/)",  # not a link's scheme or host
    re.I,
)
# "@jane_r", "@tyler.hr8" (a dot inside a handle, as Instagram allows; a sentence's final dot
# is not part of it). Bounded repeats: linear.
AT_HANDLE_RE = re.compile(
    r"(?<![\w@.])@(?P<handle>[A-Za-z][A-Za-z0-9_]{3,31}(?:\.[A-Za-z0-9_]{1,30}){0,2})(?![\w@])")
NOT_HANDLES = frozenset({"me", "on", "at", "or", "and", "the", "app", "number", "chat", "id",
                         "call", "message", "messenger", "with", "instead", "please", "here",
                         # app and link words ("Telegram WhatsApp", "TG: https://t.me/x")
                         "telegram", "whatsapp", "wechat", "signal", "viber", "skype", "line",
                         "threema", "wickr", "http", "https", "www", "t.me", "wa.me"})
MAX_TEXT = 20_000  # characters of one text field looked at
# Gates: what a text must contain for a pattern to match in it at all (a fast scan for a
# literal, where the pattern's leading look-behind makes every position a match attempt).
# A text without it is not scanned: the same result, sooner.
URL_GATE = re.compile(r"\.[A-Za-z]{2}", re.I)  # URL_RE: a dot and two letters (re.I alike)
PHONE_GATE = re.compile(r"(?:\+|00)\d")  # PHONE_RE
# PHONE_HINT: a "0" and a digit, the "0" not after a word character, "/" or "#" (the
# look-behind after the literal, so that the scan is for the literal)
NATIONAL_GATE = re.compile(r"0(?<![\w/#]0)\d")
BARE_GATE = re.compile(r"\d{10}")  # BARE_NUMBER_RE
# How each app name of HANDLE_RE begins, and the letters re.I matches to ASCII letters besides
# the upper-case ones ("İ" and the Kelvin sign by their lower case, "ı" and "ſ" as equivalents
# of "i" and "s"), mapped so that ``str.lower`` gives what re.I compares, one character for one.
APP_WORDS = ("whats", "wechat", "we chat", "weixin", "微信", "telegram", "tg", "skype",
             "signal", "viber", "kakao", "line", "threema", "wickr")
IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s",
                                  "\u212a": "k"})


def may_name_app(text: str) -> bool:
    """False only when HANDLE_RE cannot match: no app name, in any case, that does not follow
    a word character (``\\w`` is what ``str.isalnum`` or "_" is)."""
    lower = (text if text.isascii() else text.translate(IGNORECASE_ASCII)).lower()
    for word in APP_WORDS:
        start = lower.find(word)
        while start >= 0:
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                return True
            start = lower.find(word, start + 1)
    return False
MAX_NATIONAL = 20  # national-number candidates read per text


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


JOINED_RE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
INITIALS_RE = re.compile(r"(?<=\b[A-Za-z])[./](?=[A-Za-z]\b)")
ORG_WORD_RE = re.compile(r"[a-z0-9]+")


def org_words(name: str) -> list[str]:
    """The words of a firm or school name without punctuation, legal forms ("Ltd", "GmbH",
    "S.L.", "Pte. Ltd.", "FZ-LLC", "Sp. z o.o."), parenthesised qualifiers ("(ARF)",
    "(Asia Pacific)") or trailing regional qualifiers ("Asia", "Hong Kong", but not after
    "of": "Bank of China"); words written joined ("HighburyPeople") are split at the change
    of case."""
    text = ascii_fold(QUALIFIER_RE.sub(" ", name[:300]))
    text = JOINED_RE.sub(" ", text)  # HighburyPeople, not GmbH
    text = INITIALS_RE.sub("", text)  # S.L. -> SL, A/S -> AS
    text = PLACE_RE.sub(lambda m: m.group(1) + m.group(2), text.casefold())
    words = [w for w in ORG_WORD_RE.findall(text) if w not in LEGAL_WORDS]
    while len(words) > 1 and words[-1] in REGIONAL_WORDS and words[-2] not in NAME_LINKS:
        words.pop()
    return words


CACHED_NAME = 200  # names up to this long are cached (bounded memory: CACHE_SIZE of them)
CACHE_SIZE = 16_384


def org_key(name: str | None) -> str | None:
    """A firm or school name as a key: accents, case, punctuation, spacing ("Highbury
    People" == "HighburyPeople"), '&'/'and', legal forms of many countries and trailing
    regional qualifiers do not make a different organisation ("Acme Talent Ltd." ==
    "ACME TALENT (UK)" == "AcmeTalent GmbH" -> ``acmetalent``). Names repeat (the same firm
    and school in many profiles): short ones are remembered."""
    if not name:
        return None
    return _org_key(name) if len(name) <= CACHED_NAME else _org_key.__wrapped__(name)


@lru_cache(maxsize=CACHE_SIZE)
def _org_key(name: str) -> str | None:
    if is_anonymous(name):
        return None
    key = "".join(org_words(name))
    return key if key and key not in TITLES_AS_FIRMS else None


def acronym_keys(name: str | None) -> set[str]:
    """Initials that may name the same firm: those of a name of three or more words
    ("Highbury People Partners" -> ``hpp``) and a leading word of 3 to 5 capitals in a name
    not written all in capitals ("HPP Consulting" -> ``hpp``). Weaker evidence than the
    whole name (many firms share initials): see ``Weights`` in :mod:`vetlink.campaigns.link`."""
    if not name:
        return set()
    return set(_acronyms(name) if len(name) <= CACHED_NAME else _acronyms.__wrapped__(name))


@lru_cache(maxsize=CACHE_SIZE)
def _acronyms(name: str) -> frozenset[str]:
    if is_anonymous(name):
        return frozenset()
    out = set()
    words = org_words(name)
    if len(words) >= 3:
        out.add("".join(w[0] for w in words))
    first = name.strip()[:300].split(maxsplit=1)
    if (len(first) == 2 and ACRONYM_RE.fullmatch(first[0]) and not name.isupper()):
        out.add(first[0].lower())
    return frozenset(out)


NOT_PHONE_CHAR_RE = re.compile(r"[^\d+]")


def phone_key(text: str, regions: Sequence[str] = ()) -> str | None:
    """A phone number in E.164 (``+442079460123``). International numbers ("+44 (0)20 ...",
    "0044-20-...", "+44.20....", "+4420...") always; a national number ("020 7946 0123")
    only in one of ``regions`` (the persona's country, then the countries of its other
    numbers: :func:`phone_regions`), the first where it is a valid number: without a region
    a national number cannot be compared across reports."""
    text = text.strip()[:64]
    compact = NOT_PHONE_CHAR_RE.sub("", text)
    if compact.startswith("00"):
        text = "+" + text.lstrip()[2:].lstrip(" -.")
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        if not 8 <= len(compact) <= 16:
            return None
        return _e164(text, None, valid=False)
    if not 6 <= len(compact) <= 15:
        return None
    for region in regions:
        key = _e164(text, region, valid=True)
        if key:
            return key
    if len(compact) >= 10 and not compact.startswith("0"):
        # an international number written without its "+" ("97146142053"): only if valid
        return _e164("+" + compact, None, valid=True)
    return None


def _e164(text: str, region: str | None, valid: bool) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    ok = phonenumbers.is_valid_number(number) if valid else phonenumbers.is_possible_number(number)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if ok else None


@lru_cache(maxsize=1)
def country_regions() -> dict[str, str]:
    """Country names (English, German, French, Spanish, from ``phonenumbers``' own locale
    data, plus common short forms) -> region codes."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    out: dict[str, str] = {}
    for region, names in LOCALE_DATA.items():
        for lang in ("es", "fr", "de", "en"):  # English last: it wins
            value = names.get(lang)
            while value and value.startswith("*"):
                value = names.get(value[1:])
            if value:
                out[ascii_fold(value).casefold()] = region
    out.update({"uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
                "northern ireland": "GB", "great britain": "GB", "usa": "US", "us": "US",
                "united states of america": "US", "uae": "AE", "hong kong sar": "HK",
                "russian federation": "RU", "suisse": "CH", "schweiz": "CH", "espana": "ES"})
    return out


def location_region(location: str | None) -> str | None:
    """The region code of a profile location ("Leeds, England, United Kingdom" -> GB): its
    last part that names a country."""
    if not location:
        return None
    names = country_regions()
    for part in reversed(ascii_fold(location[:200]).casefold().split(",")):
        region = names.get(part.strip())
        if region:
            return region
    return None


def phone_regions(location: str | None, numbers: Iterable[str]) -> tuple[str, ...]:
    """Regions to read a persona's national numbers in: its location's country, then the
    countries of its international numbers, then the regions the signals read national
    numbers in (:data:`vetlink.signals.patterns.NATIONAL_REGIONS`)."""
    out = [r for r in [location_region(location)] if r]
    for text in list(numbers)[:20]:
        key = phone_key(text)
        if key:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(key, None))
            if region and region not in out:
                out.append(region)
    out += [r for r in NATIONAL_REGIONS if r not in out]
    return tuple(out)


# "t.me/jane_r", "https://telegram.me/jane_r", "wa.me/447700900123": a handle or a number.
APP_LINK_RE = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:(?P<tg>t\.me|telegram\.me)/@?"
    r"(?P<handle>[A-Za-z][A-Za-z0-9_.]{3,31})|wa\.me/\+?(?P<number>\d{8,15}))(?![\w])", re.I)
# an international number written without its "+" in free text ("Meine Nummer: 85255826295"):
# a run of 10 to 15 digits alone (not part of a longer number, an amount or a link)
BARE_NUMBER_RE = re.compile(r"(?<![\w+.,/:-])\d{10,15}(?![\w/]|[.,:-]\d)")
# pages every site has: not evidence beyond the domain ("/index.html", "/en/", "/about-us")
SITE_PAGES = frozenset({"index.html", "index.htm", "index.php", "home", "about", "about-us",
                        "aboutus", "contact", "contact-us", "careers", "jobs", "en", "en-gb",
                        "en-us", "fr", "de", "es", "zh", "ru"})


def url_keys(text: str) -> Iterator[tuple[str, str]]:
    """("domain", registrable domain) for every link, and ("url", domain/path) for links with
    a path on an uncommon domain (a shortened link or a lure page). Case, ``www.`` and other
    subdomains (``careers.``), query strings (tracking parameters), fragments, language
    segments and the pages every site has (``/index.html``, ``/about-us``) do not make a
    different link."""
    without_emails = EMAIL_RE.sub(" ", text) if "@" in text else text
    if not URL_GATE.search(without_emails):
        return
    for found in URL_RE.finditer(without_emails):
        host = found.group("domain").lower()
        domain = registered_domain(host)
        if domain is None or domain in COMMON_DOMAINS:
            continue
        path = url_path(found.group("path") or "")
        if is_shortener(domain) or domain in HOSTED_DOMAINS:
            page = f"{host.removeprefix('www.')}{path}"
            if len(path) > 1 or (domain in HOSTED_DOMAINS and page != domain):
                yield "url", page[:300]
            continue
        yield "domain", domain
        if path:
            yield "url", f"{domain}{path}"[:300]


def url_path(path: str) -> str:
    """A link's path as a key: without query or fragment (tracking parameters), trailing
    slashes or the punctuation that ends a sentence ("see example.com/jobs."), language
    segments and pages every site has; lower case. Empty for the site itself."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    path = re.sub(r"[/.,;:!]+$", "", path).lower()
    parts = [p for p in path.split("/")[:20] if p and p not in SITE_PAGES]
    return "/" + "/".join(parts) if parts else ""


def email_keys(text: str) -> Iterator[tuple[str, str]]:
    for found in EMAIL_RE.finditer(text):
        address = found.group(0).lower()
        yield "email", address
        domain = registered_domain(found.group("domain"))
        if domain and domain not in COMMON_DOMAINS and domain not in HOSTED_DOMAINS:
            yield "domain", domain


def phone_keys(text: str, regions: Sequence[str] = ()) -> Iterator[tuple[str, str]]:
    """International numbers anywhere; national ones ("020 7946 0123") read in ``regions``
    (the first ``MAX_NATIONAL`` candidates of a text only)."""
    for found in PHONE_RE.finditer(text) if PHONE_GATE.search(text) else ():
        key = phone_key(found.group(0))
        if key:
            yield "phone", key
    for found in BARE_NUMBER_RE.finditer(text) if BARE_GATE.search(text) else ():
        key = phone_key(found.group(0))  # valid as an international number only
        if key:
            yield "phone", key
    if regions and NATIONAL_GATE.search(text):
        for index, found in enumerate(PHONE_HINT.finditer(text)):
            if index >= MAX_NATIONAL:
                break
            key = phone_key(found.group(0), regions)
            if key:
                yield "phone", key


def marked(found: re.Match[str]) -> bool:
    """An app name and a word make a handle only when the word looks like one (a digit, an
    underscore or a dot in it) or is marked as one ("Telegram: jane", "WeChat ID jane",
    "Signal @jane"): "continue on Signal tomorrow", "auf Signal weiterschreiben" are prose."""
    handle = found.group("handle").rstrip(".")
    between = found.group(0)[:found.start("handle") - found.start()].casefold()
    return (bool(re.search(r"[\d_.]", handle)) or bool(re.search(r"[:@]", between))
            or bool(re.search(r"(?:id|handle|username)\s*-?\s*$", between)))


def handle_keys(text: str) -> Iterator[tuple[str, str]]:
    patterns = ((HANDLE_RE,) if may_name_app(text) else ()) + ((AT_HANDLE_RE,) if "@" in text
                                                                else ())
    for pattern in patterns:
        for found in pattern.finditer(text):
            if pattern is HANDLE_RE and not marked(found):
                continue
            handle = found.group("handle").lower().rstrip(".")
            if handle not in NOT_HANDLES and not handle.isdigit():
                yield "handle", handle
    if ".me/" in text.lower():
        for found in APP_LINK_RE.finditer(text):
            if found.group("handle"):
                handle = found.group("handle").lower().rstrip(".")
                if handle not in NOT_HANDLES:
                    yield "handle", handle
            else:
                key = phone_key("+" + found.group("number"))
                if key:
                    yield "phone", key


def text_entities(text: str, regions: Sequence[str] = ()) -> Iterator[tuple[str, str]]:
    """Every entity in free text (a summary, a message); national phone numbers are read in
    ``regions`` (none: international numbers only)."""
    text = text[:MAX_TEXT]
    # each pattern needs its character: texts without it are not scanned (same result)
    if "@" in text:
        yield from email_keys(text)
    if "." in text:
        yield from url_keys(text)
    if "+" in text or "0" in text or BARE_GATE.search(text):
        yield from phone_keys(text, regions if "0" in text else ())
    yield from handle_keys(text)


def contact_entities(emails: Iterable[str], phones: Iterable[str], websites: Iterable[str],
                     messaging: Iterable[str], regions: Sequence[str] = ()
                     ) -> Iterator[tuple[str, str]]:
    """Entities of a profile's contact section (each entry a short string)."""
    for email in emails:
        yield from email_keys(email[:320])
    for phone in phones:
        key = phone_key(phone[:64], regions)
        if key:
            yield "phone", key
    for site in websites:
        yield from url_keys(site[:2000])
    for entry in messaging:
        entry = entry[:200]
        found = list(phone_keys(entry, regions)) or list(handle_keys(entry))
        if not found and re.fullmatch(r"@?[A-Za-z][A-Za-z0-9_.]{2,31}", entry.strip()):
            found = [("handle", entry.strip().lstrip("@").lower())]
        yield from found
