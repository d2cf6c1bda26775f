"""Shared, pure helpers for the profile signals: dates, periods of work, phrase matching,
personas (recruiter, think tank...), sectors and places. No signal is registered here."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import cast

from vetlink.domain import Experience, Profile
from vetlink.signals.first_letters import LazyWords
from vetlink.signals.literals import fold, may_match

_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?")


@lru_cache(maxsize=4096)
def parse_ym(value: str | None) -> tuple[int, int] | None:
    """``"2019"`` -> (2019, 1); ``"2019-03"`` -> (2019, 3); anything else -> None."""
    if not value:
        return None
    match = _DATE.match(value)
    if not match:
        return None
    month = int(match.group(2) or 1)
    return int(match.group(1)), month if 1 <= month <= 12 else 1


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def today_month(today: date) -> int:
    return month_index(today.year, today.month)


def fmt_month(index: int) -> str:
    return f"{index // 12}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Period:
    """One experience entry with dates, as month indexes (end = today when current)."""

    number: int  # 1-based position in the profile's experience list
    start: int
    end: int
    current: bool
    exp: Experience

    @property
    def where(self) -> str:
        return f"experience {self.number}"

    @property
    def months(self) -> int:
        return self.end - self.start


def periods(profile: Profile, today: date) -> list[Period]:
    """Dated experience entries. An entry without an end date is current."""
    result = []
    for number, exp in enumerate(profile.experience or [], start=1):
        start = parse_ym(exp.start)
        if start is None:
            continue
        end = parse_ym(exp.end) if exp.end else None
        end_index = month_index(*end) if end else today_month(today)
        result.append(Period(number, month_index(*start), end_index, end is None, exp))
    return result


def career_start(profile: Profile, today: date) -> int | None:
    starts = [p.start for p in periods(profile, today)]
    return min(starts) if starts else None


def career_years(profile: Profile, today: date) -> float:
    start = career_start(profile, today)
    return 0.0 if start is None else max(0, today_month(today) - start) / 12


def words_source(*phrases: str) -> str:
    """The plain source of :func:`words_re` (compiled with ``re.IGNORECASE``)."""
    return r"(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])"


def words_re(*phrases: str) -> re.Pattern[str]:
    """A case-insensitive regex matching any of ``phrases`` (regex syntax) as whole words,
    compiled when it is used (:class:`~vetlink.signals.first_letters.LazyWords`: the plain
    form for its first few uses, then the form of
    :func:`~vetlink.signals.first_letters.first_letter_source`, the same matches found
    faster; its ``pattern`` and ``flags``, which the literal guards read, are the plain
    form's). Every (phrases, pattern) is kept in :data:`WORDS_PHRASES` (the tests compare
    both forms)."""
    pattern = cast(re.Pattern[str], LazyWords(phrases, words_source(*phrases)))
    WORDS_PHRASES.append((phrases, pattern))
    return pattern


# (phrases, pattern) of every words_re pattern built: a few dozen, made at import
WORDS_PHRASES: list[tuple[tuple[str, ...], re.Pattern[str]]] = []





def find_all(pattern: re.Pattern[str], text: str | None) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text or "")]


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """A cheap precondition of the amount patterns (every amount has a digit)."""
    return _DIGIT.search(text) is not None


def merged_matches(text: str, patterns: dict[str, re.Pattern[str]]
                   ) -> list[tuple[str, frozenset[str]]]:
    """Every match of the named patterns in the text, as :func:`merge_spans` gives them."""
    return merge_spans(text, [(m.start(), m.end(), name) for name, pattern in patterns.items()
                              for m in pattern.finditer(text)])


def merge_spans(text: str, spans: Iterable[tuple[int, int, str]]
                ) -> list[tuple[str, frozenset[str]]]:
    """(phrase, names) for named (start, end) spans of the text, in order, with overlapping
    spans merged into one phrase (the text they cover together) that carries all their
    names. Repeats of the same phrase (ignoring case and spacing) are kept once."""
    merged: list[tuple[int, int, frozenset[str]]] = []
    for start, end, name in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            first, last, names = merged[-1]
            merged[-1] = (first, max(last, end), names | {name})
        else:
            merged.append((start, end, frozenset({name})))
    phrases: dict[str, tuple[str, frozenset[str]]] = {}
    for start, end, names in merged:
        phrase = " ".join(text[start:end].split())
        shown, before = phrases.get(phrase.lower(), (phrase, frozenset()))
        phrases[phrase.lower()] = (shown, before | names)
    return list(phrases.values())


def distinct(items: Iterable[str]) -> list[str]:
    """The items without repeats (ignoring case and spacing), in order."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(" ".join(item.lower().split()), item)
    return list(seen.values())


