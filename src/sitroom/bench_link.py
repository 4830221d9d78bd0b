"""Benchmark of the link stage as the archive grows, and of adding reports one by one.

``link_scaling``: generated reports (see :func:`sitroom.bench.generate_reports`) are analysed
once; for each archive size a store holding the first N of them is linked in a fresh process
(``python -m sitroom.bench_link STORE``), which reports the link stage's seconds and its peak
resident memory, so one size's memory never hides in another's. The log-log slope of seconds
against reports says how linking grows (1.0: linear).

``incremental``: a store of N analysed reports, then K new reports each written to a file,
ingested and analysed as a user's ``sitroom ingest FILE && sitroom analyze`` would be; the
seconds of each step (ingest, analyse including the link stage) are reported.
"""

from __future__ import annotations

import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from collections.abc import Callable
from typing import Any

from .model import Document, Extraction

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def _load_average() -> float:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # not every platform has one
        return -1.0


def analysed(n: int, seed: int, progress: Progress = _quiet
             ) -> tuple[list[Document], list[Extraction]]:
    """``n`` generated reports and their extractions (annotated in batches of 50)."""
    from .bench import generate_reports
    from .pipeline import process_documents

    docs = generate_reports(n=n, seed=seed)
    extractions: list[Extraction] = []
    for i in range(0, len(docs), 50):
        extractions += process_documents(docs[i:i + 50])
        progress(f"analysed {min(i + 50, len(docs))}/{len(docs)} reports")
    return docs, extractions


def replicate(docs: list[Document], extractions: list[Extraction], n: int
              ) -> tuple[list[Document], list[Extraction]]:
    """``n`` reports for the link stage alone, from reports analysed once: the first ones as
    they are, then copies of them under new ids (``<id>r<k>``: every document field of the
    extraction renamed, the text, outlet and dates kept), so 20,000 linked reports cost the
    annotation of 5,000. A copy is not marked ``copy_of``: the link treats it as another
    report telling the same, the densest case for the blocks (every event gains sources)."""
    import dataclasses

    from .model import from_dict, to_dict

    out_docs, out_ex = list(docs[:n]), list(extractions[:n])
    k = 0
    while len(out_docs) < n:
        k += 1
        for d, ex in zip(docs, extractions):
            if len(out_docs) >= n:
                break
            new = f"{d.id}r{k}"
            out_docs.append(dataclasses.replace(d, id=new, content_hash=f"{d.content_hash}r{k}"))
            data = json.loads(json.dumps(to_dict(ex)).replace(json.dumps(d.id), json.dumps(new)))
            out_ex.append(from_dict(Extraction, data))
    return out_docs, out_ex


def load_corpus(path: Path, n: int | None = None
                ) -> tuple[list[Document], list[Extraction]]:
    """The reports and extractions pickled at ``path`` (``scripts/bench_link_add.py corpus``),
    replicated to ``n`` reports (:func:`replicate`) when ``n`` is given."""
    import pickle

    docs, extractions = pickle.loads(path.read_bytes())
    return replicate(docs, extractions, n) if n is not None else (docs, extractions)


