"""How the web app answers errors: always ``{"ok": false, "error": "<one line>"}`` with its HTTP
status. A bad request names the field and what to give instead (4xx); an unexpected failure
answers a generic 500 line and the exception goes to the server log, never to the client."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import SitroomError
from .filters import FilterError

log = logging.getLogger("sitroom.web")
INTERNAL = "internal error: the server could not answer this request; the server log has the details"


class ApiError(Exception):
    """An error answered as ``{"ok": false, "error": message}`` with ``status``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status, headers=headers)


def validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    """The first few validation errors as one line: ``field: what is wrong`` (never the input)."""
    parts = []
    for e in errors[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
        parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
    return "; ".join(parts)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error its one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error(exc.status, exc.message, exc.headers)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = {
            404: f"no such page: {request.url.path}",
            405: f"{request.method} is not allowed on {request.url.path}",
        }.get(exc.status_code, str(exc.detail))
        return error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(422, validation_message(list(exc.errors())))

    @app.exception_handler(FilterError)
    async def _bad_filter(request: Request, exc: FilterError) -> JSONResponse:
        return error(400, str(exc))

    @app.exception_handler(SitroomError)
    async def _sitroom_error(request: Request, exc: SitroomError) -> JSONResponse:
        log.error("%s %s: %s", request.method, request.url.path, exc)
        return error(500, INTERNAL)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return error(500, INTERNAL)
