"""Linking evidence: approach scripts, homoglyphs, chains kept whole, and organisation-only
evidence (a big employer's staff) not making a campaign."""

from __future__ import annotations

import numpy as np

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.cluster import communities
from vetlink.campaigns.evidence import classify
from vetlink.campaigns.keys import fold, persona_keys, script_words
from vetlink.campaigns.link import KIND_ID, KINDS, Links, key_table, link

SCRIPT = ["Good afternoon, apologies for the cold message. I lead a small advisory practice "
          "that supports policy research for private clients.",
          "Your work on grid resilience caught my eye and our client would value a short "
          "paper on how your team plans for winter demand.",
          "The fee is generous and we can of course cover travel. It is simpler to continue "
          "on Signal, and please keep this between us for now."]
PARAPHRASE = ["Good afternoon, sorry for the cold message. I run a small advisory practice "
              "that supports policy research for private clients.",
              "Your work on grid resilience caught my attention and our client would value a "
              "short paper on how your team plans for winter demand.",
              "The fee is generous and we can of course cover travel. It is easier to "
              "continue on Signal, and please keep this between us for now."]
GENUINE = ["Hi, we met at the standards meeting last spring. Are you going to the workshop "
           "in Leeds next month? I would like to compare notes on the test harness."]


def conversation(lines: list[str], contact: str = "Contact") -> dict[str, object]:
    return {"contact": contact,
            "messages": [{"sender": "contact", "text": t} for t in lines]}


def scripted(i: int, lines: list[str], name: str) -> PersonaRecord:
    return PersonaRecord(id=f"s{i}", profile={"name": name, "url": f"https://x.example/{i}"},
                         conversation=conversation(lines, name))


def script_bands(keys: object) -> set[str]:
    return {e for e in keys.entities if e.startswith("script:")}  # type: ignore[attr-defined]


def test_homoglyphs_inside_latin_words_are_folded_but_cyrillic_words_kept() -> None:
    assert fold("Оur оffer іs generous") == "Our offer is generous"  # Cyrillic О, о, і
    assert fold("Привет") != "Privet"  # a wholly Cyrillic word is not a homoglyph
    words = script_words(conversation(["Yоur wоrk caught my еye"]), [])
    assert words == ["your", "work", "caught", "my", "eye"]


def test_a_paraphrased_or_homoglyphed_script_shares_bands_and_a_genuine_message_does_not() -> None:
    one = persona_keys(scripted(1, SCRIPT, "Anna Berg"))
    two = persona_keys(scripted(2, [t.replace("o", "о") for t in PARAPHRASE], "Li Wei"))
    other = persona_keys(scripted(3, GENUINE, "Sam Hill"))
    assert script_bands(one) & script_bands(two)
    assert not script_bands(one) & script_bands(other)
    # the script is its own evidence, apart from the profile text
    table = key_table([one, two, other])
    links = link(table)
    assert (0, 1) in set(zip(links.i.tolist(), links.j.tolist(), strict=True))
    row = int(np.flatnonzero((links.i == 0) & (links.j == 1))[0])
    assert links.by_kind[row, KIND_ID["script"]] > 0


def test_a_script_alone_is_weak_it_needs_the_same_targets_and_lures() -> None:
    base = [scripted(i, SCRIPT if i % 2 else PARAPHRASE, f"Name{i} Person{i}") for i in range(2)]
    assert find_campaigns(base).campaigns == []  # no targets, no lures: genuine recruiters
    corroborated = [PersonaRecord(id=r.id, profile=r.profile, conversation=r.conversation,
                                  department="Grid Policy",
                                  reported_at=f"2026-03-{10 + n:02d}T09:00:00Z",
                                  lures=("message.paid_offer", "message.off_platform",
                                         "message.secrecy"))
                    for n, r in enumerate(base)]
    # a copied script with the same moves sent at the same time is what two copiers of one
    # hostile template also have (campaigns/bridges.py): not enough without accounts made
    # together
    assert find_campaigns(corroborated).campaigns == []
    for n, r in enumerate(corroborated):
        r.profile = {**(r.profile or {}), "created": f"2026-01-{5 + 9 * n:02d}"}
    found = find_campaigns(corroborated).campaigns
    assert [sorted(c.members) for c in found] == [[0, 1]]
    assert any(e["kind"] == "script" for e in found[0].evidence)


def chain_links(n: int) -> Links:
    """A chain of personal identifiers (phone, handle, e-mail, ...) between consecutive
    personas, and weaker cross links that Leiden alone would cut the chain along."""
    i = np.arange(n - 1)
    by_kind = np.zeros((n - 1, len(KINDS)))
    for row in range(n - 1):
        by_kind[row, KIND_ID[("phone", "handle", "email")[row % 3]]] = 7.0
    return Links(i, i + 1, by_kind.sum(axis=1), by_kind, candidates=n - 1)


