from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.intel.conftest import export
from tests.intel.feeds import misp_event, misp_stix_bundle, opencti_bundle, sdo
from tests.intel.seed import CHAT, HOSTILE
from tests.intel.test_watchlist import photo_bytes
from vetlink.assess import assess
from vetlink.domain import Contact, Conversation, Profile
from vetlink.errors import InputError, InputTooLarge
from vetlink.intel.importing import import_file
from vetlink.intel.watchlist import Watchlist
from vetlink.photo import PhotoIndex
from vetlink.signals.base import Context

FINDING = "intel.known_hostile_persona"


def write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")
    return path


def flagged(watchlist: Watchlist, profile: Profile | None = None,
            chat: Conversation | None = None, photo: bytes | None = None) -> list[str]:
    result = assess(profile, chat, photo, context=Context(watchlist=watchlist),
                    use_models=False)
    return [f.evidence for f in result.findings if f.id == FINDING]


def fresh(tmp_path: Path) -> Watchlist:
    return Watchlist(tmp_path / "empty-instance" / "watchlist.sqlite3")


@pytest.mark.parametrize("format", ["stix", "misp"])
def test_round_trip_flags_the_same_personas_in_an_empty_instance(
    engine: Engine, seeded: dict[str, Any], isolated_data_dir: Path, tmp_path: Path,
    format: str,
) -> None:
    PhotoIndex.open(isolated_data_dir).add(photo_bytes(3), "Katie Jones",
                                           source=f"vetlink case {seeded['hostile']}",
                                           verdict="hostile")
    path = write(tmp_path, f"export.{format}.json", export(engine, format, tlp="green"))
    watchlist = fresh(tmp_path)
    result = import_file(watchlist, format, path)
    assert result.source.entries >= 7
    katie = Profile(name="K. Jones", url="https://uk.linkedin.com/in/Katie-Jones-CSIS?trk=x")
    evidence = flagged(watchlist, katie)
    assert evidence and "TLP:GREEN" in evidence[0]
    assert flagged(watchlist, Profile(name="x", contact=Contact(phones=["+447700900123"])))
    assert flagged(watchlist, Profile(name="x", contact=Contact(
        emails=["katie.jones@googlemail.com"])))
    assert flagged(watchlist, photo=photo_bytes(3))
    assert not flagged(watchlist, photo=photo_bytes(4))
    chat = Conversation.model_validate(CHAT)
    assert any("+12025550143" in e for e in flagged(watchlist, chat=chat))
    assert not flagged(watchlist, Profile(name="Real Person",
                                          url="https://www.linkedin.com/in/real-person"))
    assert HOSTILE["name"] in " ".join(evidence)


