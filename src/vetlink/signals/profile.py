"""Profile signals about the account itself: photo, size, age, network, activity,
verification and name.

Each function is one signal. It receives the Profile and the Context and yields evidence.
Career and education signals are in :mod:`vetlink.signals.profile_career`; signals about what
the profile says (offers, wording, contact details, targeting) in
:mod:`vetlink.signals.profile_language`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from urllib.parse import unquote

from vetlink.domain import Profile, Severity
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.profile_helpers import (
    ORG_PERSONAS,
    ascii_fold,
    distinct,
    is_latin,
    is_senior,
    words_re,
)
from vetlink.signals.profile_view import view


@signal(
    "profile.no_photo",
    severity="medium",
    title="No profile photo",
    advice="Ask yourself why a professional would hide their face; fake personas often have "
    "no photo or a stolen one.",
    needs=("photo",),
)
def no_photo(profile: Profile, ctx: Context) -> Iterator[str]:
    """The profile shows no photo of its owner. Silent when the source cannot show photos
    (a PDF export)."""
    if profile.photo is not None and profile.photo.present is False and not profile.photo.path:
        yield "the profile has no photo"


def filled_sections(profile: Profile) -> list[str]:
    """The substantial parts of a profile that are present."""
    sections = []
    if profile.about and len(profile.about.split()) >= 10:
        sections.append("about")
    experience = profile.experience or []
    if len(experience) >= 2 or any(e.description for e in experience):
        sections.append("experience")
    if profile.education:
        sections.append("education")
    if len(profile.skills or []) >= 3:
        sections.append("skills")
    return sections


@signal(
    "profile.thin_profile",
    severity="low",
    title="Very little on the profile",
    advice="Look for the person outside the platform (employer website, publications) before "
    "trusting a profile that says almost nothing about them.",
)
def thin_profile(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The profile has at most one substantial section among an about text of ten words or
    more, two or more jobs (or one described job), education, and three or more skills.
    Fake personas are often created quickly and left thin. Medium when none is present."""
    sections = filled_sections(profile)
    if len(sections) > 1:
        return
    empty = join_or([s for s in SECTIONS if s not in sections])
    if sections:
        yield Hit(f"only 1 of 4 sections filled in ({sections[0]}); little or nothing under "
                  f"{empty}", severity="low")
    else:
        yield Hit(f"no section filled in: little or nothing under {empty}", severity="medium")


SECTIONS = ("about", "experience", "education", "skills")


