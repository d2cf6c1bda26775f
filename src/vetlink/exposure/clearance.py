"""Security clearance mentions: UK, US, NATO, Canada, Australia and New Zealand.

A clearance is written as a code ("SC", "DV", "TS/SCI", "NV1") or spelled out ("Developed
Vetting"). Distinctive forms count on their own; short codes that mean other things ("SC" is
also South Carolina, "DV" company initials, "PV" photovoltaic, "CV" a résumé) count only with
clearance context: a clearance word after them ("SC cleared", "DV clearance", "NV1 level"), a
holding word before them ("hold DV", "active Secret", "cleared to SC", "UKSV DV",
"Clearance: SC"), a list with a distinctive code ("BPSS/SC/DV"), or being a whole skills item
("DV"). Text that describes other people or jobs ("hiring SC cleared developers", "roles
requiring an active Top Secret clearance") does not count: it is not the owner's clearance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Tier = Literal["baseline", "clearance"]


@dataclass(frozen=True)
class Code:
    name: str  # canonical name shown to the user
    country: str
    pattern: str
    alone: bool = False  # distinctive: counts without context
    before: bool = True  # "hold / active / cleared to" before it counts as context
    listable: bool = False  # a skills item that is only this code counts
    tier: Tier = "clearance"
    ignore_case: bool = False


@dataclass(frozen=True)
class Mention:
    start: int
    end: int  # span of the code itself
    claim_start: int
    claim_end: int  # span of the whole claim ("hold active UKSV DV clearance")
    code: Code

    @property
    def level(self) -> str:
        country = self.code.country
        return self.code.name if country == "-" else f"{self.code.name} ({country})"


def _c(name: str, country: str, pattern: str, **kw: object) -> Code:
    return Code(name, country, pattern, **kw)  # type: ignore[arg-type]


_CTX = r"(?=[\s-]?(?:security\s+)?(?:cleared|clearance)\b)"  # lower-case code + clearance word
CODES: tuple[Code, ...] = (
    # UK
    _c("BPSS", "UK", r"BPSS|Baseline Personnel Security Standard", alone=True, listable=True,
       tier="baseline", ignore_case=True),
    _c("CTC", "UK", r"CTC", before=False, listable=True),
    _c("CTC", "UK", r"counter[\s-]terroris[mt] check(?:ed)?", alone=True, ignore_case=True),
    _c("SC", "UK", r"SC", listable=True),
    _c("SC", "UK", r"sc" + _CTX, alone=True),
    _c("SC", "UK", r"Security Check \(SC\)", alone=True, ignore_case=True),
    _c("eSC", "UK", r"eSC|Enhanced Security Check", alone=True, listable=True),
    _c("DV", "UK", r"DV", listable=True),
    _c("DV", "UK", r"dv" + _CTX, alone=True),
    _c("eDV", "UK", r"eDV", alone=True, listable=True),
    _c("DV", "UK", r"(?:enhanced\s+)?developed\s+vetting", alone=True, ignore_case=True),
    _c("STRAP", "UK", r"STRAP", listable=True),
    _c("security cleared", "UK", r"security[\s-]cleared", alone=True, ignore_case=True),
    _c("NPPV", "UK", r"NPPV\s?[1-3]", alone=True, listable=True, tier="baseline"),
    # US
    _c("TS/SCI", "US", r"TS\s?(?:/{1,2}|\\|-|\s)\s?SCI|Top[\s-]Secret\s?/\s?SCI", alone=True,
       listable=True, ignore_case=True),
    _c("SCI", "US", r"SCI"),
    _c("TS", "US", r"TS"),
    _c("Top Secret", "-", r"Top[\s-]Secret", listable=True, ignore_case=True),
    _c("Secret", "-",
       r"(?<![’']s )(?:Secret|SECRET)(?![\s-]+(?:Santa|Service|Sauce|Garden|Escapes?|Recipe|"
       r"Society|Life|Diary|Agent|Weapon|Cinema|Squirrel|Door|Ballot|Shopper|Sale))",
       listable=True),
    _c("Secret", "-", r"(?<![’']s )secret" + _CTX, alone=True),
    _c("Confidential", "-", r"Confidential|CONFIDENTIAL", before=False),
    _c("Q", "US (DOE)", r"\bQ", before=False),
    _c("L", "US (DOE)", r"\bL", before=False),
    _c("Q/L", "US (DOE)", r"DOE[\s-]+[QL]\b", alone=True),
    _c("Public Trust", "US", r"Public Trust", tier="baseline"),
    _c("clearance", "-", r"(?:active|current|valid|live|interim|final)\s+(?:US\s+|UK\s+|DoD\s+|"
       r"federal\s+|government\s+)?(?:security\s+)?clearance", alone=True, ignore_case=True),
    _c("clearance", "-", r"(?:hold|holds|holding|held|maintain(?:s|ing)?|possess(?:es|ing)?)\s+"
       r"(?:an?\s+|the\s+)?(?:active\s+|current\s+|valid\s+)?(?:security\s+)?clearance",
       alone=True, ignore_case=True),
    _c("clearance", "-", r"(?:security\s+)?clearance\s+holder", alone=True, ignore_case=True),
    _c("polygraph", "US", r"(?:full[\s-]scope|FSP|CI|counter[\s-]?intelligence|lifestyle)"
       r"[\s-]+poly(?:graph)?\b|polygraphed", alone=True, ignore_case=True),
    # NATO
    _c("NATO Secret", "NATO", r"NATO[\s-]+(?:SECRET|Secret|secret|CONFIDENTIAL|Confidential)",
       alone=True, listable=True),
    _c("COSMIC Top Secret", "NATO", r"COSMIC[\s-]+Top[\s-]+Secret", alone=True,
       ignore_case=True),
    _c("CTS", "NATO", r"CTS", before=False),
    _c("NATO Secret", "NATO", r"NS", before=False),
    # Canada
    _c("Reliability", "Canada", r"(?:Enhanced\s+)?Reliability\s+(?:Status|[Ss]creening|"
       r"[Cc]learance)", alone=True, tier="baseline"),
    _c("Enhanced Top Secret", "Canada", r"Enhanced\s+Top\s+Secret", alone=True,
       ignore_case=True),
    # Australia
    _c("Baseline", "Australia", r"Baseline", tier="baseline"),
    _c("NV1/NV2", "Australia", r"NV[12]", listable=True),
    _c("NV1/NV2", "Australia", r"negative\s+vetting(?:\s+level)?(?:\s*[12])?", alone=True,
       ignore_case=True),
    _c("PV", "Australia", r"PV", before=False),
    _c("PV", "Australia", r"positive\s+vetting", alone=True, ignore_case=True),
    _c("AGSVA", "Australia", r"AGSVA", before=False),
    # New Zealand
    _c("TSV", "New Zealand", r"TSV"),
    _c("SV", "New Zealand", r"SV", before=False),
    _c("CV", "New Zealand", r"CV", before=False),
)

_CODE_RES = tuple(
    re.compile(rf"(?<!\w){c.pattern}(?!\w)", re.IGNORECASE if c.ignore_case else 0)
    for c in CODES
)
# every code pattern contains one of these words: text without any of them is skipped at once
_TRIGGERS = frozenset({
    "bpss", "baseline", "ctc", "counter", "sc", "security", "esc", "enhanced", "dv", "edv",
    "developed", "strap", "nppv1", "nppv2", "nppv3", "nppv", "ts", "sci", "top", "secret",
    "confidential", "q", "l", "doe", "public", "clearance", "holder", "hold", "holds", "holding",
    "held", "maintain", "maintains", "maintaining", "possess", "possesses", "possessing", "active",
    "current", "valid", "live", "interim", "final", "poly", "polygraph", "polygraphed", "fsp",
    "ci", "counterintelligence", "lifestyle", "nato", "cosmic", "cts", "ns", "reliability", "nv1",
    "nv2", "negative", "pv", "positive", "agsva", "tsv", "sv", "cv"
})
_WORD = re.compile(r"[A-Za-z0-9]+")
_SEP = re.compile(r"(?<!\s)\s*(?:/|,|&|\+|\band\b|\bor\b|w/|\bwith\b)\s*", re.IGNORECASE)
_AFTER = re.compile(
    r"[\s-]{0,20}(?:\([^()]{1,40}\)\s{0,20})?(?:security[\s-]+|level[\s-]+)?"
    r"(?:clearances?|cleared|vetted|vetting|holder|indoctrinated|indoc|briefed|level|eligible|"
    r"eligibility|access|poly(?:graph)?|position|suitability)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"(?:\b(?:hold|holds|holding|held|maintain|maintains|maintaining|possess|possesses|have|has)"
    r"\s+(?:an?\s+|the\s+)?"
    r"|\b(?:active|current|currently|valid|live|interim|final)\s+"
    r"|\bcleared\s+(?:to|at|for)\s+(?:the\s+)?|\bvetted\s+to\s+"
    r"|\b(?:UKSV|AGSVA|NZSIS|DoD|DOE|DCSA)\s+"
    r"|\bclearances?(?:\s+level)?\s*[:(–-]\s*)"
    r"(?:(?:active|current|valid|live|US|U\.S\.|UK|UKSV|Canadian|Australian|NZ|AGSVA)\s+)*$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"[\s-]{1,20}(?:sales?|racks?|events?|items?|prices?|outlets?|rates?|height|diving|divers?)\b",
    re.IGNORECASE,
)
_OTHERS_AFTER = re.compile(
    r"\s{1,20}(?:engineers|developers|candidates|professionals|contractors|consultants|people|staff|"
    r"personnel|individuals|roles|jobs|positions|vacancies|opportunities|talent|workforce|"
    r"analysts|testers|architects|resources|applications|applicants|paperwork|renewals|"
    r"sponsorship|requests)\b",
    re.IGNORECASE,
)
_OTHERS_BEFORE = re.compile(
    r"\b(?:hiring|recruit\w*|requir\w+|placing|sourcing)\b[^.;|!?\n]{0,50}$", re.IGNORECASE
)


def code_matches(text: str) -> list[tuple[int, int, Code]]:
    """Every code in ``text``, longest first where they overlap."""
    if _TRIGGERS.isdisjoint(w.lower() for w in _WORD.findall(text)):
        return []
    found = [(m.start(), m.end(), code) for code, rx in zip(CODES, _CODE_RES, strict=True)
             for m in rx.finditer(text)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Code]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def groups(text: str, found: list[tuple[int, int, Code]]) -> list[list[tuple[int, int, Code]]]:
    """Codes written as one list ("BPSS, SC and DV", "SC/DV", "TS w/ SCI")."""
    out: list[list[tuple[int, int, Code]]] = []
    for item in found:
        if out and _SEP.fullmatch(text[out[-1][-1][1]:item[0]]):
            out[-1].append(item)
        else:
            out.append([item])
    return out


def after_claim(text: str, end: int) -> int | None:
    """End of the clearance words right after ``end`` ("cleared", "(DV) clearance"), if any."""
    match = _AFTER.match(text, end)
    if not match or _NOT_AFTER.match(text, match.end()):
        return None
    return match.end()


def before_claim(text: str, start: int) -> int | None:
    match = _BEFORE.search(text[:start])
    return match.start() if match else None


def about_others(text: str, start: int, end: int) -> bool:
    """The words describe candidates or jobs ("hiring SC cleared developers")."""
    return bool(_OTHERS_AFTER.match(text, end) or _OTHERS_BEFORE.search(text[:start]))


def group_mentions(text: str, group: list[tuple[int, int, Code]], list_item: bool
                   ) -> list[Mention]:
    start, end = group[0][0], group[-1][1]
    after = after_claim(text, end)
    before = before_claim(text, start)
    if about_others(text, start, after or end):
        return []
    whole_item = list_item and not text[:start].strip() and not text[after or end:].strip(" .")
    distinctive = len(group) > 1 and any(c.alone for _, _, c in group)
    out = []
    for s, e, code in group:
        ok = (code.alone or after is not None or distinctive
              or (before is not None and code.before)
              or (whole_item and code.listable))
        if ok:
            claim_start = before if before is not None else start
            out.append(Mention(s, e, min(claim_start, start), max(after or end, end), code))
    return out


def find_clearances(text: str, *, list_item: bool = False) -> list[Mention]:
    """The clearance mentions in ``text`` (``list_item``: a skills or certifications entry)."""
    mentions: list[Mention] = []
    for group in groups(text, code_matches(text)):
        mentions.extend(group_mentions(text, group, list_item))
    return mentions


def tier_of(mentions: list[Mention]) -> Tier:
    return "clearance" if any(m.code.tier == "clearance" for m in mentions) else "baseline"
