"""``serve --watch``: the watched folder is followed through watchfiles; one bad file (a name
that is not UTF-8, a 250-character name, an unreadable file, a symbolic link) gets one warning
line and the watcher keeps going; /api/status tells the watcher's real state; links are never
followed out of the folder."""

from __future__ import annotations

import logging
import os
import time

import pytest
from fastapi.testclient import TestClient

from sitroom.web.app import create_app
from test_web_api import build_store, fake_analyze


@pytest.fixture()
def watched(tmp_path):
    db = tmp_path / "web.db"
    build_store(db)
    folder = tmp_path / "inbox"
    folder.mkdir()
    with TestClient(create_app(db, watch=folder, analyze=fake_analyze, poll=0.1)) as c:
        wait_for(lambda: c.get("/api/status").json()["watcher"] == "watching")
        yield c, folder


def wait_for(check, limit: float = 20.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


def documents(c) -> int:
    return c.get("/api/status").json()["documents"]


def drop_good(folder, name: str = "good.txt") -> None:
    (folder / name).write_text(f"Ferries stopped sailing from Burgas {name}. Harbour is closed.\n")


def test_a_good_report_after_bad_files_is_still_ingested(watched, caplog):
    c, folder = watched
    caplog.set_level(logging.WARNING, logger="sitroom.web.watch")
    bad_name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(bad_name, "wb") as fh:
        fh.write(b"Crowds gathered in the square on Friday.\n")
    long_name = folder / ("x" * 245 + ".txt")
    long_name.write_text("Troops left the bridge on Monday.\n")
    drop_good(folder)
    assert wait_for(lambda: documents(c) >= 4)
    status = c.get("/api/status").json()
    assert status["watcher"] == "watching" and status["watching"] == str(folder)
    time.sleep(0.5)  # a later change still reaches the watcher
    drop_good(folder, "later.txt")
    assert wait_for(lambda: c.get("/api/status").json()["ingested_from_folder"] >= 2)
    assert c.get("/api/status").json()["watcher"] == "watching"
    # a name that is not UTF-8 and a 250-character name are read by ingest (the first shown
    # with U+FFFD), so all four reports are stored above; at most one line each, said before
    # the rescan read the file, whatever the tries
    for bad in ("caf", "x" * 245):
        assert len([r for r in caplog.records if bad in r.getMessage()]) <= 1


def test_an_unreadable_file_is_one_warning_and_the_watch_goes_on(watched, caplog, monkeypatch):
    c, folder = watched
    caplog.set_level(logging.WARNING, logger="sitroom.web.watch")
    background = c.app.state.background
    real = background.ingest_file

    def ingest(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(background.watcher, "ingest", ingest)
    (folder / "locked.txt").write_text("Secret.\n")
    assert wait_for(lambda: (c.get("/api/status").json()["watch_error"] or "").startswith(
        f"{folder / 'locked.txt'}: Permission denied"))
    drop_good(folder)
    assert wait_for(lambda: documents(c) == 4)
    lines = [r.getMessage() for r in caplog.records if "locked.txt" in r.getMessage()]
    assert len(lines) == 1 and "skipped" in lines[0]
    assert c.get("/api/status").json()["watcher"] == "watching"


def test_symlinks_are_not_followed_out_of_the_folder(watched, tmp_path, caplog):
    c, folder = watched
    caplog.set_level(logging.WARNING, logger="sitroom.web.watch")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text("Private notes about the convoy on Tuesday.\n")
    (folder / "link.txt").symlink_to(outside / "private.txt")
    (folder / "linked-dir").symlink_to(outside, target_is_directory=True)
    drop_good(folder)
    assert wait_for(lambda: documents(c) == 4)
    time.sleep(0.5)
    assert documents(c) == 4
    texts = [d.get("title") or "" for d in c.get("/documents.json").json()["documents"]]
    assert not any("Private" in t for t in texts)
    assert any("link.txt" in r.getMessage() and "symbolic link" in r.getMessage()
               for r in caplog.records)


def test_status_tells_when_the_folder_is_gone(watched):
    c, folder = watched
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()
    assert wait_for(lambda: c.get("/api/status").json()["watcher"] == "failed")
    assert str(folder) in c.get("/api/status").json()["watch_error"]
    folder.mkdir()
    assert wait_for(lambda: c.get("/api/status").json()["watcher"] == "watching")
    drop_good(folder)
    assert wait_for(lambda: documents(c) == 4)


def test_status_without_a_folder_has_no_watcher(tmp_path):
    db = tmp_path / "web.db"
    build_store(db)
    with TestClient(create_app(db, analyze=fake_analyze)) as c:
        status = c.get("/api/status").json()
    assert status["watcher"] is None and status["watching"] is None
