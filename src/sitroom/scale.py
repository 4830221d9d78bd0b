"""Scale-out on Dask distributed: the per-document work (annotate + extract) on a cluster.

The only module that imports dask. ``sitroom analyze --scheduler dask`` either starts a
``LocalCluster`` on 127.0.0.1 (``workers`` single-threaded worker processes) or connects to a
running scheduler (``--dask-address tcp://HOST:PORT``). Batches go to the workers a few at a
time and each result is stored as it arrives (see :func:`sitroom.pipeline.analyze`), so a
killed run loses at most the batches in flight. How to run it: ``docs/scale.md``.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Any
from collections.abc import Callable, Iterator

from .errors import SitroomError

INSTALL = "install with pip install 'sitroom[scale]'"
CONNECT_TIMEOUT = 30  # seconds to reach a scheduler, and to wait for its first worker


def require() -> Any:
    """The ``distributed`` module; a SitroomError naming the extra to install when missing."""
    try:
        import distributed
    except ImportError as exc:
        raise SitroomError("--scheduler dask needs dask.distributed, which is not installed",
                           INSTALL) from exc
    return distributed


@contextmanager
def client(address: str | None = None, workers: int = 2) -> Iterator[Any]:
    """A connected ``distributed.Client``: to the scheduler at ``address``, or to a new local
    cluster of ``workers`` single-threaded processes bound to 127.0.0.1 (closed on exit)."""
    distributed = require()
    if address:
        try:
            c = distributed.Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SitroomError(f"--dask-address {address}: cannot reach a Dask scheduler ({exc})",
                               "start one with `dask scheduler` and workers with `dask worker "
                               "ADDRESS`, or omit --dask-address for a local cluster") from exc
        with c:
            yield c
        return
    cluster = distributed.LocalCluster(
        n_workers=max(1, workers), threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as c:
        yield c


def check_workers(c: Any, version: str, extraction_version: Callable[[], str]) -> int:
    """Wait for at least one worker and check every worker computes extractions of
    ``version`` (``extraction_version()`` there: same sitroom code and model). Gives the
    number of worker threads."""
    try:
        c.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError as exc:
        raise SitroomError(f"the Dask scheduler {c.scheduler.address} has no workers",
                           "start workers with `dask worker SCHEDULER-ADDRESS`") from exc
    versions = c.run(extraction_version)
    wrong = sorted(w for w, v in versions.items() if v != version)
    if wrong:
        raise SitroomError(
            f"Dask workers {', '.join(wrong)} run another sitroom version or SITROOM_MODEL "
            f"(extraction version {versions[wrong[0]]}, here {version})",
            "install the same sitroom and model on every worker machine")
    return sum(c.nthreads().values()) or 1


def map_batches(batches: list[list[str]], load: Any, version: str, address: str | None = None,
                workers: int = 2, *, process_batch: Callable, stream: Callable,
                extraction_version: Callable[[], str]) -> Iterator[list]:
    """Run ``process_batch`` (:func:`sitroom.pipeline.process_batch`) on every batch of
    document ids on a Dask cluster; ``load(ids)`` gives the Documents of a batch (read here,
    sent to the worker). Yields each batch's results as ``stream``
    (:func:`sitroom.pipeline.stream`) hands them on, keeping about two batches per worker
    thread in flight. The pipeline passes its own functions in, so this module does not
    import it."""
    distributed = require()
    with client(address, workers) as c:
        threads = check_workers(c, version, extraction_version)

        def submit(ids: list[str]):
            return c.submit(process_batch, load(ids), pure=False)

        yield from stream(submit, distributed.wait, batches, 2 * threads)
