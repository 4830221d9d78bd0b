"""Per-actor timelines across reports: every happening the reports tell about an actor
(:mod:`sitroom.extract.happenings`), dated by the narrative-time code, on lines in time order.

The picture's timeline holds the PLOVER-coded events; an actor's timeline holds everything
the reports tell the actor did or underwent. :func:`actor_timelines` reads the stored
extractions only: an actor is known across reports by the name key of the mention a
happening names, after its pronoun or role noun is resolved (``coref_of``) to the named
mention; lines come from :func:`sitroom.link.timeline.order_events` (same date, same line;
undated happenings dropped, placed first or last). :func:`participants` tells who did a
happening and who underwent it (agent, patient, recipient, partner, source): the roles the
extract stage read from the dependency parse (``Happening.roles``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

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


# --------------------------------------------------------------------------- roles

ROLES = ("agent", "patient", "recipient", "partner", "source", "participant")


@lru_cache(maxsize=1)
def _kept_determiners() -> frozenset[str]:
    text = resources.files("sitroom.data").joinpath("happenings.json").read_text(
        encoding="utf-8")
    return frozenset(json.loads(text)["participant_name_determiners"])


class Participant(NamedTuple):
    """One argument of a happening: its head word's span, the name it stands for (a pronoun
    or role noun followed to its named mention), its role, and the named actor mention (an
    index into ``Extraction.actors``) or None for a participant that is no actor mention."""

    start: int
    end: int
    name: str
    role: str
    mention: int | None


def _phrase(text: str, s: int, e: int) -> str:
    """A participant that is no actor mention, named by its head word with the capitalised
    words before it ("Air Force") and a kept determiner ("the envoy")."""
    words = list(re.finditer(r"\S+", text[max(0, s - 120):s]))
    start = s
    for m in reversed(words):
        w = m.group().strip(",;:")
        if w != m.group():
            break
        if w[:1].isupper() or w[:1].isdigit():
            start = max(0, s - 120) + m.start()
            continue
        if w.lower() in _kept_determiners():
            start = max(0, s - 120) + m.start()
        break
    return " ".join(text[start:e].split())


def _mention_at(ex: Extraction, s: int, e: int) -> int | None:
    """The most specific actor mention covering the span ``s``..``e``."""
    best = None
    for k, m in enumerate(ex.actors):
        if m.start <= s < m.end or (s <= m.start < e):
            if best is None or m.end - m.start <= ex.actors[best].end - ex.actors[best].start:
                best = k
    return best


def participants(ex: Extraction, h: Happening, text: str) -> list[Participant]:
    """The participants of happening ``h`` of extraction ``ex`` with the roles the extract
    stage read from the dependency parse (``Happening.roles``: agent, patient, recipient,
    partner, source, participant; rules in ``data/happenings.json``), each named by its
    actor mention (a pronoun or role noun followed to its named mention) or by its words in
    ``text`` (the report's text; "" names a participant that is no actor mention by nothing).
    A happening without argument spans has its actor mentions as participants; one without
    a role for each argument gives every argument the role ``participant``. Pure.
    """
    spans = list(h.args) or [(ex.actors[k].start, ex.actors[k].end)
                             for k in h.actors if 0 <= k < len(ex.actors)]
    roles = list(h.roles) if h.roles and len(h.roles) == len(spans) else (
        ["participant"] * len(spans))
    return [_participant(ex, text, s, e, role) for (s, e), role in zip(spans, roles)]


def _participant(ex: Extraction, text: str, s: int, e: int, role: str) -> Participant:
    """The participant whose head word spans ``s``..``e``, named by its actor mention (a
    pronoun followed to its named mention) or by its words in ``text``."""
    k = _mention_at(ex, s, e)
    named = named_actor(ex, k) if k is not None else None
    name = ex.actors[named].name if named is not None else (
        _phrase(text, s, e) if text else "")
    return Participant(s, e, name, role if role in ROLES else "participant", named)
