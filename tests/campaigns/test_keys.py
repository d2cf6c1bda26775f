from __future__ import annotations

import numpy as np

from vetlink.campaigns.entities import handle_keys, org_key, phone_key, registered_domain
from vetlink.campaigns.keys import PersonaRecord, day_of, persona_keys, photo_array

TEMPLATE = ("I connect senior experts in {field} with confidential clients who value "
            "independent insight. Our clients commission short paid research papers and offer "
            "generous fees and travel for experts willing to share their perspective.")


def record(rid: str, name: str, about: str, **profile: object) -> PersonaRecord:
    return PersonaRecord(id=rid, profile={"name": name, "about": about, **profile})


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float((a == b).mean())


def test_templated_text_filled_with_other_names_still_matches() -> None:
    one = persona_keys(record("1", "Jane Roe", "Jane Roe here. " + TEMPLATE.format(
        field="energy markets")))
    two = persona_keys(record("2", "Li Wang", "Li Wang here. " + TEMPLATE.format(
        field="energy markets").replace("generous", "attractive").replace("short", "brief")))
    other = persona_keys(record("3", "Sam Hill", "Most weeks I review the cloud backlog "
                                "with too much coffee and teach data engineering part time."))
    assert one.minhash is not None and two.minhash is not None and other.minhash is not None
    assert jaccard(one.minhash, two.minhash) >= 0.6
    assert jaccard(one.minhash, other.minhash) < 0.2


def test_entities_are_normalised_across_spellings() -> None:
    one = persona_keys(PersonaRecord(id="1", profile={
        "name": "A", "experience": [{"title": "Partner", "company": "Acme Talent Ltd."}],
        "contact": {"phones": ["+44 (0)7700 900123"], "messaging": ["Telegram: @Jane_R"],
                    "websites": ["https://jobs.acme-talent.co.uk/apply"]},
        "education": [{"school": "University of Oxford"}]}))
    two = persona_keys(PersonaRecord(id="2", profile={"name": "B", "experience": [
        {"title": "Recruiter", "company": "ACME TALENT"}]}, conversation={"messages": [
            {"sender": "contact", "text": "Call 0044 7700 900123 or find me on telegram jane_r; "
             "see www.acme-talent.co.uk"}]}))
    shared = one.entities & two.entities
    assert {"company:acmetalent", "handle:jane_r", "domain:acme-talent.co.uk"} <= shared
    assert "phone:+447700900123" in two.entities
    assert "school:universityofoxford" in one.entities
    assert "url:acme-talent.co.uk/apply" in one.entities


def test_webmail_and_anonymous_employers_are_not_entities() -> None:
    keys = persona_keys(PersonaRecord(id="1", profile={
        "name": "A", "experience": [{"title": "Consultant", "company": "Confidential"}],
        "contact": {"emails": ["someone@gmail.com"]}}))
    assert "email:someone@gmail.com" in keys.entities
    assert not any(e.startswith(("domain:", "company:")) for e in keys.entities)


def test_user_messages_are_not_the_personas_text() -> None:
    keys = persona_keys(PersonaRecord(id="1", profile={"name": "A"}, conversation={
        "messages": [{"sender": "user", "text": "Ping me on telegram @my_own_handle"}]}))
    assert "handle:my_own_handle" not in keys.entities


def test_targets_timing_and_lures_are_kept() -> None:
    keys = persona_keys(PersonaRecord(id="1", profile={"name": "A", "created": "2024-03"},
                                      department="Ministry of Defence", sector="Defence",
                                      reported_at="2025-01-02T10:00:00Z",
                                      lures=("message.off_platform",)))
    assert keys.targets == {"department:ministry of defence", "sector:defence"}
    assert keys.created == day_of("2024-03-01")
    assert keys.contacted == day_of("2025-01-02")
    assert keys.lures == {"message.off_platform"}


def test_helpers_refuse_what_cannot_be_compared() -> None:
    assert phone_key("07700 900123") is None  # national, and no region to read it in
    assert phone_key("+44 7700 900123") == "+447700900123"
    assert registered_domain("a.b.example.co.uk") == "example.co.uk"
    assert org_key("The Kestrel Group, Inc.") == "kestrel"  # "Group" is a legal-form word too
    assert org_key("Atlas Conseil SARL") == org_key("ATLAS CONSEIL") == "atlasconseil"
    assert photo_array({"p": "zz", "d": "0", "a": "0"}) is None
    assert photo_array({"p": "ff", "d": "0", "a": "1"}).shape == (1, 3)


