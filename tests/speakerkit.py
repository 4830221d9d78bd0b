"""Helpers of the quote-speaker tests: a quote picked by its opening, and the name of the actor a
speaker index resolves to through its coreference chain."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.quotes import extract_quotes


def quotes(adoc):
    """The actors of ``adoc`` and its quotes."""
    actors = extract_actors(adoc)
    return actors, extract_quotes(adoc, actors)


def quote(adoc, opening):
    """The actors of ``adoc`` and its one quote whose text begins with ``opening``."""
    actors, found = quotes(adoc)
    (q,) = [q for q in found if q.text.startswith(opening)]
    return actors, q


def name(actors, k):
    """The name at the head of actor ``k``'s coreference chain (None for no actor)."""
    seen = set()
    while k is not None and actors[k].coref_of is not None and k not in seen:
        seen.add(k)
        k = actors[k].coref_of
    return None if k is None else actors[k].name
