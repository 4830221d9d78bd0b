"""The store under concurrent first use, read-only files and unwritable folders."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sitroom.errors import StoreError
from sitroom.model import Document
from sitroom.store import SCHEMA_VERSION, Store

CREATE = """
import sys
from sitroom.model import Document
from sitroom.store import Store
with Store(sys.argv[1]) as s:
    s.add_document(Document(id=sys.argv[2], text="report " + sys.argv[2],
                            content_hash="h" + sys.argv[2]))
"""

as_root = pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                             reason="root ignores file permissions")


def test_two_processes_creating_the_same_new_database_never_race(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for attempt in range(6):
        db = tmp_path / f"new{attempt}.db"
        procs = [subprocess.Popen([sys.executable, "-c", CREATE, str(db), f"d{attempt}{k}"],
                                  env=env, stderr=subprocess.PIPE, text=True) for k in range(2)]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0], errors
        with Store(db) as s:
            assert s.schema_version == SCHEMA_VERSION
            assert s.count_documents() == 2


@as_root
def test_a_read_only_database_is_named_read_only_not_damaged(tmp_path):
    db = tmp_path / "ro.db"
    with Store(db) as s:
        s.add_document(Document(id="a", text="report a", content_hash="ha"))
    # an old schema must be migrated, which needs writing
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version=2")
    conn.execute("DROP TABLE failures")
    conn.commit()
    conn.close()
    for extra in ("-wal", "-shm"):
        (tmp_path / ("ro.db" + extra)).unlink(missing_ok=True)
    db.chmod(0o444)
    try:
        with pytest.raises(StoreError) as info:
            Store(db)
        assert info.value.message == f"{db}: the database is read-only"
        assert "writable" in info.value.hint
    finally:
        db.chmod(0o644)


@as_root
def test_a_database_in_an_unwritable_folder_is_named_so_not_damaged(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError) as info:
            Store(folder / "new.db")
        assert info.value.message == f"{folder / 'new.db'}: cannot write in the folder {folder}"
        assert info.value.hint == "give --db a path in a folder you can write"
    finally:
        folder.chmod(0o755)


def test_sqlite_write_refusals_become_the_read_only_message(tmp_path):
    import sqlite3

    from sitroom.store import open_error

    db = tmp_path / "ro.db"
    Store(db).close()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert open_error(db, info.value).message == f"{db}: the database is read-only"


def test_sqlite_open_refusals_in_an_unwritable_folder_name_the_folder(tmp_path, monkeypatch):
    import sqlite3

    from sitroom import store

    with pytest.raises(sqlite3.OperationalError) as info:
        sqlite3.connect(tmp_path / "missing" / "x.db")
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    err = store.open_error(tmp_path / "new.db", info.value)
    assert err.message == f"{tmp_path / 'new.db'}: cannot write in the folder {tmp_path}"


def test_writing_to_a_read_only_database_is_a_store_error_not_a_traceback(tmp_path):
    import sqlite3

    db = tmp_path / "ro.db"
    s = Store(db)
    s.conn.close()
    s.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(StoreError) as info:
        s.add_document(Document(id="a", text="report a", content_hash="ha"))
    assert info.value.message == f"{db}: the database is read-only"
    s.close()
