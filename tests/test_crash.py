"""kill -9 at any time leaves an intact store, and a rerun gives the same picture."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def sitroom(*args: object, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "sitroom.cli", *map(str, args), "--quiet"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def count(db: Path, table: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def export(db: Path) -> bytes:
    return subprocess.run([sys.executable, "-m", "sitroom.cli", "export", "--db", str(db),
                           "--format", "json"], env=ENV, capture_output=True, check=True).stdout


@pytest.mark.slow
def test_kill_9_during_analyze_leaves_an_intact_store_and_a_rerun_gives_the_same_export(
        tmp_path):
    clean = tmp_path / "clean.db"
    for args in (("ingest", EXAMPLES / "reports", "--meta", EXAMPLES / "meta.json"),
                 ("analyze",)):
        assert sitroom(*args, "--db", clean).wait(timeout=600) == 0
    killed = tmp_path / "killed.db"
    assert sitroom("ingest", EXAMPLES / "reports", "--meta", EXAMPLES / "meta.json",
                   "--db", killed).wait(timeout=600) == 0
    proc = sitroom("analyze", "--db", killed)
    deadline = time.monotonic() + 600
    while count(killed, "extractions") == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    conn = sqlite3.connect(killed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sitroom("analyze", "--db", killed).wait(timeout=600) == 0
    assert export(killed) == export(clean)
