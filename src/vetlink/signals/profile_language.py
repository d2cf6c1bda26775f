"""Profile signals about what the profile says and how: offers of paid work, machine-written
or templated text, buzzwords, contact details pointing off the platform, and contacts whose
line of work has nothing to do with the person they approach."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vetlink.domain import SEVERITY_ORDER, Profile, Severity
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.domains import email_domains, is_webmail
from vetlink.signals.literals import may_match
from vetlink.signals.money import lazy_money
from vetlink.signals.patterns import OFF_PLATFORM_APPS, phone_numbers
from vetlink.signals.profile_hallmarks import personal_channels
from vetlink.signals.profile_helpers import (
    ORG_PERSONAS,
    contact_sector_text,
    distinct,
    domains,
    merge_spans,
    quote,
    sectors,
    sentences,
    viewer_sector_text,
    words_re,
)
from vetlink.signals.profile_view import ProfileView, has_digit, normalise, view

MONEY_OFFER = words_re(
    r"attractive (?:fees?|remuneration|compensation|pay|rates?|rewards?|packages?)",
    r"(?:generous|handsome|substantial|lucrative) (?:fees?|honorari(?:um|a)|remuneration|"
    r"compensation|pay|rewards?|rates?)",
    r"(?:competitive|excellent|great|top|high) (?:fees?|honorari(?:um|a))",
    r"(?:speaking|speaker|consulting|consultancy|advisory|writing) fees?",
    r"honorari(?:um|a)",
    r"(?:(?:all|full|fully)[- ])?(?:(?:travel|hotel|flights?|accommodation)(?: and \w+)?[- ])?"
    r"expenses?[- ](?:paid|covered|reimbursed)",
    r"(?:paid|fully[- ]funded|sponsored|free|expenses[- ]paid)(?: study| research| "
    r"fact[- ]finding)? (?:trips?|travel|visits?|flights?|tours?)",
    r"(?:business|first)[- ]class (?:flights?|travel|tickets?)",
    r"(?:5|five)[- ]star (?:hotels?|accommodation)",
    r"(?:flights?|travel|accommodation|hotels?)(?: and [\w-]+)? (?:are |is |will be )?"
    r"(?:covered|paid for|provided|reimbursed)",
    r"paid (?:research|consult\w*|surveys?|interviews?|projects?|reports?|advisory|writing|"
    r"papers?|articles?|opportunit\w+|assignments?)",
    r"(?:well|highly|generously) (?:paid|compensated|rewarded)", r"lucrative",
    r"(?:fees?|compensation) (?:paid|offered)", r"earn (?:extra|additional) (?:income|money)",
    # paid study trips, seed funding and amounts written currency-code first (case reports:
    # BfV 2017, DGSI 2018)
    r"(?:fully[- ])?(?:funded|paid|sponsored|expenses[- ]paid|all[- ]expenses[- ]paid) "
    r"(?:study |academic |exchange |research |fact[- ]finding |familiari[sz]ation |"
    r"delegation )?(?:visits?|trips?|tours?|exchanges?|delegations?)",
    r"study (?:visits?|trips?|tours?)(?: [\w-]+){0,5}? (?:funded|paid|covered|sponsored)",
    r"seed (?:funding|money|grants?|capital|investment)",
    r"(?:non-dilutive|equity-free) (?:funding|grants?|capital|money)",
    r"no equity (?:is )?(?:required|needed|taken)",
    r"(?:daily|generous) (?:allowance|stipend)", r"per diem",
    r"(?:usd|eur|gbp|chf|us\$|[$£€¥])\s?\d[\d,.]{0,12}(?:\s?[-–]\s?\d[\d,.]{0,12})?\s?k?"
    r"(?:\s?(?:/|per |an? )(?:hour|hr|call|day|article|report|paper|note|page))?",
)
# An amount in any currency and number format (the message rules' definition), and an amount
# paid per piece of work. A bare amount in a job description is a budget, not an offer.
PER_UNIT = r"\s?(?:/|per |an? |for each |each )(?:hour|hr|call|day|article|report|paper|briefing)"
# Compiled when used (signals/first_letters.LazyPattern), then in the first-character form
# of signals/money.py: the same matches, found faster.
AMOUNT_OFFER = lazy_money(rf"(?:{PER_UNIT})?")
AMOUNT_PER_PIECE = lazy_money(rf"{PER_UNIT}(?![\w-])")
SOLICIT = words_re(
    r"(?:looking for|seeking|searching for|recruiting|in search of|in need of|we need) "
    r"(?:[\w-]+[ ,]+){0,4}?(?:experts?|specialists?|advis[eo]rs?|insights?|officials?|"
    r"contributors?|practitioners?)",
    r"(?:connect|connecting|match|matching) (?:[\w-]+ ){0,3}(?:experts?|specialists?|"
    r"practitioners?|officials) with",
    r"invit\w* (?:[\w-]+ ){0,4}?(?:experts?|specialists?|practitioners|officials|speakers|"
    r"scholars|researchers|contributors)",
    r"join (?:our|my) (?:[\w-]+ ){0,2}(?:network|panel|pool|community|roster)",
    r"share (?:your |their )?(?:insights?|expertise|knowledge|views|perspectives?) with",
    r"(?:seeking|gather\w*|access\w*|collect\w*|hear) (?:input|views|opinions|perspectives|"
    r"advice|expert insights?|insights?) (?:from|of)",
    r"(?:researchers?|scientists?|academics?|engineers?|professionals?|experts?)"
    r"(?: from [\w ,]{1,40}?)? (?:are )?(?:especially |particularly |most )?welcome",
    r"invit\w* (?:[\w-]+ ){0,5}?(?:civil servants|officials|parliamentary staff|"
    r"professionals|participants)",
    r"open to (?:academics|engineers|researchers|experts|officials|professionals)",
)
OPPORTUNITY = words_re(
    r"consult(?:ancy|ing|ation) (?:opportunit\w+|projects?|assignments?)",
    r"speaking (?:engagements?|opportunit\w+|slots?)",
    r"keynote (?:speakers?|speech|address|talks?)",
    r"advisory (?:roles?|opportunit\w+|positions?|projects?)",
    r"(?:short|part-time|flexible|remote|freelance|ad[- ]hoc)[- ](?:term )?(?:paid )?"
    r"(?:research |consulting |advisory |expert )?(?:projects?|assignments?|engagements?)",
    r"expert (?:networks?|calls?|consultations?|panels?)",
    r"(?:exciting|rewarding|lucrative|unique|exclusive) (?:[\w-]+ )?opportunit\w+",
    r"confidential (?:clients?|opportunit\w+|projects?|assignments?)",
    r"commission\w* (?:[\w-]+ ){0,2}(?:papers?|reports?|articles?|research|analys[ie]s|"
    r"briefings?|white ?papers?)",
    r"(?:write|writing|contribute|contributing) (?:short|brief) (?:[\w-]+ )?(?:reports?|"
    r"papers?|notes?|briefings?)",
    r"(?:contribute|contributing) (?:short )?analytical pieces",
)
# A bare amount ("budgets up to £40m") in a job description is the job, not an offer.
BARE_AMOUNT = re.compile(r"^(?:[$£€¥]|usd|eur|gbp|chf|us\$)?\s?\d[\d,.]{0,15}\s?(?:k|m|bn)?"
                         r"(?:\s?(?:usd|eur|gbp|dollars|euros|pounds))?$", re.IGNORECASE)
# Research whose results are dual-use: money offered for it is a collection channel.
DUAL_USE = words_re(
    r"quantum(?: [\w-]+)?", r"hypersonic\w*", r"scramjet\w*", r"semiconductors?",
    r"compound semiconductors?", r"thermal protection", r"missiles?", r"guidance",
    r"(?:ai|artificial intelligence) (?:accelerators?|chips?|for defen[cs]e)",
    r"directed[- ]energy", r"propulsion", r"nuclear", r"space security", r"drones?",
    r"uavs?", r"cryptograph\w*", r"export[- ]controls?", r"advanced materials",
    r"radar", r"satellites?", r"submarines?",
)


OFFER_PATTERNS = {"money": MONEY_OFFER, "amount": AMOUNT_OFFER, "solicit": SOLICIT,
                  "opportunity": OPPORTUNITY}
# In an experience entry only what offers money counts (an amount only when paid per piece):
# "Organised expenses-paid study trips", "Commissioned papers at $800 per report".
EXPERIENCE_OFFER = {"money": MONEY_OFFER, "amount": AMOUNT_PER_PIECE, "solicit": SOLICIT,
                    "opportunity": OPPORTUNITY}
# The same without the amount patterns, for texts without a digit (every amount has one).
NO_AMOUNT = {"money": MONEY_OFFER, "solicit": SOLICIT, "opportunity": OPPORTUNITY}


def job_offers(found: list[tuple[str, frozenset[str]]]) -> list[tuple[str, frozenset[str]]]:
    """The offers in a job description. A bare amount there is the job's budget or revenue,
    not an offer, and the entry counts only when it offers money (fees, honoraria, paid trips,
    seed funding, an amount per piece of work): "ran a £250k programme of keynote talks" is a
    job, "commissioned papers at USD 800 per report" is an offer."""
    offers = [(phrase, kinds) for phrase, kinds in found
              if not (kinds == {"money"} and BARE_AMOUNT.match(phrase.strip()))]
    return offers if any(kinds & {"money", "amount"} for _, kinds in offers) else []


def offer_severity(kinds: frozenset[str]) -> Severity:
    """High for money with soliciting, an opportunity or dual-use research, medium for money
    or soliciting alone, low for an opportunity alone."""
    if kinds & {"money", "amount"} and kinds & {"solicit", "opportunity", "dual_use"}:
        return "high"
    if kinds & {"money", "amount", "solicit"}:
        return "medium"
    return "low"


def guarded_matches(text: str, folded: str, patterns: dict[str, re.Pattern[str]]
                    ) -> list[tuple[str, frozenset[str]]]:
    """:func:`merged_matches` of the patterns that can match the text (the others are
    skipped by their literal guard, :func:`vetlink.signals.literals.may_match`)."""
    spans = guarded_spans(text, folded, patterns)
    return merge_spans(text, spans) if spans else []


def guarded_spans(text: str, folded: str, patterns: dict[str, re.Pattern[str]]
                  ) -> list[tuple[int, int, str]]:
    """(start, end, name) of every match of the patterns that pass their literal guard."""
    return [(m.start(), m.end(), name) for name, pattern in patterns.items()
            if may_match(pattern, folded) for m in pattern.finditer(text)]


# What else an experience entry is scanned for once it offers money.
JOB_OTHERS = {"solicit": SOLICIT, "opportunity": OPPORTUNITY}


def job_matches(text: str, folded: str, digits: bool) -> list[tuple[str, frozenset[str]]]:
    """:func:`guarded_matches` of :data:`EXPERIENCE_OFFER` (or :data:`NO_AMOUNT` without a
    digit) in a job description, or [] when it offers no money (no money phrase and no
    amount per piece of work: :func:`job_offers` would keep nothing). The money and amount
    matches found for that test are the ones merged (each pattern is scanned once; the
    order in which spans are collected does not matter, :func:`merge_spans` sorts them)."""
    spans = [(m.start(), m.end(), "money") for m in MONEY_OFFER.finditer(text)
             ] if may_match(MONEY_OFFER, folded) else []
    if digits:  # the amount's guard is "a digit"
        spans += [(m.start(), m.end(), "amount") for m in AMOUNT_PER_PIECE.finditer(text)]
    if not spans:
        return []
    return merge_spans(text, spans + guarded_spans(text, folded, JOB_OTHERS))


def offer_places(profile: Profile, seen: ProfileView | None = None
                 ) -> list[tuple[str, list[tuple[str, frozenset[str]]]]]:
    """(where, [(phrase, kinds)]) for the headline, the about and each experience entry's
    description, where they offer something. In an experience entry an amount counts only
    when it is paid per piece of work (a bare amount there is a budget). Research on dual-use
    topics next to money counts as its own kind ("dual_use")."""
    seen = seen or ProfileView(profile, Context().today)
    places = []
    for where, text in seen.texts:
        digits = has_digit(text)
        folded = seen.folded(text)
        if where.startswith("experience"):
            found = job_matches(text, folded, digits)
            if not found:
                continue
            found = job_offers(found)
        else:
            found = guarded_matches(text, folded, OFFER_PATTERNS if digits else NO_AMOUNT)
        offered = any(k & {"money", "amount"} and not BARE_AMOUNT.match(p.strip())
                      for p, k in found)
        topic = DUAL_USE.search(text) if offered and may_match(DUAL_USE, folded) else None
        if topic and not any(topic.group(0).lower() in p.lower() for p, _ in found):
            found.append((topic.group(0), frozenset({"dual_use"})))
        if found:
            places.append((where, found))
    return places


@signal(
    "profile.offers_in_profile",
    severity="medium",
    title="Offers paid work, fees or trips in the profile",
    advice="Be wary of unsolicited offers of paid consultancy, research or speaking with "
    "expenses paid: this is how hostile states open a relationship with their targets.",
)
def offers_in_profile(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The headline, the about or an experience entry's description offers money (attractive
    fees, honoraria, expenses paid, paid research, a rate per call, paid study trips, seed
    funding, an amount in any currency and number format per report: "USD 500–1,500 per
    report", "2.000 € pro Bericht"), solicits experts ("looking for experts in...", "inviting
    speakers", "researchers are especially welcome"), or advertises opportunities
    (consultancy opportunities, speaking engagements, short projects, commissioned papers).
    Ordinary job-advert language ("competitive salary", "looking for talented engineers") is
    not an offer, nor is a bare amount in a job description (a budget). One finding per place
    (headline, about, experience N) quoting the distinct phrases found there (overlapping
    matches merged into one phrase), and the dual-use topic when money is offered for
    research on one (quantum, hypersonics, semiconductors...). Low for an opportunity alone,
    medium for money or soliciting experts, high for money together with soliciting, an
    opportunity or a dual-use topic; when only the places together make that combination, the
    stronger of them is raised to it."""
    places = offer_places(profile, view(profile, ctx))
    if not places:
        return
    kinds = [frozenset().union(*(k for _, k in found)) for _, found in places]
    own = [offer_severity(k) for k in kinds]
    combined = offer_severity(frozenset().union(*kinds))
    strongest = max(range(len(own)), key=lambda i: SEVERITY_ORDER[own[i]])
    for i, (where, found) in enumerate(places):
        severity = combined if i == strongest else own[i]
        yield Hit(", ".join(quote(phrase) for phrase, _ in found), severity=severity,
                  where=where)


