"""`--version` and the `--json` summaries of ingest / analyze / run (exact output)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom import __version__
from sitroom.cli import app

runner = CliRunner()
REPORT = ("Rebels seized the port of Varna on Monday, officials said. The navy blockaded the "
          "harbour and the government called for talks.")


def test_version_prints_the_version():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output == f"sitroom {__version__}\n"


def test_ingest_json_summary_names_what_was_stored(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                            "--db", str(db), "--json"])
    assert r.exit_code == 0
    summary = json.loads(r.stdout)
    assert len(summary["added"]) == 1 and summary["already_stored"] == [str(tmp_path / "b.txt")]
    assert summary["copies"] == [] and summary["failed"] == [] and summary["database"] == str(db)


def test_run_json_prints_the_summary_instead_of_the_report(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    r = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"),
                            "--json"])
    assert r.exit_code == 0
    summary = json.loads(r.stdout)
    assert len(summary["ingest"]["added"]) == 1
    assert summary["analyze"]["analyzed"] == 1 and summary["analyze"]["documents"] == 1
    assert set(summary["analyze"]["counts"]) >= {"events", "actors", "places", "quotes", "claims"}
    r = runner.invoke(app, ["analyze", "--db", str(tmp_path / "s.db"), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["documents"] == 1
