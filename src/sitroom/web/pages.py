"""HTML pages of the web app, built from the report's pieces (``sitroom.html_report``).

Every function returns a complete, escaped HTML page; links to evidence go to
``/documents/<id>#doc-<id>-<start>``.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from ..html_report import (
    CERTAINTY_ORDER,
    View,
    actors_table,
    anchor,
    claims_html,
    counted,
    document_meta,
    esc,
    events_table,
    human_date,
    map_svg,
    marked_text,
    network_svg,
    parse_date,
    places_table,
    quad_legend,
    quotes_html,
    short,
    slug,
    summary_html,
    timeline_list,
    timeline_svg,
)
from ..html_sources import disputed_html, framing_html, quality_footer, sources_matrix, stories_html
from ..report_text import languages_label
from .filters import Filters, _memo
from .order import ORDER_NOTE

ALL_FILTERS = ("actor", "outlet", "story", "type", "certainty", "since", "until")
PAGE_ROWS = 200  # rows of a list page
CHART_EVENTS = 400  # the summary page's charts draw the latest this many crisis events
NAV = (
    ("/", "Summary"),
    ("/timeline", "Timeline"),
    ("/events", "Events"),
    ("/actors", "Actors"),
    ("/places", "Places"),
    ("/quotes", "Quotes"),
    ("/claims", "Claims"),
    ("/sources", "Sources"),
    ("/documents", "Reports"),
)
RECORD_PAGE = {
    "ev": "/events",
    "actor": "/actors",
    "place": "/places",
    "quote": "/quotes",
    "claim": "/claims",
    "section": "/sources",
}


def doc_href(doc: str, start: int) -> str:
    return f"/documents/{doc}#{anchor(doc, start)}"


def timeline_href(actor_id: str) -> str:
    """The address of an actor's timeline page."""
    return f"/actors/{quote(actor_id, safe=':')}/timeline"


def record_href(kind: str, rid: str) -> str:
    page = RECORD_PAGE.get(kind, "/")
    return f"{page}#{slug(rid)}" if kind == "section" else f"{page}#{kind}-{slug(rid)}"


def view(picture: dict[str, Any]) -> View:
    v = View(picture, href=doc_href, record_href=record_href)
    if isinstance(picture, Shown):
        v.__dict__.update(picture.lookups)  # the view's lookups, computed once per picture
    return v


class Shown(dict[str, Any]):
    """The picture a list page is rendered from: the whole picture's lists with the shown
    rows in place of one kind, and the lookups the view of it would compute (by id: documents,
    actors, places, events, records, record kinds, what each record overtook), taken from
    tables built once per picture instead of being recomputed over the whole picture for
    every page."""

    lookups: dict[str, Any]


_TABLES: list[dict[str, Any]] = [{"of": None}]  # the last tables, replaced whole (threads)
LOOKUP_KINDS = ("documents", "actors", "places", "events", "quotes", "claims", "links")


def _tables(full: dict[str, Any]) -> dict[str, Any]:
    """The whole picture's lookups (those of ``View(full)``), built once per picture."""
    lists = tuple(full.get(k) for k in LOOKUP_KINDS)
    hit = _TABLES[0]
    if hit["of"] is None or len(hit["of"]) != len(lists) or any(
            a is not b for a, b in zip(hit["of"], lists, strict=True)):
        v = view(full)
        hit = {"of": lists, "docs": v.docs, "actors": v.actors, "places": v.places,
               "events": v.events, "records": v.records, "record_kinds": v.record_kinds,
               "overtook": v.overtook,
               # the same tables without the events (a page with only some of them)
               "claim_quote_records": {r["id"]: r for k in ("claims", "quotes")
                                       for r in full.get(k, [])},
               "quote_claim_kinds": {r["id"]: k for k in ("quotes", "claims")
                                     for r in full.get(k, [])}}
        _TABLES[0] = hit
    return hit


