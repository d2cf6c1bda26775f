"""The fast path of profile JSON parsing never accepts what the JSON Schema refuses."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from vetlink.errors import InputError
from vetlink.ingest.common import load_schema
from vetlink.ingest.profile_json import certainly_valid_profile, parse_profile_json

SCHEMA = Draft202012Validator(load_schema("profile"))
EXAMPLE = Path(__file__).resolve().parents[2] / "src/vetlink/examples/headhunter.json"

# Valid documents, then the same documents with one or two values replaced by something
# awkward (null, 5.0, a negative number, a wrong type, an unknown key).
anything = st.one_of(st.none(), st.booleans(), st.integers(-5, 600), st.just(5.0),
                     st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8),
                     st.just(""), st.lists(st.text(max_size=5), max_size=2),
                     st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2))
text = st.text(max_size=10)
count = st.integers(0, 600)
experience = st.fixed_dictionaries(
    {"title": text}, optional={"company": text, "company_url": text, "location": text,
                               "start": text, "end": st.one_of(st.none(), text),
                               "description": text})
education = st.fixed_dictionaries(
    {"school": text}, optional={"degree": text, "start": text, "end": st.one_of(st.none(), text)})
valid_documents = st.fixed_dictionaries(
    {"name": st.text(min_size=1, max_size=10)},
    optional={
        "schema": st.just("vetlink/profile/v1"), "headline": text, "about": text,
        "created": text, "connections": count, "followers": count,
        "mutual_connections": count, "connections_capped": st.booleans(),
        "photo": st.fixed_dictionaries({}, optional={"present": st.booleans(), "path": text}),
        "verified": st.fixed_dictionaries({}, optional={"identity": st.booleans()}),
        "experience": st.lists(experience, min_size=1, max_size=3),
        "education": st.lists(education, min_size=1, max_size=2),
        "skills": st.lists(text, max_size=3),
        "activity": st.lists(st.fixed_dictionaries({}, optional={"kind": text}), max_size=2),
        "contact": st.fixed_dictionaries({}, optional={"emails": st.lists(text, max_size=2)}),
    })
TOP = ["name", "schema", "schema_", "headline", "connections", "followers",
       "connections_capped", "photo", "verified", "experience", "skills", "activity",
       "contact", "unexpected"]
INNER = ["title", "company", "start", "end", "unexpected"]


def corrupt(doc: dict, where: int, key_index: int, value: object) -> dict:
    doc = json.loads(json.dumps(doc))
    jobs, skills = doc.get("experience"), doc.get("skills")
    if where == 1 and isinstance(jobs, list) and jobs and isinstance(jobs[0], dict):
        jobs[0][INNER[key_index % len(INNER)]] = value
    elif where == 2 and isinstance(skills, list):
        skills.append(value)
    else:
        doc[TOP[key_index % len(TOP)]] = value
    return doc


corrupted = st.builds(corrupt, valid_documents, st.integers(0, 2), st.integers(0, 50), anything)
documents = st.one_of(valid_documents, corrupted, st.builds(
    corrupt, corrupted, st.integers(0, 2), st.integers(0, 50), anything))


@settings(max_examples=800, deadline=None)
@given(documents)
def test_what_the_fast_path_accepts_the_schema_accepts(doc):
    if certainly_valid_profile(doc) is not None:
        assert SCHEMA.is_valid(doc), doc


def test_a_valid_document_takes_the_fast_path_and_matches_the_schema_path():
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    fast = certainly_valid_profile(doc)
    assert fast is not None
    assert fast == parse_profile_json(EXAMPLE.read_text("utf-8"))


@pytest.mark.parametrize("doc, field", [
    ({"name": "A", "headline": None}, "$.headline"),
    ({"name": "A", "schema_": "vetlink/profile/v1"}, "schema_"),
    ({"name": "A", "connections": "500"}, "$.connections"),
])
def test_documents_the_model_would_accept_loosely_are_refused_with_the_field(doc, field):
    with pytest.raises(InputError, match=field.replace("$", r"\$")):
        parse_profile_json(json.dumps(doc))
