"""GeoJSON and GraphML exports of a hand-made picture."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from sitroom.geo_exports import to_geojson, to_graphml
from test_html_report import XSS, sample_picture

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def test_geojson_has_one_point_per_located_event():
    geo = to_geojson(sample_picture())
    assert geo["type"] == "FeatureCollection"
    assert [f["id"] for f in geo["features"]] == [
        "e1",
        "e2",
        "e3",
        "e4",
        "e5",
    ]  # e6 unlocated, e7 no place
    first = geo["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [27.9167, 43.2167]}
    p = first["properties"]
    assert (p["type"], p["date"], p["actor"], p["recipient"], p["place"]) == (
        "ASSAULT",
        "2024-05-06",
        "Rebels",
        "Government",
        "Varna",
    )
    assert p["docs"] == "d1; d3" and p["outlets"] == "Coast Wire; River Post"
    assert (p["reports"], p["n_outlets"]) == (2, 2)
    assert geo["features"][4]["properties"]["recipient"] is None
    json.dumps(geo)  # serialisable as is


def test_graphml_parses_with_nodes_and_weighted_directed_edges():
    pic = sample_picture()
    pic["actors"][0]["name"] = f"Rebels & co {XSS}"
    pic["events"].append(dict(pic["events"][0], id="e8", date="2024-05-05"))  # same pair, type, class
    root = ET.fromstring(to_graphml(pic))
    graph = root.find("g:graph", NS)
    assert graph.get("edgedefault") == "directed"
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    nodes = {
        n.get("id"): {keys[d.get("key")]: d.text for d in n.findall("g:data", NS)}
        for n in graph.findall("g:node", NS)
    }
    assert len(nodes) == 5
    assert (
        nodes["a:rebels"]["name"] == f"Rebels & co {XSS}" and nodes["a:rebels"]["kind"] == "armed_group"
    )
    edges = [
        (e.get("source"), e.get("target"), {keys[d.get("key")]: d.text for d in e.findall("g:data", NS)})
        for e in graph.findall("g:edge", NS)
    ]
    assert len(edges) == 5
    a, r, data = edges[0]
    assert (
        a,
        r,
        data["type"],
        data["quad_class"],
        data["weight"],
        data["events"],
        data["first_date"],
    ) == ("a:rebels", "a:gov", "ASSAULT", "material_conflict", "2.0", "e1 e8", "2024-05-05")
    assert all(s in nodes and t in nodes for s, t, _ in edges)


def test_empty_picture_exports():
    assert to_geojson({}) == {"type": "FeatureCollection", "features": []}
    root = ET.fromstring(to_graphml({}))
    assert root.find("g:graph", NS).findall("g:node", NS) == []


def test_geojson_events_carry_outlet_roles_disputed_and_utc_dates():
    pic = sample_picture()
    pic["events"][0]["outlets"] = {"Coast Wire": "reports", "River Post": "contradicts"}
    pic["events"][0]["disputed"] = True
    p = to_geojson(pic)["features"][0]["properties"]
    assert p["roles"] == "Coast Wire: reports; River Post: contradicts"
    assert json.loads(p["roles_json"]) == {"Coast Wire": "reports", "River Post": "contradicts"}
    assert (p["reported_by"], p["corroborated_by"], p["contradicted_by"], p["discussed_by"]) == (
        "Coast Wire", "", "River Post", "")
    assert p["disputed"] is True
    assert (p["date_start"], p["date_end"]) == ("2024-05-06T00:00:00+00:00",
                                                "2024-05-07T00:00:00+00:00")


def test_geojson_places_layer_has_one_point_per_located_place():
    geo = to_geojson(sample_picture(), "places")
    assert [f["id"] for f in geo["features"]] == ["p:varna", "p:burgas", "p:sofia"]
    varna = geo["features"][0]["properties"]
    assert (varna["name"], varna["events"]) == ("Varna", 2)
    assert geo["features"][0]["geometry"]["coordinates"] == [27.9167, 43.2167]


def test_graphml_has_actors_only_and_weighted_edges_of_three_kinds():
    import io

    import networkx as nx

    pic = sample_picture()
    pic["actors"].append(dict(pic["actors"][0], id="a:varna", name="Varna"))  # a city, not an actor
    pic["events"].append(dict(pic["events"][0], id="e9", recipient="a:varna"))
    ev = {"doc": "d9", "start": 0, "end": 10, "text": "x", "sent": 4}
    pic["actors"][0]["evidence"] = [ev]
    pic["actors"][1]["evidence"] = [ev]
    pic["quotes"][0].update(speaker="a:gov", text="The Navy will not stop us.")
    g = nx.read_graphml(io.BytesIO(to_graphml(pic).encode()))
    assert "a:varna" not in g and set(g) == {a["id"] for a in sample_picture()["actors"]}
    kinds = {(a, b, d["kind"]): d["weight"] for a, b, d in g.edges(data=True)}
    assert kinds[("a:rebels", "a:gov", "event")] == 1.0
    assert kinds[("a:gov", "a:navy", "quote_about")] == 1.0
    assert kinds[("a:navy", "a:rebels", "co_mention")] == 1.0
