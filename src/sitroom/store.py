"""Store: the embedded SQLite database.

- a schema version (``PRAGMA user_version``) and ordered migrations;
- WAL journal, foreign keys, one transaction per report, so a crash never leaves half a report;
- documents are keyed by their content hash: storing the same report twice is a no-op;
- each document's Extraction is kept as JSON next to its sentences (FTS5 full-text index);
- the cross-document picture (actors, places, events, quotes, claims, timeline, links) is
  rebuilt by ``analyze`` in one transaction, so readers see the old picture or the new one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from .errors import StoreError
from .lang.search import SPACELESS_GLOB, query_words, spaceless
from .model import Document, Extraction, from_dict, to_dict

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, sentences with full-text search, per-document extractions, the picture
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT, outlet TEXT, author TEXT, published TEXT, url TEXT, source TEXT,
        kind TEXT NOT NULL, language TEXT NOT NULL,
        text TEXT NOT NULL,
        updates TEXT NOT NULL DEFAULT '[]',
        meta TEXT NOT NULL DEFAULT '[]',
        copy_of TEXT REFERENCES documents(id),
        seq INTEGER NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE TABLE extractions (
        doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE sentences (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        i INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (doc, i)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TABLE picture (
        kind TEXT NOT NULL,          -- actors | places | events | quotes | claims | timeline | links
        id TEXT NOT NULL,
        pos INTEGER NOT NULL,        -- order within its kind
        data TEXT NOT NULL,          -- the record as JSON (docs/format.md)
        PRIMARY KEY (kind, id)
    );
    CREATE INDEX picture_pos ON picture(kind, pos);
    CREATE TABLE picture_docs (     -- which documents back which record (for filters)
        kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL,
        PRIMARY KEY (kind, id, doc)
    );
    CREATE INDEX picture_docs_doc ON picture_docs(doc);
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: full-text search matches word forms ("helicopter" finds "helicopters"): the Porter
    # stemmer over the same tokenizer; the index is rebuilt from the stored sentences
    """
    DROP TABLE sentences_fts;
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
    """,
    # 3: a report whose analysis failed is kept with its error (``sitroom status``), and
    # skipped by ``analyze`` until ``--retry-failed`` or a new extraction version
    """
    CREATE TABLE failures (
        doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,         -- annotate | extract | limit | worker
        error TEXT NOT NULL,         -- one line
        version TEXT NOT NULL,       -- the extraction version that failed
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    """,
    # 4: search in every language (sitroom.lang.search): each sentence's dictionary forms
    # beside its words (Пловдив finds "в Пловдиве"), and sentences in scripts written without
    # spaces also under the trigram tokenizer (any substring of 3+ characters)
    f"""
    ALTER TABLE sentences ADD COLUMN lemmas TEXT NOT NULL DEFAULT '';
    DROP TRIGGER sentences_ai;
    DROP TRIGGER sentences_ad;
    DROP TABLE sentences_fts;
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, lemmas, content='sentences', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text, lemmas) VALUES (new.rowid, new.text, new.lemmas);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text, lemmas)
            VALUES ('delete', old.rowid, old.text, old.lemmas);
    END;
    INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
    CREATE VIRTUAL TABLE sentences_tri USING fts5(
        text, content='sentences', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER sentences_tri_ai AFTER INSERT ON sentences
        WHEN new.text GLOB '{SPACELESS_GLOB}' BEGIN
        INSERT INTO sentences_tri(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER sentences_tri_ad AFTER DELETE ON sentences
        WHEN old.text GLOB '{SPACELESS_GLOB}' BEGIN
        INSERT INTO sentences_tri(sentences_tri, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    INSERT INTO sentences_tri(rowid, text)
        SELECT rowid, text FROM sentences WHERE text GLOB '{SPACELESS_GLOB}';
    """,
    # 5: incremental linking: each report's blocking keys (sitroom.link.partition), indexed
    # by key, so a new report finds the reports its linking can touch; and the extraction
    # version each report was last linked with
    """
    CREATE TABLE link_keys (
        key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)
    ) WITHOUT ROWID;
    CREATE INDEX link_keys_doc ON link_keys(doc);
    CREATE TABLE linked (doc TEXT PRIMARY KEY, version TEXT NOT NULL);
    """,
    # 6: near-duplicates without an O(N) step per report: each report's MinHash LSH band keys
    # (sitroom.ingest.dedup), indexed by key; stored reports are back-filled by the migration
    # (:data:`BACKFILLS`); the signatures kept before are superseded
    """
    CREATE TABLE dedup_bands (
        band INTEGER NOT NULL,
        key BLOB NOT NULL,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band, key, doc)
    ) WITHOUT ROWID;
    CREATE INDEX dedup_bands_doc ON dedup_bands(doc);
    DROP TABLE IF EXISTS fingerprints;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _backfill_bands(c: sqlite3.Connection) -> None:
    from .ingest.dedup import backfill

    backfill(c)


# data a migration derives in Python from what is stored: run after migration N, in its
# transaction
BACKFILLS = {6: _backfill_bands}
# Indexes of the web app's filtered views (events by actor, recipient and date; the events
# naming an actor only by text; those with a date not of the form YYYY-MM-DD[T...]): created if missing on every open,
# outside the numbered migrations, since they change no stored data
INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS picture_actor_pos ON picture(kind, json_extract(data, '$.actor'), pos)",
    "CREATE INDEX IF NOT EXISTS picture_recipient_pos ON picture(kind, json_extract(data, "
    "'$.recipient'), pos)",
    "CREATE INDEX IF NOT EXISTS picture_date_pos ON picture(kind, json_extract(data, '$.date'), pos)",
    "CREATE INDEX IF NOT EXISTS picture_named ON picture(kind, pos) WHERE json_extract(data, "
    "'$.actor_text') IS NOT NULL OR json_extract(data, '$.recipient_text') IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS picture_odd_date ON picture(kind, pos) WHERE length("
    "json_extract(data, '$.date')) < 10 OR instr(json_extract(data, '$.date'), 'W') > 0 OR "
    "(length(json_extract(data, '$.date')) > 10 AND substr(json_extract(data, '$.date'), 11, 1) "
    "<> 'T')",
)

