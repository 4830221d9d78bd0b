"""The store's schema (:mod:`sitroom.store`): numbered migrations (``PRAGMA user_version``),
the backfills run with them, the web app's filter indexes, and the errors and retries of
opening a SQLite file."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from .errors import StoreError
from .lang.search import SPACELESS_GLOB

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
    # 7: the web app's outlet, story and language filters read the positions of the records a
    # document backs from one index: picture_docs.pos, the record's picture.pos. A record's
    # picture_docs rows are written after it (put_picture gives pos; a writer that does not
    # gets it filled in by the first trigger) and rewritten whenever the record is replaced;
    # a position changed in place is copied by the second
    """
    ALTER TABLE picture_docs ADD COLUMN pos INTEGER;
    UPDATE picture_docs SET pos = (SELECT p.pos FROM picture p
                                   WHERE p.kind = picture_docs.kind AND p.id = picture_docs.id);
    CREATE INDEX picture_docs_doc_pos ON picture_docs(doc, kind, pos);
    CREATE TRIGGER picture_docs_pos_ai AFTER INSERT ON picture_docs WHEN new.pos IS NULL BEGIN
        UPDATE picture_docs SET pos = (SELECT p.pos FROM picture p
                                       WHERE p.kind = new.kind AND p.id = new.id)
            WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER picture_pos_au AFTER UPDATE OF pos ON picture BEGIN
        UPDATE picture_docs SET pos = new.pos
            WHERE kind = new.kind AND id = new.id AND pos IS NOT new.pos;
    END;
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
# naming an actor only by text; those with a date not of the form YYYY-MM-DDT...): created
# if missing on every open, outside the numbered migrations, since they change no stored data.
# Each is partial, over event rows alone (``WHERE kind='events'``, which the web's queries
# state): a row of another kind written or moved (a link placed elsewhere when a record is
# inserted before it) is not parsed for them. An index of the same name defined otherwise (a
# store of before round 10's second part: over every row) is replaced once
# (:meth:`sitroom.store.Store._ensure_indexes`).
INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS picture_actor_pos ON picture(json_extract(data, '$.actor'), pos) "
    "WHERE kind='events'",
    "CREATE INDEX IF NOT EXISTS picture_recipient_pos ON picture(json_extract(data, "
    "'$.recipient'), pos) WHERE kind='events'",
    "CREATE INDEX IF NOT EXISTS picture_date_pos ON picture(json_extract(data, '$.date'), pos) "
    "WHERE kind='events'",
    "CREATE INDEX IF NOT EXISTS picture_named ON picture(pos) WHERE kind='events' AND "
    "(json_extract(data, '$.actor_text') IS NOT NULL OR json_extract(data, '$.recipient_text') "
    "IS NOT NULL)",
    "CREATE INDEX IF NOT EXISTS picture_odd_date ON picture(pos) WHERE kind='events' AND ("
    "length(json_extract(data, '$.date')) < 10 OR instr(json_extract(data, '$.date'), 'W') > 0 OR "
    "(length(json_extract(data, '$.date')) > 10 AND substr(json_extract(data, '$.date'), 11, 1) "
    "<> 'T'))",
)


def index_sql(stmt: str) -> str:
    """The text SQLite keeps for an index of :data:`INDEXES` (``sqlite_master.sql``: the
    statement without ``IF NOT EXISTS``), whitespace collapsed."""
    return " ".join(stmt.replace(" IF NOT EXISTS ", " ", 1).split())


# Columns added to a store when missing, on every open and outside the numbered migrations
# (like the indexes): each holds a form derived from its row's JSON (:mod:`sitroom.store_pack`:
# an extraction packed, a picture record's hash), filled in by the statement beside it when the
# column is added. An older sitroom still opens and writes such a store (its rows get NULL
# there, and are read from their JSON); a store that cannot be written is read without them.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("extractions", "packed BLOB", "UPDATE extractions SET packed = sitroom_pack(data)"),
    ("picture", "hash BLOB", "UPDATE picture SET hash = sitroom_hash(data)"),
)


DOC_COLUMNS = ("id", "content_hash", "title", "outlet", "author", "published", "url", "source",
               "kind", "language", "text", "updates", "meta", "copy_of")


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
