"""TLP 2.0 markings as STIX 2.1 marking-definitions (extension-based, as published by OASIS in
``cti-stix-common-objects``: fixed ids, ``created`` 2022-10-01, the property extension
``extension-definition--60a3c5c5-…`` with ``tlp_2_0``), the TLP 1.0 ids STIX 2.1 predefines
(read on import only), and MISP's ``tlp:`` tags."""

from __future__ import annotations

from typing import Any

from vetlink.errors import InputError

TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_CREATED = "2022-10-01T00:00:00.000Z"
LEVELS = ("clear", "green", "amber", "amber+strict", "red")
DEFAULT = "amber"
TLP2_IDS = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
TLP1_IDS = {  # STIX 2.1's predefined TLP 1.0 markings: WHITE is CLEAR under TLP 2.0
    "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": "clear",
    "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": "green",
    "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": "amber",
    "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": "red",
}
KNOWN_IDS = {**{v: k for k, v in TLP2_IDS.items()}, **TLP1_IDS}
RANK = {level: i for i, level in enumerate(LEVELS)}


def level(text: str | None) -> str:
    """``'AMBER+STRICT'``, ``'tlp:amber'``, ``'white'`` -> a TLP 2.0 level; bad -> InputError."""
    value = (text or DEFAULT).strip().lower().removeprefix("tlp:").replace(" ", "")
    value = "clear" if value == "white" else value
    if value not in LEVELS:
        raise InputError(f"tlp: must be one of {', '.join(LEVELS)}, not {text!r}")
    return value


def label(tlp: str) -> str:
    return f"TLP:{tlp.upper()}"


def marking_json(tlp: str) -> dict[str, Any]:
    return {
        "type": "marking-definition", "spec_version": "2.1", "id": TLP2_IDS[tlp],
        "created": TLP2_CREATED, "name": label(tlp),
        "extensions": {TLP2_EXTENSION: {"extension_type": "property-extension",
                                        "tlp_2_0": tlp}},
    }


def marking_object(tlp: str) -> Any:
    import stix2

    return stix2.parse(marking_json(tlp), allow_custom=False)


def of_marking(obj: dict[str, Any]) -> str | None:
    """The TLP level a marking-definition object stands for (TLP 2.0 extension, a TLP 1.0
    ``definition``, or a well-known id), else None."""
    ext = (obj.get("extensions") or {}).get(TLP2_EXTENSION)
    if isinstance(ext, dict) and isinstance(ext.get("tlp_2_0"), str):
        try:
            return level(ext["tlp_2_0"])
        except InputError:
            return None
    definition = obj.get("definition")
    if obj.get("definition_type") == "tlp" and isinstance(definition, dict):
        try:
            return level(str(definition.get("tlp")))
        except InputError:
            return None
    return KNOWN_IDS.get(str(obj.get("id")))


def strictest(levels: list[str]) -> str | None:
    return max(levels, key=RANK.__getitem__) if levels else None


def of_misp_tags(names: list[str]) -> str | None:
    found = []
    for name in names:
        if name.lower().startswith("tlp:"):
            try:
                found.append(level(name))
            except InputError:
                continue
    return strictest(found)


def stricter_label(a: str, b: str) -> str:
    """The stricter of two ``TLP:…`` labels (an unreadable one counts as strictest)."""
    def rank(text: str) -> int:
        try:
            return RANK[level(text)]
        except InputError:
            return len(LEVELS)

    return a if rank(a) >= rank(b) else b
