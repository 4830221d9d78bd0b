import sqlite3

import pytest

from sitroom.errors import StoreError
from sitroom.model import Document, Extraction, PlaceMention
from sitroom.store import SCHEMA_VERSION, Store


def doc(i: str, text: str) -> Document:
    return Document(id=i, text=text, content_hash="h-" + i, outlet="Wire", published="2024-05-01")


def test_new_database_has_schema_version_and_wal(tmp_path):
    with Store(tmp_path / "a.db") as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_document_twice_is_stored_once(tmp_path):
    with Store(tmp_path / "a.db") as s:
        assert s.add_document(doc("d1", "Troops crossed the river.")) is True
        assert s.add_document(doc("d1", "Troops crossed the river.")) is False
        assert s.count_documents() == 1
        assert s.documents()[0].outlet == "Wire"


def test_extraction_roundtrip_and_full_text_search(tmp_path):
    with Store(tmp_path / "a.db") as s:
        s.add_document(doc("d1", "Troops crossed the river. Talks began in Geneva."))
        ex = Extraction(doc="d1", places=(PlaceMention("d1", 41, 47, 1, "Geneva", "Geneva", 46.2, 6.14, "CH"),),
                        sentences=((0, 25), (26, 48)))
        assert s.pending("v1") == ["d1"]
        s.put_extraction(ex, "v1", [(0, 25, "Troops crossed the river."), (26, 48, "Talks began in Geneva.")])
        assert s.pending("v1") == []
        assert s.pending("v2") == ["d1"]
        assert s.extractions() == [ex]
        hits = s.search("geneva talks")
        assert [(h["doc"], h["i"], h["text"]) for h in hits] == [("d1", 1, "Talks began in Geneva.")]
        assert s.search("") == []
        assert [h["i"] for h in s.search("troop crossing")] == [0]  # word forms match


def test_a_version_1_database_is_migrated_and_its_index_rebuilt(tmp_path):
    from sitroom.store import MIGRATIONS, _split_sql

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for stmt in _split_sql(MIGRATIONS[0]):
        conn.execute(stmt)
    conn.execute("INSERT INTO documents (id, content_hash, kind, language, text, seq) "
                 "VALUES ('d1', 'h', 'text', 'en', 'Helicopters fired.', 1)")
    conn.execute("INSERT INTO sentences VALUES ('d1', 0, 0, 18, 'Helicopters fired.')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 7
        assert [h["text"] for h in s.search("helicopter")] == ["Helicopters fired."]


def test_failed_transaction_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "a.db") as s:
        s.add_document(doc("d1", "One."))
        with pytest.raises(RuntimeError):
            with s.transaction() as c:
                c.execute("INSERT INTO sentences (doc, i, start, end, text) VALUES ('d1', 0, 0, 4, 'One.')")
                raise RuntimeError("killed")
        assert s.conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0


def test_picture_replaced_whole(tmp_path):
    with Store(tmp_path / "a.db") as s:
        s.add_document(doc("d1", "One."))
        assert not s.has_picture()
        s.put_picture({"events": [{"id": "e1", "docs": ["d1"]}], "actors": []})
        assert s.picture("events") == [{"id": "e1", "docs": ["d1"]}]
        assert s.picture_is_current()
        s.put_picture({"events": [], "actors": [{"id": "a1", "evidence": [{"doc": "d1"}]}]})
        assert s.picture("events") == []
        assert s.picture("actors") == [{"id": "a1", "evidence": [{"doc": "d1"}]}]


def test_corrupt_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a sitroom database or damaged"):
        Store(bad)


def test_foreign_sqlite_database_is_not_touched(tmp_path):
    other = tmp_path / "other.db"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a sitroom database"):
        Store(other)
    assert sqlite3.connect(other).execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]


def test_missing_database_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "none.db", create=False)
