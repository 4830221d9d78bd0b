"""Event-coreference blocks remembered between links: a block whose input did not change gives
the same clusters, so they are looked up instead of recomputed.

Clustering one block of event mentions (:func:`sitroom.link.coref.cluster_events`, one topic
group) is a pure function of the block's mentions in their order, the texts of their reports,
the pair model and the threshold. :func:`block_key` hashes exactly these, so a cached answer is
the answer the clusterer would give: the picture is byte for byte the one a full relink builds
(``tests/test_incremental.py``). Adding a report changes only the blocks of its own topics (its
mentions come last in ingest order, so even a topic cut into consecutive chunks changes only its
last chunk); every other block is read from the cache.

The cache lives in the store (table ``link_blocks``, created when first needed: it holds no data
that cannot be recomputed, so it needs no migration and may be deleted at any time). The
incremental path reads it before linking and writes the blocks used by the new picture after
(dropping the others); ``analyze --relink`` computes every block afresh and refills it.

:class:`Memo` does the same for the other costly parts of the link stage (table
``link_memo``): a body or place look-up per name, the tone counts of a report, an outlet's term
counts and the stories (chains over the reports, so a new report extends the stored state of
the reports before it), how an event's sources relate. docs/scale.md, "The part memo".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import marshal
import operator
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")
_ACTIVE: ContextVar[BlockCache | None] = ContextVar("sitroom_block_cache", default=None)
# how the blocks a link must compute are mapped over workers: ``mapper(fn, argument tuples)``
# gives ``[fn(*args) for args in argument tuples]`` in order (None: in this process)
Mapper = Callable[[Callable[..., Any], list[tuple]], list[Any]]
_MAPPER: ContextVar[Mapper | None] = ContextVar("sitroom_block_mapper", default=None)
MIN_MAPPED = 4  # fewer blocks to compute than this are computed here (no worker round trip)


class BlockCache:
    """Block key -> cluster labels. ``known``: answers read from the store (looked up only when
    ``reuse``); ``used``: the answers the current link needed (to be stored)."""

    def __init__(self, known: dict[str, list[int]] | None = None, reuse: bool = True):
        self.known = dict(known or {})
        self.reuse = reuse
        self.used: dict[str, list[int]] = {}
        self.hits = 0
        self.misses = 0

    def missing(self, keys: Sequence[str]) -> list[str]:
        """The keys among ``keys`` whose labels must be computed."""
        return [k for k in keys if not (self.reuse and k in self.known)]

    def labels(self, key: str, compute: Callable[[], Sequence[int]]) -> list[int]:
        if self.reuse and key in self.known:
            self.hits += 1
            found = self.known[key]
        else:
            self.misses += 1
            found = [int(x) for x in compute()]
        self.used[key] = found
        return found


def active() -> BlockCache | None:
    """The cache of the link running in this context, if any."""
    return _ACTIVE.get()


@contextmanager
def _bound(var: ContextVar[T | None], value: T) -> Iterator[T]:
    """``var`` set to ``value`` inside the block, and back to what it was after."""
    token = var.set(value)
    try:
        yield value
    finally:
        var.reset(token)


def using(cache: BlockCache) -> AbstractContextManager[BlockCache]:
    """Run the links inside with ``cache`` as their block cache."""
    return _bound(_ACTIVE, cache)


def mapper() -> Mapper | None:
    """The mapper of the link running in this context (:func:`mapping`), if any."""
    return _MAPPER.get()


def mapping(fn: Mapper | None) -> AbstractContextManager[Mapper | None]:
    """Compute the blocks of the links run inside on workers: ``fn(f, argument tuples)``
    maps a pure function over them (a process pool's or a Dask client's map). Blocks are
    independent (each a pure function of its input), so the labels are the ones this process
    would compute, and the picture is the same."""
    return _bound(_MAPPER, fn)


def process_mapper(pool: Any) -> Mapper:
    """A mapper over a ``concurrent.futures`` executor."""
    def run(fn: Callable[..., Any], args: list[tuple]) -> list[Any]:
        return list(pool.map(fn, *zip(*args))) if args else []
    return run


def dask_mapper(client: Any) -> Mapper:
    """A mapper over a ``distributed.Client``."""
    def run(fn: Callable[..., Any], args: list[tuple]) -> list[Any]:
        if not args:
            return []
        return client.gather(client.map(fn, *zip(*args), pure=False))
    return run


def block_key(group: Sequence[Any], texts: dict[str, str], model: Any, threshold: float) -> str:
    """A hash of everything a block's clusters depend on: each mention's fields in order, the
    text of each report of the block, the pair model and the threshold."""
    h = _model_hash(model, float(threshold)).copy()
    # each mention as its fields' values (a dataclass's, in their order, through one C-level
    # getter), the block's written at once by marshal at version 2 (equal values give equal
    # bytes, whatever their objects; a str's repr scans it for quotes): every link hashes the
    # block of every mention
    if group:
        cls: Any = type(group[0])
        values = _values_of(cls)
        h.update(cls.__qualname__.encode())
        h.update(marshal.dumps([values(m) for m in group], 2))
    for d in sorted({m.doc for m in group}):
        h.update(d.encode() + b"\0")
        h.update(_text_digest(texts.get(d, "")))
    return h.hexdigest()


@lru_cache(maxsize=16)
def _values_of(cls: Any) -> Callable[[Any], Any]:
    """A getter of an item's values for its block key: a dataclass's fields as a tuple, in
    their order, else the item itself (the fields' names are the link code's: a change of
    them is a new ``link_version``, whose links reuse no stored block)."""
    if not dataclasses.is_dataclass(cls):
        return lambda x: x
    names = [f.name for f in dataclasses.fields(cls)]
    if len(names) == 1:
        return lambda x: (getattr(x, names[0]),)
    return operator.attrgetter(*names)


@lru_cache(maxsize=16)
def _model_hash(model: Any, threshold: float) -> Any:
    """The hash state of a block key after the model and threshold (the same for every block)."""
    h = hashlib.sha1()
    h.update(repr(model).encode())
    h.update(repr(threshold).encode())
    return h


@lru_cache(maxsize=1 << 15)  # a report's text, hashed once however many blocks it is in
def _text_digest(text: str) -> bytes:
    return hashlib.sha1(text.encode()).digest()


def dumps(labels: list[int]) -> str:
    return json.dumps(labels, separators=(",", ":"))


def loads(text: str) -> list[int]:
    return [int(x) for x in json.loads(text)]


# ---------------------------------------------------------------------------- part memo
# The other costly parts of the link stage, remembered the same way: each a pure function of
# exactly the inputs hashed into its key (a per-name body key, a report's tone counts, an
# outlet's term counts, a report's story vector), kept in the store (table ``link_memo``) so
# that a new report recomputes only the parts whose inputs it touches.
_MEMO: ContextVar[Memo | None] = ContextVar("sitroom_link_memo", default=None)
FETCH_CHUNK = 900  # keys per SQLite query (below the host-parameter limit)


class Memo:
    """Hashed input -> JSON value. ``fetch(hashes)`` gives the stored values of those hashes
    (None: nothing stored); ``salt``: the versions of the code and rules the values were
    computed by (a value computed by other code is never found); ``used``: hash -> JSON of
    every value the current link needed (to be stored, the others dropped)."""

    def __init__(self, fetch: Callable[[list[str]], dict[str, str]] | None = None,
                 salt: str = ""):
        self.fetch = fetch
        self.salt = salt
        self.used: dict[str, str] = {}
        self.hits = 0
        self.misses = 0

    def key(self, kind: str, material: str) -> str:
        return hashlib.sha1(f"{self.salt}\0{kind}\0{material}".encode()).hexdigest()

    def probe(self, kind: str, materials: Sequence[str]) -> dict[int, Any]:
        """The stored values among ``materials`` (index -> value), not computing any; what
        is found is kept as used."""
        keys = [self.key(kind, m) for m in materials]
        found = self._fetch(keys)
        out = {}
        for i, k in enumerate(keys):
            if k in found:
                self.hits += 1
                self.used[k] = found[k]
                out[i] = json.loads(found[k])
        return out

    def keep(self, kind: str, material: str, value: Any, give_back: bool = True) -> Any:
        """Remember ``value`` for ``material``; gives it back as stored (a JSON round trip;
        ``give_back`` False: None, for a large value the caller has no use for)."""
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        self.misses += 1
        self.used[self.key(kind, material)] = text
        return json.loads(text) if give_back else None

    def values(self, kind: str, materials: Sequence[str],
               compute: Callable[[int], Any]) -> list[Any]:
        """The value of each material: stored, else ``compute(index)`` (then stored). A
        computed value is given back as it will be read next time (a JSON round trip), so a
        link gives the same picture whether it computed or read it."""
        keys = [self.key(kind, m) for m in materials]
        found = self._fetch(keys)
        out = []
        for i, k in enumerate(keys):
            text = found.get(k) or self.used.get(k)
            if text is None:
                self.misses += 1
                text = json.dumps(compute(i), separators=(",", ":"), ensure_ascii=False)
            else:
                self.hits += 1
            self.used[k] = text
            out.append(json.loads(text))
        return out

    def _fetch(self, keys: list[str]) -> dict[str, str]:
        todo = [k for k in dict.fromkeys(keys) if k not in self.used]
        if self.fetch is None or not todo:
            return {}
        found: dict[str, str] = {}
        for i in range(0, len(todo), FETCH_CHUNK):
            found.update(self.fetch(todo[i:i + FETCH_CHUNK]))
        return found


def memo() -> Memo | None:
    """The part memo of the link running in this context, if any."""
    return _MEMO.get()


def memoising(m: Memo) -> AbstractContextManager[Memo]:
    """Run the links inside with ``m`` as their part memo."""
    return _bound(_MEMO, m)


def memo_values(kind: str, materials: Sequence[str], compute: Callable[[int], Any]) -> list[Any]:
    """``compute(i)`` for each material, through the running link's memo when there is one
    (values as JSON gives them back either way, so the result never depends on the memo)."""
    m = _MEMO.get()
    if m is None:
        m = Memo()
    return m.values(kind, materials, compute)


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()
