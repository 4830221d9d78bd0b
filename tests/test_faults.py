"""Fault isolation: a report whose analysis fails is that report's failure, never the batch's."""

from __future__ import annotations

from concurrent.futures import Future

import pytest
from typer.testing import CliRunner

import sitroom.extract as extract_pkg
from sitroom.cli import app
from sitroom.faults import ReportFailure
from sitroom.model import Document
from sitroom.pipeline import analyze, stream
from sitroom.store import Store

TEXTS = {
    "a": "Police in Lyon arrested twelve protesters on Monday, the interior ministry said.",
    "b": "BOOM Rebels reportedly seized the airport in Porto on Tuesday; officials denied it.",
    "c": "Troops of the army entered Lyon on Wednesday, the ministry said.",
}
runner = CliRunner()


def fill(path) -> Store:
    store = Store(path)
    for i, text in TEXTS.items():
        store.add_document(Document(id=i, text=text, content_hash="h-" + i, outlet="Wire",
                                    source=f"{i}.txt", published="2024-05-06"))
    return store


@pytest.fixture
def exploding_extract(monkeypatch):
    """extract() raising IndexError for the report that contains BOOM (as a crashing
    extractor would on one odd headline)."""
    real = extract_pkg.extract

    def fake(adoc):
        if "BOOM" in adoc.doc.text:
            return [][1]
        return real(adoc)

    monkeypatch.setattr(extract_pkg, "extract", fake)


@pytest.mark.parametrize("scheduler", ["local", "processes"])
def test_a_report_whose_extract_raises_is_failed_and_the_others_are_analysed_and_linked(
        tmp_path, exploding_extract, scheduler):
    with fill(tmp_path / "s.db") as store:
        s = analyze(store, batch_size=2, scheduler=scheduler, workers=2)
        assert s.analyzed == 2
        assert s.failed == [{"doc": "b", "source": "b.txt", "stage": "extract",
                             "error": "IndexError: list index out of range"}]
        assert {ex.doc for ex in store.extractions()} == {"a", "c"}
        assert store.has_picture() and store.picture("actors")  # linked
        states = {r["id"]: r["state"] for r in store.states()}
        assert states == {"a": "analysed", "b": "failed", "c": "analysed"}
    log = (tmp_path / "s.db.log").read_text()
    assert "Traceback" in log and "IndexError" in log and "b.txt (b): extract failed" in log


def test_failed_reports_wait_for_retry_failed(tmp_path, exploding_extract, monkeypatch):
    with fill(tmp_path / "s.db") as store:
        analyze(store)
        again = analyze(store)
        assert (again.analyzed, again.failed) == (0, [])  # skipped, not retried every run
        monkeypatch.undo()  # the extractor is fixed
        retried = analyze(store, retry_failed=True)
        assert (retried.analyzed, retried.failed) == (1, [])
        assert [r["state"] for r in store.states()] == ["analysed"] * 3
        assert store.failures() == []


def test_analyze_prints_one_line_per_failed_report_exits_1_and_no_traceback(
        tmp_path, exploding_extract):
    db = tmp_path / "s.db"
    fill(db).close()
    r = runner.invoke(app, ["analyze", "--db", str(db), "--quiet"])
    assert r.exit_code == 1
    assert r.output == (f"Error: b.txt: analysis failed (extract: IndexError: list index out of "
                        f"range); details in {db}.log\n")
    assert "Traceback" not in r.output
    r = runner.invoke(app, ["status", "--db", str(db)])
    assert r.exit_code == 0
    assert r.output == (
        f"{db}: 3 reports: 2 analysed, 0 stored (waiting for `sitroom analyze`), 1 failed\n"
        "failed    b  b.txt  (extract: IndexError: list index out of range)\n"
        "Retry the failed reports with `sitroom analyze --retry-failed`.\n")


def test_status_lists_every_report_by_state(tmp_path):
    db = tmp_path / "s.db"
    fill(db).close()
    r = runner.invoke(app, ["status", "--db", str(db), "--all"])
    assert r.exit_code == 0
    assert r.output == (f"{db}: 3 reports: 0 analysed, 3 stored (waiting for `sitroom analyze`), "
                        "0 failed\nstored    a  a.txt\nstored    b  b.txt\nstored    c  c.txt\n")


