"""A full relink of N generated reports in this process and with its event-coreference blocks
on a pool of worker processes, alternately (docs/scale.md, "Linking on workers").

Usage: PYTHONPATH=src python scripts/bench_link_workers.py [N] [WORKERS] [ROUNDS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sitroom.bench_link import analysed, fill
from sitroom.link import blockcache, incremental
from sitroom.store import Store


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    docs, extractions = analysed(n, seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        fill(Path(tmp) / "w.db", docs, extractions)
        store = Store(Path(tmp) / "w.db")
        for _ in range(rounds):
            for pooled in (False, True):
                t, c = time.perf_counter(), time.process_time()
                if pooled:
                    with ProcessPoolExecutor(max_workers=workers) as pool, \
                            blockcache.mapping(blockcache.process_mapper(pool)):
                        incremental.update(store, full=True)
                else:
                    incremental.update(store, full=True)
                print(f"{n} reports, {'pool of ' + str(workers) if pooled else 'one process'}: "
                      f"wall {time.perf_counter() - t:.2f} s, main process CPU "
                      f"{time.process_time() - c:.2f} s, load {os.getloadavg()[0]:.1f}",
                      flush=True)
        store.close()


if __name__ == "__main__":
    main()
