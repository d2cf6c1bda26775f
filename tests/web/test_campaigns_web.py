from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.web.conftest import csrf_of, login
from vetlink.campaigns.generate import write
from vetlink.store import campaigns as stored
from vetlink.store.bulk_import import import_reports
from vetlink.store.db import session_factory, write_session
from vetlink.store.models import Case, Report, User
from vetlink.store.reports import NewReport, create_report


def seeded(app: FastAPI, tmp_path: Path) -> str:
    """Import generated reports, compute campaigns; returns the top campaign's id."""
    path = tmp_path / "g.jsonl"
    write(path, 250, seed=31)
    engine = app.state.services.engine
    import_reports(engine, path, use_models=False)
    with write_session(engine) as session:
        kept = stored.recompute(session)
    assert kept
    return kept[0].id


def test_analyst_sees_campaigns_their_graph_and_the_case_link(
        app: FastAPI, client: TestClient, tmp_path: Path) -> None:
    top = seeded(app, tmp_path)
    login(client, "sam")
    listing = client.get("/campaigns")
    assert listing.status_code == 200 and top in listing.text
    page = client.get(f"/campaigns/{top}")
    assert page.status_code == 200
    assert "/static/vendor/cytoscape/cytoscape.min.js" in page.text
    graph = client.get(f"/campaigns/{top}/graph").json()["elements"]
    nodes = [e for e in graph if "source" not in e["data"]]
    edges = [e for e in graph if "source" in e["data"]]
    assert len(nodes) >= 3 and edges
    assert all(e["data"]["label"] for e in edges)
    case_id = int(nodes[0]["data"]["id"].removeprefix("case-"))
    assert f'href="/campaigns/{top}"' in client.get(f"/cases/{case_id}").text
    assert client.get("/static/vendor/cytoscape/cytoscape.min.js").status_code == 200
    assert client.get("/campaigns/c-doesnotexist").status_code == 404


def test_reporters_cannot_see_campaigns(app: FastAPI, client: TestClient,
                                        tmp_path: Path) -> None:
    top = seeded(app, tmp_path)
    token = login(client, "alice")
    for url in ("/campaigns", f"/campaigns/{top}", f"/campaigns/{top}/graph"):
        assert client.get(url).status_code == 403, url
    assert client.post("/campaigns/recompute", data={"csrf_token": token}).status_code == 403


def test_recompute_button_needs_csrf(app: FastAPI, client: TestClient, tmp_path: Path) -> None:
    seeded(app, tmp_path)
    login(client, "sam")
    assert client.post("/campaigns/recompute", data={"csrf_token": "x"}).status_code == 403
    token = csrf_of(client.get("/campaigns").text)
    done = client.post("/campaigns/recompute", data={"csrf_token": token},
                       follow_redirects=False)
    assert done.status_code == 303


def test_a_new_report_joining_a_known_campaign_says_so_in_the_queue(
        app: FastAPI, client: TestClient, tmp_path: Path) -> None:
    top = seeded(app, tmp_path)
    engine = app.state.services.engine
    with session_factory(engine)() as session:
        view = stored.get_campaign(session, top)
        member = session.scalars(select(Report).where(Report.case_id == view.cases[0].id)
                                 ).first()
        assert member is not None
        profile = dict(member.profile or {})
        conversation, assessment = member.conversation, member.assessment
    profile.update(name="Brand New Persona", url="https://www.linkedin.com/in/brand-new-x1")
    with write_session(engine) as session:
        alice = session.scalars(select(User).where(User.username == "alice")).one()
        report = create_report(session, NewReport(reporter=alice, assessment=assessment,
                                                  profile=profile, conversation=conversation))
        new_case = report.case_id
    with session_factory(engine)() as session:
        assert session.get(Case, new_case) is not None
        assert stored.joining(session).get(new_case) == top
    login(client, "sam")
    queue = client.get("/cases?status=all").text
    assert f"new report joins {top}" in queue


def test_a_photo_reused_under_two_names_links_their_cases(app: FastAPI,
                                                          client: TestClient) -> None:
    import base64

    from tests.web.test_api import post_report
    from tests.web.test_pages import encoded, face_like

    original = face_like()
    copy = original.resize((200, 200)).crop((6, 6, 194, 194))
    made = []
    for name, image, who in (("Anna First", original, "alice"),
                             ("Boris Second", copy, "bob")):
        body = {"profile": {"name": name, "url": f"https://www.linkedin.com/in/{name[:4]}-x",
                            "about": f"{name} writes about many unrelated things."},
                "photo": base64.b64encode(encoded(image, "PNG")).decode()}
        made.append(post_report(client, who, body)["case_id"])
    assert made[0] != made[1]
    login(client, "sam")
    token = csrf_of(client.get("/campaigns").text)
    assert client.post("/campaigns/recompute", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    with session_factory(app.state.services.engine)() as session:
        linked = stored.campaigns_of_cases(session, made)
        assert len(linked) == 2 and len(set(linked.values())) == 1
        view = stored.get_campaign(session, next(iter(linked.values())))
        assert view.edges[0].evidence == ["photo"]
