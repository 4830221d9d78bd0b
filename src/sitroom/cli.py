"""The command line: a thin layer over the library.

Library errors become a one-line ``Error: ...`` naming the file and the fix, exit code 1;
usage errors exit 2.
"""

from __future__ import annotations

import importlib
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer

from .errors import SitroomError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="sitroom: a situation room for breaking news.\n\n"
    "Example: sitroom run examples/reports --meta examples/meta.json",
)
eval_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                       help="Score sitroom on public gold data.\n\n"
                            "Example: sitroom eval time --data ../shared/eval/time-tempeval3 --json")
app.add_typer(eval_app, name="eval")

DB = typer.Option(Path("sitroom.db"), "--db", help="The database file.")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bars or summaries (for scripts).")


def err(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)


def fail(exc: SitroomError) -> None:
    err(f"{exc.message}" + (f"; {exc.hint}" if exc.hint else ""))
    raise typer.Exit(1)


@contextmanager
def handled() -> Iterator[None]:
    try:
        yield
    except SitroomError as exc:
        fail(exc)


@contextmanager
def progress_bar(quiet: bool):
    """A progress callback drawing rich bars on stderr (nothing when quiet or not a terminal)."""
    if quiet:
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True,
                  disable=not console.is_terminal) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        yield update


def _open(db: Path, create: bool = True):
    from .store import Store

    return Store(db, create=create)


def _check_paths(paths: list[Path]) -> None:
    if not paths:
        err("no reports given; name files or folders, e.g. `sitroom ingest examples/reports`")
        raise typer.Exit(2)


def _ingest(store, reports: list[Path], meta: Optional[Path], quiet: bool) -> int:
    from .pipeline import ingest

    with progress_bar(quiet) as bar:
        summary = ingest(store, reports, meta=meta, progress=bar)
    for f in summary.failures:
        err(f"{f.path}: {f.message}" + (f"; {f.hint}" if f.hint else ""))
    if not quiet:
        msg = f"Ingested {len(summary.added)} new reports"
        if summary.duplicates:
            msg += f", {len(summary.duplicates)} already stored"
        if summary.copies:
            msg += f", {len(summary.copies)} near-duplicate copies linked"
        if summary.failures:
            msg += f", {len(summary.failures)} failed"
        typer.echo(msg + f" (database: {store.path}).", err=True)
    return 1 if summary.failures else 0


def _analyze(store, quiet: bool, workers: int = 1, scheduler: str = "local",
             dask_address: Optional[str] = None) -> None:
    from .pipeline import analyze

    with progress_bar(quiet) as bar:
        s = analyze(store, progress=bar, workers=workers, scheduler=scheduler,
                    dask_address=dask_address)
    if not quiet:
        c = s.counts
        from .html_report import counted

        typer.echo(f"Analysed {counted(s.analyzed, 'report')} ({s.documents} stored): "
                   + ", ".join(counted(c[k], k[:-1]) for k in
                               ("events", "actors", "places", "quotes", "claims")) + ".",
                   err=True)


@app.command()
def ingest(
    reports: list[Path] = typer.Argument(None, help="Files or folders (recursed)."),
    meta: Optional[Path] = typer.Option(None, "--meta", help="JSON list of per-file metadata."),
    db: Path = DB,
    quiet: bool = QUIET,
) -> None:
    """Store new reports (the same report twice is stored once).

    Example: sitroom ingest examples/reports --db crisis.db
    """
    _check_paths(reports)
    with handled(), _open(db) as store:
        code = _ingest(store, reports, meta, quiet)
    raise typer.Exit(code)


SCHEDULER = typer.Option("local", "--scheduler", help="Where annotate+extract run: local | "
                         "processes (--workers N) | dask (docs/scale.md).")
DASK_ADDRESS = typer.Option(None, "--dask-address", help="With --scheduler dask: a running "
                            "scheduler (tcp://HOST:PORT); default: a local cluster of --workers.")


@app.command()
def analyze(db: Path = DB, quiet: bool = QUIET,
            workers: int = typer.Option(1, "--workers", help="Processes for annotate+extract."),
            scheduler: str = SCHEDULER, dask_address: Optional[str] = DASK_ADDRESS,
            ) -> None:
    """(Re)build the picture: analyse new reports and link all of them.

    Example: sitroom analyze --db crisis.db
    """
    with handled(), _open(db, create=False) as store:
        _analyze(store, quiet, workers, scheduler, dask_address)


REPORT_FORMATS = ("terminal", "md", "html")
EXPORT_FORMATS = ("json", "jsonl", "csv", "geojson", "graphml")


def _write(text: str, output: Optional[Path]) -> None:
    """Write ``text`` to ``output`` (a file) or to standard output."""
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(SitroomError(f"{output}: cannot write ({exc.strerror or exc})",
                          "choose a writable path with -o"))


