"""Per-actor timelines across reports: every happening the reports tell about an actor
(:mod:`sitroom.extract.happenings`), dated by the narrative-time code, on lines in time order.

The picture's timeline holds the PLOVER-coded events; an actor's timeline holds everything
the reports tell the actor did or underwent. :func:`actor_timelines` reads the stored
extractions only: an actor is known across reports by the name key of the mention a
happening names, after its pronoun or role noun is resolved (``coref_of``) to the named
mention; lines come from :func:`sitroom.link.timeline.order_events` (same date, same line;
undated happenings dropped, placed first or last).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..model import Extraction, Happening
from .actors import name_key
from .timeline import TimelineItem, order_events


def happening_key(h: Happening) -> str:
    """The key of a happening in timeline relations: ``doc@start`` (as ``event_key``)."""
    return f"{h.doc}@{h.start}"


def named_actor(ex: Extraction, k: int) -> int:
    """The actor mention ``k`` stands for: its ``coref_of`` chain followed to its end."""
    seen = {k}
    while ex.actors[k].coref_of is not None and ex.actors[k].coref_of not in seen:
        k = ex.actors[k].coref_of  # type: ignore[assignment]
        seen.add(k)
    return k


def order_happenings(happenings: Sequence[Happening],
                     relations: Iterable[tuple[str, str, str]] = (),
                     undated: str = "drop") -> list[list[Happening]]:
    """Lines of simultaneous happenings in time order (:func:`order_events`); a happening
    keyed twice keeps its first occurrence."""
    by_key: dict[str, Happening] = {}
    items = []
    for h in happenings:
        key = happening_key(h)
        if key in by_key:
            continue
        by_key[key] = h
        items.append(TimelineItem(key, h.date, h.date_precision, h.doc, h.start))
    return [[by_key[it.key] for it in line]
            for line in order_events(items, relations, undated=undated)]


def actor_timelines(extractions: Iterable[Extraction], undated: str = "drop"
                    ) -> dict[str, list[list[Happening]]]:
    """Each actor's timeline over the reports: name key of the actor -> lines of happenings.

    An actor is named by the mention its happening's argument resolves to; an actor with no
    name of its own (an unresolved "he") is left out. Pure.
    """
    per_actor: dict[str, list[Happening]] = defaultdict(list)
    for ex in extractions:
        for h in ex.happenings:
            names = {name_key(ex.actors[named_actor(ex, k)].name) for k in h.actors}
            for name in names - {""}:
                per_actor[name].append(h)
    return {name: lines for name, hs in sorted(per_actor.items())
            if (lines := order_happenings(hs, undated=undated))}
