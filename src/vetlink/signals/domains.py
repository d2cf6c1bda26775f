"""Domains in messages: personal webmail, link shorteners and lookalikes of well-known
organisations (pure functions over strings; no network)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Both start only at a boundary (not inside a run of letters, dots or dashes): without that,
# a long dotted string would be rescanned from every position.
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})\b"
)
URL_RE = re.compile(
    r"(?<![\w.@/-])(?:https?://|www\.)?(?P<domain>(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})"
    r"\b(?P<path>/[^\s<>\"')\]]*)?",
    re.I,
)
URL_HINT = re.compile(r"^(?:https?://|www\.)", re.I)

WEBMAIL = frozenset(
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com",
        "msn.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "aol.com", "icloud.com", "me.com",
        "mac.com", "protonmail.com", "proton.me", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de",
        "mail.com", "mail.ru", "inbox.ru", "list.ru", "bk.ru", "yandex.ru", "yandex.com", "qq.com",
        "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com",
        "foxmail.com", "tutanota.com", "tuta.io", "zoho.com", "rediffmail.com", "naver.com",
        "daum.net", "hanmail.net", "outlook.fr", "laposte.net", "orange.fr", "free.fr", "libero.it"
    ]
)

SHORTENERS = frozenset(
    [
        "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
        "cutt.ly", "shorturl.at", "t.ly", "rb.gy", "tiny.cc", "s.id", "bl.ink", "short.io",
        "lnkd.in", "v.gd", "clck.ru", "u.to", "dwz.cn", "suo.im", "t.cn", "url.cn", "tiny.one",
        "shorte.st", "adf.ly", "qr.ae"
    ]
)

# Well-known organisations that fake recruiters and event organisers imitate: the brand's
# name as it appears in a domain, and the registrable domains it really uses.
BRANDS: dict[str, frozenset[str]] = {
    "linkedin": frozenset({"linkedin.com", "lnkd.in", "licdn.com"}),
    "microsoft": frozenset({"microsoft.com", "microsoftonline.com", "live.com", "office.com"}),
    "google": frozenset({"google.com", "google.co.uk", "googlemail.com", "gmail.com",
                         "googleblog.com", "withgoogle.com", "googleapis.com",
                         "googleusercontent.com", "google.de", "google.fr"}),
    "amazon": frozenset({"amazon.com", "amazon.co.uk", "amazon.jobs", "amazonaws.com"}),
    "apple": frozenset({"apple.com", "icloud.com"}),
    "meta": frozenset({"meta.com", "metacareers.com", "facebook.com"}),
    "facebook": frozenset({"facebook.com", "fb.com"}),
    "lockheedmartin": frozenset({"lockheedmartin.com", "lmco.com"}),
    "boeing": frozenset({"boeing.com"}),
    "airbus": frozenset({"airbus.com"}),
    "baesystems": frozenset({"baesystems.com"}),
    "raytheon": frozenset({"rtx.com", "raytheon.com"}),
    "northropgrumman": frozenset({"northropgrumman.com", "ngc.com"}),
    "thalesgroup": frozenset({"thalesgroup.com"}),
    "leonardo": frozenset({"leonardo.com", "leonardo.us"}),
    "rollsroyce": frozenset({"rolls-royce.com"}),
    "deloitte": frozenset({"deloitte.com", "deloitte.co.uk"}),
    "mckinsey": frozenset({"mckinsey.com"}),
    "accenture": frozenset({"accenture.com"}),
    "pwc": frozenset({"pwc.com", "pwc.co.uk"}),
    "kpmg": frozenset({"kpmg.com", "kpmg.co.uk"}),
    "ibm": frozenset({"ibm.com"}),
    "oracle": frozenset({"oracle.com", "oraclecloud.com"}),
    "nvidia": frozenset({"nvidia.com"}),
    "intel": frozenset({"intel.com"}),
    "qualcomm": frozenset({"qualcomm.com"}),
    "paypal": frozenset({"paypal.com"}),
    "chathamhouse": frozenset({"chathamhouse.org"}),
    "rand": frozenset({"rand.org"}),
    "nato": frozenset({"nato.int"}),
}
# Brands short enough to occur inside ordinary words are only matched as a whole label.
WHOLE_LABEL_ONLY = frozenset({"meta", "rand", "ibm", "pwc", "kpmg", "nato", "intel", "apple"})

SECOND_LEVEL = frozenset({"co", "com", "ac", "gov", "org", "net", "edu", "mil", "ltd", "plc"})
HOMOGLYPHS = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("3", "e"), ("5", "s"),
              ("@", "a"))


def registrable(domain: str) -> str:
    """The registrable part of a domain: ``jobs.example.co.uk`` -> ``example.co.uk``."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def email_domains(text: str) -> Iterator[tuple[str, str]]:
    """(address, domain) for every email address in the text."""
    for found in EMAIL_RE.finditer(text):
        yield found.group(0), found.group("domain").lower()


