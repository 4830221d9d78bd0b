"""Nouns told as acts (round 22, from the wrong classes of draw AF that recur in at least three
judged draws; each check run on every judged draw; issue 15 item 2):

* **a body or a place named by an act**: a noun trigger whose head is a body or a place, its
  type read from its modifier ("call center", "detention centers", "conference committee",
  "artillery unit", "gun violence panel"): no act is told ("the committee's investigation" has
  its trigger on the act noun and stays).

The word classes live in ``data/event_nouns.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _lem, event_data, first_reason, frozen_classes


@lru_cache(maxsize=1)
def nouns() -> dict[str, frozenset[str]]:
    """``data/event_nouns.json``: each word class as a frozenset."""
    return frozen_classes(event_data("nouns"))


def body_named(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A noun trigger whose head is a body or a place."""
    t = adoc.tokens[c.token]
    return t.pos == "NOUN" and _lem(t) in nouns()["body_nouns"]


_NOUNS: tuple[tuple[Check, str], ...] = (
    (body_named, "body or place"),
)


def noun_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-22 class of nouns that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_NOUNS, adoc, c)