DOC_COLUMNS = ("id", "content_hash", "title", "outlet", "author", "published", "url", "source",
               "kind", "language", "text", "updates", "meta", "copy_of")


def entry_languages(updates: list[dict[str, Any]]) -> dict[str, int]:
    """Language code -> number of a live blog's entries in it, for entries whose language
    differs from their document's (stored as ``Update.language``), most entries first."""
    counts = Counter(u["language"] for u in updates if u.get("language"))
    return dict(counts.most_common())


class Store:
    """A sitroom database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = str(path)
        p = Path(self.path)
        if self.path != ":memory:":
            if p.is_dir():
                raise StoreError(f"{p}: is a folder, not a database file",
                                 "give a file path with --db, e.g. --db sitroom.db")
            if not p.exists() and not create:
                raise StoreError(f"{p}: no such database",
                                 f"run `sitroom ingest REPORTS... --db {p}` first")
            if p.parent and not p.parent.exists():
                try:
                    p.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"{p.parent}: cannot create the folder ({exc.strerror})",
                                     "give --db a path in a folder you can write") from None
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            _patiently(self._set_up)
        except sqlite3.OperationalError as exc:
            raise open_error(p, exc) from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{p}: not a sitroom database or damaged ({exc})",
                "move it aside and run again to build a new one; `sitroom ingest` re-creates it",
            ) from exc

    # ------------------------------------------------------------------ plumbing
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed whole or rolled back whole. A database that
        cannot be written (read-only, busy beyond the timeout, disk full) is a StoreError."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise open_error(Path(self.path), exc) from exc
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            raise open_error(Path(self.path), exc) from exc
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self.conn.execute("ROLLBACK")
                raise open_error(Path(self.path), exc) from exc

    def _set_up(self) -> None:
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def _migrate(self) -> None:
        """Bring the schema up to date. Checked again under the write lock (BEGIN IMMEDIATE),
        so two processes creating the same new database never both build it."""
        if self._version() != SCHEMA_VERSION:
            self._upgrade()
        self._ensure_indexes()

    def _ensure_indexes(self) -> None:
        """The web app's filter indexes (:data:`INDEXES`), created when missing; a store that
        cannot be written (read-only) is served without them."""
        have = {r[0] for r in
                self.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        if all(stmt.split()[5] in have for stmt in INDEXES):
            return
        try:
            with self.transaction() as c:
                for stmt in INDEXES:
                    c.execute(stmt)
        except (StoreError, sqlite3.OperationalError):
            pass  # slower filtered views, nothing lost

    def _upgrade(self) -> None:
        with self.transaction() as c:
            version = self._version()
            if version == 0:
                # an existing non-sitroom database must not be touched
                tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StoreError(f"{self.path}: not a sitroom database",
                                     "give another --db path")
            for v in range(version, SCHEMA_VERSION):
                for stmt in _split_sql(MIGRATIONS[v]):
                    c.execute(stmt)
                if v + 1 in BACKFILLS:
                    BACKFILLS[v + 1](c)
                c.execute(f"PRAGMA user_version={v + 1}")

    def _version(self) -> int:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: database schema {version} is newer than this sitroom ({SCHEMA_VERSION})",
                "upgrade sitroom",
            )
        return version

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------------ documents
    def has_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash=?",
                                (content_hash,)).fetchone()
        return row[0] if row else None

    def add_document(self, doc: Document, copy_of: str | None = None,
                     bands: list[tuple[int, bytes]] | None = None) -> bool:
        """Store a document in its own transaction, with its near-duplicate band keys
        (``bands``, from :meth:`sitroom.ingest.dedup.StoredNearDuplicates.find`; computed
        when not given). False if it was already stored."""
        from .ingest.dedup import put_bands, text_band_keys

        if bands is None:
            bands = text_band_keys(doc.text)
        with self.transaction() as c:
            if c.execute("SELECT 1 FROM documents WHERE id=? OR content_hash=?",
                         (doc.id, doc.content_hash or doc.id)).fetchone():
                return False
            seq = c.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents").fetchone()[0]
            d = to_dict(doc)
            values = [d["id"], doc.content_hash or doc.id, d["title"], d["outlet"], d["author"],
                      d["published"], d["url"], d["source"], d["kind"], d["language"], d["text"],
                      json.dumps(d["updates"]), json.dumps(d["meta"]), copy_of, seq]
            c.execute(
                f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}, seq) "
                f"VALUES ({', '.join('?' * (len(DOC_COLUMNS) + 1))})",
                values,
            )
            put_bands(c, doc.id, bands)
        return True

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """Documents in ingest order; ``ids``: only these (read by key, not by a table scan)."""
        cols = ", ".join(DOC_COLUMNS)
        if ids is None:
            rows = list(self.conn.execute(f"SELECT {cols} FROM documents ORDER BY seq"))
        else:
            wanted = list(dict.fromkeys(ids))
            rows = []
            for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                part = wanted[i:i + 500]
                marks = ", ".join("?" * len(part))
                rows += self.conn.execute(
                    f"SELECT seq, {cols} FROM documents WHERE id IN ({marks})", part).fetchall()
            rows.sort(key=lambda r: r["seq"])
        return [self._doc(r) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        r = self.conn.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE id=?",
                              (doc_id,)).fetchone()
        return self._doc(r) if r else None

    @staticmethod
    def _doc(r: sqlite3.Row) -> Document:
        d = {k: r[k] for k in DOC_COLUMNS if k != "copy_of"}
        d["updates"] = json.loads(d["updates"])
        d["meta"] = json.loads(d["meta"])
        return from_dict(Document, d)

    def document_rows(self, after: int = 0) -> list[dict[str, Any]]:
        """Document metadata (no text) in ingest order, with ``copy_of``; ``after``: skip the
        first that many documents (they are only ever appended). ``entry_languages``: how many
        live-blog entries are in each language other than the document's (``{"ru": 2}``)."""
        rows = self.conn.execute(
            "SELECT id, title, outlet, author, published, url, source, kind, language, copy_of, "
            "length(text) AS chars, meta, updates FROM documents WHERE seq > ? ORDER BY seq",
            (after,))
        out = []
        for r in rows:
            d = dict(r)
            d["meta"] = dict(json.loads(d["meta"]))
            d["entry_languages"] = entry_languages(json.loads(d.pop("updates")))
            out.append(d)
        return out

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    # ------------------------------------------------------------------ extractions
    def pending(self, version: str, retry_failed: bool = False) -> list[str]:
        """Ids of documents with no extraction of this version (in ingest order). Documents
        whose analysis failed with this version are left out unless ``retry_failed``."""
        rows = self.conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN extractions e ON e.doc = d.id "
            "LEFT JOIN failures f ON f.doc = d.id "
            "WHERE (e.doc IS NULL OR e.version != ?) AND (? OR f.doc IS NULL OR f.version != ?) "
            "ORDER BY d.seq", (version, int(retry_failed), version))
        return [r[0] for r in rows]

    def put_failure(self, doc: str, stage: str, error: str, version: str) -> None:
        """Record that a document's analysis failed (replacing an older failure)."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO failures (doc, stage, error, version) "
                      "VALUES (?,?,?,?)", (doc, stage, " ".join(error.split()), version))

    def failures(self) -> list[dict[str, Any]]:
        """Failed documents in ingest order: doc, source, title, stage, error, version, at."""
        rows = self.conn.execute(
            "SELECT f.doc, d.source, d.title, f.stage, f.error, f.version, f.at FROM failures f "
            "JOIN documents d ON d.id = f.doc ORDER BY d.seq")
        return [dict(r) for r in rows]

    def states(self) -> list[dict[str, Any]]:
        """Every document's state in ingest order: ``analysed`` (has an extraction),
        ``failed`` (its last analysis failed) or ``stored`` (waiting for ``analyze``), with
        id, source, title, chars, meta, and the error of a failed one."""
        rows = self.conn.execute(
            "SELECT d.id, d.source, d.title, length(d.text) AS chars, d.meta, "
            "e.doc IS NOT NULL AS analysed, f.stage, f.error FROM documents d "
            "LEFT JOIN extractions e ON e.doc = d.id LEFT JOIN failures f ON f.doc = d.id "
            "ORDER BY d.seq")
        out = []
        for r in rows:
            d = dict(r)
            d["meta"] = dict(json.loads(d["meta"]))
            analysed = d.pop("analysed")
            d["state"] = "failed" if d["stage"] else "analysed" if analysed else "stored"
            out.append(d)
        return out

    def put_extraction(self, ex: Extraction, version: str,
                       sentences: Sequence[tuple[int, int, str] | tuple[int, int, str, str]]
                       ) -> None:
        """Store one document's extraction and sentences atomically (replacing older ones).
        A sentence is (start, end, text) or (start, end, text, lemmas), ``lemmas`` its words'
        dictionary forms for search (``sitroom.lang.search.sentence_rows``)."""
        with self.transaction() as c:
            c.execute("DELETE FROM failures WHERE doc=?", (ex.doc,))
            c.execute("DELETE FROM sentences WHERE doc=?", (ex.doc,))
            c.executemany(
                "INSERT INTO sentences (doc, i, start, end, text, lemmas) VALUES (?,?,?,?,?,?)",
                [(ex.doc, i, *row[:3], row[3] if len(row) > 3 else "")
                 for i, row in enumerate(sentences)])
            c.execute("INSERT OR REPLACE INTO extractions (doc, version, data) VALUES (?,?,?)",
                      (ex.doc, version, json.dumps(to_dict(ex), separators=(",", ":"))))

    def extractions(self) -> list[Extraction]:
        rows = self.conn.execute(
            "SELECT e.data FROM extractions e JOIN documents d ON d.id = e.doc ORDER BY d.seq")
        return [from_dict(Extraction, json.loads(r[0])) for r in rows]

    # ------------------------------------------------------------------ picture
    def put_picture(self, records: dict[str, list[dict[str, Any]]], changes_only: bool = False,
                    keys: dict[str, set[str]] | None = None,
                    linked: dict[str, str] | None = None, link_version: str | None = None
                    ) -> dict[str, int]:
        """Replace the whole cross-document picture in one transaction. ``changes_only``:
        rewrite only the rows whose record or position changed (the same picture results);
        ``keys``: the blocking keys of these reports (replacing theirs), ``linked``: report ->
        the extraction version it was linked with; ``link_version``: the link code's version.
        Gives the rows written and deleted."""
        written = deleted = 0
        with self.transaction() as c:
            if not changes_only:
                c.execute("DELETE FROM picture")
                c.execute("DELETE FROM picture_docs")
                old: dict[tuple[str, str], tuple[int, str]] = {}
            else:
                old = {(r[0], r[1]): (r[2], r[3]) for r in
                       c.execute("SELECT kind, id, pos, data FROM picture")}
            for kind, recs in records.items():
                rows = [(kind, str(r.get("id", i)), i, json.dumps(r, ensure_ascii=False), r)
                        for i, r in enumerate(recs)]
                fresh = [x for x in rows if old.pop((x[0], x[1]), None) != (x[2], x[3])]
                written += len(fresh)
                if changes_only:
                    c.executemany("DELETE FROM picture_docs WHERE kind=? AND id=?",
                                  [(k, i) for k, i, *_ in fresh])
                c.executemany(
                    "INSERT OR REPLACE INTO picture (kind, id, pos, data) VALUES (?,?,?,?)",
                    [x[:4] for x in fresh])
                c.executemany(
                    "INSERT OR IGNORE INTO picture_docs (kind, id, doc) VALUES (?,?,?)",
                    [(k, i, d) for k, i, _, _, r in fresh for d in _record_docs(r)])
            deleted = len(old)  # records no longer in the picture
            c.executemany("DELETE FROM picture WHERE kind=? AND id=?", list(old))
            c.executemany("DELETE FROM picture_docs WHERE kind=? AND id=?", list(old))
            if keys is not None:
                c.executemany("DELETE FROM link_keys WHERE doc=?", [(d,) for d in keys])
                c.executemany("INSERT OR IGNORE INTO link_keys (key, doc) VALUES (?,?)",
                              [(k, d) for d, ks in keys.items() for k in sorted(ks)])
            if linked is not None:
                c.executemany("INSERT OR REPLACE INTO linked (doc, version) VALUES (?,?)",
                              list(linked.items()))
            if link_version is not None:
                c.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('link_version', ?)",
                          (link_version,))
            c.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('picture_docs', ?)",
                      (str(self.count_documents()),))
            c.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('picture_written', ?)",
                      (uuid.uuid4().hex,))
        return {"written": written, "deleted": deleted}

    def picture_counts(self) -> dict[str, int]:
        """Records of each kind in the picture (counted, not read)."""
        return dict(self.conn.execute("SELECT kind, count(*) FROM picture GROUP BY kind")
                    .fetchall())

    def linked_versions(self) -> dict[str, str]:
        """Report -> the extraction version it was last linked with."""
        return dict(self.conn.execute("SELECT doc, version FROM linked").fetchall())

    def extraction_versions(self) -> dict[str, str]:
        """Report -> the version of its stored extraction."""
        return dict(self.conn.execute("SELECT doc, version FROM extractions").fetchall())

    def link_keys_of(self, docs: Iterable[str]) -> set[str]:
        """The stored blocking keys of ``docs`` (read through the index)."""
        return self._lookup("SELECT key FROM link_keys WHERE doc IN ({})", docs)

    def docs_with_keys(self, keys: Iterable[str]) -> set[str]:
        """The reports holding any of ``keys`` (read through the index)."""
        return self._lookup("SELECT doc FROM link_keys WHERE key IN ({})", keys)

    def _lookup(self, sql: str, values: Iterable[str]) -> set[str]:
        wanted = list(values)
        out: set[str] = set()
        for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            part = wanted[i:i + 500]
            out.update(r[0] for r in self.conn.execute(sql.format(", ".join("?" * len(part))),
                                                       part))
        return out

    # the event-coreference block cache (sitroom.link.blockcache): recomputable, so created
    # when first needed rather than by a migration, and never an error when it cannot be
    def link_blocks(self) -> dict[str, str]:
        """Block key -> stored cluster labels (JSON); empty when there is no cache yet."""
        try:
            return dict(self.conn.execute("SELECT key, labels FROM link_blocks").fetchall())
        except sqlite3.OperationalError:
            return {}

    def put_link_blocks(self, used: dict[str, str]) -> None:
        """Keep exactly the blocks ``used`` by the picture just written (a store that cannot be
        written keeps its old cache: it is only a memo)."""
        try:
            with self.transaction() as c:
                c.execute("CREATE TABLE IF NOT EXISTS link_blocks "
                          "(key TEXT PRIMARY KEY, labels TEXT NOT NULL) WITHOUT ROWID")
                have = {r[0] for r in c.execute("SELECT key FROM link_blocks")}
                gone = [(k,) for k in have - used.keys()]
                c.executemany("DELETE FROM link_blocks WHERE key=?", gone)
                c.executemany("INSERT INTO link_blocks VALUES (?, ?)",
                              [(k, v) for k, v in used.items() if k not in have])
        except (StoreError, sqlite3.OperationalError):
            pass

    def state_value(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def picture_stamp(self) -> str | None:
        """A value that changes whenever the picture is rewritten (None before the first)."""
        row = self.conn.execute("SELECT value FROM state WHERE key='picture_written'").fetchone()
        return row[0] if row else None

    def picture(self, kind: str) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT data FROM picture WHERE kind=? ORDER BY pos", (kind,))
        return [json.loads(r[0]) for r in rows]

    def has_picture(self) -> bool:
        return self.conn.execute("SELECT 1 FROM state WHERE key='picture_docs'").fetchone() is not None

    def picture_is_current(self) -> bool:
        row = self.conn.execute("SELECT value FROM state WHERE key='picture_docs'").fetchone()
        return row is not None and int(row[0]) == self.count_documents()

    # ------------------------------------------------------------------ search
    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over sentences (FTS5 syntax; plain words are ANDed). A word
        matches a sentence's words or their dictionary forms; a query in a script written
        without spaces matches substrings (``sitroom.lang.search``)."""
        q = _fts_query(query)
        if not q:
            return []
        cols = "s.doc, s.i, s.start, s.end, s.text, d.title, d.outlet, d.published"
        try:
            if spaceless(query):
                words = query_words(query)
                long_ = " ".join(f'"{w}"' for w in words if len(w) >= 3)
                short_ = [f"%{w}%" for w in words if len(w) < 3]
                like = "".join(" AND s.text LIKE ?" for _ in short_)
                if long_:
                    rows = self.conn.execute(
                        f"SELECT {cols} FROM sentences_tri f JOIN sentences s ON s.rowid = f.rowid "
                        f"JOIN documents d ON d.id = s.doc WHERE sentences_tri MATCH ?{like} "
                        "ORDER BY bm25(sentences_tri) LIMIT ?", (long_, *short_, limit))
                else:  # words of one or two characters: too short for trigrams
                    rows = self.conn.execute(
                        f"SELECT {cols} FROM sentences s JOIN documents d ON d.id = s.doc "
                        f"WHERE s.text GLOB ?{like} ORDER BY s.doc, s.i LIMIT ?",
                        (SPACELESS_GLOB, *short_, limit))
                return [dict(r) for r in rows]
            rows = self.conn.execute(
                f"SELECT {cols} "
                "FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid "
                "JOIN documents d ON d.id = s.doc WHERE sentences_fts MATCH ? "
                "ORDER BY bm25(sentences_fts) LIMIT ?", (q, limit))
            return [dict(r) for r in rows]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}", "use plain words") from exc


