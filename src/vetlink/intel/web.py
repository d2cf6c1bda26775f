"""The analysts' sharing page (``/intel``): export for partners (STIX 2.1 or MISP, a TLP
level, a start date) as a download, the watchlist with its sources and markings (retire an
entry), a case's attribution, and, for admins, partners and their TAXII tokens. Every change
and every download is written to the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vetlink.errors import InputError, NotFound
from vetlink.intel import tlp
from vetlink.intel.export import FORMATS, export_text
from vetlink.intel.partners import add_partner, list_partners, revoke_partner
from vetlink.intel.watchlist import Watchlist
from vetlink.store import audit, cases
from vetlink.store.models import Partner, utcnow
from vetlink.store.users import has_role
from vetlink.web.deps import DB, FormAdmin, FormAnalyst, PageAnalyst, Svc, WriteDB
from vetlink.web.render import render

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]
MAX_SHOWN = 500
MEDIA = {"stix": "application/stix+json;version=2.1", "misp": "application/json"}


def watchlist_of(svc: Svc) -> Watchlist:
    return Watchlist.open(svc.settings.ensure_data_dir())


@router.get("/intel")
def intel_page(request: Request, user: PageAnalyst, session: DB, svc: Svc,
               retired: bool = False) -> Response:
    watchlist = watchlist_of(svc)
    where = "1 = 1" if retired else "e.retired IS NULL"
    partners = list_partners(session) if has_role(user, "admin") else []
    return render(request, "intel.html", levels=tlp.LEVELS, formats=FORMATS,
                  sources=watchlist.sources(), retired=retired,
                  entries=watchlist.entries(where=where, limit=MAX_SHOWN),
                  active=len(watchlist), partners=partners, token=None)


@router.get("/intel/export")
def download(user: PageAnalyst, session: WriteDB, svc: Svc, format: str = "stix",
             level: str = "amber", since: str = "") -> Response:
    """The export as a file (the same as ``vetlink export``); audited."""
    chosen = tlp.level(level)
    text = export_text(session, format, chosen, since or None, svc.settings.data_dir)
    audit.record(session, user.id, "intel.export", "intel", None, format=format,
                 tlp=chosen, since=since or None, size=len(text))
    session.commit()
    name = f"vetlink-{format}-{chosen.replace('+', '-')}.json"
    return Response(text, media_type=MEDIA.get(format, "application/json"),
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/intel/watchlist/{entry_id}/retire")
def retire(entry_id: int, user: FormAnalyst, session: WriteDB, svc: Svc) -> Response:
    entry = watchlist_of(svc).retire(entry_id, user.username)
    audit.record(session, user.id, "watchlist.retire", "watchlist", entry_id,
                 kind=entry.kind, value=entry.value, source=entry.source)
    session.commit()
    return RedirectResponse("/intel", status_code=303)


@router.post("/cases/{case_id}/attribution")
def set_attribution(case_id: int, user: FormAnalyst, session: WriteDB,
                    attribution: Text = "") -> Response:
    """An analyst's attribution of a case (exported as a threat-actor); empty clears it."""
    case = cases.get_case(session, case_id)
    value = " ".join(attribution.split()) or None
    if value is not None and len(value) > 300:
        raise InputError("attribution: at most 300 characters")
    if value != case.attribution:
        audit.record(session, user.id, "case.attribution", "case", case.id,
                     old=case.attribution, new=value)
        case.attribution, case.updated = value, utcnow()
        session.commit()
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/intel/partners")
def new_partner(request: Request, user: FormAdmin, session: WriteDB, svc: Svc,
                name: Text) -> Response:
    token = add_partner(session, name, user.id)
    session.commit()
    watchlist = watchlist_of(svc)
    return render(request, "intel.html", levels=tlp.LEVELS, formats=FORMATS,
                  sources=watchlist.sources(), retired=False,
                  entries=watchlist.entries(where="e.retired IS NULL", limit=MAX_SHOWN),
                  active=len(watchlist), partners=list_partners(session),
                  token={"name": name, "value": token})


@router.post("/intel/partners/{partner_id}/revoke")
def revoke(partner_id: int, user: FormAdmin, session: WriteDB) -> Response:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFound(f"partner {partner_id} does not exist")
    revoke_partner(session, partner.name, user.id)
    session.commit()
    return RedirectResponse("/intel", status_code=303)
