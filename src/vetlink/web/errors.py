"""One error handler: a VetlinkError or HTTP error becomes JSON (for /api and clients that
ask for JSON) or an HTML page, with the same status, title and message."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from vetlink.errors import InputError, VetlinkError
from vetlink.web.auth import SESSION_COOKIE
from vetlink.web.deps import LoginRequired

log = logging.getLogger("vetlink.web")

TITLES = {400: "Bad request", 401: "Not signed in", 403: "Forbidden", 404: "Not found",
          405: "Method not allowed", 413: "Input too large", 415: "Unsupported format",
          422: "Invalid input", 429: "Too many attempts", 500: "Internal error",
          501: "Not available", 503: "Busy", 504: "Check took too long"}


class Unprocessable(InputError):
    status = 422
    title = "Invalid input"


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, title: str, message: str) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 and wants_json(request) else None
    if wants_json(request):
        body = {"error": {"status": status, "title": title, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    from vetlink.web.render import render

    response = render(request, "error.html", status_code=status, title=title, detail=message)
    if status == 401:
        response.delete_cookie(SESSION_COOKIE, path="/")
    return response


async def on_vetlink_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, VetlinkError)
    response = error_response(request, exc.status, exc.title, exc.message)
    response.headers.update(getattr(exc, "headers", None) or {})
    return response


async def on_too_deep(request: Request, exc: Exception) -> Response:
    """Input nested so deeply that reading it ran out of stack: the input's fault."""
    log.warning("input nested too deeply on %s %s", request.method, request.url.path)
    return error_response(request, 400, "Bad input", "the input is nested too deeply")


async def on_out_of_range(request: Request, exc: Exception) -> Response:
    """A number too large for the database (an id of 2**64...): the input's fault."""
    log.warning("number out of range on %s %s", request.method, request.url.path)
    return error_response(request, 422, "Invalid input", "a number in the request is out "
                          "of range")


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    message = exc.detail if isinstance(exc.detail, str) else TITLES.get(status, "Error")
    response = error_response(request, status, TITLES.get(status, "Error"), message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        problems.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
    return error_response(request, 422, "Invalid input", "; ".join(problems))


async def on_login_required(request: Request, exc: Exception) -> Response:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    reason = getattr(exc, "reason", "")
    if wants_json(request):
        return error_response(request, 401, "Not signed in", reason or "sign in first")
    from urllib.parse import quote

    why = "&expired=1" if reason else ""
    return RedirectResponse(f"/login?next={quote(target, safe='')}{why}", status_code=303)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("internal error on %s %s", request.method, request.url.path)
    return error_response(request, 500, "Internal error",
                          "something went wrong on our side; the error was logged")


def install(app: FastAPI) -> None:
    app.add_exception_handler(VetlinkError, on_vetlink_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(LoginRequired, on_login_required)
    app.add_exception_handler(RecursionError, on_too_deep)
    app.add_exception_handler(OverflowError, on_out_of_range)
    app.add_exception_handler(DataError, on_out_of_range)
    app.add_exception_handler(Exception, on_unexpected)
