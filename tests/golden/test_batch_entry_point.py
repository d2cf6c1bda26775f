"""``assess_many`` (the batch entry point of bulk import and the Spark job) gives exactly the
assessments of ``assess`` one by one, while embedding a chunk's sentences together."""

from __future__ import annotations

import pytest

from tests.golden import corpus
from tests.golden.regenerate import load
from vetlink.approach import intent
from vetlink.assess import assess_many
from vetlink.domain import Profile
from vetlink.signals.base import Context


@pytest.fixture(scope="module")
def items() -> list[tuple[str, tuple[Profile | None, object]]]:
    conversations = corpus.conversations()
    profiles = [Profile.model_validate(v) for v in corpus.VIEWERS]
    found: list[tuple[str, tuple[Profile | None, object]]] = [
        (key, (None, conversation)) for key, conversation in conversations]
    # a profile with a conversation, and a profile alone, mixed into the batch
    found.insert(3, ("pair", (profiles[0], conversations[0][1])))
    found.insert(10, ("alone", (profiles[1], None)))
    return found


@pytest.mark.parametrize("chunk", [64, 7])
def test_batch_gives_the_one_by_one_findings(items, chunk):
    ctx = Context(today=corpus.TODAY)
    batch = list(assess_many((item for _, item in items), context=ctx, chunk=chunk))
    golden = load()["messages"]
    for (key, _), assessment in zip(items, batch, strict=True):
        if key in ("pair", "alone"):
            continue
        assert corpus.digest(assessment) == golden[f"models/{key}"], key
    one_by_one = list(assess_many([items[3][1], items[10][1]], context=ctx, chunk=1))
    assert [corpus.digest(a) for a in (batch[3], batch[10])] == \
        [corpus.digest(a) for a in one_by_one]


def test_rules_only_batch_gives_the_recorded_findings(items):
    ctx = Context(today=corpus.TODAY)
    golden = load()["messages"]
    for (key, _), assessment in zip(
            items, assess_many((i for _, i in items), context=ctx, use_models=False), strict=True):
        if key not in ("pair", "alone"):
            assert corpus.digest(assessment) == golden[f"rules/{key}"], key


def test_a_batch_embeds_its_sentences_in_one_encoder_call(items, monkeypatch):
    calls: list[int] = []
    real = intent.encode

    def counted(unique: list[str]):
        calls.append(len(unique))
        return real(unique)

    monkeypatch.setattr(intent, "encode", counted)
    conversations = [item for _, item in items if item[0] is None][:20]
    list(assess_many(conversations, context=Context(today=corpus.TODAY), chunk=64))
    assert len(calls) == 1 and calls[0] > 20, calls
    calls.clear()
    for conversation in conversations:
        list(assess_many([conversation], context=Context(today=corpus.TODAY), chunk=1))
    assert len(calls) >= 19  # one by one: about one call per conversation


def test_a_chunk_is_cut_when_its_sentences_pass_the_budget(items, monkeypatch):
    """Memory per chunk stays bounded: many sentences make smaller chunks, same findings."""
    import vetlink.assess as assess_module

    calls: list[int] = []
    real = intent.encode

    def counted(unique: list[str]):
        calls.append(len(unique))
        return real(unique)

    monkeypatch.setattr(intent, "encode", counted)
    monkeypatch.setattr(assess_module, "BATCH_SENTENCES", 12)
    conversations = [(key, item) for key, item in items if item[0] is None][:20]
    found = list(assess_many((item for _, item in conversations),
                             context=Context(today=corpus.TODAY), chunk=64))
    assert len(calls) >= 3 and max(calls) < 12 + 240, calls
    golden = load()["messages"]
    assert [corpus.digest(a) for a in found] == [golden[f"models/{k}"] for k, _ in conversations]
