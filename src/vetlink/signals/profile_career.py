"""Profile signals about the career and education a profile claims: unverifiable employers,
impossible timelines, seniority that does not fit, education that does not fit, locations
that do not add up, and recruiters aimed at government and defence staff."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from vetlink.domain import Education, Experience, Profile, Severity
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.profile_helpers import (
    ORG_PERSONAS,
    Period,
    country_of,
    fmt_month,
    is_full_time_senior,
    month_index,
    parse_ym,
    personas,
    quote,
    role_text,
    today_month,
    words_re,
)
from vetlink.signals.profile_view import view

GENERIC_COMPANY_WORDS = {
    "global", "international", "worldwide", "strategy", "strategic", "strategies", "consulting",
    "consultancy", "consultants", "partners", "group", "solutions", "research", "institute",
    "policy", "talent", "advisory", "advisors", "advisers", "associates", "capital", "holdings",
    "services", "center", "centre", "foundation", "forum", "council", "ventures", "management",
    "resources", "human", "executive", "search", "recruitment", "recruiting", "staffing",
    "think", "tank", "network", "networks", "affairs", "studies", "development", "limited",
    "ltd", "llc", "inc", "co", "company", "corp", "plc", "gmbh", "the", "and", "of", "for",
    "&", "asia", "pacific", "asia-pacific", "euro", "european", "eurasian", "atlantic",
    "america", "american", "americas", "africa", "african", "middle", "east", "eastern",
    "western", "north", "south", "world", "united", "first", "premier", "elite", "prime",
    "alliance", "agency", "insight", "insights", "intelligence", "economic", "economics",
    "security", "public", "governance", "leadership", "business", "professional", "professionals",
    "experts", "expert", "analysis", "analytics", "consult", "bridge", "horizon", "dynamics",
    "innovation", "future", "futures", "initiative", "exchange", "cooperation", "trade",
    "relations", "communications", "media", "events", "conference", "conferences", "summit",
    "dialogue", "on", "in", "eurasia", "asian", "transatlantic",
    "leaders", "sciences", "science", "technology", "technologies",
}
ANONYMOUS_EMPLOYERS = words_re(
    r"confidential(?: (?:company|client|firm|employer))?s?", r"undisclosed", r"stealth",
    r"private(?: (?:client|company|firm|sector))?s?", r"self[- ]employed", r"freelance",
    r"independent(?: consultant)?", r"n/?a", r"various", r"not disclosed", r"secret",
)
SECRETIVE_EMPLOYERS = words_re(r"confidential\w*", r"undisclosed", r"not disclosed", r"secret")


@lru_cache(maxsize=4096)  # company names repeat across profiles
def is_generic_company(name: str | None) -> bool:
    """No company, or a company name made only of generic words ("Global Strategy Partners")."""
    if not name or not name.strip():
        return True
    tokens = [t for t in re.split(r"[\s,.()/]+", name.lower()) if t]
    return all(t in GENERIC_COMPANY_WORDS or t.strip("-") in GENERIC_COMPANY_WORDS
               for t in tokens)


@lru_cache(maxsize=4096)
def is_anonymous(name: str | None) -> bool:
    if not name:
        return False
    match = ANONYMOUS_EMPLOYERS.fullmatch(name.strip())
    return match is not None


def shows_company_urls(profile: Profile) -> bool:
    return any(e.company_url for e in profile.experience or [])


def unverifiable(exp: Experience, urls_shown: bool) -> bool:
    """A firm nobody could look up: generic name, no location, no description, and no
    company page where the source shows company pages."""
    no_page = not exp.company_url if urls_shown else True
    return (is_generic_company(exp.company) and not exp.location and not exp.description
            and no_page)


@signal(
    "profile.recruiter_unverifiable_firm",
    severity="medium",
    title="Recruiter, consultancy or think tank that cannot be verified",
    advice="Look the firm up yourself (company register, its own website, its company page) "
    "before discussing anything; fake recruiters and think tanks use generic names that "
    "cannot be checked.",
)
def recruiter_unverifiable_firm(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A recruiting, consulting, think-tank or events role at a firm whose name is made only
    of generic words (or missing), with no location, no description and no company page.
    High when it is the current role."""
    urls_shown = shows_company_urls(profile)
    for number, exp in enumerate(profile.experience or [], start=1):
        if not personas(role_text(exp)) & ORG_PERSONAS or not unverifiable(exp, urls_shown):
            continue
        current = exp.end is None and bool(exp.start)
        yield Hit(f"'{exp.title}' at '{exp.company or 'no company'}': no location, "
                  f"description or company page", severity="high" if current else "medium",
                  where=f"experience {number}")


