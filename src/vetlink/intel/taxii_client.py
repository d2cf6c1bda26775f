"""Pulling a partner's TAXII 2.1 collection into the watchlist, with the maintained client
(``taxii2-client``). Every request has a timeout and a byte budget (``VETLINK_MAX_INTEL_BYTES``
per response); every page is fetched before anything is stored, and the whole collection is
imported as one bundle in one transaction, so a server that times out or answers garbage
half-way leaves the watchlist as it was. Pulling an unchanged collection again adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from vetlink.errors import InputError, InputTooLarge
from vetlink.intel.importing import ImportResult, import_document, intel_limit
from vetlink.intel.watchlist import AlreadyImported, Watchlist

PAGE = 500
MAX_PAGES = 10_000


def bearer(token: str) -> Any:
    import requests

    class Bearer(requests.auth.AuthBase):
        def __call__(self, request: Any) -> Any:
            request.headers["Authorization"] = f"Bearer {token}"
            return request

    return Bearer()


def bounded_adapter(timeout: float, limit: int) -> Any:
    """A requests adapter that puts a timeout on every request and refuses a response body
    over ``limit`` bytes (read no further than that)."""
    from requests.adapters import HTTPAdapter

    class Bounded(HTTPAdapter):
        def send(self, request: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            kwargs["timeout"] = timeout
            kwargs["stream"] = True
            response = super().send(request, **kwargs)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                response.close()
                raise InputTooLarge(f"the TAXII server sent {int(declared):,} bytes, over the "
                                    f"{limit:,} allowed (VETLINK_MAX_INTEL_BYTES)")
            body = response.raw.read(limit + 1, decode_content=True)
            if len(body) > limit:
                response.close()
                raise InputTooLarge(f"a TAXII response is over the {limit:,} bytes allowed")
            response._content = body
            return response

    return Bounded()


def connection(token: str | None, timeout: float, limit: int) -> Any:
    from taxii2client.common import _HTTPConnection

    conn = _HTTPConnection(auth=bearer(token) if token else None, version="2.1")
    adapter = bounded_adapter(timeout, limit)
    conn.session.mount("http://", adapter)
    conn.session.mount("https://", adapter)
    return conn


def fetch_objects(api_root: str, collection_id: str, token: str | None, timeout: float,
                  limit: int) -> list[dict[str, Any]]:
    import requests
    from taxii2client.exceptions import TAXIIServiceException
    from taxii2client.v21 import Collection, as_pages

    url = f"{api_root.rstrip('/')}/collections/{collection_id}/"
    conn = connection(token, timeout, limit)
    objects: list[dict[str, Any]] = []
    try:
        collection = Collection(url, conn=conn)
        for n, envelope in enumerate(as_pages(collection.get_objects, per_request=PAGE)):
            if not isinstance(envelope, dict) or not isinstance(envelope.get("objects", []),
                                                                list):
                raise InputError(f"{url}: the answer is not a TAXII envelope")
            objects.extend(envelope.get("objects", []))
            if n >= MAX_PAGES:
                raise InputError(f"{url}: more than {MAX_PAGES:,} pages")
    except requests.Timeout:
        raise InputError(f"{url}: the TAXII server did not answer within {timeout:g} s") \
            from None
    except requests.HTTPError as exc:
        status = exc.response.status_code if exc.response is not None else "?"
        raise InputError(f"{url}: the TAXII server answered HTTP {status}") from None
    except requests.RequestException as exc:
        raise InputError(f"{url}: cannot reach the TAXII server ({type(exc).__name__})") \
            from None
    except (TAXIIServiceException, ValueError) as exc:
        raise InputError(f"{url}: the TAXII server's answer is not TAXII 2.1 JSON "
                         f"({str(exc).splitlines()[0][:160]})") from None
    finally:
        conn.close()
    return objects


def pull(watchlist: Watchlist, api_root: str, collection_id: str, token: str | None,
         timeout: float = 30.0) -> ImportResult | str:
    """Fetch the whole collection, then import it as one bundle (all or nothing)."""
    if not api_root.startswith(("http://", "https://")):
        raise InputError(f"not an http(s) URL: {api_root!r}")
    from vetlink.intel import need

    need("taxii2client")
    limit = intel_limit()
    objects = fetch_objects(api_root, collection_id, token, timeout, limit)
    if not objects:
        return f"the collection {collection_id} is empty: nothing imported"
    data = json.dumps({"type": "bundle", "id": bundle_id(objects), "objects": objects},
                      sort_keys=True).encode()
    name = f"TAXII {api_root.rstrip('/')} collection {collection_id}"
    try:
        return import_document(watchlist, "stix", data, name, api_root)
    except AlreadyImported:
        return f"{name}: unchanged since the last pull, nothing new"


def bundle_id(objects: list[dict[str, Any]]) -> str:
    import uuid

    digest = hashlib.sha256("|".join(sorted(str(o.get("id")) for o in objects
                                            if isinstance(o, dict))).encode()).hexdigest()
    return f"bundle--{uuid.UUID(digest[:32])}"
