"""The link stage of adding one report to a linked store of N generated reports, part by part
(CPU seconds, less noisy than wall seconds on a shared machine), each addition in a fresh
process as `sitroom analyze` would run it (docs/scale.md, "Adding one report, part by part").

Usage:
  PYTHONPATH=src python scripts/bench_link_add.py corpus N PICKLE   # annotate N + 10 once
  PYTHONPATH=src python scripts/bench_link_add.py base N PICKLE DB  # DB: N reports, relinked
  PYTHONPATH=src python scripts/bench_link_add.py add N PICKLE DB [K]  # add report N + K to a copy
  PYTHONPATH=src python scripts/bench_link_add.py add2 N PICKLE DB  # add N, then N + 1 in the
      # same process (as `sitroom serve --watch` does), the second addition timed
  PYTHONPATH=src python scripts/bench_link_add.py live N PICKLE DB [K]  # K additions (default 5)
      # one after another in one process, as the watch loop makes them: each one timed

Besides the parts of ``build_picture`` (and the steps of ``_events``), ``store_extractions``
(reading and decoding every stored extraction) and ``put_picture`` (comparing and writing the
picture) are timed, and ``peak_rss_mb`` is the process's peak resident memory (with the
pickled corpus loaded).

The corpus is pickled so that the same annotated reports serve every run (annotating 5,000
reports takes several minutes); the store ``DB`` is copied before each addition, so every
addition starts from the same linked store (with its block cache and part memo).
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sitroom.bench_link import analysed, fill, load_corpus
from sitroom.bench_link import timed as _timed
from sitroom.link import incremental
from sitroom.pipeline import extraction_version
from sitroom.store import Store

PARTS = ("resolve_actors", "assign_stories", "_places", "_events", "_relate_events",
         "_relate_events_memo",
         "_relate_claims", "_overtaken", "build_framing", "_claims", "_quotes", "_timeline")
# the steps of ``_events`` (each called once a link, or once a cluster split: no cost of note)
EVENT_PARTS = (("picture_events", ("_Prepared", "cluster_events", "_merge_across", "_refine",
                                   "_attach_denials", "_records")),
               ("picture_merge", ("_refine_material", "_parts")))


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _timed_parts() -> dict[str, float]:
    import sitroom.link.picture as picture
    from sitroom.store_reads import StoreReads

    parts: dict[str, float] = {}
    for name in PARTS:
        _timed(picture, name, parts)
    _timed(picture.disputes, "statement_links", parts)
    for module, names in EVENT_PARTS:
        events = importlib.import_module(f"sitroom.link.{module}")
        for name in names:
            _timed(events, name, parts)
    _timed(Store, "put_picture", parts)
    _timed(StoreReads, "extractions", parts)
    return parts


def add(n: int, corpus: Path, db: Path, k: int = 0, twice: bool = False) -> dict:
    docs, extractions = load_corpus(corpus)
    from sitroom.extract.gazetteer import get_gazetteer

    get_gazetteer()  # `analyze` has it loaded already, to extract the new report
    parts = _timed_parts()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "add.db"
        shutil.copy(db, copy)
        with Store(copy) as store:
            for extra in ((0, 1) if twice else (0,)):
                parts.clear()
                rss_before = _peak_rss_mb()
                store.add_document(docs[n + k + extra])
                store.put_extraction(extractions[n + k + extra], extraction_version(), [])
                t, c = time.perf_counter(), time.process_time()
                run = incremental.update(store)[1]  # the picture dropped, as `analyze` does
                wall, cpu = time.perf_counter() - t, time.process_time() - c
    return {"store_reports": n, "wall": round(wall, 2), "cpu": round(cpu, 2),
            "peak_rss_mb": _peak_rss_mb(), "peak_rss_mb_before_link": rss_before,
            "load_average": round(os.getloadavg()[0], 2), "seconds": run.seconds,
            "parts_cpu": {p: round(s, 3) for p, s in sorted(parts.items(), key=lambda x: -x[1])},
            "blocks_reused": run.blocks_reused, "blocks_computed": run.blocks_computed,
            "parts_reused": getattr(run, "parts_reused", None),
            "parts_computed": getattr(run, "parts_computed", None)}


def live(n: int, corpus: Path, db: Path, k: int = 5) -> dict:
    """``k`` additions one after another in this process (each report stored, its extraction
    written, then the link the analysis of ``sitroom serve --watch`` runs): each addition's
    CPU s by part, and the process's peak RSS after it."""
    docs, extractions = load_corpus(corpus)
    from sitroom.extract.gazetteer import get_gazetteer

    get_gazetteer()
    parts = _timed_parts()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "add.db"
        shutil.copy(db, copy)
        rss_before = _peak_rss_mb()
        for i in range(k):
            parts.clear()
            # a new connection per addition, as the watch loop's analysis opens the store
            with Store(copy) as store:
                store.add_document(docs[n + i])
                store.put_extraction(extractions[n + i], extraction_version(), [])
                t, c = time.perf_counter(), time.process_time()
                run = incremental.update(store)[1]
                wall, cpu = time.perf_counter() - t, time.process_time() - c
            runs.append({"addition": i + 1, "wall": round(wall, 2), "cpu": round(cpu, 2),
                         "peak_rss_mb": _peak_rss_mb(), "seconds": run.seconds,
                         "warm": getattr(run, "warm", None),
                         "parts_cpu": {p: round(s, 3) for p, s in
                                       sorted(parts.items(), key=lambda x: -x[1])}})
    return {"store_reports": n, "peak_rss_mb_before_link": rss_before,
            "load_average": [round(x, 2) for x in os.getloadavg()], "runs": runs}


def main() -> None:
    what, n, corpus = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    if what == "corpus":
        corpus.write_bytes(pickle.dumps(analysed(n + 10, seed=0)))
    elif what == "base":
        docs, extractions = load_corpus(corpus)
        db = Path(sys.argv[4])
        db.unlink(missing_ok=True)
        fill(db, docs[:n], extractions[:n])
        import sitroom.link.picture as picture

        parts: dict[str, float] = {}
        for name in PARTS:
            _timed(picture, name, parts)
        _timed(picture.disputes, "statement_links", parts)
        with Store(db) as store:
            t, c = time.perf_counter(), time.process_time()
            run = incremental.update(store, full=True)[1]
        print(json.dumps({"reports": n, "wall": round(time.perf_counter() - t, 2),
                          "cpu": round(time.process_time() - c, 2), "seconds": run.seconds,
                          "parts_cpu": {p: round(s, 3) for p, s in
                                        sorted(parts.items(), key=lambda x: -x[1])},
                          "load_average": round(os.getloadavg()[0], 2)}))
    elif what == "live":
        k = int(sys.argv[5]) if len(sys.argv) > 5 else 5
        print(json.dumps(live(n, corpus, Path(sys.argv[4]), k)))
    else:
        k = int(sys.argv[5]) if len(sys.argv) > 5 else 0
        print(json.dumps(add(n, corpus, Path(sys.argv[4]), k, twice=what == "add2")))


if __name__ == "__main__":
    main()
