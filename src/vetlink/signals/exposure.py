"""Exposure signals: what your own profile tells a hostile service looking for targets.

These run only in the exposure check (:func:`vetlink.exposure.check_exposure`), on the
user's own profile, never when assessing a contact. Each finding carries the exact text, why
it matters to a hostile actor (``why``) and a suggested rewrite that keeps the profile useful
for a genuine career (``rewrite``). The detectors are in :mod:`vetlink.exposure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vetlink.domain import Profile
from vetlink.exposure.clearance import Mention, find_clearances, tier_of
from vetlink.exposure.details import (
    Span,
    email_kind,
    find_contact_details,
    find_offers,
    find_postings,
    find_units,
    government_department,
)
from vetlink.exposure.programmes import (
    Programme,
    find_programmes,
    is_sensitive_employer,
    names_employer,
    sensitive_context,
)
from vetlink.exposure.text import (
    Segment,
    Unit,
    cut,
    evidence_text,
    meaningful,
    profile_units,
    repair,
    segment_at,
    segments,
    tidy,
)
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.profile_helpers import country_of

REMOVE_ITEM = "(remove this item)"
ON_REQUEST = "security clearance details available on request"


def rewrite_spans(seg: Segment, spans: list[tuple[int, int, str]]) -> str:
    """The segment with each (start, end, replacement) span (offsets in the segment) replaced."""
    out, pos = [], 0
    text = seg.text
    for start, end, replacement in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start] + replacement)
        pos = end
    out.append(text[pos:])
    result = repair(tidy("".join(out), edges=any(not r for *_, r in spans)))
    if text[:1].isupper() and result[:1].islower():
        result = result[0].upper() + result[1:]
    return result


def job_flags(profile: Profile) -> tuple[dict[int, bool], dict[int, bool]]:
    """Per experience entry: at a sensitive employer; at a government or defence employer."""
    sensitive, official = {}, {}
    for i, exp in enumerate(profile.experience or []):
        sensitive[i] = is_sensitive_employer(exp.company)
        official[i] = sensitive[i] or government_department(f"{exp.company or ''} | {exp.title}")
    return sensitive, official


# --- security clearances -------------------------------------------------------------------

CLEARANCE_WHY = (
    "It tells a hostile service that you have access to classified material, and at what "
    "level. Clearance keywords are the first filter used to search professional networks for "
    "targets, and a cleared person is worth a long, patient approach."
)


# What qualifies a clearance claim and goes with it: "until 2027", "(renewed 2023)",
# "valid to March 2028", "since 2019", "current", "active".
CLAIM_QUALIFIER_RE = re.compile(
    r"\s?,?\s?\(?(?:valid\s|held\s|active\s|current\s)?(?:until|till|to|through|thru|expir(?:es|ing)"
    r"|renewed|since|from|granted|obtained|awarded|reviewed)(?:\s(?:in|on))?\s"
    r"(?:[A-Z][a-z]{2,8}\.?\s)?(?:\d{1,2}/)?\d{4}\)?"
    r"|\s?\((?:active|current|valid|live)\)"
)


def clearance_rewrite(seg: Segment, mentions: list[Mention]) -> str:
    if seg.unit.list_item:
        return REMOVE_ITEM
    spans = []
    for m in mentions:
        start, end = m.claim_start - seg.start, m.claim_end - seg.start
        if qualifier := CLAIM_QUALIFIER_RE.match(seg.text, end):
            end = qualifier.end()
        spans.append((start, end))
    rest = tidy(repair(cut(seg.text, spans)))
    if not meaningful(rest):
        return f"{ON_REQUEST.capitalize()}."
    if seg.text[:1].isupper() and rest[:1].islower():
        rest = rest[0].upper() + rest[1:]
    last = seg.text.rstrip()[-1:]
    stop = last if last in (".", "!", "?") else ""
    return f"{rest.rstrip('.!?')} ({ON_REQUEST}){stop}"


def by_segment(unit: Unit, spans: list[tuple[int, int]]) -> dict[Segment, list[int]]:
    """Group span indexes by the segment of ``unit`` they fall in."""
    grouped: dict[Segment, list[int]] = {}
    for i, (start, _) in enumerate(spans):
        grouped.setdefault(segment_at(unit, start), []).append(i)
    return grouped


@signal(
    "exposure.clearance",
    severity="high",
    title="Security clearance advertised",
    advice="Take clearance levels off your profile. Say 'security clearance details available "
    "on request' if a recruiter needs to know; employers and genuine recruiters can ask.",
)
def clearance(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The profile states a security clearance: UK (BPSS, CTC, SC, eSC, DV, eDV, STRAP,
    "Security Cleared", "Developed Vetting"), US (Confidential, Secret, Top Secret, TS/SCI,
    polygraph, DOE Q and L, Public Trust, "active clearance"), NATO (NATO Secret, COSMIC Top
    Secret), Canada (Reliability, Secret, Top Secret, Enhanced Top Secret), Australia
    (Baseline, NV1, NV2, PV, AGSVA) or New Zealand (CV, SV, TSV), in their usual written
    forms. Short codes count only with clearance context ("SC cleared", "hold DV",
    "Clearance: SC", a skills item "DV"), so "Columbia, SC", "DV Group Ltd" or "solar PV" do
    not. Medium for baseline checks (BPSS, Baseline, Public Trust, Reliability)."""
    for unit in profile_units(profile):
        mentions = find_clearances(unit.text, list_item=unit.list_item)
        grouped = by_segment(unit, [(m.start, m.end) for m in mentions])
        for seg, indexes in grouped.items():
            found = [mentions[i] for i in indexes]
            levels = ", ".join(dict.fromkeys(m.level for m in found))
            yield Hit(
                evidence_text(seg, (found[0].start, found[0].end)),
                severity="high" if tier_of(found) == "clearance" else "medium",
                where=unit.where,
                why=f"It says you hold {levels}. {CLEARANCE_WHY}",
                rewrite=clearance_rewrite(seg, found),
            )


