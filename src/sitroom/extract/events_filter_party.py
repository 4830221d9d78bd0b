"""Round 22: the acts of an unnamed party the learned event filter may never drop
(``party_act``, a feature of :func:`sitroom.extract.events_filter.features` that a model's
"guard" names), beside round 21's clear acts of a named doer (:mod:`.events_filter_guard`).

Found by structure, the words in ``data/event_filter_guard.json``:

- a material act (``party_act_types``: force, movement, arrest, aid, sanction and, as CAMEO's
  quad classes count it, a concession) whose doer is a common-noun group, a government or an
  armed force (``party_heads``: "the troops retreated", "the government lifted the curfew",
  "the junta released the prisoners"), in the places of :func:`.events_filter_guard.
  _doer_places` (a subject, a passive's agent, a nominal act's doer), told as done;
- the same act told by a participle whose clause is told as done ("the soldiers attacked the
  village, killing ten farmers": the subject of the verb it qualifies; "police shot a gunman
  targeting two officers": the noun it qualifies), or by the complement of an implicative verb
  told as done ("the rebels managed to withdraw": ``implicative_verbs``);
- a passive with no agent whose patient is a place, a body or a group (an entity of
  ``patient_ents``, a place PLOVER defends, a mention of the actor stage or a noun of a person
  or a group: "she was released from house arrest", "the town was shelled", "410 people were
  killed"), told as done; a conjunct shares its head's agent ("shot and killed by police") and a
  past participle tells its agent as the doer ("attacked by rebels, the convoy turned back");
- an act of force (``force_types``) whose doer is anyone the actor stage finds ("a man shot
  his neighbour"); an agreement (``party_agree_types``) of a party noun's doer ("the soldiers
  agreed to end their march");
- a meeting (``meeting_types``) whose doer is two sides (``two_sides_words``: "the two
  ministers held talks", "both sides met")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import ActorMention, AnnotatedDoc
from . import plover as P
from .actor_base import actor_noun_kind
from .events_acts import _head
from .events_base import Candidate, _kids, _lem, event_data, frozen_classes
from .events_filter_guard import (
    _agents, _doer_places, _indicative, _mention_tokens, _subject_of, _teller, _verb_told_as_done,
)

# the dependencies of a participle that tells an act inside a clause told as done
ADJUNCT_DEPS = frozenset({"advcl", "acl"})
# a present participle (its doer the clause's) and a past one (its doer its agent)
PARTICIPLES = frozenset({"VBG", "VBN"})


@lru_cache(maxsize=1)
def tables() -> dict[str, frozenset[str]]:
    """``data/event_filter_guard.json``: the guard's word tables, as frozensets."""
    return frozen_classes(event_data("filter_guard"))


def _heads(adoc: AnnotatedDoc, i: int) -> list[int]:
    """Token ``i``, its conjuncts and appositions ("troops and police", a dateline's "X —
    soldiers of ..."); for a quantity, the "of" object it
    counts ("thousands of protesters")."""
    out = []
    for k in (i, *_kids(adoc, i, "conj", "appos")):
        t = adoc.tokens[k]
        out.append(k)
        if t.pos == "NUM" or t.ent_type == "CARDINAL":
            out += [o for p in _kids(adoc, k, "prep") if adoc.tokens[p].text.lower() == "of"
                    for o in _kids(adoc, p, "pobj")]
    return out


def _party(adoc: AnnotatedDoc, i: int, heads: frozenset[str]) -> bool:
    """Token ``i`` (or a conjunct, or what a quantity counts) is the head of a party noun."""
    return any(_lem(adoc.tokens[k]) in heads or adoc.tokens[k].text.lower() in heads
               for k in _heads(adoc, i))


def _someone(adoc: AnnotatedDoc, i: int, actors: Sequence[ActorMention]) -> bool:
    """Token ``i`` (or a conjunct, or what a quantity counts) is a mention of the actor stage
    or a noun of a person, a group or a body ("a man", "410 people")."""
    return any(actor_noun_kind(adoc.tokens[k]) is not None
               or any(k in _mention_tokens(adoc, m) for m in actors) for k in _heads(adoc, i))


