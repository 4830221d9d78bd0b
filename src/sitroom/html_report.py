"""The situation report as ONE self-contained HTML file, and the HTML pieces the web app reuses.

Everything is drawn here, in Python: SVG charts (timeline, map, actor network), tables, quotes,
claims and the report texts with their evidence sentences highlighted. No network, no CDN, no
third-party JavaScript: the style sheet and the small script are ``web/static/sitroom.css`` and
``web/static/sitroom.js``, inlined. Every piece of report text goes through :func:`esc`.

Evidence anchors: the sentence ``start``..``end`` of document ``D`` is ``<mark id="doc-D-start">``;
every item links to it (``#doc-D-start`` in the file, ``/documents/D#doc-D-start`` in the app).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
from collections import Counter, defaultdict
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, Template
from markupsafe import Markup

from .model import DATED_BY_TEXT
from .picture_view import PictureView
from .report_actors import SUMMARY_ACTORS, main_actors
from .html_common import (  # noqa: F401  (re-exported: the HTML pieces the web app uses)
    CERTAINTY_ORDER,
    MAX_FILE_DOCS,
    MAX_FILE_ROWS,
    MAX_NAMED_OUTLETS,
    MAX_NETWORK_NODES,
    OTHER_COLOUR,
    QUAD_CLASSES,
    QUAD_COLOUR,
    _hedge,
    asset,
    badge,
    emphasise,
)
from .html_network import network, network_svg  # noqa: F401  (re-exported)
from .html_svg import (  # noqa: F401  (re-exported: the HTML pieces the web app uses)
    layout,
    map_svg,
    pack_components,
    quad_legend,
    timeline_svg,
)
from .html_tables import (  # noqa: F401  (re-exported: the HTML pieces the web app uses)
    CLAIMS_ORDER,
    actors_table,
    claims_html,
    current,
    document_meta,
    events_table,
    evidence_spans,
    evidence_starts,
    history_html,
    latest_summary,
    marked_text,
    overtaken_note,
    places_table,
    quotes_html,
    timeline_list,
)
from .report_text import (KIND_PREFIX, PART_NAMES, Href, anchor, as_said, clean_sentence,  # noqa: F401
                          counted, date_span, esc, human_date, local_href, local_record_href,
                          parse_date, short, slug, span_words)

View = PictureView  # the name the report pieces and the web app use
FOLD_ITEMS = 12  # a section with more items (rows, quotes, outlets) is folded at first



# --------------------------------------------------------------------------- summary


def summary_html(v: View, latest: int = 6) -> str:
    """The situation now: sources, counts, latest developments, main actors and places."""
    p = v.picture
    docs = p.get("documents", [])
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in docs})
    published = sorted(d["published"] for d in docs if d.get("published"))
    span = (span_words(human_date(published[0]), human_date(published[-1])) if published
            else "undated")
    copies = sum(1 for d in docs if d.get("copy_of"))
    more = len(outlets) - MAX_NAMED_OUTLETS
    out = ['<section class="card" id="summary"><h2>Situation now</h2>']
    out.append(
        f'<p class="lede">{counted(len(docs), "report")} from {counted(len(outlets), "outlet")} '
        f"({esc(', '.join(outlets[:MAX_NAMED_OUTLETS]))}"
        f"{f' and {more:,} more' if more > 0 else ''})"
        f", published {esc(span)}"
        + (f"; {copies:,} near-duplicate cop{'ies' if copies > 1 else 'y'} counted "
           "once" if copies else "")
        + ".</p>"
    )
    failed = [d for d in docs if d.get("state") == "failed"]
    if failed:
        names = ", ".join(esc(d.get("source") or d["id"]) for d in failed[:MAX_NAMED_OUTLETS])
        verb = "is" if len(failed) == 1 else "are"
        out.append(f'<p class="muted" id="failed">{counted(len(failed), "report")} could not be '
                   f"analysed and {verb} left out of this picture ({names}"
                   f"{' and more' if len(failed) > MAX_NAMED_OUTLETS else ''}): see "
                   "<code>sitroom status</code>; <code>sitroom analyze --retry-failed</code> "
                   "tries again.</p>")
    out.append(
        '<div class="stats">'
        + "".join(
            f'<span class="stat"><b>{len(p.get(k, [])):,}</b>{k}</span>'
            for k in ("events", "actors", "places", "quotes", "claims")
        )
        + "</div>"
    )
    quads = Counter(e.get("quad_class") for e in p.get("events", []) if not e.get("historical"))
    if quads:
        out.append(
            '<p class="small">Crisis events by kind: '
            + " · ".join(f"{badge('quad', q)} {quads[q]}" for q in QUAD_CLASSES if quads.get(q))
            + "</p>"
        )
    recent, types = latest_entries(v, latest)
    out.append('<div class="grid2"><div><h3>Latest developments</h3>')
    if not recent:
        out.append('<p class="muted">No events were found.</p>')
    else:
        out.append('<ul class="latest">')
        for t in recent:
            e = v.events[t["event"]]
            out.append(
                f'<li><span class="muted small">{esc(human_date(t.get("date")))}</span> '
                f"{badge('quad', e.get('quad_class'))} "
                f"<b>{esc(', '.join(types[e.get('summary') or e['id']]))}</b> "
                f'<a href="{esc(v.record_href("ev", e["id"]))}">{esc(short(e.get("summary"), 200))}</a>'
                f' {_hedge(e)} <span class="muted small">[{v.sources(e.get("docs", []))}]</span></li>'
            )
        out.append("</ul>")
    corroborated = sorted(
        (e for e in p.get("events", []) if len(e.get("docs", [])) > 1), key=lambda e: -len(e["docs"])
    )[:4]
    if corroborated:
        out.append('<h3>Backed by several reports</h3><ul class="latest">')
        for e in corroborated:
            out.append(
                f'<li><b>{esc(e["type"])}</b> <a href="{esc(v.record_href("ev", e["id"]))}">'
                f"{esc(short(e.get('summary'), 160))}</a> "
                f'<span class="muted small">[{len(e["docs"])} reports: {v.sources(e["docs"])}]</span>'
                '</li>'
            )
        out.append("</ul>")
    out.append("</div><div><h3>Main actors</h3>")
    actors = main_actors(p, SUMMARY_ACTORS, v)
    out.append(
        '<ul class="latest">'
        + "".join(
            f'<li><a href="{esc(v.record_href("actor", a["id"]))}">{esc(a["name"])}</a> '
            f'<span class="muted small">{esc(a.get("kind"))}'
            f'{", " + esc(a["roles"][0]) if a.get("roles") else ""}'
            f" · {counted(a.get('mentions', 0), 'mention')} in "
            f"{counted(len(a.get('docs', [])), 'report')}</span></li>"
            for a in actors
        )
        + "</ul>"
        if actors
        else '<p class="muted">No actors were found.</p>'
    )
    places = sorted(p.get("places", []), key=lambda x: -x.get("mentions", 0))[:6]
    if places:
        out.append(
            "<h3>Main places</h3><p>"
            + ", ".join(
                f'<a href="{esc(v.record_href("place", x["id"]))}">{esc(x["name"])}</a>'
                f'<span class="muted small"> ({x.get("mentions", 0)})</span>'
                for x in places
            )
            + "</p>"
        )
    disputed = {ln["to"] for ln in p.get("links", []) if ln.get("kind") == "contradicts"}
    disputed |= {r["id"] for k in ("events", "claims") for r in p.get(k, []) if r.get("disputed")}
    claims = Counter(c.get("certainty") for c in p.get("claims", []))
    if claims:
        out.append(
            "<h3>Claims</h3><p>"
            + " ".join(f"{badge('certainty', c)} {claims[c]}" for c in CERTAINTY_ORDER if claims.get(c))
            + (
                f' · <a href="{esc(v.record_href("section", "disputed"))}">{len(disputed)} disputed</a>'
                if disputed
                else ""
            )
            + "</p>"
        )
    out.append("</div></div></section>")
    return "\n".join(out)


def latest_entries(v: View, latest: int) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The ``latest`` newest crisis timeline entries, one per sentence (the undated fill up in
    timeline order), and per sentence (an event's summary) the types of all its events."""
    current = [t for t in v.picture.get("timeline", [])
               if not t.get("historical") and t["event"] in v.events]
    dated = [t for t in current if parse_date(t.get("date"))]
    order = lambda t: (parse_date(t["date"]), t.get("order", 0))  # noqa: E731
    # developments first: events with an actor, not speculation, dated by the text (or a
    # live-blog entry) or carried by several reports; then the rest (dated by publication)
    first = [t for t in dated if _development(v.events[t["event"]])]
    rest = [t for t in dated if not _development(v.events[t["event"]])]
    newest = heapq.nlargest(latest * 4, first, key=order) + heapq.nlargest(latest * 4, rest, key=order)
    recent: list[dict[str, Any]] = []
    keys: set[str] = set()
    for t in [*newest, *current]:
        e = v.events[t["event"]]
        key = e.get("summary") or e["id"]
        if key not in keys:
            keys.add(key)
            recent.append(t)
            if len(recent) == latest:
                break
    types: dict[str, list[str]] = defaultdict(list)  # one line per sentence, with all its events
    for t in recent:  # the shown event's type first: the line's badge is its class
        e = v.events[t["event"]]
        types[e.get("summary") or e["id"]].append(e["type"])
    for e in v.picture.get("events", []):
        key = e.get("summary") or e["id"]
        if key in keys and e["type"] not in types[key]:
            types[key].append(e["type"])
    return recent, types