# family -> (literal words one of which the phrase must contain, the phrase pattern). The
# literal test is a fast filter: most texts contain none of them.
MACHINE_TELLS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    "delve": (("delv",), words_re(r"delv(?:e|es|ed|ing)(?: into| deep)?")),
    "tapestry": (("tapestry",), words_re(r"(?:rich |vibrant )?tapestry")),
    "ever-evolving": (("ever",), words_re(r"ever[- ](?:evolving|changing)(?: \w+)?")),
    "today's world": (("today",), words_re(
        r"(?:in )?today'?s (?:fast[- ]paced|dynamic|digital|ever[- ]changing|rapidly "
        r"(?:evolving|changing)|competitive|interconnected) (?:world|landscape|environment|"
        r"era|age|market|business \w+)")),
    "navigate complexities": (("navigat",), words_re(
        r"navigat\w+ (?:the )?(?:complexit\w+|intricacies|challenges) of")),
    "harness the power": (("harness",), words_re(
        r"harness(?:ing)? the (?:power|potential)(?: of)?")),
    "realm": (("realm",), words_re(r"in the realm of", r"realm of \w+")),
    "testament": (("testament",), words_re(r"(?:a|is a|stands as a) testament to")),
    "passionate about leveraging": (("passionate about",), words_re(
        r"passionate about (?:leverag|harness|driving|fostering|empowering)\w*")),
    "leverage my expertise": (("leverag",), words_re(
        r"leverag\w+ (?:my|our) (?:[\w-]+ )?(?:expertise|skills|experience|knowledge)")),
    "I am results-driven": (("driven", "oriented"), words_re(
        r"(?:i am|i'm) an? (?:highly )?(?:results|data|detail)[- ](?:driven|oriented)")),
    "unlock potential": (("unlock",), words_re(
        r"unlock(?:ing)? (?:the |their |your )?(?:full )?potential")),
    "at the intersection of": (("intersection",), words_re(r"at the intersection of")),
    "foster innovation": (("foster",), words_re(
        r"foster(?:ing)? (?:innovation|collaboration|growth|meaningful \w+)")),
    "meaningful impact": (("meaningful", "lasting", "tangible"), words_re(
        r"(?:drive|driving|make|making|create|creating) (?:meaningful|lasting|tangible) "
        r"(?:impact|change|results|difference)")),
    "evolving landscape": (("landscape",), words_re(
        r"(?:evolving|dynamic|complex|shifting) landscape")),
    "multifaceted": (("multifaceted",), words_re(r"multifaceted")),
    "meticulous": (("meticulous",), words_re(r"meticulous\w*")),
    "embark": (("embark",), words_re(r"embark(?:ed|ing)? on")),
    "commitment to excellence": (("excellence",), words_re(
        r"(?:commitment|dedication|committed|dedicated) to excellence")),
}


