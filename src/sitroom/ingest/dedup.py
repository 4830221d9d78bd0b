"""Near-duplicate detection: MinHash LSH over word shingles (syndicated wire copy), with
containment as well as resemblance, so a copy cut short or lightly edited is still a copy.

A stored report's LSH band keys (datasketch's own bands and byte keys) are kept in the database
(table ``dedup_bands``, written with the report in its transaction), so a new report finds its
candidates by looking up its own band keys (:class:`StoredNearDuplicates`): adding one report
costs the same at any archive size.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from .common import normalise_for_hash

SHINGLE = 3
PERMUTATIONS = 128
SEED = 1  # fixed, so the same texts give the same answer in every run
# chosen on the labelled pairs of sitroom.eval.dedup (docs/quality.md, "Near-duplicates")
RESEMBLANCE = 0.8  # Jaccard of the shingle sets at or above which two texts are copies
CONTAINMENT = 0.6  # share of the shorter text's shingles found in the longer one, ...
MIN_SHARE = 0.25  # ... when the shorter has at least this share of the longer's shingles
MIN_SHINGLES = 10  # ... and at least this many (a quoted sentence is not a copy)
LSH_THRESHOLD = 0.15  # candidates: a cut copy's Jaccard is about its length share
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of ``size``-word shingles of the normalised text (the whole text if shorter)."""
    words = _WORD.findall(normalise_for_hash(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash_of(shingle_set: set[str]) -> MinHash:
    """The MinHash signature (128 permutations, fixed seed) of a shingle set."""
    mh = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingle_set)])
    return mh


def jaccard(a: set[str], b: set[str]) -> float:
    """|a & b| / |a | b| (0.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def overlap(a: set[str], b: set[str]) -> tuple[float, float, int]:
    """(resemblance, containment of the smaller set in the larger, the smaller's share of the
    larger in per mille and size packed as ``share * 10**6 + size``)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    inter = len(a & b)
    union = len(a) + len(b) - inter
    res = inter / union if union else 0.0
    con = inter / len(small) if small else 0.0
    share = int(1000 * len(small) / len(large)) if large else 0
    return res, con, share * 10**6 + len(small)


def is_copy(res: float, con: float, small: int, resemblance: float = RESEMBLANCE,
            containment: float = CONTAINMENT) -> bool:
    """The copy decision from :func:`overlap`'s figures."""
    if res >= resemblance:
        return True
    share, size = divmod(small, 10**6)
    return con >= containment and share >= 1000 * MIN_SHARE and size >= MIN_SHINGLES


@lru_cache(maxsize=1)
def _scheme() -> str:
    """The hashing scheme of datasketch's MinHash (part of :func:`band_scheme`)."""
    return str(MinHash(num_perm=1, seed=SEED).scheme)


@lru_cache(maxsize=1)
def _lsh() -> MinHashLSH:
    """datasketch's LSH index with the shipped parameters; its bands (``b`` of ``r`` rows) and
    byte keys are the ones stored in ``dedup_bands``."""
    return MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS, weights=(0.5, 0.5))


def band_scheme() -> str:
    """What the stored band keys depend on; keys stored under another scheme are rebuilt."""
    lsh = _lsh()
    return f"{_scheme()}|seed={SEED}|perm={PERMUTATIONS}|shingle={SHINGLE}|b={lsh.b}|r={lsh.r}"


def band_keys(mh: MinHash) -> list[tuple[int, bytes]]:
    """(band number, byte key) of each LSH band of a signature, as datasketch's index keys it."""
    lsh = _lsh()
    return [(i, lsh._H(mh.hashvalues[start:end])) for i, (start, end) in enumerate(lsh.hashranges)]


def text_band_keys(text: str) -> list[tuple[int, bytes]]:
    """The band keys of a text (its shingles' MinHash)."""
    return band_keys(minhash_of(shingles(text)))


def put_bands(conn: sqlite3.Connection, doc_id: str, keys: list[tuple[int, bytes]]) -> None:
    """Store a report's band keys (call inside the transaction that stores the report)."""
    conn.executemany("INSERT OR IGNORE INTO dedup_bands (band, key, doc) VALUES (?, ?, ?)",
                     [(band, key, doc_id) for band, key in keys])