def _patiently(step, wait: float = 30.0) -> None:
    """Run ``step``, again while SQLite says the database is locked (switching a new database
    to WAL does not wait for a concurrent first writer by itself), for up to ``wait`` s."""
    deadline = time.monotonic() + wait
    pause = 0.01
    while True:
        try:
            return step()
        except (sqlite3.OperationalError, StoreError) as exc:
            cause = exc.__cause__ if isinstance(exc, StoreError) else exc
            if not isinstance(cause, sqlite3.OperationalError) or "locked" not in str(cause) \
                    or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(0.5, pause * 2)


def open_error(path: Path, exc: sqlite3.OperationalError) -> StoreError:
    """The one-line error for a database SQLite cannot open or write (not a damaged one)."""
    why = str(exc)
    if "readonly" in why or "read-only" in why:
        return StoreError(f"{path}: the database is read-only",
                          "make the file and its folder writable, or copy it to a writable "
                          "place and give that path with --db")
    if "unable to open" in why or "disk I/O" in why:
        folder = path.parent if str(path.parent) else Path(".")
        if not os.access(folder, os.W_OK | os.X_OK):
            return StoreError(f"{path}: cannot write in the folder {folder}",
                              "give --db a path in a folder you can write")
        return StoreError(f"{path}: cannot open the database ({why})",
                          "check the file's permissions and the free disk space")
    if "locked" in why or "busy" in why:
        return StoreError(f"{path}: the database is busy (another sitroom is writing to it)",
                          "wait for it to finish and run again")
    return StoreError(f"{path}: cannot use the database ({why})",
                      "check the file's permissions and the free disk space")


def _record_docs(r: dict[str, Any]) -> set[str]:
    docs = set(r.get("docs") or ())
    if r.get("doc"):
        docs.add(r["doc"])
    for ev in r.get("evidence") or ():
        docs.add(ev["doc"])
    return docs


def _fts_query(query: str) -> str:
    return " ".join(f'"{w}"' for w in query_words(query))


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf, depth = [], [], 0
    for line in script.splitlines():
        s = line.strip()
        if not s or s.startswith("--"):
            continue
        buf.append(line)
        up = s.upper()
        if up.startswith("CREATE TRIGGER"):
            depth += 1
        if depth and up.startswith("END;"):
            depth -= 1
            out.append("\n".join(buf))
            buf = []
            continue
        if not depth and s.endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if buf:
        out.append("\n".join(buf))
    return out
