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
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator

from . import __version__
from .errors import ModelError, SitroomError, StoreError
from .model import Document, Extraction
from .lang.search import sentence_rows
from .store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)
SCHEDULERS = ("auto", "local", "processes", "dask")
# "auto": pending text from which a pool of processes (one per core) pays for loading the models
# in every worker (a few seconds each): a 1,000,000-character report in 100,000-character parts
# takes 45 s in one process and 31 s on two cores (docs/quality.md, "Limits")
AUTO_CHARS = 300_000
BatchResult = list[tuple[Extraction, list[tuple[int, int, str]], int]]  # (extraction, sents, words)


def _quiet(stage: str, done: int, total: int) -> None:  # default progress: silent
    return None


@dataclass
class IngestSummary:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # sources already stored
    copies: list[tuple[str, str]] = field(default_factory=list)  # (copy id, original id)
    failures: list = field(default_factory=list)  # IngestFailure records
    warnings: list = field(default_factory=list)  # IngestWarning records (read, or skipped)

    @property
    def seen(self) -> int:
        return len(self.added) + len(self.duplicates)


@dataclass
class AnalyzeSummary:
    analyzed: int = 0
    documents: int = 0
    words: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    failed: list[dict[str, str]] = field(default_factory=list)  # doc, source, stage, error
    link_error: str | None = None  # the link stage failed: the previous picture is kept
    link: Any = None  # what the link stage did (sitroom.link.incremental.LinkRun), if it ran
    log: str | None = None  # the log file holding the tracebacks


# data files that no extraction reads (the report's templates, the evaluation's data, the
# quality floors, the torture run's mutations): a change to them keeps the stored extractions
_NOT_READ_BY_EXTRACT = {"templates", "eval", "quality.json", "torture.json", "stance_model.npz"}


def extraction_version() -> str:
    """Changes whenever the model setting, the annotate/extract code or a data file they read
    (lexicons, rule tables, per-language words, models, the gazetteer) changes, so stale
    extractions are redone by the next ``analyze``; round 22: and the event filter setting
    (``SITROOM_EVENT_FILTER``) when it is not the default."""
    from .annotate import model_name
    from .extract.events_filter import filter_mode

    mode = filter_mode()
    return _extraction_version(model_name() if mode == "default" else f"{model_name()}|events={mode}")


def extraction_inputs() -> list[Path]:
    """The files whose content the extractions depend on: annotate, extract and the language
    code, and every data file they read."""
    here = Path(__file__).parent
    data = here / "data"
    code = [here / "annotate.py", here / "lexicon.py", *(here / "extract").rglob("*.py"),
            *(here / "lang").rglob("*.py")]
    tables = [p for p in data.rglob("*") if p.is_file()
              and not set(p.relative_to(data).parts) & _NOT_READ_BY_EXTRACT]
    return sorted(code) + sorted(tables)