# --- named programmes ----------------------------------------------------------------------

PROGRAMME_WHY = (
    "A programme or platform name next to a defence, intelligence, nuclear, space or telecoms "
    "employer tells a hostile service exactly what you work on. They collect these names to "
    "map who works on which programme and to pick the people with the most useful access."
)


def describe_run(programmes: list[Programme], adjective: bool = False,
                 determiner: bool = False) -> str:
    """What a run of programme names becomes in the rewrite: "a combat-air programme",
    "combat-air and submarine programmes", or "combat-air" when the name qualifies the next
    word ("Typhoon Avionics Engineer"). The article the run's span swallowed comes back when
    the name only qualifies ("the Skynet 5 ground segment" -> "the satellite-communications
    ground segment"); after a determiner the span keeps ("our Tempest work"), no article is
    added."""
    kinds = [re.sub(r"^an? |\s(?:programme|project)$", "", p.generic) for p in programmes]
    kinds = list(dict.fromkeys(kinds))
    if adjective:
        words = " and ".join(kinds)
        if re.search(r"\s(?:programme|program|project)$", programmes[-1].name, re.IGNORECASE):
            words += " programme"
        article = programmes[0].article
        return f"{with_article(article, words)}" if article else words
    if len(kinds) == 1:
        generic = programmes[0].generic
        return re.sub(r"^an? ", "", generic) if determiner else generic
    return f"{', '.join(kinds[:-1])} and {kinds[-1]} programmes"


def with_article(article: str, words: str) -> str:
    """``article`` before ``words``, "a"/"an" agreeing with the first word, case kept."""
    if article.lower() in ("a", "an"):
        agreed = "an" if VOWEL_SOUND.match(words) else "a"
        article = agreed.capitalize() if article[:1].isupper() else agreed
    return f"{article} {words}"


VOWEL_SOUND = re.compile(r"[aeio]|u(?!ni|s[aeu])", re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:my|our|their|his|her|its|this|that|these|those|"
                               r"your)\s+$", re.IGNORECASE)


def qualifies_next_word(text: str, end: int) -> bool:
    return bool(re.match(r" [A-Za-z]", text[end:end + 2])) and not re.match(
        r" (?:at|for|with|and|or|in|on|to|from|since|as|by|of|until|during|between)\b",
        text[end:])


def programme_runs(text: str, found: list[Programme]) -> list[list[Programme]]:
    """Programmes written as one list ("Tempest / AUKUS / Dreadnought", "Tempest FCAS")."""
    runs: list[list[Programme]] = []
    for prog in found:
        if runs and re.fullmatch(r"\A\s*(?:/|,|&|\band\b|\bor\b)?\s*", text[runs[-1][-1].end:
                                                                        prog.start]):
            runs[-1].append(prog)
        else:
            runs.append([prog])
    return runs


def run_span(text: str, run: list[Programme]) -> tuple[int, int, str]:
    """(start, end, replacement) for one run of programme names in ``text``."""
    start, end = run[0].start, run[-1].end
    adjective = run[-1].end == run[-1].name_end and qualifies_next_word(text, end)
    determiner = bool(DETERMINER_BEFORE.search(text[max(0, start - 8):start]))
    return start, end, describe_run(run, adjective, determiner)


