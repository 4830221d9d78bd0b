"""Incremental linking: the stored picture brought up to date with new or changed reports.

``update(store)`` links when there is something to link (reports analysed since the last link,
a picture older than the archive, or link code of another version) and writes only the rows
of the picture that changed, in one transaction with the block cache and part memo the picture
used: readers see the old picture or the new one, and a process killed mid-way leaves the old
picture whole, with its memos. ``update(store, full=True)`` (the
``analyze --relink`` path) rewrites every row.

Each report's blocking keys (:mod:`sitroom.link.partition`) are stored when it is linked, so
the reports a new one can interact with (its component) are found through the ``link_keys``
index without reading the archive; the size of that component is reported. The picture is
still computed from the whole archive on both paths, because the picture has corpus-wide
couplings (:data:`sitroom.link.partition.GLOBAL_COUPLINGS`) and, on every crisis corpus
measured, one component holds every report (docs/scale.md, "Incremental linking"):
relinking only a component would not give the full picture, so it is not done. What a new
report leaves untouched is read instead of computed: the event-coreference blocks and the
other costly parts, each kept in the store by a hash of exactly its inputs
(:class:`sitroom.link.blockcache.BlockCache`, :class:`sitroom.link.blockcache.Memo`). A
process that links the same store again (``sitroom serve --watch``) reads those memos and the
picture's stored rows from what its own last link wrote, while the store is as that link left
it (:mod:`sitroom.link.warm`).
"""

from __future__ import annotations

import gc
import hashlib
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..store import Store
from ..store_pack import forget_decoded
from ..unionfind import UnionFind
from . import blockcache, warm
from .blockcache import BlockCache
from .partition import components, doc_keys


