"""The fast path of conversation JSON parsing (no jsonschema) never accepts what the JSON
Schema refuses, and gives the same conversation as the schema path."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from vetlink.domain import Conversation
from vetlink.errors import InputError
from vetlink.ingest.common import load_schema, validate
from vetlink.ingest.conversation import certainly_valid_conversation, parse_conversation_json

SCHEMA = Draft202012Validator(load_schema("conversation"))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures/conversations"

# Valid documents, then the same documents with one or two values replaced by something
# awkward (null, a number, a wrong type, an unknown key, the model's own field name).
anything = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.just(5.0),
                     st.text(max_size=8), st.just(""), st.just("contact"), st.just("user"),
                     st.just("vetlink/conversation/v1"), st.lists(st.text(max_size=5), max_size=2),
                     st.lists(st.none(), min_size=1, max_size=1), st.just([]),
                     st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2))
text = st.text(max_size=10)
message = st.fixed_dictionaries(
    {"sender": st.sampled_from(["contact", "user"]), "text": text},
    optional={"sent": text, "attachments": st.lists(text, max_size=2)})
valid_documents = st.fixed_dictionaries(
    {"messages": st.lists(message, min_size=1, max_size=3)},
    optional={"schema": st.just("vetlink/conversation/v1"), "platform": text, "contact": text})
TOP = ["messages", "schema", "schema_", "platform", "contact", "unexpected"]
INNER = ["sender", "text", "sent", "attachments", "schema_", "unexpected"]


def corrupt(doc: dict, where: int, key_index: int, value: object) -> dict:
    doc = json.loads(json.dumps(doc))
    messages = doc.get("messages")
    if where == 1 and isinstance(messages, list) and messages and isinstance(messages[0], dict):
        messages[0][INNER[key_index % len(INNER)]] = value
    elif where == 2 and isinstance(messages, list):
        messages.append(value)
    else:
        doc[TOP[key_index % len(TOP)]] = value
    return doc


corrupted = st.builds(corrupt, valid_documents, st.integers(0, 2), st.integers(0, 50), anything)
documents = st.one_of(valid_documents, corrupted, st.builds(
    corrupt, corrupted, st.integers(0, 2), st.integers(0, 50), anything))


@settings(max_examples=1000, deadline=None)
@given(documents)
def test_what_the_fast_path_accepts_the_schema_accepts_and_reads_alike(doc):
    fast = certainly_valid_conversation(doc)
    if fast is not None:
        assert SCHEMA.is_valid(doc), doc
        assert fast == Conversation.model_validate(doc)


@settings(max_examples=300, deadline=None)
@given(valid_documents)
def test_valid_documents_take_the_fast_path(doc):
    assert certainly_valid_conversation(doc) is not None


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.name)
def test_every_conversation_fixture_reads_the_same_on_both_paths(path):
    data = json.loads(path.read_text("utf-8"))
    validate(data, "conversation")
    fast = certainly_valid_conversation(data)
    assert fast is not None
    assert fast == Conversation.model_validate(data)


@pytest.mark.parametrize("doc, field", [
    ({"messages": [{"sender": "contact", "text": "hi", "sent": None}]}, "$.messages[0].sent"),
    ({"schema_": "vetlink/conversation/v1", "messages": [{"sender": "user", "text": "x"}]},
     "schema_"),
    ({"messages": []}, "$.messages"),
    ({"messages": [{"sender": "them", "text": "x"}]}, "$.messages[0].sender"),
])
def test_what_the_fast_path_refuses_still_gets_the_schema_error(doc, field):
    assert certainly_valid_conversation(doc) is None
    with pytest.raises(InputError, match=field.replace("$", r"\$").replace("[", r"\[")):
        parse_conversation_json(json.dumps(doc))
