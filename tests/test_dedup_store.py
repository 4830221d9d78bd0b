"""Near-duplicates through the store's band keys (issue 17 item 4): a new report reads only its
candidates, decides exactly as the in-memory index did, and stores made before keep working."""

from __future__ import annotations

import random
import sqlite3

import pytest
from conftest import EXAMPLES

from sitroom import store as store_module
from sitroom.bench import generate_reports
from sitroom.ingest import dedup, read_paths
from sitroom.ingest.dedup import NearDuplicates, StoredNearDuplicates
from sitroom.model import Document
from sitroom.pipeline import ingest
from sitroom.store import Store


def _with_copies(docs: list[Document], seed: int = 7) -> list[Document]:
    """The reports with near copies of some of them mixed in (cut, edited, both, a snippet)."""
    rng = random.Random(seed)
    out: list[Document] = []
    for i, d in enumerate(docs):
        out.append(d)
        if i % 5 == 4:
            src = rng.choice(out)
            words = src.text.split()
            how = i // 5 % 4
            if how == 0:
                text = " ".join(words[: int(len(words) * rng.uniform(0.55, 0.9))])
            elif how == 1:
                text = " ".join("changed" if j % 20 == 3 else w for j, w in enumerate(words))
            elif how == 2:
                text = " ".join("x" if j % 15 == 1 else w
                                for j, w in enumerate(words[: len(words) * 2 // 3]))
            else:
                text = " ".join(words[:25])
            out.append(Document(id=f"copy-{i}", text=text, content_hash=f"copy-{i}"))
    return out


def _in_memory(docs: list[Document]) -> dict[str, str | None]:
    near = NearDuplicates()
    return {d.id: near.add(d.id, d.text) for d in docs}


def _through_store(store: Store, docs: list[Document]) -> dict[str, str | None]:
    near = StoredNearDuplicates(store)
    out = {}
    for d in docs:
        original, bands = near.find(d.id, d.text)
        assert store.add_document(d, copy_of=original, bands=bands)
        out[d.id] = original
    return out


def test_stored_band_keys_give_the_in_memory_decisions_on_generated_reports_with_copies():
    docs = _with_copies(generate_reports(400, seed=3))
    expected = _in_memory(docs)
    assert sum(v is not None for v in expected.values()) >= 40  # the copies are found
    with Store(":memory:") as store:
        assert _through_store(store, docs) == expected
        rows = store.conn.execute("SELECT id, copy_of FROM documents ORDER BY seq").fetchall()
        assert {r[0]: r[1] for r in rows} == expected


def test_ingest_of_the_example_corpus_marks_the_copies_the_in_memory_index_marks(tmp_path):
    reports, meta = EXAMPLES / "reports", EXAMPLES / "meta.json"
    docs = [d for d in read_paths([reports], meta=meta) if isinstance(d, Document)]
    near = NearDuplicates()
    expected = {}
    for d in docs:
        if d.id not in expected:
            expected[d.id] = near.add(d.id, d.text)
    with Store(tmp_path / "x.db") as store:
        summary = ingest(store, [reports], meta=meta)
        assert sorted(summary.copies) == sorted((k, v) for k, v in expected.items() if v)
        source = {d.id: d.source.rsplit("/", 1)[-1] for d in docs}
        assert [(source[c], source[o]) for c, o in summary.copies] == [  # pinned
            ("02_thracian_herald_syndicated.txt", "01_bws_plovdiv_mutiny.txt")]
        again = ingest(store, [reports], meta=meta)  # idempotent
        assert again.added == [] and again.copies == []


def test_a_new_report_reads_only_its_candidates_and_computes_one_signature(monkeypatch):
    docs = generate_reports(30, seed=5)
    with Store(":memory:") as store:
        for d in docs:
            store.add_document(d)
        assert store.conn.execute("SELECT count(*) FROM dedup_bands").fetchone()[0] \
            == 30 * dedup._lsh().b
        calls: list[int] = []
        real = dedup.minhash_of
        monkeypatch.setattr(dedup, "minhash_of", lambda s: calls.append(1) or real(s))
        near = StoredNearDuplicates(store)
        words = docs[17].text.split()
        original, bands = near.find("new", " ".join(words[: len(words) * 3 // 4]))
        assert original == docs[17].id and len(bands) == dedup._lsh().b
        assert calls == [1]  # the stored reports' signatures are never recomputed


def _schema_5_store(path, docs: list[Document]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in store_module.MIGRATIONS[:5]:
        for stmt in store_module._split_sql(migration):
            conn.execute(stmt)
    conn.execute("CREATE TABLE fingerprints (doc TEXT PRIMARY KEY, shingle INTEGER NOT NULL, "
                 "scheme TEXT NOT NULL, sig BLOB NOT NULL)")  # kept by schema-5 sitroom
    for i, d in enumerate(docs, 1):
        conn.execute("INSERT INTO documents (id, content_hash, kind, language, text, seq) "
                     "VALUES (?, ?, 'article', 'en', ?, ?)", (d.id, d.content_hash, d.text, i))
    conn.execute("PRAGMA user_version=5")
    conn.close()


def test_a_store_made_at_schema_5_is_back_filled_and_finds_copies_of_its_old_reports(tmp_path):
    docs = generate_reports(20, seed=9)
    db = tmp_path / "old.db"
    _schema_5_store(db, docs)
    with Store(db) as store:
        assert store.schema_version == store_module.SCHEMA_VERSION >= 6
        assert store.conn.execute("SELECT count(DISTINCT doc) FROM dedup_bands").fetchone()[0] \
            == 20
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "fingerprints" not in tables
        words = docs[4].text.split()
        cut = Document(id="cut", text=" ".join(words[: len(words) * 7 // 10]), content_hash="c")
        assert _through_store(store, [cut]) == {"cut": docs[4].id}


def test_band_keys_and_report_are_stored_together_or_not_at_all(monkeypatch):
    with Store(":memory:") as store:
        def broken(conn, doc_id, keys):
            raise RuntimeError("disk gone")
        monkeypatch.setattr(dedup, "put_bands", broken)
        with pytest.raises(RuntimeError):
            store.add_document(Document(id="a", text="one two three four five", content_hash="a"))
        assert store.count_documents() == 0
        assert store.conn.execute("SELECT count(*) FROM dedup_bands").fetchone()[0] == 0


def test_band_keys_made_under_another_scheme_are_rebuilt(monkeypatch):
    docs = generate_reports(6, seed=2)
    with Store(":memory:") as store:
        for d in docs:
            store.add_document(d)
        store.conn.execute("UPDATE state SET value = 'old' WHERE key = 'dedup_scheme'")
        store.conn.execute("UPDATE dedup_bands SET key = x'00'")
        words = docs[2].text.split()
        original, _ = StoredNearDuplicates(store).find("n", " ".join(words[:len(words) * 4 // 5]))
        assert original == docs[2].id
        assert store.state_value("dedup_scheme") == dedup.band_scheme()


def test_a_report_added_through_the_web_app_is_found_by_a_later_ingest(tmp_path):
    """The web app (POST /api/reports, the watched folder) stores a report's band keys as
    ``sitroom ingest`` does, so a near copy ingested later points at it, and a copy posted
    later points at an ingested original."""
    from sitroom.web.background import Background

    first, second = generate_reports(words=1200)[:2]
    db = tmp_path / "web.db"
    Store(db).close()
    web = Background(str(db), analyze=lambda store: None, watch=None, poll=1.0)
    assert web.add(first) == (True, None)
    cut = " ".join(first.text.split()[:150])
    src = tmp_path / "cut.txt"
    src.write_text(cut, encoding="utf-8")
    with Store(db) as s:
        summary = ingest(s, [src])
        assert summary.copies == [(summary.added[0], first.id)]
        assert s.conn.execute("SELECT COUNT(*) FROM dedup_bands WHERE doc = ?",
                              (first.id,)).fetchone()[0] > 0
    with Store(db) as s:
        ingest(s, [tmp_path / "cut.txt"])  # the same file again: nothing new
        assert ingest(s, [_write(tmp_path / "second.txt", second.text)]).copies == []
    edited = Document(id="edited", text=second.text.replace(".", " indeed.", 1),
                      content_hash="edited")
    added, original = web.add(edited)
    assert added and original is not None and original != first.id


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path
