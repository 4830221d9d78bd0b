"""The picture's pages and their JSON twins: summary, the record lists (with filters and
offset/limit), sources, stories, framing, links, and the GeoJSON and GraphML exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from .. import html_report, html_sources
from ..geo_exports import to_geojson, to_graphml
from ..picture_view import PictureView
from . import pages
from .filters import KINDS, Filters, filter_picture
from .order import ORDER_NOTE, ORDERED
from .site import Site

JSON_ROWS = 1000  # records of a JSON listing unless ?limit= asks for another number
MAX_LIMIT = 100_000
Rows = tuple[int, int | None]
LISTS = (
    ("events", pages.events_page, "Events (PLOVER), filtered"),
    ("timeline", pages.timeline_page, "Timeline entries in time order, filtered"),
    ("actors", pages.actors_page, "Actors, filtered"),
    ("places", pages.places_page, "Places, filtered"),
    ("quotes", pages.quotes_page, "Quotes, filtered"),
    ("claims", pages.claims_page, "Claims with certainty, filtered"),
)


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
    offset: int = Query(0, ge=0, le=10**9, description="skip this many records"),
    limit: int = Query(None, ge=1, le=MAX_LIMIT, description="at most this many records"),
) -> Rows:
    return offset, limit


def listing(site: Site, kind: str, f: Filters, rows: Rows = (0, None)) -> dict[str, Any]:
    """One kind of records, filtered, ``rows`` = (offset, limit or None for JSON_ROWS)."""
    return _listing(site, kind, f, rows)[0]


def _listing(site: Site, kind: str, f: Filters, rows: Rows) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the listing, the whole picture it was taken from)."""
    full, chosen = site.filtered(f, kind)
    offset, limit = rows[0], rows[1] or JSON_ROWS
    out = {
        "ok": True,
        "filters": f.active(),
        "count": len(chosen[offset : offset + limit]),
        "matched": len(chosen),
        "total": len(full.get(kind, [])),
        "offset": offset,
        **({"order": ORDER_NOTE} if kind in ORDERED else {}),
        kind: chosen[offset : offset + limit],
    }
    if offset + limit < len(chosen):
        out["next"] = f"/{kind}.json?" + urlencode(
            [*f.active().items(), ("offset", offset + limit), ("limit", limit)]
        )
    return out, full


def listing_response(site: Site, kind: str, f: Filters, rows: Rows = (0, None)) -> Response:
    """:func:`listing` as a response whose records are the store's JSON text of them, spliced
    in (the same JSON; records are not decoded and encoded again)."""
    out, full = _listing(site, kind, f, rows)
    texts = site.stored_text(full, kind, out[kind])
    if texts is None:
        return json_response(out)
    head = {k: v for k, v in out.items() if k not in (kind, "next")}
    body = _dumps(head)[:-1] + f",{_dumps(kind)}:[{','.join(texts)}]"
    if "next" in out:
        body += f',"next":{_dumps(out["next"])}'
    return Response(body + "}", media_type="application/json")


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def json_response(data: Any, media_type: str = "application/json") -> Response:
    """JSON written by the json module at once (the records are plain JSON already)."""
    return Response(_dumps(data), media_type=media_type)


def summary(site: Site) -> dict[str, Any]:
    """Counts, outlets and the latest events (computed once per picture) and the status."""
    p = site.picture()
    cached = site.cache.get("summary")
    if cached is None or cached[0] is not p:
        cached = (p, _summary(p))
        site.cache["summary"] = cached
    return {**cached[1], "status": site.status()}


def _summary(p: dict[str, Any]) -> dict[str, Any]:
    current = [t for t in p["timeline"] if not t.get("historical")]
    pairs = [(d, t) for t in current if (d := html_report.parse_date(t.get("date")))]
    dated = [t for _, t in sorted(pairs, key=lambda pair: pair[0])]
    return {
        "ok": True,
        "counts": {k: len(p[k]) for k in ("documents", *KINDS)},
        "outlets": sorted({d.get("outlet") or "" for d in p["documents"]} - {""}),
        "latest": list(reversed(dated[-10:])),
    }


