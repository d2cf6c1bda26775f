from __future__ import annotations

import pytest

from vetlink.intel.keys import account_of_url, email_key, key_of, phone_key, url_keys

SAME_ACCOUNT = [
    "https://www.linkedin.com/in/Jane-Doe-123/",
    "http://linkedin.com/in/jane-doe-123",
    "linkedin.com/in/jane-doe-123?trk=public_profile",
    "www.linkedin.com/in/jane-doe-123/#about",
    "https://uk.linkedin.com/in/jane-doe-123",
    "https://de.linkedin.com/in/jane-doe-123/details/experience/",
]


@pytest.mark.parametrize("url", SAME_ACCOUNT)
def test_profile_url_forms_reduce_to_one_account(url: str) -> None:
    assert account_of_url(url) == "linkedin:jane-doe-123"


def test_pub_form_maps_to_the_in_slug() -> None:
    assert account_of_url("https://www.linkedin.com/pub/jane-doe/1/23/456") == \
        "linkedin:jane-doe-4560231"


def test_non_linkedin_url_is_no_account_but_still_a_url_key() -> None:
    assert account_of_url("https://linkedin.evil.example/in/jane") is None
    assert url_keys("https://www.Think-Tank.example/team/?x=1") == [
        ("url", "think-tank.example/team")]


def test_email_normalisation_folds_case_plus_tags_and_gmail_dots() -> None:
    assert email_key("J.Doe+recruit@GoogleMail.com") == "jdoe@gmail.com"
    assert email_key("Jane.Doe+x@Example.org") == "jane.doe@example.org"
    assert email_key("not an address") is None


def test_phone_numbers_become_e164_and_local_numbers_are_not_guessed() -> None:
    assert phone_key("+44 (0)7700 900123") == "+447700900123"
    assert phone_key("0044 7700 900123") is None  # no '+': country unknown
    assert phone_key("07700 900123") is None


def test_key_of_refuses_malformed_photo_hashes() -> None:
    assert key_of("photo", "ab" * 32) == "ab" * 32
    assert key_of("photo", "xyz") is None