@signal(
    "exposure.programme",
    severity="high",
    title="Named programme at a sensitive employer",
    advice="Describe the kind of work instead of naming the programme, project or platform "
    "('a combat-air programme', 'a submarine programme').",
)
def programme(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A named programme, project or platform (Tempest, AUKUS, Dreadnought, F-35, Trident,
    Skynet, or any "Project X" / "the X programme") next to a defence, intelligence, nuclear,
    space, telecoms or critical-infrastructure employer: in a job at one, or in a sentence
    that names one."""
    sensitive, _ = job_flags(profile)
    any_sensitive = any(sensitive.values())
    for unit in profile_units(profile):
        for seg in segments(unit):
            found = find_programmes(seg.text)
            if not found or not sensitive_context(unit, sensitive, any_sensitive, seg.text):
                continue
            spans = [run_span(seg.text, r) for r in programme_runs(seg.text, found)]
            names = ", ".join(p.name for p in found)
            focus = (seg.start + found[0].start, seg.start + found[0].end)
            yield Hit(evidence_text(seg, focus), where=unit.where,
                      why=f"It names {names}. {PROGRAMME_WHY}",
                      rewrite=REMOVE_ITEM if unit.list_item else rewrite_spans(seg, spans))


# --- government teams ----------------------------------------------------------------------

@signal(
    "exposure.government_team",
    severity="medium",
    title="Government team or unit named",
    advice="Name the department if you must, but not the directorate, unit, desk or team you "
    "sit in.",
)
def government_team(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The name of a directorate, unit, desk, branch or team (the "Counter-Proliferation
    Unit", "Nuclear Directorate", "Russia Desk") in a job at a government department, the
    armed forces or a defence employer, or in a sentence naming one. The department alone is
    not flagged."""
    _, official = job_flags(profile)
    for unit in profile_units(profile):
        for seg in segments(unit):
            in_context = (unit.job is not None and official.get(unit.job, False)) or \
                government_department(seg.text)
            found = find_units(seg.text) if in_context else []
            if found:
                yield span_hit(seg, found, GOVERNMENT_WHY, "(leave out the team name)")


GOVERNMENT_WHY = (
    "The name of your team tells a hostile service what you work on and who your colleagues "
    "are: they use team names to find more people in the same unit and to make an approach "
    "sound informed."
)


def span_hit(seg: Segment, found: list[Span], why: str, empty: str = REMOVE_ITEM) -> Hit:
    """A finding for spans of one segment; ``empty`` is the rewrite when nothing is left."""
    spans = [(s.start, s.end, s.replacement) for s in found]
    first = found[0]
    rest = "" if seg.unit.list_item else rewrite_spans(seg, spans)
    return Hit(
        evidence_text(seg, (seg.start + first.start, seg.start + first.end)),
        where=seg.unit.where,
        why=why,
        rewrite=rest if meaningful(rest) else empty,
    )


# --- postings and travel -------------------------------------------------------------------

POSTING_WHY = (
    "Postings, deployments and embassy roles abroad show where you have served and which "
    "countries' services already know you; they also hint at your access and at places where "
    "you may be approached in person."
)


@signal(
    "exposure.posting",
    severity="medium",
    title="Postings or deployments abroad",
    advice="Say 'overseas postings' or 'operational deployments' without places, embassies "
    "or operation names.",
)
def posting(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """Postings, deployments, secondments and tours abroad ("deployed to Afghanistan", "Op
    HERRICK", "British Embassy in Moscow", "Defence Attaché"), and jobs at a government or
    defence employer located in another country than the one the profile is based in.
    "Deployed to X" counts only in a government or defence context, so "deployed to
    production" does not."""
    _, official = job_flags(profile)
    for unit in profile_units(profile):
        for seg in segments(unit):
            context = (unit.job is not None and official.get(unit.job, False)) or \
                government_department(seg.text) or names_employer(seg.text)
            found = find_postings(seg.text, bool(context))
            if found:
                yield span_hit(seg, found, POSTING_WHY, "Overseas postings.")
    yield from jobs_abroad(profile, official)


def jobs_abroad(profile: Profile, official: dict[int, bool]) -> Iterator[Hit]:
    """Official jobs whose location is in another country than the profile's own."""
    home = country_of(profile.location)
    if home is None:
        return
    for i, exp in enumerate(profile.experience or []):
        abroad = country_of(exp.location)
        if official.get(i) and exp.location and abroad is not None and abroad != home:
            yield Hit(exp.location, where=f"experience {i + 1} location", why=POSTING_WHY,
                      rewrite="(leave the location out, or write 'overseas')")


# --- personal contact details --------------------------------------------------------------

CONTACT_WHY = {
    "personal email": "A personal address lets anyone contact you off the platform, where "
    "nobody sees the approach, and it is a target for phishing.",
    "work email": "A work address confirms where you work and is a ready target for phishing.",
    "official email": "An official government or military address confirms your employer "
    "and gives a hostile service a ready target for spear-phishing.",
    "phone": "A phone number lets an approach move to calls and messaging apps at once, away "
    "from the platform and from anyone who could notice.",
    "address": "A home address or postcode shows where you live: it enables approaches in "
    "person and pressure on you or your family.",
    "messaging": "A messaging handle invites a stranger straight onto an encrypted, "
    "unmonitored channel, which is where hostile approaches move first.",
}
CONTACT_REWRITE = "(remove it; people can message you on the platform first)"
MEDIUM_CONTACT = {"official email", "phone", "address", "messaging"}


def contact_items(profile: Profile) -> Iterator[tuple[str, str, str]]:
    """(kind, value, where) for the contact section and contact details written in text."""
    contact = profile.contact
    if contact is not None:
        yield from ((f"{email_kind(e)} email", e, "contact") for e in contact.emails)
        yield from (("phone", p, "contact") for p in contact.phones)
        yield from (("messaging", m, "contact") for m in contact.messaging)
    for unit in profile_units(profile):
        for kind, span in find_contact_details(unit.text):
            if kind == "address" and unit.job is not None:
                continue  # an office address in a job is not where you live
            yield kind, unit.text[span.start:span.end], unit.where


@signal(
    "exposure.personal_contact",
    severity="low",
    title="Contact details shown",
    advice="Remove phone numbers, personal email and messaging handles from your profile, or "
    "show them to your 1st-degree connections only. A PDF you saved of your own profile may "
    "show contact details others cannot see: check your contact-info visibility setting.",
)
def personal_contact(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """Email addresses, phone numbers, messaging handles and street addresses or postcodes
    the profile shows, in its contact section or in its text. Medium for a phone number, a
    messaging handle, an address, or a government or military email address."""
    seen: set[str] = set()
    for kind, value, where in contact_items(profile):
        if value.lower() in seen:
            continue
        seen.add(value.lower())
        yield Hit(value, severity="medium" if kind in MEDIUM_CONTACT else "low", where=where,
                  why=CONTACT_WHY[kind], rewrite=CONTACT_REWRITE)


# --- open to offers ------------------------------------------------------------------------

OFFER_WHY = (
    "Paid consultancy, advisory work, research projects and speaking invitations are the most "
    "common cover for hostile approaches: saying you are open to them invites exactly that "
    "approach, and tells the approacher which story to use."
)
WORK_WHY = (
    "An 'open to work' sign tells everyone that you may be receptive to a new offer; a fake "
    "recruiter needs nothing more to start a conversation."
)
OFFER_REWRITE = ("(remove it; use the platform's 'open to work' setting visible to recruiters "
                 "only, and take consultancy or speaking requests through your employer or a "
                 "firm you can verify)")


@signal(
    "exposure.open_to_offers",
    severity="low",
    title="Open to consultancy, speaking or work",
    advice="Remove 'open to consultancy / speaking / freelance'; if you are looking for work, "
    "use the setting that shows it to recruiters only.",
)
def open_to_offers(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The profile says its owner is open to consultancy, advisory, board, freelance or
    speaking work, paid research projects or expert networks (medium), or open to work or
    new opportunities (low)."""
    for unit in profile_units(profile):
        if unit.list_item:
            continue
        for seg in segments(unit):
            found = find_offers(seg.text)
            if not found:
                continue
            strong = any(s.strong for s in found)
            hit = span_hit(seg, found, OFFER_WHY if strong else WORK_WHY, OFFER_REWRITE)
            yield Hit(hit.evidence, severity="medium" if strong else "low", where=hit.where,
                      why=hit.why, rewrite=hit.rewrite)


# --- photos --------------------------------------------------------------------------------

@signal(
    "exposure.photo_review",
    severity="info",
    title="Look at your photo",
    advice="Check your profile and cover photos yourself: no building passes, badges, "
    "lanyards, site signs, secure areas, screens or uniforms with unit insignia.",
    needs=("photo",),
)
def photo_review(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The profile has a photo. vetlink does not judge what it shows: this is a note to look
    at it for passes, badges, lanyards, site signs, secure areas, screens or insignia, which
    tell a hostile service where you work and what a pass looks like."""
    photo = profile.photo
    if photo is None or not (photo.path or photo.present):
        return
    yield Hit(photo.path or "profile photo", where="photo",
              why="Photos of passes, badges, sites or screens show where you work, what "
              "access you have and what a pass looks like (useful to forge one).",
              rewrite="(if it shows a pass, badge, lanyard, site or screen, use a plain "
              "head-and-shoulders photo instead)")
