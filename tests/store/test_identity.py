from __future__ import annotations

import pytest

from vetlink.store.identity import name_key, normalise_url, persona_of


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.linkedin.com/in/Jane-Doe/?trk=x#top", "linkedin.com/in/jane-doe"),
    ("linkedin.com/in/jane-doe", "linkedin.com/in/jane-doe"),
    ("http://uk.linkedin.com//in/jane-doe//", "linkedin.com/in/jane-doe"),
    ("", None),
    (None, None),
])
def test_profile_urls_normalise_to_one_key(url: str | None, key: str | None) -> None:
    assert normalise_url(url) == key


def test_names_ignore_case_accents_and_spacing() -> None:
    assert name_key("  José   ÁLVAREZ ") == name_key("jose alvarez")


def test_conversation_contact_names_the_persona_when_there_is_no_profile() -> None:
    assert persona_of(None, {"contact": "https://x.com/in/a", "messages": []}).url == "x.com/in/a"
    assert persona_of(None, {"contact": "Anna", "messages": []}).name == "Anna"
    assert persona_of(None, None).name == "(unknown)"