def shown_picture(full: dict[str, Any], kind: str, rows: list[dict[str, Any]]) -> Shown:
    """``full`` with ``rows`` as its records of ``kind`` (events or timeline), and the lookups
    ``View`` would compute from that, without going over the whole picture."""
    t = _tables(full)
    out = Shown(full)
    out[kind] = rows
    lookups = {k: t[k] for k in ("docs", "actors", "places", "overtook")}
    if kind == "events":
        shown_events = {e["id"]: e for e in rows}
        kinds = {e["id"]: "events" for e in rows}
        lookups["events"] = shown_events
        lookups["records"] = ChainMap(t["claim_quote_records"], shown_events)
        lookups["record_kinds"] = ChainMap(t["quote_claim_kinds"], kinds)
    else:
        lookups.update(events=t["events"], records=t["records"], record_kinds=t["record_kinds"])
    out.lookups = lookups
    return out


@lru_cache(maxsize=1)
def footer() -> str:
    """The quality line of every page: read from the installed quality figures once (they
    change only with a new release of the package data)."""
    return quality_footer()


def page(title: str, here: str, body: str, query: str = "") -> str:
    nav = "".join(
        f'<a href="{href}"{" class=here" if href == here else ""}>{label}</a>' for href, label in NAV
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(title)} · sitroom</title><link rel="stylesheet" href="/static/sitroom.css">'
        '<script src="/static/sitroom.js" defer></script></head><body data-live="/api/status">'
        f'<header class="top"><a class="brand" href="/">sitroom</a><nav>{nav}</nav>'
        f'<form action="/search" method="get" role="search"><input type="search" name="q" '
        f'placeholder="Search the reports…" value="{esc(query)}" aria-label="Search"></form></header>'
        f"<main><h1>{esc(title)}</h1>{body}<footer>Every item links to the sentence that backs it. "
        f'JSON: add <code>.json</code> to a page\'s path (the summary: '
        f'<a href="/summary.json">/summary.json</a>; the API: '
        f'<a href="/openapi.json">/openapi.json</a>).{footer()}'
        "</footer></main></body></html>\n"
    )


def filter_form(picture: dict[str, Any], f: Filters, action: str, fields: tuple[str, ...]) -> str:
    """A GET form for the filters of a page (only the ``fields`` that apply to it)."""
    # the choices, each as (value, its escaped option tags before and after " selected"),
    # made once per picture
    outlets = _memo("form_outlets", picture.get("documents", []), lambda docs: _options(sorted(
        {d.get("outlet") for d in docs if d.get("outlet")})))
    types = _memo("form_types", picture.get("events", []), lambda events: _options(sorted(
        {e.get("type") for e in events if e.get("type")})))
    stories = _memo("form_stories", picture.get("stories", []), lambda stories: _options([
        (x["id"], short(x.get("title") or x["id"], 60)) for x in stories]))

    def select(name: str, options: list[tuple[str, str, str]], current: str | None) -> str:
        opts = "".join(f'{tag}{" selected" if o == current else ""}{rest}' for o, tag, rest in options)
        return f'<label>{name}<select name="{name}"><option value="">any</option>{opts}</select></label>'

    parts = []
    for name in fields:
        if name == "actor":
            parts.append(
                f'<label>actor<input name="actor" value="{esc(f.actor)}" '
                'placeholder="name or id"></label>'
            )
        elif name == "outlet":
            parts.append(select("outlet", outlets, f.outlet))
        elif name == "type":
            parts.append(select("type", types, f.type))
        elif name == "story" and stories:
            parts.append(select("story", stories, f.story))
        elif name == "certainty":
            parts.append(select("certainty", CERTAINTY_OPTIONS, f.certainty))
        elif name in ("since", "until"):
            parts.append(
                f'<label>{name}<input name="{name}" value="{esc(getattr(f, name))}" '
                f'placeholder="YYYY-MM-DD" size="11"></label>'
            )
    clear = f' <a href="{action}">clear</a>' if f.active() else ""
    return (f'<form class="filters" method="get" action="{action}">{"".join(parts)}'
            f"<button>Filter</button>{clear}</form>")


