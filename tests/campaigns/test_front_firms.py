"""Front firms shared across operations (issue 10, wave 6): an invented firm name is claimed
again by other operations and by lone hostile approaches; what one operation has of its own
— its target list (the organisations approached) and its web domain — decides whether an
unvouched firm joins two personas (``evidence.aimed_apart``, ``evidence.other_domains``)."""

from __future__ import annotations

import json
from typing import Any

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.keys import organisation_of, persona_keys_many
from vetlink.campaigns.lines import parse_line

DEPARTMENTS = ["Procurement", "Semiconductor R&D", "Communications", "Cyber Security",
               "Defence Systems", "Battery Research", "Export Control", "Lithography"]
FIRST = ["Amy", "David", "Claire", "Ryan", "Natalie", "Brandon", "Heather", "Oliver", "Lena"]
LAST = ["Hughes", "Wright", "Jones", "King", "Robinson", "Nguyen", "Lewis", "Hall", "Moss"]
ABOUT = ["Policy analyst on Eurasian energy markets.", "Reader, hiker, amateur photographer.",
         "Twenty years in shipping and logistics.", "Writing a book on the Baltic trade.",
         "Mentor to young engineers; chess on Sundays.", "Former diplomat, sanctions.",
         "Satellite imagery for crop forecasts.", "Choir singer; supply chains by day.",
         "Quantum sensing enthusiast."]
FIRM = "Institute of International Technology Studies"


def persona(tag: str, k: int, *, department: int, organisation: str | None,
            site: str | None = None, firm: str = FIRM) -> PersonaRecord:
    """A thin, unverified persona new in ``firm`` (a site on ``site`` when given), with its
    own words, approaching somebody of ``organisation`` in ``DEPARTMENTS[department]``."""
    n = sum(map(ord, tag)) + k
    profile: dict[str, Any] = {
        "url": f"https://www.linkedin.com/in/{tag}-{k}",
        "name": f"{FIRST[n % 9]} {LAST[(n * 4 + 1) % 9]}",
        "headline": f"Research Fellow at {firm}", "about": ABOUT[n % 9],
        "experience": [{"title": "Research Fellow", "company": firm, "start": "2025-11",
                        "end": None}],
        "connections": 30 + 7 * k, "created": "2026-01-15",
    }
    if site:
        profile["contact"] = {"websites": [f"https://{site}/people/{tag}-{k}"]}
    return PersonaRecord(id=f"{tag}-{k}", profile=profile,
                         department=DEPARTMENTS[department % len(DEPARTMENTS)],
                         reported_at="2026-06-10T10:00:00+00:00", organisation=organisation,
                         lures=("approach.off_platform", "approach.flattery"))


def campaigns(records: list[PersonaRecord]) -> list[set[str]]:
    result = find_campaigns(records)
    return sorted(({result.table.ids[m] for m in c.members} for c in result.campaigns
                   if c.score >= 0.5), key=lambda g: sorted(g))


def ids(records: list[PersonaRecord]) -> set[str]:
    return {r.id for r in records}


def test_two_operations_claiming_one_front_firm_at_different_organisations_stay_apart() -> None:
    # each operation spreads its personas over departments of the organisation it targets;
    # both claim the same invented institute (before: one campaign of ten)
    one = [persona("opa", k, department=k % 3, organisation="ministry.example")
           for k in range(5)]
    two = [persona("opb", k, department=3 + k % 3, organisation="aerospace.example")
           for k in range(5)]
    assert campaigns(one + two) == sorted([ids(one), ids(two)], key=sorted)


def test_a_lone_approach_claiming_an_operations_firm_elsewhere_is_left_out() -> None:
    operation = [persona("op", k, department=k % 3, organisation="ministry.example")
                 for k in range(5)]
    lone = persona("lone", 0, department=6, organisation="grid.example")
    assert campaigns([*operation, lone]) == [ids(operation)]


def test_one_operation_over_the_departments_of_one_organisation_is_still_one() -> None:
    operation = [persona("op", k, department=k, organisation="ministry.example")
                 for k in range(6)]
    assert campaigns(operation) == [ids(operation)]


def test_the_same_department_joins_across_organisations_and_unknown_never_splits() -> None:
    # the same department name at two organisations (a target list by function), and
    # personas whose organisation is not known (a pasted conversation): still one operation
    same_department = [persona("op", k, department=2, organisation=f"org{k % 2}.example")
                       for k in range(4)]
    assert campaigns(same_department) == [ids(same_department)]
    unknown = [persona("op", k, department=k, organisation=None if k % 2 else "a.example")
               for k in range(6)]
    assert campaigns(unknown) == [ids(unknown)]


