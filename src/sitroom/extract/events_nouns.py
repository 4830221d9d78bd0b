"""Nouns told as acts (round 22, from the wrong classes of draw AF that recur in at least three
judged draws; each check run on every judged draw; issue 15 item 2):

* **the investigated as the investigator**: a noun of investigating whose doer is a person's
  name compounded to it ("the Clinton email investigation"): the name tells the case, no
  investigator is told ("the FBI investigation", an agency's name, stays). A body or a place
  named by an act ("detention centers") is round 19's body noun (``data/event_laws.json``).

The word classes live in ``data/event_nouns.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _lem, event_data, first_reason, frozen_classes


@lru_cache(maxsize=1)
def nouns() -> dict[str, frozenset[str]]:
    """``data/event_nouns.json``: each word class as a frozenset."""
    return frozen_classes(event_data("nouns"))


def case_name(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A noun of investigating whose doer is a person's name compounded to it."""
    from .events_participants import _head
    w = nouns()
    v = c.token
    a = _head(adoc, c.actor_span)
    if a is None or adoc.tokens[v].pos != "NOUN" or _lem(adoc.tokens[v]) not in w["probe_nouns"]:
        return False
    at = adoc.tokens[a]
    chain = [a]  # the name's head may hang from another compound ("Clinton email investigation")
    while adoc.tokens[chain[-1]].dep == "compound" and adoc.tokens[chain[-1]].head != chain[-1] \
            and len(chain) < 4:
        chain.append(adoc.tokens[chain[-1]].head)
    return at.ent_type in w["case_ents"] and at.dep == "compound" and v in chain


_NOUNS: tuple[tuple[Check, str], ...] = (
    (case_name, "case named"),
)


def noun_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-22 class of nouns that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_NOUNS, adoc, c)