@app.command()
def report(
    db: Path = DB,
    format: str = typer.Option("terminal", "--format", "-f", help="terminal | md | html"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to a file."),
) -> None:
    """Read the situation report (html: one self-contained file that opens offline).

    Example: sitroom report --format html -o report.html
    """
    from . import html_report
    from . import report as rep

    if format not in REPORT_FORMATS:
        err(f"unknown report format {format!r}; use terminal, md or html")
        raise typer.Exit(2)
    with handled(), _open(db, create=False) as store:
        if format == "html":
            _write(html_report.from_store(store), output)
        elif format == "md" or output:
            _write(rep.markdown(store), output)
        else:
            rep.print_terminal(store)


@app.command()
def export(
    db: Path = DB,
    format: str = typer.Option(..., "--format", "-f",
                               help="json | jsonl | csv | geojson (events with places, for "
                               "QGIS) | graphml (actor network, for Gephi)"),
    what: Optional[str] = typer.Option(
        None, "--what", help="events | actors | quotes | claims | places | timeline | links | "
        "documents | stories | framing (jsonl and csv write one kind; default events)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to a file."),
) -> None:
    """Export the picture (formats described in docs/format.md).

    Example: sitroom export --format geojson -o events.geojson
    """
    from . import geo_exports
    from .export import picture_dict, render

    if format not in EXPORT_FORMATS:
        err(f"unknown export format {format!r}; use " + ", ".join(EXPORT_FORMATS))
        raise typer.Exit(2)
    with handled(), _open(db, create=False) as store:
        if format == "geojson":
            text = json.dumps(geo_exports.to_geojson(picture_dict(store)), ensure_ascii=False,
                              indent=1) + "\n"
        elif format == "graphml":
            text = geo_exports.to_graphml(picture_dict(store))
        else:
            text = render(store, format, what)
    _write(text, output)


@app.command()
def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    watch: Optional[Path] = typer.Option(None, "--watch", help="A folder: reports dropped "
                                         "into it are ingested and shown within seconds."),
) -> None:
    """Serve the live situation room (web app and JSON API) on this machine.

    Writes (POST /api/reports) need the token set in $SITROOM_TOKEN at start-up, sent as
    `Authorization: Bearer TOKEN`; reads are open on loopback.

    Example: sitroom serve --db crisis.db --watch inbox/
    """
    import os

    from .web.app import serve as run_server

    token = os.environ.get("SITROOM_TOKEN") or None
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        err(f"--host {host} opens the app beyond this machine without a token; "
            "set SITROOM_TOKEN, or keep the default --host 127.0.0.1")
        raise typer.Exit(2)
    if watch is not None and not watch.is_dir():
        err(f"{watch}: no such folder; create it, or give --watch an existing folder")
        raise typer.Exit(1)
    if not db.exists():
        err(f"{db}: no such database; run `sitroom ingest REPORTS... --db {db}` first")
        raise typer.Exit(1)
    with handled():
        run_server(db, host=host, port=port, watch=watch, token=token)


@app.command()
def run(
    reports: list[Path] = typer.Argument(None, help="Files or folders (recursed)."),
    meta: Optional[Path] = typer.Option(None, "--meta", help="JSON list of per-file metadata."),
    db: Path = DB,
    out: Optional[Path] = typer.Option(None, "--out", help="Also write report.md, "
                                       "report.html and picture.json into this folder."),
    quiet: bool = QUIET,
    workers: int = typer.Option(1, "--workers", help="Processes for annotate+extract."),
    scheduler: str = SCHEDULER,
    dask_address: Optional[str] = DASK_ADDRESS,
) -> None:
    """Ingest, analyse and print the situation report.

    Example: sitroom run examples/reports --meta examples/meta.json --out out/
    """
    from . import html_report
    from . import report as rep
    from .export import render

    _check_paths(reports)
    with handled(), _open(db) as store:
        code = _ingest(store, reports, meta, quiet)
        _analyze(store, quiet, workers, scheduler, dask_address)
        if out:
            out.mkdir(parents=True, exist_ok=True)
            (out / "report.md").write_text(rep.markdown(store), encoding="utf-8")
            (out / "picture.json").write_text(render(store, "json"), encoding="utf-8")
            (out / "report.html").write_text(html_report.from_store(store), encoding="utf-8")
        if quiet:
            typer.echo(rep.markdown(store), nl=False)
        else:
            rep.print_terminal(store)
    raise typer.Exit(code)


