"""Time and peak memory of one very large report through ingest + analyze.

Usage: .venv/bin/python scripts/bench_large.py [CHARS] [SCHEDULER ARGS...]
e.g.   .venv/bin/python scripts/bench_large.py 1000000
       .venv/bin/python scripts/bench_large.py 1000000 --scheduler processes --workers 2

The report is ONE line of CHARS characters (no paragraph break), made of generated reports
(the project's example corpus recombined): the worst case for the annotator (one huge paragraph). Each step
runs as a child process; its wall time, CPU time (user + system of the child and its workers)
and peak RSS (ru_maxrss of the children, i.e. the
largest single process) are printed. Figures: docs/quality.md ("Limits").
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_line_report(chars: int) -> str:
    """One line of ``chars`` characters: generated reports (the example corpus recombined,
    names and numbers varied; :func:`sitroom.bench.generate_reports`) run together, so no
    two stretches of it are copies."""
    from sitroom.bench import generate_reports

    texts = [" ".join(d.text.split()) for d in generate_reports(words=chars // 5)]
    return " ".join(texts)[:chars]


BARE = """
import sys, time
from sitroom.annotate import bare_pipe, load_stock
from sitroom.chunks import slices
text = open(sys.argv[1], encoding="utf-8").read()
load_stock()
t, c = time.perf_counter(), time.process_time()
bare_pipe([text[a:b] for a, b in slices(text, 100_000)], batch_size=1)
print(f"{time.perf_counter() - t:.1f} s, CPU {time.process_time() - c:.1f} s")
"""


def _cpu() -> float:
    """User + system CPU seconds of the finished children (and theirs) so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def step(args: list[str]) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds, peak RSS in MB of the largest child so far, exit code)."""
    t, c = time.perf_counter(), _cpu()
    rc = subprocess.run([sys.executable, "-m", "sitroom.cli", *args, "--quiet"],
                        check=False).returncode
    return (time.perf_counter() - t, _cpu() - c,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, rc)


def bare_spacy(report: Path) -> str:
    """Seconds and CPU seconds bare spaCy (the stock pipeline, nlp.pipe) takes over the same
    text in 100,000-character pieces (model load excluded), and the CPU seconds of its whole
    process (model load included, like analyze's): the floor for the pipeline's time on this
    machine now."""
    c = _cpu()
    out = subprocess.run([sys.executable, "-c", BARE, str(report)], capture_output=True,
                         text=True, check=False)
    return f"{out.stdout.strip() or '?'} (whole process CPU {_cpu() - c:.1f} s)"


def main() -> None:
    chars = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    extra = sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "one-line.txt"
        report.write_text(one_line_report(chars), encoding="utf-8")
        db = str(Path(tmp) / "b.db")
        load = os.getloadavg()[0]
        t1, c1, m1, rc1 = step(["ingest", str(report), "--db", db])
        t2, c2, m2, rc2 = step(["analyze", "--db", db, *[a for a in extra if a != "--no-bare"]])
        bare = bare_spacy(report) if "--no-bare" not in extra else "-"
    print(f"{chars:,}-character one-line report (load average {load:.1f}): ingest {t1:.1f} s "
          f"(CPU {c1:.1f} s, rc {rc1}), analyze {t2:.1f} s (CPU {c2:.1f} s, rc {rc2}), total "
          f"{t1 + t2:.1f} s; peak RSS {max(m1, m2)} MB; bare spaCy over the same text {bare}")


if __name__ == "__main__":
    main()
