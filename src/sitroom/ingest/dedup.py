"""Near-duplicate detection: MinHash LSH over 5-word shingles (syndicated wire copy)."""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from .common import normalise_for_hash

SHINGLE = 5
PERMUTATIONS = 128
LSH_MARGIN = 0.25
SEED = 1  # fixed, so the same texts give the same answer in every run
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


class NearDuplicates:
    """An index of texts answering "is this a near copy of one seen before?".

    Two texts are near duplicates when the Jaccard similarity of their 5-word shingle sets
    is at least ``threshold``. MinHash LSH finds the candidates; the exact similarity of the
    shingle sets decides (a 128-permutation estimate is off by +-0.03 or more on short news
    texts). Deterministic for a given order of ``add`` calls.
    """

    def __init__(self, threshold: float = 0.8):
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1 (exclusive)")
        self.threshold = threshold
        # LSH banded for a lower threshold so pairs just above ``threshold`` are candidates
        # (a band set tuned at the threshold itself misses about half of them); each
        # candidate is then checked against the estimated similarity
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN),
                               num_perm=PERMUTATIONS, weights=(0.1, 0.9))
        self._shingles: dict[str, set[str]] = {}
        self._order: dict[str, int] = {}

    def add(self, doc_id: str, text: str) -> str | None:
        """Index ``text`` under ``doc_id``; return the id of the earliest-added near duplicate
        (None if there is none). Adding an id a second time only looks it up."""
        own = shingles(text)
        mh = minhash_of(own)
        matches = [c for c in self._lsh.query(mh)
                   if c != doc_id and jaccard(own, self._shingles[c]) >= self.threshold]
        if doc_id not in self._shingles:
            self._lsh.insert(doc_id, mh)
            self._shingles[doc_id] = own
            self._order[doc_id] = len(self._order)
        return min(matches, key=self._order.__getitem__) if matches else None
