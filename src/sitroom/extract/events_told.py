"""Calls for a thing and plans told as acts (round 20, from the wrong classes of
draw AB that recur in earlier draws; each check run on every judged draw; issue 15 item 2):

* **a call for a thing**: a call ("called for greater ethics", "called for getting rid of a
  department") whose only other side is the thing called for, no one called on ("called on X
  to", "urged X"): a stance on a policy or a value; a call for someone's act ("called for the
  resignation of X") stays;
* **a plan told as a promise**: an act of cooperation under "will" or "would" told of a third
  party (a host "will discuss" a topic on a show, a firm "will supply" screens, a candidate
  "will speak" to a station), coded AGREE by the manual's reading of a future act as a
  promise: a plan or a schedule, no one's promise to a party; the speaker's own "we will meet"
  and the verbs of promising and agreeing themselves stay.

A description in the present (round 20's third class) is round 15's description check,
widened (``extract/events_roles.py``); the reporter as doer (reading.md E13) is
``extract/events_outlets.py``. The word classes live in ``data/event_told.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from . import plover as P
from .events_laws import _tokens_in
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def told() -> dict[str, frozenset[str]]:
    """``data/event_told.json``: each word class as a frozenset."""
    return frozen_classes(event_data("told"))


def _subject(adoc: AnnotatedDoc, v: int) -> int | None:
    from .events_roles import _subject as subject  # events_roles reads the act rules
    return subject(adoc, v)


def _speakers() -> frozenset[str]:
    """The speaker's own pronouns ("we will meet them": a promise), one home with the
    description check's (``data/event_filters.json`` "roles")."""
    from .events_roles import _words
    return _words()["speaker_pronouns"]


def _party(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is someone, or a thing of someone's or against someone ("the resignation of
    X", "X's exit", "sanctions against X")."""
    from .events_participants import someone  # events_participants imports the act rules
    if someone(adoc, i):
        return True
    owners = _kids(adoc, i, "poss") + [o for p in _kids(adoc, i, "prep")
                                       if adoc.tokens[p].text.lower() in told()["party_preps"]
                                       for o in _kids(adoc, p, "pobj")]
    return any(someone(adoc, o) for o in owners)


def call_for_thing(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A call whose only other side is what it calls for: no one called on or urged, the
    object of "for" a gerund or a thing of no one's."""
    v = c.token
    w = told()
    if c.event.type not in w["call_types"] or _lem(adoc.tokens[v]) not in w["call_words"]:
        return False
    if _kids(adoc, v, "dobj", "dative"):
        return False  # "urged Congress", "called them"
    preps = {p: adoc.tokens[p].text.lower() for p in _kids(adoc, v, "prep") if p > v}
    if any(word in w["addressee_preps"] for word in preps.values()):
        return False  # "called on X to", "appealed to X"; "On TV, she called for": no addressee
    fors = [p for p, word in preps.items() if word == "for"]
    things = [o for p in fors for o in _kids(adoc, p, "pobj", "pcomp")]
    if not things:
        return False
    return not any(adoc.tokens[o].dep == "pobj" and _party(adoc, o) and not _to_fill(adoc, o)
                   for o in things)


def _to_fill(adoc: AnnotatedDoc, i: int) -> bool:
    """(Round 24) The noun at ``i`` names a role still to be filled or a measure not yet
    taken, no one called on: a noun of no entity under an indefinite article
    (``indefinite_dets``: "called for a special prosecutor to investigate X", "calling for a
    ban on X"); "called for the resignation of X" keeps the call."""
    t = adoc.tokens[i]
    return not t.ent_type and t.pos == "NOUN" and any(
        adoc.tokens[d].text.lower() in told()["indefinite_dets"] for d in _kids(adoc, i, "det"))


def _agree_sense(adoc: AnnotatedDoc, v: int, lemma: str) -> bool:
    """The trigger's own sense is AGREE: its verb, its verb with its object, or its object
    ("make an offer", "seal the deal"); a verb of no sense of its own is a phrasal one
    ("speak to")."""
    base = P.VERBS.get(lemma)
    if base is not None and base[0] == "AGREE":
        return True
    return any(P.VERB_OBJECT.get((lemma, _lem(adoc.tokens[o])), ("",))[0] == "AGREE"
               or P.NOUNS.get(_lem(adoc.tokens[o]), ("",))[0] == "AGREE"
               for o in _kids(adoc, v, "dobj"))


def planned_cooperation(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An AGREE recoded from an act of another type under a future auxiliary of its own ("will
    discuss", "will supply"), whose subject is not the speaker ("we will meet")."""
    v = c.token
    t = adoc.tokens[v]
    w = told()
    if c.event.type != "AGREE" or t.pos != "VERB":
        return False
    lemma = _lem(t)
    base = P.VERBS.get(lemma)
    if base is not None and base[0] not in w["plan_types"]:
        return False  # "will return the weapons": a pledge to give back
    if lemma in w["promise_verbs"] or _agree_sense(adoc, v, lemma):
        return False
    if not any(adoc.tokens[a].text.lower() in w["future_aux"] for a in _kids(adoc, v, "aux")):
        return False
    s = _subject(adoc, v)
    if s is not None and adoc.tokens[s].text.lower() in _speakers():
        return False
    return not any(_state(adoc, i) for span in (c.actor_span, c.recipient_span)
                   if span is not None for i in _tokens_in(adoc, span))


def _state(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` names a state or a people, or is an armed force: a state's future act is its
    pledge ("Portugal will support ...")."""
    from .actors import actor_noun_kind
    from .events_contest import _words as contest
    t = adoc.tokens[i]
    if t.ent_type in told()["state_ents"] and _lem(t) in contest()["party_nouns"]:
        return False  # round 21: "Republican officials", a party's, no state's or people's
    return t.ent_type in told()["state_ents"] or actor_noun_kind(t) == "armed_group"


_TOLD: tuple[tuple[Check, str], ...] = (
    (call_for_thing, "call for a thing"),
    (planned_cooperation, "plan"),
)


def told_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-20 class that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_TOLD, adoc, c)
