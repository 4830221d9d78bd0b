"""The sense of a verb of force read from its object and its doer (round 12, issue 15 item 2).

A physical verb ("hit", "strike", "capture", "hammer") names an act of PLOVER when it reaches
a person, a force, a place or property; its object or its doer tells the figurative senses
apart: an abstract object ("striking a populist tone", "hitting themes", "hit a record
high"), a circumstance as doer ("a crisis strikes a city", "districts hit by imports"), an
impulse yielded to ("yielded to temptation"), a manner as the only thing criticised
("complained about the tone"). The noun classes are data (``data/event_senses.json``)."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .actors import actor_noun_kind
from .events_base import Candidate, _kids, _lem, event_data, frozen_classes

RELATIVE = frozenset({"which", "that", "who"})


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("senses"))


def _noun(adoc: AnnotatedDoc, i: int) -> int:
    """The noun a quantifier stands for ("many of the same notes": notes), or that a pro-noun
    exemplifies ("a disruption, such as the one that forced ...": disruption; round 21)."""
    t = adoc.tokens[i]
    if _lem(t) in _senses()["stand_in_nouns"] and t.dep == "pobj" and t.head != i:
        prep = adoc.tokens[t.head]
        if prep.text.lower() in _senses()["stand_in_preps"] and adoc.tokens[prep.head].pos == "NOUN":
            return prep.head
    if _lem(adoc.tokens[i]) in _senses()["quantifiers"]:
        for p in _kids(adoc, i, "prep"):
            if adoc.tokens[p].text.lower() == "of":
                objs = _kids(adoc, p, "pobj")
                if objs:
                    return objs[0]
    return i


def _common(adoc: AnnotatedDoc, i: int) -> bool:
    """A common noun that names no entity and no actor (no party, person or group)."""
    t = adoc.tokens[i]
    return t.pos == "NOUN" and not t.ent_type and actor_noun_kind(t) is None


def _objects(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The things the verb at ``v`` reaches: its direct objects and, for a passive or a
    participle, its passive subject or the noun it modifies; quantifiers resolved."""
    objs = list(_kids(adoc, v, "dobj", "nsubjpass"))
    t = adoc.tokens[v]
    if t.dep == "acl" and t.tag == "VBN":  # "themes struck by ..."
        objs.append(t.head)
    return [_noun(adoc, o) for o in objs]


def _doers(adoc: AnnotatedDoc, c: Candidate) -> list[int]:
    """The trigger's subject and passive agent; a relative pronoun stands for its noun."""
    v = c.token
    heads = list(_kids(adoc, v, "nsubj"))
    heads += [o for p in _kids(adoc, v, "agent") for o in _kids(adoc, p, "pobj")]
    t = adoc.tokens[v]
    out = []
    for h in heads:
        if adoc.tokens[h].text.lower() in RELATIVE and t.dep == "relcl":
            h = t.head
        out.append(_noun(adoc, h))
    return out


def _abstract_force(adoc: AnnotatedDoc, i: int) -> bool:
    """"economic forces", "market forces": a force named by the economy or society it is of,
    no armed or political body (round 21, draw AE)."""
    rules = _senses()
    t = adoc.tokens[i]
    return (t.pos == "NOUN" and not t.ent_type and _lem(t) in rules["abstract_force_nouns"]
            and any(_lem(adoc.tokens[m]) in rules["abstract_force_modifiers"]
                    for m in _kids(adoc, i, "amod", "compound")))


def _has_party(adoc: AnnotatedDoc, i: int) -> bool:
    """An "of" phrase or an owner of noun ``i`` that names an entity or an actor ("the tone
    of his rival's campaign")."""
    for k in [*_kids(adoc, i, "poss"), *(o for p in _kids(adoc, i, "prep")
                                         for o in _kids(adoc, p, "pobj"))]:
        t = adoc.tokens[k]
        if t.ent_type or actor_noun_kind(t) is not None or _has_party(adoc, k):
            return True
    return False


