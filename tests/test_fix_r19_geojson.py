"""Round 19, GeoJSON: every property of both layers is a scalar (GIS tools and shapefiles drop
lists and objects); the lists are joined with '; ' as in the CSV export, an event's outlet
roles and a place's aliases are kept exactly as JSON strings (a hand-made picture)."""

from __future__ import annotations

import json

import pandas as pd

from sitroom.geo_exports import to_geojson
from test_html_report import sample_picture

_SCALARS = (str, int, float, bool, type(None))


def _properties(layer: str) -> list[dict]:
    pic = sample_picture()
    pic["events"][0]["outlets"] = {"Coast Wire": "reports", "River Post; Evening": "discusses"}
    pic["places"][0]["aliases"] = ["Varna City", "Odessos"]
    return [f["properties"] for f in to_geojson(pic, layer)["features"]]


def test_every_property_of_both_layers_is_a_scalar():
    for layer in ("events", "places"):
        props = _properties(layer)
        assert props, layer
        bad = {(k, type(v).__name__) for p in props for k, v in p.items()
               if not isinstance(v, _SCALARS)}
        assert bad == set(), layer


def test_the_events_layer_reads_into_pandas_as_flat_columns():
    frame = pd.json_normalize(_properties("events"))
    assert {"docs", "reports", "outlets", "n_outlets", "roles", "roles_json", "reported_by",
            "discussed_by"} <= set(frame.columns)
    assert not any(c.startswith("roles.") for c in frame.columns)  # no object spread into columns
    assert frame["reports"].dtype.kind == "i" and (frame["reports"] >= 1).all()
    first = frame.iloc[0]
    assert first["discussed_by"] == "River Post; Evening" and first["reported_by"] == "Coast Wire"


def test_roles_json_keeps_an_outlet_whose_name_holds_the_separator():
    first = _properties("events")[0]
    assert json.loads(first["roles_json"]) == {"Coast Wire": "reports",
                                               "River Post; Evening": "discusses"}


def test_the_places_layer_joins_aliases_and_keeps_them_as_json():
    varna = _properties("places")[0]
    assert varna["aliases"] == "Varna City; Odessos"
    assert json.loads(varna["aliases_json"]) == ["Varna City", "Odessos"]


def test_a_place_without_aliases_has_empty_ones():
    props = _properties("places")
    plain = [p for p in props if p["aliases"] == ""]
    assert plain and all(json.loads(p["aliases_json"]) == [] for p in plain)
