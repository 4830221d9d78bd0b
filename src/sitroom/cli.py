"""The command line: a thin layer over the library.

Library errors become a one-line ``Error: ...`` naming the file and the fix, exit code 1;
usage errors exit 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .cli_common import QUIET, err, fail, handled, progress_bar
from .cli_eval import eval_app, train
from .errors import SitroomError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="sitroom: a situation room for breaking news.\n\n"
    "Example: sitroom run examples/reports --meta examples/meta.json",
)
app.add_typer(eval_app, name="eval")

DB = typer.Option(Path("sitroom.db"), "--db", help="The database file.")
MAX_CHARS = typer.Option(None, "--max-chars", min=1000, help="Store a longer report as parts "
                         "cut at paragraph breaks (default: $SITROOM_MAX_CHARS or 100000).")
JSON = typer.Option(False, "--json", help="Print a JSON summary on stdout (for scripts).")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"sitroom {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                       help="Print the version and exit.")) -> None:
    """sitroom: a situation room for breaking news."""


def _open(db: Path, create: bool = True):
    from .store import Store

    return Store(db, create=create)


def _check_paths(paths: list[Path]) -> None:
    if not paths:
        err("no reports given; name files or folders, e.g. `sitroom ingest examples/reports`")
        raise typer.Exit(2)


def _ingest(store, reports: list[Path], meta: Path | None, quiet: bool,
            max_chars: int | None = None, sink: dict | None = None) -> int:
    from .pipeline import ingest

    with progress_bar(quiet) as bar:
        summary = ingest(store, reports, meta=meta, progress=bar, max_chars=max_chars)
    for w in summary.warnings:
        typer.echo(f"Warning: {w.path}: {w.message}", err=True)
    if sink is not None:
        sink["ingest"] = {"added": summary.added, "already_stored": summary.duplicates,
                          "copies": [{"doc": d, "copy_of": o} for d, o in summary.copies],
                          "failed": [{"path": str(f.path), "message": f.message}
                                     for f in summary.failures], "database": str(store.path)}
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


def _analyze(store, quiet: bool, workers: int | None = None, scheduler: str = "auto",
             dask_address: str | None = None, retry_failed: bool = False,
             sink: dict | None = None, relink: bool = False) -> int:
    """Analyse and link; one ``Error:`` line per failed report (and for a failed link stage).
    Gives the exit code: 1 if anything failed."""
    from .pipeline import analyze

    with progress_bar(quiet) as bar:
        s = analyze(store, progress=bar, workers=workers, scheduler=scheduler,
                    dask_address=dask_address, retry_failed=retry_failed, relink=relink)
    for f in s.failed:
        err(f"{f['source']}: analysis failed ({f['stage']}: {f['error']}); details in {s.log}")
    if s.link_error:
        err(f"link: building the picture failed ({s.link_error}); the previous picture is "
            f"kept; details in {s.log}")
    if sink is not None:
        sink["analyze"] = {"analyzed": s.analyzed, "documents": s.documents,
                           "counts": dict(s.counts),
                           "failed": [{"source": f["source"], "stage": f["stage"],
                                       "error": f["error"]} for f in s.failed],
                           "link_error": s.link_error}
    if not quiet:
        c = s.counts
        from .html_report import counted

        failed = f", {len(s.failed)} failed" if s.failed else ""
        typer.echo(f"Analysed {counted(s.analyzed, 'report')} ({s.documents} stored{failed}): "
                   + ", ".join(counted(c[k], k[:-1]) for k in
                               ("events", "actors", "places", "quotes", "claims")) + ".",
                   err=True)
    return 1 if s.failed or s.link_error else 0


@app.command()
def ingest(
    reports: list[Path] = typer.Argument(None, help="Files or folders (recursed)."),
    meta: Path | None = typer.Option(None, "--meta", help="JSON list of per-file metadata."),
    db: Path = DB,
    quiet: bool = QUIET,
    max_chars: int | None = MAX_CHARS,
    as_json: bool = JSON,
) -> None:
    """Store new reports (the same report twice is stored once).

    Example: sitroom ingest examples/reports --db crisis.db
    """
    _check_paths(reports)
    sink: dict | None = {} if as_json else None
    with handled(), _open(db) as store:
        code = _ingest(store, reports, meta, quiet or as_json, max_chars, sink)
    if sink is not None:
        typer.echo(json.dumps(sink["ingest"], ensure_ascii=False))
    raise typer.Exit(code)


SCHEDULER = typer.Option("auto", "--scheduler", help="Where annotate+extract run: auto "
                         "(one process per core when 300,000 characters or more wait, else "
                         "this one) | local | processes (--workers N) | dask (docs/scale.md).")
WORKERS = typer.Option(None, "--workers", help="Processes (or local Dask workers) for "
                       "annotate+extract: exactly N; default: one per core with --scheduler "
                       "processes|dask, else 1.")
DASK_ADDRESS = typer.Option(None, "--dask-address", help="With --scheduler dask: a running "
                            "scheduler (tcp://HOST:PORT); default: a local cluster of --workers.")


@app.command()
def analyze(db: Path = DB, quiet: bool = QUIET,
            workers: int | None = WORKERS,
            scheduler: str = SCHEDULER, dask_address: str | None = DASK_ADDRESS,
            retry_failed: bool = typer.Option(False, "--retry-failed", help="Analyse again the "
                                              "reports whose analysis failed (sitroom status)."),
            relink: bool = typer.Option(False, "--relink", help="Rebuild the whole picture "
                                        "and rewrite every row, even if nothing is new."),
            as_json: bool = JSON) -> None:
    """(Re)build the picture: analyse new reports and bring the picture up to date.

    A report whose analysis fails is kept as failed (see `sitroom status`) and the others go
    on; the command then exits 1 with one line per failed report.

    Example: sitroom analyze --db crisis.db
    """
    sink: dict | None = {} if as_json else None
    with handled(), _open(db, create=False) as store:
        code = _analyze(store, quiet or as_json, workers, scheduler, dask_address,
                        retry_failed, sink, relink)
    if sink is not None:
        typer.echo(json.dumps(sink["analyze"], ensure_ascii=False))
    raise typer.Exit(code)


@app.command()
def status(db: Path = DB,
           all_reports: bool = typer.Option(False, "--all", help="List every report, not only "
                                            "the failed and the marked ones."),
           json_out: bool = typer.Option(False, "--json", help="Print the states as JSON."),
           ) -> None:
    """List the stored reports by state: stored (waiting), analysed, failed (with the error).

    Example: sitroom status --db crisis.db
    """
    from .status import format_status

    with handled(), _open(db, create=False) as store:
        states = store.states()
    if json_out:
        typer.echo(json.dumps(states, indent=1, ensure_ascii=False))
    else:
        typer.echo(format_status(states, str(db), all_reports), nl=False)


REPORT_FORMATS = ("terminal", "md", "html")
EXPORT_FORMATS = ("json", "jsonl", "csv", "plover", "geojson", "graphml")


def _write(text: str, output: Path | None) -> None:
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
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to a file."),
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
                               help="json | jsonl | csv | plover (events as PLOVER JSON Lines) | geojson (for "
                               "QGIS) | graphml (actor network, for Gephi)"),
    what: str | None = typer.Option(
        None, "--what", help="events | actors | quotes | claims | places | timeline | links | "
        "documents | stories | framing | mentions | happenings (who did what to whom, one row "
        "per happening and actor) (jsonl and csv write one kind; default events)"),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to a file."),
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
            if what not in (None, "events", "places"):
                raise SitroomError(f"--what {what}: GeoJSON has two layers",
                                   "use --what events (the default) or --what places")
            text = json.dumps(geo_exports.to_geojson(picture_dict(store), what or "events"),
                              ensure_ascii=False, indent=1) + "\n"
        elif format == "graphml":
            text = geo_exports.to_graphml(picture_dict(store))
        else:
            text = render(store, format, what)
    _write(text, output)


@app.command()
def timeline(
    actor: str = typer.Argument(..., help="An actor's id, name or alias, or part of its name."),
    db: Path = DB,
    undated: bool = typer.Option(False, "--undated", help="Also list what the reports tell "
                                 "without a date."),
    json_out: bool = typer.Option(False, "--json", help="Print the timeline as JSON."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to a file."),
) -> None:
    """One actor's timeline: what the reports tell the actor did or underwent, in time order
    across reports, each line with its report and sentence.

    Example: sitroom timeline "Jane Doe" --db crisis.db
    """
    from . import actor_timeline_view as atv

    with handled(), _open(db, create=False) as store:
        tl = atv.from_store(store, actor)
    _write(json.dumps(tl, ensure_ascii=False, indent=1) + "\n" if json_out
           else atv.as_text(tl, undated), output)


@app.command()
def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    watch: Path | None = typer.Option(None, "--watch", help="A folder: reports dropped "
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
    meta: Path | None = typer.Option(None, "--meta", help="JSON list of per-file metadata."),
    db: Path = DB,
    out: Path | None = typer.Option(None, "--out", help="Also write report.md, "
                                       "report.html and picture.json into this folder."),
    quiet: bool = QUIET,
    workers: int | None = WORKERS,
    scheduler: str = SCHEDULER,
    dask_address: str | None = DASK_ADDRESS,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary on stdout "
                                 "instead of the report (for scripts)."),
) -> None:
    """Ingest, analyse and print the situation report.

    Example: sitroom run examples/reports --meta examples/meta.json --out out/
    """
    from . import html_report
    from . import report as rep
    from .export import render

    _check_paths(reports)
    sink: dict | None = {} if as_json else None
    with handled(), _open(db) as store:
        code = _ingest(store, reports, meta, quiet or as_json, sink=sink)
        code = max(code, _analyze(store, quiet or as_json, workers, scheduler, dask_address,
                                  sink=sink))
        if out:
            out.mkdir(parents=True, exist_ok=True)
            (out / "report.md").write_text(rep.markdown(store), encoding="utf-8")
            (out / "picture.json").write_text(render(store, "json"), encoding="utf-8")
            (out / "report.html").write_text(html_report.from_store(store), encoding="utf-8")
        if sink is not None:
            typer.echo(json.dumps(sink, ensure_ascii=False))
        elif quiet:
            typer.echo(rep.markdown(store), nl=False)
        else:
            rep.print_terminal(store)
    raise typer.Exit(code)


@app.command()
def bench(
    words: int = typer.Option(20000, "--words", help="Words of text to process."),
    reports: int | None = typer.Option(None, "--reports", help="Process this many generated "
                                          "reports instead (e.g. 1000, for the link stage)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    link_sizes: str | None = typer.Option(None, "--link-sizes", help="Instead: time the link "
                                             "stage (seconds, peak memory) at these archive "
                                             "sizes, e.g. 250,500,1000, and the log-log slope."),
    incremental: int = typer.Option(0, "--incremental", help="With --link-sizes: then add this "
                                    "many reports one by one to the largest store and time "
                                    "each ingest + analyse."),
) -> None:
    """Time the full pipeline against bare spaCy nlp.pipe on the same text, and the link stage.

    Example: sitroom bench --words 20000
    Example: sitroom bench --link-sizes 250,500,1000 --incremental 5
    """
    from .bench import format_text, run_bench

    with handled():
        if link_sizes:
            from .bench_link import format_scaling, link_scaling

            try:
                sizes = [int(x) for x in link_sizes.split(",") if x.strip()]
            except ValueError:
                raise SitroomError(f"--link-sizes {link_sizes}: not a list of numbers",
                                   "give report counts separated by commas, e.g. 250,500,1000") from None
            say = (lambda m: None) if json_out else (lambda m: typer.echo(m, err=True))
            scaling = link_scaling(sizes, incremental=incremental, progress=say)
            typer.echo(json.dumps(scaling, indent=2) if json_out else format_scaling(scaling))
            return
        result = run_bench(words, reports)
    typer.echo(json.dumps(result, indent=2) if json_out else format_text(result))


app.command()(train)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted; stored reports are kept, rerun to finish.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
