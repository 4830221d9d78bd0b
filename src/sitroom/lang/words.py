"""Language-specific words, read from ``data/lang/<xx>/`` (one home per language):

- ``speech_verbs.txt``, ``mental_verbs.txt``, ``anonymous_heads.txt``, ``light_verbs.txt``
  (verbs whose event is their object noun): one lemma a line;
- ``hedges.tsv``: word, certainty category, score (as ``certainty.HEDGE_ADVERBS``);
- ``plover_verbs.txt``, ``plover_nouns.txt``: ``TYPE mode: lemma lemma ...`` (as
  ``plover.VERBS`` and ``plover.NOUNS``);
- ``data/lang/quote_marks.json``: opening -> closing quotation marks.

The extractors add these to their English tables. A lemma belongs to one language (the
files hold no word spelt like an English one), so the union over the languages is the
table for every document: a Russian verb never occurs in an English parse.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources


def _files(name: str):
    root = resources.files("sitroom.data").joinpath("lang")
    for sub in sorted(root.iterdir(), key=lambda p: p.name):
        f = sub.joinpath(name) if sub.is_dir() else None
        if f is not None and f.is_file():
            yield sub.name, f.read_text("utf-8")


def _lines(text: str):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@cache
def words(kind: str) -> frozenset[str]:
    """The lemmas of ``<kind>.txt`` in every language's folder."""
    return frozenset(w for _, text in _files(f"{kind}.txt") for w in _lines(text))


@lru_cache(maxsize=1)
def hedges() -> dict[str, tuple[str, float]]:
    out = {}
    for _, text in _files("hedges.tsv"):
        for line in _lines(text):
            word, category, score = line.split("\t")
            out[word] = (category, float(score))
    return out


@cache
def senses(kind: str) -> dict[str, tuple[str, str | None]]:
    """``plover_<kind>.txt`` of every language: lemma -> (PLOVER type, mode or None)."""
    out: dict[str, tuple[str, str | None]] = {}
    for _, text in _files(f"plover_{kind}.txt"):
        for line in _lines(text):
            head, lemmas = line.split(":", 1)
            typ, mode = head.split()
            for w in lemmas.split():
                out[w] = (typ, None if mode == "-" else mode)
    return out


@lru_cache(maxsize=1)
def quote_pairs() -> dict[str, str]:
    text = resources.files("sitroom.data").joinpath("lang/quote_marks.json").read_text("utf-8")
    return json.loads(text)["pairs"]
