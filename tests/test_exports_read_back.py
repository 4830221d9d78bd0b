"""The examples and the seeds, exported in every format, read back by the tools users use
(pandas, networkx; geopandas where it is installed)."""

from __future__ import annotations

import io
import json

import networkx as nx
import pandas as pd
import pytest
from conftest import EXAMPLES, SEEDS, need
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.export import DATE_FIELDS, KINDS
from sitroom.plover_export import FIELDS as PLOVER_FIELDS

runner = CliRunner()


def run(*args) -> str:
    r = runner.invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.output


@pytest.fixture(scope="module", params=["examples", "seeds"])
def corpus_db(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param)
    if request.param == "examples":
        reports, meta = EXAMPLES / "reports", EXAMPLES / "meta.json"
    else:
        reports, meta = need(SEEDS), need(SEEDS / "meta.json")
    run("run", reports, "--meta", meta, "--db", out / "p.db", "--quiet")
    return out / "p.db"


def _date_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if c.endswith(("_start", "_end"))]


def test_every_kind_reads_back_in_csv_and_jsonl_with_every_date_parsed(corpus_db):
    for kind in KINDS:
        csv_text = run("export", "--db", corpus_db, "--format", "csv", "--what", kind)
        lines = run("export", "--db", corpus_db, "--format", "jsonl", "--what", kind)
        if not lines.strip():
            continue
        df = pd.read_csv(io.StringIO(csv_text))
        dj = pd.read_json(io.StringIO(lines), lines=True)
        assert len(df) == len(dj) > 0, kind
        for field in DATE_FIELDS.get(kind, ()):
            for col in (f"{field}_start", f"{field}_end"):
                assert col in df.columns, (kind, col)
                parsed = pd.to_datetime(df[col], utc=True)  # raises on any unparseable value
                assert parsed.notna().sum() == df[field].notna().sum() - sum(
                    1 for v in df[field].dropna() if not str(v)[:1].isdigit()), (kind, col)
    events = pd.read_csv(io.StringIO(run("export", "--db", corpus_db, "--format", "csv")))
    assert {"lat", "lon", "date_start", "date_end", "date_precision"} <= set(events.columns)
    placed = events[events["place"].notna()]
    assert placed["lat"].between(-90, 90).all() and placed["lon"].between(-180, 180).all()


def test_json_plover_geojson_and_graphml_read_back(corpus_db):
    picture = json.loads(run("export", "--db", corpus_db, "--format", "json"))
    events = pd.json_normalize(picture["events"])
    assert len(events) == len(picture["events"]) > 0
    plover = pd.read_json(io.StringIO(run("export", "--db", corpus_db, "--format", "plover")),
                          lines=True)
    assert tuple(plover.columns) == PLOVER_FIELDS and len(plover) == len(events)
    assert plover["intensity"].between(-10, 10).all()
    assert pd.to_datetime(plover["eventDateStart"].dropna(), utc=True).notna().all()
    for layer, records in (("events", [e for e in picture["events"] if e["lat"] is not None]),
                           ("places", [p for p in picture["places"] if p["lat"] is not None])):
        geo = json.loads(run("export", "--db", corpus_db, "--format", "geojson",
                             "--what", layer))
        assert len(geo["features"]) == len(records), layer
        assert {f["id"] for f in geo["features"]} == {r["id"] for r in records}
    g = nx.read_graphml(io.StringIO(run("export", "--db", corpus_db, "--format", "graphml")))
    place_names = {p["name"] for p in picture["places"] if p["feature"] != "country"}
    assert g.number_of_nodes() > 0
    assert not {d["name"] for _, d in g.nodes(data=True)} & place_names
    assert {d["kind"] for *_, d in g.edges(data=True)} <= {"event", "quote_about", "co_mention"}
    assert all(d["weight"] >= 1 for *_, d in g.edges(data=True))


def test_geojson_refuses_a_kind_it_has_no_layer_for(corpus_db):
    r = runner.invoke(app, ["export", "--db", str(corpus_db), "--format", "geojson",
                            "--what", "quotes"])
    assert r.exit_code == 1
    assert r.output == ("Error: --what quotes: GeoJSON has two layers; use --what events "
                        "(the default) or --what places\n")


def test_geojson_reads_back_with_geopandas_where_installed(corpus_db, tmp_path):
    gpd = pytest.importorskip("geopandas")
    for layer in ("events", "places"):
        f = tmp_path / f"{layer}.geojson"
        run("export", "--db", corpus_db, "--format", "geojson", "--what", layer, "-o", f)
        frame = gpd.read_file(f)
        assert len(frame) == len(json.loads(f.read_text(encoding="utf-8"))["features"])
