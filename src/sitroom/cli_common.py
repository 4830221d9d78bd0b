"""What every command shares: the one-line ``Error: ...`` exit and the progress bars."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from .errors import SitroomError

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
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:  # items per second, over rich's recent samples
            return Text(f"{task.speed or 0:.1f}/s")

    console = Console(stderr=True)
    rate = Rate()
    with Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), rate,
                  TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                  console=console, transient=True,
                  disable=not console.is_terminal) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        yield update
