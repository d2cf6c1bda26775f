"""A read-only TAXII 2.1 server for partners: discovery (``/taxii2/``), one API root
(``/taxii2/vetlink/``), its collections, and each collection's objects (paged, with
``added_after`` and ``match[...]`` filters), single objects, versions and manifest.

Who may read: a partner's bearer token (``vetlink partners add``) and nothing else: no user
session or API token opens it, so reporters' data can never be read through it (and the
objects are the same export as ``vetlink export stix``, which carries none). The one
collection, ``hostile-personas``, is marked at ``VETLINK_TAXII_TLP`` (default amber); it is
not served at all when that is ``red``: TLP:RED material is never served over TAXII.

Every response has ``Content-Type: application/taxii+json;version=2.1``; errors are TAXII
error messages (``title``, ``description``, ``http_status``).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import func, select

from vetlink.errors import InputError, VetlinkError
from vetlink.web.deps import Svc

TAXII = "application/taxii+json;version=2.1"
STIX = "application/stix+json;version=2.1"
ROOT = "vetlink"
COLLECTION_ID = str(uuid.uuid5(uuid.UUID("6f1d5b1e-6e0a-5a8c-9a7e-76657466696e"),
                               "taxii|hostile-personas"))
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
CACHE_SECONDS = 30.0

router = APIRouter(include_in_schema=False)


class TaxiiError(VetlinkError):
    def __init__(self, status: int, title: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.title = title


def reply(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None,
          ) -> Response:
    return JSONResponse(body, status_code=status, media_type=TAXII, headers=headers)


def error_reply(exc: TaxiiError) -> Response:
    headers = {"WWW-Authenticate": 'Bearer realm="taxii"'} if exc.status == 401 else None
    return reply({"title": exc.title, "description": exc.message, "http_status":
                  str(exc.status)}, exc.status, headers)


def guarded(request: Request, svc: Any, make: Callable[[], Response]) -> Response:
    """Check the Accept header and the partner token, then answer (errors the TAXII way)."""
    try:
        accepts(request)
        partner(request, svc)
        return make()
    except TaxiiError as exc:
        return error_reply(exc)
    except InputError as exc:
        return error_reply(TaxiiError(400, "Bad request", exc.message))


def accepts(request: Request) -> None:
    accept = request.headers.get("accept", "*/*").replace(" ", "").lower()
    if not any(part.startswith(("application/taxii+json", "*/*", "application/*"))
               for part in accept.split(",")):
        raise TaxiiError(406, "Not acceptable", f"this server answers {TAXII}")


def partner(request: Request, svc: Any) -> str:
    from vetlink.intel.partners import partner_of_token

    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TaxiiError(401, "Unauthorized", "send a partner's bearer token")
    with svc.reader() as session:
        found = partner_of_token(session, token.strip())
        if found is None:
            raise TaxiiError(401, "Unauthorized", "this token is not an active partner token")
        return found.name


def taxii_level(svc: Any) -> str:
    from vetlink.intel import tlp

    return tlp.level(svc.settings.taxii_tlp)


def collection_info(svc: Any) -> dict[str, Any]:
    from vetlink.intel import tlp

    return {"id": COLLECTION_ID, "title": "hostile-personas",
            "description": "Personas confirmed hostile by "
            f"{svc.settings.organisation}, with their indicators and sightings; "
            f"every object is {tlp.label(taxii_level(svc))}.",
            "can_read": True, "can_write": False, "media_types": [STIX]}


def collections(svc: Any) -> list[dict[str, Any]]:
    return [] if taxii_level(svc) == "red" else [collection_info(svc)]


def the_collection(svc: Any, collection_id: str) -> dict[str, Any]:
    for found in collections(svc):
        if found["id"] == collection_id:
            return found
    raise TaxiiError(404, "Not found", f"no collection {collection_id!r} in this API root")


# -- the objects: the export, cached briefly ------------------------------------------------

_cache: dict[str, tuple[float, tuple[Any, ...], list[dict[str, Any]]]] = {}
_cache_lock = threading.Lock()


def data_key(session: Any) -> tuple[Any, ...]:
    from vetlink.store.models import Case, Report

    cases = session.execute(select(func.count(Case.id), func.max(Case.updated))
                            .where(Case.status == "confirmed_hostile")).one()
    return (*cases, session.scalar(select(func.count(Report.id))))


def all_objects(svc: Any) -> list[dict[str, Any]]:
    """The export's objects (without the bundle), each with its ``date_added``."""
    import json

    from vetlink.intel.export import export_text

    level = taxii_level(svc)
    with svc.reader() as session:
        key = (level, *data_key(session))
        with _cache_lock:
            hit = _cache.get(str(svc.settings.data_dir))
            if hit and hit[1] == key and time.monotonic() - hit[0] < CACHE_SECONDS:
                return hit[2]
        objects = json.loads(export_text(session, "stix", level,
                                         data_dir=svc.settings.data_dir))["objects"]
    objects.sort(key=lambda o: (added(o), o["id"]))
    with _cache_lock:
        _cache[str(svc.settings.data_dir)] = (time.monotonic(), key, objects)
    return objects


