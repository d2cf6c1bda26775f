"""What a copied profile page contains besides the profile: buttons, navigation, badges and
section titles. Kept apart so the list can grow without touching the parser."""

from __future__ import annotations

import re

NOISE_LINES = {
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
    )
]
PRONOUNS = re.compile(r"^\(?(?:he/him|she/her|they/them|he/they|she/they|they/he|they/she"
                      r"|ze/zir|xe/xem)\)?$", re.IGNORECASE)

SECTION_TITLES = {
    "about": "about", "summary": "about",
    "experience": "experience", "work experience": "experience",
    "education": "education",
    "skills": "skills", "top skills": "skills_inline", "skills & endorsements": "skills",
    "languages": "languages",
    "licenses & certifications": "certifications", "certifications": "certifications",
    "licences & certifications": "certifications",
    "activity": "activity", "featured": "featured", "volunteering": "other",
    "volunteer experience": "other", "projects": "other", "publications": "other",
    "honors & awards": "other", "honors and awards": "other", "courses": "other",
    "organizations": "other", "patents": "other", "test scores": "other",
    "recommendations": "recommendations", "interests": "other", "causes": "other",
    "analytics": "other", "services": "other", "people also viewed": "other",
    "people you may know": "other", "you might like": "other", "contact": "other",
    "highlights": "other", "more profiles for you": "other", "explore premium profiles": "other",
}


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
    line = re.sub(r"(?<!\s)\s*[·•]\s*(?:1st|2nd|3rd\+?)$", "", line)
    line = re.sub(r"(?<!\s)\s*+·?\s*Contact info$", "", line, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", line).strip()


def is_noise(line: str) -> bool:
    low = line.lower()
    return low in NOISE_LINES or any(p.match(line) for p in NOISE_PATTERNS)


def is_pronoun(line: str) -> bool:
    return bool(PRONOUNS.match(line.strip()))


def section_title(line: str) -> str | None:
    """The section a title line opens ("Experience" -> "experience"); "top skills" (inside
    About) is not a section of its own."""
    kind = SECTION_TITLES.get(line.strip().rstrip(":").lower())
    return None if kind == "skills_inline" else kind
