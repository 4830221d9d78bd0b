"""The actor network (GraphML, the web app's /actors.graphml) keeps the outlets that sent
reports out of its actors (they are sources), and marks an outlet only named in the texts."""

from __future__ import annotations

import io

import networkx as nx

from sitroom.geo_exports import to_graphml
from test_html_report import sample_picture


def _with_outlet_actors() -> dict:
    pic = sample_picture()
    base = pic["actors"][0]
    pic["actors"] += [dict(base, id="a:cw", name="Coast Wire", kind="outlet"),   # sent reports
                      dict(base, id="a:rp", name="RP", kind="outlet"),            # its initials
                      dict(base, id="a:tass", name="TASS", kind="outlet")]        # only named
    return pic


def test_reporting_outlets_are_sources_not_network_nodes():
    pic = _with_outlet_actors()
    outlets = {d["outlet"] for d in pic["documents"]}
    assert {"Coast Wire", "River Post"} <= outlets
    g = nx.read_graphml(io.BytesIO(to_graphml(pic).encode()))
    assert "a:cw" not in g and "a:rp" not in g


def test_an_outlet_only_named_in_the_texts_is_marked_mentioned():
    g = nx.read_graphml(io.BytesIO(to_graphml(_with_outlet_actors()).encode()))
    assert g.nodes["a:tass"]["outlet"] == "mentioned"
    assert {n for n, d in g.nodes(data=True) if d["outlet"]} == {"a:tass"}
