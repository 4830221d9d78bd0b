"""Scale-out: the same extractions whether analysed here, in a process pool or on Dask."""

from __future__ import annotations

import sys
from concurrent.futures import Future

import pytest

from sitroom.errors import SitroomError
from sitroom.model import Document
from sitroom.pipeline import analyze, extraction_version, stream
from sitroom.store import Store

TEXTS = {
    "a": "Police in Lyon arrested twelve protesters on Monday, the interior ministry said.",
    "b": "“We will not leave the square,” said Anna Keller, a spokeswoman for the movement.",
    "c": "Rebels reportedly seized the airport in Porto on Tuesday; officials denied it.",
}


def fill(path) -> Store:
    """A store holding the three tiny reports."""
    store = Store(path)
    for i, text in TEXTS.items():
        store.add_document(Document(id=i, text=text, content_hash="h-" + i, outlet="Wire",
                                    published="2024-05-06"))
    return store


def local_extractions(tmp_path):
    with fill(tmp_path / "local.db") as store:
        analyze(store, batch_size=1, relink=False)
        return store.extractions()


@pytest.mark.slow
def test_dask_cluster_stores_the_same_extractions_as_local(tmp_path):
    distributed = pytest.importorskip("distributed")
    expected = local_extractions(tmp_path)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with fill(tmp_path / "dask.db") as store:
            summary = analyze(store, batch_size=1, relink=False, scheduler="dask",
                              dask_address=cluster.scheduler_address)
            assert summary.analyzed == 3 and summary.words > 30
            assert store.pending(extraction_version()) == []
            assert store.extractions() == expected


def test_missing_dask_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with fill(tmp_path / "s.db") as store:
        with pytest.raises(SitroomError) as info:
            analyze(store, scheduler="dask")
        assert store.pending(extraction_version()) == ["a", "b", "c"]
    assert "pip install 'sitroom[scale]'" in info.value.hint


def test_unknown_scheduler_is_an_error(tmp_path):
    with fill(tmp_path / "s.db") as store, pytest.raises(SitroomError) as info:
        analyze(store, scheduler="spark")
    assert "--scheduler spark" in info.value.message and "dask" in info.value.hint


def test_stream_keeps_a_bounded_number_in_flight_and_yields_in_completion_order():
    submitted: list[Future] = []
    peak = 0

    def submit(batch: list[str]) -> Future:
        nonlocal peak
        fut: Future = Future()
        submitted.append(fut)
        peak = max(peak, sum(not f.done() for f in submitted))
        fut.batch = batch  # type: ignore[attr-defined]
        return fut

    def finish_last(pending, return_when):
        assert return_when == "FIRST_COMPLETED"
        last = max(pending, key=submitted.index)  # the newest finishes first
        last.set_result(last.batch)
        return {last}, pending - {last}

    out = list(stream(submit, finish_last, [["1"], ["2"], ["3"], ["4"], ["5"]], in_flight=2))
    assert sorted(out) == [["1"], ["2"], ["3"], ["4"], ["5"]]
    assert out[0] == ["2"] and peak == 2


def test_auto_scheduler_uses_a_process_per_core_only_for_big_pending_text(monkeypatch):
    from sitroom import pipeline

    monkeypatch.setattr(pipeline, "cores", lambda: 4)
    big = pipeline.AUTO_CHARS
    assert pipeline.choose_scheduler("auto", None, big, 10) == ("processes", 4)
    assert pipeline.choose_scheduler("auto", None, big, 2) == ("processes", 2)  # one per report
    assert pipeline.choose_scheduler("auto", None, big - 1, 10) == ("local", None)
    assert pipeline.choose_scheduler("auto", None, big, 1) == ("local", None)
    assert pipeline.choose_scheduler("auto", 3, 10, 10) == ("processes", 3)  # --workers N alone
    assert pipeline.choose_scheduler("auto", 1, big, 10) == ("local", 1)
    assert pipeline.choose_scheduler("local", None, big, 10) == ("local", None)
    monkeypatch.setattr(pipeline, "cores", lambda: 1)
    assert pipeline.choose_scheduler("auto", None, 10 * big, 10) == ("local", None)


def test_auto_scheduler_keeps_small_deliveries_in_this_process(tmp_path, monkeypatch):
    from sitroom import pipeline

    used: list[str] = []
    real = pipeline.run_batches

    def spy(store, batches, version, scheduler="local", *args, **kwargs):
        used.append(scheduler)
        return real(store, batches, version, scheduler, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_batches", spy)
    with fill(tmp_path / "s.db") as store:
        assert analyze(store, relink=False).analyzed == 3
    assert used == ["local"]