def test_a_chain_of_shared_identifiers_is_kept_whole() -> None:
    links = chain_links(12)
    strong = np.ones(len(links.i), dtype=bool)
    assert communities(12, links, strong=strong) == [list(range(12))]
    # without the rule, the constant Potts model cuts a long chain into pieces
    assert len(communities(12, links)) > 1


def staff(i: int, department: str, lures: tuple[str, ...] = ()) -> PersonaRecord:
    boiler = ("Northwind Energy is a leading integrated energy company serving millions of "
              "customers with reliable power, gas and renewable generation across Europe.")
    return PersonaRecord(
        id=f"e{i}", department=department, lures=lures,
        profile={"name": f"Staff {i}", "url": f"https://x.example/e{i}",
                 "location": "London, United Kingdom", "created": f"{2012 + i % 10}-03-01",
                 "about": boiler + f" I work on project {chr(97 + i)}x{chr(98 + i)}.",
                 "experience": [{"title": "Engineer", "company": "Northwind Energy plc",
                                 "company_url": "https://www.northwind-energy.com"}],
                 "contact": {"phones": ["020 7946 0000"],
                             "emails": [f"staff{i}@northwind-energy.com"]}})


def test_organisation_only_evidence_does_not_make_a_campaign() -> None:
    """Staff sharing firm, domain, switchboard and boilerplate, reported from different
    departments, with no lures: no campaign, though their pairs reach the link threshold."""
    people = [staff(i, f"Department {i % 5}") for i in range(10)]
    result = find_campaigns(people)
    assert len(result.links.i) > 0  # the evidence is there ...
    classes = classify(result.table, result.links)
    assert classes.org_context.all() and not classes.admitted.any()
    assert result.campaigns == []  # ... but it is organisational


def test_a_small_invented_firm_with_the_same_targets_and_lures_still_links() -> None:
    lures = ("message.paid_offer", "message.off_platform", "profile.new_account")
    people = [PersonaRecord(
        id=f"f{i}", department="Grid Policy", lures=lures,
        profile={"name": f"Firm {i}", "url": f"https://x.example/f{i}",
                 "created": f"2026-01-{10 + i:02d}", "about": f"word{i} " * 10,
                 "experience": [{"title": "Partner",
                                 "company": ("Highbury People Partners Ltd", "HPP Consulting",
                                             "HighburyPeople Partners (UK)")[i % 3]}]})
        for i in range(6)]
    found = find_campaigns(people).campaigns
    assert [sorted(c.members) for c in found] == [list(range(6))]


def test_one_photo_under_two_names_is_a_campaign_whatever_the_learned_weights_say() -> None:
    from vetlink.campaigns.cluster import PHOTO_FLOOR, campaign_score

    pair = {"shared_photo": 1.0, "pair_only": 1.0}
    assert campaign_score(pair) >= PHOTO_FLOOR >= 0.5
    # half the members on a shared photo: the learned score alone decides
    half = {"shared_photo": 0.5, "pair_only": 0.0}
    assert campaign_score(half) < PHOTO_FLOOR


def firm_persona(i: int, department: str, created: str, reported: str) -> PersonaRecord:
    return PersonaRecord(
        id=f"t{i}", department=department, reported_at=reported,
        profile={"name": f"Timed {i}", "url": f"https://x.example/t{i}", "created": created,
                 "about": f"word{i} " * 10,
                 "experience": [{"title": "Partner", "company": "Highbury People Partners Ltd"}]})


def test_accounts_made_together_and_approaches_sent_together_are_two_corroborations() -> None:
    """No lures: a shared small firm, the same department, accounts made within weeks and
    approaches within days links; the same with only one of the two timings does not."""
    both = [firm_persona(i, "Grid Policy", f"2026-01-{10 + i:02d}",
                         f"2026-03-{10 + i:02d}T09:00:00Z") for i in range(2)]
    result = find_campaigns(both)
    assert classify(result.table, result.links).admitted.tolist() == [True]
    one_timing = [firm_persona(i, "Grid Policy", f"2026-01-{10 + i:02d}",
                               f"202{4 + 2 * i}-03-10T09:00:00Z") for i in range(2)]
    result = find_campaigns(one_timing)
    assert len(result.links.i) == 1  # the firm links them as strongly ...
    assert classify(result.table, result.links).admitted.tolist() == [False]  # ... not enough
    elsewhere = [firm_persona(i, ("Grid Policy", "Treasury")[i], f"2026-01-{10 + i:02d}",
                              f"2026-03-{10 + i:02d}T09:00:00Z") for i in range(2)]
    result = find_campaigns(elsewhere)
    assert classify(result.table, result.links).admitted.tolist() == [False]
