"""No hidden O(N) per step: a batch reads only its own reports, and --workers N means N."""

from __future__ import annotations


from sitroom import pipeline
from sitroom.model import Document
from sitroom.pipeline import extraction_version, run_batches
from sitroom.store import Store


def fill(path, n: int = 6) -> Store:
    store = Store(path)
    for i in range(n):
        store.add_document(Document(id=f"d{i}", text=f"Report number {i}.",
                                    content_hash=f"h{i}", outlet="Wire"))
    return store


def test_documents_by_id_reads_only_those_in_ingest_order(tmp_path):
    with fill(tmp_path / "s.db") as store:
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        docs = store.documents(["d4", "d1", "d4"])
        store.conn.set_trace_callback(None)
        assert [d.id for d in docs] == ["d1", "d4"]
        assert all("WHERE id IN" in s for s in statements if "FROM documents" in s)
        assert [d.id for d in store.documents()] == [f"d{i}" for i in range(6)]


def test_documents_by_id_over_the_parameter_limit(tmp_path):
    with fill(tmp_path / "s.db", n=3) as store:
        ids = ["d2"] + [f"missing{i}" for i in range(1200)] + ["d0"]
        assert [d.id for d in store.documents(ids)] == ["d0", "d2"]


class _Pool:
    """Stands in for ProcessPoolExecutor and records the size asked for."""

    sizes: list[int] = []

    def __init__(self, max_workers: int):
        _Pool.sizes.append(max_workers)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        from concurrent.futures import Future

        fut: Future = Future()
        fut.set_result([("stub", len(args[0]))])
        return fut


def test_processes_scheduler_starts_exactly_the_workers_asked_for(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", _Pool)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    _Pool.sizes = []
    with fill(tmp_path / "s.db") as store:
        batches = [["d0", "d1"], ["d2", "d3"]]
        v = extraction_version()
        assert len(list(run_batches(store, batches, v, "processes", workers=1))) == 2
        assert len(list(run_batches(store, batches, v, "processes", workers=3))) == 2
        assert len(list(run_batches(store, batches, v, "processes"))) == 2
    assert _Pool.sizes == [1, 3, 8]




def test_batches_are_small_enough_that_every_worker_gets_one():
    from sitroom.pipeline import split_batches

    ids = [f"d{i}" for i in range(11)]  # e.g. the eleven parts of one long report
    assert split_batches(ids, 16) == [ids]  # one process: one batch
    assert [len(b) for b in split_batches(ids, 16, "processes", 2)] == [6, 5]
    assert [len(b) for b in split_batches(ids, 4, "processes", 2)] == [4, 4, 3]
    assert sum(split_batches(ids * 10, 16, "dask", 3), []) == ids * 10
    assert split_batches([], 16, "processes", 2) == []
