"""The charts of the HTML report, drawn as inline SVG: the timeline, the map of where events
happened, and the actor network."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Any

from .picture_view import PictureView
from .report_text import (date_span, esc, human_date, short)
from .unionfind import UnionFind
from .world_map import extent, names_svg, outlines_svg
from .html_common import OTHER_COLOUR, QUAD_CLASSES, QUAD_COLOUR

View = PictureView


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


_DRAWABLE = (100, 9000)  # years an axis with its margins and ticks can span


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
        # a date at the ends of the calendar (0001, 9999) leaves no room for the axis's
        # margins: it is drawn in the column of entries with no exact date
        dated = [(sp, t) for sp, t in spans
                 if sp is not None and _DRAWABLE[0] <= sp[0].year and sp[1].year <= _DRAWABLE[1]]
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


def map_svg(v: View, width: int = 1160, height: int = 560) -> str:
    """The places of events (one mark per place, sized by its events) over the countries'
    outlines (land and borders, Natural Earth 1:110m; ``sitroom.world_map``) and a graticule,
    zoomed to the places with a margin (the whole world when they span it), in an
    equirectangular projection true to scale at the places' middle latitude. Countries with
    an event place are shaded; country names are written where they fit."""
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
    proj = extent([(p["lat"], p["lon"]) for p, _ in located], width, height)
    lon0, lon1, lat0, lat1 = proj.lon0, proj.lon1, proj.lat0, proj.lat1
    xy = proj.xy
    parts = [
        f'<svg class="map" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="Map of {len(located)} event places">'
        f'<rect width="{width}" height="{height}" fill="#dfeaf4"/>'
    ]
    span = lon1 - lon0
    step = next(s for s in (1, 2, 5, 10, 15, 30, 45, 60) if span / s <= 10)
    grid, grid_labels = [], []
    lon = math.ceil(lon0 / step) * step
    while lon <= lon1:
        x, _ = xy(0, lon)
        grid.append(f'<line class="mgrid" x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height}"/>')
        grid_labels.append(
            f'<text class="lbl" x="{x + 3:.1f}" '
            f'y="{height - 4}">{abs(lon):g}°{"E" if lon > 0 else "W" if lon < 0 else ""}</text>'
        )
        lon += step
    lat = math.ceil(lat0 / step) * step
    while lat <= lat1:
        _, y = xy(lat, 0)
        grid.append(f'<line class="mgrid" x1="0" x2="{width}" y1="{y:.1f}" y2="{y:.1f}"/>')
        grid_labels.append(
            '<text class="lbl" x="3" '
            f'y="{y - 3:.1f}">{abs(lat):g}°{"N" if lat > 0 else "S" if lat < 0 else ""}</text>'
        )
        lat += step
    # the graticule shows on the sea, the land (fill and borders) over it, then the labels
    land, shapes = outlines_svg(proj, {p.get("country_code") or "" for p, _ in located})
    parts += ['<g stroke="#c6d5e3" stroke-width=".8">', *grid, "</g>", land, *grid_labels]
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
    parts.insert(under, names_svg(shapes, proj, taken, esc))
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
