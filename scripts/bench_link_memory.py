"""Where a full relink's memory goes, part by part (docs/scale.md, "Round 22", "Round 23").

A full relink (``incremental.update(store, full=True, picture=False)``, the ``analyze
--relink`` path; plain ``full=True`` for code before round 23) of a store filled beforehand,
in a fresh process that holds nothing else (no pickled corpus): at the
start and end of each part (the store reads, the parts of ``build_picture`` and of
``_events``, the keys, ``put_picture``), the resident memory (``VmRSS``) and its high-water
mark (``VmHWM``); with ``trace``, also the bytes Python holds (``tracemalloc``: live after the
part, and the peak within it, nested parts folded into their callers), which, unlike RSS, go
down when a part's objects are freed. A sampler thread reads ``VmRSS`` every 20 ms and records
which parts were running at the highest sample.

Usage:
  PYTHONPATH=src python scripts/bench_link_memory.py fill N PICKLE DB   # DB: first N reports
  PYTHONPATH=src python scripts/bench_link_memory.py relink DB [trace] [keep OUT]  # on a copy
      # of DB (``keep OUT``: the relinked copy kept at OUT, a base for bench_link_add.py add)
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

# module -> functions timed as parts (a name absent from a module is skipped)
PARTS = {
    "sitroom.store_reads": ("StoreReads.document_rows", "StoreReads.texts_and_updates",
                            "StoreReads.extractions", "StoreReads.extraction_versions"),
    "sitroom.link.picture": ("build_picture", "resolve_actors", "assign_stories",
                             "story_records", "_places", "_events", "_quotes", "_claims",
                             "_relate_events_memo", "_relate_claims", "_overtaken",
                             "_timeline", "build_framing"),
    "sitroom.link.picture_events": ("_Prepared", "cluster_events", "_merge_across", "_refine",
                                    "_attach_denials", "_records"),
    "sitroom.link.disputes": ("statement_links",),
    "sitroom.link.incremental": ("doc_keys", "_component", "_stage_keys"),
    "sitroom.store": ("Store.put_picture", "Store._put_kind", "keep_only"),
    "sitroom.store_stage": ("PictureStage.stage_kind", "PictureStage.stage_keys",
                            "PictureStage.put_staged"),
    "sitroom.link.warm": ("keep",),
}


def _status() -> tuple[float, float]:
    """VmRSS and VmHWM, MB."""
    rss = hwm = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) / 1024
    return round(rss, 1), round(hwm, 1)


class Recorder:
    def __init__(self, trace: bool) -> None:
        self.trace = trace
        self.stack: list[list[Any]] = []  # [name, running traced peak]
        self.rows: list[dict[str, Any]] = []
        self.top = (0.0, "")
        self.calls: dict[str, int] = {}

    def _fold(self) -> None:
        if self.trace:
            peak = tracemalloc.get_traced_memory()[1]
            for frame in self.stack:
                frame[1] = max(frame[1], peak)
            tracemalloc.reset_peak()

    def enter(self, name: str) -> dict[str, Any]:
        self._fold()
        rss, hwm = _status()
        row = {"part": name, "depth": len(self.stack), "rss_start": rss, "hwm_start": hwm,
               "cpu_start": time.process_time()}
        if self.trace:
            row["traced_start"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        self.stack.append([name, 0])
        return row

    def leave(self, row: dict[str, Any]) -> None:
        self._fold()
        _, peak = self.stack.pop()
        rss, hwm = _status()
        row.update(rss_end=rss, hwm_end=hwm,
                   cpu=round(time.process_time() - row.pop("cpu_start"), 2))
        if self.trace:
            row["traced_end"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
            row["traced_peak"] = round(peak / 2**20, 1)
            if self.stack:
                self.stack[-1][1] = max(self.stack[-1][1], peak)
        n = self.calls.get(row["part"], 0)
        self.calls[row["part"]] = n + 1
        if n < 3:  # a part called per cluster is listed thrice, then only counted
            self.rows.append(row)

    def wrap(self, owner: Any, attr: str, name: str) -> None:
        f = getattr(owner, attr, None)
        if f is None:
            return
        rec = self

        def run(*args: Any, **kwargs: Any) -> Any:
            row = rec.enter(name)
            try:
                return f(*args, **kwargs)
            finally:
                rec.leave(row)

        setattr(owner, attr, run)

    def sample(self, stop: threading.Event) -> None:
        while not stop.wait(0.02):
            rss = _status()[0]
            if rss > self.top[0]:
                self.top = (rss, " > ".join(n for n, _ in self.stack))


def relink(db: Path, trace: bool, keep: Path | None = None) -> dict[str, Any]:
    from sitroom.link import incremental
    from sitroom.store import Store

    rec = Recorder(trace)
    for module, names in PARTS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError:  # a module of later code than the tree measured
            continue
        for name in names:
            owner, _, attr = name.rpartition(".")
            rec.wrap(getattr(mod, owner, None) if owner else mod, attr, name)
    if trace:
        tracemalloc.start()
    stop = threading.Event()
    sampler = threading.Thread(target=rec.sample, args=(stop,), daemon=True)
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        copy = Path(tmp) / "relink.db"
        shutil.copy(db, copy)
        start = _status()
        sampler.start()
        with Store(copy) as store:
            t, c = time.perf_counter(), time.process_time()
            # as `analyze --relink` calls it (no picture given back: written as it is built,
            # docs/scale.md "Round 23"); code before that takes no such argument
            if "picture" in inspect.signature(incremental.update).parameters:
                run = incremental.update(store, full=True, picture=False)[1]
            else:
                run = incremental.update(store, full=True)[1]
            wall, cpu = time.perf_counter() - t, time.process_time() - c
        if keep is not None:  # the relinked store, as the base of `bench_link_add.py add`
            shutil.copy(copy, keep)
        stop.set()
        sampler.join()
    return {"reports": run.reports, "wall": round(wall, 2), "cpu": round(cpu, 2),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "rss_start_mb": start[0], "peak_rss_mb": _status()[1],
            "top_sample_mb": rec.top[0], "top_sample_parts": rec.top[1],
            "seconds": run.seconds, "written": run.written, "parts": rec.rows,
            "calls": rec.calls, "trace": trace}


def main() -> None:
    what = sys.argv[1]
    if what == "fill":
        from sitroom.bench_link import fill, load_corpus

        n, corpus, db = int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
        docs, extractions = load_corpus(corpus)
        db.unlink(missing_ok=True)
        fill(db, docs[:n], extractions[:n])
        print(json.dumps({"filled": n, "db": str(db)}))
    else:
        rest = sys.argv[3:]
        keep = Path(rest[rest.index("keep") + 1]) if "keep" in rest else None
        print(json.dumps(relink(Path(sys.argv[2]), "trace" in rest, keep)))


if __name__ == "__main__":
    main()
