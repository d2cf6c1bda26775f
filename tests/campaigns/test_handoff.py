"""Hand-offs (``campaigns/handoff.py``): a persona whose messages name another persona of the
corpus ("My colleague Naomi Palmer will contact you") is linked to it when the two approached
the same department with one more point of corroboration; names are folded (case, accents,
order, homoglyphs); a first name alone, the person greeted and one's own name never link;
two personas of one name, or two that name the same person, are never paired. Also: an
invented domain shared under *different* claimed firms by thin accounts needs one point."""

from __future__ import annotations

from typing import Any

import numpy as np

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.evidence import classify
from vetlink.campaigns.handoff import handoff_entities, mention_forms, name_form
from vetlink.campaigns.keys import fold, persona_keys_many
from vetlink.campaigns.link import KIND_ID, all_pairs_links, key_table, link

LURE = ("approach.paid_consultancy",)
ABOUT = ["Twenty years in shipping and logistics; now advising ports.",
         "Reader, hiker and amateur photographer based in Leeds.",
         "Former diplomat writing about sanctions and export rules.",
         "Mentor to young engineers, chess on Sundays.",
         "Energy markets analyst with a soft spot for Baltic history.",
         "Building teams for banks and insurers since 2009."]


def persona(pid: str, name: str, firm: str, message: str, *, department: str = "Cabinet Office",
            reported: str = "2026-03-02", lures: tuple[str, ...] = LURE,
            about: str = "") -> PersonaRecord:
    """A persona with its own firm, words and photo-less profile; its contact wrote
    ``message`` to somebody in ``department``."""
    profile: dict[str, Any] = {
        "url": f"https://www.linkedin.com/in/{pid}", "name": name,
        "headline": f"Partner at {firm}",
        "about": about or ABOUT[sum(map(ord, pid)) % len(ABOUT)],
        "experience": [{"title": "Partner", "company": firm, "start": "2019-01", "end": None}],
    }
    conversation = {"schema": "vetlink/conversation/v1", "contact": name,
                    "messages": [{"sender": "contact", "text": message}]}
    return PersonaRecord(id=pid, profile=profile, conversation=conversation,
                         department=department, reported_at=f"{reported}T09:00:00+00:00",
                         lures=lures)


def relay(**second: Any) -> list[PersonaRecord]:
    """An operation's hand-off: the first persona passes the target to "Naomi Palmer", who
    then writes to the same person; different firms, words and no shared identifier."""
    return [
        persona("mark-ellis", "Mark Ellis", "Highstone Consulting Group",
                "Hi Sarah, I work with a boutique consultancy advising investment clients on "
                "export licensing. My colleague Naomi Palmer handles this area and will "
                "contact you directly, please expect a message from her."),
        persona("naomi-palmer", "Naomi Palmer", "Palmer Strategic Advisory",
                "Hello Sarah, Mark Ellis passed on your details and said you might be open "
                "to a short paid consultation on the licensing review.",
                reported=second.pop("reported", "2026-03-06"), **second),
    ]


def pair_classes(records: list[PersonaRecord]) -> tuple[Any, Any, Any]:
    table = key_table(persona_keys_many(records))
    links = link(table)
    return table, links, classify(table, links)


def linked(records: list[PersonaRecord], a: str, b: str) -> tuple[float, bool]:
    """(hand-off bits, admitted as a campaign edge) of the pair of personas ``a`` and ``b``
    ((0, False) when they are not even a link)."""
    table, links, classes = pair_classes(records)
    i, j = sorted((table.ids.index(a), table.ids.index(b)))
    rows = np.flatnonzero((links.i == i) & (links.j == j))
    if not len(rows):
        return 0.0, False
    return float(links.by_kind[rows[0], KIND_ID["handoff"]]), bool(classes.admitted[rows[0]])


def test_a_persona_handing_the_target_to_another_joins_it_in_one_campaign() -> None:
    bits, admitted = linked(relay(), "mark-ellis", "naomi-palmer")
    assert bits >= 4 and admitted
    result = find_campaigns(relay())
    groups = [{result.table.ids[m] for m in c.members} for c in result.campaigns]
    assert {"mark-ellis", "naomi-palmer"} in groups
    (campaign,) = result.campaigns
    assert any(e["kind"] == "handoff" for e in campaign.evidence)
    assert campaign.features["handoff"] == 1.0


