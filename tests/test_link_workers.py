"""Linking on workers: the event-coreference blocks a link must compute are mapped over a
pool of processes (or a Dask cluster) and merged; each block is a pure function of its input,
so the picture is the one this process builds alone."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from sitroom.bench_link import analysed, fill
from sitroom.link import blockcache
from sitroom.link.blockcache import BlockCache
from sitroom.link.coref import MentionFeatures, cluster_events
from sitroom.link.incremental import update
from sitroom.pipeline import link_workers
from sitroom.store import Store


def _topics(n: int) -> list[MentionFeatures]:
    """``n`` topics of three mentions: two reports of one killing and one of a vote."""
    out = []
    for t in range(n):
        place = f"Town{t}"
        out += [
            MentionFeatures(f"a{t}", f"A{t}", f"t{t}", "killed", "kill",
                            f"Gunmen killed {t + 3} people in {place} on Monday.",
                            places=(place,)),
            MentionFeatures(f"b{t}", f"B{t}", f"t{t}", "killing", "killing",
                            f"The killing of {t + 3} people in {place} shocked the country.",
                            places=(place,)),
            MentionFeatures(f"c{t}", f"C{t}", f"t{t}", "voted", "vote",
                            f"Voters in {place} elected a mayor on Sunday.", places=(place,)),
        ]
    return out


def _serial(fn, args):
    return [fn(*a) for a in args]


def test_blocks_computed_by_a_mapper_give_the_clusters_computed_here():
    ms = _topics(6)
    plain = cluster_events(ms)
    calls = []

    def mapper(fn, args):
        calls.append(len(args))
        return _serial(fn, args)

    with blockcache.mapping(mapper), blockcache.using(BlockCache()) as cache:
        assert cluster_events(ms) == plain
    assert calls == [6] and (cache.hits, cache.misses) == (0, 6)
    # remembered blocks are not sent to the workers
    with blockcache.mapping(mapper), blockcache.using(BlockCache(cache.used)) as again:
        assert cluster_events(ms) == plain
    assert calls == [6] and (again.hits, again.misses) == (6, 0)


def test_too_few_blocks_to_compute_stay_in_this_process():
    calls = []
    with blockcache.mapping(lambda fn, args: calls.append(args) or _serial(fn, args)), \
            blockcache.using(BlockCache()):
        cluster_events(_topics(blockcache.MIN_MAPPED - 1))
    assert calls == []


def test_a_picture_linked_on_a_process_pool_is_the_one_linked_here(tmp_path):
    docs, extractions = analysed(60, seed=3)
    pictures = []
    for name, pooled in (("here", False), ("pool", True)):
        fill(tmp_path / f"{name}.db", docs, extractions)
        with Store(tmp_path / f"{name}.db") as store:
            if pooled:
                with ProcessPoolExecutor(max_workers=2) as pool, \
                        blockcache.mapping(blockcache.process_mapper(pool)):
                    pictures.append(update(store, full=True)[0])
            else:
                pictures.append(update(store, full=True)[0])
    assert pictures[0] == pictures[1]
    assert len(pictures[0]["events"]) > 60


def test_the_pool_starts_only_when_a_link_has_blocks_to_compute(monkeypatch):
    started = []

    class Pool:
        def __init__(self, max_workers):
            started.append(max_workers)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, fn, *columns):
            return map(fn, *columns)

    monkeypatch.setattr("sitroom.pipeline.ProcessPoolExecutor", Pool)
    with link_workers("processes", 2, None), blockcache.using(BlockCache()):
        cluster_events(_topics(blockcache.MIN_MAPPED - 1))
    assert started == []
    ms = _topics(blockcache.MIN_MAPPED)
    with link_workers("processes", 2, None), blockcache.using(BlockCache()):
        assert cluster_events(ms) == cluster_events(ms)
    assert started == [2]


@pytest.mark.parametrize("scheduler, workers, pooled", [
    ("processes", 2, True),
    ("processes", None, True),
    ("processes", 1, False),
    ("local", None, False),
    ("auto", None, False),
])
def test_which_links_run_on_workers(monkeypatch, scheduler, workers, pooled):
    monkeypatch.setattr("sitroom.pipeline.cores", lambda: 2)
    with link_workers(scheduler, workers, None):
        assert (blockcache.mapper() is not None) == pooled
    assert blockcache.mapper() is None


@pytest.mark.slow
def test_blocks_computed_on_a_dask_cluster_give_the_clusters_computed_here():
    distributed = pytest.importorskip("distributed")
    ms = _topics(5)
    plain = cluster_events(ms)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        with blockcache.mapping(blockcache.dask_mapper(client)), \
                blockcache.using(BlockCache()) as cache:
            assert cluster_events(ms) == plain
    assert cache.misses == 5
