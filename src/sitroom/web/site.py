"""What the web app serves from: the picture of the store, cached until it changes, the pages
rendered from it, the per-document index, and the status of the background work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .. import html_report
from ..store import Store
from . import pages
from .background import Background
from .filters import KINDS, Filters, _memo, filter_kinds
from .order import ORDERED, newest_first_positions, ordered
from .query import Picked, candidate_events

PAGE_CACHE = 64  # rendered pages kept until the picture changes
READER_CACHE_KB = 65536  # SQLite's page cache of the reading connection


class Site:
    """The served picture of the database ``db_path``; thread-safe."""

    def __init__(self, db_path: str, background: Background, token: str | None):
        self.db_path = db_path
        self.background = background
        self.token = token
        self.cache: dict[str, Any] = {"key": None, "picture": None, "reader": None}
        self.lock = threading.Lock()
        background.after_analysis = self.refresh

    def close(self) -> None:
        with self.lock:
            if self.cache["reader"] is not None:
                self.cache["reader"].close()
                self.cache["reader"] = None

    def picture(self) -> dict[str, Any]:
        """The current picture, cached: the records until the picture is rewritten (its stamp
        changes), the document list until any other connection commits (SQLite's
        ``data_version`` of a long-lived reading connection tells)."""
        cache = self.cache
        with self.lock:
            if cache["reader"] is None:
                store = Store(self.db_path, create=False)
                # the filtered views read index pages all over a large file: keep more of
                # them in SQLite's cache (a bounded amount of memory)
                store.conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KB}")
                cache["reader"] = store
            reader = cache["reader"]
            version = reader.conn.execute("PRAGMA data_version").fetchone()[0]
            if cache["key"] == version and cache["picture"] is not None:
                return cache["picture"]
            stamp = (reader.picture_stamp(), reader.has_picture())
            if cache.get("stamp") != stamp or cache["picture"] is None:
                cache["records"] = {k: reader.picture(k) if stamp[1] else [] for k in KINDS}
                cache["stamp"] = stamp
            docs = cache.get("documents") or []
            if reader.count_documents() < len(docs):  # another database in its place
                docs = []
            docs = docs + reader.document_rows(after=len(docs))  # reports are only appended
            cache["documents"] = docs
            cache["picture"] = {"format": "sitroom-picture", "version": 1, "documents": docs,
                                **cache["records"]}
            cache["key"] = version
            return cache["picture"]

    def rendered(self, name: str, make: Callable[[], str]) -> str:
        """A page (``name``: its path and query) that depends only on the picture and the
        analysis state, rendered once per change of either (the last PAGE_CACHE pages kept)."""
        p = self.picture()
        state = self.background.state
        busy = bool(state["analyzing"] or state["queued"])
        cache = self.cache
        with self.lock:
            if cache.get("pages_of") != (id(p), busy):
                cache["pages_of"], cache["pages"] = (id(p), busy), {}
            if name in cache["pages"]:
                return cache["pages"][name]
        page = make()
        with self.lock:
            if cache.get("pages_of") == (id(p), busy):
                if len(cache["pages"]) >= PAGE_CACHE:
                    cache["pages"].pop(next(iter(cache["pages"])))
                cache["pages"][name] = page
        return page

    def refresh(self) -> None:
        """At start-up and after an analysis: load the new picture, index it by document,
        build the list pages' lookups and their order and render the summary page, so that
        the next requests find them ready."""
        self.rendered("/", lambda: pages.summary_page(self.picture(), self.background.state))
        self.doc_index()
        pages.shown_picture(self.picture(), "events", [])
        for kind in ORDERED:  # the listings' order, computed once per picture
            newest_first_positions(self.picture(), kind)

    def status(self) -> dict[str, Any]:
        self.picture()  # opens the reading connection
        with self.lock:
            store = self.cache["reader"]
            docs = store.count_documents()
            current = store.picture_is_current()
        return {
            "ok": True,
            "documents": docs,
            "picture_current": current,
            "posting": self.token is not None,
            **self.background.state,
        }

    def doc_index(self) -> dict[str, Any]:
        """Per document, its evidence spans and the (kind, record)s it backs; built once per
        picture."""
        self.picture()
        cache = self.cache
        with self.lock:
            records = cache["records"]
            if cache.get("index_of") is not records:
                backs: dict[str, list[tuple[str, dict[str, Any]]]] = {}
                for k in ("events", "quotes", "claims", "actors", "places"):
                    for r in records.get(k, []):
                        docs = [*(r.get("docs") or ()), *([r["doc"]] if r.get("doc") else [])]
                        for d in dict.fromkeys(docs):
                            backs.setdefault(d, []).append((k, r))
                cache["index"] = {"spans": html_report.evidence_spans(records), "backs": backs,
                                  "starts": html_report.evidence_starts(records)}
                cache["index_of"] = records
            return cache["index"]

    def filtered(self, f: Filters, kind: str) -> tuple[dict[str, Any], Sequence[dict[str, Any]]]:
        """(the whole picture, its records of ``kind`` that match ``f``), events, quotes and
        claims newest first (``order.py``), the other kinds in the picture's order."""
        full, chosen = self._matching(f, kind)
        return full, ordered(full, kind, chosen)

    def _matching(self, f: Filters, kind: str) -> tuple[dict[str, Any], Sequence[dict[str, Any]]]:
        """(the whole picture, its records of ``kind`` that match ``f``, in picture order).
        Events and timeline entries are found through the store's indexes (``query.py``); the
        other kinds are filtered in memory, computing only what they depend on."""
        full = self.picture()
        if not f.active():
            return full, full.get(kind, [])
        found = None
        if kind in ("events", "timeline"):
            with self.lock:
                reader = self.cache["reader"]
                reader.conn.execute("BEGIN")
                try:
                    if (reader.picture_stamp(), reader.has_picture()) == self.cache.get("stamp"):
                        found = candidate_events(reader.conn, full, f)
                except sqlite3.OperationalError:  # a read-only store without the indexes
                    found = None
                finally:
                    reader.conn.execute("COMMIT")
        if found is not None and found[1]:  # exactly the matching events
            events = found[0]
        else:
            chosen = filter_kinds(full, f, ("events",) if kind == "timeline" else (kind,),
                                  found[0] if found else None)
            if kind not in ("events", "timeline"):
                return full, chosen[kind]
            events = chosen["events"]
        if kind == "timeline":
            return full, self._timeline_of(full, events)
        return full, events

    def stored_text(self, full: dict[str, Any], kind: str, records: list[dict[str, Any]]
                    ) -> list[str] | None:
        """The JSON text the store holds for ``records`` (of ``kind``, taken from the cached
        picture ``full``), read by position, so a response splices it instead of encoding
        the records again; None when the store's picture is no longer the cached one (or a
        record is not one of ``full``)."""
        pos_of = _memo(f"pos:{kind}", full.get(kind, []),
                       lambda rows: {id(r): i for i, r in enumerate(rows)})
        found = [pos_of.get(id(r)) for r in records]
        positions = [i for i in found if i is not None]
        if len(positions) < len(found):
            return None
        if not positions:
            return []
        texts: dict[int, str] = {}
        with self.lock:
            reader = self.cache["reader"]
            if reader is None or self.cache.get("picture") is not full:
                return None
            reader.conn.execute("BEGIN")
            try:
                if (reader.picture_stamp(), reader.has_picture()) != self.cache.get("stamp"):
                    return None
                first, last = min(positions), max(positions)
                if last - first + 1 <= 2 * len(positions):
                    rows = reader.conn.execute(
                        "SELECT pos, data FROM picture WHERE kind=? AND pos BETWEEN ? AND ?",
                        (kind, first, last))
                    texts = dict(rows.fetchall())
                else:
                    wanted = sorted(set(positions))
                    for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                        part = wanted[i:i + 500]
                        texts.update(reader.conn.execute(
                            f"SELECT pos, data FROM picture WHERE kind=? AND pos IN "
                            f"({','.join('?' * len(part))})", (kind, *part)).fetchall())
            finally:
                reader.conn.execute("COMMIT")
        out = [texts[i] for i in positions if i in texts]
        return out if len(out) == len(positions) else None

    def _timeline_of(self, full: dict[str, Any], events: Iterable[dict[str, Any]]
                     ) -> Sequence[dict[str, Any]]:
        """The timeline entries of some events, in timeline order (events picked by position
        are mapped by position, without looking at them)."""
        with self.lock:
            if self.cache.get("timeline_of") is not full.get("timeline") or \
                    self.cache.get("timeline_events") is not full.get("events"):
                index: dict[str, list[int]] = {}
                for i, t in enumerate(full.get("timeline", [])):
                    index.setdefault(t.get("event"), []).append(i)
                self.cache["timeline_index"] = index
                self.cache["timeline_by_pos"] = [index.get(e["id"], ())
                                                 for e in full.get("events", [])]
                self.cache["timeline_of"] = full.get("timeline")
                self.cache["timeline_events"] = full.get("events")
            index, by_pos = self.cache["timeline_index"], self.cache["timeline_by_pos"]
        timeline = full.get("timeline", [])
        if isinstance(events, Picked) and events.records is full.get("events"):
            return Picked(timeline, sorted(i for p in events.positions for i in by_pos[p]))
        return [timeline[i] for i in sorted(i for e in events for i in index.get(e["id"], ()))]
