"""The actor network of the HTML report and the web app, drawn as inline SVG.

The graph is the one the GraphML export writes (:func:`sitroom.geo_exports.actor_graph`):
weighted edges for events (actor -> recipient), quotes about another actor (speaker -> the
actor named) and co-mentions (two actors named in one sentence). Drawn here are the actors
that are actors (:meth:`PictureView.not_an_actor` leaves out generic phrases, towns, the
outlets themselves) with the most ties, at most ``MAX_NETWORK_NODES``; every event and quote
edge between them, and the strongest co-mentions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from .geo_exports import actor_graph
from .html_common import MAX_NETWORK_NODES, OTHER_COLOUR, QUAD_COLOUR
from .html_svg import pack_components
from .picture_view import PictureView
from .report_text import counted, distinct_roles, esc, short

View = PictureView
CANDIDATES = 80  # actors (most mentioned first) the graph is built over
KIND_WEIGHT = {"event": 3.0, "quote_about": 2.0, "co_mention": 1.0}  # a tie's weight by kind
MAX_CO_MENTIONS = 2  # co-mention edges drawn per drawn actor, strongest first
QUOTE_COLOUR = "#3d5fa8"
CO_COLOUR = "#aab2bf"
KIND_COLOUR = {
    "person": "#355c9a",
    "state": "#6b4c9a",
    "government": "#6b4c9a",
    "organisation": "#2f7d8a",
    "armed_group": "#8a3b2f",
    "group": "#7a7a3a",
}
Edge = tuple[str, str, str]  # (from, to, kind: event:<quad class> | quote_about | co_mention)


def network(v: View, limit: int = MAX_NETWORK_NODES
            ) -> tuple[list[str], dict[Edge, dict[str, Any]]]:
    """The drawn actors (ids, strongest ties first) and edges: (from, to, kind) -> ``weight``
    and the ids of its ``events`` or ``quotes``. Event edges are one per quad class."""
    actors = [a for a in sorted(v.picture.get("actors", []),
                                key=lambda a: (-int(a.get("mentions") or 0), a["id"]))
              if not v.not_an_actor(a)][:CANDIDATES]
    keep = {a["id"] for a in actors}
    sub = {"actors": actors, "places": v.picture.get("places", []),
           "events": [e for e in v.picture.get("events", [])
                      if e.get("actor") in keep and e.get("recipient") in keep],
           "quotes": [q for q in v.picture.get("quotes", []) if q.get("speaker") in keep]}
    g = actor_graph(sub)
    edges: dict[Edge, dict[str, Any]] = {}
    strength: dict[str, float] = defaultdict(float)
    for a, b, data in g.edges(data=True):
        kind = data["kind"]
        key = (a, b, f"event:{data.get('quad_class') or ''}" if kind == "event" else kind)
        edge = edges.setdefault(key, {"weight": 0.0, "events": [], "quotes": []})
        edge["weight"] += float(data.get("weight") or 1.0)
        edge["events"] += (data.get("events") or "").split()
        edge["quotes"] += (data.get("quotes") or "").split()
        strength[a] += KIND_WEIGHT[kind] * float(data.get("weight") or 1.0)
        strength[b] += KIND_WEIGHT[kind] * float(data.get("weight") or 1.0)
    mentions = {a["id"]: int(a.get("mentions") or 0) for a in actors}
    nodes = sorted((a for a in strength if strength[a] > 0),
                   key=lambda a: (-strength[a], -mentions.get(a, 0), a))[:limit]
    shown = set(nodes)
    drawn = {k: e for k, e in edges.items() if k[0] in shown and k[1] in shown}
    co = sorted((k for k in drawn if k[2] == "co_mention"),
                key=lambda k: (-drawn[k]["weight"], k))
    ties = {k for k in drawn if k[2] != "co_mention"}
    pairs = {frozenset(k[:2]) for k in ties}
    kept_co = [k for k in co if frozenset(k[:2]) not in pairs][:MAX_CO_MENTIONS * len(nodes)]
    return nodes, {k: drawn[k] for k in sorted(ties | set(kept_co))}


def _curve(xy: dict[str, tuple[float, float]], radius: dict[str, float], a: str, b: str,
           bend: float) -> tuple[str, float, float]:
    """An SVG path from the rim of node ``a`` to (just before) the rim of ``b``, bent by
    ``bend`` of their distance; and the path's mid point."""
    (x1, y1), (x2, y2) = xy[a], xy[b]
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    sx, sy = x1 + ux * radius[a], y1 + uy * radius[a]
    ex, ey = x2 - ux * (radius[b] + 2), y2 - uy * (radius[b] + 2)
    cx, cy = (sx + ex) / 2 - uy * dist * bend, (sy + ey) / 2 + ux * dist * bend
    return f"M{sx:.1f} {sy:.1f}Q{cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}", cx, cy


