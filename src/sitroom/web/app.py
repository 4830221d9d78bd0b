"""The sitroom web app: the situation picture as pages and JSON, and new reports by POST or by a
watched folder, analysed in the background.

Reads are open. ``POST /api/reports`` needs ``Authorization: Bearer <token>`` (the token the
server was started with, ``SITROOM_TOKEN`` for ``serve``); without a configured token posting is
refused (403). Every error answers ``{"ok": false, "error": "..."}`` with its HTTP status.
"""

from __future__ import annotations

import hmac
import json
import os
import threading
import time
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from .. import html_report
from ..errors import InputError, SitroomError
from ..geo_exports import to_geojson, to_graphml
from ..model import Document
from ..store import Store
from . import pages
from .filters import KINDS, FilterError, Filters, filter_picture

if TYPE_CHECKING:
    from ..ingest import NearDuplicates

MAX_BODY = 1_000_000  # bytes of a posted report (JSON)
PAGE_CACHE = 64  # rendered pages kept until the picture changes
JSON_ROWS = 1000  # records of a JSON listing unless ?limit= asks for another number
MAX_LIMIT = 100_000
POLL_SECONDS = 1.0
Analyzer = Callable[[Store], Any]


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


class ApiError(Exception):
    """An error answered as ``{"ok": false, "error": message}`` with ``status``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


class Background:
    """One worker thread that re-analyses the store whenever reports were added (requests
    coalesce), and optionally a thread polling a folder for new report files."""

    def __init__(self, db_path: str, analyze: Analyzer, watch: Path | None, poll: float):
        self.db_path = db_path
        self.analyze = analyze
        self.watch = watch
        self.poll = poll
        self.lock = threading.Lock()  # one writer of new documents at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._near: NearDuplicates | None = None
        self.after_analysis: Callable[[], Any] | None = None  # reload the served picture
        self.state: dict[str, Any] = {
            "queued": False,
            "analyzing": False,
            "analyses": 0,
            "last_analysis": None,
            "last_error": None,
            "watching": None,
            "ingested_from_folder": 0,
            "ready": False,  # start-up done: stored reports indexed, picture loaded
        }

    # -------------------------------------------------------------- lifecycle
    def start(self) -> None:
        """Start the threads (idempotent)."""
        with self.lock:
            if self._threads:
                return
            self._stop.clear()
            targets = [self._work, self._warm] + ([self._watch] if self.watch else [])
            for target in targets:
                t = threading.Thread(target=target, name=f"sitroom-{target.__name__}", daemon=True)
                t.start()
                self._threads.append(t)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout=30)
        self._threads = []

    def request_analysis(self) -> None:
        self.start()
        with self._idle:
            self.state["queued"] = True
        self._wake.set()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until no analysis is queued or running; False on timeout."""
        end = time.monotonic() + timeout
        with self._idle:
            while self.state["queued"] or self.state["analyzing"]:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    # -------------------------------------------------------------- analysis
    def _work(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._stop.is_set():
                break
            with self._idle:
                if not self.state["queued"]:
                    continue
                self.state["queued"] = False
                self.state["analyzing"] = True
            ok = False
            try:
                with Store(self.db_path) as store:
                    self.analyze(store)
                self.state["last_error"] = None
                ok = True
            except Exception as exc:  # reported in /api/status; the server keeps running
                self.state["last_error"] = f"{type(exc).__name__}: {exc}"
            finally:
                with self._idle:
                    self.state["analyzing"] = False
                    self.state["analyses"] += 1
                    self.state["last_analysis"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                    self._idle.notify_all()
            if ok and self.after_analysis is not None:
                try:
                    self.after_analysis()
                except Exception as exc:  # the next request tries again
                    self.state["last_error"] = f"after the analysis: {type(exc).__name__}: {exc}"

    # -------------------------------------------------------------- new documents
    def add(self, doc: Document) -> tuple[bool, str | None]:
        """Store a new document (with its near-duplicate original, if any). Returns
        (added, copy_of); (False, None) if the same text is stored already."""
        with self.lock, Store(self.db_path) as store:
            if store.has_hash(doc.content_hash or doc.id):
                return False, None
            original = self._near_index(store).add(doc.id, doc.text)
            return store.add_document(doc, copy_of=original), original

    def _near_index(self, store: Store) -> Any:
        """The near-duplicate index of the stored reports, built once (call holding the lock)."""
        from ..ingest import NearDuplicates

        if self._near is None:
            near = NearDuplicates()
            for d in store.documents():
                near.add(d.id, d.text)
            self._near = near
        return self._near

    def _warm(self) -> None:
        """At start-up, build the near-duplicate index, so the first new report waits for
        nothing (it takes seconds on a large store), then load the picture."""
        try:
            with self.lock, Store(self.db_path) as store:
                self._near_index(store)
            if self.after_analysis is not None:
                self.after_analysis()
            self.state["ready"] = True
        except Exception as exc:  # reported in /api/status; pages load the picture themselves
            self.state["last_error"] = f"at start-up: {type(exc).__name__}: {exc}"

    def _watch(self) -> None:
        from ..ingest import MEDIA_SUFFIXES
        from ..ingest.meta import is_meta_file

        assert self.watch is not None
        self.state["watching"] = str(self.watch)
        seen: dict[Path, tuple[int, int]] = {}
        pending: dict[Path, tuple[int, int]] = {}
        while not self._stop.is_set():
            try:
                files = [
                    p
                    for p in sorted(self.watch.rglob("*"))
                    if p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(self.watch).parts)
                    and not is_meta_file(p)
                    and p.suffix.lower() not in MEDIA_SUFFIXES
                ]
                ready = []
                for p in files:
                    st = p.stat()
                    sig = (st.st_mtime_ns, st.st_size)
                    if seen.get(p) == sig:
                        continue
                    if pending.get(p) == sig:  # unchanged for one poll: completely written
                        ready.append(p)
                        seen[p] = sig
                        pending.pop(p)
                    else:
                        pending[p] = sig
                if ready:
                    self._ingest(ready)
            except (OSError, SitroomError) as exc:
                self.state["last_error"] = f"watching {self.watch}: {exc}"
            self._stop.wait(self.poll)

    def _ingest(self, files: list[Path]) -> None:
        """Store the reports of some files (with ``meta.json`` of the folder, if any), as
        ``sitroom ingest`` does, and ask for an analysis if any was new."""
        from ..ingest import IngestFailure, read_paths

        assert self.watch is not None
        meta = self.watch / "meta.json"
        added, failures = 0, []
        for item in read_paths(files, meta=meta if meta.is_file() else None):
            if isinstance(item, IngestFailure):
                failures.append(item)
            elif self.add(item)[0]:
                added += 1
        if added:
            self.state["ingested_from_folder"] += added
            self.request_analysis()
        if failures:
            self.state["last_error"] = "; ".join(str(f) for f in failures[:3])


def _document(report: ReportIn) -> Document:
    """The Document of a posted report, read like a .txt file (same cleaning, id and hash)."""
    from ..ingest import IngestFailure, content_hash, parse_updates
    from ..ingest.readers import read_text

    records = read_text("POST /api/reports", report.text)
    record = records[0]
    if isinstance(record, IngestFailure):
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


def create_app(
    db_path: str | Path,
    token: str | None = None,
    watch: Path | None = None,
    *,
    analyze: Analyzer | None = None,
    poll: float = POLL_SECONDS,
) -> FastAPI:
    """The web app over the database ``db_path`` (created if missing).

    ``token``: the bearer token POST /api/reports requires (None: posting refused, 403).
    ``watch``: a folder polled every ``poll`` seconds; new files in it are ingested.
    ``analyze(store)``: what re-analyses the store after new reports (default
    ``sitroom.pipeline.analyze``)."""
    db_path = str(db_path)
    if watch is not None and not Path(watch).is_dir():
        raise InputError(str(watch), "not a folder", "give --watch a folder that reports are written to")
    Store(db_path).close()  # create and migrate once, so readers can open it read-only
    if analyze is None:
        from ..pipeline import analyze as pipeline_analyze

        analyze = pipeline_analyze
    background = Background(db_path, analyze, Path(watch) if watch else None, poll)
    cache: dict[str, Any] = {"key": None, "picture": None, "reader": None}
    cache_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        background.start()
        yield
        background.stop()
        with cache_lock:
            if cache["reader"] is not None:
                cache["reader"].close()
                cache["reader"] = None

    app = FastAPI(
        title="sitroom",
        version="1",
        lifespan=lifespan,
        description="The situation picture built from news reports: events (PLOVER), actors, "
        "places, quotes and claims, each linked to the sentences that back it. "
        "Every page has a JSON twin (`/events` and `/events.json`). Filters: `actor`, "
        "`outlet`, `story`, `type`, `certainty`, `since`, `until`. Errors: "
        '`{"ok": false, "error": "..."}`.',
    )
    app.state.background = background
    app.mount("/static", StaticFiles(packages=[("sitroom.web", "static")]), name="static")

    # ------------------------------------------------------------------ errors
    def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse({"ok": False, "error": message}, status_code=status, headers=headers)

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
        return error(422, _validation_message(exc.errors()))

    @app.exception_handler(FilterError)
    async def _bad_filter(request: Request, exc: FilterError) -> JSONResponse:
        return error(400, str(exc))

    @app.exception_handler(SitroomError)
    async def _sitroom_error(request: Request, exc: SitroomError) -> JSONResponse:
        return error(500, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return error(500, f"internal error: {type(exc).__name__}: {exc}")

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers["Content-Security-Policy"] = (
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
            )
        return response

    # ------------------------------------------------------------------ data
    def picture() -> dict[str, Any]:
        """The current picture, cached: the records until the picture is rewritten (its stamp
        changes), the document list until any other connection commits (SQLite's
        ``data_version`` of a long-lived reading connection tells)."""
        with cache_lock:
            if cache["reader"] is None:
                cache["reader"] = Store(db_path, create=False)
            reader = cache["reader"]
            version = reader.conn.execute("PRAGMA data_version").fetchone()[0]
            if cache["key"] == version and cache["picture"] is not None:
                return cache["picture"]
            stamp = (reader.picture_stamp(), reader.has_picture())
            if cache.get("stamp") != stamp or cache["picture"] is None:
                cache["records"] = {k: reader.picture(k) if stamp[1] else [] for k in KINDS}
                cache["stamp"] = stamp
            docs = cache.get("documents") or []
            if reader.count_documents() < len(docs):  # another database in its place
                docs = []
            docs = docs + reader.document_rows(after=len(docs))  # reports are only appended
            cache["documents"] = docs
            cache["picture"] = {"format": "sitroom-picture", "version": 1, "documents": docs,
                                **cache["records"]}
            cache["key"] = version
            return cache["picture"]

    def rendered(name: str, make: Callable[[], str]) -> str:
        """A page (``name``: its path and query) that depends only on the picture and the
        analysis state, rendered once per change of either (the last PAGE_CACHE pages kept)."""
        p = picture()
        busy = bool(background.state["analyzing"] or background.state["queued"])
        with cache_lock:
            if cache.get("pages_of") != (id(p), busy):
                cache["pages_of"], cache["pages"] = (id(p), busy), {}
            if name in cache["pages"]:
                return cache["pages"][name]
        page = make()
        with cache_lock:
            if cache.get("pages_of") == (id(p), busy):
                if len(cache["pages"]) >= PAGE_CACHE:
                    cache["pages"].pop(next(iter(cache["pages"])))
                cache["pages"][name] = page
        return page

    def refresh() -> None:
        """At start-up and after an analysis: load the new picture, index it by document and
        render the summary page, so that the next requests find them ready."""
        rendered("/", lambda: pages.summary_page(picture(), background.state))
        doc_index()

    background.after_analysis = refresh

    def status() -> dict[str, Any]:
        with Store(db_path, create=False) as store:
            docs = store.count_documents()
            current = store.picture_is_current()
        return {
            "ok": True,
            "documents": docs,
            "picture_current": current,
            "posting": token is not None,
            **background.state,
        }

    def filters(
        actor: str | None = Query(None, description="actor id, or part of a name or alias"),
        outlet: str | None = Query(None, description="outlet name (exact, any case)"),
        story: str | None = Query(None, description="story id (see /stories.json)"),
        type: str | None = Query(None, description="PLOVER event type, e.g. ASSAULT"),
        certainty: str | None = Query(
            None, description="asserted | reported | unconfirmed | speculated | denied"
        ),
        since: str | None = Query(None, description="first date (ISO), inclusive"),
        until: str | None = Query(None, description="last date (ISO), inclusive"),
        language: str | None = Query(None, description="report language code, e.g. ru"),
    ) -> Filters:
        return Filters.of(
            actor=actor, outlet=outlet, story=story, type=type, certainty=certainty, since=since,
            until=until, language=language,
        )

    def window(
        offset: int = Query(0, ge=0, description="skip this many records"),
        limit: int = Query(None, ge=1, le=MAX_LIMIT, description="at most this many records"),
    ) -> tuple[int, int | None]:
        return offset, limit

    def listing(kind: str, f: Filters, rows: tuple[int, int | None] = (0, None)) -> dict[str, Any]:
        """One kind of records, filtered, ``rows`` = (offset, limit or None for JSON_ROWS)."""
        full = picture()
        chosen = filter_picture(full, f)[kind]
        offset, limit = rows[0], rows[1] or JSON_ROWS
        out = {
            "ok": True,
            "filters": f.active(),
            "count": len(chosen[offset : offset + limit]),
            "matched": len(chosen),
            "total": len(full.get(kind, [])),
            "offset": offset,
            kind: chosen[offset : offset + limit],
        }
        if offset + limit < len(chosen):
            out["next"] = f"/{kind}.json?" + urlencode([*f.active().items(), ("offset", offset + limit),
                                                       ("limit", limit)])
        return out

    html = HTMLResponse

    # ------------------------------------------------------------------ pages and JSON twins
    @app.get("/", response_class=html, include_in_schema=False)
    def home() -> str:
        return rendered("/", lambda: pages.summary_page(picture(), background.state))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/summary.json", tags=["picture"], summary="The situation now: counts and latest events")
    def summary_json() -> dict[str, Any]:
        p = picture()
        current = [t for t in p["timeline"] if not t.get("historical")]
        dated = sorted(
            (t for t in current if html_report.parse_date(t.get("date"))),
            key=lambda t: html_report.parse_date(t["date"]) or datetime.min,  # all dated
        )
        return {
            "ok": True,
            "counts": {k: len(p[k]) for k in ("documents", *KINDS)},
            "outlets": sorted({d.get("outlet") or "" for d in p["documents"]} - {""}),
            "latest": list(reversed(dated[-10:])),
            "status": status(),
        }

    def add_page(name: str, render: Callable[..., str], doc: str) -> None:
        def page_view(
            request: Request,
            f: Filters = Depends(filters),
            rows: tuple[int, int | None] = Depends(window),
        ) -> str:
            return rendered(str(request.url), lambda: make_page(f, rows))

        def make_page(f: Filters, rows: tuple[int, int | None]) -> str:
            full = picture()
            chosen = dict(filter_picture(full, f))
            offset, limit = rows[0], rows[1] or pages.PAGE_ROWS
            matched = len(chosen[name])
            chosen[name] = chosen[name][offset : offset + limit]
            pg = pages.Page(offset, limit, matched, f"/{name}", tuple(f.active().items()))
            return render(full, chosen, f, pg)

        def json_view(
            f: Filters = Depends(filters), rows: tuple[int, int | None] = Depends(window)
        ) -> dict[str, Any]:
            return listing(name, f, rows)

        app.add_api_route(
            f"/{name}", page_view, methods=["GET"], response_class=html, include_in_schema=False
        )
        app.add_api_route(
            f"/{name}.json",
            json_view,
            methods=["GET"],
            tags=["picture"],
            summary=doc,
            name=f"{name}_json",
        )

    add_page("events", pages.events_page, "Events (PLOVER), filtered")
    add_page("timeline", pages.timeline_page, "Timeline entries in time order, filtered")
    add_page("actors", pages.actors_page, "Actors, filtered")
    add_page("places", pages.places_page, "Places, filtered")
    add_page("quotes", pages.quotes_page, "Quotes, filtered")
    add_page("claims", pages.claims_page, "Claims with certainty, filtered")

    @app.get("/sources", response_class=html, include_in_schema=False)
    def sources_page(request: Request, f: Filters = Depends(filters)) -> str:
        full = picture()
        return rendered(
            str(request.url), lambda: pages.sources_page(full, filter_picture(full, f), f)
        )

    @app.get("/stories.json", tags=["picture"], summary="Stories: groups of reports on one development")
    def stories_json(f: Filters = Depends(filters)) -> dict[str, Any]:
        return listing("stories", f)

    @app.get("/framing.json", tags=["picture"],
             summary="Per outlet: distinguishing terms, tone, omissions")
    def framing_json(f: Filters = Depends(filters)) -> dict[str, Any]:
        return listing("framing", f)

    @app.get(
        "/links.json", tags=["picture"], summary="Cross-document links (copies, corroboration, disputes)"
    )
    def links_json(f: Filters = Depends(filters)) -> dict[str, Any]:
        return listing("links", f)

    @app.get("/events.geojson", tags=["exports"], summary="Events at their places (GeoJSON), filtered")
    def events_geojson(f: Filters = Depends(filters)) -> Response:
        return Response(
            json.dumps(to_geojson(filter_picture(picture(), f)), ensure_ascii=False),
            media_type="application/geo+json",
        )

    @app.get("/actors.graphml", tags=["exports"], summary="Actor network (GraphML, for Gephi), filtered")
    def actors_graphml(f: Filters = Depends(filters)) -> Response:
        return Response(to_graphml(filter_picture(picture(), f)), media_type="application/graphml+xml")

    @app.get("/documents", response_class=html, include_in_schema=False)
    def documents_page() -> str:
        return rendered("/documents", lambda: pages.documents_page(picture()))

    @app.get("/documents.json", tags=["documents"], summary="Report metadata, in arrival order")
    def documents_json() -> dict[str, Any]:
        docs = picture()["documents"]
        return {"ok": True, "count": len(docs), "documents": docs}

    def doc_index() -> dict[str, Any]:
        """Per document, its evidence spans and the (kind, record)s it backs; built once per
        picture."""
        picture()
        with cache_lock:
            records = cache["records"]
            if cache.get("index_of") is not records:
                backs: dict[str, list[tuple[str, dict[str, Any]]]] = {}
                for k in ("events", "quotes", "claims", "actors", "places"):
                    for r in records.get(k, []):
                        docs = [*(r.get("docs") or ()), *([r["doc"]] if r.get("doc") else [])]
                        for d in dict.fromkeys(docs):
                            backs.setdefault(d, []).append((k, r))
                cache["index"] = {"spans": html_report.evidence_spans(records), "backs": backs}
                cache["index_of"] = records
            return cache["index"]

    def one_document(doc_id: str, hl: str | None) -> tuple[dict, str, list[tuple[int, int]], list]:
        with Store(db_path, create=False) as store:
            doc = store.document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id!r}: see /documents.json for the ids")
        p = picture()
        meta = next((d for d in p["documents"] if d["id"] == doc_id), {"id": doc_id})
        index = doc_index()
        spans = index["spans"].get(doc_id, [])
        if hl:
            try:
                start, end = (int(x) for x in hl.split("-", 1))
            except ValueError:
                raise ApiError(
                    400, f"hl={hl!r}: give START-END character offsets, e.g. hl=0-40"
                ) from None
            spans = sorted([s for s in spans if s[1] <= start or s[0] >= end] + [(start, end)])
        return meta, doc.text, spans, index["backs"].get(doc_id, [])

    @app.get(
        "/documents/{doc_id}.json",
        tags=["documents"],
        summary="One report: metadata, text and its evidence spans",
    )
    def document_json(doc_id: str) -> dict[str, Any]:
        meta, text, spans, records = one_document(doc_id, None)
        return {
            "ok": True,
            "document": meta,
            "text": text,
            "evidence": [
                {"start": s, "end": e, "anchor": html_report.anchor(doc_id, s)} for s, e in spans
            ],
            "records": [{"kind": k, "id": r["id"]} for k, r in records],
        }

    @app.get("/documents/{doc_id}", response_class=html, include_in_schema=False)
    def document_page(doc_id: str, hl: str | None = None) -> str:
        return pages.document_page(*one_document(doc_id, hl))

    def run_search(q: str) -> list[dict[str, Any]]:
        if len(q) > 500:
            raise ApiError(400, "the query is too long (500 characters at most)")
        with Store(db_path, create=False) as store:
            return store.search(q) if q.strip() else []

    @app.get("/search", response_class=html, include_in_schema=False)
    def search_page(q: str = "") -> str:
        return pages.search_page(q, run_search(q))

    @app.get("/search.json", tags=["documents"], summary="Full-text search over the reports' sentences")
    def search_json(q: str = Query(..., description="words; every one must occur")) -> dict[str, Any]:
        hits = run_search(q)
        for h in hits:
            h["link"] = (
                f"/documents/{h['doc']}?hl={h['start']}-{h['end']}"
                f"#{html_report.anchor(h['doc'], h['start'])}"
            )
        return {"ok": True, "query": q, "count": len(hits), "hits": hits}

    @app.get("/api/status", tags=["reports"], summary="Documents, analysis state, last error")
    def api_status() -> dict[str, Any]:
        return status()

    # ------------------------------------------------------------------ posting reports
    @app.post(
        "/api/reports",
        tags=["reports"],
        status_code=202,
        summary="Add a report; it is analysed in the background",
        responses={
            200: {"description": "the same text is stored already"},
            400: {"description": "body is not JSON"},
            401: {"description": "no token"},
            403: {"description": "wrong token, or posting disabled"},
            413: {"description": "body over 1 MB"},
            422: {"description": "invalid fields"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": ReportIn.model_json_schema()}},
            },
            "security": [{"bearer": []}],
        },
    )
    async def post_report(request: Request) -> JSONResponse:
        _authorise(request, token)
        body = await _read_body(request)
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"the body is not valid JSON ({exc})") from None
        if not isinstance(data, dict):
            raise ApiError(
                422, 'the body must be a JSON object such as {"text": "...", "outlet": "..."}'
            )
        try:
            report = ReportIn.model_validate(data)
        except ValidationError as exc:
            raise ApiError(422, _validation_message(exc.errors())) from None
        doc = _document(report)
        added, copy_of = await run_in_threadpool(background.add, doc)
        if not added:
            return JSONResponse(
                {"ok": True, "id": doc.id, "duplicate": True, "document": f"/documents/{doc.id}"},
                status_code=200,
            )
        background.request_analysis()
        return JSONResponse(
            {
                "ok": True,
                "id": doc.id,
                "duplicate": False,
                "copy_of": copy_of,
                "status": "queued",
                "document": f"/documents/{doc.id}",
            },
            status_code=202,
        )

    original_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        schema = original_openapi()
        schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = {
            "type": "http",
            "scheme": "bearer",
            "description": "the server's SITROOM_TOKEN",
        }
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _authorise(request: Request, token: str | None) -> None:
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


async def _read_body(request: Request) -> bytes:
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


def _validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for e in errors[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
        parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
    return "; ".join(parts)


def serve(
    db: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    watch: Path | None = None,
    token: str | None = None,
) -> None:
    """Run the app with uvicorn until interrupted. ``token`` defaults to $SITROOM_TOKEN."""
    import uvicorn

    token = token if token is not None else (os.environ.get("SITROOM_TOKEN") or None)
    uvicorn.run(create_app(db, token=token, watch=watch), host=host, port=port, log_level="info")