def test_a_failing_link_stage_keeps_the_previous_picture_and_says_so(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    with fill(db) as store:
        analyze(store)
        before = store.picture("actors")
        stamp = store.picture_stamp()
    from sitroom.link import picture

    def broken(*args, **kwargs):
        raise ValueError("cannot merge")

    monkeypatch.setattr(picture, "build_picture", broken)
    r = runner.invoke(app, ["analyze", "--db", str(db), "--relink", "--quiet"])
    assert r.exit_code == 1
    assert r.output == ("Error: link: building the picture failed (ValueError: cannot merge); "
                        f"the previous picture is kept; details in {db}.log\n")
    with Store(db) as store:
        assert store.picture("actors") == before and store.picture_stamp() == stamp


def test_a_failing_update_for_a_new_report_keeps_the_previous_picture(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    with fill(db) as store:
        analyze(store)
        before = store.picture("actors")
        store.add_document(Document(id="d", text="The army shelled the port of Varna.",
                                    content_hash="h-d", outlet="Wire", source="d.txt",
                                    published="2024-05-07"))
    from sitroom.link import picture

    def broken(*args, **kwargs):
        raise ValueError("cannot merge")

    monkeypatch.setattr(picture, "build_picture", broken)
    r = runner.invoke(app, ["analyze", "--db", str(db), "--quiet"])
    assert r.exit_code == 1
    assert r.output.startswith("Error: link: building the picture failed (ValueError: cannot merge)")
    with Store(db) as store:
        assert store.picture("actors") == before


def test_a_report_over_the_size_limit_fails_alone_in_a_process_pool(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_MAX_CHARS", "1000")
    with fill(tmp_path / "s.db") as store:
        store.add_document(Document(id="big", text="The army moved. " * 100,
                                    content_hash="h-big", source="big.txt"))
        s = analyze(store, batch_size=2, scheduler="processes", workers=2)
        assert s.analyzed == 3
        assert s.failed == [{"doc": "big", "source": "big.txt", "stage": "limit",
                             "error": "the report has 1,600 characters, over the limit of "
                                      "1,000 (SITROOM_MAX_CHARS)"}]


@pytest.mark.slow
def test_a_report_over_the_size_limit_fails_alone_on_dask(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("SITROOM_MAX_CHARS", "1000")
    with fill(tmp_path / "s.db") as store:
        store.add_document(Document(id="big", text="The army moved. " * 100,
                                    content_hash="h-big", source="big.txt"))
        s = analyze(store, batch_size=2, scheduler="dask", workers=1)
        assert s.analyzed == 3
        assert [f["doc"] for f in s.failed] == ["big"]


def test_a_batch_whose_worker_dies_fails_only_its_own_reports():
    def submit(batch):
        fut: Future = Future()
        if "x" in batch:
            fut.set_exception(RuntimeError("worker killed"))
        else:
            fut.set_result([("ok", batch)])
        return fut

    def wait_all(pending, return_when):
        return set(pending), set()

    out = list(stream(submit, wait_all, [["a"], ["x", "y"], ["b"]], in_flight=1))
    assert out[0] == [("ok", ["a"])] and out[2] == [("ok", ["b"])]
    assert [(f.doc, f.stage, f.error) for f in out[1]] == [
        ("x", "worker", "RuntimeError: worker killed"), ("y", "worker", "RuntimeError: worker killed")]
    assert all(isinstance(f, ReportFailure) for f in out[1])


def test_a_broken_pool_fails_the_batches_it_refuses_and_the_run_goes_on():
    calls = []

    def submit(batch):
        calls.append(batch)
        if batch == ["x"]:
            raise RuntimeError("pool broken")
        fut: Future = Future()
        fut.set_result([("ok", batch)])
        return fut

    def wait_all(pending, return_when):
        return set(pending), set()

    out = list(stream(submit, wait_all, [["a"], ["x"], ["b"]], in_flight=1))
    assert [("ok", ["a"])] in out and [("ok", ["b"])] in out
    [[refused]] = [r for r in out if isinstance(r[0], ReportFailure)]
    assert (refused.doc, refused.error) == ("x", "RuntimeError: pool broken")


def test_a_missing_model_is_the_run_s_error_not_every_report_s(tmp_path, monkeypatch):
    import sitroom.annotate
    from sitroom.errors import ModelError

    def no_model(name=None):
        raise ModelError("cannot load the spaCy model 'no_such_model_xx'", "install it")

    monkeypatch.setattr(sitroom.annotate, "load", no_model)
    db = tmp_path / "s.db"
    fill(db).close()
    r = runner.invoke(app, ["analyze", "--db", str(db), "--quiet"])
    assert r.exit_code == 1
    assert r.output.startswith("Error: cannot load the spaCy model 'no_such_model_xx'")
    with Store(db) as store:
        assert store.failures() == []


def test_the_reports_name_the_failed_report_and_how_to_retry(tmp_path, exploding_extract):
    from sitroom import html_report
    from sitroom import report as rep
    from sitroom.export import records

    with fill(tmp_path / "s.db") as store:
        analyze(store, batch_size=1)
        docs = {d["id"]: d for d in records(store, "documents")}
        md = rep.markdown(store)
        html = html_report.from_store(store)
    assert docs["b"]["state"] == "failed" and docs["a"]["state"] == "analysed"
    assert docs["b"]["error"] == "extract: IndexError: list index out of range"
    assert docs["a"]["error"] is None
    assert "### Not analysed (1)" in md
    assert "- b.txt: extract: IndexError: list index out of range" in md
    assert "1 report could not be analysed and is left out of this picture (b.txt)" in html
    assert "sitroom analyze --retry-failed" in md and "sitroom analyze --retry-failed" in html