def _extraction_version(model: str) -> str:
    h = hashlib.sha1(f"{__version__}|{model}".encode())
    here = Path(__file__).parent
    for p in extraction_inputs():
        h.update(p.relative_to(here).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def ingest(store: Store, paths: Iterable[Path], meta: Path | None = None,
           progress: Progress = _quiet, max_chars: int | None = None) -> IngestSummary:
    """Store new reports, one transaction each. Idempotent; bad files are reported, not fatal.
    A report longer than ``max_chars`` (default: the SITROOM_MAX_CHARS setting) is stored as
    parts cut at paragraph breaks."""
    from .ingest import IngestFailure, IngestWarning, read_paths
    from .ingest.dedup import StoredNearDuplicates

    summary = IngestSummary()
    near = StoredNearDuplicates(store)  # band keys looked up in SQL, nothing loaded
    n = 0
    for item in read_paths(list(paths), meta=meta, max_chars=max_chars, warnings=True):
        n += 1
        progress("ingest", n, 0)
        if isinstance(item, IngestFailure):
            summary.failures.append(item)
            continue
        if isinstance(item, IngestWarning):
            summary.warnings.append(item)
            continue
        if store.has_hash(item.content_hash or item.id):
            summary.duplicates.append(item.source or item.id)
            continue
        original, bands = near.find(item.id, item.text)
        if store.add_document(item, copy_of=original, bands=bands):
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
    as (start, end, text) and its number of tokens, or a :class:`~sitroom.faults.ReportFailure`
    for a document that failed: one report's failure never costs the others their results
    (a batch that fails as a whole is redone one document at a time)."""
    from .faults import ReportFailure, max_chars

    limit = max_chars()
    out: dict[str, Any] = {}
    fits = []
    for d in documents:
        if len(d.text) > limit:
            out[d.id] = ReportFailure(d.id, "limit", f"the report has {len(d.text):,} characters, "
                                      f"over the limit of {limit:,} (SITROOM_MAX_CHARS)")
        else:
            fits.append(d)
    for d, result in zip(fits, _process_isolated(fits)):
        out[d.id] = result
    return [out[d.id] for d in documents]


def _process_isolated(documents: list[Document]) -> list[Any]:
    from .annotate import annotate
    from .chunks import annotate_long
    from .extract import extract
    from .faults import failure

    try:
        annotated = annotate_long(documents, annotate)
    except ModelError:  # no model: the run's error, not the reports'
        raise
    except Exception as exc:
        if len(documents) == 1:
            return [failure(documents[0].id, "annotate", exc)]
        return [r for d in documents for r in _process_isolated([d])]
    out: list[Any] = []
    for adoc in annotated:
        try:
            ex = extract(adoc)
        except Exception as exc:
            out.append(failure(adoc.doc.id, "extract", exc))
            continue
        sents = sentence_rows(adoc)  # with dictionary forms for search
        out.append((ex, sents, len(adoc.tokens)))
    return out


def stream(submit: Callable[[list[str]], Any], wait_for: Callable[..., Any],
           batches: list[list[str]], in_flight: int) -> Iterator[BatchResult]:
    """Submit batches keeping at most ``in_flight`` futures pending, and yield each result as
    its future completes. ``submit(batch)`` gives a future; ``wait_for(futures,
    return_when="FIRST_COMPLETED")`` gives (done, not_done), as concurrent.futures.wait and
    distributed.wait do."""
    from .faults import failure

    todo = iter(batches)
    batch_of: dict[Any, list[str]] = {}
    refused: list[list] = []  # results of batches that could not even be submitted

    def put(batch: list[str]) -> None:
        try:
            batch_of[submit(batch)] = batch
        except ModelError:
            raise
        except Exception as exc:  # e.g. a process pool broken by a killed worker
            refused.append([failure(doc, "worker", exc) for doc in batch])

    for b in itertools.islice(todo, max(1, in_flight)):
        put(b)
    while batch_of or refused:
        while refused:
            yield refused.pop(0)
            nxt = next(todo, None)
            if nxt is not None:
                put(nxt)
        if not batch_of:
            continue
        done, _ = wait_for(set(batch_of), return_when=FIRST_COMPLETED)
        for fut in done:
            batch = batch_of.pop(fut)
            try:
                result = fut.result()
            except ModelError:  # no model anywhere: the run's error, not the reports'
                raise
            except Exception as exc:  # the worker died or could not run the batch
                result = [failure(doc, "worker", exc) for doc in batch]
            yield result
            nxt = next(todo, None)
            if nxt is not None:
                put(nxt)


def run_batches(store: Store, batches: list[list[str]], version: str, scheduler: str = "local",
                workers: int | None = None, dask_address: str | None = None
                ) -> Iterator[BatchResult]:
    """Process batches of document ids on ``scheduler`` ("local": in this process;
    "processes": a pool of ``workers`` processes; "dask": a Dask cluster, see
    :mod:`sitroom.scale`), yielding each batch's results as soon as it is done. ``workers``:
    exactly that many processes; None: one per core (processes, local Dask cluster)."""
    if scheduler not in SCHEDULERS:
        raise SitroomError(f"--scheduler {scheduler}: unknown scheduler",
                           "use " + ", ".join(SCHEDULERS))
    if not batches:
        return
    if scheduler == "local" and (workers or 1) > 1 and len(batches) > 1:
        scheduler = "processes"  # --workers N alone keeps its old meaning
    if scheduler == "dask":
        from .scale import map_batches

        yield from map_batches(batches, store.documents, version, dask_address,
                               workers or (os.cpu_count() or 2),
                               process_batch=process_batch, stream=stream,
                               extraction_version=extraction_version)
    elif scheduler == "processes":
        n = workers or (os.cpu_count() or 2)
        with ProcessPoolExecutor(max_workers=n) as pool:
            yield from stream(lambda ids: pool.submit(process_batch, store.documents(ids)), wait,
                              batches, 2 * n)
    else:
        for b in batches:
            yield process_batch(store.documents(b))


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def choose_scheduler(scheduler: str, workers: int | None, chars: int, reports: int
                     ) -> tuple[str, int | None]:
    """Resolve ``scheduler`` "auto": a pool of processes, one per core (at most one per
    report), when more than one core and report are there and the pending text reaches
    :data:`AUTO_CHARS`; else this process. Any other scheduler is kept as given."""
    if scheduler != "auto":
        return scheduler, workers
    if workers is not None:
        return ("processes" if workers > 1 else "local"), workers
    n = cores()
    if n > 1 and reports > 1 and chars >= AUTO_CHARS:
        return "processes", min(n, reports)
    return "local", None


@contextmanager
def link_workers(scheduler: str, workers: int | None, dask_address: str | None
                 ) -> Iterator[None]:
    """The event-coreference blocks of the links run inside computed on workers
    (:func:`sitroom.link.blockcache.mapping`): a pool of ``workers`` processes (one per core
    when not given) for "processes", the Dask cluster for "dask"; here for "local" and
    "auto" (on two cores the blocks are a fifth of a relink of 1,000 reports, and a pool's
    gain was within the noise: docs/scale.md). The pool or cluster starts when a link first
    has enough blocks to compute (an incremental link mostly reuses stored ones)."""
    from .link import blockcache

    n = workers or cores()
    if scheduler not in ("dask", "processes") or (scheduler == "processes" and n < 2):
        yield
        return
    with ExitStack() as stack:
        started: list[blockcache.Mapper] = []

        def start() -> blockcache.Mapper:
            if scheduler == "dask":
                from .scale import client

                return blockcache.dask_mapper(stack.enter_context(client(dask_address, n)))
            return blockcache.process_mapper(
                stack.enter_context(ProcessPoolExecutor(max_workers=n)))

        def lazy(fn: Callable[..., Any], args: list[tuple]) -> list[Any]:
            if not started:
                started.append(start())
            return started[0](fn, args)

        with blockcache.mapping(lazy):
            yield


def split_batches(pending: list[str], batch_size: int, scheduler: str = "local",
                  workers: int | None = None) -> list[list[str]]:
    """``pending`` in batches of at most ``batch_size``; with more than one worker, small
    enough that every worker gets one (a long report's parts, or a small delivery, would
    otherwise sit in one batch on one worker)."""
    n = workers or (os.cpu_count() or 2) if scheduler in ("processes", "dask") else (workers or 1)
    if n > 1 and pending:
        batch_size = max(1, min(batch_size, -(-len(pending) // n)))
    return [pending[i:i + batch_size] for i in range(0, len(pending), batch_size)]


def analyze(store: Store, progress: Progress = _quiet, batch_size: int = 16,
            workers: int | None = None, relink: bool = False, scheduler: str = "auto",
            dask_address: str | None = None, retry_failed: bool = False) -> AnalyzeSummary:
    """Annotate + extract every document not yet analysed by this version, then bring the
    cross-document picture up to date: incrementally (only the changed rows are written, see
    :mod:`sitroom.link.incremental`) when reports are new or the picture is behind, rebuilt
    whole when ``relink``. ``scheduler``, ``workers``, ``dask_address``: where the
    per-document work runs (:func:`run_batches`; "auto": :func:`choose_scheduler`). Each document's result is stored in its own
    transaction as it arrives, so a killed run loses at most the batches in flight and a rerun
    finishes the job.

    A document whose annotation or extraction fails is recorded as failed in the store (its
    error in ``summary.failed``, its traceback in the log file beside the database) and the
    others go on; failed documents are skipped by later runs of the same version unless
    ``retry_failed``. A failing link stage keeps the previous picture (``summary.link_error``).
    """
    from .faults import ReportFailure, write_log

    version = extraction_version()
    pending = store.pending(version, retry_failed=retry_failed)
    summary = AnalyzeSummary(documents=store.count_documents())
    rows = store.document_rows() if pending else []
    sources = {r["id"]: r["source"] or r["id"] for r in rows}
    waiting = set(pending)
    asked, asked_workers = scheduler, workers
    scheduler, workers = choose_scheduler(scheduler, workers, sum(
        r["chars"] or 0 for r in rows if r["id"] in waiting), len(pending))
    batches = split_batches(pending, batch_size, scheduler, workers)
    progress("analyze", 0, len(pending))
    done = 0
    for results in run_batches(store, batches, version, scheduler, workers, dask_address):
        for item in results:
            done += 1
            if isinstance(item, ReportFailure):
                store.put_failure(item.doc, item.stage, item.error, version)
                source = sources.get(item.doc, item.doc)
                summary.log = str(write_log(store.path, f"{source} ({item.doc}): {item.stage} "
                                            f"failed: {item.error}", item.trace or item.error))
                summary.failed.append({"doc": item.doc, "source": source, "stage": item.stage,
                                       "error": item.error})
                continue
            ex, sents, words = item
            store.put_extraction(ex, version, sents)
            summary.words += words
            summary.analyzed += 1
        progress("analyze", done, len(pending))
    from .link.incremental import needs_update, update

    if relink or pending or needs_update(store):
        progress("link", 0, 1)
        try:
            with link_workers(asked, asked_workers, dask_address):
                summary.link = update(store, full=relink, picture=False)[1]
        except StoreError:  # the database itself cannot be written: the command's error
            raise
        except Exception as exc:  # keep the previous picture; say so in one line
            from .faults import failure

            f = failure("", "link", exc)
            summary.link_error = f.error
            summary.log = str(write_log(store.path, f"link failed: {f.error}", f.trace))
        progress("link", 1, 1)
    counts = store.picture_counts()
    summary.counts = {k: counts.get(k, 0) for k in
                      ("actors", "places", "events", "quotes", "claims", "links")}
    return summary


def link(store: Store) -> dict[str, list[dict]]:
    """Rebuild the cross-document picture from all stored extractions (one transaction)."""
    from .link.incremental import update

    return update(store, full=True)[0]
