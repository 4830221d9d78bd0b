"""The reports themselves: their list, one report with its evidence highlighted, and
full-text search over their sentences."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from .. import html_report
from ..store import Store
from . import pages
from .errors import ApiError
from .site import Site

MAX_QUERY = 500


def one_document(site: Site, doc_id: str, hl: str | None) -> tuple[dict, str, list, list]:
    """(metadata, text, evidence spans, (kind, record)s it backs) of one report; ``hl`` =
    ``START-END`` adds a highlighted span."""
    with Store(site.db_path, create=False) as store:
        doc = store.document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document {doc_id!r}: see /documents.json for the ids")
    p = site.picture()
    meta = next((d for d in p["documents"] if d["id"] == doc_id), {"id": doc_id})
    index = site.doc_index()
    spans = index["spans"].get(doc_id, [])
    if hl:
        try:
            start, end = (int(x) for x in hl.split("-", 1))
            if not (0 <= start <= end <= len(doc.text)):
                raise ValueError
        except ValueError:
            raise ApiError(
                400, f"hl={hl[:40]!r}: give START-END character offsets, e.g. hl=0-40"
            ) from None
        spans = sorted([s for s in spans if s[1] <= start or s[0] >= end] + [(start, end)])
    return meta, doc.text, spans, index["backs"].get(doc_id, [])


def run_search(site: Site, q: str) -> list[dict[str, Any]]:
    if len(q) > MAX_QUERY:
        raise ApiError(400, f"q: the query is too long ({MAX_QUERY} characters at most)")
    with Store(site.db_path, create=False) as store:
        return store.search(q) if q.strip() else []


def router(site: Site) -> APIRouter:
    r = APIRouter()

    @r.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page() -> str:
        return site.rendered("/documents", lambda: pages.documents_page(site.picture()))

    @r.get("/documents.json", tags=["documents"], summary="Report metadata, in arrival order")
    def documents_json() -> dict[str, Any]:
        docs = site.picture()["documents"]
        return {"ok": True, "count": len(docs), "documents": docs}

    @r.get("/documents/{doc_id}.json", tags=["documents"],
           summary="One report: metadata, text and its evidence spans")
    def document_json(doc_id: str) -> dict[str, Any]:
        meta, text, spans, records = one_document(site, doc_id, None)
        return {
            "ok": True,
            "document": meta,
            "text": text,
            "evidence": [
                {"start": s, "end": e, "anchor": html_report.anchor(doc_id, s)} for s, e in spans
            ],
            "records": [{"kind": k, "id": rec["id"]} for k, rec in records],
        }

    @r.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str, hl: str | None = None) -> str:
        starts = site.doc_index()["starts"].get(doc_id, ())
        return pages.document_page(*one_document(site, doc_id, hl), starts=starts)

    @r.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = "") -> str:
        return pages.search_page(q, run_search(site, q))

    @r.get("/search.json", tags=["documents"], summary="Full-text search over the reports' sentences")
    def search_json(q: str = Query(..., description="words; every one must occur")) -> dict[str, Any]:
        hits = run_search(site, q)
        for h in hits:
            h["link"] = (
                f"/documents/{h['doc']}?hl={h['start']}-{h['end']}"
                f"#{html_report.anchor(h['doc'], h['start'])}"
            )
        return {"ok": True, "query": q, "count": len(hits), "hits": hits}

    return r
