"""Hostile paths and inputs at ingest: every one gets its own line, the batch goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestFailure, IngestWarning, read_file, read_paths
from sitroom.ingest.walk import within
from sitroom.model import Document
from sitroom.store import Store

runner = CliRunner()
GOOD = "Troops entered the city on Monday, officials said. The mayor left.\n"


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def test_a_file_name_that_is_not_utf8_is_read_stored_and_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write(GOOD.encode())
    (folder / "b.txt").write_text("Another report about the border crossing today.\n")
    [a, b] = sorted(docs(read_paths([folder])), key=lambda d: d.source)
    assert a.source == str(folder / "b.txt")
    assert b.source == str(folder / "caf\ufffd.txt")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert r.exit_code == 0 and "Traceback" not in r.output
    with Store(db) as s:
        assert s.count_documents() == 2


def test_a_250_character_file_name_is_read(tmp_path):
    name = "r" * 246 + ".txt"
    (tmp_path / name).write_text(GOOD)
    [doc] = docs(read_paths([tmp_path]))
    assert doc.source.endswith(name)
    assert read_file(tmp_path / name)[0].text == doc.text


def test_an_unreadable_file_is_one_error_line_and_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD)
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(locked), "--db", str(db)])
    assert r.exit_code == 1
    assert (f"Error: {locked}: cannot read it (Permission denied); check the file's "
            "permissions\n") in r.output
    assert "Ingested 1 new reports, 1 failed" in r.output


def test_an_unreadable_subfolder_is_named_not_skipped_silently(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "b.txt").write_text("hidden report")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([tmp_path]))
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert [(f.path, f.message) for f in failures] == [
        (str(tmp_path / "closed"), "cannot read the folder (Permission denied)")]
    assert len(docs(items)) == 1


def test_symlinks_out_of_the_folder_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("The secret plan was never published anywhere.\n")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(GOOD)
    (inbox / "link.txt").symlink_to(outside / "secret.txt")
    (inbox / "dir").symlink_to(outside)
    (inbox / "loop").symlink_to(inbox / "loop")
    items = list(read_paths([inbox], warnings=True))
    assert [d.source for d in docs(items)] == [str(inbox / "a.txt")]
    assert list(read_paths([inbox])) == docs(items)  # warnings only when asked for
    warnings = [i for i in items if isinstance(i, IngestWarning)]
    assert sorted(w.path for w in warnings) == [str(inbox / "dir"), str(inbox / "link.txt"),
                                                str(inbox / "loop")]
    assert all("not followed" in w.message for w in warnings)
    assert within(inbox, inbox / "a.txt") and not within(inbox, inbox / "link.txt")


def test_partial_and_written_dates_in_meta_keep_their_precision(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(f"Report {name}: troops moved north on the highway.\n")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps([
        {"file": "a.txt", "published": "2023-06"},
        {"file": "b.txt", "published": "2023"},
        {"file": "c.txt", "published": "June 24, 2023"},
        {"file": "d.txt", "published": "Sat, 24 Jun 2023 10:05:00 +0200"},
    ]))
    got = {Path(d.source).name: (d.published, dict(d.meta)["published_precision"])
           for d in docs(read_paths([tmp_path], meta=meta))}
    assert got == {"a.txt": ("2023-06", "month"), "b.txt": ("2023", "year"),
                   "c.txt": ("2023-06-24", "day"),
                   "d.txt": ("2023-06-24T10:05:00+02:00", "time")}


def test_a_bad_meta_entry_is_skipped_with_its_own_message_and_the_rest_applies(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("Another report about the border crossing today.\n")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps([{"file": "a.txt", "published": "soon", "outlet": "X"},
                                {"file": "b.txt", "outlet": "Wire"}]))
    items = list(read_paths([tmp_path], meta=meta))
    [failure] = [i for i in items if isinstance(i, IngestFailure)]
    assert (failure.path, failure.message) == (
        str(meta), "entry 1: \"published\" is not a date: 'soon'; entry skipped")
    outlets = {Path(d.source).name: d.outlet for d in docs(items)}
    assert outlets == {"a.txt": None, "b.txt": "Wire"}


def test_corrupt_utf8_bytes_are_replaced_counted_and_shown(tmp_path):
    text = "General Zlatev said “we will return” – it’s over for now, officials said.\n"
    data = text.encode()
    (tmp_path / "c.txt").write_bytes(data[:20] + b"\xff\xfe" + data[20:])
    items = list(read_paths([tmp_path / "c.txt"], warnings=True))
    [doc] = docs(items)
    assert "“we will return” – it’s" in doc.text  # not mojibake
    assert doc.text.count("\ufffd") == 2 and dict(doc.meta)["decode_errors"] == "2"
    [warning] = [i for i in items if isinstance(i, IngestWarning)]
    assert warning.message.startswith("2 undecodable byte sequences replaced")
    db = tmp_path / "s.db"
    r = runner.invoke(app, ["ingest", str(tmp_path / "c.txt"), "--db", str(db)])
    assert r.exit_code == 0 and r.output.startswith(f"Warning: {tmp_path / 'c.txt'}: 2 undecod")
    r = runner.invoke(app, ["status", "--db", str(db)])
    assert f"  {tmp_path / 'c.txt'}  (2 undecodable bytes replaced)\n" in r.output


def test_a_broken_feed_is_read_with_a_warning(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text("<rss><channel><title>Wire</title><item><title>One</title>"
                    "<description>Troops crossed the river at dawn.</description></item>"
                    "<item><title>Two &bad</title><description>More troops came."
                    "</description></item></channel>")
    items = list(read_paths([feed], warnings=True))
    assert docs(items)
    [warning] = [i for i in items if isinstance(i, IngestWarning)]
    assert warning.path == str(feed) and warning.message.startswith("the feed is not well formed")


def test_a_report_over_the_size_limit_is_stored_as_parts_under_it(tmp_path):
    paragraph = "The convoy moved along the highway toward the capital on Saturday. " * 20
    (tmp_path / "long.txt").write_text("Long report\n\n" + "\n\n".join([paragraph] * 30))
    items = list(read_paths([tmp_path / "long.txt"], max_chars=5000, warnings=True))
    parts = docs(items)
    assert len(parts) > 1 and all(len(p.text) <= 5000 for p in parts)
    assert [dict(p.meta)["part"] for p in parts] == [f"{k}/{len(parts)}"
                                                     for k in range(1, len(parts) + 1)]
    assert parts[0].title == f"Long report (part 1 of {len(parts)})"
    assert parts[1].source == f"{tmp_path / 'long.txt'}#part-2"
    assert all(p.text.endswith("Saturday.") for p in parts)  # cut at paragraph breaks
    [warning] = [i for i in items if isinstance(i, IngestWarning)]
    assert f"stored as {len(parts)} parts" in warning.message
