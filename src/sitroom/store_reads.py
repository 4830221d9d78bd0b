"""Reading the store (:class:`sitroom.store.Store` inherits these): documents, extractions
and their states, the picture, the linking bookkeeping, and full-text search."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .errors import StoreError
from .lang.search import SPACELESS_GLOB, query_words, spaceless
from .model import Document, Extraction, Update, from_dict
from .store_pack import LAYOUT, LAYOUTS, extraction, extractions_of_rows
from .store_schema import DOC_COLUMNS


def entry_languages(updates: list[dict[str, Any]]) -> dict[str, int]:
    """Language code -> number of a live blog's entries in it, for entries whose language
    differs from their document's (stored as ``Update.language``), most entries first."""
    counts = Counter(u["language"] for u in updates if u.get("language"))
    return dict(counts.most_common())


class StoreReads:
    """The read queries of a :class:`sitroom.store.Store` (over its connection ``conn``)."""

    conn: sqlite3.Connection
    compact: bool = False  # the store has the derived columns (sitroom.store_schema.COLUMNS)

    # ------------------------------------------------------------------ documents
    def has_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash=?",
                                (content_hash,)).fetchone()
        return row[0] if row else None

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

    def texts_and_updates(self) -> tuple[dict[str, str], dict[str, tuple[Update, ...]]]:
        """Each document's text, and the live-blog updates of those that have any, in ingest
        order: what the link stage reads of the documents beside their metadata (the
        ``text`` and ``updates`` of :meth:`documents`, without building the documents)."""
        cur = self.conn.cursor()
        cur.row_factory = None
        texts: dict[str, str] = {}
        updates: dict[str, tuple[Update, ...]] = {}
        for doc, text, entries in cur.execute(
                "SELECT id, text, updates FROM documents ORDER BY seq"):
            texts[doc] = text
            if entries := json.loads(entries):
                updates[doc] = tuple(Update(**u) for u in entries)
        return texts, updates

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

    def _extraction_column(self) -> str:
        """The column an extraction is read from: its packed form where it has one of a
        layout read (:data:`sitroom.store_pack.LAYOUTS`), else its JSON."""
        if not self.compact:
            return "e.data"
        tags = ", ".join(f"x'{t.hex()}'" for t in LAYOUTS)
        return f"CASE WHEN substr(e.packed, 1, {len(LAYOUT)}) IN ({tags}) " \
               "THEN e.packed ELSE e.data END"

    def extractions(self, keep: bool = False, happenings: bool = True) -> list[Extraction]:
        """Every stored extraction in ingest order. ``keep`` (the link stage): those this
        process kept at its last such read and unchanged since are not decoded again, and
        these are kept for the next (:func:`sitroom.store_pack.extractions_of_rows`); without
        it, every one is decoded and nothing is held after the caller drops them.
        ``happenings=False`` (the link stage, which never reads them): their happenings are
        not built (left empty; :func:`sitroom.store_pack.unpack`)."""
        cur = self.conn.cursor()
        cur.row_factory = None
        rows = cur.execute(
            f"SELECT {self._extraction_column()} FROM extractions e "
            "JOIN documents d ON d.id = e.doc ORDER BY d.seq")
        if not keep:
            return [extraction(r[0], happenings) for r in rows]
        return extractions_of_rows((r[0] for r in rows), happenings)

    def extractions_of(self, docs: Iterable[str]) -> list[Extraction]:
        """The stored extractions of the reports ``docs`` (in arrival order), read by key."""
        out: list[tuple[int, Extraction]] = []
        ids = list(dict.fromkeys(docs))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self.conn.execute(
                f"SELECT d.seq, {self._extraction_column()} FROM extractions e "
                f"JOIN documents d ON d.id = e.doc WHERE e.doc IN ({','.join('?' * len(chunk))})",
                chunk)
            out.extend((r[0], extraction(r[1])) for r in rows)
        return [ex for _, ex in sorted(out, key=lambda t: t[0])]

    # ------------------------------------------------------------------ picture
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
        """The stored blocking keys of ``docs`` (read through the index; each key once per
        chunk of ``docs``, not once per report holding it)."""
        return self._lookup("SELECT DISTINCT key FROM link_keys WHERE doc IN ({})", docs)

    def docs_with_keys(self, keys: Iterable[str]) -> set[str]:
        """The reports holding any of ``keys`` (read through the index; each report once per
        chunk of ``keys``)."""
        return self._lookup("SELECT DISTINCT doc FROM link_keys WHERE key IN ({})", keys)

    def shares_a_key(self, keys: Iterable[str], apart: Iterable[str] = ()) -> bool:
        """Whether a stored report other than ``apart`` holds any of ``keys`` (through the
        index; at most one more report than ``apart`` holds is read per chunk of keys)."""
        wanted, skip = list(keys), set(apart)
        for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            part = wanted[i:i + 500]
            docs = self.conn.execute(
                f"SELECT DISTINCT doc FROM link_keys WHERE key IN ({', '.join('?' * len(part))}) "
                f"LIMIT {len(skip) + 1}", part).fetchall()
            if any(d not in skip for (d,) in docs):
                return True
        return False

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


def _fts_query(query: str) -> str:
    return " ".join(f'"{w}"' for w in query_words(query))