def _options(options: list[str] | list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(value, '<option value="...."', '>label</option>') of each choice, escaped."""
    pairs = [o if isinstance(o, tuple) else (o, o) for o in options]
    return [(o, f'<option value="{esc(o)}"', f">{esc(label)}</option>") for o, label in pairs]


CERTAINTY_OPTIONS = _options(list(CERTAINTY_ORDER))


@dataclass(frozen=True)
class Page:
    """Which rows of a (filtered) list a page shows: ``matched`` rows match the filters,
    ``offset``..``offset + limit`` are shown; ``path`` and ``query`` (the filters) make the
    links to the previous and next pages."""

    offset: int = 0
    limit: int = PAGE_ROWS
    matched: int | None = None
    path: str = ""
    query: tuple[tuple[str, str], ...] = ()

    def link(self, offset: int, label: str) -> str:
        params = [*self.query, ("offset", str(offset))] + (
            [("limit", str(self.limit))] if self.limit != PAGE_ROWS else []
        )
        return f'<a class="pager" href="{esc(self.path)}?{esc(urlencode(params))}">{label}</a>'


def shown(n: int, total: int, what: str, pg: Page | None = None, order: str = "") -> str:
    """'N events.' or which of how many are shown, with links to the neighbouring pages;
    ``order``: how the records are listed ('newest first ...'), said after the count."""
    pg = pg or Page()
    matched = n if pg.matched is None else pg.matched
    order = f", {order}" if order else ""
    if matched == total and n == total:
        return f'<p class="small muted">{total:,} {what}{order}.</p>'
    text = f"{total:,} {what}{order}" if matched == total else (
        f"{matched:,} of {total:,} {what} match the filters{order}")
    if n != matched:
        text += f"; {pg.offset + 1:,}–{pg.offset + n:,} shown" if n else "; none on this page"
    links = []
    if pg.offset > 0:
        links.append(pg.link(max(0, pg.offset - pg.limit), "← previous"))
    if pg.offset + n < matched:
        links.append(pg.link(pg.offset + pg.limit, "next →"))
    return f'<p class="small muted">{text}.{" " + " · ".join(links) if links else ""}</p>'


def card(title: str, body: str, ident: str = "") -> str:
    """A titled section (with ``id="ident"`` when given)."""
    attr = f' id="{esc(ident)}"' if ident else ""
    return f'<section class="card"{attr}><h2>{esc(title)}</h2>{body}</section>'



def chart_picture(picture: dict[str, Any], most: int = CHART_EVENTS) -> tuple[dict[str, Any], int]:
    """The picture the summary page's charts draw, and its number of crisis entries: the latest
    ``most`` crisis timeline entries (the timeline is in time order), at most ``most // 4``
    background ones, and their events; the whole picture when it is that small."""
    timeline = picture.get("timeline", [])
    crisis = [t for t in timeline if not t.get("historical")]
    background = [t for t in timeline if t.get("historical")]
    if len(crisis) <= most and len(background) <= most // 4:
        return picture, len(crisis)
    keep = crisis[-most:] + background[-(most // 4):]
    ids = {t.get("event") for t in keep}
    out = dict(picture)
    out["timeline"] = keep
    out["events"] = [e for e in picture.get("events", []) if e["id"] in ids]
    return out, len(crisis[-most:])


def summary_page(picture: dict[str, Any], status: dict[str, Any]) -> str:
    v = view(picture)
    note = ""
    if not picture.get("events") and not picture.get("actors"):
        note = (
            '<p class="muted">No analysed picture yet: add reports (POST /api/reports or the '
            "watched folder) and wait for the analysis.</p>"
        )
    if status.get("analyzing") or status.get("queued"):
        note += '<p class="small muted">New reports are being analysed; reload in a few seconds.</p>'
    charts, drawn = chart_picture(picture)
    crisis = sum(not t.get("historical") for t in picture.get("timeline", []))
    if drawn < crisis:
        note += (
            f'<p class="small muted">The charts draw the latest {drawn:,} of {crisis:,} crisis events; '
            'the <a href="/timeline">timeline</a> and <a href="/events">events</a> pages list all '
            "of them, with filters.</p>"
        )
    cv = view(charts)
    body = (
        note
        + summary_html(v)
        + card("Timeline", quad_legend() + timeline_svg(cv))
        + card("Where events happened", map_svg(cv))
        + card("Actor network", network_svg(cv))
    )
    return page("Situation room", "/", body)


def events_page(full: dict[str, Any], picture: dict[str, Any], f: Filters, pg: Page | None = None
                ) -> str:
    v = view(picture)
    body = (
        filter_form(full, f, "/events", ALL_FILTERS)
        + shown(len(picture["events"]), len(full.get("events", [])), "events", pg,
                ORDER_NOTE)
        + card("Events", events_table(v))
    )
    return page("Events", "/events", body)


def sources_page(full: dict[str, Any], picture: dict[str, Any], f: Filters) -> str:
    """Who reports what, the disputes with both sides, the stories and each outlet's framing."""
    v = view(picture)
    body = (
        filter_form(full, f, "/sources", ("outlet", "story", "type", "since", "until"))
        + card("Who reports what", sources_matrix(v), "matrix")
        + card("Disputed", disputed_html(v), "disputed")
        + card("Stories", stories_html(view(full), "/events"), "stories")
        + card("How each outlet frames it", framing_html(v), "framing")
    )
    return page("Sources", "/sources", body)


def timeline_page(full: dict[str, Any], picture: dict[str, Any], f: Filters, pg: Page | None = None
                  ) -> str:
    v = view(picture)
    body = (
        filter_form(full, f, "/timeline", ALL_FILTERS)
        + shown(len(picture["timeline"]), len(full.get("timeline", [])), "timeline entries", pg)
        + card("Timeline", quad_legend() + timeline_svg(v))
        + card("In order", timeline_list(v))
    )
    return page("Timeline", "/timeline", body)


def actors_page(full: dict[str, Any], picture: dict[str, Any], f: Filters, pg: Page | None = None
                ) -> str:
    v = view(picture)
    body = (
        filter_form(full, f, "/actors", ALL_FILTERS)
        + shown(len(picture["actors"]), len(full.get("actors", [])), "actors", pg)
        + card("Actor network", network_svg(v))
        + card("Actors", actors_table(v, timeline=timeline_href))
    )
    return page("Actors", "/actors", body)


def places_page(full: dict[str, Any], picture: dict[str, Any], f: Filters, pg: Page | None = None
                ) -> str:
    v = view(picture)
    body = (
        filter_form(full, f, "/places", ALL_FILTERS)
        + shown(len(picture["places"]), len(full.get("places", [])), "places", pg)
        + card("Where events happened", map_svg(v))
        + card("Places", places_table(v))
    )
    return page("Places", "/places", body)


def quotes_page(full: dict[str, Any], picture: dict[str, Any], f: Filters, pg: Page | None = None
                ) -> str:
    body = (
        filter_form(full, f, "/quotes", ("actor", "outlet", "since", "until"))
        + shown(len(picture["quotes"]), len(full.get("quotes", [])), "quotes", pg,
                ORDER_NOTE)
        + card("Quotes", quotes_html(view(picture)))
    )
    return page("Quotes", "/quotes", body)


def claims_page(full: dict[str, Any], picture: dict[str, Any], f: Filters, pg: Page | None = None
                ) -> str:
    body = (
        filter_form(full, f, "/claims", ("actor", "outlet", "story", "certainty", "since", "until"))
        + shown(len(picture["claims"]), len(full.get("claims", [])), "claims", pg,
                ORDER_NOTE)
        + card("Claims by certainty", claims_html(view(picture)))
    )
    return page("Claims", "/claims", body)


def newest_first(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reports newest published first, undated last (ties in arrival order)."""
    when = [(parse_date(d.get("published")), d) for d in docs]
    dated = sorted(((t, d) for t, d in when if t is not None), key=lambda p: p[0], reverse=True)
    return [d for _, d in dated] + [d for t, d in when if t is None]


def documents_page(picture: dict[str, Any]) -> str:
    docs = newest_first(picture.get("documents", []))
    rows = "".join(
        f'<tr><td><a href="/documents/{esc(d["id"])}">{esc(d.get("title") or "(untitled)")}</a>'
        + (f"<br><span class=small muted>near-duplicate of {esc(d['copy_of'])}</span>"
           if d.get("copy_of") else "")
        + "</td>"
        f'<td>{esc(d.get("outlet"))}</td><td class="date" title="{esc(d.get("published"))}">'
        f'{esc(human_date(d.get("published")))}</td>'
        f'<td>{esc(d.get("kind"))}</td><td>{esc(languages_label(d))}</td>'
        f'<td class="num">{esc(d.get("chars"))}</td></tr>'
        for d in docs
    )
    body = (
        f'<p class="small muted">{counted(len(docs), "report")}, newest published first '
        '(undated last; <a href="/documents.json">/documents.json</a> lists them in the order '
        "they arrived).</p>"
        '<input class="tablefilter" type="search" placeholder="Filter reports…" '
        'data-table="docs-table">'
        '<table id="docs-table"><thead><tr><th>title</th><th>outlet</th><th>published</th><th>kind</th>'
        f'<th>language</th><th class="num">chars</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return page("Reports", "/documents", card("Reports", body))


def document_page(
    meta: dict[str, Any],
    text: str,
    spans: list[tuple[int, int]],
    records: list[tuple[str, dict[str, Any]]],
    starts: Iterable[int] = (),
) -> str:
    """One report: metadata, the records it backs and its text with evidence highlighted
    (``starts``: the evidence starts a link may point at, see ``marked_text``)."""
    doc = meta["id"]
    items = []
    for kind, r in records:
        label = r.get("summary") or r.get("text") or r.get("name") or r["id"]
        prefix = {
            "events": "ev",
            "actors": "actor",
            "places": "place",
            "quotes": "quote",
            "claims": "claim",
        }[kind]
        first = next((ev for ev in r.get("evidence") or () if ev["doc"] == doc), None)
        jump = (
            f' <a class="ev" href="#{esc(anchor(doc, first["start"]))}">in text ↓</a>' if first else ""
        )
        items.append(
            f'<li><span class="muted small">{esc(kind[:-1])}</span> '
            f'<a href="{esc(record_href(prefix, r["id"]))}">{esc(short(label, 160))}</a>{jump}</li>'
        )
    backs = (
        (
            f"<details><summary>{len(records)} records rest on this report</summary>"
            f'<ul class="latest">{"".join(items)}</ul></details>'
        )
        if records
        else ""
    )
    body = (
        document_meta(meta)
        + backs
        + f'<div class="doctext" id="text">{marked_text(text, spans, doc, starts)}</div>'
    )
    return page(meta.get("title") or "(untitled report)", "/documents", body)


def search_page(query: str, hits: list[dict[str, Any]]) -> str:
    if not query:
        body = '<p class="muted">Type words to find the sentences that contain them all.</p>'
    elif not hits:
        body = f"<p>No sentence contains all of <b>{esc(query)}</b>.</p>"
    else:
        words = [w.casefold() for w in re.findall(r"\w+", query)]
        rows = []
        for h in hits:
            href = f"/documents/{h['doc']}?hl={h['start']}-{h['end']}#{anchor(h['doc'], h['start'])}"
            about = " · ".join(
                x
                for x in (
                    h.get("outlet"),
                    h.get("title"),
                    h.get("published") and human_date(h["published"]),
                )
                if x
            )
            rows.append(
                f'<li class="hit"><a href="{esc(href)}">{_bold(h["text"], words)}</a><br>'
                f'<span class="muted small">{esc(about)}</span></li>'
            )
        body = f'<p class="small muted">{len(hits)} sentences.</p><ol id="hits">{"".join(rows)}</ol>'
    return page(f"Search: {query}" if query else "Search", "/search", card("Sentences", body), query)


def _bold(text: str, words: list[str]) -> str:
    """Escaped text with the query words in bold (whole-token, case-insensitive)."""
    out = []
    for tok in re.split(r"(\w+)", text):
        out.append(f"<b>{esc(tok)}</b>" if tok and tok.casefold() in words else esc(tok))
    return "".join(out)
