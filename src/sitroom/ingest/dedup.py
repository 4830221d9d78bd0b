"""Near-duplicate detection: MinHash LSH over word shingles (syndicated wire copy), with
containment as well as resemblance, so a copy cut short or lightly edited is still a copy.

Fingerprints (MinHash signatures) are stored in the database (table ``fingerprints``) when a
report is ingested, so a new report is compared through the LSH index without recomputing the
signature of every stored report.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np
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


def ensure_table(conn: sqlite3.Connection) -> None:
    """The fingerprints table (doc id -> MinHash signature), created if missing."""
    conn.execute("CREATE TABLE IF NOT EXISTS fingerprints (doc TEXT PRIMARY KEY, "
                 "shingle INTEGER NOT NULL, scheme TEXT NOT NULL, sig BLOB NOT NULL)")


@lru_cache(maxsize=1)
def _scheme() -> str:
    """The hashing scheme of datasketch's MinHash (stored with each signature: one made
    under another scheme or shingle size is recomputed, never compared)."""
    return str(MinHash(num_perm=1, seed=SEED).scheme)


class NearDuplicates:
    """An index of texts answering "is this a near copy of one seen before?".

    Two texts are near duplicates when their shingle sets resemble each other (Jaccard at
    least ``resemblance``) or the shorter is contained in the longer (``containment``; a copy
    cut at 60% or with one word in twenty changed). MinHash LSH finds candidates; the exact
    shingle sets decide (their texts come from ``text_of`` for reports indexed from stored
    fingerprints). With ``conn``, every added text's fingerprint is stored in the
    ``fingerprints`` table and :meth:`from_store` reloads them. Deterministic for a given
    order of ``add`` calls.
    """

    def __init__(self, resemblance: float = RESEMBLANCE, containment: float = CONTAINMENT,
                 *, conn: sqlite3.Connection | None = None,
                 text_of: Callable[[str], str | None] | None = None):
        if not 0.0 < resemblance < 1.0 or not 0.0 < containment <= 1.0:
            raise ValueError("thresholds must be between 0 and 1")
        self.resemblance, self.containment = resemblance, containment
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS,
                               weights=(0.5, 0.5))
        self._shingles: dict[str, set[str]] = {}
        self._order: dict[str, int] = {}
        self._conn, self._text_of = conn, text_of
        if conn is not None:
            ensure_table(conn)

    @classmethod
    def from_store(cls, store, **kw) -> NearDuplicates:
        """The index of a store's reports, from their stored fingerprints (the few reports
        without one, stored before fingerprints were kept, are fingerprinted once)."""
        conn = store.conn
        ensure_table(conn)

        def text_of(doc_id: str) -> str | None:
            row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            return row[0] if row else None

        near = cls(conn=conn, text_of=text_of, **kw)
        rows = conn.execute(
            "SELECT d.id, f.sig FROM documents d LEFT JOIN fingerprints f ON f.doc = d.id "
            "AND f.shingle = ? AND f.scheme = ? ORDER BY d.seq", (SHINGLE, _scheme())).fetchall()
        for doc_id, sig in rows:
            if sig is None:
                near.add(doc_id, text_of(doc_id) or "")
            else:
                near._index(doc_id, MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=_scheme(),
                                            hashvalues=np.frombuffer(sig, dtype=np.uint64)))
        return near

    def _index(self, doc_id: str, mh: MinHash) -> None:
        self._lsh.insert(doc_id, mh)
        self._order[doc_id] = len(self._order)

    def _shingles_of(self, doc_id: str) -> set[str]:
        if doc_id not in self._shingles:
            text = self._text_of(doc_id) if self._text_of else None
            self._shingles[doc_id] = shingles(text or "")
        return self._shingles[doc_id]

    def add(self, doc_id: str, text: str) -> str | None:
        """Index ``text`` under ``doc_id``; return the id of the earliest-added near duplicate
        (None if there is none). Adding an id a second time only looks it up."""
        own = shingles(text)
        mh = minhash_of(own)
        matches = [c for c in self._lsh.query(mh) if c != doc_id
                   and is_copy(*overlap(own, self._shingles_of(c)),
                               self.resemblance, self.containment)]
        if doc_id not in self._order:
            self._index(doc_id, mh)
            self._shingles[doc_id] = own
            if self._conn is not None:
                self._conn.execute(
                    "INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?, ?)",
                    (doc_id, SHINGLE, str(mh.scheme), mh.hashvalues.astype(np.uint64).tobytes()))
        return min(matches, key=self._order.__getitem__) if matches else None

    def add_all(self, items: Iterable[tuple[str, str]]) -> None:
        for doc_id, text in items:
            self.add(doc_id, text)