def quote(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


# A sentence break: whitespace after . ! or ?, a run of newlines, or a bullet or bar between
# spaces (after a non-space), i.e. r"(?<=[.!?])\s+|\n+|(?<!\s)\s+[•|]\s+" with its first
# whitespace character taken out in front of the alternatives (each starts with one): the
# same matches, but the engine now jumps between whitespace characters in C instead of
# trying the three alternatives at every position (3x faster on profile texts;
# tests/signals/test_sentence_break.py compares both forms).
SENTENCE_BREAK_PLAIN = r"(?<=[.!?])\s+|\n+|(?<!\s)\s+[•|]\s+"
_SENTENCE_BREAK = re.compile(r"\s(?:(?<=[.!?]\s)\s*|(?<=\n)\n*|(?<!\s\s)\s*[•|]\s+)")


def sentences(text: str | None) -> list[str]:
    parts = _SENTENCE_BREAK.split(text or "")
    return [p.strip() for p in parts if p.strip()]


def texts(profile: Profile) -> Iterator[tuple[str, str]]:
    """(where, text) for the free text the owner wrote: headline, about, descriptions."""
    if profile.headline:
        yield "headline", profile.headline
    if profile.about:
        yield "about", profile.about
    for number, exp in enumerate(profile.experience or [], start=1):
        if exp.description:
            yield f"experience {number}", exp.description


def own_words(profile: Profile) -> str:
    """Headline and about: how the owner presents themselves."""
    return "\n".join(t for t in (profile.headline, profile.about) if t)


def current_roles(profile: Profile) -> list[Experience]:
    """Experience entries with no end date (current), else the first listed one."""
    entries = profile.experience or []
    current = [e for e in entries if e.end is None and e.start]
    return current or entries[:1]


def role_text(exp: Experience) -> str:
    return f"{exp.title} {exp.company or ''}"


# --- personas -----------------------------------------------------------------------------

PERSONA_PATTERNS: dict[str, re.Pattern[str]] = {
    "recruiter": words_re(
        r"recruit\w*", r"head-?hunt\w*", r"talent (?:acquisition|partner|scout|agent|sourcer|"
        r"advisor|manager|lead|director|specialist)s?", r"executive search", r"staffing",
        r"sourcer", r"placement consultant",
    ),
    "think_tank": words_re(
        r"think[- ]tanks?", r"(?:policy|strategy|strategic|security|foreign|geopolitical|"
        r"international|global) (?:institute|council|forum|centre|center|foundation|research)",
        r"(?:institute|centre|center|council|forum|foundation) (?:of|for|on) (?:[\w-]+ ){0,3}"
        r"(?:studies|policy|affairs|strategy|strategic|security|dialogue|relations|cooperation)",
        r"(?:strategic|security|international|area|defen[cs]e) studies",
        r"international (?:affairs|relations) (?:institute|centre|center)",
    ),
    "consultancy": words_re(
        r"(?:consultancy|consulting) (?:firm|group|company|partners)", r"advisory (?:firm|group)",
        r"expert networks?", r"(?:strategy|strategic|policy|geopolitical|political risk|"
        r"government affairs) (?:consult\w+|advis\w+)",
    ),
    "events": words_re(
        r"conference", r"summit", r"events?", r"forum", r"symposium", r"speakers? bureau",
    ),
}


@lru_cache(maxsize=4096)
def personas(text: str) -> frozenset[str]:
    folded = fold(text)
    return frozenset(name for name, pattern in PERSONA_PATTERNS.items()
                     if may_match(pattern, folded) and pattern.search(text))


def profile_personas(profile: Profile) -> frozenset[str]:
    """What the contact presents as, from the headline and current roles."""
    parts = [profile.headline or ""] + [role_text(e) for e in current_roles(profile)]
    return personas(" ".join(parts))


ORG_PERSONAS = {"recruiter", "think_tank", "consultancy", "events"}

SENIOR_TITLE = words_re(
    r"director", r"head of", r"vice[- ]president", r"svp", r"evp", r"vp",
    r"chief \w+(?: \w+)? officer", r"c[eotfim]o", r"ciso", r"managing partner",
    r"general manager", r"president", r"partner",
)
NOT_SENIOR = words_re(
    r"assistant", r"associate", r"deputy", r"intern\w*", r"art", r"creative", r"music",
    r"casting", r"film", r"channel", r"business partner", r"talent partner", r"partner manager",
    r"partnerships?", r"to the",
)
FOUNDER = words_re(r"co-?founder", r"founder", r"owner", r"founding", r"self[- ]employed")
PART_TIME = words_re(
    r"board", r"advis[eo]r\w*", r"advisory", r"non[- ]executive", r"member", r"volunteer\w*",
    r"mentor\w*", r"investor", r"trustee", r"fellow", r"part[- ]time", r"freelance",
    r"honorary", r"visiting", r"adjunct", r"ambassador", r"chair\w*", r"angel",
)


# Job titles, company names and places repeat across profiles: the pure functions of one
# short string below are cached (bounded), like parse_ym and personas.
@lru_cache(maxsize=4096)
def is_senior(title: str) -> bool:
    return bool(SENIOR_TITLE.search(title)) and not NOT_SENIOR.search(title)


def is_full_time_senior(exp: Experience) -> bool:
    return full_time_senior_title(exp.title)


@lru_cache(maxsize=4096)
def full_time_senior_title(title: str) -> bool:
    return is_senior(title) and not PART_TIME.search(title) and not FOUNDER.search(title)


# --- sectors ------------------------------------------------------------------------------

SECTORS: dict[str, re.Pattern[str]] = {
    "defence": words_re(r"defen[cs]e", r"military", r"armed forces", r"army", r"navy",
                        r"naval", r"air force", r"missiles?", r"weapons?", r"munitions"),
    "aerospace": words_re(r"aerospace", r"aviation", r"aircraft",
                          r"space (?:industry|systems|agency)", r"satellites?"),
    "nuclear": words_re(r"nuclear", r"reactors?", r"radiation", r"fusion"),
    "energy": words_re(r"energy", r"oil", r"gas", r"power (?:generation|plants?|systems)",
                       r"renewables?", r"utilit(?:y|ies)", r"grid", r"electricity"),
    "government": words_re(r"government", r"civil serv\w+", r"ministry", r"public sector",
                           r"policy", r"parliament\w*", r"diplomat\w*", r"embassy",
                           r"foreign office", r"home office", r"cabinet office",
                           r"department (?:of|for)", r"public affairs"),
    "security": words_re(r"intelligence", r"cyber\w*", r"security", r"infosec"),
    "technology": words_re(r"software", r"developer", r"information technology", r"data",
                           r"cloud", r"machine learning", r"ai", r"semiconductors?", r"tech",
                           r"technology", r"telecom\w*", r"computing", r"programmer",
                           r"devops", r"computer"),
    "engineering": words_re(r"engineer\w*", r"mechanical", r"electrical", r"manufacturing",
                            r"industrial", r"physicist", r"physics"),
    "academia": words_re(r"universit(?:y|ies)", r"professor", r"lecturer", r"researcher",
                         r"research", r"ph\.?d", r"postdoc\w*", r"academic\w*", r"scientist",
                         r"laborator(?:y|ies)", r"college"),
    "finance": words_re(r"bank\w*", r"finance", r"financial", r"investment\w*", r"trading",
                        r"fintech", r"accounting", r"accountant", r"audit\w*", r"insurance",
                        r"private equity", r"hedge funds?", r"asset management"),
    "health": words_re(r"health\w*", r"medical", r"hospital", r"clinical", r"pharma\w*",
                       r"nurse", r"physician", r"biotech\w*", r"medicine"),
    "fashion": words_re(r"fashion", r"apparel", r"beauty", r"cosmetics?", r"luxury",
                        r"textiles?", r"modell?ing", r"jewell?ery", r"clothing"),
    "hospitality": words_re(r"hospitality", r"hotels?", r"restaurants?", r"catering",
                            r"tourism", r"travel", r"culinary", r"chef"),
    "entertainment": words_re(r"entertainment", r"film", r"music", r"casting", r"actors?",
                              r"gaming", r"celebrity", r"sports?"),
    "retail": words_re(r"retail", r"e-?commerce", r"consumer goods", r"fmcg", r"stores?"),
    "real_estate": words_re(r"real estate", r"property", r"properties", r"realtor",
                            r"construction"),
    "legal": words_re(r"law", r"legal", r"lawyer", r"attorney", r"solicitor", r"barrister"),
    "marketing": words_re(r"marketing", r"sales", r"advertising", r"brand\w*", r"social media"),
}

# Sectors that plausibly have reason to approach each other share a domain.
DOMAINS: dict[str, set[str]] = {
    "technical": {"defence", "aerospace", "nuclear", "energy", "engineering", "technology",
                  "security", "academia"},
    "public": {"government", "defence", "security", "academia", "legal", "health", "nuclear",
               "energy"},
    "commercial": {"finance", "legal", "marketing", "retail", "real_estate", "technology"},
    "lifestyle": {"fashion", "hospitality", "entertainment", "retail", "marketing"},
    "care": {"health", "academia", "technology"},
}


def sectors(text: str) -> dict[str, str]:
    """Sector -> the first word that placed the text in it."""
    found = {}
    for name, pattern in SECTORS.items():
        match = pattern.search(text)
        if match:
            found[name] = match.group(0)
    return found


def domains(sector_names: Iterable[str]) -> set[str]:
    return {d for d, members in DOMAINS.items() if members & set(sector_names)}


def contact_sector_text(profile: Profile) -> str:
    """The contact's own line of work: headline and current roles (not who they target)."""
    return " ".join([profile.headline or ""] + [role_text(e) for e in current_roles(profile)])


def viewer_sector_text(profile: Profile) -> str:
    parts = [profile.headline or ""]
    parts += [role_text(e) for e in profile.experience or []]
    parts += [f"{e.school} {e.degree or ''} {e.field or ''}" for e in profile.education or []]
    return " ".join(parts)


# --- places -------------------------------------------------------------------------------

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "United Kingdom": ("united kingdom", "uk", "england", "scotland", "wales",
                       "northern ireland", "great britain", "london", "manchester",
                       "birmingham", "edinburgh", "glasgow", "bristol", "leeds", "cambridge",
                       "oxford", "cheltenham", "belfast", "cardiff"),
    "United States": ("united states", "usa", "u.s.", "us", "new york", "san francisco",
                      "california", "washington", "boston", "seattle", "chicago", "texas",
                      "los angeles", "virginia", "maryland", "massachusetts", "atlanta",
                      "denver", "austin", "florida", "bay area", "illinois", "new jersey",
                      "pennsylvania", "ohio", "michigan", "colorado", "arizona",
                      "oregon", "utah", "north carolina", "minnesota", "wisconsin", "indiana",
                      "missouri", "tennessee", "connecticut", "philadelphia", "houston",
                      "dallas", "miami", "san diego", "san jose", "portland", "pittsburgh"),
    "Canada": ("canada", "toronto", "vancouver", "montreal", "ottawa", "calgary", "ontario",
               "quebec", "british columbia", "alberta"),
    "Ireland": ("ireland", "dublin", "cork"),
    "France": ("france", "paris", "lyon", "toulouse", "marseille"),
    "Germany": ("germany", "deutschland", "berlin", "munich", "münchen", "hamburg",
                "frankfurt", "cologne", "köln", "stuttgart"),
    "Netherlands": ("netherlands", "amsterdam", "rotterdam", "the hague", "utrecht",
                    "eindhoven"),
    "Belgium": ("belgium", "brussels", "antwerp"),
    "Switzerland": ("switzerland", "zurich", "zürich", "geneva", "lausanne", "basel", "bern"),
    "Spain": ("spain", "españa", "madrid", "barcelona"),
    "Italy": ("italy", "italia", "rome", "milan", "milano", "turin"),
    "Portugal": ("portugal", "lisbon", "porto"),
    "Sweden": ("sweden", "stockholm", "gothenburg"),
    "Norway": ("norway", "oslo"),
    "Denmark": ("denmark", "copenhagen"),
    "Finland": ("finland", "helsinki"),
    "Poland": ("poland", "warsaw", "krakow", "kraków"),
    "Austria": ("austria", "vienna", "wien"),
    "Czechia": ("czech republic", "czechia", "prague"),
    "Ukraine": ("ukraine", "kyiv", "kiev"),
    "Russia": ("russia", "russian federation", "moscow", "saint petersburg", "st petersburg"),
    "Turkey": ("turkey", "türkiye", "istanbul", "ankara"),
    "Israel": ("israel", "tel aviv", "jerusalem", "haifa"),
    "United Arab Emirates": ("united arab emirates", "uae", "dubai", "abu dhabi"),
    "Saudi Arabia": ("saudi arabia", "riyadh", "jeddah"),
    "Qatar": ("qatar", "doha"),
    "Egypt": ("egypt", "cairo"),
    "Nigeria": ("nigeria", "lagos", "abuja"),
    "Kenya": ("kenya", "nairobi"),
    "South Africa": ("south africa", "johannesburg", "cape town", "pretoria"),
    "India": ("india", "bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad",
              "chennai", "pune", "kolkata", "gurgaon", "gurugram", "noida"),
    "Pakistan": ("pakistan", "karachi", "lahore", "islamabad"),
    "China": ("china", "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "wuhan",
              "chengdu", "nanjing", "tianjin", "xi'an"),
    "Hong Kong": ("hong kong",),
    "Taiwan": ("taiwan", "taipei"),
    "Japan": ("japan", "tokyo", "osaka", "kyoto"),
    "South Korea": ("south korea", "korea", "seoul"),
    "North Korea": ("north korea", "pyongyang"),
    "Singapore": ("singapore",),
    "Malaysia": ("malaysia", "kuala lumpur"),
    "Indonesia": ("indonesia", "jakarta"),
    "Vietnam": ("vietnam", "viet nam", "hanoi", "ho chi minh"),
    "Thailand": ("thailand", "bangkok"),
    "Philippines": ("philippines", "manila"),
    "Australia": ("australia", "sydney", "melbourne", "brisbane", "perth", "canberra"),
    "New Zealand": ("new zealand", "auckland", "wellington"),
    "Brazil": ("brazil", "brasil", "são paulo", "sao paulo", "rio de janeiro"),
    "Mexico": ("mexico", "méxico", "mexico city"),
    "Argentina": ("argentina", "buenos aires"),
    "Chile": ("chile", "santiago"),
    "Colombia": ("colombia", "bogotá", "bogota"),
    "Iran": ("iran", "tehran"),
}