# (anchor, family) in one flat list: the anchor test is one loop, not one per family.
_ANCHORS = [(anchor, family) for family, (anchors, _) in MACHINE_TELLS.items()
            for anchor in anchors]


def machine_tells(text: str, lower: str | None = None) -> list[str]:
    """The first phrase found for each family of machine-written tells, in order of
    appearance; phrases of two families that overlap ("passionate about leveraging my
    expertise") are merged and count once. ``lower`` is the text in lower case (or
    :func:`vetlink.signals.literals.fold`-ed), when the caller has it."""
    lower = text.lower() if lower is None else lower
    families = {family for anchor, family in _ANCHORS if anchor in lower}
    spans = []
    for family, (_, pattern) in MACHINE_TELLS.items():
        if family in families:
            match = pattern.search(text)
            if match:
                spans.append((match.start(), match.end(), family))
    return [phrase for phrase, _ in merge_spans(text, spans)]


def section_tells(sections: list[str], folded: list[str]) -> list[str]:
    """:func:`machine_tells` of the sections joined by newlines, searching each family's
    pattern only in the sections that hold one of its anchors. No tell's pattern matches a
    newline, and a newline is a boundary to every one of them, so the first match of a
    family in the joined text is its first match in the first section that has one."""
    joined_folded = "\n".join(folded)
    wanted = {family for anchor, family in _ANCHORS if anchor in joined_folded}
    if not wanted:
        return []
    found: dict[str, tuple[int, int]] = {}
    offset = 0
    for text, lower in zip(sections, folded, strict=True):
        for family in [f for f in wanted if f not in found]:
            anchors, pattern = MACHINE_TELLS[family]
            for anchor in anchors:  # a loop, not any(): no generator per family and section
                if anchor in lower:
                    match = pattern.search(text)
                    if match:
                        found[family] = (offset + match.start(), offset + match.end())
                    break
        offset += len(text) + 1
    spans = [(start, end, family) for family, (start, end) in found.items()]
    return [phrase for phrase, _ in merge_spans("\n".join(sections), spans)]


