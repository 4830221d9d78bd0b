"""The ``eval`` sub-commands (scores on public gold data) and ``train``, registered on the
command line's app by ``cli.py``."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import typer

from .cli_common import QUIET, fail, handled, progress_bar
from .errors import SitroomError

eval_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                       help="Score sitroom on public gold data.\n\n"
                            "Example: sitroom eval time --data ../shared/eval/time-tempeval3 --json")


EVALS = {
    "time": "TempEval-3 time expressions (TimeML .tml files, searched recursively)",
    "timeline": "SemEval-2015 Task 4 track A timelines",
    "quotes": "PolNeAR attribution (source, cue, content spans)",
    "factuality": "UW (--format uw) or MEANTIME (--format meantime) factuality",
    "events": "PLOVER gold records (event type, actor, recipient)",
    "geo": "LGL toponym resolution (Gritta et al. metrics)",
    "coref": "ECB+ cross-document event coreference (CoNLL F1)",
    "stance": "FNC-1 headline/body stance (FNC score)",
    "actors": "MEANTIME actors end to end across reports (B-cubed, coverage)",
    "participants": "ECB+ participants: entity coreference of the actors (CoNLL F1)",
    "anchoring": "MEANTIME events anchored to the right day (TLINKs to times and the DCT)",
    "speakers": "PolNeAR quote speakers against the hand-checked gold (accuracy per kind)",
    "stories": "stories of the picture against gold stories (ECB+ topics or FNC-1; B-cubed, purity)",
}


def _eval_command(name: str, doc: str):
    def command(
        data: Path = typer.Option(..., "--data", help="The gold data (file or folder)."),
        limit: int | None = typer.Option(None, "--limit", help="Score only the first N items."),
        json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
        format: str | None = typer.Option(None, "--format", help="Data layout, where the "
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


@eval_app.command("language")
def eval_language(
    data: Path | None = typer.Option(None, "--data", help="A language set (JSON); default "
                                        "the packaged one (data/eval/language_set.json)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Language identification accuracy on example sentences shipped in installed packages.

    Example: sitroom eval language --json
    """
    from .eval import language

    with handled():
        result = language.evaluate(data)
    typer.echo(json.dumps(result, indent=2, sort_keys=True) if json_out
               else language.format_text(result))


@eval_app.command("names")
def eval_names(
    data: Path | None = typer.Option(None, "--data", help="Name pairs (TSV); default the "
                                        "packaged data/eval/name_pairs.tsv."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Cross-script actor linking: precision and recall on name pairs across spellings.

    Example: sitroom eval names --json
    """
    from .eval import names

    with handled():
        result = names.evaluate(data)
    typer.echo(json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) if json_out
               else names.format_text(result))


@eval_app.command("geo")
def eval_geo(
    data: Path = typer.Option(..., "--data", help="The LGL file (lgl.xml) or its folder."),
    limit: int | None = typer.Option(None, "--limit", help="Score only the first N articles."),
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


@eval_app.command("robustness")
def eval_robustness(
    data: Path | None = typer.Option(Path("../shared/eval"), "--data",
                                        help="The shared eval folder (its news texts)."),
    seeds: Path | None = typer.Option(None, "--seeds", help="A folder of reports with its "
                                         "meta.json [default: seeds beside the eval folder]."),
    reports: list[Path] | None = typer.Option(None, "--reports", help="Also these report "
                                                 "files or folders (repeatable)."),
    sample: int | None = typer.Option(None, "--sample", min=1, help="Only N real texts, "
                                         "spread over the corpora (and one mutation of each)."),
    mutate: bool = typer.Option(True, "--mutate/--no-mutate", help="Also run mutations."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    quiet: bool = QUIET,
) -> None:
    """Torture run: the whole pipeline over every real text and mutations of them; counts
    exceptions (exit 1 if any), time and peak memory.

    Example: sitroom eval robustness --data ../shared/eval --sample 100
    """
    from .eval import robustness

    if seeds is None and data is not None and (data.parent / "seeds").is_dir():
        seeds = data.parent / "seeds"
    with handled(), progress_bar(quiet) as bar:
        result = robustness.evaluate(data, sample, seeds, reports or (), mutate, progress=bar)
    typer.echo(json.dumps(result, indent=2, sort_keys=True) if json_out
               else robustness.format_text(result))
    raise typer.Exit(1 if result["exceptions"] else 0)


@eval_app.command("all")
def eval_all(
    data: Path = typer.Option(Path("../shared/eval"), "--data", help="The shared eval folder."),
    only: list[str] | None = typer.Option(None, "--only", metavar="NAME",
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


def train(
    model: str = typer.Argument(..., help="Which model: factuality | quotes | stance | coref | events | plover | timeline | actors."),
    data: Path = typer.Option(..., "--data", help="The training data (UW folder, PolNeAR data, "
                              "FNC-1 folder, ECB+ folder, PolNeAR data for events, events-plover for plover, "
                              "timeline-semeval2015/corpus_1 for timeline, the eval folder for actors)."),
    precise: bool = typer.Option(False, "--precise", help="events: write the refit to "
                                 "data/event_filter_model_precise.json, the filter of "
                                 "SITROOM_EVENT_FILTER=precise (the default filter is kept)."),
) -> None:
    """Retrain a shipped model (src/sitroom/data), deterministically.

    factuality and quotes learn from the training split, never the scored one; stance and
    coref have only development data, so the command prints the figure on held-out bodies or
    topics (the honest one) before fitting the shipped model on all of it.

    Example: sitroom train factuality --data ../shared/eval/factuality-uw
    """
    from .training import train as run_training

    with handled():
        typer.echo(json.dumps(run_training(model, data, precise=precise), indent=2))
