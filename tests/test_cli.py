"""The CLI in-process: exact messages and exit codes."""

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_help_has_an_example_for_every_command():
    for cmd in ("run", "ingest", "analyze", "report", "export", "serve", "bench"):
        r = run(cmd, "--help")
        assert r.exit_code == 0
        assert "Example: sitroom" in r.output, cmd
    r = run("eval", "time", "--help")
    assert r.exit_code == 0 and "Example: sitroom eval time" in r.output


def test_no_reports_is_a_usage_error(tmp_path):
    r = run("ingest", "--db", tmp_path / "a.db")
    assert r.exit_code == 2
    assert r.output == "Error: no reports given; name files or folders, e.g. `sitroom ingest examples/reports`\n"


def test_report_on_missing_database(tmp_path):
    db = tmp_path / "none.db"
    r = run("report", "--db", db)
    assert r.exit_code == 1
    assert r.output == f"Error: {db}: no such database; run `sitroom ingest REPORTS... --db {db}` first\n"
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
    assert r.output == f"Error: {tmp_path / 'nope'}: no such file or folder; give the benchmark's data with --data\n"
