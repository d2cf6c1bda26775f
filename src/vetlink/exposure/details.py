"""Detectors for the other kinds of exposure: government department and team detail, postings
and deployments abroad, personal contact details, and "open to consultancy"-style offers.
Each returns spans in a piece of text, with a rewrite where one can be made. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

GOVERNMENT = (
    # UK
    "Ministry of Defence", "MOD", "MoD", "Home Office", "Cabinet Office", "FCDO", "FCO",
    "Foreign, Commonwealth & Development Office", "Foreign, Commonwealth and Development Office",
    "Foreign Office", "HM Treasury", "HMRC", "Border Force", "National Crime Agency", "NCA",
    "GCHQ", "NCSC", "MI5", "MI6", "SIS", "DE&S", "Dstl", "PJHQ", "Permanent Joint Headquarters",
    "Strategic Command", "Royal Navy", "British Army", "Royal Air Force", "RAF", "Royal Marines",
    "Counter Terrorism Policing", "DSIT", "DESNZ", "BEIS", "Civil Service",
    # US
    "Department of Defense", "DoD", "Pentagon", "Department of State", "State Department",
    "Department of Homeland Security", "DHS", "Department of Energy", "DOE", "FBI", "NSA", "CIA",
    "DIA", "NRO", "NGA", "ODNI", "US Army", "U.S. Army", "US Navy", "U.S. Navy", "USAF",
    "US Air Force", "U.S. Air Force", "Space Force", "Marine Corps", "USMC", "Cyber Command",
    "CYBERCOM", "SOCOM", "CENTCOM", "INDOPACOM", "EUCOM",
    # Canada, Australia, New Zealand, NATO
    "Department of National Defence", "National Defence", "DND", "CSE", "CSIS",
    "Global Affairs Canada", "Privy Council Office", "RCMP", "Canadian Armed Forces",
    "Department of Defence", "ASD", "ASIO", "ASIS", "DFAT", "Home Affairs", "ONI", "ADF",
    "Australian Defence Force", "NZDF", "GCSB", "NZSIS", "MFAT", "DPMC", "NATO", "SHAPE",
)
_GOV_RE = re.compile(
    r"(?<![\w&-])(?:" + "|".join(re.escape(g) for g in sorted(GOVERNMENT, key=len, reverse=True))
    + r"|Department (?:for|of) [A-Z][\w&]*(?: [A-Z][\w&]*)*)(?![\w&-])"
)
_UNIT_WORDS = (r"Directorate|Unit|Team|Branch|Division|Desk|Cell|Section|Squadron|Wing|"
               r"Secretariat|Task ?Force|Programme Office|Battalion|Regiment|Brigade|Flotilla")
_CAP = r"[A-Z][\w&'’-]*"
_UNIT_RE = re.compile(
    rf"(?:\bthe\s+)?(?<![\w&'’-])(?:{_CAP}\s+){{1,5}}(?:{_UNIT_WORDS})\b"
    rf"|(?:\bthe\s+)?\b(?:Directorate|Division|Unit|Branch)\s+(?:of|for)\s+(?:the\s+)?"
    rf"{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}}"
)
_GENERIC_UNIT = re.compile(
    r"^(?:the\s+)?(?:Senior\s+Leadership|Leadership|Management|Executive|Graduate|Fast Stream|"
    r"Project|Delivery|Support|Admin\w*|HR|Finance|Operations|Sales|Marketing)\s+(?:Team|Unit|"
    r"Group|Division)$",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"\b(?:in|within|at|of|on|for|to|joined|with|into|from|led|lead)\s+$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    replacement: str  # what the rewrite puts in its place ("" = remove)
    strong: bool = False  # the stronger variant of the finding (severity up one step)


def government_department(text: str) -> bool:
    return bool(_GOV_RE.search(text))


_LEADING = re.compile(
    r"^(?:(?:Led|Leading|Lead|Managed|Managing|Joined|Ran|Built|Supported|Headed|Head|"
    r"Created|Established|Founded|Member|Deputy|Senior|Chief|Worked|Working|Served|Serving|"
    r"Seconded|Posted|Moved)\s+(?:of\s+|in\s+|on\s+|to\s+|with\s+)?)+",
)


def find_units(text: str) -> list[Span]:
    """Named teams, units and directorates ("the Counter-Proliferation Unit")."""
    spans = []
    for match in _UNIT_RE.finditer(text):
        lead = _LEADING.match(match.group(0))
        start = match.start() + (lead.end() if lead else 0)
        phrase = text[start:match.end()]
        if (_GENERIC_UNIT.match(phrase) or _GOV_RE.fullmatch(phrase.removeprefix("the "))
                or len(phrase.split()) < 2):
            continue
        before = text[:start]
        keep_place = phrase.startswith("the ") or _PREPOSITION.search(before)
        replacement = "a specialist team" if keep_place else ""
        spans.append(Span(start, match.end(), replacement))
    return spans


_PLACE = r"(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+(?:[A-Z][\w'’-]*|of|and|the|de|del))*"


@dataclass(frozen=True)
class PostingRule:
    regex: re.Pattern[str]
    template: str  # {word}: the trigger word ("Deployed", "tour")
    needs_context: bool  # counts only in a government or defence context


_POSTING_RULES = (
    PostingRule(re.compile(rf"\b(?:British|UK|US|U\.S\.|American|Canadian|Australian|"
                           rf"New Zealand)\s+(?:Embassy|High Commission|Consulate"
                           rf"(?:[- ]General)?)(?:\s+(?:in|to)\s+{_PLACE})?"
                           rf"|\b(?:Embassy|High Commission|Consulate(?:[- ]General)?)\s+"
                           rf"(?:in|to|of)\s+{_PLACE}"), "an overseas diplomatic post", False),
    PostingRule(re.compile(r"\b(?:Defen[cs]e|Military|Naval|Air)\s+Attach[ée]\b",
                           re.IGNORECASE), "a diplomatic role overseas", False),
    PostingRule(re.compile(r"\bOp(?:eration|\.)?\s+[A-Z]{4,}(?:\s+\d{1,2})?\b"), "operations",
                False),
    PostingRule(re.compile(rf"\b(?i:posted|deployed|seconded|stationed)\s+(?:to|in|at)\s+"
                           rf"(?P<place>{_PLACE})"), "{word} overseas", True),
    PostingRule(re.compile(rf"\b(?i:(?:operational\s+)?(?:tours?|deployments?|postings?|"
                           rf"secondments?))\s+(?:to|in|of)\s+(?P<place>{_PLACE})"),
                "{before} overseas", True),
    PostingRule(re.compile(r"\b(?:overseas|foreign|diplomatic|operational)\s+(?:postings?|"
                           r"tours?|deployments?|assignments?)\b", re.IGNORECASE), "", False),
)
_TRIGGER = re.compile(r"posted|deployed|seconded|stationed|tour|deployment|posting|secondment",
                      re.IGNORECASE)


def find_postings(text: str, official: bool) -> list[Span]:
    """Postings, deployments, tours and embassy roles abroad. "Deployed to X" and "tour of X"
    count only in a government or defence context (``official``) and when X is a place, not
    an organisation ("seconded to the Cabinet Office" is not abroad)."""
    spans: list[Span] = []
    for rule in _POSTING_RULES:
        if rule.needs_context and not official:
            continue
        for match in rule.regex.finditer(text):
            if overlaps(match, spans) or is_org(match):
                continue
            begin = match.start()
            if text[max(0, begin - 4):begin].lower() == "the ":
                begin -= 4
            spans.append(Span(begin, match.end(), posting_rewrite(rule, match)))
    return sorted(spans, key=lambda s: s.start)


def overlaps(match: re.Match[str], spans: list[Span]) -> bool:
    return any(match.start() < s.end and s.start < match.end() for s in spans)


def is_org(match: re.Match[str]) -> bool:
    place = match.groupdict().get("place") or ""
    return bool(place) and bool(_GOV_RE.search(place) or re.search(
        r"\b(?:Office|Department|Ministry|Agency|Team|Unit|Directorate|Project|Programme|"
        r"Production|Staging|AWS|Azure|GCP|Kubernetes)\b", place))


def posting_rewrite(rule: PostingRule, match: re.Match[str]) -> str:
    """The replacement for a posting: the template filled with the trigger word ("Deployed
    overseas") or with the words before the place ("operational tours overseas")."""
    if not rule.template:
        return match.group(0)
    trigger = _TRIGGER.search(match.group(0))
    before = ""
    if "place" in match.groupdict():
        before = match.string[match.start():match.start("place")]
        before = re.sub(r"(?<!\s)\s+(?:to|in|of|at)\s+$", "", before)
    return rule.template.format(word=trigger.group(0) if trigger else "", before=before)


PERSONAL_DOMAINS = (
    "gmail.", "googlemail.", "hotmail.", "outlook.", "live.", "yahoo.", "ymail.", "icloud.",
    "me.com", "mac.com", "aol.", "proton.", "protonmail.", "gmx.", "btinternet.", "sky.com",
    "virginmedia.", "talktalk.", "mail.ru", "yandex.", "qq.com", "163.com", "126.com",
)
_OFFICIAL = re.compile(r"(?:\.gov|\.gov\.uk|\.mil|\.mod\.uk|\.gc\.ca|\.gov\.au|\.govt\.nz|"
                       r"\.nato\.int)$", re.IGNORECASE)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(0\))?\(?\d{1,4}\)?|\(?0\d{2,4}\)?)[\s.-]?\d{3,4}[\s.-]?"
    r"\d{3,4}(?!\w)|(?<![\w+])\(\d{3}\)\s?\d{3}[\s.-]\d{4}(?!\w)"
)
ADDRESS_RE = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|"
    r"Drive|Crescent|Way|Court|Place|Boulevard|Blvd|Terrace|Gardens|Grove|Mews)\b\.?"
    r"|\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b"
)


