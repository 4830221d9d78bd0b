"""The app's background work: one thread re-analysing the store whenever reports were added
(requests coalesce), one warming the caches at start-up, and the folder watcher (``watch.py``)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import Document
from ..store import Store
from .watch import FolderWatcher

log = logging.getLogger("sitroom.web")
Analyzer = Callable[[Store], Any]


class Background:
    """The analysis worker, the start-up warmer and (with ``watch``) the folder watcher;
    ``state`` is what ``/api/status`` shows of them."""

    def __init__(self, db_path: str, analyze: Analyzer, watch: Path | None, poll: float):
        self.db_path = db_path
        self.analyze = analyze
        self.watch = watch
        self.poll = poll
        self.lock = threading.Lock()  # one writer of new documents at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Condition()
        self._threads: list[threading.Thread] = []
        self.after_analysis: Callable[[], Any] | None = None  # reload the served picture
        self.state: dict[str, Any] = {
            "queued": False,
            "analyzing": False,
            "analyses": 0,
            "last_analysis": None,
            "last_error": None,
            "watching": None,
            "watcher": None,  # None (no folder) | starting | watching | failed | stopped
            "watch_error": None,  # the last bad file or folder error of the watcher
            "ingested_from_folder": 0,
            "ready": False,  # start-up done: stored reports indexed, picture loaded
        }
        self.watcher = (FolderWatcher(watch, self.ingest_file, self.state, self._stop, poll)
                        if watch else None)

    # -------------------------------------------------------------- lifecycle
    def start(self) -> None:
        """Start the threads (idempotent)."""
        with self.lock:
            if self._threads:
                return
            self._stop.clear()
            targets = [self._work, self._warm] + ([self._watch] if self.watcher else [])
            for target in targets:
                t = threading.Thread(target=target, name=f"sitroom-{target.__name__}", daemon=True)
                t.start()
                self._threads.append(t)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout=30)
        self._threads = []

    def request_analysis(self) -> None:
        self.start()
        with self._idle:
            self.state["queued"] = True
        self._wake.set()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until no analysis is queued or running; False on timeout."""
        end = time.monotonic() + timeout
        with self._idle:
            while self.state["queued"] or self.state["analyzing"]:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    # -------------------------------------------------------------- analysis
    def _work(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._stop.is_set():
                break
            with self._idle:
                if not self.state["queued"]:
                    continue
                self.state["queued"] = False
                self.state["analyzing"] = True
            ok = self._analyze_once()
            if ok and self.after_analysis is not None:
                try:
                    self.after_analysis()
                except Exception as exc:  # the next request tries again
                    log.exception("reloading the picture failed")
                    self.state["last_error"] = f"after the analysis: {type(exc).__name__}"

    def _analyze_once(self) -> bool:
        try:
            with Store(self.db_path) as store:
                self.analyze(store)
            self.state["last_error"] = None
            return True
        except Exception as exc:  # reported in /api/status; the server keeps running
            log.exception("the analysis failed")
            self.state["last_error"] = f"{type(exc).__name__}: {exc}"
            return False
        finally:
            with self._idle:
                self.state["analyzing"] = False
                self.state["analyses"] += 1
                self.state["last_analysis"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                self._idle.notify_all()

    # -------------------------------------------------------------- new documents
    def add(self, doc: Document) -> tuple[bool, str | None]:
        """Store a new document (with its near-duplicate original, if any). Returns
        (added, copy_of); (False, None) if the same text is stored already."""
        with self.lock, Store(self.db_path) as store:
            if store.has_hash(doc.content_hash or doc.id):
                return False, None
            original, bands = self._near_index(store).find(doc.id, doc.text)
            return store.add_document(doc, copy_of=original, bands=bands), original

    def _near_index(self, store: Store) -> Any:
        """The near-duplicate index of the store: its LSH band keys, looked up in SQL (nothing
        is loaded; band keys missing or made under another scheme are filled in first)."""
        from ..ingest.dedup import StoredNearDuplicates

        return StoredNearDuplicates(store)

    def _warm(self) -> None:
        """At start-up, fill in any missing band keys of the stored reports (an older store),
        so the first new report waits for nothing, then load the picture."""
        try:
            with self.lock, Store(self.db_path) as store:
                self._near_index(store)
            if self.after_analysis is not None:
                self.after_analysis()
            self.state["ready"] = True
        except Exception as exc:  # reported in /api/status; pages load the picture themselves
            log.exception("start-up failed")
            self.state["last_error"] = f"at start-up: {type(exc).__name__}"

    def _watch(self) -> None:
        assert self.watcher is not None
        self.watcher.run()

    def ingest_file(self, path: Path) -> tuple[int, list[str]]:
        """Store the reports of one file of the watched folder (with the folder's ``meta.json``,
        if any), as ``sitroom ingest`` does; ask for an analysis if any was new. Returns the
        number added and the problems of the file (one line each)."""
        from ..ingest import IngestFailure, read_paths

        assert self.watch is not None
        meta = self.watch / "meta.json"
        added, problems = 0, []
        for item in read_paths([path], meta=meta if meta.is_file() else None):
            if isinstance(item, IngestFailure):
                problems.append(item.message if hasattr(item, "message") else str(item))
            elif self.add(item)[0]:
                added += 1
        if added:
            self.request_analysis()
        return added, problems