def test_firm_name_variants_of_one_invented_firm_share_its_key() -> None:
    # an operation writes its firm with its initials in brackets, an office qualifier in
    # brackets, the Polish legal form, or the office's country or city after the name
    plain = org_key("Lodestar Research Foundation")
    assert plain == "lodestarresearchfoundation"
    assert org_key("Lodestar Research Foundation (LRF)") == plain
    assert org_key("Lodestar Research Foundation (Asia Pacific) FZE") == plain
    assert org_key("Lodestar Research Foundation, Sp. z o.o.") == plain
    assert org_key("Lodestar Research Foundation Hong Kong") == plain
    assert org_key("Lodestar Research Foundation Singapore S.A.") == plain
    assert org_key("Lodestar Research Foundation Middle East Ltd.") == plain
    # a place after "of" is the name itself, not an office
    assert org_key("Bank of China") == "bankofchina"
    assert org_key("University of Hong Kong") == "universityofhongkong"
    assert org_key("National University of Singapore") != org_key("National University")


def test_contact_chain_identifiers_in_messages_match_the_next_profile() -> None:
    # a chain of personas: A's message gives the handle or number B's profile lists, in
    # another wrapper or format
    from vetlink.campaigns.entities import contact_entities, text_entities

    def found(text: str) -> set[tuple[str, str]]:
        return set(text_entities(text))

    # the app named twice ("WeChat : WeChat: x") still gives the handle, not the app
    assert found("Vous me trouverez sur WeChat : WeChat: jing_wu0.") == {("handle", "jing_wu0")}
    assert set(contact_entities([], [], [], ["@jing_wu0 (Telegram)"])) == {("handle", "jing_wu0")}
    # a link keeps a handle with a dot ("t.me/youssef.consult" = "WeChat: youssef.consult")
    assert found("Escríbeme: t.me/youssef.consult.") == found("WeChat: youssef.consult")
    assert found("t.me/t.me/t.me/t.me") == set()
    # an international number written without its "+" in a message
    assert found("Meine Nummer: 85255826295") == {("phone", "+85255826295")}
    # ... but not any long run of digits: an invalid number, an amount, a longer number
    assert found("Order 12345678901234567890, ref 1234567890.55 EUR") == set()


def test_photo_keys_come_from_the_photo_index_hashes() -> None:
    from PIL import Image

    from vetlink.campaigns.keys import photo_array_of_print
    from vetlink.photo.hashing import photo_print

    image = Image.radial_gradient("L").convert("RGB")
    arr = photo_array_of_print(photo_print(image))
    assert arr is not None and arr.shape[1] == 3 and arr.shape[0] > 1
    assert int(arr[0, 0]) == int(photo_print(image).direct[0, 0])


def test_a_handle_written_after_the_chinese_or_pinyin_app_name_is_a_key() -> None:
    """"微信: pinnacn82" and "Weixin pinnacn82" name the same WeChat account as "WeChat: …"."""
    expected = [("handle", "pinnacn82")]
    assert list(handle_keys("微信: pinnacn82")) == expected
    assert list(handle_keys("Weixin pinnacn82")) == expected
    assert list(handle_keys("WeChat: pinnacn82")) == expected


def test_uk_numbers_in_every_notation_are_one_e164_key() -> None:
    """"020 …" read in the persona's country, "(0)20", dotted, compact and 0044 forms."""
    regions = ("GB",)
    written = ["020 7946 0123", "+44 (0)20 7946 0123", "+44.20.7946.0123", "+442079460123",
               "0044-20-7946-0123", "+44 20 7946 0123", "(020) 7946 0123"]
    assert {phone_key(w, regions) for w in written} == {"+442079460123"}
    assert phone_key("020 7946 0123") is None  # no region: cannot be compared


