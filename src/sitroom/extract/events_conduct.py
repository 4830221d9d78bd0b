"""An office's routine, a call's form and pledges told as acts (round 17, second wave,
from draws W and X; issue 15 item 2):

* **call**: a conference, phone or press call coded as a request or a meeting of the
  parties it names ("on a conference call with reporters"): the form of a meeting, no one asked;
* **records**: a court or an office releasing records or money ("ordered the release of
  internal documents", "freed up state funds"): no person or party released, no retreat;
* **pledge**: an act in the clause of a verb of saying, under "would", whose doer is a
  personal pronoun ("said he would cancel the deal"): a pledge, not done ("said it would",
  a state's or a firm's stated intent, stays: the PLOVER records code it).

The word classes live in ``data/event_conduct.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..model import AnnotatedDoc
from .events_base import Candidate, _kids, _lem


@lru_cache(maxsize=1)
def conduct_words() -> dict[str, frozenset[str]]:
    """``data/event_conduct.json``: each word class as a frozenset."""
    raw = json.loads((resources.files("sitroom") / "data" / "event_conduct.json")
                     .read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def meeting_call(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A "call" noun with a kind of call as its compound ("a conference call with
    reporters"): the form of a meeting, no request."""
    w = conduct_words()
    t = adoc.tokens[c.token]
    if c.event.type not in w["call_types"] or t.pos != "NOUN" or _lem(t) not in w["call_nouns"]:
        return False
    return any(_lem(adoc.tokens[k]) in w["call_kinds"] for k in _kids(adoc, c.token, "compound"))


def _released(adoc: AnnotatedDoc, i: int) -> list[int]:
    """What a verb or noun of release acts on: its object, or the object of its "of"
    phrase (through a gerund: "the release of embarrassing documents")."""
    out = _kids(adoc, i, "dobj")
    for p in _kids(adoc, i, "prep"):
        if adoc.tokens[p].text.lower() == "of":
            out += _kids(adoc, p, "pobj")
            out += [o for g in _kids(adoc, p, "pcomp") for o in _kids(adoc, g, "dobj")]
    return out


def records_released(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A release of records or money ("ordered the release of internal documents", "freed
    up $26 million in state funds"): no person or party released."""
    w = conduct_words()
    i = c.token
    t = adoc.tokens[i]
    if c.event.type not in w["release_types"]:
        return False
    if _lem(t) not in w["release_words"]:
        objs = [o for o in _kids(adoc, i, "dobj") if _lem(adoc.tokens[o]) in w["release_words"]]
        if not objs:
            return False
        i = objs[0]  # "ordered the release of ...": the noun of release
    things = _released(adoc, i)
    return bool(things) and all(_lem(adoc.tokens[o]) in w["record_nouns"] for o in things)


def pledge(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act in the complement clause of a verb of saying, under "would",
    with a personal pronoun as its doer ("said he would cancel the deal"): a pledge, not done."""
    w = conduct_words()
    t = adoc.tokens[c.token]
    if t.pos != "VERB" or t.dep != "ccomp" or t.head == c.token:
        return False
    if _lem(adoc.tokens[t.head]) not in w["saying_heads"]:
        return False
    if not any(adoc.tokens[a].text.lower() in w["pledge_modals"] for a in _kids(adoc, c.token, "aux")):
        return False
    return any(adoc.tokens[s].text.lower() in w["pledge_doers"]
               for s in _kids(adoc, c.token, "nsubj"))