def add_list(router: APIRouter, site: Site, name: str, render: Callable[..., str], doc: str) -> None:
    """``/<name>`` (an HTML page of PAGE_ROWS records) and ``/<name>.json``."""

    def make_page(f: Filters, rows: Rows) -> str:
        full, records = site.filtered(f, name)
        offset, limit = rows[0], rows[1] or pages.PAGE_ROWS
        matched = len(records)
        if name in ("events", "timeline"):  # a view of the shown rows only
            chosen: dict[str, Any] = pages.shown_picture(full, name,
                                                          list(records[offset : offset + limit]))
        else:
            chosen = dict(filter_picture(full, f))
            chosen[name] = records[offset : offset + limit]
        pg = pages.Page(offset, limit, matched, f"/{name}", tuple(f.active().items()))
        return render(full, chosen, f, pg)

    def page_view(request: Request, f: Filters = Depends(filters),
                  rows: Rows = Depends(window)) -> str:
        return site.rendered(str(request.url), lambda: make_page(f, rows))

    def json_view(f: Filters = Depends(filters), rows: Rows = Depends(window)) -> Response:
        return listing_response(site, name, f, rows)

    router.add_api_route(f"/{name}", page_view, methods=["GET"], response_class=HTMLResponse,
                         include_in_schema=False)
    router.add_api_route(f"/{name}.json", json_view, methods=["GET"], tags=["picture"],
                         summary=doc, name=f"{name}_json")


def router(site: Site) -> APIRouter:
    """The picture's routes over ``site``."""
    r = APIRouter()

    @r.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        return site.rendered("/", lambda: pages.summary_page(site.picture(), site.background.state))

    @r.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @r.get("/summary.json", tags=["picture"], summary="The situation now: counts and latest events")
    def summary_json() -> Response:
        return json_response(summary(site))

    for name, render, doc in LISTS:
        add_list(r, site, name, render, doc)

    @r.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    def sources_page(request: Request, f: Filters = Depends(filters)) -> str:
        full = site.picture()
        return site.rendered(
            str(request.url), lambda: pages.sources_page(full, filter_picture(full, f), f)
        )

    @r.get("/sources.json", tags=["picture"],
           summary="Who reports what (matrix), disputes with both sides, stories, framing")
    def sources_json(f: Filters = Depends(filters)) -> Response:
        full = site.picture()
        data = html_sources.sources_json(PictureView(filter_picture(full, f)),
                                         full.get("stories", []))
        return json_response({"ok": True, "filters": f.active(), **data})

    for name, doc in (
        ("stories", "Stories: groups of reports on one development"),
        ("framing", "Per outlet: distinguishing terms, tone, omissions"),
        ("links", "Cross-document links (copies, corroboration, disputes)"),
    ):
        add_whole(r, site, name, doc)

    @r.get("/events.geojson", tags=["exports"], summary="Events at their places (GeoJSON), filtered")
    def events_geojson(f: Filters = Depends(filters)) -> Response:
        return json_response(to_geojson(filter_picture(site.picture(), f)), "application/geo+json")

    @r.get("/actors.graphml", tags=["exports"], summary="Actor network (GraphML, for Gephi), filtered")
    def actors_graphml(f: Filters = Depends(filters)) -> Response:
        return Response(to_graphml(filter_picture(site.picture(), f)),
                        media_type="application/graphml+xml")

    return r


def add_whole(router: APIRouter, site: Site, name: str, doc: str) -> None:
    """``/<name>.json``: a kind listed with filters (no page of its own)."""

    def view(f: Filters = Depends(filters)) -> Response:
        return listing_response(site, name, f)

    router.add_api_route(f"/{name}.json", view, methods=["GET"], tags=["picture"], summary=doc,
                         name=f"{name}_json")