def test_a_national_number_is_read_in_the_location_or_the_other_numbers_country() -> None:
    from vetlink.campaigns.entities import location_region, phone_regions

    assert location_region("Leeds, England, United Kingdom") == "GB"
    assert location_region("Sevilla, Andalucía, España") == "ES"
    assert location_region("Paris, Île-de-France, France") == "FR"
    assert phone_regions("Berlin, Germany", ["+44 20 7946 0123"])[:2] == ("DE", "GB")
    keys = persona_keys(PersonaRecord(id="1", profile={
        "name": "A", "location": "Manchester, United Kingdom",
        "contact": {"phones": ["0161 496 0000"]},
        "about": "Call our London office on 020 7946 0123 any time."}))
    assert {"phone:+441614960000", "phone:+442079460123"} <= keys.entities


def test_firm_name_variants_are_one_key() -> None:
    variants = ["Highbury People Partners Ltd", "HIGHBURY PEOPLE PARTNERS",
                "HighburyPeople Partners",
                "Highbury People Partners GmbH", "Highbury People Partners S.L.",
                "Highbury People Partners Pte. Ltd.", "Highbury People Partners FZ-LLC",
                "Highbury People Partners Co., Ltd.", "Highbury People Partners LLP",
                "Highbury People Partners Asia", "Highbury People Partners (UK)",
                "Highbury People Partners Europe SARL", "highbury people & partners"]
    assert {org_key(v) for v in variants} == {"highburypeoplepartners"}
    assert org_key("Asia Pacific Ventures") == "asiapacificventures"  # leading: kept


def test_an_acronym_matches_the_initials_of_its_expansion_but_weighs_less() -> None:
    from vetlink.campaigns.entities import acronym_keys
    from vetlink.campaigns.link import Weights

    assert "hpp" in acronym_keys("Highbury People Partners Ltd")
    assert "hpp" in acronym_keys("HPP Consulting")
    assert acronym_keys("APEX EXECUTIVE") == set()  # all capitals: not an acronym
    assert acronym_keys("Apex Talent") == set()  # two words: initials too common
    w = Weights().base
    assert w["acronym"] < w["company"]
    one = persona_keys(PersonaRecord(id="1", profile={"name": "A", "experience": [
        {"company": "Highbury People Partners"}]}))
    two = persona_keys(PersonaRecord(id="2", profile={"name": "B", "experience": [
        {"company": "HPP Consulting"}]}))
    assert (one.entities & two.entities) == {"acronym:hpp"}


def test_link_variants_are_one_domain_and_one_page() -> None:
    from vetlink.campaigns.entities import url_keys

    def keys(text: str) -> set[tuple[str, str]]:
        return set(url_keys(text))

    same_site = ["https://careers.Highbury-PP.com/en/", "HTTP://WWW.HIGHBURY-PP.COM",
                 "highbury-pp.com/about-us", "https://www.highbury-pp.com/index.html",
                 "https://highbury-pp.com/?ref=li_2231", "www.highbury-pp.com/?utm_source=x"]
    for text in same_site:
        assert keys(text) == {("domain", "highbury-pp.com")}, text
    assert keys("https://careers.highbury-pp.com/en/apply/ref-77?ref=li_1") == {
        ("domain", "highbury-pp.com"), ("url", "highbury-pp.com/apply/ref-77")}


def test_app_links_are_handles_and_numbers() -> None:
    found = set(handle_keys("DM me at t.me/jane_r or https://t.me/jane_r, or wa.me/447700900123"))
    assert found == {("handle", "jane_r"), ("phone", "+447700900123")}


def test_an_app_name_followed_by_prose_is_not_a_handle() -> None:
    assert list(handle_keys("Gern können wir auf Signal weiterschreiben.")) == []
    assert list(handle_keys("Shall we continue on Signal tomorrow?")) == []
    assert list(handle_keys("Telegram: janer")) == [("handle", "janer")]
    assert list(handle_keys("WeChat ID janer")) == [("handle", "janer")]
    assert list(handle_keys("on telegram jane_r")) == [("handle", "jane_r")]


def test_a_dotted_at_handle_is_one_handle_not_its_first_part() -> None:
    """"@tyler.hr8" and "@tyler.recruits" are two personas' handles, not both "tyler"; a
    sentence's final dot stays outside the handle."""
    assert list(handle_keys("Add me on Instagram @tyler.hr8 for the details")) == [
        ("handle", "tyler.hr8")]
    assert list(handle_keys("or write to @tyler.recruits")) == [("handle", "tyler.recruits")]
    assert list(handle_keys("Thanks, write to @jane_r.")) == [("handle", "jane_r")]
    assert list(handle_keys("mail me: jane@acme-talent.com")) == []