def test_opencti_style_bundle_imports_with_custom_properties_and_extensions(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    result = import_file(watchlist, "stix", write(tmp_path, "opencti.json", opencti_bundle()))
    assert result.source.entries == 1
    assert "Partner CERT" in result.source.name
    assert result.unsupported == {"email-addr object(s)": 1, "note object(s)": 1,
                                  "x-opencti-case-incident object(s)": 1}
    evidence = flagged(watchlist, Profile(name="Mia", url="linkedin.com/in/mia-chen-talent"))
    assert evidence and "TLP:GREEN" in evidence[0] and "Partner CERT" in evidence[0]


def test_misp_generated_stix_with_compound_patterns_uses_the_supported_parts(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    result = import_file(watchlist, "stix", write(tmp_path, "misp-stix.json",
                                                  misp_stix_bundle()))
    kinds = sorted((e.kind, e.value) for e in watchlist.entries())
    assert kinds == [("account", "linkedin:dr-li-wei-think"),
                     ("email", "director@globalthinktank-forum.org"),
                     ("email", "liweithink@gmail.com")]
    assert result.unsupported["ipv4-addr:value = comparison(s)"] == 1
    assert result.unsupported["sigma pattern(s)"] == 1
    assert result.unsupported["x-misp-attribute object(s)"] == 1
    assert all(e.marking == "TLP:AMBER" for e in watchlist.entries())  # unmarked
    assert flagged(watchlist, Profile(name="x", url="https://www.linkedin.com/in/dr-li-wei-think/"))


def test_misp_event_keeps_each_attributes_strictest_marking(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    result = import_file(watchlist, "misp", write(tmp_path, "event.json", misp_event()))
    entries = {e.kind: e for e in watchlist.entries()}
    assert entries["phone"].value == "+442079460999" and entries["phone"].marking == "TLP:RED"
    assert entries["account"].value == "linkedin:sarah-hr-defence"
    assert entries["account"].marking == "TLP:GREEN" and entries["account"].persona == "Sarah HR"
    assert result.unsupported["ip-dst attribute(s)"] == 1
    assert "Partner MISP" in result.source.name


def test_imported_red_material_is_never_re_exported(
    engine: Engine, seeded: dict[str, Any], watchlist: Watchlist, tmp_path: Path,
) -> None:
    import_file(watchlist, "misp", write(tmp_path, "event.json", misp_event()))
    for format in ("stix", "misp"):
        text = export(engine, format, tlp="clear")
        assert "2079460999" not in text and "sarah-hr-defence" not in text


# -- bad input: a clear error, nothing imported --------------------------------------------

def refused(watchlist: Watchlist, tmp_path: Path, format: str, data: Any,
            match: str) -> None:
    with pytest.raises(InputError, match=match):
        import_file(watchlist, format, write(tmp_path, "bad.json", data))
    assert watchlist.sources() == [] and watchlist.entries() == []


def test_not_json_is_refused(watchlist: Watchlist, tmp_path: Path) -> None:
    refused(watchlist, tmp_path, "stix", "{not json", "not JSON")
    refused(watchlist, tmp_path, "misp", "\x00\x01", "not JSON")
    refused(watchlist, tmp_path, "stix", "[" * 100_000 + "]" * 100_000, "nested|not")


def test_stix_20_is_refused(watchlist: Watchlist, tmp_path: Path) -> None:
    bundle = {"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000009",
              "spec_version": "2.0", "objects": []}
    refused(watchlist, tmp_path, "stix", bundle, "STIX 2.0 bundle")
    indicator = sdo("indicator", 1, pattern="[url:value = 'https://x.example/']",
                    pattern_type="stix", valid_from="2026-01-01T00:00:00Z")
    del indicator["spec_version"]
    refused(watchlist, tmp_path, "stix", {"type": "bundle", "id": bundle["id"],
                                          "objects": [indicator]}, "STIX 2.1")


def test_references_to_missing_objects_refuse_the_whole_bundle(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    bundle = opencti_bundle()
    bundle["objects"].append(sdo("relationship", 30, relationship_type="indicates",
                                 source_ref=bundle["objects"][2]["id"],
                                 target_ref="threat-actor--00000000-0000-4000-8000-000000000099"))
    refused(watchlist, tmp_path, "stix", bundle, "not in the bundle")
    marked = opencti_bundle()
    marked["objects"][2]["object_marking_refs"] = [
        "marking-definition--00000000-0000-4000-8000-000000000077"]
    refused(watchlist, tmp_path, "stix", marked, "neither in the bundle nor a TLP")


def test_a_bundle_of_only_unknown_custom_objects_is_refused(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    bundle = {"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000009",
              "objects": [sdo("x-acme-persona", 1, x_name="???")]}
    refused(watchlist, tmp_path, "stix", bundle, "no indicator.*x-acme-persona")
    refused(watchlist, tmp_path, "stix", {"type": "bundle", "objects": [{"type": "x"}]},
            "no valid type and id")


def test_a_500_mb_bundle_is_refused_by_size_before_reading(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(500 * 1024 * 1024)  # sparse: nothing is written or read
    with pytest.raises(InputTooLarge, match="524,288,000 bytes"):
        import_file(watchlist, "stix", huge)
    assert watchlist.sources() == []


def test_misp_events_with_broken_attributes_are_refused(
    watchlist: Watchlist, tmp_path: Path,
) -> None:
    no_value = misp_event()
    del no_value["Event"]["Attribute"][0]["value"]
    refused(watchlist, tmp_path, "misp", no_value, "not a valid MISP event|no type or value")
    no_type = misp_event()
    del no_type["Event"]["Attribute"][1]["type"]
    refused(watchlist, tmp_path, "misp", no_type, "not a valid MISP event|no type or value")
    refused(watchlist, tmp_path, "misp", misp_event(Attribute="nonsense"),
            "not a valid MISP event")
    refused(watchlist, tmp_path, "misp", {"hello": 1}, "not a MISP event")