def test_one_firm_name_under_two_operations_own_domains_gives_two_campaigns() -> None:
    # the same firm name, each operation with a web domain of its own; same organisation
    one = [persona("opa", k, department=k % 3, organisation="ministry.example",
                   site="iits-events.org") for k in range(5)]
    two = [persona("opb", k, department=3 + k % 3, organisation="ministry.example",
                   site="iits-research.info") for k in range(5)]
    assert campaigns(one + two) == sorted([ids(one), ids(two)], key=sorted)
    # a persona without a domain contradicts nothing: it still joins by the firm
    bare = persona("opa", 9, department=0, organisation="ministry.example")
    assert campaigns([*one, bare]) == [ids(one) | {bare.id}]


def test_the_reporters_organisation_is_a_target_and_the_reporter_is_not() -> None:
    line = json.dumps({"profile": {"url": "https://www.linkedin.com/in/x-1", "name": "X Y"},
                       "reporter": "Jane.Doe@MoD.Example", "department": "Procurement",
                       "reported_at": "2026-06-10T10:00:00+00:00"})
    record = parse_line(line, 1).record()
    assert record.organisation == "mod.example"
    (keys,) = persona_keys_many([record])
    assert "organisation:mod.example" in keys.targets
    assert not any("jane" in t for t in keys.targets)
    assert organisation_of("not an address") is None
    assert organisation_of("someone@localhost") is None
    # a mailbox provider names no organisation: two people writing from gmail.com were not
    # approached at one organisation
    assert organisation_of("someone@gmail.com") is None


def two_operations_file(folder: Any) -> tuple[list[dict[str, Any]], Any]:
    """Import lines of two operations of five under one front firm, one reported by staff of
    a ministry, the other by staff of an aerospace firm, written to ``folder``/in.jsonl."""
    one = [persona("opa", k, department=k % 3, organisation=None) for k in range(5)]
    two = [persona("opb", k, department=3 + k % 3, organisation=None) for k in range(5)]
    data = ([line_of(r, f"staff{k}@ministry.example") for k, r in enumerate(one)]
            + [line_of(r, f"staff{k}@aerospace.example") for k, r in enumerate(two)])
    source = folder / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in data))
    return data, source


def line_of(record: PersonaRecord, reporter: str) -> dict[str, Any]:
    """The import line of ``record`` (reported by ``reporter``), with an approach message."""
    return {"profile": record.profile, "department": record.department,
            "reported_at": record.reported_at, "reporter": reporter,
            "conversation": {"contact": record.profile["name"],  # type: ignore[index]
                             "messages": [{"sender": "contact", "text": (
                                 "Your profile stood out. We pay well for short confidential "
                                 "reports on your department's plans; could we move this to "
                                 "your personal e-mail?")}]}}


def test_spark_gives_the_same_front_firm_campaigns(tmp_path: Any) -> None:
    """The Spark job keys the reporter's organisation from the same line and calls the same
    rules: two operations under one front firm at two organisations are two campaigns there
    too."""
    import os
    import shutil

    import pytest

    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("CI"):
        pytest.skip("Java is not installed (scripts/system-deps.sh installs it)")
    from vetlink.batch.spark import campaigns_job, session
    from vetlink.campaigns.lines import parse_object, records_of

    data, source = two_operations_file(tmp_path)
    lines = [parse_object(r, i + 1, report=False) for i, r in enumerate(data)]
    local = find_campaigns(records_of(lines, use_models=True))
    expected = {c.id: sorted(local.table.ids[m] for m in c.members) for c in local.campaigns
                if c.score >= 0.5}
    assert len(expected) == 2 and all(len(m) == 5 for m in expected.values())
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession()  # another module's session: reused, left open
    spark = running or session("local[2]", "vetlink-front-firms")
    try:
        campaigns_job(spark, str(source), str(tmp_path / "out"), local_personas=0)
        found = spark.read.parquet(str(tmp_path / "out")).collect()
    finally:
        if running is None:
            spark.stop()
    assert {r["id"]: sorted(r["members"]) for r in found if r["score"] >= 0.5} == expected


def test_stored_cases_carry_the_reporters_organisation(engine: Any, tmp_path: Any) -> None:
    """Through the real import and the store's recompute (reporters are user names that are
    e-mail addresses): the same two campaigns, and each case's organisation, not its
    reporter, among the keys."""
    from vetlink.store import campaigns as stored
    from vetlink.store.bulk_import import import_reports
    from vetlink.store.db import session_factory

    _, source = two_operations_file(tmp_path)
    assert import_reports(engine, source, use_models=False).added == 10
    with session_factory(engine)() as session:
        records = stored.case_records(session)
        assert sorted({r.organisation for r in records}) == ["aerospace.example",
                                                            "ministry.example"]
        stored.recompute(session)
        cases = {stored.case_id_of(r.id): r.organisation for r in records}
        joined = stored.campaigns_of_cases(session, list(cases))
    groups: dict[str, list[str | None]] = {}
    for case, campaign in joined.items():
        groups.setdefault(campaign, []).append(cases[case])
    assert sorted(sorted(g) for g in groups.values()) == [["aerospace.example"] * 5,
                                                          ["ministry.example"] * 5]
