"""The web application: `create_app(store)` → a FastAPI app serving the pages, their JSON
twins under `/api/`, and the vendored static files. It only reads the store.

Every error, from a bad parameter to an unknown route, comes back in one shape:
`{"ok": false, "error": "...", "errors": [...], "status": 404}`. A browser asking for an
HTML page gets that same error rendered as a page.

A query string over `MAX_QUERY` bytes (8 KiB as sent, percent-encoded) is refused with 414
and E027 before any route runs: the longest filters the API takes (`text` up to 200
characters, `actor` up to 100) fit in it several times over even fully percent-encoded.
Requests too long for uvicorn itself to parse get the same answer from
`communique/web/server.py`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from communique import __version__
from communique.errors import CommuniqueError, FilterError, StoreError
from communique.settings import default
from communique.store import Store
from communique.web import api, pages
from communique.store.actor_index import ActorIndex
from communique.store.detail import NotFound

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
# Article text is untrusted: scripts only from our own origin, no plugins, no framing.
# ECharts sets inline styles on its tooltips, hence 'unsafe-inline' for styles only.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
MAX_QUERY: int = default("max_query_bytes")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def create_app(store: Store, *, csp: str | None = CSP) -> FastAPI:
    """The web UI and JSON API over `store` (open it with `read_only=True`).

    `csp` is the Content-Security-Policy sent with every response. Only tests pass `None`
    (no policy), to show that the pages' own escaping holds without it; nothing in the
    command line or the configuration reaches this argument.
    """
    headers = dict(SECURITY_HEADERS)
    if csp is None:
        del headers["Content-Security-Policy"]
    else:
        headers["Content-Security-Policy"] = csp
    app = FastAPI(title="communique", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.store = store
    app.state.security_headers = headers
    app.state.actor_index = ActorIndex()
    app.state.cache = {}
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.globals["version"] = __version__
    app.state.templates = Jinja2Templates(env=env)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for kind, handler in ((HTTPException, http_error), (RequestValidationError, invalid),
                          (NotFound, not_found), (StoreError, not_found),
                          (FilterError, bad_filter),
                          (Exception, server_error)):
        app.add_exception_handler(kind, handler)

    @app.middleware("http")
    async def query_size(request: Request, call_next: Any) -> Response:
        size = len(request.scope.get("query_string", b""))
        if size > MAX_QUERY:
            return error_response(request, 414, str(CommuniqueError("E027", size=size,
                                                                     limit=MAX_QUERY)))
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.update(headers)
        return response

    return app


def error_response(request: Request, status: int, error: str,
                   errors: list[str] | None = None) -> Response:
    """The one error shape; rendered as a page for a browser asking for HTML."""
    body: dict[str, Any] = {"ok": False, "error": error, "errors": errors or [error],
                            "status": status}
    wants_html = "text/html" in request.headers.get("accept", "")
    if wants_html and not request.url.path.startswith("/api"):
        return request.app.state.templates.TemplateResponse(
            request, "error.html", pages.context(request, "error", f"Error {status}", **body),
            status_code=status, headers=request.app.state.security_headers)
    return JSONResponse(body, status_code=status, headers=request.app.state.security_headers)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = f"Not found: {request.url.path} — the pages are listed at /, the API at /api"
    else:
        message = str(exc.detail)
    return error_response(request, exc.status_code, message)


async def invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [_describe(e) for e in exc.errors()]
    return error_response(request, 422, "Invalid request: " + "; ".join(errors), errors)


def _describe(error: Any) -> str:
    """One validation error as "limit: Input should be less than or equal to 1000"."""
    where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "request"
    if error.get("type") == "extra_forbidden":
        return f"{where}: unknown parameter — see /api for the parameters each endpoint takes"
    return f"{where}: {error.get('msg', 'invalid')}"


async def bad_filter(request: Request, exc: Exception) -> Response:
    """A filter value that means nothing (E030–E035): the same message as the CLI's."""
    return error_response(request, 422, f"Invalid request: {exc}", [str(exc)])


async def not_found(request: Request, exc: Exception) -> Response:
    return error_response(request, 404, str(exc))


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path, exc_info=exc)
    return error_response(request, 500, f"Internal error ({type(exc).__name__}) — see the "
                                        "server's log")
