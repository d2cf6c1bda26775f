"""Evaluation data with planted campaigns, deterministic by seed, at any size.

Each line is an import line (``vetlink import reports``): a ``vetlink/profile/v1`` profile, a
conversation, the reporter, the department approached, the date, and ``photo_hashes`` (the
whole photo's p, d, a hashes: photos are represented by precomputed perceptual hashes, a
re-cropped or re-encoded copy by the same hashes with a few bits flipped). The planted truth
(profile URL -> campaign id and variant) is written next to the data.

The variation knobs are the fields of :class:`Knobs`; they were written before the linker was
tuned, and ``Knobs.harder()`` is the setting reported on and never tuned on
(``docs/campaigns.md``). Genuine personas include the hard negatives: staff of a few big
employers, graduates of a few common universities, stock summary phrases, and the real
recruiters of one agency (same firm, domain and boilerplate, different people).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words("""
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Wei Li Ahmed Fatima Olga Ivan Priya
Arjun Sofia Lucas Emma Noah Mia Liam Chloe Ethan Zoe Oliver Amelia Jack Grace Hannah Daniel
Laura Marco Giulia Pierre Claire Hans Anna Kenji Yuki Min Ji Sven Ingrid
""")
LAST = _words("""
Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor Thomas Moore
Martin Jackson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker
Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Chen Wang Zhang Liu
Kumar Patel Singh Novak Petrov Ivanova Rossi Bianchi Dubois Martin Schmidt Muller Tanaka
Sato Kim Park Larsen Berg
""")
BIG_EMPLOYERS = ("Google", "Microsoft", "Amazon", "BAE Systems", "Deloitte", "Accenture",
                 "IBM", "Rolls-Royce", "NHS England", "HSBC")
COMMON_SCHOOLS = ("University of Oxford", "University of Cambridge", "Imperial College London",
                  "University of Manchester", "King's College London", "University of Leeds")
SMALL_WORDS = ("North", "Blue", "Kestrel", "Vantage", "Harbor", "Summit", "Cobalt", "Ridge",
               "Atlas", "Beacon", "Meridian", "Crest", "Lumen", "Orbit", "Pioneer", "Sterling",
               "Granite", "Willow", "Falcon", "Aurora", "Quantum", "Cedar", "Nova", "Vertex")
FIRM_TAIL = ("Consulting", "Partners", "Talent", "Advisory", "Group", "Institute", "Analytics",
             "Solutions", "Research", "Capital", "Labs", "Systems")
DEPARTMENTS = ("Ministry of Defence", "Cabinet Office", "Home Office", "FCDO", "DSIT",
               "HM Treasury", "GCHQ liaison", "Research Council", "Energy Security",
               "Transport", "Health", "Education")
SECTORS = ("defence", "government", "energy", "research", "telecoms", "finance", "health")
FIELDS = ("cloud infrastructure", "data engineering", "supply chain", "policy analysis",
          "cyber security", "semiconductor design", "aerospace systems", "public health",
          "financial risk", "machine learning", "energy markets", "procurement",
          "software delivery", "clinical research", "network operations", "product design")
SENTENCES = (
    "I have spent {n} years working on {field} for teams across {place}.",
    "Currently leading a small group focused on {field} and {field2}.",
    "Before that I worked in {field2}, mostly on long running delivery programmes.",
    "Outside work I coach junior football and volunteer with a local food bank.",
    "My background is in {field}, with a detour through {field2} along the way.",
    "I care about clear writing, honest estimates and teams that learn from mistakes.",
    "Recently I have been reading about {field} and how it changes {field2}.",
    "Happy to talk about {field}, mentoring, or good hiking routes in {place}.",
    "I moved to {place} in {year} and joined my current team shortly after.",
    "Most of my work is unglamorous: migrations, reviews and fixing what broke at night.",
    "I studied {field2} and still follow the research closely.",
    "Ask me about {field} or about the best coffee near the office in {place}.",
)
PLACES = ("London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Cardiff", "Belfast",
          "Reading", "Cambridge", "Oxford", "Glasgow", "Birmingham")
STOCK = ("Results-driven professional with a proven track record of delivering value. "
         "Passionate about innovation, collaboration and continuous improvement. "
         "Open to new opportunities and always happy to connect.")
AGENCY_BOILERPLATE = ("At {firm} we match experienced professionals with permanent and "
                      "contract roles across technology and engineering. I specialise in "
                      "{field} hiring. Our team has placed over 2,000 candidates since 2009.")
GENUINE_MESSAGES = (
    "Hi {target}, I saw your talk on {field} and wondered if you would be open to a chat "
    "about a role in my team.",
    "Hello, we met briefly at the {place} meetup. Would you like to connect?",
    "Hi, I'm hiring for a {field} position in {place}; the details are on our careers page.",
    "Thanks for the post about {field}, it was useful for a project we are starting.",
)
CAMPAIGN_SUMMARIES = (
    "I connect senior experts in {field} with confidential clients who value independent "
    "insight. Our clients commission short paid research papers and offer generous fees "
    "and travel for experts willing to share their perspective on policy developments.",
    "Headhunter for a discreet international consultancy advising governments and investors. "
    "We are always seeking professionals with experience in {field} for well paid advisory "
    "work that fits around your current position.",
    "Our institute organises private round tables on {field} and international security. "
    "Speakers receive an honorarium and all expenses are covered. I would be delighted to "
    "introduce you to our director.",
    "Talent partner building a network of specialists in {field} for a fast growing firm. "
    "Flexible remote projects, quick payment and complete confidentiality for participants.",
)
CAMPAIGN_MESSAGES = (
    "Dear {target}, your background in {field} is exactly what my client needs for a short "
    "paid report. The fee is attractive. It is easier to discuss details on {app}: {handle}.",
    "Hello {target}, I represent a consultancy that values your experience. We would pay well "
    "for a brief overview of current priorities in your department. Please add me on {app} "
    "{handle} so we can talk privately.",
    "Hi {target}, we are inviting a few experts to speak at a closed round table. All costs "
    "are covered and there is an honorarium. Message me on {app} at {handle} for the agenda.",
)
SYNONYMS = {
    "experts": "specialists", "paid": "remunerated", "generous": "attractive",
    "fees": "payments", "confidential": "private", "clients": "customers",
    "short": "brief", "professionals": "experts", "experience": "expertise",
    "introduce": "present", "delighted": "happy", "discuss": "talk through",
    "easier": "simpler", "attractive": "generous", "private": "discreet",
    "always": "constantly", "seeking": "looking for", "well": "generously",
    "network": "community", "quick": "prompt", "complete": "full", "organises": "hosts",
    "round": "closed", "value": "appreciate", "exactly": "precisely", "brief": "short",
}
APPS = ("Telegram", "WhatsApp", "WeChat", "Signal")
HOSTILE_PLACES = ("London", "Singapore", "Hong Kong", "Dubai", "Geneva")


@dataclass(frozen=True)
class Knobs:
    """The generator's variation knobs (written before tuning the linker)."""

    campaign_share: float = 0.06  # personas in campaigns
    campaign_size: tuple[int, int] = (3, 24)
    members_per_photo: tuple[int, int] = (2, 4)  # a photo source is reused by this many
    photo_bit_flips: tuple[int, int] = (0, 8)  # re-crop/re-encode: summed bits flipped
    photo_missing: float = 0.15  # campaign members with no photo
    members_per_handle: tuple[int, int] = (2, 5)
    handle_missing: float = 0.2  # members whose messages give no handle
    paraphrase: float = 0.25  # chance each swappable word is swapped
    drop_sentence: float = 0.15  # chance the template loses a sentence / clause
    firms_per_campaign: tuple[int, int] = (1, 3)
    creation_spread_days: tuple[int, int] = (5, 90)
    targets_per_campaign: tuple[int, int] = (1, 3)
    agency_staff: int = 40  # one agency's real recruiters (hard negative)
    big_employer_share: float = 0.35  # genuine staff at one of the big employers
    common_school_share: float = 0.4
    stock_share: float = 0.05  # genuine personas whose summary is the stock phrase

    @staticmethod
    def harder() -> Knobs:
        """The evaluation setting no parameter was tuned on: more rewording, fewer shared
        photos and handles, bigger crops, slower creation, more members without a photo."""
        return replace(Knobs(), members_per_photo=(2, 3), photo_bit_flips=(4, 14),
                       photo_missing=0.3, members_per_handle=(2, 3), handle_missing=0.35,
                       paraphrase=0.45, drop_sentence=0.3, creation_spread_days=(30, 240),
                       agency_staff=80, stock_share=0.1)


