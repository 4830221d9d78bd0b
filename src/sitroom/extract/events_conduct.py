"""A call's form told as an act (round 17, second wave, from draws W and X; issue 15
item 2): a conference, phone or press call coded as a request or a meeting of the parties
it names ("on a conference call with reporters") is the form of a meeting, no one asked.

The word classes live in ``data/event_conduct.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, _kids, _lem, event_data, frozen_classes


@lru_cache(maxsize=1)
def conduct_words() -> dict[str, frozenset[str]]:
    """``data/event_conduct.json``: each word class as a frozenset."""
    return frozen_classes(event_data("conduct"))


def meeting_call(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A "call" noun with a kind of call as its compound ("a conference call with
    reporters"): the form of a meeting, no request."""
    w = conduct_words()
    t = adoc.tokens[c.token]
    if c.event.type not in w["call_types"] or t.pos != "NOUN" or _lem(t) not in w["call_nouns"]:
        return False
    return any(_lem(adoc.tokens[k]) in w["call_kinds"] for k in _kids(adoc, c.token, "compound"))
