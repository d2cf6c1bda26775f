"""The inputs of the findings-equivalence check and the digest of an assessment.

Four sources, each item named by a stable key:

- ``generated``: seeded, varied and messy profile documents (empty fields, odd and future
  dates, end before start, many jobs, non-English text, offers, stock phrases, contact
  details, viewers for the targeting rule), parsed with ``parse_profile_json``;
- ``fixtures``: the example and fixture profiles, the evaluation profiles and pasted pages;
- ``pdfs``: the real LinkedIn PDF exports of the shared data. They are real people's
  profiles: an item's key is a hash of its relative path and only the digest of its
  findings is stored, never a name or text;
- ``messages``: the evaluation conversations (dev), the fixture conversations and adverts,
  checked with the rules only and with the models.

The digest covers everything a finding says (id, severity, title, evidence, advice, where,
why, weight, rewrite), the score, band, status, advice and what was not checked; model
probabilities are rounded to 6 places (a BLAS on another CPU may differ in the last bits).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from vetlink.domain import Assessment

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
TODAY = date(2026, 11, 30)  # every item is checked as of this day
SEED = 20261201
GENERATED = 6000

Check = Callable[[], Assessment]


def digest(assessment: Assessment) -> str:
    data = assessment.model_dump(mode="json")
    for finding in data["findings"]:
        if finding.get("weight") is not None:
            finding["weight"] = round(finding["weight"], 6)
    for model in data.get("models") or []:
        for key, value in list(model.items()):
            if isinstance(value, float):
                model[key] = round(value, 6)
    data.pop("model", None)  # the first of ``models``
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def error_digest(exc: Exception) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return "error:" + hashlib.sha256(text.encode()).hexdigest()[:24]


# --- generated profiles ---------------------------------------------------------------------

FIRST = ["Anna", "Ben", "Chen", "Dara", "Elif", "Femi", "Grace", "Hugo", "Ines", "Jonas",
         "Kavya", "Liam", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomás",
         "Алексей", "李", "محمد", "X Æ", "J.", "DR. JOHN", "anna"]
LAST = ["Smith", "Okafor", "Wang", "Kowalski", "García", "Nguyen", "Müller", "Patel", "Rossi",
        "Haddad", "Jensen", "Silva", "Kim", "Dubois", "O'Brien", "Novak", "Ito", "Costa",
        "Иванов", "伟", "", "MBA, PhD", "🚀"]
TITLES = ["Software Engineer", "Senior Engineer", "Director of Research", "Talent Partner",
          "Recruitment Consultant", "Policy Analyst", "Head of Strategy", "Data Scientist",
          "Programme Director", "Lecturer", "Project Manager", "Vice President", "CEO",
          "Co-Founder", "Board Member", "Headhunter", "Executive Search Partner", "Intern",
          "Research Fellow", "Ingenieur", "Директор", "研究员", "Chief Technology Officer",
          "Managing Partner", "Conference Director", "Student"]
COMPANIES = ["Rolls-Royce", "Global Strategy Consulting", "Confidential", "Siemens",
             "Asia-Pacific Policy Institute", "University of Leeds", "Arup", "Self-employed",
             "International Forum Partners", "Thales", "Ocado", "Deloitte", "Stealth",
             "BAE Systems", "Institute for Strategic Studies", "Tsinghua University",
             "Private client", "Lockheed Martin", "Huawei", "Summit Events Ltd", ""]
PLACES = ["London, United Kingdom", "Bristol", "Beijing, China", "Berlin, Germany",
          "Singapore", "Paris, France", "Seattle, WA", "Dubai", "", "Cambridge, MA",
          "London, ON", "Moscow", "Remote", "Earth", "Tehran, Iran", "München"]
TEXTS = [
    "Engineer working on flight control software. I lead a team of six and like cycling.",
    "In today's fast-paced world I delve into data and unlock the full potential of teams.",
    "We are looking for experts in defence and energy policy. Attractive fees, all expenses "
    "paid. Contact me on WhatsApp.",
    "Visionary, results-driven leader leveraging synergies and world-class innovative "
    "strategies to empower stakeholders with exciting, rewarding opportunities.",
    "Researcher in materials science; publications on Google Scholar.",
    "", "   ", "\n\n",
    "Passionate about leveraging my expertise at the intersection of technology and policy. "
    "A testament to my commitment to excellence, I navigate the complexities of the evolving "
    "landscape and harness the power of meticulous, multifaceted analysis.",
    "We commission short reports on quantum sensing and hypersonics at USD 800 per report. "
    "Fully funded study visits to Beijing for researchers; engineers are especially welcome.",
    "Reach me at john.smith@gmail.com or +44 7700 900123, or on Telegram @jsmith.",
    "Wir suchen Experten für Energiepolitik. Attraktive Honorare, 2.000 € pro Bericht.",
    "Мы ищем экспертов по оборонной политике. Оплата 500 долларов за звонок.",
    "我们正在寻找航空航天领域的专家。提供丰厚的报酬和全额旅费。",
    "نحن نبحث عن خبراء في مجال الطاقة. أتعاب مجزية.",
    "I lead the team. I lead the team. I lead the team. I lead the team of engineers here.",
    "Organised expenses-paid study trips and ran a £250k programme of keynote talks.",
    "Delivery of projects.\n• Managed budgets up to £40m • Led 30 engineers | Built a platform",
    "Speaking engagements and consultancy opportunities available for senior officials. "
    "Honorarium paid; business class flights and 5-star hotel covered.",
    "a" * 300, "!!! ??? ... ,,,", "12345 67890", "Join our expert network today!",
    "Seed funding available, no equity required. Non-dilutive grants for drone propulsion.",
]
SCHOOLS = ["University of Leeds", "Harvard University", "Tsinghua University",
           "Lincoln High School", "University of Bristol", "MIT", "École Polytechnique", "?"]
DATES = ["2019", "2019-03", "2019-13", "2019-00", "0000", "9999", "2031-05", "1950-01",
         "2026-11", "2026-12", "abcd", "2019-3", " 2015", "2010-06-15", ""]
EMAILS = ["gmail.com", "arup.com", "outlook.com", "proton.me", "thales-group.com",
          "163.com", "qq.com", "yandex.ru"]


def pick(rng: random.Random, items: list[str]) -> str:
    return rng.choice(items)


def messy_text(rng: random.Random) -> str:
    parts = [pick(rng, TEXTS) for _ in range(rng.choice([1, 1, 1, 2, 3, 5]))]
    return (" " if rng.random() < 0.5 else "\n").join(parts)


def make_experience(rng: random.Random) -> dict[str, Any]:
    entry: dict[str, Any] = {"title": pick(rng, TITLES) or "x"}
    if rng.random() < 0.9:
        entry["company"] = pick(rng, COMPANIES)
    if rng.random() < 0.9:
        entry["start"] = pick(rng, DATES) if rng.random() < 0.3 else \
            f"{rng.randint(1985, 2026)}-{rng.randint(1, 12):02d}"
    if rng.random() < 0.65:
        entry["end"] = pick(rng, DATES) if rng.random() < 0.3 else str(rng.randint(1990, 2026))
    elif rng.random() < 0.5:
        entry["end"] = None
    if rng.random() < 0.5:
        entry["location"] = pick(rng, PLACES)
    if rng.random() < 0.6:
        entry["description"] = messy_text(rng)
    return entry


def make_profile(rng: random.Random, index: int) -> dict[str, Any]:
    first, last = pick(rng, FIRST), pick(rng, LAST)
    jobs = rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 25])
    doc: dict[str, Any] = {
        "schema": "vetlink/profile/v1", "platform": "linkedin",
        "name": f"{first} {last}".strip() or "N",
        "experience": [make_experience(rng) for _ in range(jobs)],
    }
    if rng.random() < 0.8:
        doc["url"] = f"https://www.linkedin.com/in/{rng.choice([first, last, 'x']).lower()}-{index}"
    if rng.random() < 0.9:
        doc["headline"] = f"{pick(rng, TITLES)} at {pick(rng, COMPANIES)}" \
            if rng.random() < 0.7 else messy_text(rng)
    if rng.random() < 0.8:
        doc["location"] = pick(rng, PLACES)
    if rng.random() < 0.85:
        doc["about"] = messy_text(rng)
    if rng.random() < 0.7:
        doc["education"] = [{"school": pick(rng, SCHOOLS),
                             "degree": rng.choice(["BSc", "MA", "PhD"]),
                             "start": pick(rng, DATES), "end": pick(rng, DATES)}
                            for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.6:
        doc["skills"] = rng.sample(["Python", "Policy", "Recruiting", "C++", "Strategy",
                                    "Hypersonics", "Talent Acquisition"], 3)
    if rng.random() < 0.6:
        doc.update(network_fields(rng, first))
    return doc


def network_fields(rng: random.Random, first: str) -> dict[str, Any]:
    user = "".join(c for c in first.lower() if c.isascii() and c.isalnum()) or "user"
    return {
        "photo": {"present": rng.random() < 0.8},
        "connections": rng.choice([0, 3, 37, 480, 500, 30000]),
        "connections_capped": rng.random() < 0.5, "followers": rng.randint(0, 900),
        "mutual_connections": rng.randint(0, 12),
        "created": rng.choice([f"{rng.randint(2008, 2026)}-{rng.randint(1, 12):02d}-01",
                               "2026-11-29", "2026", "2030-01-01"]),
        "verified": {"identity": rng.random() < 0.4, "workplace": rng.random() < 0.2},
        "recommendations": rng.randint(0, 3), "endorsements": rng.randint(0, 40),
        "activity": [{"kind": rng.choice(["post", "like", "share"])}
                     for _ in range(rng.randint(0, 3))],
        "contact": {
            "emails": [f"{user}@{pick(rng, EMAILS)}" for _ in range(rng.randint(0, 2))],
            "phones": ["+44 7700 900123"] if rng.random() < 0.2 else [],
            "websites": rng.sample(["https://x.wixsite.com/a", "https://arup.com",
                                    "https://me.github.io"], rng.randint(0, 2)),
            "messaging": ["WhatsApp +44 7700 900123"] if rng.random() < 0.2 else [],
        },
    }


def generated_docs(count: int = GENERATED, seed: int = SEED) -> list[tuple[str, bool]]:
    """(profile JSON, whether a viewer is given) for each generated item."""
    rng = random.Random(seed)
    return [(json.dumps(make_profile(rng, i), ensure_ascii=False), rng.random() < 0.25)
            for i in range(count)]


VIEWERS = [
    {"name": "Viewer One", "headline": "Nuclear engineer at EDF Energy",
     "experience": [{"title": "Reactor physicist", "company": "EDF Energy", "start": "2015"}]},
    {"name": "Viewer Two", "headline": "Fashion buyer",
     "experience": [{"title": "Buyer", "company": "Luxury apparel house", "start": "2018"}]},
]


# --- the items ------------------------------------------------------------------------------

def profile_items(count: int = GENERATED) -> Iterator[tuple[str, Check]]:
    from vetlink.assess import assess
    from vetlink.domain import Profile
    from vetlink.ingest.profile_json import parse_profile_json
    from vetlink.signals.base import Context

    viewers = [Profile.model_validate(v) for v in VIEWERS]
    for index, (doc, with_viewer) in enumerate(generated_docs(count)):
        viewer = viewers[index % len(viewers)] if with_viewer else None
        ctx = Context(today=TODAY, viewer=viewer)

        def check(doc: str = doc, ctx: Context = ctx) -> Assessment:
            return assess(parse_profile_json(doc), context=ctx, use_models=False)

        yield f"generated/{index}", check


def fixture_items() -> Iterator[tuple[str, Check]]:
    from vetlink.assess import assess
    from vetlink.ingest import profile_from_bytes
    from vetlink.signals.base import Context

    ctx = Context(today=TODAY)
    paths = sorted((REPO / "src/vetlink/examples").glob("*.json"))
    paths += sorted((TESTS / "fixtures/profiles").glob("*.json"))
    paths += sorted((TESTS / "fixtures/pasted").glob("*.txt"))
    for path in paths:
        yield (f"file/{path.relative_to(REPO)}",
               lambda p=path: assess(profile_from_bytes(p.read_bytes(), p.name), context=ctx,
                                     use_models=False))
    for name in ("hallmarks-dev", "hallmarks-test", "pasted-dev", "pasted-test"):
        for line in (TESTS / f"evaluation/profiles/{name}.jsonl").read_text().splitlines():
            case = json.loads(line)
            data = (json.dumps(case["profile"]) if "profile" in case else case["text"]).encode()
            kind = "p.json" if "profile" in case else "p.txt"
            yield (f"eval/{case['id']}",
                   lambda d=data, k=kind: assess(profile_from_bytes(d, k), context=ctx,
                                                 use_models=False))


def pdf_key(root: Path, path: Path) -> str:
    return "pdf/" + hashlib.sha256(str(path.relative_to(root)).encode()).hexdigest()[:16]


def pdf_paths(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())


def pdf_items(root: Path) -> Iterator[tuple[str, Check]]:
    from vetlink.assess import assess
    from vetlink.ingest import profile_from_bytes
    from vetlink.signals.base import Context

    ctx = Context(today=TODAY)
    for path in pdf_paths(root):
        yield (pdf_key(root, path),
               lambda p=path: assess(profile_from_bytes(p.read_bytes(), "profile.pdf"),
                                     context=ctx, use_models=False))


def conversations() -> list[tuple[str, Any]]:
    """(key, Conversation) of the dev evaluation set and the fixture conversations."""
    from vetlink.domain import Conversation
    from vetlink.ingest.conversation import load_conversation

    found = []
    for line in (TESTS / "evaluation/approach/dev.jsonl").read_text().splitlines():
        case = json.loads(line)
        if "conversation" in case:
            found.append((f"dev/{case['id']}", Conversation.model_validate(case["conversation"])))
    for path in sorted((TESTS / "fixtures/conversations").iterdir()):
        if path.suffix in (".json", ".txt", ".eml"):
            found.append((f"file/{path.name}", load_conversation(path)))
    return found


def adverts() -> list[tuple[str, str]]:
    found = [(f"advert/{p.name}", p.read_text())
             for p in sorted((TESTS / "fixtures/adverts").glob("*.txt"))]
    for line in (TESTS / "evaluation/profiles/genre-dev.jsonl").read_text().splitlines():
        case = json.loads(line)
        found.append((f"genre/{case['id']}", case["text"]))
    return found


def message_items(use_models: bool) -> Iterator[tuple[str, Check]]:
    from vetlink.assess import assess
    from vetlink.signals.base import Context

    ctx = Context(today=TODAY)
    mode = "models" if use_models else "rules"
    for key, conversation in conversations():
        yield (f"{mode}/{key}",
               lambda c=conversation: assess(conversation=c, context=ctx, use_models=use_models))
    for key, text in adverts():
        yield (f"{mode}/{key}",
               lambda t=text: assess(advert=t, context=ctx, use_models=use_models))


def run(items: Iterator[tuple[str, Check]]) -> dict[str, str]:
    from vetlink.errors import VetlinkError

    digests = {}
    for key, check in items:
        try:
            digests[key] = digest(check())
        except VetlinkError as exc:
            digests[key] = error_digest(exc)
    return digests
