"""What a copied profile page contains besides the profile: buttons, navigation, badges and
section titles. Kept apart so the list can grow without touching the parser."""

from __future__ import annotations

import re

from vetlink.ingest import page_vocab

NOISE_LINES = page_vocab.PAGE_NOISE | {
    "message", "follow", "following", "connect", "more", "pending", "unfollow", "remove",
    "show all", "show more", "show less", "see more", "see less", "…see more", "...see more",
    "… see more", "…more", "...more", "…show more", "...show more", "… show more",
    "contact info", "open to", "add profile section",
    "enhance profile", "resources", "home", "my network", "jobs", "messaging", "notifications",
    "me", "for business", "try premium for free", "try premium", "skip to main content",
    "linkedin", "search", "report / block", "save to pdf", "send profile in a message",
    "about this profile", "view profile", "endorse", "show credential", "see credential",
    "·", "•", "-", "—", "verified",
    "1st", "2nd", "3rd", "3rd+", "premium", "top voice", "creator", "hiring", "open to work",
    "view my services", "provides services", "request services", "visit my website",
    "view my newsletter", "subscribe", "status is online", "status is reachable", "posts",
    "comments", "videos", "images", "documents", "articles", "reactions", "show all posts",
    "show all activity", "see all", "privacy & terms", "ad options", "help center",
    "accessibility", "talent solutions", "community guidelines", "careers",
    "marketing solutions", "sales solutions", "mobile", "small business", "safety center",
    "questions?", "manage your account and privacy", "recommendation transparency",
    "select language", "learn more", "like", "comment", "repost", "send", "work", "learning",
    "keyboard shortcuts", "close jump menu", "add section", "share profile",
    "send message", "view in sales navigator", "profile language", "public profile & url",
    "who your viewers also viewed", "add verification badge",
}
NOISE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^·\s*(?:1st|2nd|3rd\+?)$",
        r"^(?:1st|2nd|3rd)\s+degree\s+connection$",
        r"^show all \d* ?[\w ]*(?:→)?$",
        r"^endorsed by\b.*$",
        r"^\d+ endorsements?$",
        r"^endorse$",
        r"^passed linkedin skill assessment$",
        r"^\d+ experiences? across\b.*$",
        r"^\d+ notifications?$",
        r"^\d+ (?:new )?messages?$",
        r"^(?:media|logo|thumbnail|profile photo|background image)$",
        r"^you both (?:studied|worked)\b.*$",
        r"^\d+[hdwmy]o? •.*$",
        r"^linkedin corporation © \d{4}$",
        r"^\d+ notifications? total$",
        r"^(?:try|reactivate|retry) premium\b.*$",
        r"^skip to (?:main content|search)$",
        r"^new feed updates notifications$",
        r"^\d+\+? profile views?$|^\d+\+? post impressions?$|^\d+\+? search appearances?$",
        # the same furniture in the other UI languages of page_vocab
        r"^·?\s*[123](?:st|nd|rd|\.|e|er|re|º|°|o)?\+?$",
        r"^\d{1,4}$",
        r"^\d{1,4} (?:new|neue|nouvelles|nuove) \w{1,20}$|^\d{1,4} notificaciones nuevas$",
        r"^(?:try|essayez|prueba|prova)\s+premium\b.{0,40}$|^premium\b.{0,40}\btesten$",
        r"^alle\b.{0,60}\banzeigen$",
        r"^afficher (?:les|tous|toutes)\b.{0,60}$",
        r"^mostrar (?:las|los|todas|todos)\b.{0,60}$",
        r"^mostra (?:tutte|tutti)\b.{0,60}$",
        r"^(?:bestätigt von|validée? par|validad[oa] por|confermat[oa] da)\b.{0,200}$",
        r"^\d{1,5} (?:bestätigungen|bestätigung|validations?|validaciones|validación"
        r"|conferme|conferma)$",
        r"^(?:liked|commented on|reposted) by\b.{0,100}$",
        r"^view \S{1,40} full (?:profile|experience)$|^see their title, tenure and more\.$",
        r"^view mutual connections with\b.{0,60}$|^contact \S{1,40} directly$",
        r"^by clicking continue\b.{0,300}$",
        r"^join to view\b.{0,40}$",
    )
]
PRONOUNS = re.compile(r"^\(?(?:he/him|she/her|they/them|he/they|she/they|they/he|they/she"
                      r"|ze/zir|xe/xem)\)?$", re.IGNORECASE)

SECTION_TITLES = page_vocab.SECTION_TITLES
FOOTER_END_RE = re.compile(r"^(?:linkedin corporation )?© ?\d{4}$", re.IGNORECASE)
FOOTER_WINDOW = 6  # a footer is a run of footer items: at least 3 in 6 lines


# Field labels of the 2019-2021 profile page ("Company Name", "Dates Employed", ...).
FIELD_LABELS = re.compile(
    r"Company Name|Dates Employed|Employment Duration|Degree Name|Field Of Study|"
    r"Dates attended or expected graduation|Title|Location|Employment type", re.IGNORECASE)
LABEL_PREFIXES = re.compile(
    r"^(?:Company Name|Dates Employed|Employment Duration|Degree Name|Field Of Study|"
    r"Dates attended or expected graduation)\s*(?!:)", re.IGNORECASE)


def strip_furniture(raw: str) -> str:
    """A line without its surrounding spaces and trailing badges ("· 3rd", "Contact info")."""
    line = re.sub(r"[\u200b\u200e\u200f\ufeff]", "", raw).strip()
    if FIELD_LABELS.fullmatch(line):
        return ""
    line = LABEL_PREFIXES.sub("", line)
    line = re.sub(r"(?<!\s)\s*[·•]\s*(?:1st|2nd|3rd\+?|[123](?:\.|e|º|°))$", "", line)
    line = re.sub(r"(?<!\s)\s*+·?\s*Contact info$", "", line, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", line).strip()


def is_noise(line: str) -> bool:
    low = line.lower()
    return low in NOISE_LINES or any(p.match(line) for p in NOISE_PATTERNS)


def is_pronoun(line: str) -> bool:
    line = line.strip()
    return bool(PRONOUNS.match(line)) or line.strip("()").lower() in page_vocab.PRONOUN_LINES


def is_footer_item(line: str) -> bool:
    return line.lower() in page_vocab.FOOTER_ITEMS or bool(FOOTER_END_RE.match(line))


def page_end(lines: list[str]) -> int:
    """Where the profile ends in cleaned page lines: at the footer (a run of footer items,
    whose first line may be the footer's own "About") or at the messaging overlay,
    whichever comes first; everything after them is chrome."""
    for i, line in enumerate(lines):
        if line.lower() in page_vocab.OVERLAY_LINES:
            return i
        window = lines[i:i + FOOTER_WINDOW]
        if is_footer_item(line) and sum(map(is_footer_item, window)) >= 3:
            return i
    return len(lines)


def section_title(line: str) -> str | None:
    """The section a title line opens ("Experience" -> "experience"); "top skills" (inside
    About) is not a section of its own."""
    kind = SECTION_TITLES.get(line.strip().rstrip(":").lower())
    return None if kind == "skills_inline" else kind
