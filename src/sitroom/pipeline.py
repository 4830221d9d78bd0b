"""The pipeline as a library: ingest, analyze, run. The CLI is a thin layer over this.

``process_documents`` (annotate + extract) is a pure function of its documents, so batches can be
spread over processes (``workers``) or a Dask cluster (:mod:`sitroom.scale`) without changing the
result.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import __version__
from .errors import SitroomError
from .model import Document, Extraction
from .store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)
SCHEDULERS = ("local", "processes", "dask")
BatchResult = list[tuple[Extraction, list[tuple[int, int, str]], int]]  # (extraction, sents, words)


def _quiet(stage: str, done: int, total: int) -> None:  # default progress: silent
    return None


@dataclass
class IngestSummary:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # sources already stored
    copies: list[tuple[str, str]] = field(default_factory=list)  # (copy id, original id)
    failures: list = field(default_factory=list)  # IngestFailure records

    @property
    def seen(self) -> int:
        return len(self.added) + len(self.duplicates)


@dataclass
class AnalyzeSummary:
    analyzed: int = 0
    documents: int = 0
    words: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def extraction_version() -> str:
    """Changes whenever the model setting or the extract/annotate code changes, so stale
    extractions are redone by the next ``analyze``."""
    from .annotate import model_name

    h = hashlib.sha1(f"{__version__}|{model_name()}".encode())
    here = Path(__file__).parent
    for p in sorted([here / "annotate.py", *(here / "extract").glob("*.py")]):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def ingest(store: Store, paths: Iterable[Path], meta: Path | None = None,
           progress: Progress = _quiet) -> IngestSummary:
    """Store new reports, one transaction each. Idempotent; bad files are reported, not fatal."""
    from .ingest import IngestFailure, NearDuplicates, read_paths

    summary = IngestSummary()
    near = NearDuplicates.from_store(store)  # stored fingerprints, nothing recomputed
    n = 0
    for item in read_paths(list(paths), meta=meta):
        n += 1
        progress("ingest", n, 0)
        if isinstance(item, IngestFailure):
            summary.failures.append(item)
            continue
        if store.has_hash(item.content_hash or item.id):
            summary.duplicates.append(item.source or item.id)
            continue
        original = near.add(item.id, item.text)
        if store.add_document(item, copy_of=original):
            summary.added.append(item.id)
            if original:
                summary.copies.append((item.id, original))
        else:
            summary.duplicates.append(item.source or item.id)
    return summary


def process_documents(documents: list[Document], model: str | None = None) -> list[Extraction]:
    """Annotate and extract a batch: a pure function of the documents."""
    from .annotate import annotate
    from .extract import extract

    return [extract(adoc) for adoc in annotate(documents, model=model)]


def process_batch(documents: list[Document]) -> BatchResult:
    """Annotate and extract a batch (a pure function of the documents, so it may run in another
    process or on another machine). Gives, per document in order, its Extraction, its sentences
    as (start, end, text) and its number of tokens."""
    from .annotate import annotate
    from .extract import extract

    out = []
    for adoc in annotate(documents):
        ex = extract(adoc)
        sents = [(s.start_char, s.end_char, s.text) for s in adoc.sents]
        out.append((ex, sents, len(adoc.tokens)))
    return out


def stream(submit: Callable[[list[str]], Any], wait_for: Callable[..., Any],
           batches: list[list[str]], in_flight: int) -> Iterator[BatchResult]:
    """Submit batches keeping at most ``in_flight`` futures pending, and yield each result as
    its future completes. ``submit(batch)`` gives a future; ``wait_for(futures,
    return_when="FIRST_COMPLETED")`` gives (done, not_done), as concurrent.futures.wait and
    distributed.wait do."""
    todo = iter(batches)
    pending = {submit(b) for b in itertools.islice(todo, max(1, in_flight))}
    while pending:
        done, rest = wait_for(pending, return_when=FIRST_COMPLETED)
        pending = set(rest)
        for fut in done:
            yield fut.result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.add(submit(nxt))


def run_batches(store: Store, batches: list[list[str]], version: str, scheduler: str = "local",
                workers: int = 1, dask_address: str | None = None) -> Iterator[BatchResult]:
    """Process batches of document ids on ``scheduler`` ("local": in this process;
    "processes": a pool of ``workers`` processes; "dask": a Dask cluster, see
    :mod:`sitroom.scale`), yielding each batch's results as soon as it is done."""
    if scheduler not in SCHEDULERS:
        raise SitroomError(f"--scheduler {scheduler}: unknown scheduler",
                           "use " + ", ".join(SCHEDULERS))
    if not batches:
        return
    if scheduler == "local" and workers > 1 and len(batches) > 1:
        scheduler = "processes"  # --workers N alone keeps its old meaning
    if scheduler == "dask":
        from .scale import map_batches

        yield from map_batches(batches, store.documents, version, dask_address, workers)
    elif scheduler == "processes":
        n = workers if workers > 1 else (os.cpu_count() or 2)
        with ProcessPoolExecutor(max_workers=n) as pool:
            yield from stream(lambda ids: pool.submit(process_batch, store.documents(ids)), wait,
                              batches, 2 * n)
    else:
        for b in batches:
            yield process_batch(store.documents(b))


def analyze(store: Store, progress: Progress = _quiet, batch_size: int = 16,
            workers: int = 1, relink: bool = True, scheduler: str = "local",
            dask_address: str | None = None) -> AnalyzeSummary:
    """Annotate + extract every document not yet analysed by this version, then rebuild the
    cross-document picture. ``scheduler``, ``workers``, ``dask_address``: where the
    per-document work runs (:func:`run_batches`). Each document's result is stored in its own
    transaction as it arrives, so a killed run loses at most the batches in flight and a rerun
    finishes the job."""
    version = extraction_version()
    pending = store.pending(version)
    summary = AnalyzeSummary(documents=store.count_documents())
    batches = [pending[i:i + batch_size] for i in range(0, len(pending), batch_size)]
    progress("analyze", 0, len(pending))
    for results in run_batches(store, batches, version, scheduler, workers, dask_address):
        for ex, sents, words in results:
            store.put_extraction(ex, version, sents)
            summary.words += words
            summary.analyzed += 1
        progress("analyze", summary.analyzed, len(pending))
    if relink or pending or not store.picture_is_current():
        progress("link", 0, 1)
        link(store)
        progress("link", 1, 1)
    summary.counts = {k: len(store.picture(k)) for k in
                      ("actors", "places", "events", "quotes", "claims", "links")}
    return summary


def link(store: Store) -> dict[str, list[dict]]:
    """Rebuild the cross-document picture from all stored extractions (one transaction)."""
    from .link.picture import build_picture

    docs = store.document_rows()
    full = store.documents()
    texts = {d.id: d.text for d in full}
    updates = {d.id: d.updates for d in full if d.updates}
    picture = build_picture(docs, store.extractions(), texts, updates)
    store.put_picture(picture)
    return picture
