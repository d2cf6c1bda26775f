"""Profile hallmarks from public case reports (BfV 2017, DGSI 2018, Certfa / ClearSky /
Microsoft on APT35 and Sapphire Sleet, Stanford Internet Observatory 2022):

- a profile that speaks for a news outlet, university, think tank, fund or consultancy but can
  only be reached through personal webmail or a free-hosted site (APT35's fake journalists and
  think-tank staff; Sapphire Sleet's recruiters with github.io pages);
- a lead-generation persona: sales role, generic text, a capped connection count and nothing
  of its own (SIO 2022).

Paid study trips, commissioned papers and seed funding in experience entries are read by
:func:`vetlink.signals.profile_language.offers_in_profile` (one implementation of offers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vetlink.domain import Experience, Profile, Severity
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.domains import CODE_HOSTS, email_domains, is_webmail, site_host
from vetlink.signals.profile_helpers import (
    ORG_PERSONAS,
    quote,
    words_re,
)
from vetlink.signals.profile_view import view

# Employers whose staff speak for an institution and are reached at its own domain.
INSTITUTION = words_re(
    r"universit\w*", r"universit[äéà]\w*", r"college", r"school of [\w ]{3,40}", r"academy",
    r"institut\w*", r"polytechnic", r"think[- ]tanks?", r"forum", r"foundation", r"council",
    r"cent(?:re|er) for", r"society", r"herald", r"times", r"post", r"journal", r"gazette",
    r"tribune", r"news", r"review", r"observer", r"chronicle", r"daily", r"weekly",
    r"magazine", r"broadcast\w*", r"press", r"media", r"capital", r"ventures?", r"fund",
    r"investments?", r"advisory", r"consult\w*", r"summit", r"programme", r"program",
)
# Words of an institution's name that say nothing about which one it is.
GENERIC_NAME_WORDS = frozenset([
    "university", "college", "institute", "school", "academy", "the", "and", "for", "group",
    "international", "global", "centre", "center", "foundation", "council", "news", "media",
    "capital", "partners", "advisory", "consulting", "research", "policy", "review", "daily",
])
# Where the person, not the employer, is named: no institution is claimed.
NOT_INSTITUTIONAL_ROLE = words_re(
    r"volunteer\w*", r"retired", r"student", r"alumn\w*", r"member", r"self[- ]employed",
    r"freelanc\w*", r"independent", r"intern",
)
TECHNICAL = words_re(
    r"develop\w*", r"engineer\w*", r"programm\w*", r"software", r"coder", r"devops",
    r"data scien\w*", r"researcher", r"phd", r"doctoral", r"postdoc\w*", r"scientist",
    r"maintainer", r"open[- ]source",
)
def institutions(profile: Profile) -> list[Experience]:
    """Current roles at an institution (outlet, university, think tank, fund, consultancy)
    that the person speaks for."""
    current = [e for e in profile.experience or [] if e.end is None]
    return [e for e in current if e.company and INSTITUTION.search(e.company)
            and not NOT_INSTITUTIONAL_ROLE.search(f"{e.title} {e.company}")]


def personal_channels(profile: Profile) -> tuple[list[str], list[str], list[str]]:
    """(webmail addresses, free-hosted sites, messaging handles) when the profile shows no
    address on an organisation's own domain; all empty when it does."""
    contact = profile.contact
    if contact is None:
        return [], [], []
    domains = [(email, d) for email in contact.emails for _, d in email_domains(email)]
    if any(not is_webmail(d) for _, d in domains):
        return [], [], []
    technical = bool(TECHNICAL.search(" ".join(
        [profile.headline or "", *(e.title for e in profile.experience or [])])))
    sites = [url for url in contact.websites if (host := site_host(url))
             and not (technical and host in CODE_HOSTS)]
    own_sites = [url for url in contact.websites if not site_host(url)]
    if own_sites:
        sites = []  # a site on its own domain: the institution can be checked there
    webmail = list(dict.fromkeys(email for email, _ in domains))
    handles = [h.strip() for h in contact.messaging if h.strip()]
    return webmail, sites, handles


