"""The watched folder of ``serve --watch``: report files written into it are ingested (as
``sitroom ingest`` reads them) and the picture re-analysed.

Changes come from the operating system through watchfiles (inotify, FSEvents, ...), not by
polling the folder. A file is ingested once it stopped changing for one ``settle`` period
(so a report being copied is not read half-written). One bad file (a name that is not UTF-8,
a name too long for a sidecar lookup, an unreadable file) gets one warning line in the log and
in ``/api/status``; the watcher keeps watching. Symbolic links are never followed: a link, or
a file reached through a linked folder, is skipped with a warning, so nothing outside the
folder is served.
"""

from __future__ import annotations

import logging
import codecs
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

log = logging.getLogger("sitroom.web.watch")
Signature = tuple[int, int]  # (mtime_ns, size)


class FolderWatcher:
    """Watches ``folder`` on its own thread and hands settled report files to ``ingest``
    (one file per call; it returns the number of reports added and the problems found). ``state`` is the dict shown by ``/api/status`` (keys ``watching``,
    ``watcher``, ``watch_error``, ``ingested_from_folder`` are this watcher's)."""

    def __init__(self, folder: Path, ingest: Callable[[Path], tuple[int, list[str]]], state: dict,
                 stop: threading.Event, settle: float = 0.5):
        self.folder = Path(folder)
        self.root = os.path.realpath(self.folder)
        self.ingest = ingest
        self.state = state
        self.stop = stop
        self.settle = max(0.05, settle)
        self.seen: dict[str, Signature] = {}
        self.pending: dict[str, Signature] = {}
        self.warned: dict[str, str] = {}
        state.update(watching=None, watcher="starting", watch_error=None)

    # ------------------------------------------------------------------ the thread
    def run(self) -> None:
        """Watch until ``stop`` is set; an error of the folder itself (removed, unreadable) is
        reported and the watch restarted after a pause."""
        self.state.update(watching=str(self.folder), watcher="watching")
        while not self.stop.is_set():
            try:
                if not self.folder.is_dir():
                    raise FileNotFoundError(2, "No such folder", str(self.folder))
                self.state.update(watcher="watching")
                self._watch()
            except Exception as exc:  # the folder itself failed: report, wait, try again
                name = _undecodable(exc)
                if name is not None:  # one file's name: that file's warning; watch on at once
                    if name not in self.seen:  # read by the rescan already: nothing to say
                        self.warn(name, "the file name is not valid UTF-8 (rename the file)")
                    continue
                reason = f"{self.folder}: {_reason(exc)}; retrying"
                if self.state.get("watcher") != "failed":
                    log.warning("watching %s", reason)
                self.state.update(watcher="failed", watch_error=reason)
                self.stop.wait(max(0.5, self.settle))
        self.state.update(watching=None, watcher="stopped")

    def _watch(self) -> None:
        from watchfiles import watch

        ms = int(self.settle * 1000)
        scanned = False
        for changes in watch(self.folder, stop_event=self.stop, debounce=ms, step=min(50, ms),
                             rust_timeout=ms, yield_on_timeout=True, raise_interrupt=False):
            if not scanned:  # the watch is set up now: what was there before it is read too
                self._candidates(self._scan())
                scanned = True
            if not os.path.isdir(self.folder):
                raise FileNotFoundError(2, "No such folder", str(self.folder))
            if changes:
                self._candidates(p for _, p in changes)
            self._settled()
            if self.state.get("watcher") != "watching":
                self.state.update(watcher="watching")

    # ------------------------------------------------------------------ files
    def _scan(self) -> Iterator[str]:
        """Every file under the folder when the watch starts (links not followed)."""
        for top, dirs, files in os.walk(self.folder, followlinks=False, onerror=self._walk_error):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                yield os.path.join(top, name)

    def _walk_error(self, exc: OSError) -> None:
        self.warn(str(exc.filename or self.folder), _reason(exc))

    def _candidates(self, paths: Iterable[str]) -> None:
        """Note the files that changed; a file is read once it is unchanged a period later."""
        for path in paths:
            try:
                sig = self._signature(path)
            except OSError as exc:
                if os.path.lexists(path):
                    self.warn(path, _reason(exc))
                continue
            if sig is not None and self.seen.get(path) != sig:
                self.pending[path] = sig

    def _signature(self, path: str) -> Signature | None:
        """(mtime, size) of a report file to read, or None for what is skipped on purpose."""
        from ..ingest import MEDIA_SUFFIXES
        from ..ingest.meta import is_meta_file

        rel = os.path.relpath(path, self.folder)
        if rel == "." or rel.startswith("..") or any(part.startswith(".") for part in Path(rel).parts):
            return None
        real = os.path.realpath(path)
        if os.path.islink(path) or os.path.commonpath([real, self.root]) != self.root \
                or real != os.path.join(self.root, rel):
            self.warn(path, "a symbolic link (or inside a linked folder); links are not followed")
            return None
        st = os.lstat(path)
        p = Path(path)
        if not os.path.isfile(path) or is_meta_file(p) or p.suffix.lower() in MEDIA_SUFFIXES:
            return None
        return st.st_mtime_ns, st.st_size

    def _settled(self) -> None:
        """Ingest the pending files whose signature did not change since they were noted."""
        ready = []
        for path, sig in list(self.pending.items()):
            try:
                now = self._signature(path)
            except OSError as exc:
                self.pending.pop(path, None)
                if os.path.lexists(path):
                    self.warn(path, _reason(exc))
                continue
            if now is None:
                self.pending.pop(path, None)
            elif now == sig:
                ready.append(path)
                self.pending.pop(path)
                self.seen[path] = sig
            else:
                self.pending[path] = now
        for path in sorted(ready):
            self._one(path)

    def _one(self, path: str) -> None:
        """Ingest one file; whatever it raises is that file's warning, not the watcher's end."""
        try:
            added, problems = self.ingest(Path(path))
        except Exception as exc:
            self.warn(path, _reason(exc))
            return
        self.state["ingested_from_folder"] += added
        for problem in problems:
            self.warn(path, problem)
        if not problems:
            self.warned.pop(path, None)

    def warn(self, path: str, reason: str) -> None:
        """One warning line per bad file (again only after it was read well once)."""
        shown = path.encode("utf-8", "backslashreplace").decode("utf-8")
        if path in self.warned:
            return
        self.warned[path] = reason
        line = f"{shown}: {reason}; skipped (fix or remove the file; the folder is still watched)"
        log.warning("%s", line)
        self.state["watch_error"] = line


def _undecodable(exc: BaseException) -> str | None:
    """The path of watchfiles' "Unable to decode path" error (a name that is not UTF-8)."""
    m = re.search(r'Unable to decode path "(.*)" to string', str(exc))
    if not m:
        return None
    try:
        return os.fsdecode(codecs.escape_decode(m[1].encode("utf-8", "surrogateescape"))[0])
    except ValueError:
        return m[1]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