def link_version() -> str:
    """Changes whenever the link code or a data file changes, so a stored picture built by
    other code or rules is rebuilt by the next ``analyze`` even when no report is new."""
    h = hashlib.sha1(__version__.encode())
    here = Path(__file__).parent
    data = here.parent / "data"
    # the link code, the language code it calls (names, bodies), and every data file, in
    # sub-folders too (lexicons, per-language words): the stored picture and the cached
    # event-coreference blocks are reused only under the same rules
    for p in sorted([*here.glob("*.py"), here.parent / "unionfind.py",
                     *(here.parent / "lang").glob("*.py"),
                     *(f for f in data.rglob("*") if f.is_file())]):
        h.update(str(p.relative_to(here.parent)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def memo_salt(link: str | None = None) -> str:
    """The versions the part memo's values depend on: the link code and rules (``link``:
    :func:`link_version`, when known), and the extract code (the place names of the
    gazetteer that actor resolution asks)."""
    from ..pipeline import extraction_version

    return f"{link or link_version()}/{extraction_version()}"


@dataclass
class LinkRun:
    """What one link did: ``mode`` full | incremental; ``new``: reports linked for the first
    time (or with a new extraction); ``component``: the stored reports their keys reach
    (through the index; all of them when they reach the whole archive); ``written`` /
    ``deleted``: picture rows; ``blocks_reused`` / ``blocks_computed``: event-coreference
    blocks read from the block cache / clustered (:mod:`sitroom.link.blockcache`);
    ``parts_reused`` / ``parts_computed``: other parts read from the part memo / computed;
    ``warm``: the block cache, part memo and picture rows were those this process's last
    link of the store wrote (:mod:`sitroom.link.warm`), not read from the store;
    ``seconds``: read, build, index, write."""

    mode: str
    reports: int
    new: int
    component: int
    written: int = 0
    deleted: int = 0
    blocks_reused: int = 0
    blocks_computed: int = 0
    parts_reused: int = 0
    parts_computed: int = 0
    warm: bool = False
    seconds: dict[str, float] = field(default_factory=dict)


def needs_update(store: Store) -> bool:
    """Whether the stored picture is behind the archive or the code."""
    if not store.picture_is_current() or store.state_value("link_version") != link_version():
        return True
    linked = store.linked_versions()
    return any(linked.get(d) != v for d, v in store.extraction_versions().items())


def component_of(store: Store, keys: dict[str, set[str]], total: int) -> set[str]:
    """The stored reports reachable from reports with ``keys`` through shared keys, read
    through the ``link_keys`` index a frontier at a time; stops once all ``total`` stored
    reports are reached."""
    reached: set[str] = set()
    frontier = set().union(*keys.values()) if keys else set()
    seen_keys: set[str] = set()
    while frontier and len(reached) < total:
        seen_keys |= frontier
        found = store.docs_with_keys(frontier) - reached - set(keys)
        if not found:
            break
        reached |= found
        if len(reached) >= total:
            break  # the whole archive: no need to read the keys of what was reached
        frontier = store.link_keys_of(found) - seen_keys
    return reached


# state key: the number of linked reports when they were last known to form one component
# (every stored report reaches every other through shared keys), written with the picture
ONE_COMPONENT = "link_one_component"


def _component(store: Store, keys: dict[str, set[str]], before: dict[str, str], full: bool
               ) -> tuple[int, bool]:
    """How many stored reports the reports with ``keys`` reach (:func:`component_of`; a full
    relink: those linked ``before``, none), and whether every linked report is in one component afterwards. When the
    stored reports form one component and each new report is an addition holding a key of a
    stored one, they reach every stored report, read without walking the index: additions
    only merge components (a changed report, whose old keys are dropped, could split one, so
    it is walked)."""
    total = len(before)
    if full or not before:  # every linked report is one of these
        return total, bool(keys) and len(components(list(keys), keys).groups) == 1
    one = total > 0 and store.state_value(ONE_COMPONENT) == str(total)
    if (one and keys and not (keys.keys() & before.keys())
            and all(store.shares_a_key(ks, keys) for ks in keys.values())):
        return total, True
    reached = len(component_of(store, keys, total))
    return reached, one and not keys


def _stage_keys(store: Store, new: list[Any], copy_of: dict[str, str | None],
                story: dict[str, str]) -> tuple[list[str], bool]:
    """A full relink's keys: each report's made and staged at once (``store.stage_keys``),
    none held after; gives the reports keyed, in order, and whether they form one component
    (:func:`sitroom.link.partition.components` of their keys has one group), found by a
    union-find over the reports as their keys come (a key joins a report to the first
    report that had it)."""
    sets: UnionFind[str] = UnionFind()
    first: dict[str, str] = {}
    keyed: list[str] = []

    def made() -> Iterator[tuple[str, set[str]]]:
        for ex in new:
            ks = doc_keys(ex, copy_of.get(ex.doc), story.get(ex.doc))
            keyed.append(ex.doc)
            sets.add(ex.doc)
            for k in ks:
                j = first.setdefault(k, ex.doc)
                if j != ex.doc:
                    sets.join(ex.doc, j)
            yield ex.doc, ks

    store.stage_keys(made())
    return keyed, bool(keyed) and len({sets.find(d) for d in keyed}) == 1


# the collector's youngest generation is examined after this many allocations during a link
# (CPython's default, 700, makes a link of thousands of reports run thousands of collections
# over the young objects of the picture being built, few of which are ever garbage)
LINK_GC_THRESHOLD = 100_000


@contextmanager
def _quiet_collector() -> Iterator[None]:
    """The link stage with fewer garbage-collector passes: the objects alive when it starts
    (and, at :func:`_freeze`, the stored archive just read) are left out of every pass,
    and the youngest generation is examined less often; restored after. The link's objects
    are the same either way (nothing depends on when cycles are collected)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(LINK_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _freeze() -> None:
    """Leave the objects alive now (the archive just read) out of the collector's passes."""
    gc.freeze()


def update(store: Store, full: bool = False, picture: bool = True
           ) -> tuple[dict[str, list[dict[str, Any]]], LinkRun]:
    """Bring the stored picture up to date (see the module docstring). Gives the picture and
    what was done. A full relink whose caller needs no picture (``picture=False``, the
    ``analyze --relink`` path) writes each kind of it as soon as the build is done with it
    (:mod:`sitroom.store_stage`) and gives an empty one: the same rows stored, without
    holding the whole picture."""
    with _quiet_collector():
        if not full or picture:
            return _update(store, full, False)
        store.stage_open()
        try:
            return _update(store, full, True)
        finally:
            store.stage_close()


def _update(store: Store, full: bool, staged: bool
            ) -> tuple[dict[str, list[dict[str, Any]]], LinkRun]:
    from .picture import build_picture
    from .picture_events import forget_kept

    t0 = time.perf_counter()
    docs = store.document_rows()
    texts, updates = store.texts_and_updates()  # the documents' texts, without building them
    # kept decoded for this process's next link; the picture never reads the happenings
    extractions = store.extractions(keep=True, happenings=False)
    versions = store.extraction_versions()
    before = {} if full else store.linked_versions()
    new = [ex for ex in extractions if before.get(ex.doc) != versions.get(ex.doc)]
    # blocks clustered by the same link code with the same input are looked up, not recomputed
    version = link_version()  # hashes the link code and data files: once a link
    reuse = not full and store.state_value("link_version") == version
    # what this process's last link of this store wrote, while the store is as it left it
    # (no other write since): read from here instead of the store (link/warm.py)
    kept = None if full else warm.kept_for(store, version)
    cache = BlockCache((kept.blocks if kept is not None else
                        {k: blockcache.loads(v) for k, v in store.link_blocks().items()})
                       if reuse else {}, reuse=reuse)
    # the other costly parts, each keyed by a hash of exactly its inputs (a relink computes
    # them all afresh and refills the memo)
    memo = blockcache.Memo(None if full else kept.fetch if kept is not None else store.link_memo,
                           memo_salt(version))
    _freeze()
    t1 = time.perf_counter()
    with blockcache.using(cache), blockcache.memoising(memo):
        picture = build_picture(docs, extractions, texts, updates,
                                sink=store.stage_kind if staged else None)
    t2 = time.perf_counter()
    copy_of = {d["id"]: d.get("copy_of") for d in docs}
    keys: dict[str, set[str]] | None
    if staged:  # each report's keys made and staged at once (none held)
        keyed, whole = _stage_keys(store, new, copy_of, dict(store.staged_stories()))
        keys, component = None, 0
    else:
        story = {x["from"]: x["to"] for x in picture.get("links", ())
                 if x["kind"] == "same_story"}
        keys = {ex.doc: doc_keys(ex, copy_of.get(ex.doc), story.get(ex.doc)) for ex in new}
        keyed = list(keys)
        component, whole = _component(store, keys, before, full)
    n_docs = len(docs)
    # the build's inputs are not read by the write: freed before it (its peak then reuses
    # their memory instead of adding to it); a full relink also keeps none of the archive's
    # decoded extractions, nor the event mentions made of them, for a next link
    del docs, texts, updates, extractions, new
    if full:
        forget_decoded()
        forget_kept()
    t3 = time.perf_counter()
    linked_after = len(before.keys() | set(keyed))
    warm.forget()  # until the write commits, the store's state is not known here
    stamp = uuid.uuid4().hex
    counts = store.put_picture(picture, changes_only=not full, keys=keys,
                               linked={doc: versions[doc] for doc in keyed},
                               link_version=version,
                               state={ONE_COMPONENT: str(linked_after) if whole else None},
                               # the memos the picture used, in the picture's transaction
                               blocks={k: blockcache.dumps(v) for k, v in cache.used.items()},
                               memo=memo.used, stamp=stamp,
                               rows=kept.rows if kept is not None else None,
                               rows_stamp=kept.stamp if kept is not None else None,
                               staged=staged)
    warm.keep(store, version, stamp, cache.used, memo.used, store.picture_rows)
    t4 = time.perf_counter()
    run = LinkRun("full" if full else "incremental", n_docs, len(keyed), component,
                  counts["written"], counts["deleted"], cache.hits, cache.misses,
                  memo.hits, memo.misses, kept is not None,
                  {"read": round(t1 - t0, 3), "build": round(t2 - t1, 3),
                   "index": round(t3 - t2, 3), "write": round(t4 - t3, 3)})
    return picture, run
