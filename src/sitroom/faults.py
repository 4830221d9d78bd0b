"""Fault isolation: one report's failure is that report's, never the batch's.

A :class:`ReportFailure` is what annotate/extract give instead of a result for a report that
raised (or that is over the size limit). It is a plain picklable record, so it comes back the
same way from this process, a process pool or a Dask worker. The one-line error goes to the
store and to the user; the traceback goes to the log file beside the database
(:func:`log_path`), named in the user's error line.
"""

from __future__ import annotations

import os
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_CHARS = 100_000
MAX_CHARS_ENV = "SITROOM_MAX_CHARS"


@dataclass(frozen=True)
class ReportFailure:
    """A report whose analysis failed: its id, the stage (annotate | extract | limit |
    worker), a one-line error and the traceback (may be empty)."""

    doc: str
    stage: str
    error: str
    trace: str = ""


def one_line(exc: BaseException) -> str:
    """``TypeName: message`` on one line, at most 300 characters."""
    why = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {why}" if why else type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def failure(doc: str, stage: str, exc: BaseException) -> ReportFailure:
    """The ReportFailure of an exception caught while processing ``doc``."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ReportFailure(doc, stage, one_line(exc), trace)


def max_chars() -> int:
    """The largest report (in characters) sent to the annotator: ``SITROOM_MAX_CHARS``
    (default 100,000). Ingest splits longer texts into parts; analyze refuses longer ones."""
    raw = os.environ.get(MAX_CHARS_ENV, "").strip()
    try:
        value = int(raw) if raw else DEFAULT_MAX_CHARS
    except ValueError:
        value = DEFAULT_MAX_CHARS
    return max(1000, value)


def log_path(db: str | Path) -> Path:
    """The log file beside the database: ``<db>.log`` (``sitroom.log`` for ``:memory:``)."""
    db = str(db)
    return Path("sitroom.log") if db == ":memory:" else Path(db + ".log")


def write_log(db: str | Path, what: str, trace: str) -> Path:
    """Append ``what`` and its traceback to the database's log file; gives its path. A log
    that cannot be written is not an error of its own (the one-line error still stands)."""
    path = log_path(db)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    try:
        with open(path, "a", encoding="utf-8", errors="replace") as f:
            f.write(f"--- {stamp} {what}\n{trace.rstrip()}\n")
    except OSError:
        pass
    return path
