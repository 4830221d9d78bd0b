"""``sitroom eval all``: every evaluation on the development gold data, one table, and the
measured figures written to ``sitroom/data/quality.json`` (read by the report footers).

Each benchmark is one :class:`Bench`: the name it has in quality.json, the module under
``sitroom.eval`` whose ``evaluate`` scores it, the data path under the shared ``eval`` folder,
the options it is scored with, and its headline figures for the table.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import subprocess
import time
from pathlib import Path
from typing import Any
from collections.abc import Callable

from ..benchmarks import BENCHES, Bench  # noqa: F401  (the suite's table, importable at run time)
from ..errors import InputError

QUALITY = Path(__file__).resolve().parents[1] / "data" / "quality.json"


def bench_names() -> list[str]:
    """The benchmark names, in table order."""
    return [b.name for b in BENCHES]


def select(only: list[str] | None) -> list[Bench]:
    """The benchmarks named in ``only`` (all when None or empty); unknown names are an error."""
    if not only:
        return list(BENCHES)
    unknown = [n for n in only if n not in bench_names()]
    if unknown:
        raise InputError("--only", f"unknown benchmark {', '.join(unknown)}",
                         "choose from " + ", ".join(bench_names()))
    return [b for b in BENCHES if b.name in only]


def run_one(bench: Bench, root: Path) -> dict:
    """Score one benchmark on the data under ``root``; gives its result dict, headline figures
    first (the report footers quote the first of them), plus ``seconds``."""
    data = root / bench.data
    if not data.exists():
        raise InputError(str(data), "no such file or folder",
                         "give the shared eval folder with --data (e.g. ../shared/eval)")
    mod = importlib.import_module(f"sitroom.eval.{bench.module}")
    t0 = time.perf_counter()
    result = mod.evaluate(data, **bench.options)
    seconds = round(time.perf_counter() - t0, 1)
    # headline figures first, nested ones ("named.b3_f1") raised to the top; lists of the
    # items scored wrong stay with the command that prints them, not in quality.json
    first = {k: v for k in bench.headline if (v := headline_value(result, k)) is not None}
    rest = {k: v for k, v in result.items() if k not in first and k != "errors"}
    return {**first, **rest, "seconds": seconds}


def run_all(root: Path, only: list[str] | None = None,
            progress: Callable[[str], None] = lambda name: None) -> dict[str, dict]:
    """Every selected benchmark on the data under ``root``: {name: result}, in table order.
    ``progress(name)`` is called before each one starts."""
    root = Path(root)
    if not root.is_dir():
        raise InputError(str(root), "no such folder",
                         "give the shared eval folder with --data (e.g. ../shared/eval)")
    out: dict[str, dict] = {}
    for bench in select(only):
        progress(bench.name)
        out[bench.name] = run_one(bench, root)
    return out


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"
    return str(value)


def headline_value(result: dict, key: str) -> Any:
    """A headline figure of a result: ``key``, or ``a.b`` for key ``b`` of the result's ``a``."""
    value: Any = result
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def format_table(results: dict[str, dict]) -> str:
    """A plain-text table: one row per benchmark, its headline figures, n and seconds."""
    by_name = {b.name: b for b in BENCHES}
    rows = [("benchmark", "figures", "n", "seconds")]
    for name, r in results.items():
        figs = "  ".join(f"{k} {_cell(v)}" for k in by_name[name].headline
                         if (v := headline_value(r, k)) is not None)
        rows.append((name, figs, _cell(r.get("n", "")), f"{r.get('seconds', 0.0):.1f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]:>{widths[3]}}"
        .rstrip() for row in rows)


def git_commit(repo: Path | None = None) -> str:
    """The short hash of HEAD of the repository holding this package, or '' without git."""
    cwd = repo or Path(__file__).resolve().parents[3]
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=cwd,
                             capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def quality_record(results: dict[str, dict], root: Path, today: dt.date | None = None,
                   commit: str | None = None) -> dict:
    """The quality.json record (shared shape: measured_on, commit, figures, data)."""
    by_name = {b.name: b for b in BENCHES}
    return {
        "measured_on": (today or dt.date.today()).isoformat(),
        "commit": git_commit() if commit is None else commit,
        "figures": results,
        "data": {name: str(Path(root) / by_name[name].data) for name in results},
    }


def write_quality(record: dict, path: Path = QUALITY) -> Path:
    """Write ``record`` as JSON to ``path``; figures of benchmarks not in ``record`` that the
    file already holds are kept (so ``--only`` refreshes some figures). Gives the path."""
    merged = dict(record)
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    if isinstance(old, dict) and isinstance(old.get("figures"), dict):
        merged["figures"] = {**old["figures"], **record["figures"]}
        merged["data"] = {**old.get("data", {}), **record["data"]}
        order = bench_names()
        merged["figures"] = {k: merged["figures"][k]
                             for k in sorted(merged["figures"], key=lambda k: (
                                 order.index(k) if k in order else len(order), k))}
    path.write_text(json.dumps(merged, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return path


def command(root: Path, only: list[str] | None = None, write: bool = False,
            as_json: bool = False, note: Callable[[str], None] = lambda msg: None) -> str:
    """What ``sitroom eval all`` prints: the table (or the quality record as JSON) of every
    selected benchmark on the data under ``root``; with ``write`` the record is also written to
    quality.json. ``note`` receives progress lines."""
    results = run_all(root, only, progress=lambda name: note(f"scoring {name} ..."))
    record = quality_record(results, root)
    if write:
        note(f"wrote {write_quality(record)}")
    return json.dumps(record, indent=1) if as_json else format_table(results)
