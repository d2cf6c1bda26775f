from __future__ import annotations

import pytest

from vetlink.store.identity import name_key, normalise_url, persona_of


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.linkedin.com/in/Jane-Doe/?trk=x#top", "linkedin.com/in/jane-doe"),
    ("linkedin.com/in/jane-doe", "linkedin.com/in/jane-doe"),
    ("http://uk.linkedin.com//in/jane-doe//", "linkedin.com/in/jane-doe"),
    ("https://www.linkedin.com/in/jane-doe?originalSubdomain=cn&utm_source=x",
     "linkedin.com/in/jane-doe"),
    ("https://www.facebook.com/profile.php?id=100055627588596&fref=nf",
     "facebook.com/profile.php?id=100055627588596"),
    ("https://www.maimai.cn/profile/detail?utm_medium=share&dstu=312256310",
     "maimai.cn/profile/detail?dstu=312256310"),
    ("https://www.xing.com/profile/Jane_Doe?trk=y&utm_campaign=z", "xing.com/profile/jane_doe"),
    ("", None),
    (None, None),
])
def test_profile_urls_normalise_to_one_key(url: str | None, key: str | None) -> None:
    assert normalise_url(url) == key


def test_profiles_told_apart_only_by_their_query_are_two_personas() -> None:
    first = normalise_url("https://www.facebook.com/profile.php?id=100055627588596")
    other = normalise_url("https://facebook.com/profile.php?id=100010926370089")
    assert first != other
    assert normalise_url("https://think-tank.example/team/jane?id=1") == (
        "think-tank.example/team/jane")  # a slug names the person: a junk id changes nothing
    hostile = "https://x.example/profile.php?" + "&".join(f"id={'v' * 50}" for i in range(5000))
    assert len(normalise_url(hostile) or "") <= 1000


def test_names_ignore_case_accents_and_spacing() -> None:
    assert name_key("  José   ÁLVAREZ ") == name_key("jose alvarez")


def test_conversation_contact_names_the_persona_when_there_is_no_profile() -> None:
    assert persona_of(None, {"contact": "https://x.com/in/a", "messages": []}).url == "x.com/in/a"
    assert persona_of(None, {"contact": "Anna", "messages": []}).name == "Anna"
    assert persona_of(None, None).name == "(unknown)"