def link_domains(text: str) -> Iterator[tuple[str, str]]:
    """(link as written, domain) for links that are written as links (scheme, www or path)."""
    without_emails = EMAIL_RE.sub(" ", text)
    for found in URL_RE.finditer(without_emails):
        shown = found.group(0).rstrip(".,;:!?")
        if URL_HINT.match(shown) or found.group("path") or is_known_domain(found.group("domain")):
            yield shown, found.group("domain").lower()


def is_known_domain(domain: str) -> bool:
    reg = registrable(domain)
    return reg in SHORTENERS or reg in WEBMAIL or any(reg in v for v in BRANDS.values())


def is_webmail(domain: str) -> bool:
    return registrable(domain) in WEBMAIL or domain.lower() in WEBMAIL


def is_shortener(domain: str) -> bool:
    return domain.lower() in SHORTENERS or registrable(domain) in SHORTENERS


def skeleton(label: str) -> str:
    out = label.lower()
    for fake, real in HOMOGLYPHS:
        out = out.replace(fake, real)
    return out


def lookalike_of(domain: str) -> str | None:
    """The brand a domain imitates, or None when it is the brand's own or unrelated."""
    reg = registrable(domain)
    if any(reg in official for official in BRANDS.values()):
        return None
    parts = [skeleton(p) for p in re.split(r"[.-]", domain.lower())[:-1] if p]
    joined = "".join(parts)
    for brand in BRANDS:
        whole = brand in WHOLE_LABEL_ONLY
        if (brand in parts if whole else brand in joined) or any(near(brand, p) for p in parts):
            return brand
    return None


def near(brand: str, label: str) -> bool:
    """One edit away from a long brand name (``linkdin``, ``micros0ft`` after skeleton)."""
    return len(brand) >= 6 and label != brand and edit_distance_at_most_one(brand, label)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


# Hosts where anyone makes a site in minutes, without owning a domain.
FREE_HOSTS = frozenset([
    "wixsite.com", "wix.com", "weebly.com", "blogspot.com", "sites.google.com", "github.io",
    "gitlab.io", "wordpress.com", "netlify.app", "vercel.app", "carrd.co", "webnode.com",
    "jimdosite.com", "jimdo.com", "strikingly.com", "site123.me", "yolasite.com", "tilda.ws",
    "notion.site", "godaddysites.com", "squarespace.com", "webflow.io", "mystrikingly.com",
    "pages.dev", "glitch.me", "tumblr.com", "medium.com", "substack.com",
])
# Developers and researchers legitimately keep their pages on code hosts.
CODE_HOSTS = frozenset(["github.io", "gitlab.io", "pages.dev", "netlify.app", "vercel.app"])
HOST_RE = re.compile(r"^(?:https?://)?(?:www\.)?([^/\s:?#]{1,253})(/[^\s?#]{0,200})?", re.I)


def site_host(url: str) -> str | None:
    """The free host a website is on ("https://x.wixsite.com/home" -> "wixsite.com";
    "https://sites.google.com/view/x" -> "sites.google.com"), else ``None``."""
    m = HOST_RE.match(url.strip())
    if not m:
        return None
    host = m.group(1).lower().rstrip(".")
    for free in FREE_HOSTS:
        if host == free or host.endswith("." + free):
            return free
    return None
