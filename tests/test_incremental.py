"""The incremental link path gives the picture a full relink gives, row for row and in the
same order; kill -9 in the middle of an incremental write leaves the previous picture whole,
and a rerun completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES
from sitroom.bench import generate_reports
from sitroom.link.incremental import needs_update, update
from sitroom.link.partition import components, doc_keys
from sitroom.pipeline import analyze, extraction_version, ingest, process_documents
from sitroom.store import Store

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def rows(store: Store) -> tuple[list, list]:
    """Every picture row (kind, id, position, record) and every record's documents."""
    return (store.conn.execute("SELECT kind, id, pos, data FROM picture ORDER BY kind, pos")
            .fetchall(),
            store.conn.execute("SELECT kind, id, doc FROM picture_docs ORDER BY 1, 2, 3")
            .fetchall())


def report_files() -> list[Path]:
    return sorted((EXAMPLES / "reports").iterdir())


def test_example_corpus_added_report_by_report_equals_the_full_relink(tmp_path):
    files = report_files()
    with Store(tmp_path / "inc.db") as inc, Store(tmp_path / "full.db") as full:
        ingest(inc, files[:-3], meta=EXAMPLES / "meta.json")
        assert analyze(inc).link.mode == "incremental"
        runs = []
        for f in files[-3:]:
            ingest(inc, [f], meta=EXAMPLES / "meta.json")
            runs.append(analyze(inc).link)
        ingest(full, files, meta=EXAMPLES / "meta.json")
        assert analyze(full, relink=True).link.mode == "full"
        assert [d["id"] for d in inc.document_rows()] == [d["id"] for d in full.document_rows()]
        assert rows(inc) == rows(full)
        assert len(rows(inc)[0]) > 300
        # one new report each time; only part of the picture rewritten
        assert [r.new for r in runs] == [1, 1, 1]
        assert all(r.written < len(rows(inc)[0]) for r in runs)
        # nothing new: nothing linked
        assert not needs_update(inc) and analyze(inc).link is None


def test_each_new_example_report_reaches_every_stored_report_through_the_key_index(tmp_path):
    files = report_files()
    with Store(tmp_path / "inc.db") as inc:
        ingest(inc, files[:-1], meta=EXAMPLES / "meta.json")
        analyze(inc)
        stored = inc.count_documents()
        ingest(inc, files[-1:], meta=EXAMPLES / "meta.json")
        run = analyze(inc).link
        assert run.new == 1 and run.component == stored  # one crisis: one component
        keys = {ex.doc: inc.link_keys_of([ex.doc]) for ex in inc.extractions()}
        assert all(keys.values())
        assert components([d["id"] for d in inc.document_rows()], keys).summary()[
            "components"] == 1


def test_reports_sharing_no_key_fall_into_separate_components():
    from sitroom.model import Extraction

    a, b = Extraction(doc="a"), Extraction(doc="b")
    keys = {"a": doc_keys(a, story="story:a"), "b": doc_keys(b, story="story:b"),
            "c": doc_keys(Extraction(doc="c"), copy_of="a", story="story:a")}
    part = components(["a", "b", "c"], keys)
    assert part.groups == [["a", "c"], ["b"]]
    assert part.summary() == {"reports": 3, "components": 2, "largest": 2,
                              "largest_share": 0.6667, "singletons": 1}


@pytest.mark.slow
def test_500_generated_reports_linked_incrementally_equal_the_full_relink(tmp_path):
    docs = generate_reports(n=500, seed=3)
    extractions = []
    for i in range(0, len(docs), 50):
        extractions += process_documents(docs[i:i + 50])
    version = extraction_version()
    with Store(tmp_path / "inc.db") as inc, Store(tmp_path / "full.db") as full:
        for d, ex in zip(docs[:496], extractions[:496]):
            inc.add_document(d)
            inc.put_extraction(ex, version, [])
        update(inc)
        for d, ex in zip(docs[496:], extractions[496:]):  # then one at a time
            inc.add_document(d)
            inc.put_extraction(ex, version, [])
            assert needs_update(inc)
            assert update(inc)[1].new == 1
        for d, ex in zip(docs, extractions):
            full.add_document(d)
            full.put_extraction(ex, version, [])
        update(full, full=True)
        assert len(rows(inc)[0]) > 1000
        assert rows(inc) == rows(full)


KILL_DURING_WRITE = """
import os, signal, sys
from sitroom.store import Store
from sitroom.link.incremental import update

store = Store(sys.argv[1])
real = store.conn
class Dying:
    # the connection, killed with SIGKILL after the first rows of the picture are written
    def __init__(self, conn):
        self.conn, self.n = conn, 0
    def __getattr__(self, name):
        return getattr(self.conn, name)
    def executemany(self, sql, rows):
        out = self.conn.executemany(sql, rows)
        if "INTO picture " in sql:
            self.n += 1
            if self.n == 2:
                os.kill(os.getpid(), signal.SIGKILL)
        return out
store.conn = Dying(real)
update(store)
"""


@pytest.mark.slow
def test_kill_9_during_an_incremental_update_keeps_the_previous_picture_and_a_rerun_completes(
        tmp_path):
    files = report_files()
    db, full_db = tmp_path / "killed.db", tmp_path / "full.db"
    with Store(db) as store:
        ingest(store, files[:-1], meta=EXAMPLES / "meta.json")
        analyze(store)
        before = rows(store)
        ingest(store, files[-1:], meta=EXAMPLES / "meta.json")
        # analyse the new report without linking it: the picture is now behind
        from sitroom.pipeline import process_batch

        pending = store.pending(extraction_version())
        for ex, sents, _ in process_batch(store.documents(pending)):
            store.put_extraction(ex, extraction_version(), sents)
    proc = subprocess.run([sys.executable, "-c", KILL_DURING_WRITE, str(db)], env=ENV,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store(db) as store:
        assert rows(store) == before  # the previous picture, whole
        assert needs_update(store)
        assert analyze(store).link.new == 1  # the rerun completes the update
        after = rows(store)
    with Store(full_db) as full:
        ingest(full, files, meta=EXAMPLES / "meta.json")
        analyze(full, relink=True)
        assert after == rows(full)


def test_analyze_relink_rewrites_the_same_picture_and_plain_analyze_links_nothing_new(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app

    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, report_files()[:4], meta=EXAMPLES / "meta.json")
        analyze(store)
        before, stamp = rows(store), store.picture_stamp()
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.picture_stamp() == stamp  # nothing new: the picture was not rewritten
    result = runner.invoke(app, ["analyze", "--db", str(db), "--quiet", "--relink"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.picture_stamp() != stamp and rows(store) == before
