"""Word lists kept as data (``sitroom/data/lexicon/*.json``): each file holds the lists of one
concept (reporting verbs, negators), one list per use, loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _lexicon(name: str) -> dict:
    text = resources.files("sitroom").joinpath("data", "lexicon", f"{name}.json").read_text(
        encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if k != "about"}


def words(name: str, use: str) -> frozenset[str]:
    """The ``use`` list of lexicon ``name`` (``reporting_verbs``, ``negators``)."""
    return frozenset(_lexicon(name)[use])


def word_list(name: str, use: str) -> tuple[str, ...]:
    """The ``use`` list of lexicon ``name`` in its written order."""
    return tuple(_lexicon(name)[use])


def table(name: str, use: str, tuples: bool = False) -> dict:
    """The ``use`` mapping of lexicon ``name`` (word -> value); list values become tuples
    when ``tuples``."""
    raw = _lexicon(name)[use]
    if not isinstance(raw, dict):
        raise TypeError(f"lexicon {name}.{use} is not a mapping")
    return {k: tuple(v) for k, v in raw.items()} if tuples else dict(raw)