def test_a_hand_off_never_links_alone() -> None:
    # the named persona approached another department, with no shared finding and years
    # apart: an operation names real people too (or a decoy of the same name)
    bits, admitted = linked(relay(department="Treasury", reported="2023-01-10", lures=()),
                            "mark-ellis", "naomi-palmer")
    assert bits >= 4 and not admitted
    # the same department but no point at all: still apart
    bits, admitted = linked(relay(reported="2023-01-10", lures=()), "mark-ellis", "naomi-palmer")
    assert bits >= 4 and not admitted


def test_names_are_folded_for_case_accents_order_and_homoglyphs() -> None:
    form = name_form("Naomi Palmer", fold)
    assert form == name_form("PALMER Naomi", fold) == name_form("Dr. Naómi Palmer, PhD", fold)
    assert name_form("Paweł Zieliński", fold) == name_form("Pawel Zielinski", fold)
    assert name_form("Lotte de Vries", fold) == "lotte vries"
    # Cyrillic look-alike letters inside a Latin name (homoglyphs) are read as Latin
    assert name_form("Nаomi Pаlmer", fold) == form  # two Cyrillic "а"
    assert "pawel zielinski" in mention_forms(["Mein Kollege Paweł Zieliński meldet sich."],
                                              None, fold)
    # names written inside Chinese text, and after a comma that ends the greeting
    assert mention_forms(["我的同事Naomi Palmer会和您联系。"], None, fold) == [form]
    assert form in mention_forms(["Hello Inès, Naomi Palmer passed on your details."], None,
                                 fold)
    # the persona's own name is not a mention, nor a single word
    own = handoff_entities("Naomi Palmer", ["I'm Naomi Palmer; Anna will call."], fold)
    assert own == {"named:" + form}


def test_a_first_name_alone_or_the_person_greeted_never_links() -> None:
    people = [
        persona("anna-weber", "Anna Weber", "Weber Analytics", "Hi Tom, quick question on "
                "your team's roadmap for next year."),
        # "Anna" alone: a common first name names nobody
        persona("first-name", "Liam Brooks", "Brooks Partners", "Hello, Anna from our team "
                "will call you about the paid review."),
        # the person written to is greeted by name: the target, not a colleague
        persona("greeter", "Ruth Gale", "Gale Advisory", "Dear Anna Weber, I would value "
                "your view on a short paid review."),
    ]
    table, links, _ = pair_classes(people)
    assert (links.by_kind[:, KIND_ID["handoff"]] == 0).all()
    assert not any(e.startswith("handoff:") for e in table.entities[1] + table.entities[2])
    # greetings in other languages and forms: the greeted person's name is no mention
    for greeting in ("Guten Tag Anna Weber, ich habe Ihr Profil gesehen.",
                     "Sehr geehrte/r Anna Weber, wir bauen ein Netzwerk auf.",
                     "Good morning Anna Weber!", "Dear Dr Anna Weber,"):
        assert "anna weber" not in mention_forms([greeting], None, fold), greeting


def test_two_personas_of_one_name_or_naming_the_same_person_are_not_paired() -> None:
    # two genuine "James Smith"s, and two recruiters who both name the same colleague who is
    # not in the corpus: the name block pairs only a namer with a named persona
    people = [
        persona("js-1", "James Smith", "Northgate Bank", "Hi, are you free for a coffee?",
                department="Treasury", about=ABOUT[0]),
        persona("js-2", "James Smith", "Riverside Council", "Hello, about the planning form.",
                department="Home Office", about=ABOUT[1]),
        persona("r-1", "Helen Ward", "Ward Recruitment", "My colleague Maria Lopez will send "
                "the job description.", department="Treasury", about=ABOUT[2]),
        persona("r-2", "Owen Price", "Price Talent", "Maria Lopez will call you about the "
                "role tomorrow.", department="Home Office", about=ABOUT[3]),
    ]
    _, links, _ = pair_classes(people)
    assert links.candidates == 0 and len(links.i) == 0


def test_an_agency_recruiter_naming_a_colleague_reported_elsewhere_stays_out() -> None:
    # genuine agency staff name each other ("my colleague ... will send the spec") but their
    # reports come from other departments, years apart, with no finding: no campaign
    staff = [
        persona("rec-1", "Helen Ward", "Talbot & Finch", "Hi Abigail, my colleague Owen Price "
                "covers cyber roles in Bristol and will send you the full spec.",
                department="Treasury", reported="2022-04-01", lures=()),
        persona("rec-2", "Owen Price", "Talbot & Finch", "Hi Henry, a permanent hybrid role in "
                "Manchester, salary up to £80k; shall I send the spec?",
                department="Home Office", reported="2024-09-12", lures=()),
    ]
    bits, admitted = linked(staff, "rec-1", "rec-2")
    assert bits >= 4 and not admitted
    assert find_campaigns(staff).campaigns == [] or all(
        c.score < 0.5 for c in find_campaigns(staff).campaigns)