def added(obj: dict[str, Any]) -> str:
    return str(obj.get("modified") or obj.get("created") or "2022-10-01T00:00:00.000Z")


def parse_time(text: str) -> str:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise TaxiiError(400, "Bad request", f"added_after: not a timestamp: {text!r}") from None
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def filtered(request: Request, objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    params = request.query_params
    after = params.get("added_after")
    if after:
        cut = parse_time(after)
        objects = [o for o in objects if added(o) > cut]
    for name, pick in (("match[id]", lambda o: o["id"]), ("match[type]", lambda o: o["type"])):
        wanted = {w for value in params.getlist(name) for w in value.split(",") if w}
        if wanted:
            objects = [o for o in objects if pick(o) in wanted]
    versions = {v for value in params.getlist("match[spec_version]") for v in value.split(",")}
    if versions and "2.1" not in versions:
        objects = []
    return objects


def page(request: Request, objects: list[dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                                    str | None]:
    params = request.query_params
    try:
        limit = min(max(int(params.get("limit", DEFAULT_LIMIT)), 1), MAX_LIMIT)
        start = int(params.get("next", "0") or 0)
    except ValueError:
        raise TaxiiError(400, "Bad request", "limit and next must be whole numbers") from None
    if start < 0 or start > len(objects):
        raise TaxiiError(400, "Bad request", f"next: {start} is not a page of this collection")
    end = start + limit
    return objects[start:end], (str(end) if end < len(objects) else None)


def envelope(request: Request, objects: list[dict[str, Any]],
             item: Callable[[dict[str, Any]], dict[str, Any]]) -> Response:
    chosen, following = page(request, objects)
    body: dict[str, Any] = {"more": following is not None}
    if following:
        body["next"] = following
    if chosen:
        body["objects"] = [item(o) for o in chosen]
    headers = ({"X-TAXII-Date-Added-First": added(chosen[0]),
                "X-TAXII-Date-Added-Last": added(chosen[-1])} if chosen else None)
    return reply(body, headers=headers)


def manifest_item(obj: dict[str, Any]) -> dict[str, Any]:
    return {"id": obj["id"], "date_added": added(obj), "version": added(obj),
            "media_type": STIX}


# -- routes ----------------------------------------------------------------------------------

@router.get("/taxii2/")
def discovery(request: Request, svc: Svc) -> Response:
    base = str(request.base_url).rstrip("/")
    return guarded(request, svc, lambda: reply({
        "title": f"{svc.settings.organisation} (vetlink)",
        "description": "Hostile personas on professional networks, for partners.",
        "default": f"{base}/taxii2/{ROOT}/", "api_roots": [f"{base}/taxii2/{ROOT}/"]}))


@router.get(f"/taxii2/{ROOT}/")
def api_root(request: Request, svc: Svc) -> Response:
    return guarded(request, svc, lambda: reply({
        "title": "vetlink hostile personas", "versions": [TAXII],
        "max_content_length": svc.settings.max_input_bytes}))


@router.get(f"/taxii2/{ROOT}/collections/")
def list_collections(request: Request, svc: Svc) -> Response:
    def make() -> Response:
        found = collections(svc)
        return reply({"collections": found} if found else {})

    return guarded(request, svc, make)


@router.get(f"/taxii2/{ROOT}/collections/{{collection_id}}/")
def get_collection(request: Request, svc: Svc, collection_id: str) -> Response:
    return guarded(request, svc, lambda: reply(the_collection(svc, collection_id)))


@router.get(f"/taxii2/{ROOT}/collections/{{collection_id}}/objects/")
def get_objects(request: Request, svc: Svc, collection_id: str) -> Response:
    def make() -> Response:
        the_collection(svc, collection_id)
        return envelope(request, filtered(request, all_objects(svc)), lambda o: o)

    return guarded(request, svc, make)


@router.get(f"/taxii2/{ROOT}/collections/{{collection_id}}/objects/{{object_id}}/")
def get_object(request: Request, svc: Svc, collection_id: str, object_id: str) -> Response:
    def make() -> Response:
        the_collection(svc, collection_id)
        found = [o for o in filtered(request, all_objects(svc)) if o["id"] == object_id]
        if not found:
            raise TaxiiError(404, "Not found", f"no object {object_id!r} in this collection")
        return envelope(request, found, lambda o: o)

    return guarded(request, svc, make)


@router.get(f"/taxii2/{ROOT}/collections/{{collection_id}}/objects/{{object_id}}/versions/")
def get_versions(request: Request, svc: Svc, collection_id: str, object_id: str) -> Response:
    def make() -> Response:
        the_collection(svc, collection_id)
        found = [added(o) for o in all_objects(svc) if o["id"] == object_id]
        if not found:
            raise TaxiiError(404, "Not found", f"no object {object_id!r} in this collection")
        return reply({"more": False, "versions": found})

    return guarded(request, svc, make)


@router.get(f"/taxii2/{ROOT}/collections/{{collection_id}}/manifest/")
def get_manifest(request: Request, svc: Svc, collection_id: str) -> Response:
    def make() -> Response:
        the_collection(svc, collection_id)
        return envelope(request, filtered(request, all_objects(svc)), manifest_item)

    return guarded(request, svc, make)
