"""Store: the embedded SQLite database.

- a schema version (``PRAGMA user_version``) and ordered migrations;
- WAL journal, foreign keys, one transaction per report, so a crash never leaves half a report;
- documents are keyed by their content hash: storing the same report twice is a no-op;
- each document's Extraction is kept as JSON next to its sentences (FTS5 full-text index);
- the cross-document picture (actors, places, events, quotes, claims, timeline, links) is
  rebuilt by ``analyze`` in one transaction, so readers see the old picture or the new one.

The schema and its migrations are in :mod:`sitroom.store_schema`, the read queries in
:mod:`sitroom.store_reads`; this module opens the database and writes to it.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from collections.abc import Iterator, Sequence

from .errors import StoreError
from .model import Document, Extraction, to_dict
from .store_memo import MemoReads, keep_only, new_stamp, stored_stamp
from .store_pack import pack_json, record_fingerprints, record_hash, row_ids
from .store_reads import StoreReads, entry_languages
from .store_schema import (BACKFILLS, DOC_COLUMNS, INDEXES, MIGRATIONS, SCHEMA_VERSION,
                           _patiently, _split_sql, open_error)
from .store_setup import SchemaSetup
from .store_stage import PictureStage, record_docs

__all__ = ["BACKFILLS", "DOC_COLUMNS", "INDEXES", "MIGRATIONS", "SCHEMA_VERSION", "Store",
           "StoreReads", "_split_sql", "entry_languages", "open_error"]


class Store(SchemaSetup, StoreReads, MemoReads, PictureStage):
    """A sitroom database (reads in :class:`sitroom.store_reads.StoreReads`, the schema in
    :mod:`sitroom.store_schema` and brought up to date on opening by
    :class:`sitroom.store_setup.SchemaSetup`, the memo tables and the picture's stamp in
    :mod:`sitroom.store_memo`). Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = str(path)
        # the picture's rows as this connection's last put_picture wrote them (link/warm.py)
        self.picture_rows: dict[str, dict[str, tuple[int, bytes | None]]] | None = None
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
            self.conn.create_function("sitroom_pack", 1, pack_json, deterministic=True)
            self.conn.create_function("sitroom_hash", 1, record_hash, deterministic=True)
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

    # ------------------------------------------------------------------ documents
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

    # ------------------------------------------------------------------ extractions
    def put_failure(self, doc: str, stage: str, error: str, version: str) -> None:
        """Record that a document's analysis failed (replacing an older failure)."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO failures (doc, stage, error, version) "
                      "VALUES (?,?,?,?)", (doc, stage, " ".join(error.split()), version))

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
            row = (ex.doc, version, json.dumps(to_dict(ex), separators=(",", ":")))
            if self.compact:  # packed from the JSON as stored: read back the same either way
                c.execute("INSERT OR REPLACE INTO extractions (doc, version, data, packed) "
                          "VALUES (?,?,?,?)", (*row, pack_json(row[2])))
            else:
                c.execute("INSERT OR REPLACE INTO extractions (doc, version, data) "
                          "VALUES (?,?,?)", row)

    # ------------------------------------------------------------------ picture
    def put_picture(self, records: dict[str, list[dict[str, Any]]], changes_only: bool = False,
                    keys: dict[str, set[str]] | None = None,
                    linked: dict[str, str] | None = None, link_version: str | None = None,
                    state: dict[str, str | None] | None = None,
                    blocks: dict[str, str] | None = None,
                    memo: dict[str, str] | None = None, stamp: str | None = None,
                    rows: dict[str, dict[str, tuple[int, bytes | None]]] | None = None,
                    rows_stamp: str | None = None, staged: bool = False) -> dict[str, int]:
        """Replace the whole cross-document picture in one transaction. ``changes_only``:
        rewrite only the rows whose record changed and move those only placed elsewhere (the
        same picture results); ``keys``: the blocking keys of these reports (replacing
        theirs), ``linked``: report -> the extraction version it was linked with;
        ``link_version``: the link code's version; ``state``: other state values written
        with the picture (None: removed). A row is keyed by its record's content
        (:func:`sitroom.store_pack.row_ids`: a link by what it relates, not by its place) and
        compared by the fingerprint kept beside it (:func:`sitroom.store_pack.
        record_fingerprint`), neither read back nor encoded unless it changed. ``blocks`` /
        ``memo``: the block cache and part memo the picture used, kept in the same
        transaction (:func:`sitroom.store_memo.keep_only`: nothing else writes them), so a
        process killed mid-way leaves the previous picture with the memos it was built with.
        ``stamp``: the new ``picture_written`` value (default a new random one; the stored one
        is refused, :func:`sitroom.store_memo.new_stamp`); ``rows`` (with
        ``changes_only``): the stored rows, kind -> id -> position and hash, as the write that
        set ``picture_written`` to ``rows_stamp`` left them (:mod:`sitroom.link.warm`): used
        instead of reading them when the stamp is still that one inside this write's
        transaction (no other write came between), else read. Gives the rows written
        (changed or moved) and deleted; afterwards :attr:`picture_rows` holds the rows as
        written (None when the store keeps no hashes). ``staged`` (a full relink, without
        ``changes_only``): the picture and keys are those staged on this connection
        (:mod:`sitroom.store_stage`; ``records`` and ``keys`` are then not given), and
        :attr:`picture_rows` stays None (a next link reads the rows from the store)."""
        if staged and changes_only:
            raise ValueError("a staged picture replaces the whole picture")
        self.picture_rows = None
        written = deleted = 0
        with self.transaction() as c:
            stored = stored_stamp(c)
            written_stamp = new_stamp(stamp, stored)  # before any row is touched
            if not changes_only:
                c.execute("DELETE FROM picture")
                c.execute("DELETE FROM picture_docs")
            # kind -> id -> position and hash (a row's record is compared by its hash)
            old: dict[str, dict[str, tuple[int, bytes | None]]] = {}
            if (changes_only and rows is not None and self.compact and rows_stamp is not None
                    and stored == rows_stamp):
                old = {kind: dict(was) for kind, was in rows.items()}
            elif changes_only:
                cur = c.cursor()
                cur.row_factory = None  # plain tuples: 86,000 rows at 5,000 reports
                kinds = [k for (k,) in cur.execute("SELECT DISTINCT kind FROM picture")]
                for kind in kinds:  # kind by kind, through the (kind, pos) index
                    old[kind] = {rid: (pos, h) for rid, pos, h in cur.execute(
                        f"SELECT id, pos, {'hash' if self.compact else 'NULL'} FROM picture "
                        "WHERE kind=?", (kind,))}
            now: dict[str, dict[str, tuple[int, bytes | None]]] = {}
            if staged:
                written += self.put_staged(c, keys=keys is None)
            for kind, recs in records.items():
                was = old.get(kind, {})
                crowded = len({p for p, _ in was.values()}) < len(was)  # not put_picture's
                written += self._put_kind(c, kind, recs, was, changes_only, crowded,
                                          now.setdefault(kind, {}) if self.compact else None)
            gone = [(kind, rid) for kind, rows in old.items() for rid in rows]
            deleted = len(gone)  # records no longer in the picture
            c.executemany("DELETE FROM picture WHERE kind=? AND id=?", gone)
            c.executemany("DELETE FROM picture_docs WHERE kind=? AND id=?", gone)
            if keys is not None:  # rows made as SQLite takes them: a full relink's key
                # rows (every report's) are never held as one list of tuples
                c.executemany("DELETE FROM link_keys WHERE doc=?", ((d,) for d in keys))
                c.executemany("INSERT OR IGNORE INTO link_keys (key, doc) VALUES (?,?)",
                              ((k, d) for d, ks in keys.items() for k in sorted(ks)))
            if linked is not None:
                c.executemany("INSERT OR REPLACE INTO linked (doc, version) VALUES (?,?)",
                              list(linked.items()))
            if link_version is not None:
                c.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('link_version', ?)",
                          (link_version,))
            for key, value in (state or {}).items():
                if value is None:
                    c.execute("DELETE FROM state WHERE key=?", (key,))
                else:
                    c.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
                              (key, value))
            c.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('picture_docs', ?)",
                      (str(self.count_documents()),))
            c.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('picture_written', ?)",
                      (written_stamp,))
            if blocks is not None:
                keep_only(c, "link_blocks", "labels", blocks)
            if memo is not None:
                keep_only(c, "link_memo", "value", memo)
        self.picture_rows = now if self.compact and not staged else None  # committed
        return {"written": written, "deleted": deleted}

    def _put_kind(self, c: sqlite3.Connection, kind: str, recs: list[dict[str, Any]],
                  old: dict[str, tuple[int, bytes | None]], changes_only: bool,
                  crowded: bool = False,
                  now: dict[str, tuple[int, bytes | None]] | None = None) -> int:
        """Write the records of ``kind`` (``old``: its stored rows, id -> position and
        hash, each taken out as met): those whose fingerprint changed (every one, without
        ``changes_only``) rewritten whole, a chunk at a time; those only placed elsewhere
        moved (:func:`_move`; ``crowded``: some rows of the kind share a position, so they are
        moved by key). Gives how many rows were written or moved; ``now``: filled with the
        kind's rows as written, id -> position and hash (a repeated id: its last record's,
        as ``INSERT OR REPLACE`` leaves it; None for a store that keeps no hashes)."""
        ids = row_ids(recs)
        prints = record_fingerprints(recs) if self.compact else [None] * len(recs)
        if now is not None:
            now.update(zip(ids, zip(range(len(ids)), prints)))
        fresh: list[int] = []
        replaced: set[int] = set()  # fresh rows whose record was stored (changed in place)
        moved: list[tuple[str, int, int]] = []  # id, old position, new position
        for i, (rid, h) in enumerate(zip(ids, prints)):
            was = old.pop(rid, None)
            if was is None or was[1] is None or was[1] != h:
                fresh.append(i)
                if was is not None:
                    replaced.add(i)
            elif was[0] != i:
                moved.append((rid, was[0], i))
        _move(c, kind, moved, by_key=crowded)
        for start in range(0, len(fresh), _CHUNK):  # a chunk's rows serialised at once
            rows = [(kind, ids[i], i, _encode(recs[i]), prints[i], recs[i])
                    for i in fresh[start:start + _CHUNK]]
            if self.compact:
                c.executemany("INSERT OR REPLACE INTO picture (kind, id, pos, data, hash) "
                              "VALUES (?,?,?,?,?)", [x[:5] for x in rows])
            else:
                c.executemany("INSERT OR REPLACE INTO picture (kind, id, pos, data) "
                              "VALUES (?,?,?,?)", [x[:4] for x in rows])
            docs: list[tuple[str, str, str, int]] = []
            for k, rid, pos, _, _, r in rows:
                backs = record_docs(r)
                if changes_only and pos in replaced:
                    backs = _docs_changed(c, k, rid, pos, backs)
                elif changes_only:
                    c.execute("DELETE FROM picture_docs WHERE kind=? AND id=?", (k, rid))
                docs += [(k, rid, d, pos) for d in backs]
            c.executemany(
                "INSERT OR IGNORE INTO picture_docs (kind, id, doc, pos) VALUES (?,?,?,?)", docs)
        return len(fresh) + len(moved)


_CHUNK = 2000  # picture records serialised and written at a time
_encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(r, ensure_ascii=False)


def _move(c: sqlite3.Connection, kind: str, moved: list[tuple[str, int, int]],
          by_key: bool = False) -> None:
    """Give rows of ``kind`` unchanged but placed elsewhere their new positions (``moved``:
    id, old, new; the schema's trigger moves their ``picture_docs`` rows). Called before the
    kind's changed rows are written, while every row of the kind is at its old, distinct
    position. When all move the same way (records only inserted, or only removed), rows
    moved by one offset from consecutive positions move as one range, the ranges taken
    from the far end so that none selects a row moved already (a range of positions holds
    exactly its rows then); otherwise (or ``by_key``) row by row, by key."""
    if not moved:
        return
    up = all(new > was for _, was, new in moved)
    if by_key or not up and not all(new < was for _, was, new in moved):
        c.executemany("UPDATE picture SET pos=? WHERE kind=? AND id=?",
                      [(new, kind, rid) for rid, _, new in moved])
        return
    runs: list[list[int]] = []  # first old position, last old position, offset
    for _, was, new in sorted(moved, key=lambda m: m[1]):
        if runs and runs[-1][1] == was - 1 and runs[-1][2] == new - was:
            runs[-1][1] = was
        else:
            runs.append([was, was, new - was])
    if up:
        runs.reverse()
    c.executemany("UPDATE picture SET pos = pos + ? WHERE kind=? AND pos BETWEEN ? AND ?",
                  [(d, kind, a, b) for a, b, d in runs])


def _docs_changed(c: sqlite3.Connection, kind: str, rid: str, pos: int, docs: set[str]
                  ) -> set[str]:
    """The ``picture_docs`` rows of a record changed in place brought to ``docs`` at ``pos``
    by their difference (a record of thousands of reports gains one, and its other rows
    stay): the rows of reports it no longer names deleted, those kept given ``pos``. Gives
    the reports whose rows are still to be inserted."""
    have = {d for (d,) in c.execute("SELECT doc FROM picture_docs WHERE kind=? AND id=?",
                                    (kind, rid))}
    c.executemany("DELETE FROM picture_docs WHERE kind=? AND id=? AND doc=?",
                  [(kind, rid, d) for d in have - docs])
    c.execute("UPDATE picture_docs SET pos=? WHERE kind=? AND id=? AND pos IS NOT ?",
              (pos, kind, rid, pos))
    return docs - have