def join_or(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b or c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def account_age_days(profile: Profile, today: date) -> int | None:
    try:
        created = date.fromisoformat((profile.created or "")[:10])
    except ValueError:
        return None
    return (today - created).days


@signal(
    "profile.new_account",
    severity="medium",
    title="Account created recently",
    advice="Be wary of a brand-new account approaching you; ask how they found you and verify "
    "them through their employer.",
    needs=("created",),
)
def new_account(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The account is less than six months old. High when it is less than three months old,
    claims eight years or more of career or a senior current role, and presents as a
    recruiter, think tank, consultancy or event organiser: a firm's long-established
    representative rarely opens a first account just before approaching strangers. (Senior
    people joining late is common otherwise, so that alone stays medium.)"""
    age = account_age_days(profile, ctx.today)
    if age is None or not 0 <= age < 183:
        return
    years = view(profile, ctx).career_years
    senior = any(is_senior(e.title) for e in view(profile, ctx).current_roles)
    org = bool(view(profile, ctx).personas & ORG_PERSONAS)
    severity: Severity = "high" if age < 92 and org and (years >= 8 or senior) else "medium"
    yield Hit(f"account created {profile.created}, {age} days ago", severity=severity)


def connections_text(profile: Profile) -> str:
    count = profile.connections or 0
    return f"{count}+ connections" if profile.connections_capped else f"{count} connections"


@signal(
    "profile.many_connections_no_mutuals",
    severity="low",
    title="Many (or round-number) connections, none in common",
    advice="Ask a colleague whether they know this person; a large network with nobody in "
    "common with you is typical of personas that connect with anyone who accepts.",
    needs=("connections", "mutual_connections"),
)
def many_connections_no_mutuals(profile: Profile, ctx: Context) -> Iterator[str]:
    """The connection count is capped ("500+") or a round hundred, yet the contact shares at
    most one connection with you."""
    count = profile.connections or 0
    mutual = profile.mutual_connections or 0
    round_number = count >= 200 and count % 100 == 0
    if mutual <= 1 and (profile.connections_capped or count >= 500 or round_number):
        yield f"{connections_text(profile)}, {mutual} mutual"


@signal(
    "profile.followers_below_connections",
    severity="medium",
    title="Far fewer followers than connections",
    advice="Treat the network size as unproven; on LinkedIn every connection follows you by "
    "default, so this gap suggests connections gathered in bulk or numbers that are made up.",
    needs=("connections", "followers"),
)
def followers_below_connections(profile: Profile, ctx: Context) -> Iterator[str]:
    """Fewer followers than half the connections (with 100 connections or more). Connections
    follow each other by default, so genuine accounts have at least about as many followers
    as connections."""
    count = profile.connections or 0
    followers = profile.followers or 0
    if count >= 100 and followers < count / 2:
        yield f"{followers} followers for {connections_text(profile)}"


RESHARES = {"share", "reshare", "repost", "like", "reaction", "react"}


@signal(
    "profile.no_original_activity",
    severity="low",
    title="No activity, or only likes and reshares",
    advice="Check whether the person has ever written anything themselves; a persona built "
    "to approach people often has no voice of its own.",
    needs=("activity",),
)
def no_original_activity(profile: Profile, ctx: Context) -> Iterator[str]:
    """The profile shows no activity at all, or only likes and reshares (no post or comment
    of its own)."""
    activity = profile.activity or []
    if not activity:
        yield "no posts, comments or reshares shown"
        return
    kinds = [(a.kind or "").lower() for a in activity]
    if all(kind in RESHARES for kind in kinds):
        yield f"{len(kinds)} of {len(kinds)} activities are likes or reshares"


@signal(
    "profile.no_endorsements",
    severity="low",
    title="No recommendations or endorsements despite a long career",
    advice="Ask yourself why nobody from a long career vouches for this person; verify the "
    "claimed roles with the employers.",
    needs=("recommendations", "endorsements"),
)
def no_endorsements(profile: Profile, ctx: Context) -> Iterator[str]:
    """No recommendations and no endorsements although the profile claims eight years or
    more of career or a senior current role. Low: many genuine people never ask for either."""
    if profile.recommendations or profile.endorsements:
        return
    years = view(profile, ctx).career_years
    senior = any(is_senior(e.title) for e in view(profile, ctx).current_roles)
    if years < 8 and not senior:
        return
    yield f"0 recommendations and 0 endorsements after {years:.0f} years of career"


@signal(
    "profile.unverified",
    severity="low",
    title="Identity and workplace not verified",
    advice="Prefer contacts whose identity or workplace the platform has verified, or verify "
    "them yourself through the employer.",
    needs=("verified",),
)
def unverified(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The site shows verification and neither the identity nor the workplace is verified.
    Medium when the contact presents as a recruiter, think tank, consultancy or event
    organiser: someone speaking for a firm can usually verify that they work there."""
    verified = profile.verified
    if verified is None or verified.identity is not False or verified.workplace is not False:
        return
    severity: Severity = "medium" if view(profile, ctx).personas & ORG_PERSONAS else "low"
    yield Hit("identity: not verified; workplace: not verified", severity=severity)


NAME_KEYWORDS = words_re(
    r"recruit\w*", r"hiring", r"hr", r"talent", r"jobs?", r"careers?", r"headhunter",
    r"official", r"agent", r"consultant", r"ceo", r"opportunit\w+", r"open to work",
)


def is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") or ch in "|•★✓✔@#"


ASCII_SYMBOLS = frozenset(ch for ch in map(chr, range(128)) if is_symbol(ch))


def name_anomalies(name: str) -> Iterator[str]:
    """Each kind of anomaly once: capitals, symbols, digits, then the job words found."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters) and len(
            [t for t in re.split(r"\W+", name) if t]) >= 2:
        yield f"name in capitals: '{name}'"
    if name.isascii():  # the same test, without a Unicode category lookup per character
        symbols = [ch for ch in name if ch in ASCII_SYMBOLS]
    else:
        symbols = [ch for ch in name if is_symbol(ch)]
    if symbols:
        yield f"symbols in name: '{''.join(dict.fromkeys(symbols))}'"
    if any(ch.isdigit() for ch in name):
        yield f"digits in name: '{name}'"
    keywords = distinct(NAME_KEYWORDS.findall(name))
    if keywords:
        label = "keyword" if len(keywords) == 1 else "keywords"
        yield f"{label} in name: " + ", ".join(f"'{k}'" for k in keywords)


@signal(
    "profile.name_anomaly",
    severity="low",
    title="Unusual name",
    advice="Real people rarely write their name in capitals or with symbols or job words; "
    "search for the person by name elsewhere.",
)
def name_anomaly(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The name is written in capitals, or contains symbols or emoji, digits, or job words
    ("Recruiter", "Hiring", "Talent"): marks of accounts made in bulk or for marketing. One
    finding listing every anomaly of the name."""
    anomalies = list(name_anomalies(profile.name))
    if anomalies:
        yield Hit("; ".join(anomalies), where="name")


SLUG = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.IGNORECASE)


def name_tokens(name: str) -> list[str]:
    folded = ascii_fold(name).lower()
    return [t for t in re.split(r"[^a-z]+", folded) if len(t) >= 3]


def slug_matches(slug: str, tokens: list[str]) -> bool:
    letters = re.sub(r"[^a-z]", "", ascii_fold(slug).lower())
    if len(letters) < 4:
        return True  # initials or numbers: nothing to compare
    return any(t in letters or (len(t) >= 5 and t[:4] in letters) for t in tokens)


@signal(
    "profile.name_url_mismatch",
    severity="low",
    title="Name does not match the profile address",
    advice="Ask why the profile's web address carries a different name; personas are often "
    "renamed accounts bought or taken over from someone else.",
)
def name_url_mismatch(profile: Profile, ctx: Context) -> Iterator[str]:
    """The LinkedIn address (``linkedin.com/in/<slug>``) contains no part of the name shown.
    Silent when there is no address, the name is not in Latin script, or the slug is too
    short to compare."""
    match = SLUG.search(profile.url or "")
    tokens = name_tokens(profile.name)
    if not match or not tokens or not is_latin(profile.name):
        return
    slug = unquote(match.group(1))
    if not slug_matches(slug, tokens):
        yield f"name '{profile.name}', address /in/{slug}"