class Gen:
    def __init__(self, seed: int, knobs: Knobs) -> None:
        self.rng = random.Random(seed)
        self.knobs = knobs
        self.count = 0
        self.agency = "Brightpath Recruitment"

    def person_name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def url(self, name: str) -> str:
        self.count += 1
        slug = name.lower().replace(" ", "-")
        return f"https://www.linkedin.com/in/{slug}-{self.count:x}{self.rng.randrange(16**4):04x}"

    def hashes(self) -> list[int]:
        return [self.rng.getrandbits(64) for _ in range(3)]

    def flip(self, hashes: list[int], bits: int) -> list[int]:
        out = list(hashes)
        for _ in range(bits):
            which = self.rng.randrange(3)
            out[which] ^= 1 << self.rng.randrange(64)
        return out

    def day(self, start: date, spread: int) -> date:
        return start + timedelta(days=self.rng.randrange(max(1, spread)))

    def fill(self, template: str, **extra: str) -> str:
        values = {"field": self.rng.choice(FIELDS), "field2": self.rng.choice(FIELDS),
                  "place": self.rng.choice(PLACES), "n": str(self.rng.randint(3, 25)),
                  "year": str(self.rng.randint(2005, 2024)), "target": "there"}
        values.update(extra)
        return template.format(**values)

    def paraphrase(self, text: str) -> str:
        words = text.split(" ")
        out = []
        for w in words:
            core = w.strip(".,:;")
            if core.lower() in SYNONYMS and self.rng.random() < self.knobs.paraphrase:
                w = w.replace(core, SYNONYMS[core.lower()])
            out.append(w)
        sentences = " ".join(out).split(". ")
        if len(sentences) > 2 and self.rng.random() < self.knobs.drop_sentence:
            del sentences[self.rng.randrange(len(sentences))]
        return ". ".join(sentences)