@app.command()
def bench(
    words: int = typer.Option(20000, "--words", help="Words of text to process."),
    reports: Optional[int] = typer.Option(None, "--reports", help="Process this many generated "
                                          "reports instead (e.g. 1000, for the link stage)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Time the full pipeline against bare spaCy nlp.pipe on the same text, and the link stage.

    Example: sitroom bench --words 20000
    """
    from .bench import format_text, run_bench

    with handled():
        result = run_bench(words, reports)
    typer.echo(json.dumps(result, indent=2) if json_out else format_text(result))


EVALS = {
    "time": "TempEval-3 time expressions (TimeML .tml files, searched recursively)",
    "timeline": "SemEval-2015 Task 4 track A timelines",
    "quotes": "PolNeAR attribution (source, cue, content spans)",
    "factuality": "UW (--format uw) or MEANTIME (--format meantime) factuality",
    "events": "PLOVER gold records (event type, actor, recipient)",
    "geo": "LGL toponym resolution (Gritta et al. metrics)",
    "coref": "ECB+ cross-document event coreference (CoNLL F1)",
    "stance": "FNC-1 headline/body stance (FNC score)",
    "anchoring": "MEANTIME events anchored to the right day (TLINKs to times and the DCT)",
}


def _eval_command(name: str, doc: str):
    def command(
        data: Path = typer.Option(..., "--data", help="The gold data (file or folder)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N items."),
        json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
        format: Optional[str] = typer.Option(None, "--format", help="Data layout, where the "
                                             "benchmark has several (factuality: uw|meantime)."),
        part: str = typer.Option("all", "--part", help="all | even | odd: alternate halves, "
                                 "where the benchmark takes them (timeline, events, time)."),
    ) -> None:
        if not data.exists():
            fail(SitroomError(f"{data}: no such file or folder",
                              "give the benchmark's data with --data"))
        mod = importlib.import_module(f"sitroom.eval.{name}")
        options = {"format": format} if format else {}
        if part != "all":
            options["part"] = part
        with handled():
            result = mod.evaluate(data, limit=limit, **options)
        if json_out:
            typer.echo(json.dumps(result, indent=2, sort_keys=True))
        else:
            typer.echo(mod.format_text(result))

    command.__doc__ = f"{doc}.\n\nExample: sitroom eval {name} --data DIR --json"
    return command


for _name, _doc in EVALS.items():
    if _name != "geo":
        eval_app.command(_name)(_eval_command(_name, _doc))


@eval_app.command("geo")
def eval_geo(
    data: Path = typer.Option(..., "--data", help="The LGL file (lgl.xml) or its folder."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles."),
    part: str = typer.Option("all", "--part", help="all | even | odd: the alternate halves "
                             "of the articles, to check that a change holds on both."),
    mode: str = typer.Option("spans", "--mode", help="spans: resolve the gold toponyms (the "
                             "benchmark's setting) | extract: run the whole pipeline."),
    backoff: bool = typer.Option(True, "--backoff/--no-backoff", help="Place a name the "
                                 "gazetteer lacks at the article's focus (spans mode only; "
                                 "the pipeline leaves such names unresolved)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """LGL toponym resolution (Gritta et al. metrics: acc@161 km, mean error, AUC).

    Example: sitroom eval geo --data ../shared/eval/geo-lgl --part odd --no-backoff
    """
    from .eval import geo

    if not data.exists():
        fail(SitroomError(f"{data}: no such file or folder",
                          "give the benchmark's data with --data"))
    with handled():
        result = geo.evaluate(data, limit=limit, part=part, mode=mode, backoff=backoff)
    typer.echo(json.dumps(result, indent=2, sort_keys=True) if json_out
               else geo.format_text(result))


@eval_app.command("all")
def eval_all(
    data: Path = typer.Option(Path("../shared/eval"), "--data", help="The shared eval folder."),
    only: Optional[list[str]] = typer.Option(None, "--only", metavar="NAME",
                                             help="Score only this benchmark "
                                             "(repeatable): time, timeline, quotes, ..."),
    write: bool = typer.Option(False, "--write", help="Write src/sitroom/data/quality.json."),
    json_out: bool = typer.Option(False, "--json", help="Print the quality record as JSON."),
) -> None:
    """Every evaluation on the development gold data, as one table (docs/quality.md).

    Example: sitroom eval all --data ../shared/eval --write
    """
    from .eval.suite import command

    with handled():
        typer.echo(command(data, only, write, json_out, note=lambda m: typer.echo(m, err=True)))


@app.command()
def train(
    model: str = typer.Argument(..., help="Which model: factuality | quotes | stance | coref."),
    data: Path = typer.Option(..., "--data", help="The training data (UW folder, PolNeAR data, "
                              "FNC-1 folder or ECB+ folder)."),
) -> None:
    """Retrain a shipped model (src/sitroom/data), deterministically.

    factuality and quotes learn from the training split, never the scored one; stance and
    coref have only development data, so the command prints the figure on held-out bodies or
    topics (the honest one) before fitting the shipped model on all of it.

    Example: sitroom train factuality --data ../shared/eval/factuality-uw
    """
    from .training import train as run_training

    with handled():
        typer.echo(json.dumps(run_training(model, data), indent=2))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted; stored reports are kept, rerun to finish.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