def backfill(conn: sqlite3.Connection) -> int:
    """Band keys for every stored report that has none (or all of them, if the stored keys were
    made under another :func:`band_scheme`). Call inside a transaction. Gives the number done."""
    row = conn.execute("SELECT value FROM state WHERE key = 'dedup_scheme'").fetchone()
    if row is None or row[0] != band_scheme():
        conn.execute("DELETE FROM dedup_bands")
        conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('dedup_scheme', ?)",
                     (band_scheme(),))
    rows = conn.execute("SELECT d.id, d.text FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
                        "dedup_bands b WHERE b.doc = d.id) ORDER BY d.seq").fetchall()
    for doc_id, text in rows:
        put_bands(conn, doc_id, text_band_keys(text))
    return len(rows)


class StoredNearDuplicates:
    """The near-duplicate index of a store, read through SQL: a new report's candidates are the
    stored reports sharing one of its band keys; the exact shingle sets decide, as in
    :class:`NearDuplicates`, and the earliest stored (lowest ``seq``) copy wins. Nothing is
    loaded up front; the caller stores the report with :meth:`find`'s band keys
    (``Store.add_document(..., bands=keys)``), in the report's own transaction."""

    def __init__(self, store, resemblance: float = RESEMBLANCE,
                 containment: float = CONTAINMENT):
        if not 0.0 < resemblance < 1.0 or not 0.0 < containment <= 1.0:
            raise ValueError("thresholds must be between 0 and 1")
        self.resemblance, self.containment = resemblance, containment
        self.conn: sqlite3.Connection = store.conn
        row = self.conn.execute("SELECT value FROM state WHERE key = 'dedup_scheme'").fetchone()
        if row is None or row[0] != band_scheme():  # another datasketch or other parameters
            with store.transaction() as c:
                backfill(c)

    def candidates(self, keys: list[tuple[int, bytes]]) -> list[tuple[str, str]]:
        """(id, text) of the stored reports sharing a band key, in ingest order."""
        if not keys:
            return []
        values = ", ".join("(?, ?)" for _ in keys)
        rows = self.conn.execute(
            f"WITH q(band, key) AS (VALUES {values}) SELECT d.id, d.text FROM documents d "
            f"WHERE d.id IN (SELECT b.doc FROM q JOIN dedup_bands b ON b.band = q.band "
            f"AND b.key = q.key) ORDER BY d.seq", [x for k in keys for x in k]).fetchall()
        return [(r[0], r[1]) for r in rows]

    def find(self, doc_id: str, text: str) -> tuple[str | None, list[tuple[int, bytes]]]:
        """The earliest stored near copy of ``text`` (None if there is none) and the text's
        band keys, to store with it."""
        own = shingles(text)
        keys = band_keys(minhash_of(own))
        for cand, cand_text in self.candidates(keys):
            if cand != doc_id and is_copy(*overlap(own, shingles(cand_text)),
                                          self.resemblance, self.containment):
                return cand, keys
        return None, keys


class NearDuplicates:
    """An index of texts answering "is this a near copy of one seen before?".

    Two texts are near duplicates when their shingle sets resemble each other (Jaccard at
    least ``resemblance``) or the shorter is contained in the longer (``containment``; a copy
    cut at 60% or with one word in twenty changed). MinHash LSH finds candidates; the exact
    shingle sets decide. Held in memory (a store's reports are indexed in SQL by
    :class:`StoredNearDuplicates`, with the same decisions). Deterministic for a given order of
    ``add`` calls.
    """

    def __init__(self, resemblance: float = RESEMBLANCE, containment: float = CONTAINMENT):
        if not 0.0 < resemblance < 1.0 or not 0.0 < containment <= 1.0:
            raise ValueError("thresholds must be between 0 and 1")
        self.resemblance, self.containment = resemblance, containment
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS,
                               weights=(0.5, 0.5))
        self._shingles: dict[str, set[str]] = {}
        self._order: dict[str, int] = {}

    def _index(self, doc_id: str, mh: MinHash) -> None:
        self._lsh.insert(doc_id, mh)
        self._order[doc_id] = len(self._order)

    def add(self, doc_id: str, text: str) -> str | None:
        """Index ``text`` under ``doc_id``; return the id of the earliest-added near duplicate
        (None if there is none). Adding an id a second time only looks it up."""
        own = shingles(text)
        mh = minhash_of(own)
        matches = [c for c in self._lsh.query(mh) if c != doc_id
                   and is_copy(*overlap(own, self._shingles[c]),
                               self.resemblance, self.containment)]
        if doc_id not in self._order:
            self._index(doc_id, mh)
            self._shingles[doc_id] = own
        return min(matches, key=self._order.__getitem__) if matches else None

    def add_all(self, items: Iterable[tuple[str, str]]) -> None:
        for doc_id, text in items:
            self.add(doc_id, text)