def test_blocking_finds_the_same_hand_off_links_as_all_pairs() -> None:
    people = [
        *relay(),
        persona("js-1", "James Smith", "Northgate Bank", "Hi, are you free for a coffee?"),
        persona("js-2", "James Smith", "Riverside Council", "My colleague Naomi Palmer says "
                "hello; James Smith will call."),
        persona("third", "Ivy Long", "Long & Co", "Please talk to Mark Ellis first."),
    ]
    table = key_table(persona_keys_many(people))
    fast, slow = link(table), all_pairs_links(table)
    assert (fast.by_kind[:, KIND_ID["handoff"]] > 0).sum() >= 3
    got = {(int(i), int(j)): tuple(np.round(r, 9)) for i, j, r in
           zip(fast.i, fast.j, fast.by_kind, strict=True)}
    want = {(int(i), int(j)): tuple(np.round(r, 9)) for i, j, r in
            zip(slow.i, slow.j, slow.by_kind, strict=True)}
    assert got == want


def thin(k: int, firm: str, department: str, reported: str, lures: tuple[str, ...]
         ) -> PersonaRecord:
    """A thin account (few connections, unverified) claiming its own invented firm, with its
    page on one shared domain."""
    record = persona(f"thin-{k}", ["Amy Hughes", "Ryan King", "Heather Hall", "Oliver Lewis"][k],
                     firm, "Hello, could we talk about your programme?", department=department,
                     reported=reported, lures=lures,
                     about=["Reader and hiker.", "Shipping for twenty years.",
                            "Writing on Baltic trade.", "Chess on Sundays."][k])
    record.profile["connections"] = 40 + k  # type: ignore[index]
    record.profile["contact"] = {"websites": [f"https://policy-desk.org/people/{k}"]}  # type: ignore[index]
    return record


def test_an_invented_domain_under_different_firms_needs_one_point() -> None:
    firms = ["Harbour Policy Forum", "Northsea Insight", "Meridian Desk", "Calder Review"]
    departments = ["Treasury", "Home Office", "Cabinet Office", "Defence"]
    # approaches within a month (one point), each to another department, no shared finding
    ops = [thin(k, firms[k], departments[k], f"2026-05-{3 + 5 * k:02d}", ()) for k in range(4)]
    _, links, classes = pair_classes(ops)
    assert len(links.i) == 6 and classes.admitted.all()
    # the same shapes years apart with nothing else: no point, apart
    apart = [thin(k, firms[k], departments[k], f"{2019 + 2 * k}-05-03", ()) for k in range(4)]
    _, links, classes = pair_classes(apart)
    assert len(links.i) == 6 and not classes.admitted.any()


def test_a_name_written_in_cyrillic_meets_the_latin_display_name() -> None:
    """A Russian message handing the target on ("Мой коллега Наоми Палмер ...") names the
    persona whose display name is Latin, and a Cyrillic display name meets a Latin mention;
    Russian greetings still mark the person written to, and a look-alike letter inside a
    Latin word is still read as Latin."""
    assert name_form("Иван Петров", fold) == name_form("Ivan Petrov", fold) == "ivan petrov"
    assert "ivan petrov" in mention_forms(
        ["Добрый день! Мой коллега Иван Петров свяжется с вами завтра."], None, fold)
    assert "ivan petrov" in mention_forms(["My colleague Ivan Petrov will call."], None, fold)
    for greeting in ("Уважаемый Иван Петров, я видела ваш профиль.",
                     "Добрый день Иван Петров, у нас есть проект."):
        assert "ivan petrov" not in mention_forms([greeting], None, fold), greeting
    assert name_form("Nаomi Pаlmer", fold) == "naomi palmer"  # Cyrillic "а" inside
    records = relay()
    assert records[0].conversation is not None
    records[0].conversation["messages"][0]["text"] = (
        "Здравствуйте! Я работаю в консалтинговой компании. Мой коллега Наоми Палмер "
        "занимается этой темой и свяжется с вами напрямую.")
    bits, admitted = linked(records, "mark-ellis", "naomi-palmer")
    assert bits >= 4 and admitted
