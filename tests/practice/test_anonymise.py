"""Making a practice item from a case replaces people and their contact details consistently."""

from __future__ import annotations

import json

from vetlink.practice.anonymise import anonymise

PROFILE = {
    "schema": "vetlink/profile/v1", "name": "Ottilie Grünwald-Pike",
    "url": "https://www.linkedin.com/in/ottilie-grunwald-pike-5c1",
    "headline": "Partner | write to ottilie.gp@gmail.com",
    "photo": {"present": True, "sha256": "ab" * 32, "path": "/tmp/ottilie.jpg"},
    "about": "Ottilie helps leaders. Telegram @ottilie_gp or +44 7911 123456.",
    "contact": {"emails": ["ottilie.gp@gmail.com"], "phones": ["+44 7911 123456"],
                "messaging": ["Telegram @ottilie_gp"]},
}
CONVERSATION = {
    "schema": "vetlink/conversation/v1", "contact": "Ottilie Grünwald-Pike, Partner",
    "messages": [
        {"sender": "contact", "text": "Dear Dr Wenceslas, I am Ottilie. Mail ottilie.gp@gmail.com"
                                      " or see https://www.linkedin.com/in/ottilie-grunwald-pike-5c1"},
        {"sender": "user", "text": "Thanks Ottilie, who are you with?"},
        {"sender": "contact", "text": "Hello Wenceslas, call +44 7911 123456 or @ottilie_gp."},
    ],
}


def test_names_addresses_handles_and_phones_are_replaced_the_same_way_everywhere() -> None:
    profile, conversation = anonymise(PROFILE, CONVERSATION)
    assert profile and conversation
    text = json.dumps([profile, conversation], ensure_ascii=False)
    for original in ("Ottilie", "Grünwald", "Wenceslas", "ottilie.gp", "7911 123456",
                     "@ottilie_gp", "ottilie-grunwald-pike", "/tmp/ottilie.jpg", "ab" * 32):
        assert original not in text, original
    new_name = profile["name"]
    assert conversation["contact"] == new_name + ", Partner"
    first = new_name.split()[0]
    assert f"I am {first}" in conversation["messages"][0]["text"]
    assert f"Thanks {first}" in conversation["messages"][1]["text"]
    email = profile["contact"]["emails"][0]
    assert email.endswith("@gmail.com") and email in conversation["messages"][0]["text"]
    phone = profile["contact"]["phones"][0]
    assert phone in profile["about"] and phone in conversation["messages"][2]["text"]
    assert profile["url"] in conversation["messages"][0]["text"]
    assert profile["photo"] == {"present": True}
    learner = conversation["messages"][0]["text"].split("Dear Dr ")[1].split(",")[0]
    assert f"Hello {learner}," in conversation["messages"][2]["text"]


def test_the_originals_are_left_unchanged() -> None:
    before = json.dumps([PROFILE, CONVERSATION])
    anonymise(PROFILE, CONVERSATION)
    assert json.dumps([PROFILE, CONVERSATION]) == before