def network_svg(v: View, width: int = 1160) -> str:
    """Actors as nodes (sized by mentions, coloured by kind); events as arrows coloured by
    PLOVER quad class, quotes about another actor as dashed arrows, co-mentions as grey
    lines; every edge's width grows with its weight."""
    nodes, edges = network(v)
    if not nodes:
        return '<p class="muted">No two actors are tied by an event, a quote or a sentence.</p>'
    xy, height = pack_components(nodes, [(a, b) for a, b, _ in edges], width)
    height = int(height + 10)
    parts = [
        f'<svg class="network" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="Network of {len(nodes)} actors"><defs>'
    ]
    for name, colour in [*QUAD_COLOUR.items(), ("other", OTHER_COLOUR), ("quote", QUOTE_COLOUR)]:
        parts.append(
            f'<marker id="arrow-{name}" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" '
            f'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{colour}"/></marker>'
        )
    parts.append("</defs>")
    mentions = {a: int(v.actors[a].get("mentions") or 1) for a in nodes}
    top = max(mentions.values()) or 1
    radius = {a: 6 + 10 * math.sqrt(mentions[a] / top) for a in nodes}
    pair_count: Counter[frozenset[str]] = Counter()
    for (a, b, kind), edge in sorted(edges.items(), key=lambda kv: (kv[0][2] != "co_mention", kv[0])):
        n = edge["weight"]
        width_ = 1.0 + 1.2 * math.sqrt(max(n - 1, 0.0))
        names = f"{v.actor_name(a)} → {v.actor_name(b)}"
        if kind == "co_mention":
            (x1, y1), (x2, y2) = xy[a], xy[b]
            parts.append(
                f'<g class="edge co" data-from="{esc(a)}" data-to="{esc(b)}" data-kind="co_mention">'
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{CO_COLOUR}" '
                f'stroke-width="{width_:.1f}"><title>{esc(v.actor_name(a))} and '
                f'{esc(v.actor_name(b))}: named together in {counted(int(n), "sentence")}'
                "</title></line></g>")
            continue
        key = frozenset((a, b))
        bend = 0.12 * (pair_count[key] + 1) * (1 if a < b else -1)
        pair_count[key] += 1
        path, _, _ = _curve(xy, radius, a, b, bend)
        if kind == "quote_about":
            href = v.record_href("quote", edge["quotes"][0])
            tip = f"{names}: {counted(int(n), 'quote')} about"
            parts.append(
                f'<g class="edge quote" data-from="{esc(a)}" data-to="{esc(b)}" '
                f'data-kind="quote_about"><a href="{esc(href)}"><path class="mk" d="{path}" '
                f'fill="none" stroke="{QUOTE_COLOUR}" stroke-dasharray="5 3" '
                f'stroke-width="{width_:.1f}" marker-end="url(#arrow-quote)">'
                f"<title>{esc(tip)}</title></path></a></g>")
            continue
        quad = kind.split(":", 1)[1]
        evs = [v.events[e] for e in edge["events"] if e in v.events]
        types = ", ".join(f"{t} {k}" for t, k in Counter(e["type"] for e in evs).most_common(4))
        tip = f"{names}: {counted(int(n), 'event')}, {(quad or 'unclassified').replace('_', ' ')} ({types})"
        colour = QUAD_COLOUR.get(quad, OTHER_COLOUR)
        href = v.record_href("ev", edge["events"][0]) if edge["events"] else "#events"
        parts.append(
            f'<g class="edge event" data-from="{esc(a)}" data-to="{esc(b)}" data-kind="event" '
            f'data-quad="{esc(quad)}"><a href="{esc(href)}"><path class="mk" d="{path}" '
            f'fill="none" stroke="{colour}" stroke-opacity=".85" stroke-width="{width_ + .5:.1f}" '
            f'marker-end="url(#arrow-{quad or "other"})"><title>{esc(tip)}</title></path></a></g>')
    for a in nodes:
        x, y = xy[a]
        actor = v.actors[a]
        tip = f"{actor['name']} ({actor.get('kind')}), {counted(actor.get('mentions', 0), 'mention')}"
        if actor.get("roles"):
            tip += " — " + "; ".join(distinct_roles(actor["roles"])[:2])
        parts.append(
            f'<g class="node" data-id="{esc(a)}"><a href="{esc(v.record_href("actor", a))}">'
            f'<circle class="net-node" cx="{x:.1f}" cy="{y:.1f}" r="{radius[a]:.1f}" '
            f'fill="{KIND_COLOUR.get(actor.get("kind") or "", "#667")}" stroke="#fff" '
            f'stroke-width="1.5"><title>{esc(tip)}</title></circle><text class="nodelbl" '
            f'x="{x:.1f}" y="{y + radius[a] + 12:.1f}" text-anchor="middle">'
            f'{esc(short(actor["name"], 28))}</text></a></g>'
        )
    parts.append("</svg>")
    kinds: dict[str, int] = defaultdict(int)
    for _, _, kind in edges:
        kinds[kind.split(":")[0]] += 1
    more = len(v.actors) - len(nodes)
    legend = (
        '<div class="legend"><b>Ties</b>: events (actor → recipient, by PLOVER quad class)'
        + "".join(f'<span style="--sw:{c}">{q.replace("_", " ")}</span>' for q, c in QUAD_COLOUR.items())
        + f'<span style="--sw:{QUOTE_COLOUR}">quoted about (dashed)</span>'
        f'<span style="--sw:{CO_COLOUR}">named in one sentence</span>'
        '</div><div class="legend"><b>Nodes</b> (actors, sized by mentions):'
        + "".join(f'<span style="--sw:{c}">{k.replace("_", " ")}</span>' for k, c in KIND_COLOUR.items())
        + "</div>"
    )
    note = (
        f'<p class="small muted">{counted(kinds["event"], "event tie")}, '
        f'{counted(kinds["quote_about"], "quote tie")}, '
        f'{counted(kinds["co_mention"], "co-mention")} (the strongest); line width grows with '
        f"the count. Hover a node to see its ties"
        f"{f'; {more} actors with fewer ties, generic phrases, towns and outlets are not drawn' if more > 0 else ''}.</p>"
    )
    return "".join(parts) + legend + note
