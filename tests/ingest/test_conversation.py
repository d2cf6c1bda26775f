"""Conversations from JSON, pasted chat or inbox text, and .eml files; bad input."""

import json

import pytest

from vetlink.errors import InputError, InputTooLarge
from vetlink.ingest.conversation import (
    MAX_TEXT_CHARS,
    conversation_from_bytes,
    load_conversation,
)


def turns(data: bytes, name: str = "paste.txt") -> list[tuple[str, str]]:
    return [(m.sender, m.text) for m in conversation_from_bytes(data, name).messages]


def test_conversation_json_is_validated_and_loaded():
    doc = {"schema": "vetlink/conversation/v1", "contact": "A", "messages": [
        {"sender": "contact", "text": "Hi", "attachments": ["a.pdf"]},
        {"sender": "user", "text": "Hello"}]}
    conv = conversation_from_bytes(json.dumps(doc).encode(), "c.json")
    assert conv.contact == "A"
    assert [(m.sender, m.text, m.attachments) for m in conv.messages] == [
        ("contact", "Hi", ["a.pdf"]), ("user", "Hello", [])]


def test_conversation_json_with_a_wrong_sender_names_the_field():
    doc = {"messages": [{"sender": "them", "text": "Hi"}]}
    with pytest.raises(InputError, match=r"\$\.messages\[0\]\.sender"):
        conversation_from_bytes(json.dumps(doc).encode(), "c.json")


def test_empty_conversation_json_is_refused():
    with pytest.raises(InputError, match=r"\$\.messages"):
        conversation_from_bytes(b'{"messages": []}', "c.json")


def test_paste_without_turns_is_one_message_from_the_contact():
    assert turns(b"Dear Dr Smith,\nWe invite you to give a keynote.\nBest, Li") == [
        ("contact", "Dear Dr Smith,\nWe invite you to give a keynote.\nBest, Li")]


def test_paste_with_you_and_me_labels():
    text = b"Alex: Hi there, saw your work.\nMe: Thanks!\nAlex: Can we talk on Telegram?"
    assert turns(text) == [("contact", "Hi there, saw your work."), ("user", "Thanks!"),
                           ("contact", "Can we talk on Telegram?")]


def test_paste_with_names_and_times_gives_the_first_speaker_as_contact():
    text = ("Jane Doe  10:42 AM\nHello Sam!\nSam Lee  10:50 AM\nHi Jane\n"
            "Jane Doe · 11:02 AM\nLet's move to WhatsApp.\nRole_Brief.zip 245 KB\n").encode()
    conv = conversation_from_bytes(text, "paste.txt")
    assert conv.contact == "Jane Doe"
    assert [(m.sender, m.text, m.attachments) for m in conv.messages] == [
        ("contact", "Hello Sam!", []), ("user", "Hi Jane", []),
        ("contact", "Let's move to WhatsApp.", ["Role_Brief.zip"])]


def test_name_and_time_on_two_lines():
    text = b"Jane Doe\n10:42 AM\nHello Sam!\nYou\n10:50 AM\nHi Jane\n"
    assert turns(text) == [("contact", "Hello Sam!"), ("user", "Hi Jane")]


def test_linkedin_sent_the_following_message_turns():
    text = (b"Victor Hale sent the following message at 9:02 AM\nHi Priya\n\n"
            b"Priya Nair sent the following message at 9:30 AM\nHello\n")
    assert turns(text) == [("contact", "Hi Priya"), ("user", "Hello")]


def test_whatsapp_export_lines():
    text = (b"[12/03/2024, 10:42:13] Li Wei: Hello professor\n"
            b"[12/03/2024, 10:45:01] Anna Berg: Hi\n")
    assert turns(text) == [("contact", "Hello professor"), ("user", "Hi")]


def test_email_quoting_gives_the_thread_oldest_first():
    text = (b"Great, please send the draft report too.\n\n"
            b"On Mon, 4 Mar 2024 at 10:42, Sam Lee <sam@example.org> wrote:\n"
            b"> Thanks, I can talk about my published work.\n"
            b">\n> On Sun, 3 Mar 2024, Li Wei <li@example.com> wrote:\n"
            b">> Would you speak at our forum?\n")
    assert turns(text) == [("contact", "Would you speak at our forum?"),
                           ("user", "Thanks, I can talk about my published work."),
                           ("contact", "Great, please send the draft report too.")]


def test_a_line_like_subject_colon_is_not_a_speaker():
    assert turns(b"Subject: Invitation\nRole: adviser\nPlease reply.") == [
        ("contact", "Subject: Invitation\nRole: adviser\nPlease reply.")]


EML = b"""From: "Dr Li Wei" <li.wei.conf@gmail.com>
To: sam@example.org
Subject: Keynote invitation
Date: Mon, 4 Mar 2024 10:42:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/html; charset=utf-8

<html><head><style>p {color: red}</style></head><body><p>Dear Sam,</p>
<p>An <b>attractive fee</b> &amp; all expenses paid. <a href="http://bit.ly/abc">Register</a></p>
<script>alert(1)</script></body></html>
--XX
Content-Type: application/zip
Content-Disposition: attachment; filename="Programme.zip"

UEsDBA==
--XX--
"""


def test_eml_gives_sender_subject_stripped_html_and_attachments():
    conv = conversation_from_bytes(EML, "invite.eml")
    assert conv.contact == "Dr Li Wei <li.wei.conf@gmail.com>"
    assert conv.platform == "email"
    [message] = conv.messages
    assert message.text == ("Keynote invitation\n\nDear Sam,\nAn attractive fee & all expenses "
                            "paid. Register (http://bit.ly/abc)")
    assert message.attachments == ["Programme.zip"]
    assert message.sent == "2024-03-04T10:42:00+00:00"


def test_eml_is_recognised_from_its_headers_on_stdin_name():
    conv = conversation_from_bytes(EML, "standard input")
    assert conv.platform == "email"


def test_malformed_eml_is_a_clear_error():
    with pytest.raises(InputError, match="not an email"):
        conversation_from_bytes(b"\x89PNG garbage that is not mail at all", "broken.eml")


def test_eml_with_headers_but_nothing_to_check_is_refused():
    with pytest.raises(InputError, match="no subject, body or attachment"):
        conversation_from_bytes(b"From: a@b.com\nTo: c@d.com\n\n", "empty.eml")


def test_binary_eml_is_refused():
    with pytest.raises(InputError, match="binary"):
        conversation_from_bytes(bytes(range(256)) * 20, "x.eml")


def test_non_utf8_text_is_decoded():
    data = "Chère Anna, merci — voulez-vous parler sur WhatsApp?".encode("cp1252")
    assert turns(data) == [("contact", "Chère Anna, merci — voulez-vous parler sur WhatsApp?")]


def test_empty_and_blank_input_are_refused():
    for data in (b"", b"   \n\t "):
        with pytest.raises(InputError, match="is empty"):
            conversation_from_bytes(data, "paste.txt")


def test_ten_megabytes_of_text_is_refused_clearly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Please add me on WhatsApp. " * (10 * 1024 * 1024 // 27))
    with pytest.raises(InputTooLarge, match=f"more than the {MAX_TEXT_CHARS:,}"):
        load_conversation(big, max_bytes=20 * 1024 * 1024)


def test_file_over_the_byte_limit_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(InputTooLarge, match="larger than"):
        load_conversation(big, max_bytes=1000)
