"""Hand-written bundles and events in the style of other producers' feeds."""

from __future__ import annotations

from typing import Any

TLP1_GREEN = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"
TLP2_RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
OPENCTI_EXT = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"
T = "2026-02-01T10:00:00.000Z"


def sdo(kind: str, n: int, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "spec_version": "2.1", "id": f"{kind}--00000000-0000-4000-8000-"
            f"{n:012d}", "created": T, "modified": T, **fields}


def opencti_bundle() -> dict[str, Any]:
    org = sdo("identity", 1, name="Partner CERT", identity_class="organization",
              x_opencti_organization_type="csirt")
    return {"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000001", "objects": [
        {"type": "marking-definition", "spec_version": "2.1", "id": TLP1_GREEN,
         "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp",
         "definition": {"tlp": "green"}, "name": "TLP:GREEN"},
        org,
        sdo("indicator", 2, name="Fake recruiter 'Mia Chen'", pattern_type="stix",
            pattern="[url:value = 'https://www.linkedin.com/in/mia-chen-talent/']",
            valid_from=T, created_by_ref=org["id"], object_marking_refs=[TLP1_GREEN],
            x_opencti_score=80, x_opencti_main_observable_type="Url",
            extensions={OPENCTI_EXT: {"extension_type": "property-extension", "score": 80,
                                      "detection": True}}),
        {"type": "email-addr", "spec_version": "2.1",
         "id": "email-addr--00000000-0000-4000-8000-000000000003",
         "value": "mia.chen.talent@outlook.com", "x_opencti_score": 70},
        sdo("x-opencti-case-incident", 4, name="internal case"),
        sdo("note", 5, content="analyst note", object_refs=[org["id"]]),
    ]}


def misp_stix_bundle() -> dict[str, Any]:
    report = sdo("report", 10, name="MISP event: fake think tank", published=T,
                 report_types=["misc"], object_refs=[
                     "indicator--00000000-0000-4000-8000-000000000011"],
                 labels=["Threat-Report", "misp:tool=\"MISP-STIX-Converter\""])
    return {"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000002", "objects": [
        sdo("identity", 9, name="MISP-Org", identity_class="organization"),
        report,
        sdo("indicator", 11, pattern_type="stix", valid_from=T,
            pattern="[email-message:from_ref.value = 'director@globalthinktank-forum.org']",
            labels=["misp:type=\"email-src\"", "misp:category=\"Payload delivery\""],
            description="sender of the invitation"),
        sdo("indicator", 12, pattern_type="stix", valid_from=T,
            pattern="[user-account:account_type = 'linkedin' AND "
            "user-account:account_login = 'dr-li-wei-think'] OR "
            "[email-addr:value = 'li.wei.think@gmail.com'] FOLLOWEDBY "
            "[ipv4-addr:value = '203.0.113.9']"),
        sdo("indicator", 13, pattern_type="sigma", valid_from=T, pattern="title: x"),
        sdo("x-misp-attribute", 14, x_misp_type="phone-number", x_misp_value="+1 202 555 0199"),
    ]}


def misp_event(**change: Any) -> dict[str, Any]:
    event = {"Event": {
        "uuid": "5f1b6c2e-0000-4000-8000-000000000001", "info": "Hostile recruiter",
        "date": "2026-02-01", "threat_level_id": "2", "analysis": "2", "distribution": "1",
        "Orgc": {"name": "Partner MISP"},
        "Tag": [{"name": "tlp:green"}],
        "Attribute": [
            {"type": "phone-number", "category": "Person", "value": "+44 20 7946 0999",
             "uuid": "5f1b6c2e-0000-4000-8000-000000000002", "Tag": [{"name": "tlp:red"}]},
            {"type": "ip-dst", "category": "Network activity", "value": "198.51.100.7",
             "uuid": "5f1b6c2e-0000-4000-8000-000000000003"},
        ],
        "Object": [{
            "name": "user-account", "meta-category": "misc",
            "uuid": "5f1b6c2e-0000-4000-8000-000000000004",
            "template_uuid": "d4b07ea1-b3d8-4e5a-8d43-5b8e4e6d8d2c",
            "Attribute": [
                {"object_relation": "username", "type": "text", "value": "sarah-hr-defence",
                 "uuid": "5f1b6c2e-0000-4000-8000-000000000005"},
                {"object_relation": "account-type", "type": "text", "value": "linkedin",
                 "uuid": "5f1b6c2e-0000-4000-8000-000000000006"},
                {"object_relation": "display-name", "type": "text", "value": "Sarah HR",
                 "uuid": "5f1b6c2e-0000-4000-8000-000000000007"},
            ]}],
    }}
    event["Event"].update(change)
    return event
