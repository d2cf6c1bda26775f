"""Recall on operations that share infrastructure rather than a firm, and the guards that keep
fakes with the same hostile wording apart (issue 10, wave 3)."""

from __future__ import annotations

import numpy as np

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.evidence import classify
from vetlink.campaigns.keys import persona_keys
from vetlink.campaigns.link import KIND_ID, Weights, frequency_weight

HOSTILE = ("Senior partner at a discreet advisory practice connecting policy experts with "
           "private clients. We value confidentiality, pay generous honoraria for short "
           "papers and move quickly; happy to continue the conversation off this platform.")


def persona(i: int, firm: str, **contact: list[str]) -> PersonaRecord:
    return PersonaRecord(
        id=f"p{i}", profile={"name": f"Person{i} Surname{i}", "url": f"https://x.example/{i}",
                             "about": f"Independent consultant number {i} " + "x" * i,
                             "experience": [{"title": "Partner", "company": firm}],
                             "contact": dict(contact)})


def pair_classes(people: list[PersonaRecord]) -> tuple[list[tuple[int, int]], object]:
    result = find_campaigns(people)
    pairs = list(zip(result.links.i.tolist(), result.links.j.tolist(), strict=True))
    return pairs, classify(result.table, result.links)


def test_a_mail_domain_shared_across_different_claimed_firms_links_like_an_identifier() -> None:
    """Two personas of two invented firms writing from one contact-mail domain (a registrant's
    infrastructure): a strong edge. Two colleagues of one firm on its domain: organisation
    evidence, not a campaign edge without corroboration."""
    people = [persona(0, "Trident Council GmbH", emails=["jl@summit-hr.org"]),
              persona(1, "Beacon Global Solutions", emails=["mb@summit-hr.org"])]
    pairs, classes = pair_classes(people)
    assert pairs == [(0, 1)]
    assert classes.admitted.tolist() == [True] and classes.identifier.tolist() == [True]
    assert [sorted(c.members) for c in find_campaigns(people).campaigns] == [[0, 1]]
    colleagues = [persona(0, "Summit HR", emails=["jl@summit-hr.org"]),
                  persona(1, "Summit HR Ltd", emails=["mb@summit-hr.org"])]
    pairs, classes = pair_classes(colleagues)
    assert pairs == [(0, 1)]  # linked by firm and domain ...
    assert classes.org_context.tolist() == [True]
    assert classes.admitted.tolist() == [False]  # ... but organisational


def test_the_same_hostile_profile_text_alone_never_links_two_fakes() -> None:
    """Solitary fakes copy one public hostile template: near-identical text across different
    firms, nothing else shared, is not a campaign edge."""
    people = [PersonaRecord(id=f"h{i}", profile={
        "name": f"Fake{i} Persona{i}", "url": f"https://x.example/h{i}", "about": HOSTILE,
        "experience": [{"title": "Partner", "company": ("Atlas Insight", "Kestrel Advisory")[i]}]})
        for i in range(2)]
    result = find_campaigns(people)
    assert len(result.links.i) == 1  # the text is found ...
    assert result.links.by_kind[0, KIND_ID["text"]] >= Weights().strong_bits
    assert not classify(result.table, result.links).admitted.any()  # ... but links nobody
    assert result.campaigns == []


def young_or_old(i: int, created: str) -> PersonaRecord:
    return PersonaRecord(
        id=f"y{i}", department="Grid Policy", lures=("message.paid_offer",),
        reported_at=f"202{5 - 3 * i}-06-01T09:00:00Z" if created < "2020" else
        f"2026-0{1 + 5 * i}-01T09:00:00Z",
        profile={"name": f"Young{i} Person{i}", "url": f"https://x.example/y{i}",
                 "created": created, "about": f"word{i} " * 10,
                 "experience": [{"title": "Partner", "company": "Highbury People Partners"}]})


def test_two_young_accounts_are_a_point_of_corroboration_and_two_old_ones_are_not() -> None:
    """One shared firm, the same department, one shared lure, accounts made and approaches
    sent months apart: two accounts opened shortly before their approaches link, two
    accounts of many years do not."""
    young = [young_or_old(0, "2025-03-01"), young_or_old(1, "2025-09-01")]
    pairs, classes = pair_classes(young)
    assert pairs == [(0, 1)] and classes.admitted.tolist() == [True]
    old = [young_or_old(0, "2012-03-01"), young_or_old(1, "2013-09-01")]
    pairs, classes = pair_classes(old)
    assert pairs == [(0, 1)] and classes.admitted.tolist() == [False]


def test_an_invented_firm_a_dozen_personas_claim_keeps_link_weight_a_big_employer_not() -> None:
    weights = Weights()
    company = np.array([KIND_ID["company"]])
    phone = np.array([KIND_ID["phone"]])
    dozen = frequency_weight(company, np.array([13]), weights)[0]
    employer = frequency_weight(company, np.array([85]), weights)[0]
    assert weights.link_bits <= dozen < weights.strong_bits  # evidence needing corroboration
    assert employer < weights.link_bits
    # an identifier a dozen share loses its weight a bit per doubling, as before
    assert frequency_weight(phone, np.array([13]), weights)[0] == 12.0 - np.log2(12)


def test_tg_handles_and_international_numbers_without_plus_are_keys() -> None:
    keys = persona_keys(PersonaRecord(id="k", profile={
        "name": "Key Person", "url": "https://x.example/k", "location": "Beijing",
        "contact": {"phones": ["97146142053"], "messaging": ["TG: youssef_farouk"]}}))
    assert "phone:+97146142053" in keys.entities
    assert "handle:youssef_farouk" in keys.entities
    other = persona_keys(PersonaRecord(id="o", profile={
        "name": "Other Person", "url": "https://x.example/o",
        "contact": {"phones": ["+971 4 6142053"], "messaging": ["t.me/youssef_farouk"]}}))
    assert {"phone:+97146142053", "handle:youssef_farouk"} <= other.entities


def test_a_link_after_an_app_name_gives_its_handle_never_its_scheme_or_host() -> None:
    """"TG: https://t.me/x" once gave the handle "https", and "Telegram t.me/x" the handle
    "t.me": values every such persona shares, which chained unrelated operations together."""
    from vetlink.campaigns.entities import handle_keys

    for text in ("TG: https://t.me/xander_k", "Telegram t.me/xander_k",
                 "Telegram: http://t.me/xander_k", "telegram https://telegram.me/xander_k"):
        assert set(handle_keys(text)) == {("handle", "xander_k")}, text
    assert not list(handle_keys("Line: http://line.me/ti/p/abc"))
    assert not list(handle_keys("we can move to Telegram WhatsApp or Signal"))
    assert set(handle_keys("Signal: jane.29")) == {("handle", "jane.29")}
