"""Exports for map and graph tools: GeoJSON (events at their places, for QGIS, kepler.gl, ...)
and GraphML (the actor network, for Gephi, yEd, networkx, ...).

Both take a picture as laid out in docs/format.md (``export.picture_dict``).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr


def to_geojson(picture: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection with one Point feature per event whose place has
    coordinates (``[lon, lat]``, RFC 7946 order), in the picture's event order.

    Properties: ``id``, ``type``, ``mode``, ``quad_class``, ``date``, ``date_precision``,
    ``certainty``, ``historical``, ``actor`` / ``recipient`` (names, or the words used),
    ``place`` (name), ``place_id``, ``country_code``, ``summary``, ``docs`` (ids) and
    ``outlets``. Events without a located place are left out."""
    places = {p["id"]: p for p in picture.get("places", [])}
    actors = {a["id"]: a["name"] for a in picture.get("actors", [])}
    outlets = {
        d["id"]: d.get("outlet") or d.get("title") or d["id"] for d in picture.get("documents", [])
    }
    features = []
    for e in picture.get("events", []):
        p = places.get(e.get("place"))
        if not p or p.get("lat") is None or p.get("lon") is None:
            continue
        docs = list(e.get("docs", []))
        features.append(
            {
                "type": "Feature",
                "id": e["id"],
                "geometry": {"type": "Point", "coordinates": [float(p["lon"]), float(p["lat"])]},
                "properties": {
                    "id": e["id"],
                    "type": e.get("type"),
                    "mode": e.get("mode"),
                    "quad_class": e.get("quad_class"),
                    "date": e.get("date"),
                    "date_precision": e.get("date_precision"),
                    "certainty": e.get("certainty"),
                    "historical": bool(e.get("historical")),
                    "actor": actors.get(e.get("actor")) or e.get("actor_text"),
                    "recipient": actors.get(e.get("recipient")) or e.get("recipient_text"),
                    "place": p["name"],
                    "place_id": p["id"],
                    "country_code": p.get("country_code"),
                    "summary": e.get("summary"),
                    "docs": docs,
                    "outlets": list(dict.fromkeys(outlets.get(d, d) for d in docs)),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


_NODE_KEYS = (("name", "string"), ("kind", "string"), ("mentions", "int"), ("reports", "int"))
_EDGE_KEYS = (
    ("type", "string"),
    ("quad_class", "string"),
    ("weight", "double"),
    ("events", "string"),
    ("first_date", "string"),
)


def to_graphml(picture: dict[str, Any]) -> str:
    """The actor network as GraphML (directed): every actor is a node (``name``, ``kind``,
    ``mentions``, ``reports``); every (actor, recipient, type, quad class) of the events
    that name both is one edge with ``weight`` = number of events, ``events`` = their ids
    (space-separated) and ``first_date``. Node and edge ids are the picture's ids."""
    actors = picture.get("actors", [])
    known = {a["id"] for a in actors}
    edges: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
    for e in picture.get("events", []):
        a, r = e.get("actor"), e.get("recipient")
        if a in known and r in known:
            edges.setdefault((a, r, e.get("type") or "", e.get("quad_class") or ""), []).append(e)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for name, typ in _NODE_KEYS:
        lines.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{typ}"/>')
    for name, typ in _EDGE_KEYS:
        lines.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{typ}"/>')
    lines.append('  <graph id="actors" edgedefault="directed">')
    for a in actors:
        data = {
            "name": a["name"],
            "kind": a.get("kind") or "",
            "mentions": int(a.get("mentions") or 0),
            "reports": len(a.get("docs") or []),
        }
        lines.append(
            f"    <node id={quoteattr(a['id'])}>"
            + "".join(f'<data key="n_{k}">{escape(str(v))}</data>' for k, v in data.items())
            + "</node>"
        )
    for i, ((a, r, typ, quad), evs) in enumerate(edges.items()):
        dates = sorted(e["date"] for e in evs if e.get("date"))
        data = {
            "type": typ,
            "quad_class": quad,
            "weight": float(len(evs)),
            "events": " ".join(e["id"] for e in evs),
            "first_date": dates[0] if dates else "",
        }
        lines.append(
            f'    <edge id="e{i}" source={quoteattr(a)} target={quoteattr(r)}>'
            + "".join(f'<data key="e_{k}">{escape(str(v))}</data>' for k, v in data.items())
            + "</edge>"
        )
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"