def _clause_told(adoc: AnnotatedDoc, c: Candidate, modals: frozenset[str]) -> list[int]:
    """Where the doer of ``c`` stands when the act is told as done: its own doer places
    (:func:`_indicative`), or those of the clause a participle or an implicative verb's
    complement belongs to; none when the act is not told as done."""
    v = c.token
    t = adoc.tokens[v]
    if c.event.polarity == "negative" or c.event.certainty in ("speculated", "denied"):
        return []
    h = t.head
    # "shot and killed by police": conjuncts share an agent
    shared = [a for k in (*_kids(adoc, v, "conj"), *([h] if t.dep == "conj" else ()))
              for a in _agents(adoc, k)] if t.pos == "VERB" and not _agents(adoc, v) else []
    if _indicative(adoc, c, modals):
        return _doer_places(adoc, v) + shared
    if t.dep == "conj" and adoc.tokens[h].pos == "VERB":
        if _verb_told_as_done(adoc, h, modals):  # "was shot and killed by an officer"
            return _doer_places(adoc, v) + _doer_places(adoc, h)
        t, v, h = adoc.tokens[h], h, adoc.tokens[h].head  # the participle it is a conjunct of
    past = t.tag == "VBN" or t.dep == "acl" and t.tag == "VBD"  # "people shot by": tagged VBD
    if (past or t.tag in PARTICIPLES) and t.dep in ADJUNCT_DEPS and h != v:
        ht = adoc.tokens[h]
        # a past participle tells its doer as its agent ("attacked by rebels, the convoy")
        doers = _agents(adoc, v) + shared if past else None
        if t.dep == "advcl" and ht.pos == "VERB" and _verb_told_as_done(adoc, h, modals):
            # "attacked the village, killing ten farmers"
            return _subject_of(adoc, h) if doers is None else doers
        teller = _teller(adoc, h) if ht.pos in ("NOUN", "PROPN") else None
        if t.dep == "acl" and teller is not None and _verb_told_as_done(adoc, teller, modals):
            return [h] if doers is None else doers  # "a gunman targeting", "people shot by"
    if (t.dep == "xcomp" and _lem(adoc.tokens[h]) in tables()["implicative_verbs"]
            and _verb_told_as_done(adoc, h, modals)):
        return _subject_of(adoc, h)  # "the rebels managed to withdraw"
    return []


def _patient(adoc: AnnotatedDoc, v: int, actors: Sequence[ActorMention]) -> bool:
    """Passive ``v`` has no agent and its patient is a place, a body or a group."""
    if _kids(adoc, v, "agent"):
        return False
    ents = tables()["patient_ents"]
    for p in _kids(adoc, v, "nsubjpass"):
        if (adoc.tokens[p].ent_type in ents or _lem(adoc.tokens[p]) in P.DEFENDED_PLACES
                or _someone(adoc, p, actors)):
            return True
    return False


def party_act(adoc: AnnotatedDoc, c: Candidate, modals: frozenset[str],
              actors: Sequence[ActorMention] = ()) -> bool:
    """True for an act of an unnamed party (see the module's doc); ``modals`` the learned
    filter's modal words, ``actors`` the document's actor mentions."""
    w = tables()
    typ = c.event.type
    meeting = typ in w["meeting_types"]
    agree = typ in w["party_agree_types"]
    if typ not in w["party_act_types"] and not meeting and not agree:
        return False
    places = _clause_told(adoc, c, modals)
    if meeting:
        sides = w["two_sides_words"]
        return any(_lem(adoc.tokens[k]) in sides or adoc.tokens[k].text.lower() in sides
                   for s in places for k in (s, *_kids(adoc, s, "nummod", "det", "preconj")))
    if any(_party(adoc, s, w["party_heads"]) for s in places):
        return True
    doer = _head(adoc, c.actor_span)
    if typ in w["force_types"] and any(s == doer or _someone(adoc, s, actors) for s in places):
        return True  # "a man shot his neighbour": force of anyone the actor stage finds
    v = c.token
    if agree:
        return False
    return (adoc.tokens[v].pos == "VERB" and _verb_told_as_done(adoc, v, modals)
            and c.event.polarity != "negative" and _patient(adoc, v, actors))
