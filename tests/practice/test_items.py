"""The shipped practice items: they parse, their expert ids are live catalogue ids, and what
they teach agrees with what vetlink's own assessment says."""

from __future__ import annotations

from collections import Counter

import pytest

from vetlink.errors import InputError
from vetlink.practice.items import assess_item, catalogue, parse_item, shipped_items
from vetlink.practice.marking import checklist, mark

ITEMS = shipped_items()


def test_there_are_enough_items_mixed_across_kinds_languages_and_verdicts() -> None:
    assert len(ITEMS) >= 24
    verdicts = Counter(i.verdict for i in ITEMS)
    assert 0.35 <= verdicts["genuine"] / len(ITEMS) <= 0.5
    assert {"recruiter", "think_tank", "conference", "journalist", "scholar"} <= {
        i.category for i in ITEMS}
    other_languages = [i for i in ITEMS if i.language in ("de", "fr", "es", "ru", "zh")]
    assert len(other_languages) >= 4
    assert all(i.conversation for i in other_languages)


def test_every_expert_id_is_in_the_live_catalogue() -> None:
    known = set(catalogue())
    for item in ITEMS:
        assert set(item.expert) <= known, item.key
        assert item.verdict == "genuine" or len(item.expert) >= 5, item.key


def test_a_renamed_signal_id_fails_loudly() -> None:
    data = {"verdict": "hostile", "expert": ["message.flattery", "message.renamed_since"],
            "conversation": {"messages": [{"sender": "contact", "text": "Hello"}]},
            "debrief": dict.fromkeys(("recognise", "realise", "report", "remove"), "x")}
    with pytest.raises(InputError, match=r"message\.renamed_since"):
        parse_item(data, "s:test")


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.key)
def test_vetlink_agrees_with_the_items_verdict(item) -> None:  # type: ignore[no-untyped-def]
    result = assess_item(item)
    if item.verdict == "hostile":
        assert result.band in ("medium", "high"), (result.band, result.score)
    else:
        assert result.band != "high", (result.band, [f.id for f in result.findings])


def test_the_checklist_holds_the_expert_ids_and_distractors_and_is_stable() -> None:
    for item in ITEMS:
        ids = [h.id for h in checklist(item)]
        assert set(item.expert) <= set(ids)
        assert len(set(ids) - set(item.expert)) >= 6, item.key
        assert ids == [h.id for h in checklist(item)]
        assert not any(i.startswith(("photo.", "exposure.")) for i in ids)


def test_marking_names_caught_missed_and_false_alarms_with_catalogue_text() -> None:
    item = next(i for i in ITEMS if i.key == "s:conference-keynote-fee")
    distractor = next(h.id for h in checklist(item) if h.id not in item.expert)
    marked = mark(item, ["message.off_platform", "message.secrecy", distractor], "report")
    assert [h.id for h in marked.caught] == ["message.off_platform", "message.secrecy"]
    assert {h.id for h in marked.missed} == set(item.expert) - {"message.off_platform",
                                                                 "message.secrecy"}
    assert [h.id for h in marked.wrong] == [distractor]
    secrecy = catalogue()["message.secrecy"]
    assert marked.caught[1].title == secrecy.title and marked.caught[1].advice == secrecy.advice
    expected = 0.5 * 2 / (2 + len(marked.missed) + 1) + 0.5
    assert marked.score == pytest.approx(expected)


def test_a_genuine_item_reported_scores_no_choice_points() -> None:
    item = next(i for i in ITEMS if i.key == "s:think-tank-researcher-genuine")
    assert mark(item, [], "accept").score == 1.0
    assert mark(item, [], "report").score == 0.5


@pytest.mark.parametrize("chosen,choice", [(["message.not_a_signal"], "report"),
                                           (["photo.reused"], "report"), ([], "delete")])
def test_tampered_answers_are_refused(chosen: list[str], choice: str) -> None:
    item = next(i for i in ITEMS if i.key == "s:conference-keynote-fee")
    with pytest.raises(InputError):
        mark(item, chosen, choice)
