"""Campaign pages for analysts: the list (with a recompute button) and one campaign with its
persona graph (Cytoscape.js, vendored) and evidence. Reporters get 403 like every analyst
page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from vetlink.store import campaigns
from vetlink.web.deps import DB, FormAnalyst, PageAnalyst, Svc, WriteDB
from vetlink.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/campaigns")
def campaign_list(request: Request, user: PageAnalyst, session: DB) -> Response:
    return render(request, "campaigns.html", campaigns=campaigns.list_campaigns(session))


@router.post("/campaigns/recompute")
def recompute(user: FormAnalyst, session: WriteDB, svc: Svc) -> Response:
    campaigns.recompute(session, svc.evidence)
    session.commit()
    return RedirectResponse("/campaigns", status_code=303)


@router.get("/campaigns/{campaign_id}")
def campaign_page(request: Request, campaign_id: str, user: PageAnalyst, session: DB
                  ) -> Response:
    view = campaigns.get_campaign(session, campaign_id)
    return render(request, "campaign.html", view=view, campaign=view.campaign)


@router.get("/campaigns/{campaign_id}/graph")
def campaign_graph(campaign_id: str, user: PageAnalyst, session: DB) -> dict[str, Any]:
    """The persona graph as Cytoscape.js elements: a node per case, an edge per link,
    labelled by its evidence."""
    view = campaigns.get_campaign(session, campaign_id)
    nodes = [{"data": {"id": f"case-{c.id}", "label": c.persona_name[:40],
                       "href": f"/cases/{c.id}"}} for c in view.cases]
    edges = [{"data": {"id": f"e{e.id}", "source": f"case-{e.case_a}",
                       "target": f"case-{e.case_b}", "label": " + ".join(e.evidence),
                       "bits": e.bits}} for e in view.edges]
    return {"elements": nodes + edges}