def email_kind(address: str) -> str:
    """``official`` (government or military), ``personal`` (webmail) or ``work``."""
    domain = address.rsplit("@", 1)[-1].lower()
    if _OFFICIAL.search(domain):
        return "official"
    if domain.startswith(PERSONAL_DOMAINS) or domain in PERSONAL_DOMAINS:
        return "personal"
    return "work"


def find_contact_details(text: str) -> list[tuple[str, Span]]:
    """(kind, span) for emails, phone numbers and street addresses or postcodes in text."""
    found = [(f"{email_kind(m.group(0))} email", Span(m.start(), m.end(), ""))
             for m in EMAIL_RE.finditer(text)]
    found += [("phone", Span(m.start(), m.end(), "")) for m in PHONE_RE.finditer(text)
              if len(re.sub(r"\D", "", m.group(0))) >= 9]
    found += [("address", Span(m.start(), m.end(), "")) for m in ADDRESS_RE.finditer(text)]
    return found


_OFFER_RE = re.compile(
    r"\b(?:open|available)\s+(?:to|for)\s+(?:new\s+|paid\s+|freelance\s+|independent\s+|"
    r"part[- ]time\s+|ad[- ]hoc\s+|occasional\s+|short[- ]term\s+)*(?:consult\w*|advisory|"
    r"advising|speaking|speaker|freelance|contract(?:s|ing)?|board|NED|non[- ]executive|"
    r"side projects?|expert (?:calls|networks?)|paid|collaborations?|interviews|research "
    r"projects?)\b(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:consult\w*|advisory|speaking|freelance|"
    r"contract\w*|board|paid|research|interim)\b)*(?:\s+(?:engagements?|work|roles?|"
    r"opportunities|projects?|positions?|gigs?))?"
    r"|#OpenTo(?:Consult\w*|Freelance|Speak\w*|Advis\w*)"
    r"|\b(?:GLG|Gerson Lehrman|AlphaSights|Guidepoint|Third Bridge|Coleman Research|"
    r"expert network)\b"
    r"|\bfreelance (?:consultant|consulting|work)\s+(?:available|welcome)\b"
    r"|\bavailable for hire\b",
    re.IGNORECASE,
)
_WORK_RE = re.compile(
    r"#?\bopen\s*to\s*work\b|\bopen to (?:new )?(?:opportunities|roles|offers)\b"
    r"|\b(?:actively |currently )?(?:seeking|looking for) (?:a |my )?(?:new )?(?:role|position|"
    r"job|opportunit\w+|challenge)\b",
    re.IGNORECASE,
)


def find_offers(text: str) -> list[Span]:
    """Offers of availability; strong = consultancy, advice, speaking, freelance, expert
    networks (the hook of most hostile approaches); weak = open to work."""
    spans = [Span(m.start(), m.end(), "", strong=True) for m in _OFFER_RE.finditer(text)]
    for match in _WORK_RE.finditer(text):
        if not any(s.start <= match.start() < s.end for s in spans):
            spans.append(Span(match.start(), match.end(), ""))
    return sorted(spans, key=lambda s: s.start)
