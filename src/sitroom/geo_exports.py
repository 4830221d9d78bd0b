"""Exports for map and graph tools: GeoJSON (events at their places, for QGIS, kepler.gl, ...)
and GraphML (the actor network, for Gephi, yEd, networkx, ...).

Both take a picture as laid out in docs/format.md (``export.picture_dict``) or its typed form
(:class:`sitroom.records.Picture`), and read typed records.
"""

from __future__ import annotations

import io
import json
import re
from itertools import combinations
from typing import Any

import networkx as nx

from . import timeval
from .picture_view import place_acts
from .records import Actor, Event, Picture, as_picture


# an outlet's role in an event -> the flat property listing the outlets of that role
_ROLE_COLUMNS = (("reports", "reported"), ("corroborates", "corroborated"),
                 ("contradicts", "contradicted"), ("discusses", "discussed"))


def _joined(values: list[str]) -> str:
    """A list as one GeoJSON property: its items joined with ``; `` (as the CSV export)."""
    return "; ".join(str(v) for v in values)


def to_geojson(picture: Picture | dict[str, Any], what: str = "events") -> dict[str, Any]:
    """A GeoJSON FeatureCollection with one Point feature per event whose place has
    coordinates (``[lon, lat]``, RFC 7946 order), in the picture's event order.

    Properties are scalars only (round 19: GIS tools and shapefiles drop lists and objects):
    ``id``, ``type``, ``mode``, ``quad_class``, ``date``, ``date_precision``, ``certainty``,
    ``historical``, ``actor`` / ``recipient`` (names, or the words used), ``place`` (name),
    ``place_id``, ``country_code``, ``summary``, ``docs`` (ids) and ``reports`` (their
    number), ``outlets`` and ``n_outlets``; ``roles`` (``outlet: role; ...``, a role being
    reports | corroborates | contradicts | discusses) and ``roles_json`` (the same as a JSON
    object, exact whatever the outlets' names hold), ``reported_by``, ``corroborated_by``,
    ``contradicted_by``, ``discussed_by`` (outlets), ``disputed``, and ``date_start`` /
    ``date_end`` (UTC). Lists are joined with ``; `` as in the CSV export. Events without a
    located place are left out. ``what="places"`` gives the places layer instead
    (:func:`places_geojson`)."""
    pic = as_picture(picture)
    if what == "places":
        return places_geojson(pic)
    places = {p.id: p for p in pic.places}
    actors = {a.id: a.name for a in pic.actors}
    outlets = pic.outlet_of()
    features = []
    for e in pic.events:
        p = places.get(e.place or "")
        if p is None or p.lat is None or p.lon is None:
            continue
        docs = list(e.docs)
        roles = dict(e.outlets)
        named = list(dict.fromkeys(outlets.get(d, d) for d in docs))
        span = timeval.iso_fields(e.date)
        features.append(
            {
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": [float(p.lon), float(p.lat)]},
                "properties": {
                    "id": e.id,
                    "type": e.type,
                    "mode": e.mode,
                    "quad_class": e.quad_class,
                    "date": e.date,
                    "date_precision": e.date_precision,
                    "certainty": e.certainty,
                    "historical": bool(e.historical),
                    "actor": actors.get(e.actor or "") or e.actor_text,
                    "recipient": actors.get(e.recipient or "") or e.recipient_text,
                    "place": p.name,
                    "place_id": p.id,
                    "country_code": p.country_code,
                    "summary": e.summary,
                    "docs": _joined(docs),
                    "reports": len(docs),
                    "outlets": _joined(named),
                    "n_outlets": len(named),
                    "roles": "; ".join(f"{o}: {r}" for o, r in roles.items()),
                    "roles_json": json.dumps(roles, ensure_ascii=False),
                    **{f"{by}_by": _joined([o for o, r in roles.items() if r == role])
                       for role, by in _ROLE_COLUMNS},
                    "disputed": bool(e.disputed),
                    "date_start": span["start"],
                    "date_end": span["end"],
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def places_geojson(picture: Picture | dict[str, Any]) -> dict[str, Any]:
    """The places layer: one Point feature per located place, with ``id``, ``name``,
    ``country_code``, ``feature``, ``geonameid``, ``mentions``, ``reports`` (number of
    documents), ``events`` (number of events there), ``disputed_events``, ``aliases`` (joined
    with ``; ``) and ``aliases_json`` (the list as a JSON array); scalars only."""
    pic = as_picture(picture)
    events: dict[str, list[Event]] = {}
    for e in pic.events:
        if e.place:
            events.setdefault(e.place, []).append(e)
    features = []
    for p in pic.places:
        if p.lat is None or p.lon is None:
            continue
        evs = events.get(p.id, [])
        features.append({
            "type": "Feature",
            "id": p.id,
            "geometry": {"type": "Point", "coordinates": [float(p.lon), float(p.lat)]},
            "properties": {
                "id": p.id, "name": p.name, "country_code": p.country_code,
                "feature": p.feature, "geonameid": p.geonameid,
                "mentions": int(p.mentions or 0), "reports": len(p.docs),
                "events": len(evs), "disputed_events": sum(bool(e.disputed) for e in evs),
                "aliases": _joined(list(p.aliases)),
                "aliases_json": json.dumps(list(p.aliases), ensure_ascii=False),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _place_names(picture: Picture) -> dict[str, str]:
    """The picture's places by folded name and alias: their feature."""
    names: dict[str, str] = {}
    for p in picture.places:
        for n in (p.name, *p.aliases):
            names.setdefault(n.casefold(), p.feature or "")
    return names


def _mentions(text: str, actor: Actor) -> bool:
    """Whether ``text`` names the actor (its name or an alias of two letters or more)."""
    names = [actor.name, *actor.aliases]
    return any(len(n) > 2 and re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _reporting_outlets(picture: Picture) -> set[str]:
    """The outlets that sent reports (folded), with their initials ("Coast Wire" -> "cw"):
    they are the picture's sources, not actors in it."""
    from .link.framing import outlet_initials

    outlets = {d["outlet"] for d in picture.documents if d.get("outlet")}
    return {o.casefold() for o in outlets} | {outlet_initials(o) for o in outlets} - {""}


def actor_graph(picture: Picture | dict[str, Any]) -> nx.MultiDiGraph:
    """The actor network (networkx): a node per actor that is not a place of the picture nor
    an outlet that sent reports (those are sources, not actors), with ``name``, ``kind``,
    ``mentions``, ``reports`` (how many reports name it) and ``outlet`` (``mentioned`` for an
    outlet only named in the texts, which sent no report here; else empty), and weighted
    edges of three kinds, keyed by kind:

    - ``event``: actor -> recipient, one edge per (type, quad class) with ``weight`` = number
      of events, ``events`` (ids, space-separated), ``type``, ``quad_class``, ``first_date``;
    - ``quote_about``: speaker -> an actor the quote names, ``weight`` = number of quotes,
      ``quotes`` (ids);
    - ``co_mention``: two actors named in the same sentence (from the smaller id to the
      larger), ``weight`` = number of such sentences."""
    pic = as_picture(picture)
    g = nx.MultiDiGraph()
    places = _place_names(pic)
    sources = _reporting_outlets(pic)
    actors = {a.id: a for a in pic.actors  # a place that acts is an actor (picture_view)
              if place_acts(places.get(a.name.casefold(), "country"), a.kind)
              and a.name.casefold() not in sources}
    for actor in actors.values():
        g.add_node(actor.id, name=actor.name, kind=actor.kind or "",
                   mentions=int(actor.mentions or 0), reports=len(actor.docs),
                   outlet="mentioned" if actor.kind == "outlet" else "")
    edges: dict[tuple[str, str, str, str], list[Event]] = {}
    for e in pic.events:
        ea, er = e.actor, e.recipient
        if ea in actors and er in actors and ea != er and ea and er:
            edges.setdefault((ea, er, e.type or "", e.quad_class or ""), []).append(e)
    for (a, r, typ, quad), evs in edges.items():
        dates = sorted(e.date for e in evs if e.date)
        g.add_edge(a, r, key=f"event:{typ}:{quad}", kind="event", type=typ, quad_class=quad,
                   weight=float(len(evs)), events=" ".join(e.id for e in evs),
                   first_date=dates[0] if dates else "")
    about: dict[tuple[str, str], list[str]] = {}
    for q in pic.quotes:
        sp = q.speaker
        if sp is None or sp not in actors:
            continue
        for other in actors.values():
            if other.id != sp and _mentions(q.text or "", other):
                about.setdefault((sp, other.id), []).append(q.id)
    for (a, r), ids in about.items():
        g.add_edge(a, r, key="quote_about", kind="quote_about", weight=float(len(ids)),
                   quotes=" ".join(ids))
    sentences: dict[tuple[str, int], set[str]] = {}
    for actor in actors.values():
        for ev in actor.evidence:
            sent = ev.sent if ev.sent is not None else ev.start
            sentences.setdefault((ev.doc, sent), set()).add(actor.id)
    pairs: dict[tuple[str, str], int] = {}
    for named in sentences.values():
        for a, b in combinations(sorted(named), 2):
            pairs[a, b] = pairs.get((a, b), 0) + 1
    for (a, b), n in pairs.items():
        g.add_edge(a, b, key="co_mention", kind="co_mention", weight=float(n))
    return g


def to_graphml(picture: Picture | dict[str, Any]) -> str:
    """The actor network of :func:`actor_graph` as GraphML (directed, written by networkx;
    node ids are the picture's actor ids, edge ids the edge kinds)."""
    buf = io.BytesIO()
    nx.write_graphml(actor_graph(picture), buf, encoding="utf-8", named_key_ids=True)
    return buf.getvalue().decode("utf-8")
