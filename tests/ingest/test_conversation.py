"""Conversations from JSON, pasted chat or inbox text, and .eml files; bad input."""

import json

import pytest

from vetlink.errors import InputError, InputTooLarge
from vetlink.ingest.chat_text import sender_roles_note
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


THREAD_EML = b"""From: Anna Weber <anna@example.org>
To: you@example.com
Subject: Re: paid report
Date: Tue, 01 Dec 2026 10:00:00 +0000
Content-Type: text/plain; charset=utf-8

Thanks, let's move to WhatsApp to discuss the fee.

On Mon, 30 Nov 2026 at 09:00, You <you@example.com> wrote:
> Sounds interesting, tell me more.
>
> On Sun, 29 Nov 2026 at 08:00, Anna Weber <anna@example.org> wrote:
>> We pay USD 2,000 per short report on your programme.
"""


def test_eml_reply_thread_gives_the_quoted_messages_oldest_first_with_their_senders():
    conv = conversation_from_bytes(THREAD_EML, "reply.eml")
    assert [m.sender for m in conv.messages] == ["contact", "user", "contact"]
    assert "USD 2,000" in conv.messages[0].text
    assert "tell me more" in conv.messages[1].text
    assert "WhatsApp" in conv.messages[2].text


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


USER_FIRST = (b"Sam Lee  10:00 AM\nHi Jane, good to meet you at the expo.\n"
              b"Jane Doe  10:05 AM\nHi Sam! I have an exciting role for you with my client.\n"
              b"Sam Lee  10:07 AM\nTell me more.\n")


def test_user_who_wrote_first_is_found_from_their_name():
    conv = conversation_from_bytes(USER_FIRST, "paste.txt", user_names=["Dr Sam Lee"])
    assert conv.contact == "Jane Doe"
    assert [m.sender for m in conv.messages] == ["user", "contact", "user"]
    assert sender_roles_note(conv) is None


def test_without_a_name_the_contact_is_the_one_who_makes_the_offer_and_it_is_a_guess():
    conv = conversation_from_bytes(USER_FIRST, "paste.txt")
    assert [m.sender for m in conv.messages] == ["user", "contact", "user"]
    assert sender_roles_note(conv) == ("Jane Doe was taken as the contact (made the first offer "
                                       "or invitation)")


def test_without_an_offer_the_first_speaker_is_the_guessed_contact():
    conv = conversation_from_bytes(b"Sam Lee  10:00 AM\nHello!\nJane Doe  10:05 AM\nHi Sam\n",
                                   "paste.txt")
    assert [m.sender for m in conv.messages] == ["contact", "user"]
    assert sender_roles_note(conv) == "Sam Lee was taken as the contact (spoke first)"


def test_the_speaker_who_greets_the_user_by_name_is_the_contact():
    text = b"S. L.  10:00 AM\nHi there, loved the expo.\nJane Doe  10:05 AM\nHi Sam! Thanks.\n"
    conv = conversation_from_bytes(text, "paste.txt", user_names=["Sam Lee"])
    assert [(m.sender, m.text) for m in conv.messages] == [
        ("user", "Hi there, loved the expo."), ("contact", "Hi Sam! Thanks.")]
    assert sender_roles_note(conv) is None


def test_linkedin_lines_naming_the_owner_use_the_users_name():
    text = (b"Priya Nair sent the following message at 9:02 AM\nHi Victor, about your post.\n\n"
            b"Victor Hale sent the following message at 9:30 AM\nWould you be interested in a "
            b"paid advisory role?\n")
    conv = conversation_from_bytes(text, "paste.txt", user_names=["Priya Nair"])
    assert [m.sender for m in conv.messages] == ["user", "contact"]
    assert conv.contact == "Victor Hale"


def test_you_sent_lines_are_the_user():
    text = b"You sent\nHi, got your note.\nJane Doe sent\nGreat, let's talk on Telegram.\n"
    conv = conversation_from_bytes(text, "paste.txt")
    assert [(m.sender, m.text) for m in conv.messages] == [
        ("user", "Hi, got your note."), ("contact", "Great, let's talk on Telegram.")]
    assert sender_roles_note(conv) is None


def test_a_name_sent_line_without_a_you_sent_line_is_text():
    assert turns(b"Invoice sent\nPlease confirm.") == [("contact", "Invoice sent\nPlease confirm.")]


def test_user_names_can_be_given_when_loading_a_file(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(USER_FIRST.replace(b"I have an exciting role for you with my client", b"Hi"))
    conv = load_conversation(path, user_names=["Sam Lee"])
    assert [m.sender for m in conv.messages] == ["user", "contact", "user"]


def test_a_user_name_matching_both_speakers_settles_nothing():
    text = b"Jo Lee  10:00 AM\nHi, we are hiring for a role at Arm.\nSam Lee  10:05 AM\nThanks\n"
    conv = conversation_from_bytes(text, "paste.txt", user_names=["Lee"])
    assert [m.sender for m in conv.messages] == ["contact", "user"]
    assert sender_roles_note(conv) == ("Jo Lee was taken as the contact (made the first offer "
                                       "or invitation)")