_PLACE_TO_COUNTRY = {
    place: country for country, places in COUNTRY_NAMES.items() for place in places
}


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    """Every known place name, longest first (compiled on first use: it is large)."""
    names = sorted(map(re.escape, _PLACE_TO_COUNTRY), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(names) + r")(?![\w])")


US_STATES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY"})
CANADIAN_PROVINCES = frozenset({
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"})
_REGION_CODE = re.compile(r",\s*([A-Z]{2})\s*(?:,|$)")


@lru_cache(maxsize=4096)
def country_of(location: str | None) -> str | None:
    """The country a free-text location names, when it is recognisable; else None."""
    if not location:
        return None
    code = _REGION_CODE.search(location)  # "Cambridge, MA", "London, ON": the code decides
    if code and code.group(1) in US_STATES:
        return "United States"
    if code and code.group(1) in CANADIAN_PROVINCES:
        return "Canada"
    found = place_pattern().findall(location.lower())
    return _PLACE_TO_COUNTRY[found[-1]] if found else None


# --- names --------------------------------------------------------------------------------

def ascii_fold(text: str) -> str:
    if text.isascii():
        return text  # ASCII is its own decomposition, with nothing to strip
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(text: str) -> bool:
    """Every letter is in the Latin blocks (basic, supplements, extended A/B, additional)."""
    if text.isascii():
        return any(ch.isalpha() for ch in text)  # ASCII letters are all basic Latin
    letters = [ord(ch) for ch in text if ch.isalpha()]
    return bool(letters) and all(o < 0x250 or 0x1E00 <= o < 0x1F00 for o in letters)
