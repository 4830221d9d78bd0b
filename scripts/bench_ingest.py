"""Time adding one report to a store of N reports (issue 17 item 4): ms per ingested report.

Builds, for each N, a store of N generated reports (sitroom.bench.generate_reports) through
``sitroom.pipeline.ingest``, then times ``ingest`` of new reports one call each (a new file
arriving, as ``sitroom ingest FILE`` or the watched folder does), and prints the median and
range. Uses only ``ingest``, ``Store`` and the generator, so the same script times an older
tree (PYTHONPATH=<tree>/src).

    PYTHONPATH=src python scripts/bench_ingest.py --sizes 500 2000 5000 --new 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from sitroom.bench import generate_reports
from sitroom.pipeline import ingest
from sitroom.store import Store


def _write(path: Path, docs) -> None:
    path.write_text("".join(json.dumps({"text": d.text, "title": d.id, "outlet": d.outlet,
                                        "published": d.published}) + "\n" for d in docs),
                    encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    ap.add_argument("--new", type=int, default=5, help="reports added one by one per size")
    args = ap.parse_args()
    top = max(args.sizes)
    docs = generate_reports(top + args.new, seed=17)
    print("stored reports | ms per ingested report (median, min-max of", args.new, "calls)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n in args.sizes:
            db = work / f"s{n}.db"
            _write(work / f"base{n}.jsonl", docs[:n])
            with Store(db) as store:
                ingest(store, [work / f"base{n}.jsonl"])
                times = []
                for i, d in enumerate(docs[top:top + args.new]):
                    f = work / f"new{n}_{i}.jsonl"
                    _write(f, [d])
                    t0 = time.perf_counter()
                    summary = ingest(store, [f])
                    times.append(1000 * (time.perf_counter() - t0))
                    assert len(summary.added) == 1
            print(f"{n:>14,} | {statistics.median(times):8.1f} ({min(times):.1f}-{max(times):.1f})",
                  flush=True)


if __name__ == "__main__":
    main()
