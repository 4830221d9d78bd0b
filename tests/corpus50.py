"""The 50-report sample corpus (sitroom.sample_corpus) run through the CLI, for the report's
scale tests and the browser's screenshots."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from sitroom import sample_corpus
from sitroom.cli import app as cli


def build(folder: Path) -> tuple[Path, dict[str, Any]]:
    """Generate the corpus in ``folder``, run it (``sitroom run ... --out``): the HTML
    report's path and the picture."""
    source = sample_corpus.write(folder / "in")
    r = CliRunner().invoke(cli, ["run", str(source), "--db", str(folder / "c50.db"),
                                 "--out", str(folder / "out"), "--quiet"])
    assert r.exit_code == 0, r.output
    out = folder / "out"
    return out / "report.html", json.loads((out / "picture.json").read_text(encoding="utf-8"))
