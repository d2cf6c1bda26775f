from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.intel.conftest import add
from vetlink.assess import assess
from vetlink.domain import Contact, Conversation, Message, Profile
from vetlink.errors import InputError
from vetlink.intel.photo_hash import hex_of_print
from vetlink.intel.watchlist import NewEntry, Watchlist
from vetlink.photo.hashing import photo_print
from vetlink.signals.base import Context

FINDING = "intel.known_hostile_persona"


def finding_ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.id for f in result.findings]


def test_profile_url_in_another_form_is_flagged_with_source_and_marking(
    watchlist: Watchlist,
) -> None:
    add(watchlist, NewEntry("account", "linkedin:jane-doe-123", "Jane Doe", "TLP:GREEN"))
    profile = Profile(name="Jane D.", url="https://uk.linkedin.com/in/Jane-Doe-123/?trk=1")
    result = assess(profile, use_models=False)
    hits = [f for f in result.findings if f.id == FINDING]
    assert len(hits) == 1 and hits[0].severity == "high"
    assert "partner-a.json" in hits[0].evidence and "TLP:GREEN" in hits[0].evidence
    assert result.band in ("medium", "high")


def test_unlisted_profile_is_not_flagged(watchlist: Watchlist) -> None:
    add(watchlist, NewEntry("account", "linkedin:jane-doe-123", "Jane Doe"))
    profile = Profile(name="Jane Doe", url="https://www.linkedin.com/in/jane-doe-1234")
    assert FINDING not in finding_ids(assess(profile, use_models=False))


def test_email_and_phone_in_contact_details_and_messages_match(watchlist: Watchlist) -> None:
    add(watchlist, NewEntry("email", "jdoe@gmail.com"), NewEntry("phone", "+447700900123"))
    profile = Profile(name="X", contact=Contact(emails=["J.Doe+work@gmail.com"]))
    assert FINDING in finding_ids(assess(profile, use_models=False))
    chat = Conversation(contact="Recruiter", messages=[
        Message(sender="contact", text="Call me on WhatsApp +44 7700 900123 tonight")])
    found = [f for f in assess(None, chat, use_models=False).findings if f.id == FINDING]
    assert found and "+447700900123" in found[0].evidence


def test_numbers_the_user_wrote_are_not_evidence(watchlist: Watchlist) -> None:
    add(watchlist, NewEntry("phone", "+447700900123"))
    chat = Conversation(contact="Recruiter", messages=[
        Message(sender="contact", text="Hello, nice to meet you"),
        Message(sender="user", text="my number is +44 7700 900123")])
    assert FINDING not in finding_ids(assess(None, chat, use_models=False))


def photo_bytes(seed: int, size: int = 200) -> bytes:
    import numpy as np

    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize((size, size), Image.BILINEAR)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_resized_copy_of_a_listed_photo_is_flagged(watchlist: Watchlist) -> None:
    original = Image.open(io.BytesIO(photo_bytes(7)))
    add(watchlist, NewEntry("photo", hex_of_print(photo_print(original)), "Jane Doe"))
    copy = io.BytesIO()
    original.resize((120, 120)).save(copy, "PNG")
    result = assess(photo=copy.getvalue(), use_models=False)
    assert FINDING in finding_ids(result)
    other = assess(photo=photo_bytes(99), use_models=False)
    assert FINDING not in finding_ids(other)


def test_retired_entries_stop_matching(watchlist: Watchlist) -> None:
    add(watchlist, NewEntry("account", "linkedin:jane-doe-123", "Jane Doe"))
    profile = Profile(name="Jane", url="linkedin.com/in/jane-doe-123")
    assert FINDING in finding_ids(assess(profile, use_models=False))
    entry = watchlist.entries()[0]
    watchlist.retire(entry.id, "sam")
    assert FINDING not in finding_ids(assess(profile, use_models=False))
    with pytest.raises(InputError):
        watchlist.retire(entry.id, "sam")


def test_context_watchlist_overrides_the_data_directory(tmp_path: Path) -> None:
    other = Watchlist(tmp_path / "elsewhere.sqlite3")
    add(other, NewEntry("url", "think-tank.example/team"))
    profile = Profile(name="X", contact=Contact(websites=["https://www.think-tank.example/team/"]))
    assert FINDING in finding_ids(assess(profile, context=Context(watchlist=other),
                                         use_models=False))
    assert FINDING not in finding_ids(assess(profile, use_models=False))


def test_same_file_twice_is_refused_and_nothing_is_added(watchlist: Watchlist) -> None:
    add(watchlist, NewEntry("email", "a@b.example"), sha="same")
    with pytest.raises(InputError):
        add(watchlist, NewEntry("email", "c@d.example"), sha="same")
    assert [e.value for e in watchlist.entries()] == ["a@b.example"]


def test_no_watchlist_is_listed_as_not_checked() -> None:
    result = assess(Profile(name="X"), use_models=False)
    assert any(n.startswith(FINDING) for n in result.not_checked)
