"""New reports by POST (bearer token) and the status of the background work."""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool

from ..model import Document
from .errors import ApiError, validation_message
from .site import Site

MAX_BODY = 1_000_000  # bytes of a posted report (JSON)
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "the same text is stored already"},
    400: {"description": "body is not JSON"},
    401: {"description": "no token"},
    403: {"description": "wrong token, or posting disabled"},
    413: {"description": "body over 1 MB"},
    422: {"description": "invalid fields"},
}


class ReportIn(BaseModel):
    """A report posted to ``/api/reports``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str = Field(min_length=1, description="The report's text (plain text).")
    title: str | None = Field(None, max_length=500)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date or datetime.")
    url: str | None = Field(None, max_length=2000)

    @field_validator("published")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        from ..ingest.common import iso_datetime

        if value is None or value == "":
            return None
        iso = iso_datetime(value)
        if iso is None:
            raise ValueError("not a date: use ISO 8601 such as 2024-05-06 or 2024-05-06T10:00+02:00")
        return iso

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value or None


def document_of(report: ReportIn) -> Document:
    """The Document of a posted report, read like a .txt file (same cleaning, id and hash)."""
    from ..ingest import content_hash, parse_updates
    from ..ingest.readers import Record, read_text

    records = read_text("POST /api/reports", report.text)
    record = records[0]
    if not isinstance(record, Record):  # an IngestFailure
        raise ApiError(422, f"text: {record.message}")
    digest = content_hash(record.text)
    return Document(
        id=digest[:16],
        text=record.text,
        content_hash=digest,
        title=report.title or record.own.get("title"),
        outlet=report.outlet,
        published=report.published,
        url=report.url,
        source=report.url or "POST /api/reports",
        kind="text",
        updates=parse_updates(record.text, report.published),
    )


def authorise(request: Request, token: str | None) -> None:
    if token is None:
        raise ApiError(403, "posting reports is disabled: start the server with SITROOM_TOKEN set")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(
            401,
            "send the token as 'Authorization: Bearer <SITROOM_TOKEN>'",
            {"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "the token is wrong")


async def read_body(request: Request) -> bytes:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY:
        raise ApiError(413, f"the body is {int(length)} bytes; at most {MAX_BODY} are accepted")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(413, f"the body is over {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_report(body: bytes) -> ReportIn:
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"the body is not valid JSON (line {exc.lineno}, column {exc.colno}); send a JSON object"
        ) from None
    except UnicodeDecodeError:
        raise ApiError(400, "the body is not valid JSON (not UTF-8); send UTF-8 JSON") from None
    if not isinstance(data, dict):
        raise ApiError(422, 'the body must be a JSON object such as {"text": "...", "outlet": "..."}')
    try:
        return ReportIn.model_validate(data)
    except ValidationError as exc:
        raise ApiError(422, validation_message(list(exc.errors()))) from None


def router(site: Site) -> APIRouter:
    r = APIRouter()
    background = site.background

    @r.get("/api/status", tags=["reports"], summary="Documents, analysis state, last error")
    def api_status() -> dict[str, Any]:
        return site.status()

    @r.post("/api/reports", tags=["reports"], status_code=202, responses=RESPONSES,
            summary="Add a report; it is analysed in the background",
            openapi_extra={
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": ReportIn.model_json_schema()}}},
                "security": [{"bearer": []}],
            })
    async def post_report(request: Request) -> JSONResponse:
        authorise(request, site.token)
        report = parse_report(await read_body(request))
        doc = document_of(report)
        added, copy_of = await run_in_threadpool(background.add, doc)
        if not added:
            return JSONResponse(
                {"ok": True, "id": doc.id, "duplicate": True, "document": f"/documents/{doc.id}"},
                status_code=200,
            )
        background.request_analysis()
        return JSONResponse(
            {"ok": True, "id": doc.id, "duplicate": False, "copy_of": copy_of, "status": "queued",
             "document": f"/documents/{doc.id}"},
            status_code=202,
        )

    return r