@signal(
    "profile.institution_with_personal_contact",
    severity="medium",
    title="Speaks for an institution but gives only personal webmail or a free-hosted site",
    advice="Find the outlet, university, think tank or fund yourself and contact the person "
    "through its own switchboard or published address. Fake journalists, academics and "
    "think-tank staff use Gmail, Outlook or a free website because they cannot use the real "
    "institution's domain.",
    needs=("contact",),
)
def institution_with_personal_contact(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A current role at a news outlet, university, institute, think tank, fund or
    consultancy (not a volunteer, student, freelance or self-employed role), while every
    e-mail address shown is personal webmail (Gmail, Outlook, Proton, Yandex, 163.com...) or
    the only website is on a free host (wixsite, weebly, blogspot, sites.google.com,
    wordpress.com; github.io and similar code hosts count only for someone who is not a
    developer or researcher). High when the profile gives two personal channels (webmail and
    a free-hosted site, or either with a messaging-app handle); medium for a free-hosted
    site, or a webmail address that carries the institution's name or initials (made to
    look official); low for a plain private webmail address alone (common, and LinkedIn's
    own exports show the account's address). Silent when
    any address is on an organisation's own domain. Recruiters, think tanks, consultancies
    and event organisers are left to ``profile.business_persona_personal_contact``, which
    reads the same channels (one red flag, one finding)."""
    claimed = institutions(profile)
    if not claimed or view(profile, ctx).personas & ORG_PERSONAS:
        return  # recruiters, think tanks, consultancies, events: business_persona_personal_contact
    webmail, sites, handles = personal_channels(profile)
    if not webmail and not sites:
        return
    channels = sum(map(bool, (webmail, sites, handles)))
    mimics = [e for e in webmail if mimics_institution(e, claimed)]
    severity: Severity = ("high" if channels >= 2 else "medium" if sites or mimics
                          else "low")
    names = ", ".join(quote(e.company or "") for e in claimed[:2])
    shown = ", ".join([*webmail, *sites, *handles][:5])
    note = "; the webmail address carries the institution's name" if mimics else ""
    yield Hit(f"works for {names}; contact given: {shown}{note}", severity=severity,
              where="contact details")


def mimics_institution(email: str, claimed: list[Experience]) -> bool:
    """The webmail's local part carries the institution's name or initials
    ("d.keller.stratwell@gmail.com" for Stratwell Advisory, "abpi" for Atlantic Bridge
    Policy Institute): an address made to look official, unlike a private one."""
    local = email.split("@", 1)[0].lower()
    for exp in claimed:
        words = NAME_WORD_RE.findall((exp.company or "").lower())
        tokens = {w for w in words if len(w) >= 3 and w not in GENERIC_NAME_WORDS}
        initials = "".join(w[0] for w in words
                           if w not in ("of", "the", "for", "and", "de", "du", "la"))
        if any(t in local for t in tokens) or (len(initials) >= 3 and initials in local):
            return True
    return False


SALES_ROLE = words_re(
    r"business development (?:representative|rep|associate|executive)", r"bdr", r"sdr",
    r"sales development", r"sales (?:associate|executive|representative|rep)",
    r"lead generation", r"growth (?:hacker|specialist|associate)",
    r"account executive", r"outreach (?:specialist|manager|associate)",
    r"partnerships? (?:associate|executive)",
)
GENERIC_SALES = words_re(
    r"unlock\w* (?:their |your |the )?(?:full )?potential", r"synerg\w+", r"add value",
    r"drive growth", r"(?:innovative|cutting[- ]edge) solutions", r"forward[- ]thinking",
    r"let'?s connect", r"help(?:ing)? businesses", r"scale", r"passionate about",
    r"game[- ]chang\w+", r"take (?:your|their) business", r"next level", r"explore (?:how|ways)",
    r"win[- ]win", r"thought leaders?", r"grow(?:ing)? (?:your|their) business",
)
LEAD_GEN_MIN_PHRASES = 3
SHORT_JOB_MONTHS = 12
NEW_ACCOUNT_MONTHS = 18


def account_months(profile: Profile, today: date) -> int | None:
    if not profile.created or not YEAR_MONTH_RE.match(profile.created):
        return None
    year, month = int(profile.created[:4]), int(profile.created[5:7])
    return (today.year - year) * 12 + today.month - month


YEAR_RE = re.compile(r"^\d{4}")
YEAR_MONTH_RE = re.compile(r"^\d{4}-\d{2}")
NAME_WORD_RE = re.compile(r"[^\W\d_]+")


def months_in_role(exp: Experience, today: date) -> int | None:
    if not exp.start or not YEAR_RE.match(exp.start):
        return None
    year, month = int(exp.start[:4]), int(exp.start[5:7]) if len(exp.start) >= 7 else 1
    return (today.year - year) * 12 + today.month - month


@signal(
    "profile.lead_generation_persona",
    severity="medium",
    title="Looks like a lead-generation persona",
    advice="Treat it as a fake account until shown otherwise: sales personas with generic "
    "text, a full connection count and nothing of their own are mass-produced to collect "
    "contacts. Do not accept or share anything; look for the person on the firm's own site.",
    needs=("activity", "recommendations"),
)
def lead_generation_persona(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A sales or business-development persona (BDR, SDR, sales associate, lead generation)
    whose own words are generic sales phrases (three or more: "unlock their full potential",
    "synergies", "add value", "innovative solutions"...), with a capped connection count
    (500+), no post or comment of its own and no recommendation: the Stanford Internet
    Observatory 2022 lead-generation accounts. High when the current role is also under a
    year old or the account under 18 months, and nobody has endorsed anything."""
    text = view(profile, ctx).own_words
    if not SALES_ROLE.search(" ".join([profile.headline or "", *(
            e.title for e in profile.experience or [] if e.end is None)])):
        return
    phrases = list(dict.fromkeys(m.group(0).lower() for m in GENERIC_SALES.finditer(text)))
    capped = bool(profile.connections_capped) or (profile.connections or 0) >= 500
    own = [a for a in profile.activity or [] if (a.kind or "").lower() in ("post", "comment")]
    if len(phrases) < LEAD_GEN_MIN_PHRASES or not capped or own or profile.recommendations:
        return
    current = [e for e in profile.experience or [] if e.end is None]
    months = months_in_role(current[0], ctx.today) if current else None
    short = months is not None and months < SHORT_JOB_MONTHS
    new = account_months(profile, ctx.today)
    fresh = short or (new is not None and new < NEW_ACCOUNT_MONTHS)
    severity: Severity = "high" if fresh and profile.endorsements == 0 else "medium"
    details = [f"generic phrases {', '.join(quote(p) for p in phrases[:4])}",
               "500+ connections", "no posts or comments", "no recommendations"]
    if short:
        details.append(f"current role {months} months old")
    elif fresh:
        details.append(f"account {new} months old")
    yield Hit("; ".join(details), severity=severity)
