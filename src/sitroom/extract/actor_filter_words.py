"""The word tables of the actor filters (``data/actor_filters.json``), read once and shared by
:mod:`sitroom.extract.actor_filters`, ``actor_filter_places``, ``actor_filter_roles``,
``actor_page`` and ``actor_named_events``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=4)
def data_words(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>`` word file of the actor filters (one read per process; do
    not mutate)."""
    path = Path(__file__).resolve().parent.parent / "data" / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def filter_words() -> dict[str, Any]:
    """The parsed ``data/actor_filters.json`` (one read per process; do not mutate)."""
    return data_words("actor_filters.json")


_W = filter_words()
OF_PREPS = frozenset(_W["of_preps"])  # the 'of' of the filters' "X of Y" tests
INDEFINITE_ARTICLES = frozenset(_W["indefinite_articles"])