def figurative_sense(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """Why candidate ``c`` is a figure of speech (``data/event_senses.json``), or None:
    a physical verb whose every object is an abstract thing ("striking a populist tone",
    "struck many of the same notes", "hit a record"); an act whose doer is a circumstance
    or, for a verb of force, a text ("crisis strikes a city", "districts hit by imports",
    "a headline hits"); an impulse yielded to ("yielded to temptation"); a criticism of a
    manner with no party ("complained about the tone of the primary")."""
    rules = _senses()
    ev, v = c.event, c.token
    t = adoc.tokens[v]
    lemma = _lem(t)
    if lemma in rules["physical_verbs"]:
        objs = _objects(adoc, v)
        if objs and all(_common(adoc, o) and _lem(adoc.tokens[o]) in rules["abstract_objects"]
                        for o in objs):
            return "figurative object"
    for d in _doers(adoc, c):
        dt = adoc.tokens[d]
        if ev.type in rules["doer_types"] and _abstract_force(adoc, d):
            return "circumstance as doer"
        if not _common(adoc, d):
            continue
        if ev.type in rules["doer_types"] and _lem(dt) in rules["abstract_doers"]:
            return "circumstance as doer"
        if ev.type in rules["text_doer_types"] and _lem(dt) in rules["text_doers"]:
            return "text as doer"
    if ev.type in rules["yield_types"]:
        to = [o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() == "to"
              for o in _kids(adoc, p, "pobj")]
        if to and all(_lem(adoc.tokens[o]) in rules["inner_objects"] for o in to):
            return "impulse"
    if ev.type in rules["manner_types"] and c.recipient_span is None:
        objs = list(_kids(adoc, v, "dobj"))
        objs += [o for p in _kids(adoc, v, "prep")
                 if adoc.tokens[p].text.lower() in rules["manner_preps"]
                 for o in _kids(adoc, p, "pobj")]
        if objs and all(_lem(adoc.tokens[o]) in rules["manner_objects"]
                        and not _has_party(adoc, o) for o in objs):
            return "manner"
    return None


def modifier_role(adoc: AnnotatedDoc, n: int, c: int, typ: str) -> str | None:
    """The role of the named modifier or owner ``c`` of the nominal event ``n`` of type
    ``typ``: "actor" (the default), "recipient" (a named organisation or person before a
    protest noun: "the WTO protests") or None for its place: a building or facility ("the
    church shooting"), a state or place owning or naming an internal conflict ("the country's
    civil war", "the X war" of a place)."""
    rules = _senses()
    t, noun = adoc.tokens[c], adoc.tokens[n]
    words = [t, *(adoc.tokens[k] for k in _kids(adoc, c, "compound"))]
    if t.dep != "poss" and (t.ent_type in rules["place_ents"]
                            or any(_lem(w) in rules["building_nouns"] for w in words)):
        return None
    internal = any(_lem(adoc.tokens[m]) in rules["internal_conflict_modifiers"]
                   for m in _kids(adoc, n, "amod", "compound"))
    if t.ent_type in rules["place_owner_ents"] and _lem(noun) in rules["conflict_place_nouns"] and (
            internal or t.dep != "poss"):
        return None
    if typ in rules["protest_types"] and t.dep != "poss" and t.ent_type in rules["protested_ents"]:
        return "recipient"
    return "actor"


def building_named(adoc: AnnotatedDoc, n: int) -> bool:
    """A building or facility named before the nominal event ``n`` ("the church shooting"):
    the event keeps its place though no actor is named."""
    if _lem(adoc.tokens[n]) in _senses()["conflict_place_nouns"]:
        return False  # "the X war": a bare mention of a war stays out
    return any(adoc.tokens[c].dep == "compound" and c < n and modifier_role(adoc, n, c, "") is None
               for c in adoc.children(n))