def _development(e: dict[str, Any]) -> bool:
    """An event that reads as a development of the situation, not commentary around it."""
    if not (e.get("actor") or e.get("actor_text")) or e.get("certainty") == "speculated":
        return False
    return e.get("date_source") in DATED_BY_TEXT or len(e.get("docs", [])) > 1


# --------------------------------------------------------------------------- the file


NAV = (
    ("summary", "Summary"),
    ("timeline", "Timeline"),
    ("map", "Map"),
    ("network", "Network"),
    ("events", "Events"),
    ("quotes", "Quotes"),
    ("claims", "Claims"),
    ("sources", "Sources"),
    ("disputed", "Disputed"),
    ("stories", "Stories"),
    ("framing", "Framing"),
    ("actors", "Actors"),
    ("places", "Places"),
    ("documents", "Reports"),
)


@cache
def _template(name: str) -> Template:
    """A page template of ``sitroom/data/templates``, autoescaped."""
    env = Environment(loader=PackageLoader("sitroom", "data/templates"), autoescape=True,
                      keep_trailing_newline=True)
    return env.get_template(name)


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def render(picture: dict[str, Any], texts: dict[str, str],
           key_actors: list[dict[str, Any]] | None = None) -> str:
    """One self-contained HTML situation report for a picture (docs/format.md; "documents"
    gives the report metadata) and the report texts (document id -> full text).

    Produces an HTML page with no external reference: summary, timeline, map, actor network,
    events, quotes, claims by certainty, sources matrix, disputed links, actors, places and
    every report's text with its evidence sentences highlighted (``#doc-<id>-<start>``);
    ``key_actors``: the "Key actors: what each did" section (:mod:`sitroom.report_actors`)."""
    from . import report_actors
    from .html_sources import disputed_html, framing_html, quality_footer, sources_matrix, stories_html

    v = View(picture)
    script = asset("sitroom.js")
    spans, starts = evidence_spans(picture), evidence_starts(picture)
    if key_actors:
        spans = report_actors.merge_spans(spans, report_actors.sentence_spans(key_actors))
    docs = picture.get("documents", [])
    events, n_events = _capped(current(picture.get("events", [])), MAX_FILE_ROWS)
    quotes, n_quotes = _capped(picture.get("quotes", []), MAX_FILE_ROWS)
    claims, n_claims = _capped(current(picture.get("claims", [])), MAX_FILE_ROWS,
                               lambda c: (c.get("certainty") or "asserted") == "asserted")
    actors, n_actors = _capped(picture.get("actors", []), MAX_FILE_ROWS)
    places, n_places = _capped(picture.get("places", []), MAX_FILE_ROWS)
    disputes = sum(ln.get("kind") == "contradicts" for ln in picture.get("links", []))
    # (id, title, html, how many items: a section of more than FOLD_ITEMS is folded)
    sections = [
        ("", "", summary_html(v), 0),
        ("timeline", "Timeline", quad_legend() + timeline_svg(v), 0),
        *([("key-actors", "Key actors: what each did", report_actors.html(key_actors, spans),
            0)] if key_actors else []),
        ("map", "Where events happened", map_svg(v), 0),
        ("network", "Actor network", network_svg(v), 0),
        ("events", "Events", events_table(v, events) + _more_rows(n_events, "events"),
         len(events) + n_events),
        ("quotes", "Quotes", quotes_html(v, quotes) + _more_rows(n_quotes, "quotes"),
         len(quotes) + n_quotes),
        ("claims", "Claims by certainty", claims_html(v, claims) + _more_rows(n_claims, "claims"),
         len(claims) + n_claims),
        ("sources", "Who reports what", sources_matrix(v), len(v.outlets())),
        ("disputed", "Disputed", disputed_html(v), disputes),
        ("stories", "Stories", stories_html(v), len(picture.get("stories") or [])),
        ("framing", "How each outlet frames it", framing_html(v),
         len(picture.get("framing") or [])),
        ("actors", "Actors", actors_table(v, actors) + _more_rows(n_actors, "actors"),
         len(actors) + n_actors),
        ("places", "Places", places_table(v, places) + _more_rows(n_places, "places"),
         len(places) + n_places),
    ]
    unit = {"sources": "outlets", "disputed": "contradictions", "framing": "outlets",
            "claims": "claims", "quotes": "quotes", "events": "events", "stories": "stories",
            "actors": "actors", "places": "places"}
    shown = {ev["doc"] for r in (*events, *quotes, *claims, *actors, *places)
             for ev in r.get("evidence") or ()} | set(
                 report_actors.sentence_spans(key_actors or []))
    docs, n_docs = _capped(docs, MAX_FILE_DOCS, lambda d: d["id"] not in shown)
    reports = []
    for d in docs:
        doc_text = texts.get(d["id"])
        reports.append({
            "id": d["id"], "title": d.get("title"), "outlet": d.get("outlet"),
            "published": human_date(d["published"]) if d.get("published") else "",
            "evidence": len(spans.get(d["id"], [])),
            "meta": Markup(document_meta(d)),
            "text": Markup(marked_text(doc_text, spans.get(d["id"], []), d["id"],
                                       starts.get(d["id"], ()))
                           if doc_text is not None else "<i>text not available</i>"),
        })
    return _template("report.html").render(
        title="Situation report", nav=NAV, csp=_csp(script), css=Markup(asset("sitroom.css")),
        script=Markup(script), docs=reports, more_docs=Markup(_more_rows(n_docs, "reports")),
        fold_docs=len(docs) > FOLD_ITEMS, docs_note=f"{len(docs) + n_docs:,} reports",
        sections=[{"id": k, "title": t, "html": Markup(h), "fold": n > FOLD_ITEMS,
                   "note": f"{n:,} {unit.get(k, '')}"} for k, t, h, n in sections],
        footer=Markup(quality_footer()))


def _capped(records: list[dict[str, Any]], cap: int, later: Any = None
            ) -> tuple[list[dict[str, Any]], int]:
    """At most ``cap`` of ``records`` in their order, and how many were left out: those for
    which ``later(record)`` is false first, then the ones backed by more reports."""
    if len(records) <= cap:
        return records, 0
    rank = sorted(range(len(records)), key=lambda i: (
        bool(later(records[i])) if later else False, -len(records[i].get("docs") or ()), i))
    keep = sorted(rank[:cap])
    return [records[i] for i in keep], len(records) - cap


def _more_rows(n: int, what: str) -> str:
    return (f'<p class="muted small">{n:,} more {what} are not in this file: see them in '
            "<code>sitroom serve</code> or <code>sitroom export</code>.</p>" if n else "")


def from_store(store: Any) -> str:
    """The HTML report of a Store's current picture (raises SitroomError if not analysed)."""
    from .export import picture_dict
    from .report_actors import key_actors

    picture = picture_dict(store)
    return render(picture, {d.id: d.text for d in store.documents()},
                  key_actors(store, picture))
