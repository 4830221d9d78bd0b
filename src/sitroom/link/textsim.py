"""Text-similarity helpers shared by the link stage (event coreference, stance).

Pure functions over strings: word tokens, a light suffix stemmer, stop words, n-grams and a
sparse TF-IDF space with cosine similarity. No external model or network.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections import Counter
from collections.abc import Iterable, Sequence

from .. import lexicon

WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")

STOPWORDS = lexicon.words("textsim", "stopwords")


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters/digits, inner apostrophes kept)."""
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


_SUFFIXES = lexicon.word_list("textsim", "suffixes")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix-stripping stem: same stem for most inflections and derivations.

    Requires a lower-case word; keeps at least 3 characters of it. ``stem("killings") ==
    stem("killed") == "kill"``.
    """
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # stopp(ed) -> stop
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the non-stop-word tokens of ``text``, in order."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit()]


def numbers(text: str) -> set[str]:
    """Digit strings occurring in ``text`` (commas removed): quantities, years, times."""
    return {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def ngrams(seq: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """Contiguous n-grams of a sequence."""
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]


def char_ngrams(text: str, n: int) -> set[str]:
    """Character n-grams of the lower-cased, space-normalised text."""
    t = " ".join(words(text))
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def jaccard(a: Iterable, b: Iterable) -> float:
    """|a ∩ b| / |a ∪ b| of two collections taken as sets; 0.0 when both are empty."""
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


class TfIdf:
    """A TF-IDF space fitted on a collection of token lists (smoothed idf, l2-normalised).

    ``vector(tokens)`` gives a sparse dict term -> weight; ``cosine(u, v)`` their dot product.
    """

    def __init__(self, docs: Iterable[Sequence[str]]):
        df: Counter[str] = Counter()
        n = 0
        for d in docs:
            n += 1
            df.update(set(d))
        self.n_docs = n
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        self._default = math.log(1 + n) + 1.0

    def vector(self, tokens: Sequence[str]) -> dict[str, float]:
        """L2-normalised tf·idf weights of ``tokens`` (unseen terms get the largest idf)."""
        tf = Counter(tokens)
        v = {t: c * self.idf.get(t, self._default) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return {t: x / norm for t, x in v.items()} if norm else {}


def cosine(u: dict[str, float], v: dict[str, float]) -> float:
    """Dot product of two sparse vectors (their cosine when both are l2-normalised)."""
    if len(u) > len(v):
        u, v = v, u
    return sum(x * v.get(t, 0.0) for t, x in u.items())


def doc_terms(text: str) -> list[str]:
    """Terms describing a document's content for topic similarity: stems of content words,
    plus capitalised words (names, weighted twice as ``E_word``) and numbers (``N_123``)."""
    return list(_doc_terms(text))


@lru_cache(maxsize=256)
def _doc_terms(text: str) -> tuple[str, ...]:
    """:func:`doc_terms`, remembered: linking asks for the terms of one document once per
    block of event mentions it is in (a long report's parts are in dozens of blocks)."""
    out: list[str] = []
    for i, w in enumerate(WORD_RE.findall(text)):
        lw = w.lower().replace("’", "'")
        if lw in STOPWORDS:
            continue
        if lw.isdigit():
            out.append("N_" + lw)
            continue
        if i > 0 and w[0].isupper():
            out += ["E_" + lw] * 2
        out.append(stem(lw))
    return tuple(out)