def timed(module: Any, name: str, into: dict[str, float]) -> None:
    """Wrap ``module.name`` so that its CPU seconds add up in ``into[name]`` (a part absent
    from ``module``, as in older code under another name, is skipped)."""
    import functools

    f = getattr(module, name, None)
    if f is None:
        return

    @functools.wraps(f)
    def run(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            into[name] = into.get(name, 0.0) + time.process_time() - t

    setattr(module, name, run)


def fill(path: Path, docs: list[Document], extractions: list[Extraction]) -> None:
    """A store at ``path`` holding ``docs`` with their extractions (of this version)."""
    from .pipeline import extraction_version
    from .store import Store

    version = extraction_version()
    with Store(path) as store:
        for d, ex in zip(docs, extractions):
            store.add_document(d)
            store.put_extraction(ex, version, [])


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: the high-water mark of its own address space
    (``VmHWM``, reset by exec) where the system reports it; else ``ru_maxrss``, which on Linux
    carries over the parent's peak into a forked and exec'd child."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def link_once(path: Path) -> dict:
    """Link the store at ``path`` in this process (the full path, ``analyze --relink``):
    seconds, their parts and peak RSS (MB)."""
    from .link.incremental import update
    from .store import Store

    with Store(path) as store:
        t0 = time.perf_counter()
        run = update(store, full=True)[1]
        seconds = time.perf_counter() - t0
    return {"seconds": round(seconds, 3), "parts": run.seconds,
            "cpu_seconds": cpu_seconds(), "peak_rss_mb": peak_rss_mb()}


def cpu_seconds() -> float:
    """This process's CPU seconds so far (user + system): less noisy than wall seconds on a
    shared machine."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return round(r.ru_utime + r.ru_stime, 3)


def slope(sizes: list[int], seconds: list[float]) -> float | None:
    """Least-squares slope of log(seconds) on log(sizes); None for fewer than two sizes."""
    pts = [(math.log(n), math.log(s)) for n, s in zip(sizes, seconds) if n > 0 and s > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return round(sum((x - mx) * (y - my) for x, y in pts) / sxx, 3) if sxx else None


def link_scaling(sizes: list[int], seed: int = 0, incremental: int = 0,
                 progress: Progress = _quiet) -> dict:
    """Link-stage seconds and peak memory at each archive size; with ``incremental`` > 0, also
    the seconds of adding that many reports one by one to the store of each size."""
    sizes = sorted(set(sizes))
    docs, extractions = analysed(max(sizes) + incremental, seed, progress)
    runs = []
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-link-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"link-{n}.db"
            fill(path, docs[:n], extractions[:n])
            load = _load_average()
            out = subprocess.run([sys.executable, "-m", "sitroom.bench_link", str(path)],
                                 capture_output=True, text=True, check=True)
            runs.append({"reports": n, **json.loads(out.stdout), "load_average": load})
            progress(f"linked {n} reports: {runs[-1]['seconds']:.2f}s")
        result: dict = {"runs": runs,
                        "slope": slope([r["reports"] for r in runs], [r["seconds"] for r in runs])}
        if incremental:  # at every size: the next reports, one by one
            for run in runs:
                n = run["reports"]
                run["incremental"] = _incremental(Path(tmp) / f"link-{n}.db",
                                                  docs[n:n + incremental], progress)
            result["incremental"] = runs[-1]["incremental"]
    return result


def _incremental(path: Path, new: list[Document], progress: Progress) -> dict:
    """Add ``new`` reports one by one to the store at ``path`` as files (ingest + analyse, in
    a fresh process, so its peak memory is the update's own)."""
    with tempfile.TemporaryDirectory(prefix="sitroom-new-") as folder:
        files = []
        for i, d in enumerate(new):
            f = Path(folder) / f"new-{i:04d}.txt"
            f.write_text(d.text, encoding="utf-8")
            files.append(str(f))
        load = _load_average()
        out = subprocess.run([sys.executable, "-m", "sitroom.bench_link", "--add", str(path),
                              *files], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    progress(f"added {len(new)} reports: median {result['total_seconds_median']:.2f}s each")
    return {**result, "load_average": load}


def add_reports(path: Path, files: list[Path]) -> dict:
    """Ingest and analyse ``files`` one by one into the store at ``path`` (the incremental
    link path): the seconds of each step, the link stage's parts, peak RSS (MB)."""
    from .pipeline import analyze, ingest
    from .store import Store

    ingest_s, analyze_s, link_s, parts, reach = [], [], [], [], []
    reused: list[float] = []  # the share of the link's blocks and parts read, not computed
    with Store(path) as store:
        analyze(store)  # the starting picture is current
        for f in files:
            t0 = time.perf_counter()
            ingest(store, [f])
            t1 = time.perf_counter()
            run = analyze(store).link
            t2 = time.perf_counter()
            ingest_s.append(t1 - t0)
            analyze_s.append(t2 - t1)
            if run is not None:  # None: the file was a report stored already
                link_s.append(sum(run.seconds.values()))
                parts.append(run.seconds)
                reach.append(run.component)
                done = (run.blocks_reused + run.parts_reused, run.blocks_computed
                        + run.parts_computed)
                reused.append(done[0] / max(1, sum(done)))
        stored = store.count_documents()
    med = lambda xs: round(statistics.median(xs), 3)  # noqa: E731
    return {"store_reports": stored - len(files), "added": len(files),
            "ingest_seconds_median": med(ingest_s),
            "analyze_seconds_median": med(analyze_s),
            "link_seconds_median": med(link_s) if link_s else 0.0,
            "link_parts": {k: med([p[k] for p in parts]) for k in parts[0]} if parts else {},
            "component_median": med(reach) if reach else 0,
            "reused_share_median": med(reused) if reused else 0.0,
            "total_seconds_median": med([a + b for a, b in zip(ingest_s, analyze_s)]),
            "cpu_seconds": cpu_seconds(), "peak_rss_mb": peak_rss_mb()}


def format_scaling(r: dict) -> str:
    """A human summary of :func:`link_scaling`."""
    lines = ["reports   link seconds   peak RSS MB   load average"]
    lines += [f"{x['reports']:>7}   {x['seconds']:>12.2f}   {x['peak_rss_mb']:>11.0f}   "
              f"{x['load_average']:>12.2f}" for x in r["runs"]]
    if r["slope"] is not None:
        lines.append(f"log-log slope of link seconds on reports: {r['slope']:.2f} "
                     "(1.0 = linear; target <= 1.1)")
    for x in r["runs"][:-1]:
        if x.get("incremental"):
            i = x["incremental"]
            lines.append(f"adding one report to {i['store_reports']}: total "
                         f"{i['total_seconds_median']:.2f}s (link {i['link_seconds_median']:.2f}s)"
                         f", peak RSS {i['peak_rss_mb']:.0f} MB, load average "
                         f"{i['load_average']:.2f}")
    inc = r.get("incremental")
    if inc:
        lines.append(f"adding one report to {inc['store_reports']} (median of {inc['added']}): "
                     f"ingest {inc['ingest_seconds_median']:.2f}s, analyse + link "
                     f"{inc['analyze_seconds_median']:.2f}s (link "
                     f"{inc['link_seconds_median']:.2f}s), total "
                     f"{inc['total_seconds_median']:.2f}s, peak RSS {inc['peak_rss_mb']:.0f} MB, "
                     f"load average {inc['load_average']:.2f}; the new report's keys reach "
                     f"{inc['component_median']:.0f} stored reports"
                     + (f", {inc['reused_share_median']:.0%} of the link's blocks and parts "
                        "were read from the store" if "reused_share_median" in inc else ""))
    return "\n".join(lines)


if __name__ == "__main__":  # python -m sitroom.bench_link STORE: link it, print the figures
    if sys.argv[1] == "--add":  # ... --add STORE FILE...: add reports one by one
        print(json.dumps(add_reports(Path(sys.argv[2]), [Path(f) for f in sys.argv[3:]])))
    else:
        print(json.dumps(link_once(Path(sys.argv[1]))))
