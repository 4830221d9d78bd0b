"""The picture of a full relink written part by part, then made the picture in one transaction.

A full relink (``analyze --relink``) hands each kind of the picture over as soon as no later
part of the build reads it (:func:`sitroom.link.picture.build_picture`'s ``sink``), and each
report's blocking keys as they are made. Each is written here, at once, into a private
temporary database attached to the store's connection (``stage``: SQLite keeps its pages in a
bounded cache and a temporary file that vanishes with the connection), so the process holds
neither the whole picture nor every report's keys. :meth:`sitroom.store.Store.put_picture`
(``staged=True``) then replaces the stored picture and keys with the staged ones in its one
transaction, as SQL: readers see the old picture or the new one, and a process killed before
the commit leaves the old picture whole (its staged rows go with its connection). The rows
are those :meth:`sitroom.store.Store.put_picture` writes of the same records: the same keys
(:func:`sitroom.store_pack.row_ids`), positions, JSON and fingerprints.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from .store_pack import record_fingerprints, row_ids

_TABLES = (
    "CREATE TABLE stage.picture (kind TEXT, id TEXT, pos INTEGER, data TEXT, hash BLOB)",
    "CREATE TABLE stage.picture_docs (kind TEXT, id TEXT, doc TEXT, pos INTEGER)",
    "CREATE TABLE stage.link_keys (key TEXT, doc TEXT)",
    "CREATE TABLE stage.keyed (doc TEXT)",  # the reports whose keys are staged (some none)
)
_CHUNK = 2000  # records encoded and written at a time
_encode = json.JSONEncoder(ensure_ascii=False).encode  # as Store.put_picture encodes a row


class PictureStage:
    """The staging of a full relink's picture (mixed into :class:`sitroom.store.Store`)."""

    conn: sqlite3.Connection
    compact: bool
    staging: bool = False

    def stage_open(self) -> None:
        """Attach an empty stage (one at a time per connection)."""
        self.stage_close()
        self.conn.execute("ATTACH DATABASE '' AS stage")
        for sql in _TABLES:
            self.conn.execute(sql)
        self.staging = True

    def stage_close(self) -> None:
        """Detach the stage and its rows (nothing when none is attached)."""
        if self.staging:
            self.conn.execute("DETACH DATABASE stage")
            self.staging = False

    def stage_kind(self, kind: str, recs: list[dict[str, Any]]) -> None:
        """Stage the rows of one kind's records (given once per kind, whole: a row's key and
        position depend on the kind's other records), and their reports' rows."""
        ids = row_ids(recs)
        prints: list[Any] = record_fingerprints(recs) if self.compact else [None] * len(recs)
        with self._stage_writes() as c:
            for start in range(0, len(recs), _CHUNK):
                end = min(start + _CHUNK, len(recs))
                c.executemany("INSERT INTO stage.picture (kind, id, pos, data, hash) "
                              "VALUES (?,?,?,?,?)",
                              [(kind, ids[i], i, _encode(recs[i]), prints[i])
                               for i in range(start, end)])
                c.executemany("INSERT INTO stage.picture_docs (kind, id, doc, pos) "
                              "VALUES (?,?,?,?)",
                              [(kind, ids[i], d, i) for i in range(start, end)
                               for d in record_docs(recs[i])])

    def stage_keys(self, keys: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Stage reports' blocking keys (report, its keys), replacing theirs when written."""
        with self._stage_writes() as c:
            for doc, ks in keys:
                c.execute("INSERT INTO stage.keyed (doc) VALUES (?)", (doc,))
                c.executemany("INSERT INTO stage.link_keys (key, doc) VALUES (?,?)",
                              ((k, doc) for k in sorted(ks)))

    def staged_stories(self) -> Iterable[tuple[str, str]]:
        """(report, its story) of the staged ``same_story`` links, in the links' order."""
        return self.conn.execute(
            "SELECT json_extract(data, '$.from'), json_extract(data, '$.to') FROM stage.picture "
            "WHERE kind='links' AND json_extract(data, '$.kind')='same_story' ORDER BY rowid")

    def _stage_writes(self) -> Any:
        return _Deferred(self.conn)

    def put_staged(self, c: sqlite3.Connection, keys: bool) -> int:
        """Inside the picture's transaction, after the stored picture was deleted: the staged
        rows inserted as the picture, and (``keys``) the staged reports' keys replacing
        theirs. Gives the rows written."""
        cols = "kind, id, pos, data, hash" if self.compact else "kind, id, pos, data"
        c.execute(f"INSERT OR REPLACE INTO main.picture ({cols}) "
                  f"SELECT {cols} FROM stage.picture ORDER BY rowid")
        written = c.execute("SELECT count(*) FROM stage.picture").fetchone()[0]
        c.execute("INSERT OR IGNORE INTO main.picture_docs (kind, id, doc, pos) "
                  "SELECT kind, id, doc, pos FROM stage.picture_docs ORDER BY rowid")
        if keys:
            c.execute("DELETE FROM main.link_keys WHERE doc IN (SELECT doc FROM stage.keyed)")
            c.execute("INSERT OR IGNORE INTO main.link_keys (key, doc) "
                      "SELECT key, doc FROM stage.link_keys ORDER BY rowid")
        return int(written)


class _Deferred:
    """A deferred transaction of the stage's writes alone (the store itself is not locked:
    ``BEGIN`` takes a database's write lock only when it is written)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN")
        return self.conn

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.conn.execute("ROLLBACK" if kind is not None else "COMMIT")


def record_docs(r: dict[str, Any]) -> set[str]:
    """The reports backing a picture record (its ``picture_docs`` rows)."""
    docs = set(r.get("docs") or ())
    if r.get("doc"):
        docs.add(r["doc"])
    for ev in r.get("evidence") or ():
        docs.add(ev["doc"])
    return docs
