"""The sitroom web app: the situation picture as pages and JSON, and new reports by POST or by a
watched folder, analysed in the background.

Reads are open. ``POST /api/reports`` needs ``Authorization: Bearer <token>`` (the token the
server was started with, ``SITROOM_TOKEN`` for ``serve``); without a configured token posting is
refused (403). Every error answers ``{"ok": false, "error": "..."}`` with its HTTP status.

The API is described at ``/openapi.json``. There is no ``/docs`` page: the installed packages
ship no Swagger UI or ReDoc assets, and the app loads nothing from a CDN (it runs offline, and
its Content-Security-Policy allows scripts from itself only).

Served by ``serve`` on loopback, requests must name the server as 127.0.0.1, localhost or ::1
(the Host header), so a DNS-rebinding page cannot read the picture; see
:func:`guard.allowed_hosts` for other addresses.

The app is put together here from its parts: ``site`` (the cached picture), ``background``
(analysis and the watched folder), ``errors``, ``guard`` (headers, Host check) and the routes
(``routes_picture``, ``routes_documents``, ``routes_reports``, ``routes_timeline``).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..errors import InputError
from ..store import Store
from . import errors, routes_documents, routes_picture, routes_reports, routes_timeline
from .background import Analyzer, Background
from .errors import ApiError
from .guard import HostGuard, SecurityHeaders, allowed_hosts
from .routes_picture import JSON_ROWS, MAX_LIMIT
from .routes_reports import MAX_BODY, ReportIn
from .site import PAGE_CACHE, Site

__all__ = [
    "JSON_ROWS",
    "MAX_BODY",
    "MAX_LIMIT",
    "PAGE_CACHE",
    "ApiError",
    "Background",
    "ReportIn",
    "create_app",
    "serve",
]
SETTLE_SECONDS = 0.5  # a watched file unchanged this long is complete
DESCRIPTION = (
    "The situation picture built from news reports: events (PLOVER), actors, places, quotes "
    "and claims, each linked to the sentences that back it. Every page has a JSON twin "
    "(`/events` and `/events.json`). Filters: `actor`, `outlet`, `story`, `type`, `certainty`, "
    '`since`, `until`. Errors: `{"ok": false, "error": "..."}`.'
)


def create_app(
    db_path: str | Path,
    token: str | None = None,
    watch: Path | None = None,
    *,
    analyze: Analyzer | None = None,
    poll: float = SETTLE_SECONDS,
    hosts: Sequence[str] | None = None,
    port: int | None = None,
) -> FastAPI:
    """The web app over the database ``db_path`` (created if missing).

    ``token``: the bearer token POST /api/reports requires (None: posting refused, 403).
    ``watch``: a folder whose new files are ingested once unchanged for ``poll`` seconds.
    ``analyze(store)``: what re-analyses the store after new reports (default
    ``sitroom.pipeline.analyze``). ``hosts``: the Host names answered (with no port or
    ``port``); others get 400. None: every Host (in-process use; ``serve`` sets them)."""
    db_path = str(db_path)
    if watch is not None and not Path(watch).is_dir():
        raise InputError(str(watch), "not a folder", "give --watch a folder that reports are written to")
    Store(db_path).close()  # create and migrate once, so readers can open it read-only
    if analyze is None:
        from ..pipeline import analyze as pipeline_analyze

        analyze = pipeline_analyze
    background = Background(db_path, analyze, Path(watch) if watch else None, poll)
    site = Site(db_path, background, token)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        background.start()
        yield
        background.stop()
        site.close()

    app = FastAPI(title="sitroom", version="1", lifespan=lifespan, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None)
    app.state.background = background
    app.state.site = site
    app.mount("/static", StaticFiles(packages=[("sitroom.web", "static")]), name="static")
    errors.install(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HostGuard, names=hosts, port=port)
    for module in (routes_picture, routes_documents, routes_reports, routes_timeline):
        app.include_router(module.router(site))
    _bearer_scheme(app)
    return app


def _bearer_scheme(app: FastAPI) -> None:
    """Declare the bearer token in the OpenAPI schema."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        schema = original()
        schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = {
            "type": "http",
            "scheme": "bearer",
            "description": "the server's SITROOM_TOKEN",
        }
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def serve(
    db: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    watch: Path | None = None,
    token: str | None = None,
) -> None:
    """Run the app with uvicorn until interrupted. ``token`` defaults to $SITROOM_TOKEN; the
    Host names answered are :func:`guard.allowed_hosts` of ``host`` ($SITROOM_ALLOWED_HOSTS)."""
    import uvicorn

    token = token if token is not None else (os.environ.get("SITROOM_TOKEN") or None)
    app = create_app(db, token=token, watch=watch, hosts=allowed_hosts(host, port), port=port)
    uvicorn.run(app, host=host, port=port, log_level="info")
