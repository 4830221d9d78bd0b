"""End to end through the CLI: bad batches, the bundled examples and the real seed articles.

These run the whole pipeline (the small spaCy model), once per corpus per test session.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, SEEDS, need
from sitroom.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


# ---------------------------------------------------------------------------- bad input


def test_bad_batch_keeps_the_good_files_and_names_each_bad_one(tmp_path):
    db = tmp_path / "a.db"
    bad = EXAMPLES / "bad"
    feed = tmp_path / "broken.rss"
    feed.write_text("<?xml version='1.0'?><rss><channel><item><title>x</title>", encoding="utf-8")
    good = EXAMPLES / "reports" / "01_bws_plovdiv_mutiny.txt"
    r = run("ingest", bad, feed, good, tmp_path / "missing.txt", "--db", db)
    assert r.exit_code == 1
    lines = r.output.splitlines()
    errors = [x for x in lines if x.startswith("Error: ")]
    # "Error: FILE: what is wrong; what to do" (a feed names its item: FILE#item 1)
    named = sorted(x.split(": ")[1].split("#")[0] for x in errors)
    assert named == sorted([
        str(bad / "binary.bin"), str(bad / "broken.html"), str(bad / "broken.json"),
        str(bad / "empty.txt"), str(bad / "undecodable.txt"),
        str(bad / "wrong_telegram" / "result.json"), str(feed), str(tmp_path / "missing.txt"),
    ])
    # each error says what to do after a semicolon
    assert all("; " in x for x in errors)
    assert f"Ingested 1 new reports, 8 failed (database: {db})." in lines
    # the good file is stored; the same batch again stores nothing new and loses nothing
    r2 = run("ingest", bad, feed, good, "--db", db)
    assert r2.exit_code == 1
    assert f"Ingested 0 new reports, 1 already stored, 7 failed (database: {db})." in (
        r2.output.splitlines())
    n = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert n == 1


# ---------------------------------------------------------------------------- examples


@pytest.fixture(scope="module")
def examples_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("examples")
    db = out / "demo.db"
    r = run("run", EXAMPLES / "reports", "--meta", EXAMPLES / "meta.json", "--db", db,
            "--out", out / "out", "--quiet")
    assert r.exit_code == 0, r.output
    picture = json.loads((out / "out" / "picture.json").read_text(encoding="utf-8"))
    return r.output, picture, db


def test_examples_report_has_its_sections(examples_run):
    output, picture, _ = examples_run
    for heading in ("What happened", "Actors", "Quotes", "Claims by certainty", "Sources"):
        assert heading in output
    docs = picture["documents"]
    # every input format of the corpus is present
    assert {d["kind"] for d in docs} >= {"text", "markdown", "html", "rss", "telegram", "jsonl"}
    # the syndicated copy is linked to its original, and counted once
    copies = [x for x in picture["links"] if x["kind"] == "copy_of"]
    assert len(copies) == 1


def test_examples_name_variants_are_one_actor(examples_run):
    _, picture, _ = examples_run
    # the corpus spells the defence minister "Aleksandar" and "Alexander"
    koralov = [a for a in picture["actors"] if "Koralov" in a["name"]]
    assert len(koralov) == 1
    assert len(koralov[0]["docs"]) >= 3


def test_examples_events_have_sources_and_evidence(examples_run):
    _, picture, _ = examples_run
    events = picture["events"]
    assert events
    assert all(e["evidence"] and e["docs"] for e in events)
    assert any(len(e["docs"]) >= 2 for e in events)  # backed by several reports
    doc_ids = {d["id"] for d in picture["documents"]}
    assert all(ev["doc"] in doc_ids for e in events for ev in e["evidence"])
    # the timeline is in time order among dated crisis events
    dates = [t["date"][:10] for t in picture["timeline"] if t["date"] and not t["historical"]]
    assert dates == sorted(dates)


def test_examples_rerun_is_a_no_op(examples_run):
    _, _, db = examples_run
    r = run("ingest", EXAMPLES / "reports", "--meta", EXAMPLES / "meta.json", "--db", db)
    assert r.exit_code == 0
    assert r.output.splitlines()[-1].startswith("Ingested 0 new reports")


# ---------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seeds_picture(tmp_path_factory):
    need(SEEDS / "meta.json")
    out = tmp_path_factory.mktemp("seeds")
    r = run("run", SEEDS, "--meta", SEEDS / "meta.json", "--db", out / "s.db", "--out", out,
            "--quiet")
    assert r.exit_code == 0, r.output
    return json.loads((out / "picture.json").read_text(encoding="utf-8"))


def _actor(picture, surname):
    """The person actors named (or also named) with ``surname``."""
    return [a for a in picture["actors"] if a["kind"] == "person" and (
        surname in a["name"] or any(surname in x for x in a["aliases"]))]


def test_seeds_people_named_in_both_reports_are_one_actor(seeds_picture):
    # one outlet writes Yevgeny, the other Evgeny: one actor, backed by both reports
    for surname in ("Prigozhin", "Putin"):
        found = _actor(seeds_picture, surname)
        assert len(found) == 1, [a["name"] for a in found]
        assert len(found[0]["docs"]) == 2


def test_seeds_places_are_on_the_map(seeds_picture):
    places = {p["name"]: p for p in seeds_picture["places"]}
    assert places["Moscow"]["country_code"] == "RU"
    rostov = [p for p in seeds_picture["places"] if p["name"].startswith("Rostov")]
    assert rostov and abs(rostov[0]["lat"] - 47.2) < 0.5


def test_seeds_hedged_claims_are_not_asserted(seeds_picture):
    hedged = [c for c in seeds_picture["claims"]
              if any(w in c["text"] for w in ("reportedly", "unconfirmed reports",
                                              "it can be assumed", "It has been reported"))]
    assert len(hedged) >= 4
    assert all(c["certainty"] != "asserted" for c in hedged)


def test_seeds_televised_quote_has_its_speaker(seeds_picture):
    putin = _actor(seeds_picture, "Putin")[0]["id"]
    tv = [q for q in seeds_picture["quotes"] if q["medium"] == "television"]
    assert tv and all(q["speaker"] == putin for q in tv)


def test_seeds_history_is_kept_apart(seeds_picture):
    crisis = [t for t in seeds_picture["timeline"] if not t["historical"] and t["date"]]
    history = [t for t in seeds_picture["timeline"] if t["historical"]]
    assert all(t["date"] >= "2023-06" for t in crisis)
    assert any(t["date"] and t["date"].startswith("1917") for t in history)
    yesterday = [t for t in crisis if "yesterday" in t["summary"]]
    assert yesterday and all(t["date"].startswith("2023-06-23") for t in yesterday)


# ---------------------------------------------------------------------------- html, geojson, graphml


def test_examples_html_report_and_field_exports(examples_run, tmp_path):
    _, picture, db = examples_run
    html = tmp_path / "report.html"
    r = run("report", "--db", db, "--format", "html", "-o", html)
    assert r.exit_code == 0 and r.output == ""
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "http://" not in page.split("<body")[0]
    r = run("export", "--db", db, "--format", "geojson")
    assert r.exit_code == 0
    features = json.loads(r.output)["features"]
    placed = [e for e in picture["events"] if e["place"]]
    assert len(features) == len(placed)
    r = run("export", "--db", db, "--format", "graphml")
    assert r.exit_code == 0 and r.output.startswith("<?xml") and "<graphml" in r.output


def test_new_formats_bad_input(examples_run, tmp_path):
    _, _, db = examples_run
    r = run("export", "--db", db, "--format", "pdf")
    assert r.exit_code == 2
    assert r.output == "Error: unknown export format 'pdf'; use json, jsonl, csv, plover, geojson, graphml\n"
    r = run("report", "--db", db, "--format", "pdf")
    assert r.exit_code == 2
    assert r.output == "Error: unknown report format 'pdf'; use terminal, md or html\n"
    target = tmp_path / "no" / "such" / "report.html"
    r = run("report", "--db", db, "--format", "html", "-o", target)
    assert r.exit_code == 1
    assert r.output == (f"Error: {target}: cannot write (No such file or directory); "
                        "choose a writable path with -o\n")
    r = run("serve", "--db", db, "--host", "0.0.0.0")
    assert r.exit_code == 2
    assert r.output == ("Error: --host 0.0.0.0 opens the app beyond this machine without a token; "
                        "set SITROOM_TOKEN, or keep the default --host 127.0.0.1\n")
    r = run("serve", "--db", tmp_path / "none.db")
    assert r.exit_code == 1
    assert r.output == (f"Error: {tmp_path / 'none.db'}: no such database; "
                        f"run `sitroom ingest REPORTS... --db {tmp_path / 'none.db'}` first\n")
