"""The input budget: one set of limits from the settings, documented, used by every path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ingest.test_hostile_inputs import many_part_email
from vetlink.errors import InputTooLarge
from vetlink.ingest import profile_from_bytes
from vetlink.ingest.budget import UNITS, Budget, env_name, using_budget
from vetlink.ingest.common import json_depth, parse_json
from vetlink.ingest.conversation import conversation_from_bytes
from vetlink.settings import Settings, get_settings

REPO = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text("utf-8")
    missing = [name for name in Settings.model_fields if f"`VETLINK_{name.upper()}`" not in readme]
    assert missing == []


def test_every_budget_limit_is_a_setting_and_documented_in_security_md():
    security = (REPO / "docs" / "security.md").read_text("utf-8")
    section = security.split("## Input budgets", 1)[1].split("\n## ", 1)[0]
    for limit in UNITS:
        assert f"max_{limit}" in Settings.model_fields
        assert f"`{env_name(limit)}`" in section


def test_budget_defaults_match_the_settings_defaults():
    assert Budget.from_settings() == Budget()


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("VETLINK_MAX_PARTS", "3")
    get_settings.cache_clear()
    with pytest.raises(InputTooLarge) as refused:
        conversation_from_bytes(many_part_email(5), "five.eml")
    assert "VETLINK_MAX_PARTS=3" in refused.value.message
    assert "\n" not in refused.value.message


def test_a_budget_can_be_set_for_a_block_of_calls():
    text = b"Jane Doe\nRecruiter at Example\n" + b"x" * 500
    assert profile_from_bytes(text, "p.txt").name == "Jane Doe"
    with using_budget(Budget(text_chars=100)), pytest.raises(InputTooLarge) as refused:
        profile_from_bytes(text, "p.txt")
    assert "VETLINK_MAX_TEXT_CHARS=100" in refused.value.message


def test_json_depth_ignores_brackets_inside_strings():
    assert json_depth(r'[[1, "[[[[", {"a": [2]}], "\"]]"]') == 4
    assert json_depth(r'{"a\\": "[["}') == 1


def test_json_within_the_depth_budget_loads_and_bytes_are_accepted():
    assert parse_json(b'{"a": [[1]]}') == {"a": [[1]]}
    nested = "[" * 32 + "]" * 32
    assert parse_json(nested) is not None


def test_json_one_level_past_the_budget_is_refused_naming_the_limit():
    with pytest.raises(InputTooLarge, match=re.escape("VETLINK_MAX_NESTING_DEPTH=32")):
        parse_json("[" * 33 + "]" * 33, "body")
