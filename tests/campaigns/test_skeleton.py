"""The skeleton of an approach script (its fees and named events): the same in any language
and number format, rare values weighing more, and a campaign edge only when the same moves
corroborate it."""

from __future__ import annotations

import time

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.keys import persona_keys
from vetlink.campaigns.link import KIND_ID, key_table, link
from vetlink.campaigns.skeleton import event_names, fee_values, skeleton_entities

ENGLISH = ["Hi, a former colleague of yours suggested I get in touch about undersea cables.",
           "Our client would pay USD 2,000 for a short report of two or three pages.",
           "We'd like to invite you as a keynote speaker at the Maritime Futures Conference. "
           "Flights are covered, plus an honorarium.",
           "Shall we move this to Telegram? Please keep this between us."]
FRENCH = ["Bonsoir, votre expérience intéresse beaucoup nos clients.",
          "Notre client paierait 2 000 dollars pour un court rapport de deux ou trois pages.",
          "Nous aimerions vous inviter comme orateur à la Maritime Futures Conference. "
          "Les vols sont pris en charge.",
          "Passons sur Telegram ? Merci de garder cela entre nous."]
ORGANISER = ["Hello, registration for the European Conference on Antennas and Propagation "
             "is open: the fee is EUR 450 for members. The call for papers closes in May."]
LURES = ("message.paid_offer", "message.off_platform", "message.secrecy",
         "message.flattery", "message.speaker_invite", "message.elicitation")


def persona(i: int, lines: list[str], lures: tuple[str, ...] = (),
            department: str | None = None) -> PersonaRecord:
    name = f"Person{i} Name{i}"
    return PersonaRecord(
        id=f"p{i}", profile={"name": name, "url": f"https://x.example/in/{i}"},
        conversation={"contact": name,
                      "messages": [{"sender": "contact", "text": t} for t in lines]},
        department=department, reported_at=f"2026-0{1 + i % 9}-1{i % 10}T09:00:00Z",
        lures=lures)


def skeleton(keys: object) -> set[str]:
    return {e for e in keys.entities if e.startswith("skeleton:")}  # type: ignore[attr-defined]


def test_an_amount_is_one_fee_in_any_language_and_number_format() -> None:
    for written in ("USD 2,000", "$2000", "2.000 $", "2 000 dollars", "2000美元", "2 000 долларов",
                    "$2k"):
        assert fee_values(f"we pay {written} per paper") == ["USD:2000"], written
    assert fee_values("€1.000–2.000 for an hour") == ["EUR:1000", "EUR:2000"]  # a range: both
    assert fee_values("一小时咨询费1万元人民币") == ["CNY:10000"]
    assert fee_values("the 2027 programme has 40 speakers") == []  # a number is not a fee


def test_an_event_name_is_kept_untranslated_and_a_sentence_is_not_an_event() -> None:
    assert event_names("at the Maritime Futures Conference in London") == [
        "maritime futures conference"]
    assert event_names("zum Energie Forum Berlin 2027 einladen") == ["energie forum berlin 2027"]
    assert event_names("Dear Claire Smith, Thank You") == []


def test_a_translated_script_shares_its_skeleton_and_no_script_band() -> None:
    english, french = persona_keys(persona(1, ENGLISH)), persona_keys(persona(2, FRENCH))
    shared = skeleton(english) & skeleton(french)
    assert {"skeleton:fee:USD:2000", "skeleton:event:maritime futures conference",
            "skeleton:pair:USD:2000|maritime futures conference"} <= shared
    scripts = [{e for e in k.entities if e.startswith("script:")} for k in (english, french)]
    assert not scripts[0] & scripts[1]  # the word-pair bands miss a translation
    links = link(key_table([english, french]))
    assert links.by_kind[0, KIND_ID["skeleton"]] >= 5  # a value only two personas share


def test_a_translated_script_links_only_when_the_same_moves_corroborate_it() -> None:
    alone = [persona(1, ENGLISH), persona(2, FRENCH)]
    assert find_campaigns(alone).campaigns == []  # the skeleton alone never links
    few = [persona(1, ENGLISH, LURES[:2]), persona(2, FRENCH, LURES[:2])]
    assert find_campaigns(few).campaigns == []  # two shared moves are common to many fakes
    moves = [persona(1, ENGLISH, LURES), persona(2, FRENCH, LURES[::-1])]
    found = find_campaigns(moves).campaigns
    assert [sorted(c.members) for c in found] == [[0, 1]]
    kinds = {e["kind"] for e in found[0].evidence}
    assert "skeleton" in kinds


def test_genuine_organisers_quoting_the_same_conference_fee_do_not_link() -> None:
    organisers = [persona(i, ORGANISER, ("message.event_invite",), "Antennas")
                  for i in range(2)]
    keys = [persona_keys(r) for r in organisers]
    assert "skeleton:pair:EUR:450|european conference on antennas and propagation" in (
        skeleton(keys[0]) & skeleton(keys[1]))
    assert find_campaigns(organisers).campaigns == []
    # a public conference's fee quoted by many organisers weighs nothing at all
    many = [persona_keys(persona(i, ORGANISER)) for i in range(70)]
    links = link(key_table(many))
    assert not (links.by_kind[:, KIND_ID["skeleton"]] > 0).any()


def test_skeleton_extraction_stays_linear_on_hostile_text() -> None:
    for hostile in ("Aa " * 10_000, "1 " * 10_000 + "$", "Conference " * 5_000):
        start = time.perf_counter()
        skeleton_entities([hostile])
        assert time.perf_counter() - start < 2.0
