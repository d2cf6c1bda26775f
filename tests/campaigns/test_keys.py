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
    assert {"company:acme talent", "handle:jane_r", "domain:acme-talent.co.uk"} <= shared
    assert "phone:+447700900123" in two.entities
    assert "school:university of oxford" in one.entities
    assert "url:jobs.acme-talent.co.uk/apply" in one.entities


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
    assert phone_key("07700 900123") is None  # national: no country code
    assert phone_key("+44 7700 900123") == "+447700900123"
    assert registered_domain("a.b.example.co.uk") == "example.co.uk"
    assert org_key("The Kestrel Group, Inc.") == "kestrel"  # "Group" is a legal-form word too
    assert org_key("Atlas Conseil SARL") == org_key("ATLAS CONSEIL") == "atlas conseil"
    assert photo_array({"p": "zz", "d": "0", "a": "0"}) is None
    assert photo_array({"p": "ff", "d": "0", "a": "1"}).shape == (1, 3)


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
