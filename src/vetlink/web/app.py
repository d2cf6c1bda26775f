"""The app factory: ``create_app(settings)`` builds the whole web app (nothing happens at
import time). Pages are server-rendered Jinja; the JSON API lives under ``/api/v1`` with its
OpenAPI document at ``/api/v1/openapi.json``."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.staticfiles import StaticFiles

from vetlink.settings import Settings, get_settings
from vetlink.store.db import engine_for, session_factory, upgrade, writer
from vetlink.store.evidence import EvidenceStore
from vetlink.web import errors, extension_tokens
from vetlink.web.auth import Signer, secret_key
from vetlink.web.deps import Services
from vetlink.web.fastcheck import FastChecks
from vetlink.web.render import make_templates
from vetlink.web.static_files import StaticFirst
from vetlink.web.usercache import UserCache
from vetlink.web.workpool import CheckPool

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; "
     b"object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


NO_STORE = [(b"cache-control", b"no-store")]


def cacheable(scope: Any) -> bool:
    """Only the static files (style sheets, scripts) may be kept by browsers and proxies:
    every page, API answer and export may carry case data."""
    return str(scope.get("path", "")).startswith("/static/")


class Guard:
    """ASGI middleware: security headers on every response, and a cap on request bodies
    (413 before reading when Content-Length is too big, else when the stream passes it)."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await too_large(send, self.max_body)
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise HTTPException(413, f"the request is larger than the {self.max_body:,} "
                                    "bytes allowed")
            return message

        static = cacheable(scope)
        extra = SECURITY_HEADERS if static else SECURITY_HEADERS + NO_STORE

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", [])
                        if static or k.lower() != b"cache-control"]
                message["headers"] = kept + extra
            await send(message)

        await self.app(scope, counted, with_headers)


async def too_large(send: Any, limit: int) -> None:
    body = (b'{"error": {"status": 413, "title": "Input too large", "message": '
            b'"the request is larger than the ' + f"{limit:,}".encode() + b' bytes allowed"}}')
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS,
                            *NO_STORE]})
    await send({"type": "http.response.body", "body": body})


def build_services(settings: Settings, migrate: bool) -> Services:
    settings.ensure_data_dir()
    engine = engine_for(settings)
    if migrate:
        upgrade(engine)
    return Services(
        settings=settings, engine=engine, reader=session_factory(engine),
        writer=session_factory(writer(engine)), signer=Signer(secret_key(settings)),
        templates=make_templates(),
        evidence=EvidenceStore(settings.data_dir, settings.max_input_bytes),
        checks=CheckPool(settings), users=UserCache(settings.data_dir),
    )


def create_app(settings: Settings | None = None, *, migrate: bool = True) -> FastAPI:
    """Build the app for ``settings`` (default: from the environment). The database schema
    is brought up to date first unless ``migrate`` is False."""
    settings = settings or get_settings()
    services = build_services(settings, migrate)
    app = FastAPI(
        title="vetlink", version="1", docs_url=None, redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        description="Vet before you link: check profiles and conversations, report "
        "approaches, triage cases.",
        form_limits={"max_part_size": settings.max_input_bytes, "max_files": 8,
                     "max_fields": 200},
    )
    app.state.services = services
    from vetlink.web import campaign_refresh

    app.state.campaigns = campaign_refresh.CampaignRefresher(
        services.engine, services.evidence, settings.campaign_refresh_seconds)
    campaign_refresh.install(services.writer, app.state.campaigns)
    errors.install(app)
    include_routes(app)
    static = str(resources.files("vetlink.web").joinpath("static"))
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(FastChecks, services=services)  # inside Guard: web/fastcheck.py
    app.add_middleware(Guard, max_body=settings.max_input_bytes * 3 + 256 * 1024)
    if settings.proxy_list():
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        # only these proxies' X-Forwarded-For / -Proto are believed (`vetlink serve` turns
        # uvicorn's own proxy-header handling off, so this is the one place that reads them)
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.proxy_list())
    extension_tokens.install(app, settings)  # per-token limits; CORS for the extension
    framework_stack = app.build_middleware_stack  # static files before even the framework's
    app.build_middleware_stack = lambda: StaticFirst(  # type: ignore[method-assign]
        framework_stack(), directory=static, headers=SECURITY_HEADERS)
    return app


def include_routes(app: FastAPI) -> None:
    from vetlink.web.routes import (
        admin,
        admin_extension,
        analyst,
        api,
        api_cases,
        campaigns,
        exposure,
        pages,
        review,
    )

    for module in (api, api_cases, exposure, pages, analyst, review, admin, admin_extension,
                   campaigns):
        app.include_router(module.router)
    from vetlink.intel import taxii_server, web

    app.include_router(taxii_server.router)
    app.include_router(web.router)
    from vetlink.web.routes import practice, practice_cases

    app.include_router(practice.router)
    app.include_router(practice_cases.router)
