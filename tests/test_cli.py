"""The CLI in-process: exact messages and exit codes."""

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_help_has_an_example_for_every_command():
    for cmd in ("run", "ingest", "analyze", "status", "report", "export", "serve", "bench",
                "timeline"):
        r = run(cmd, "--help")
        assert r.exit_code == 0
        assert "Example: sitroom" in r.output, cmd
    r = run("eval", "time", "--help")
    assert r.exit_code == 0 and "Example: sitroom eval time" in r.output


def test_no_reports_is_a_usage_error(tmp_path):
    r = run("ingest", "--db", tmp_path / "a.db")
    assert r.exit_code == 2
    assert r.output == ("Error: no reports given; name files or folders, "
                        "e.g. `sitroom ingest examples/reports`\n")


def test_report_on_missing_database(tmp_path):
    db = tmp_path / "none.db"
    r = run("report", "--db", db)
    assert r.exit_code == 1
    assert r.output == (f"Error: {db}: no such database; "
                        f"run `sitroom ingest REPORTS... --db {db}` first\n")
    assert not db.exists()


def test_corrupt_database(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 1000)
    r = run("analyze", "--db", db)
    assert r.exit_code == 1
    assert r.output.startswith(f"Error: {db}: not a sitroom database or damaged")
    assert r.output.rstrip().endswith("`sitroom ingest` re-creates it")
    assert db.read_bytes() == b"garbage" * 1000  # nothing touched


def test_export_before_analyze(tmp_path):
    db = tmp_path / "a.db"
    from sitroom.store import Store

    Store(db).close()
    r = run("export", "--db", db, "--format", "json")
    assert r.exit_code == 1
    assert r.output == ("Error: the database has no analysed picture yet; run `sitroom analyze` "
                        "(or `sitroom run REPORTS...`) first\n")


def test_bad_option_values(tmp_path):
    assert run("report", "--db", tmp_path / "a.db", "--format", "pdf").exit_code == 2
    r = run("eval", "time", "--data", tmp_path / "nope")
    assert r.exit_code == 1
    assert r.output == (f"Error: {tmp_path / 'nope'}: no such file or folder; "
                        "give the benchmark's data with --data\n")


# ---------------------------------------------------------------- report html, geo exports, serve
# On a store built from the hand-made picture of test_html_report (no spaCy run).


@pytest.fixture()
def built(tmp_path):
    from test_web_api import build_store

    db = tmp_path / "web.db"
    build_store(db)
    return db


@pytest.fixture()
def unanalysed(tmp_path):
    from sitroom.store import Store

    db = tmp_path / "empty.db"
    Store(db).close()
    return db


NO_PICTURE = ("Error: the database has no analysed picture yet; run `sitroom analyze` "
              "(or `sitroom run REPORTS...`) first\n")


def test_report_html_to_a_file_and_to_stdout(built, tmp_path):
    out = tmp_path / "report.html"
    r = run("report", "--db", built, "--format", "html", "-o", out)
    assert r.exit_code == 0 and r.output == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    for section in ("summary", "timeline", "map", "network", "sources", "disputed", "framing"):
        assert f'id="{section}"' in page, section
    r = run("report", "--db", built, "--format", "html")
    assert r.exit_code == 0 and r.output == page


def test_report_bad_inputs(built, unanalysed, tmp_path):
    r = run("report", "--db", built, "--format", "pdf")
    assert (r.exit_code, r.output) == (
        2, "Error: unknown report format 'pdf'; use terminal, md or html\n")
    missing = tmp_path / "none.db"
    r = run("report", "--db", missing, "--format", "html")
    assert (r.exit_code, r.output) == (
        1, f"Error: {missing}: no such database; run `sitroom ingest REPORTS... --db {missing}` first\n")
    r = run("report", "--db", unanalysed, "--format", "html")
    assert (r.exit_code, r.output) == (1, NO_PICTURE)
    target = tmp_path / "no" / "such" / "report.html"
    r = run("report", "--db", built, "--format", "html", "-o", target)
    assert (r.exit_code, r.output) == (
        1, f"Error: {target}: cannot write (No such file or directory); "
        "choose a writable path with -o\n")
    assert not target.parent.exists()