@signal(
    "profile.machine_written_text",
    severity="low",
    title="Text reads as generated or templated",
    advice="Generated text says nothing checkable; ask the person for specifics (projects, "
    "colleagues, places) and verify them.",
)
def machine_written_text(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The headline, about and job descriptions use three or more stock phrases, of distinct
    families, typical of machine-written text ("delve into", "in today's fast-paced world",
    "passionate about leveraging", "navigate the complexities of", "a testament to"...).
    Medium from five. Phrases of two families that overlap ("passionate about leveraging my
    expertise") count once. Genuine people use some of these too, so one or two are
    ignored."""
    seen = view(profile, ctx)
    tells = section_tells([t for _, t in seen.texts], [seen.folded(t) for _, t in seen.texts])
    if len(tells) >= 3:
        yield Hit(f"{len(tells)} stock phrases: " + ", ".join(quote(t) for t in tells),
                  severity="medium" if len(tells) >= 5 else "low")


BUZZWORDS = words_re(
    r"leverag\w*", r"synerg\w*", r"strategic", r"innovative", r"dynamic", r"passionate",
    r"results[- ]driven", r"proven track record", r"thought leader\w*", r"best[- ]in[- ]class",
    r"world[- ]class", r"visionary", r"disruptive", r"value[- ]added", r"paradigm\w*",
    r"holistic", r"solutions?[- ]oriented", r"self[- ]starter", r"go[- ]getter",
    r"detail[- ]oriented", r"team player", r"highly motivated", r"excellence", r"cutting[- ]edge",
    r"guru", r"ninja", r"rock ?star", r"transformational", r"empower\w*", r"impactful",
    r"stakeholders?", r"game[- ]chang\w+", r"mission[- ]critical", r"next[- ]generation",
    r"seasoned", r"accomplished", r"exceptional", r"unparalleled", r"bespoke", r"premier",
    r"visionaries", r"exciting", r"rewarding", r"high[- ]impact", r"top[- ]tier",
    r"influential", r"elite", r"prestigious", r"exclusive", r"seamless\w*", r"robust",
)


@signal(
    "profile.buzzword_heavy",
    severity="low",
    title="Summary made mostly of buzzwords",
    advice="Look past the buzzwords for facts you can check (employers, projects, "
    "publications); a persona's summary often has none.",
)
def buzzword_heavy(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """In the headline and about (25 words or more), buzzwords ("leverage", "synergy",
    "visionary", "world-class", "exciting opportunities"...) are at least one word in ten
    and number six or more. Medium at one word in six."""
    text = view(profile, ctx).own_words
    total = len(text.split())
    if total < 25 or not may_match(BUZZWORDS, view(profile, ctx).folded(text)):
        return
    found = [b.lower() for b in BUZZWORDS.findall(text)]
    if len(found) < 6:
        return
    density = len(found) / total
    if density >= 0.1:
        shown = ", ".join(list(dict.fromkeys(found))[:8])
        yield Hit(f"{len(found)} buzzwords in {total} words ({density:.0%}): {shown}",
                  severity="medium" if density >= 1 / 6 else "low")


def numbers_text(numbers: list[int]) -> str:
    """[1, 2, 3] -> "1, 2 and 3"."""
    shown = [str(n) for n in numbers]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def repeated_descriptions(profile: Profile, seen: ProfileView | None = None) -> Iterator[Hit]:
    """One finding per description shared by jobs at two or more employers."""
    key_of = seen.normalised if seen is not None else normalise
    groups: dict[str, list[tuple[int, str]]] = {}
    for number, exp in enumerate(profile.experience or [], start=1):
        if not exp.description or len(exp.description) < 40:
            continue  # normalising never lengthens a text: its key is under 40 characters
        key = key_of(exp.description)
        if len(key) >= 40:
            groups.setdefault(key, []).append((number, (exp.company or "").lower()))
    experience = profile.experience or []
    for group in groups.values():
        if len({company for _, company in group}) < 2:
            continue
        numbers = [number for number, _ in group]
        text = experience[numbers[0] - 1].description or ""
        yield Hit(f"experience {numbers_text(numbers)} have the same description: "
                  f"{quote(text, 80)}", where=f"experience {numbers[0]}")


def distinct_texts(profile: Profile, view_: ProfileView | None = None) -> list[tuple[str, str]]:
    """(where, text) of the written sections, each text once (a description copied into
    another job is :func:`repeated_descriptions`' evidence, not a second template)."""
    view_ = view_ or ProfileView(profile, Context().today)
    seen: set[str] = set()
    written = []
    for where, text in view_.texts:
        key = view_.normalised(text)
        if key not in seen:
            seen.add(key)
            written.append((where, text))
    return written


def repeated_openings(profile: Profile, view_: ProfileView | None = None) -> Iterator[Hit]:
    """Sentence openings (first four words) repeated across three or more sections: one
    finding per set of sections, listing its openings."""
    view_ = view_ or ProfileView(profile, Context().today)
    if sum(len(text.split(maxsplit=5)) >= 6 for _, text in view_.texts) < 3:
        return  # fewer than three sections of six words or more: no opening can be in three
    written = distinct_texts(profile, view_)
    if len(written) < 3:
        return
    sections: dict[str, set[str]] = {}
    for where, text in written:
        for sentence in sentences(text):
            head = sentence.split(maxsplit=6)
            if len(head) < 6:
                continue  # normalising never adds a word: fewer than six words stay fewer
            words = normalise(" ".join(head[:6])).split()
            if len(words) >= 6:
                sections.setdefault(" ".join(words[:4]), set()).add(where)
    by_places: dict[frozenset[str], list[str]] = {}
    for opening, found_in in sections.items():
        if len(found_in) >= 3:
            by_places.setdefault(frozenset(found_in), []).append(opening)
    for places, openings in by_places.items():
        shown = ", ".join(f"'{opening} …'" for opening in openings)
        yield Hit(f"{len(places)} sections have sentences starting {shown}")


@signal(
    "profile.templated_text",
    severity="low",
    title="Repeated, templated text",
    advice="Templated text is typical of profiles produced in bulk; ask the person for "
    "specifics about each job.",
)
def templated_text(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """Jobs at different employers share the same description (40 characters or more), or
    sentences (of six words or more) opening with the same four words appear in three or
    more sections (about, job descriptions): a template filled in once per job. Repeats
    within one section are ordinary CV bullet style. One finding per shared description
    (naming every job that has it) and per set of sections sharing openings; a description
    copied into another job counts as one section for the openings."""
    seen = view(profile, ctx)
    yield from repeated_descriptions(profile, seen)
    yield from repeated_openings(profile, seen)


def app_mentions(text: str) -> list[str]:
    """Messaging apps named in the text (the same patterns as the message signals)."""
    return [m.group(0) for pattern in OFF_PLATFORM_APPS for m in pattern.finditer(text)]


@signal(
    "profile.off_platform_contact",
    severity="medium",
    title="Headline or about points to contact off the platform",
    advice="Keep the conversation on the platform; personas move their targets to WhatsApp, "
    "WeChat, Telegram or personal email where nobody else can see it.",
)
def off_platform_contact(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The headline or about names a messaging app (WhatsApp, WeChat, Telegram, Signal...)
    (medium), or gives a personal webmail address or a phone number (low). One finding per
    place, quoting each app, address and number once."""
    seen = view(profile, ctx)
    for where, text in (("headline", profile.headline or ""), ("about", profile.about or "")):
        if not text:
            continue
        folded = seen.folded(text)
        apps = (distinct(app_mentions(text))
                if any(may_match(p, folded) for p in OFF_PLATFORM_APPS) else [])
        addresses = [address for address, domain in email_domains(text)
                     if is_webmail(domain)] if "@" in text else []
        details = distinct(addresses + (list(phone_numbers(text)) if has_digit(text) else []))
        if apps or details:
            yield Hit(", ".join([quote(app) for app in apps] + details),
                      severity="medium" if apps else "low", where=where)


@signal(
    "profile.business_persona_personal_contact",
    severity="medium",
    title="Speaks for a firm but gives personal contact details",
    advice="Ask for an address on the firm's own domain and check it; a recruiter or think "
    "tank that can only be reached by webmail or a messaging app cannot be verified.",
    needs=("contact",),
)
def business_persona_personal_contact(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The contact presents as a recruiter, think tank, consultancy or event organiser, and
    the contact details shown are a personal webmail address, a messaging-app handle or a
    site on a free host (wixsite, weebly, blogspot, sites.google.com; github.io only for
    someone who is not a developer or researcher). One finding, listing each such detail
    once; high when no address is on an organisation's own domain and two kinds of personal
    channel are given (the Sapphire Sleet and APT35 recruiter pattern)."""
    if profile.contact is None or not view(profile, ctx).personas & ORG_PERSONAS:
        return
    webmail = [email.strip() for email in profile.contact.emails
               if any(is_webmail(domain) for _, domain in email_domains(email))]
    handles = [handle.strip() for handle in profile.contact.messaging if handle.strip()]
    only_webmail, sites, _ = personal_channels(profile)  # a pure function: asked once
    details = distinct(webmail + sites + handles)
    if not details:
        return
    only_personal = bool(only_webmail or sites)
    kinds = sum(map(bool, (webmail, sites, handles)))
    severity: Severity = "high" if only_personal and kinds >= 2 else "medium"
    yield Hit(", ".join(details), severity=severity, where="contact details")


@signal(
    "profile.targeting_mismatch",
    severity="low",
    title="Works in a field unrelated to yours",
    advice="Ask yourself why someone from an unrelated field wants you in particular; "
    "personas approach targets for what they know, not for a real job.",
    needs=("viewer",),
)
def targeting_mismatch(profile: Profile, ctx: Context) -> Iterator[Hit]:
    """The contact's own line of work (headline and current roles) and yours (your profile,
    given as the viewer) share no domain: e.g. a fashion recruiter approaching a nuclear
    engineer. Medium when the contact presents as a recruiter, think tank, consultancy or
    event organiser. Not checked when your profile is not given; silent when either field
    is unclear."""
    if ctx.viewer is None:
        return
    theirs = sectors(contact_sector_text(profile))
    yours = sectors(viewer_sector_text(ctx.viewer))
    if not theirs or not yours or domains(theirs) & domains(yours):
        return
    severity: Severity = "medium" if view(profile, ctx).personas & ORG_PERSONAS else "low"
    yield Hit(f"their field: {describe(theirs)}; yours: {describe(yours)}", severity=severity)


def describe(found: dict[str, str]) -> str:
    return ", ".join(f"{sector} ('{word}')" for sector, word in sorted(found.items()))