@signal(
    "profile.anonymous_employer",
    severity="low",
    title="Employer hidden or only self-employed",
    advice="Ask who the employer really is and verify it; an employer nobody can check is a "
    "common cover for a fake persona.",
)
def anonymous_employer(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """Every employer is hidden or self-declared ("Confidential", "Self-employed",
    "Freelance", "Private"), or a recruiting or think-tank role is at a "Confidential"
    employer. Medium when the contact presents as a recruiter, consultancy, think tank or
    event organiser."""
    entries = [(n, e) for n, e in enumerate(profile.experience or [], start=1) if e.company]
    if not entries:
        return
    all_hidden = all(is_anonymous(e.company) for _, e in entries)
    severity: Severity = "medium" if view(profile, ctx).personas & ORG_PERSONAS else "low"
    for number, exp in entries:
        secretive_org = bool(SECRETIVE_EMPLOYERS.search(exp.company or "")) and bool(
            personas(exp.title) & ORG_PERSONAS)
        if (all_hidden and is_anonymous(exp.company)) or secretive_org:
            yield Hit(f"'{exp.title}' at '{exp.company}'", severity=severity,
                      where=f"experience {number}")


def date_problems(period_start: str | None, period_end: str | None, today: int) -> list[str]:
    start, end = parse_ym(period_start), parse_ym(period_end)
    problems = []
    if start and month_index(*start) > today + 1:
        problems.append(f"starts {period_start}, in the future")
    if end and month_index(*end) > today + 1:
        problems.append(f"ends {period_end}, in the future")
    if start and end and month_index(*end) < month_index(*start):
        problems.append(f"ends {period_end} before it starts {period_start}")
    if start and start[0] < 1940:
        problems.append(f"starts {period_start}")
    return problems


@signal(
    "profile.impossible_dates",
    severity="medium",
    title="Impossible dates",
    advice="Ask about the dates that cannot be right; invented careers are often typed in "
    "carelessly.",
)
def impossible_dates(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A job or a degree that starts in the future, ends before it starts, or starts before
    1940. (Degrees may end in the future: students list their expected graduation.) One
    finding per job or degree, listing its problems."""
    now = today_month(ctx.today)
    for number, exp in enumerate(profile.experience or [], start=1):
        problems = date_problems(exp.start, exp.end, now)
        if problems:
            yield Hit(f"'{exp.title}' {'; '.join(problems)}", where=f"experience {number}")
    for number, edu in enumerate(profile.education or [], start=1):
        problems = [p for p in date_problems(edu.start, edu.end, now)
                    if not ("ends" in p and "future" in p)]
        if problems:
            yield Hit(f"'{edu.school}' {'; '.join(problems)}", where=f"education {number}")


def concurrent_at(month: int, senior: list[Period]) -> list[Period]:
    return [p for p in senior if p.start <= month < p.end]


@signal(
    "profile.concurrent_senior_roles",
    severity="medium",
    title="Several senior full-time jobs at the same time",
    advice="Ask how the person held these senior jobs at once; stitched-together careers "
    "often overlap.",
)
def concurrent_senior_roles(profile: Profile, ctx: Context) -> Iterator[str]:
    """Three or more senior full-time roles (director, head, VP, chief officer, partner) at
    different employers overlap for at least six months. Board, advisory, founder,
    volunteer, part-time and visiting roles do not count."""
    senior = [p for p in view(profile, ctx).periods
              if is_full_time_senior(p.exp) and p.months >= 6]
    for month in sorted({p.start for p in senior}):
        window = [p for p in concurrent_at(month, senior)
                  if min(p.end, month + 6) - month >= 6]
        employers = {(p.exp.company or p.exp.title).lower() for p in window}
        if len(employers) >= 3:
            roles = "; ".join(f"'{p.exp.title}' at '{p.exp.company}'" for p in window)
            yield f"from {fmt_month(month)}: {roles}"
            return


BACHELOR = words_re(r"bachelor\w*", r"b\.?a\.?", r"b\.?sc?\.?", r"b\.?eng\.?", r"b\.?tech",
                    r"b\.?com", r"ll\.?b", r"a\.?b\.?", r"undergraduate", r"licen[cs]e\w*",
                    r"licenciatura", r"bs")
DOCTORATE = words_re(r"ph\.? ?d\.?", r"d\.?phil", r"doctor\w*", r"dr\.?", r"ed\.?d",
                     r"d\.?sc")
POSTGRADUATE = words_re(r"master\w*", r"m\.?sc?", r"m\.?a", r"mba", r"m\.?eng", r"m\.?phil",
                        r"ll\.?m", r"mres", r"postgraduate", r"graduate diploma",
                        r"ph\.? ?d\.?", r"d\.?phil", r"doctor\w*", r"m\.?s")
# Secondary school only: "diploma" and "baccalaureate" also name university degrees.
SCHOOL_LEVEL = words_re(r"high school", r"secondary", r"gymnasium", r"lyc[ée]e", r"a[- ]levels?",
                        r"gcses?", r"college prep\w*", r"sixth form", r"grammar school",
                        r"comprehensive school")


def degree_text(edu: Education) -> str:
    return f"{edu.degree or ''} {edu.field or ''}"


def first_degree(profile: Profile) -> tuple[int, int, Education] | None:
    """(start month, end month, entry) of the earliest bachelor's degree with an end date."""
    found = []
    for edu in profile.education or []:
        end = parse_ym(edu.end)
        if not end or not BACHELOR.search(edu.degree or ""):
            continue
        start = parse_ym(edu.start)
        start_index = month_index(*start) if start else month_index(*end) - 36
        found.append((start_index, month_index(*end), edu))
    return min(found, key=lambda item: item[1]) if found else None


@signal(
    "profile.seniority_too_early",
    severity="medium",
    title="Senior role too soon after the first degree",
    advice="Ask how the person became a director so early; invented careers often give a "
    "senior title that the dates cannot support.",
)
def seniority_too_early(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A senior full-time role (director, head, VP, chief officer, partner; founders, board
    and student roles excepted) starts less than a year after the first bachelor's degree
    ended (medium), or while studying for it (low). Roles that began before the degree are
    not judged: people start degrees at any age."""
    degree = first_degree(profile)
    if degree is None:
        return
    start, end, edu = degree
    for period in view(profile, ctx).periods:
        if (not is_full_time_senior(period.exp) or not start <= period.start < end + 12
                or STUDENT_ROLE.search(role_text(period.exp))):
            continue
        studying = period.start < end
        yield Hit(f"'{period.exp.title}' from {fmt_month(period.start)}, "
                  f"{timing(period.start, end)} ({edu.degree}, {edu.end})",
                  severity="low" if studying else "medium", where=period.where)


STUDENT_ROLE = words_re(r"student\w*", r"club", r"society", r"chapter", r"association",
                        r"union", r"fraternity", r"sorority", r"campus", r"universit\w+",
                        r"college", r"school", r"team")


def timing(role_start: int, degree_end: int) -> str:
    if role_start < degree_end:
        return "while studying for the degree"
    return f"{(role_start - degree_end) / 12:.1f} years after graduating"


TRIVIAL_ROLE = words_re(
    r"intern\w*", r"student\w*", r"part[- ]time", r"volunteer\w*", r"summer", r"assistant",
    r"trainee", r"apprentic\w+", r"cashier", r"waiter", r"waitress", r"barista", r"camp",
    r"tutor\w*", r"lifeguard", r"sales associate", r"crew", r"babysit\w*", r"paper ?boy",
    r"seasonal", r"helper", r"clerk", r"scholar", r"research assistant", r"teaching assistant",
)


def earliest_birth_year(profile: Profile) -> tuple[int, str] | None:
    """The earliest plausible birth year: nobody starts secondary school older than 16.
    (A bachelor's degree gives no such bound: people start one at any age.)"""
    estimates = []
    for edu in profile.education or []:
        start = parse_ym(edu.start)
        if start and SCHOOL_LEVEL.search(f"{edu.school} {degree_text(edu)}"):
            estimates.append((start[0] - 16, f"school from {edu.start}"))
    return min(estimates) if estimates else None


@signal(
    "profile.career_start_implausible",
    severity="low",
    title="Career starts at an implausible age",
    advice="Check the dates with the person; a professional job before the age of fourteen, "
    "or a senior one before eighteen, suggests an invented history.",
)
def career_start_implausible(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """Judging by when secondary school began (at sixteen at the latest), a job that is not
    an internship, student or holiday job starts before the age of fourteen, or a senior one
    before eighteen (medium). Silent without a dated school entry: a bachelor's degree can be
    started at any age, so it bounds nothing."""
    estimate = earliest_birth_year(profile)
    if estimate is None:
        return
    born, basis = estimate
    for period in view(profile, ctx).periods:
        age = period.start // 12 - born
        senior = is_full_time_senior(period.exp)
        if (senior and age < 18) or (age < 14 and not TRIVIAL_ROLE.search(period.exp.title)):
            yield Hit(f"'{period.exp.title}' from {fmt_month(period.start)}, at {age} at most "
                      f"({basis})", severity="medium" if senior else "low", where=period.where)


ACADEMIC_TITLE = words_re(r"professor", r"lecturer", r"post-?doc\w*", r"research fellow",
                          r"principal investigator", r"research scientist")
DOCTOR_CLAIM = words_re(r"ph\.? ?d\.?", r"d\.?phil", r"dr\.?")


def degrees_listed(profile: Profile) -> list[str]:
    return [edu.degree for edu in profile.education or [] if edu.degree]


@signal(
    "profile.education_mismatch",
    severity="low",
    title="Claimed qualifications not in the education listed",
    advice="Check the claimed doctorate or academic post with the university; personas often "
    "claim titles their listed education does not support.",
)
def education_mismatch(profile: Profile, ctx: Context) -> Iterator[str]:
    """The name or headline claims a doctorate ("Dr", "PhD"), or a current role is an
    academic post (professor, lecturer, postdoc), but the degrees listed include no doctorate
    (for the claim) or no postgraduate degree (for the post). Silent when no degree is
    listed."""
    degrees = degrees_listed(profile)
    if not degrees:
        return
    joined = ", ".join(degrees)
    claim = DOCTOR_CLAIM.search(f"{profile.name} {profile.headline or ''}")
    if claim and not any(DOCTORATE.search(d) for d in degrees):
        yield f"claims '{claim.group(0)}'; degrees listed: {joined}"
    academic = [e for e in profile.experience or [] if e.end is None and e.start
                and ACADEMIC_TITLE.search(e.title)]
    if academic and not any(POSTGRADUATE.search(d) for d in degrees):
        yield f"'{academic[0].title}'; degrees listed: {joined}"


ELITE_SCHOOLS = words_re(
    r"harvard", r"stanford", r"yale", r"princeton", r"mit", r"massachusetts institute of "
    r"technology", r"columbia university", r"oxford", r"cambridge", r"london school of "
    r"economics", r"lse", r"imperial college", r"sorbonne", r"sciences po", r"insead",
    r"wharton", r"tsinghua", r"peking university", r"eth z[üu]rich", r"caltech",
    r"georgetown", r"johns hopkins", r"berkeley",
)


def vague_career(profile: Profile) -> str | None:
    entries = profile.experience or []
    if len(entries) <= 1:
        return f"{len(entries)} job listed"
    if not any(e.description for e in entries):
        return "no job has a description"
    if any(is_anonymous(e.company) or is_generic_company(e.company) for e in entries):
        return "an employer is hidden or generic"
    return None


@signal(
    "profile.elite_school_vague_career",
    severity="low",
    title="Famous university without dates or degree, vague career",
    advice="Do not let a famous university name reassure you; check the degree and the jobs "
    "independently.",
)
def elite_school_vague_career(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A famous university is listed without dates or without a degree, and the career is
    vague (one job or none, no job described, or a hidden or generic employer). Medium when
    both the dates and the degree are missing."""
    career = vague_career(profile)
    if career is None:
        return
    for number, edu in enumerate(profile.education or [], start=1):
        if not ELITE_SCHOOLS.search(edu.school):
            continue
        missing = [w for w, v in (("dates", edu.start or edu.end), ("degree", edu.degree))
                   if not v]
        if missing:
            yield Hit(f"'{edu.school}' with no {' or '.join(missing)}; {career}",
                      severity="medium" if len(missing) == 2 else "low",
                      where=f"education {number}")


def job_countries(profile: Profile, today_periods: list[Period]) -> list[tuple[int, str]]:
    found = []
    for period in today_periods:
        country = country_of(period.exp.location)
        if country:
            found.append((period.start, country))
    return found


def countries_in_window(found: list[tuple[int, str]], months: int = 36) -> set[str]:
    best: set[str] = set()
    for start, _ in found:
        window = {c for s, c in found if start <= s < start + months}
        best = window if len(window) > len(best) else best
    return best


@signal(
    "profile.location_inconsistent",
    severity="low",
    title="Locations do not add up",
    advice="Ask where the person really lives and works; a persona's stated location often "
    "does not match the career it claims.",
)
def location_inconsistent(profile: Profile, ctx: Context) -> Iterator[str]:
    """The profile's location is in one country while every job with a recognisable location
    (two or more) is in another, or jobs in four or more countries start within three
    years."""
    found = job_countries(profile, view(profile, ctx).periods)
    home = country_of(profile.location)
    abroad = sorted({c for _, c in found})
    if home and len(found) >= 2 and home not in abroad:
        yield f"location '{profile.location}'; jobs in {', '.join(abroad)}"
    hopping = countries_in_window(found)
    if len(hopping) >= 4:
        yield f"jobs in {len(hopping)} countries within 3 years: {', '.join(sorted(hopping))}"


PART_TIME_STUDY = words_re(r"executive", r"part[- ]time", r"online", r"distance",
                          r"evening", r"weekend", r"modular", r"exchange", r"summer",
                          r"certificate", r"course", r"emba", r"open university")
NOT_FULL_TIME_JOB = words_re(r"remote", r"part[- ]time", r"freelance", r"contract\w*",
                             r"intern\w*", r"visiting", r"student\w*", r"research assistant",
                             r"teaching assistant", r"volunteer\w*", r"advis[eo]r\w*",
                             r"board", r"member", r"fellow\w*", r"founder", r"owner",
                             r"self[- ]employed")


def full_time_study(edu: Education, today: date) -> tuple[int, int, str] | None:
    """(start, end, country) of a dated, full-time degree at a school whose country is known."""
    start, end = parse_ym(edu.start), parse_ym(edu.end)
    country = country_of(edu.school)
    if not start or not end or not country or PART_TIME_STUDY.search(
            f"{edu.school} {degree_text(edu)}"):
        return None
    end_index = min(month_index(*end), today_month(today))
    return (month_index(*start), end_index, country) if end_index - month_index(*start) >= 12 \
        else None


@signal(
    "profile.study_work_conflict",
    severity="low",
    title="Full-time study in one country while working full-time in another",
    advice="Ask how the person studied and worked in two countries at once; invented "
    "histories are stitched together without checking that the places agree.",
)
def study_work_conflict(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """A dated degree of a year or more at a school in a recognisable country (executive,
    part-time, online and distance study excepted) overlaps for twelve months or more with a
    full-time job located in another country (remote, part-time, internship, advisory and
    founder roles excepted). One finding per degree, listing the jobs it overlaps."""
    studies = [(number, edu, study) for number, edu in enumerate(profile.education or [], 1)
               if (study := full_time_study(edu, ctx.today)) is not None]
    if not studies:
        return  # no full-time degree: the jobs need not be read
    jobs = [(p, country_of(p.exp.location)) for p in view(profile, ctx).periods
            if not NOT_FULL_TIME_JOB.search(f"{p.exp.title} {p.exp.location or ''}")]
    for number, edu, (start, end, country) in studies:
        conflicts = [f"'{period.exp.title}' in {job_country} from {fmt_month(period.start)}"
                     for period, job_country in jobs
                     if job_country and job_country != country
                     and min(end, period.end) - max(start, period.start) >= 12]
        if conflicts:
            yield Hit(f"'{edu.school}' ({country}) {edu.start}–{edu.end} while "
                      f"{'; '.join(conflicts)}", where=f"education {number}")


SENSITIVE_TARGETS = words_re(
    r"defen[cs]e", r"military", r"armed forces", r"government\w*", r"civil servants?",
    r"civil service", r"public servants?", r"officials?", r"diplomat\w*", r"security[- ]cleared",
    r"clearances?", r"cleared", r"sc/dv", r"dv", r"nuclear", r"intelligence", r"aerospace",
    r"policy[- ]?makers?", r"ministr(?:y|ies)", r"national security", r"critical infrastructure",
    r"semiconductors?", r"dual[- ]use",
)


@signal(
    "profile.recruiter_targets_sensitive_sectors",
    severity="medium",
    title="Recruiter or think tank looking for government, defence or security people",
    advice="Be especially careful: hostile states pose as recruiters and think tanks to reach "
    "government, defence and security staff; report it to your security team.",
)
def recruiter_targets_sensitive_sectors(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The contact presents as a recruiter, headhunter, think tank, consultancy or event
    organiser, and the headline or about names government, defence, security-cleared,
    nuclear or intelligence people as who they are after: the pattern MI5's "Think Before You
    Link" warns about. Genuine defence recruiters say the same, so the sector mention alone is
    low; it is medium when the persona cannot be placed: no named (non-generic, non-hidden)
    employer, or a page that shows no recommendations and no mutual connections at all."""
    if not view(profile, ctx).personas & ORG_PERSONAS:
        return
    targets = outermost(SENSITIVE_TARGETS.findall(view(profile, ctx).own_words))
    if not targets:
        return
    evidence = f"presents as {', '.join(sorted(view(profile, ctx).personas))}; mentions " + \
        ", ".join(quote(t) for t in targets[:5])
    unplaced = unplaced_persona(profile)
    if unplaced:
        evidence += f" ({unplaced})"
    yield Hit(evidence, severity="medium" if unplaced else "low")


def unplaced_persona(profile: Profile) -> str:
    """Why the persona cannot be placed, or "" when it names its firm and shows some track
    record (or the page does not show the track-record fields: missing is not evidence)."""
    named = [e for e in profile.experience or []
             if e.company and not is_generic_company(e.company) and not is_anonymous(e.company)]
    if not named:
        return "no named employer"
    if profile.recommendations == 0 and profile.mutual_connections == 0:
        return "no recommendations and no mutual connections"
    return ""


def outermost(terms: list[str]) -> list[str]:
    """The terms in lower case, each once, without those that are part of a longer one shown
    ("dv" after "sc/dv")."""
    unique = list(dict.fromkeys(t.lower() for t in terms))
    return [t for t in unique
            if not any(t != longer and has_whole_term(longer, t) for longer in unique)]


def has_whole_term(text: str, term: str) -> bool:
    """``term`` occurs in ``text`` with no word character or hyphen right before or after."""
    start = text.find(term)
    while start >= 0 and term:
        end = start + len(term)
        if not (start and _joins(text[start - 1])) and not (end < len(text) and _joins(text[end])):
            return True
        start = text.find(term, start + 1)
    return False


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"
