"""Steady-state words/s of annotate + extract (+ storing each result) per scheduler.

Usage: python scripts/scale_bench.py REPORTS ROUNDS [WORKDIR]

REPORTS generated reports (sitroom.bench.generate_reports) are analysed with `local`,
`dask` (1 and 2 workers of a LocalCluster on 127.0.0.1) and `processes` (2), ROUNDS times in
alternating order. The model is loaded everywhere before timing; the clusters' start-up is
timed apart. Prints one line per run and a JSON summary. See docs/scale.md.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    from distributed import Client, LocalCluster

    from sitroom.bench import generate_reports
    from sitroom.pipeline import extraction_version, process_batch, run_batches
    from sitroom.store import Store

    n, rounds = int(sys.argv[1]), int(sys.argv[2])
    work = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(tempfile.mkdtemp(prefix="scale-"))
    docs = generate_reports(n=n)
    words = sum(len(d.text.split()) for d in docs)
    base = work / "base.db"
    with Store(base) as s:
        for d in docs:
            s.add_document(d)
    version = extraction_version()
    process_batch(docs[:2])  # the model is loaded here (the process pool forks from here)
    clusters, startup = {}, {}
    for w in (1, 2):
        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=w, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
        client.run(process_batch, docs[:2])  # the model is loaded on every worker
        startup[w] = round(time.perf_counter() - t0, 1)
        clusters[w] = (cluster, client)
    configs = [("local", 1, None), ("dask", 1, clusters[1][0].scheduler_address),
               ("dask", 2, clusters[2][0].scheduler_address), ("processes", 2, None)]
    seconds: dict[str, list[float]] = {f"{s} x{w}": [] for s, w, _ in configs}
    for r in range(rounds):
        for sched, w, address in configs if r % 2 == 0 else configs[::-1]:
            db = work / f"{sched}{w}.db"
            shutil.copy(base, db)
            with Store(db) as store:
                pending = store.pending(version)
                batches = [pending[i:i + 16] for i in range(0, len(pending), 16)]
                t0 = time.perf_counter()
                for results in run_batches(store, batches, version, sched, w, address):
                    for ex, sents, _ in results:
                        store.put_extraction(ex, version, sents)
                dt = time.perf_counter() - t0
            seconds[f"{sched} x{w}"].append(round(dt, 1))
            print(f"{sched} x{w}: {dt:.1f} s, {words / dt:.0f} words/s", flush=True)
    for cluster, client in clusters.values():
        client.close()
        cluster.close()
    print(json.dumps({"words": words, "reports": n, "seconds": seconds, "startup_s": startup}))


if __name__ == "__main__":
    main()