def test_export_geojson_and_graphml(built, tmp_path):
    import xml.etree.ElementTree as ET

    from test_html_report import sample_picture

    pic = sample_picture()
    located = {p["id"] for p in pic["places"] if p["lat"] is not None}
    r = run("export", "--db", built, "--format", "geojson")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["type"] == "FeatureCollection"
    assert sorted(f["properties"]["id"] for f in data["features"]) == sorted(
        e["id"] for e in pic["events"] if e["place"] in located)
    out = tmp_path / "actors.graphml"
    r = run("export", "--db", built, "--format", "graphml", "-o", out)
    assert r.exit_code == 0 and r.output == ""
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()
    assert len(root.findall(".//g:node", ns)) == len(pic["actors"])


def test_export_bad_inputs(built, unanalysed, tmp_path):
    r = run("export", "--db", built, "--format", "pdf")
    assert (r.exit_code, r.output) == (
        2, "Error: unknown export format 'pdf'; use json, jsonl, csv, plover, geojson, graphml\n")
    for fmt in ("geojson", "graphml"):
        r = run("export", "--db", unanalysed, "--format", fmt)
        assert (r.exit_code, r.output) == (1, NO_PICTURE), fmt
    target = tmp_path / "missing-folder" / "x.geojson"
    r = run("export", "--db", built, "--format", "geojson", "-o", target)
    assert (r.exit_code, r.output) == (
        1, f"Error: {target}: cannot write (No such file or directory); "
        "choose a writable path with -o\n")


def test_serve_checks_its_inputs(built, tmp_path, monkeypatch):
    import sitroom.web.app as web

    calls = []
    monkeypatch.setattr(web, "serve", lambda db, **kw: calls.append((db, kw)))
    monkeypatch.delenv("SITROOM_TOKEN", raising=False)
    r = run("serve", "--db", built, "--host", "0.0.0.0")
    assert (r.exit_code, r.output) == (
        2, "Error: --host 0.0.0.0 opens the app beyond this machine without a token; "
        "set SITROOM_TOKEN, or keep the default --host 127.0.0.1\n")
    missing = tmp_path / "none.db"
    r = run("serve", "--db", missing)
    assert (r.exit_code, r.output) == (
        1, f"Error: {missing}: no such database; run `sitroom ingest REPORTS... --db {missing}` first\n")
    r = run("serve", "--db", built, "--watch", tmp_path / "inbox")
    assert (r.exit_code, r.output) == (
        1, f"Error: {tmp_path / 'inbox'}: no such folder; "
        "create it, or give --watch an existing folder\n")
    assert calls == []
    r = run("serve", "--db", built, "--port", "8123")
    assert r.exit_code == 0
    assert calls[-1] == (built, {"host": "127.0.0.1", "port": 8123, "watch": None, "token": None})
    monkeypatch.setenv("SITROOM_TOKEN", "t0ken")
    (tmp_path / "inbox").mkdir()
    r = run("serve", "--db", built, "--host", "0.0.0.0", "--watch", tmp_path / "inbox")
    assert r.exit_code == 0
    assert calls[-1] == (built, {"host": "0.0.0.0", "port": 8000, "watch": tmp_path / "inbox",
                                 "token": "t0ken"})
    r = run("serve", "--db", built, "--port", "http")
    assert r.exit_code == 2 and "Error: Invalid value for '--port'" in r.output


def test_eval_geo_options(tmp_path):
    # a two-article LGL file: the parts split it, the fallback is switchable
    lgl = tmp_path / "lgl.xml"
    art = ('<article docid="{i}"><text>Flooding hit Paris and Zzyzxville overnight.</text>'
           '<toponyms><toponym><start>13</start><end>18</end><gaztag geonameid="1">'
           '<lat>48.85341</lat><lon>2.3488</lon></gaztag></toponym>'
           '<toponym><start>23</start><end>33</end><gaztag geonameid="2">'
           '<lat>48.9</lat><lon>2.4</lon></gaztag></toponym></toponyms></article>')
    lgl.write_text("<articles>" + art.format(i=1) + art.format(i=2) + "</articles>")
    r = run("eval", "geo", "--data", lgl, "--part", "odd", "--no-backoff", "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    assert (result["n_articles"], result["n"], result["n_unresolved"]) == (1, 2, 1)
    assert result["acc_161"] == 0.5
    r = run("eval", "geo", "--data", lgl, "--json")
    result = json.loads(r.output)
    assert (result["n_articles"], result["n_unresolved"], result["acc_161"]) == (2, 0, 1.0)
    r = run("eval", "geo", "--data", lgl, "--part", "third")
    assert r.exit_code == 1
    assert r.output == "Error: third: unknown part; use all, even or odd\n"