OPENERS = ("These days", "For the last few years", "Right now", "Lately", "At the moment",
           "Since {year}", "Most weeks", "In my current role", "Day to day", "Mostly")
VERBS = ("I look after", "I work on", "I am building", "I help teams with", "I write about",
         "I teach", "I review", "I manage", "I untangle", "I research", "I maintain",
         "I advise on", "I test", "I plan", "I run workshops on", "I measure")
OBJECTS = ("the {field} platform", "{field} tooling", "our {field} roadmap", "{field} audits",
           "legacy {field} systems", "{field} for small charities", "the {field} backlog",
           "{field} training", "{field} experiments", "open data about {field}",
           "{field} dashboards", "{field} contracts", "the {field} team in {place}")
CODAS = ("", " and enjoy it", " with a great team", " in {place}", " on the side",
         " for public bodies", " for a start-up", " part time", ", mostly remotely",
         " alongside {field2}", ", slowly", " with too much coffee")


def genuine_text(g: Gen) -> str:
    """Two to four sentences from a large combinatorial space (genuine people rarely share
    much wording); real hobbies and facts from SENTENCES sometimes follow."""
    rng = g.rng
    parts = [g.fill(f"{rng.choice(OPENERS)} "
                    f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(CODAS)}.")
             for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.5:
        parts.append(g.fill(rng.choice(SENTENCES)))
    return " ".join(p.replace("  ", " ") for p in parts)


def genuine(g: Gen, kind: str) -> dict[str, Any]:
    rng = g.rng
    name = g.person_name()
    if kind == "agency":
        company = g.agency
        about = g.fill(AGENCY_BOILERPLATE, firm=company)
        email = f"{name.split()[0].lower()}.{name.split()[1].lower()}@brightpath-recruitment.co.uk"
        created = date(2009, 1, 1) + timedelta(days=rng.randrange(5000))
    else:
        company = (rng.choice(BIG_EMPLOYERS) if rng.random() < g.knobs.big_employer_share
                   else f"{rng.choice(SMALL_WORDS)} {rng.choice(SMALL_WORDS)} "
                        f"{rng.choice(FIRM_TAIL)}")
        about = STOCK if rng.random() < g.knobs.stock_share else genuine_text(g)
        first, last = name.lower().split()
        email = f"{first}.{last}{rng.randrange(10**5)}@gmail.com"
        created = date(2006, 1, 1) + timedelta(days=rng.randrange(6800))
    school = (rng.choice(COMMON_SCHOOLS) if rng.random() < g.knobs.common_school_share
              else f"University of {rng.choice(PLACES)}")
    contact: dict[str, Any] = {"emails": [email]} if rng.random() < 0.3 else {}
    if rng.random() < 0.1:
        contact["phones"] = [f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"]
    profile = {
        "schema": "vetlink/profile/v1", "platform": "linkedin", "url": g.url(name), "name": name,
        "headline": f"{rng.choice(FIELDS).title()} at {company}", "about": about,
        "created": created.isoformat(),
        "experience": [{"title": "Recruiter" if kind == "agency" else "Engineer",
                        "company": company, "start": created.strftime("%Y-%m"), "end": None}],
        "education": [{"school": school}],
        "contact": contact,
    }
    message = g.fill(rng.choice(GENUINE_MESSAGES))
    return line(g, profile, message, (rng.getrandbits(1) and g.hashes()) or None,
                rng.choice(DEPARTMENTS), rng.choice(SECTORS), created)


def line(g: Gen, profile: dict[str, Any], message: str, photo: list[int] | None,
         department: str, sector: str, created: date) -> dict[str, Any]:
    reported = created + timedelta(days=g.rng.randint(5, 400))
    out: dict[str, Any] = {
        "profile": profile,
        "conversation": {"schema": "vetlink/conversation/v1", "contact": profile["name"],
                         "messages": [{"sender": "contact", "text": message}]},
        "reporter": f"staff{g.rng.randrange(50):02d}",
        "department": department, "sector": sector,
        "reported_at": f"{reported.isoformat()}T{g.rng.randrange(24):02d}:00:00Z",
    }
    if photo is not None:
        out["photo_hashes"] = {k: f"{v:016x}" for k, v in zip("pda", photo, strict=True)}
    return out


def campaign(g: Gen, number: int, size: int) -> Iterator[dict[str, Any]]:
    rng, k = g.rng, g.knobs
    summary = rng.choice(CAMPAIGN_SUMMARIES)
    message = rng.choice(CAMPAIGN_MESSAGES)
    field_ = rng.choice(FIELDS)
    firms = [f"{rng.choice(SMALL_WORDS)} {rng.choice(FIRM_TAIL)} {rng.choice(FIRM_TAIL)}"
             for _ in range(rng.randint(*k.firms_per_campaign))]
    domain = firms[0].lower().replace(" ", "-") + rng.choice((".com", ".co", ".org", ".net"))
    photos = [g.hashes() for _ in range(max(1, size // rng.randint(*k.members_per_photo)))]
    handles = [f"{rng.choice(SMALL_WORDS).lower()}_{rng.randrange(10**4)}"
               for _ in range(max(1, size // rng.randint(*k.members_per_handle)))]
    targets = rng.sample(DEPARTMENTS, rng.randint(*k.targets_per_campaign))
    sector = rng.choice(SECTORS)
    start = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
    spread = rng.randint(*k.creation_spread_days)
    for m in range(size):
        name = g.person_name()
        firm = firms[m % len(firms)]
        created = g.day(start, spread)
        about = g.paraphrase(g.fill(summary, field=field_))
        text = g.paraphrase(g.fill(message, target=g.person_name().split()[0], field=field_,
                                   app=rng.choice(APPS), handle="@" + handles[m % len(handles)]))
        if rng.random() < k.handle_missing:
            text = text.split(" It is easier")[0].split(" Please add")[0].split(" Message me")[0]
        photo = None
        if rng.random() >= k.photo_missing:
            photo = g.flip(photos[m % len(photos)], rng.randint(*k.photo_bit_flips))
        profile = {
            "schema": "vetlink/profile/v1", "platform": "linkedin", "url": g.url(name),
            "name": name, "headline": f"Senior Partner at {firm}", "about": about,
            "location": rng.choice(HOSTILE_PLACES), "created": created.isoformat(),
            "experience": [{"title": "Senior Partner", "company": firm,
                            "start": created.strftime("%Y-%m"), "end": None}],
            "education": [{"school": rng.choice(COMMON_SCHOOLS)}],
            "contact": {"websites": [f"https://www.{domain}"]} if rng.random() < 0.6 else {},
        }
        out = line(g, profile, text, photo, rng.choice(targets), sector, created)
        out["_truth"] = f"campaign-{number}"
        yield out


def generate(personas: int, seed: int, knobs: Knobs | None = None
             ) -> Iterator[dict[str, Any]]:
    """``personas`` import lines (campaign members carry ``_truth``), in a shuffled order."""
    g = Gen(seed, knobs or Knobs())
    k = g.knobs
    planted: list[dict[str, Any]] = []
    number = 0
    budget = int(personas * k.campaign_share)
    while budget >= k.campaign_size[0]:
        size = min(budget, g.rng.randint(*k.campaign_size))
        planted.extend(campaign(g, number, size))
        budget -= size
        number += 1
    agency = min(k.agency_staff, max(0, personas - len(planted)))
    rows = planted + [genuine(g, "agency") for _ in range(agency)]
    rows += [genuine(g, "person") for _ in range(personas - len(rows))]
    g.rng.shuffle(rows)
    return iter(rows)


def write(path: Path, personas: int, seed: int, knobs: Knobs | None = None) -> Path:
    """Write the lines to ``path`` and the truth (URL -> campaign) to ``path.truth.json``."""
    truth: dict[str, str] = {}
    with path.open("w", encoding="utf-8") as out:
        for row in generate(personas, seed, knobs):
            label = row.pop("_truth", None)
            if label:
                truth[row["profile"]["url"]] = label
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    truth_path = path.with_name(path.name + ".truth.json")
    truth_path.write_text(json.dumps(truth, indent=0), encoding="utf-8")
    return truth_path


def records(personas: int, seed: int, knobs: Knobs | None = None, lures: bool = True
            ) -> tuple[list[Any], dict[str, str]]:
    """Generated personas as the import keys them (``PersonaRecord``s; lures from ``assess``
    without models when ``lures``) and the planted truth by line digest."""
    from vetlink.campaigns.lines import parse_object, records_of

    truth, lines = {}, []
    for number, row in enumerate(generate(personas, seed, knobs)):
        label = row.pop("_truth", None)
        line = parse_object(row, number + 1)
        lines.append(line)
        if label:
            truth[line.digest] = label
    return records_of(lines, lures), truth
