"""The analyst tests' picture through the CLI: a store holding the reports of
test_export_report.DOCS and a hand-built picture, and a command run on it in-process as a user
runs it."""

from __future__ import annotations

import copy
from pathlib import Path


def cross_picture() -> dict:
    """A fresh copy of test_export_report's picture across outlets, free to change."""
    from test_export_report import cross_picture as picture

    return copy.deepcopy(picture())


def cli_output(tmp_path: Path, picture: dict, command: str, *options: str) -> str:
    """The output of ``sitroom COMMAND --db DB OPTIONS`` on a store holding ``picture`` (the
    command must succeed)."""
    from typer.testing import CliRunner

    from sitroom.cli import app
    from sitroom.model import Document, Extraction
    from sitroom.store import Store
    from test_export_report import DOCS

    db = tmp_path / "r.db"
    with Store(db) as s:
        for d in DOCS:
            s.add_document(Document(id=d["id"], text="Rebels seized the port. " * 8,
                                    content_hash="h-" + d["id"], title=d["title"],
                                    outlet=d["outlet"], published=d["published"]))
            s.put_extraction(Extraction(doc=d["id"]), "test", [])
        s.put_picture({k: v for k, v in picture.items() if k != "documents"})
    r = CliRunner().invoke(app, [command, "--db", str(db), *options])
    assert r.exit_code == 0, r.output
    return r.output
