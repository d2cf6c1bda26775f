from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.intel.conftest import export
from tests.intel.seed import SECRETS
from vetlink.errors import InputError
from vetlink.intel import campaigns, tlp
from vetlink.intel.campaigns import CampaignSummary


def objects_of(text: str, kind: str) -> list[dict[str, Any]]:
    return [o for o in json.loads(text)["objects"] if o["type"] == kind]


def assert_no_secrets(text: str) -> None:
    lowered = text.lower()
    for secret in SECRETS:
        assert secret.lower() not in lowered, f"export leaks {secret!r}"


def test_stix_export_has_the_confirmed_personas_and_nothing_benign(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    text = export(engine, "stix")
    accounts = objects_of(text, "user-account")
    assert {a["display_name"] for a in accounts} == {"Katie Jones", "Alex Recruiter"}
    katie = next(a for a in accounts if a["display_name"] == "Katie Jones")
    assert katie["account_type"] == "linkedin" and katie["account_login"] == "katie-jones-csis"
    patterns = {o["pattern"] for o in objects_of(text, "indicator")}
    assert "[email-addr:value = 'katiejones@gmail.com']" in patterns
    assert ("[user-account:account_type = 'phone-number' AND user-account:user_id = "
            "'+447700900123']") in patterns
    assert "[url:value = 'https://careers-portal.example/apply']" in patterns
    assert "real-person" not in text
    assert [t["name"] for t in objects_of(text, "threat-actor")] == ["APT-Example"]
    kinds = {r["relationship_type"] for r in objects_of(text, "relationship")}
    assert {"impersonates", "uses", "indicates"} <= kinds
    org = objects_of(text, "identity")
    assert any(i["name"] == "Center for Strategic and International Studies" for i in org)
    sightings = objects_of(text, "sighting")
    assert len(sightings) == 3  # two reports of Katie, one of the chat persona
    assert all(s["count"] == 1 and "first_seen" in s for s in sightings)


def test_every_object_carries_the_chosen_tlp_marking(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    for level in ("clear", "amber", "amber+strict", "red"):
        data = json.loads(export(engine, "stix", tlp=level))
        marking = tlp.TLP2_IDS[level]
        for obj in data["objects"]:
            if obj["type"] != "marking-definition":
                assert obj["object_marking_refs"] == [marking], obj["id"]
        [definition] = [o for o in data["objects"] if o["type"] == "marking-definition"]
        assert definition["extensions"][tlp.TLP2_EXTENSION]["tlp_2_0"] == level


def test_default_marking_is_amber_and_a_bad_level_is_refused(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    assert tlp.TLP2_IDS["amber"] in export(engine, "stix")
    with pytest.raises(InputError):
        export(engine, "stix", tlp="purple")


def test_two_exports_of_the_same_data_are_identical(engine: Engine, seeded: dict[str, Any]) -> None:
    assert export(engine, "stix") == export(engine, "stix")
    assert export(engine, "misp") == export(engine, "misp")


def test_since_leaves_out_older_personas(engine: Engine, seeded: dict[str, Any]) -> None:
    assert objects_of(export(engine, "stix", since="2026-03-20"), "user-account") == []
    assert len(objects_of(export(engine, "stix", since="2026-03-02"), "user-account")) == 2
    with pytest.raises(InputError):
        export(engine, "stix", since="last tuesday")


def test_no_campaign_data_means_no_campaign_objects_and_a_provider_plugs_in(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    assert objects_of(export(engine, "stix"), "campaign") == []
    found = CampaignSummary("c-1", "Fake think tank 2026", (seeded["hostile"], seeded["chat"]),
                            datetime(2026, 3, 1), datetime(2026, 3, 9))
    campaigns.set_provider(lambda session: [found])
    try:
        text = export(engine, "stix")
    finally:
        campaigns.set_provider(None)
    [campaign] = objects_of(text, "campaign")
    assert campaign["name"] == "Fake think tank 2026"
    rels = objects_of(text, "relationship")
    assert sum(r["source_ref"] == campaign["id"] and r["relationship_type"] == "uses"
               for r in rels) == 2
    assert any(r["relationship_type"] == "attributed-to" for r in rels)


def test_stix_and_misp_exports_carry_no_reporter_identity_or_notes(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    for format in ("stix", "misp"):
        assert_no_secrets(export(engine, format))


def test_every_bundle_passes_the_stix_validator_and_strict_parsing(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    import stix2
    from stix2validator import ValidationOptions, validate_string

    for level in tlp.LEVELS:
        text = export(engine, "stix", tlp=level)
        result = validate_string(text, ValidationOptions(version="2.1"))
        assert result.is_valid, [str(e) for r in result.object_results for e in r.errors]
        stix2.parse(text, allow_custom=False)


def test_misp_event_loads_with_pymisp_and_has_the_templates_objects(
    engine: Engine, seeded: dict[str, Any],
) -> None:
    from pymisp import MISPEvent

    event = MISPEvent()
    event.load(export(engine, "misp", tlp="green"))
    names = sorted(o.name for o in event.objects)
    assert names.count("user-account") == 2 and "impersonation" in names
    assert "tlp:green" in [t.name for t in event.tags]
    values = {a.value for o in event.objects for a in o.attributes}
    assert {"katie-jones-csis", "katiejones@gmail.com", "+447700900123"} <= values
    assert any(a.sightings for o in event.objects for a in o.attributes)
