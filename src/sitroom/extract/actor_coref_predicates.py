"""Predicate noun phrases of an actor: "X is the chief executive", "described her as one of
the founders of the field".

A noun phrase that a copula says its subject is (``predicate_deps`` below one of
``copular_verbs``: "Acme is the largest maker of X") or that a verb of ``as_predicate_verbs``
says its object is ("described him as one of the founders", "is known as the city's biggest
employer") is one more mention of that subject or object when it says who (definite,
possessive or "one of": "a novice politician" says what sort and stays no mention), its head is
a noun of actors (a noun of ``ACTOR_NOUNS`` or a description of a body, "maker", "airline"; "one
of" such nouns) and the subject or object is itself a mention: no one new, the same actor (the
gold of MEANTIME counts these phrases as mentions of it). The phrase runs over the head's own
words up to a comma, a clause or an appositive (``predicate_cuts``); coordinated predicates are
one mention each. A subject that is no mention ("the best result was the largest maker") gives
none (round 16). Words in ``data/coref_words.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import ACTOR_NOUNS, SUBJECT_DEPS, Cand, named
from .actor_coref_bodies import DESCRIPTION_HEADS
from .actor_nominals import _sort_key
from .actor_roles_members import COPULAR_VERBS, PARTITIVE_PREPS, PREDICATE_DEPS

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
AS_VERBS = frozenset(_CW["as_predicate_verbs"])
AS_PREPS = frozenset(_CW["as_predicate_preps"])
AS_OBJECT_DEPS = frozenset(_CW["as_predicate_object_deps"])
CUTS = frozenset(_CW["predicate_cuts"])
COORDINATION = frozenset(_CW["coordination_deps"])
PARTITIVE_HEADS = frozenset(_CW["predicate_partitive_heads"])
IDENTIFYING = frozenset(_CW["identifying_determiners"])


def _actor_head(adoc: AnnotatedDoc, h: int) -> bool:
    toks = adoc.tokens
    t = toks[h]
    if t.lemma.lower() in PARTITIVE_HEADS or t.text.lower() in PARTITIVE_HEADS:  # "one of the"
        return any(toks[p].text.lower() in PARTITIVE_PREPS and any(
            _actor_head(adoc, o) for o in adoc.children(p) if toks[o].dep == "pobj")
            for p in adoc.children(h) if toks[p].dep == "prep")
    return t.pos == "NOUN" and (t.lemma.lower() in ACTOR_NOUNS or t.lemma.lower() in DESCRIPTION_HEADS)


def _identifying(adoc: AnnotatedDoc, h: int) -> bool:
    """True when the predicate at ``h`` says who (definite: "the chief executive", "Acme's
    biggest rival", "one of the founders"), not what sort ("a novice politician")."""
    toks = adoc.tokens
    if toks[h].text.lower() in PARTITIVE_HEADS:
        return True
    return any(toks[c].dep == "poss" or toks[c].dep == "det" and toks[c].text.lower() in IDENTIFYING
               for c in adoc.children(h))


def _extent(adoc: AnnotatedDoc, h: int) -> tuple[int, int]:
    """The predicate's own words: the head's subtree without conjuncts, clauses, appositives
    and what follows a comma."""
    toks = adoc.tokens
    keep = {h}
    stack = [c for c in adoc.children(h) if toks[c].dep not in CUTS | COORDINATION]
    while stack:
        j = stack.pop()
        keep.add(j)
        stack.extend(c for c in adoc.children(j) if toks[c].dep not in CUTS)
    s = e = h
    while s - 1 in keep:
        s -= 1
    while e + 1 in keep:
        e += 1
    return s, e + 1


def _owner_token(adoc: AnnotatedDoc, h: int) -> int | None:
    """The subject (copula) or object ("describe X as") the predicate at ``h`` says who is."""
    toks = adoc.tokens
    t = toks[h]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if t.dep in PREDICATE_DEPS and toks[t.head].lemma.lower() in COPULAR_VERBS:
        subj = [c for c in adoc.children(t.head) if toks[c].dep in SUBJECT_DEPS]
        return subj[0] if subj else None
    if t.dep == "pobj" and toks[t.head].text.lower() in AS_PREPS and toks[t.head].dep == "prep":
        verb = toks[t.head].head
        if toks[verb].lemma.lower() in AS_VERBS:
            objs = [c for c in adoc.children(verb) if toks[c].dep in AS_OBJECT_DEPS]
            return objs[0] if objs else None
    return None


def predicate_mentions(adoc: AnnotatedDoc, cands: list[Cand]) -> list[tuple[Cand, Cand]]:
    """Mentions of the predicate noun phrases of ``cands``'s actors, each with the mention it
    says who is; the caller adds them to ``cands``."""
    toks = adoc.tokens
    by_head = {c.head: c for c in cands if not c.generic}
    heads = {c.head for c in cands}
    out: list[tuple[Cand, Cand]] = []
    for t in toks:
        if t.i in heads or named(t) or not _actor_head(adoc, t.i) or not _identifying(adoc, t.i):
            continue
        o = _owner_token(adoc, t.i)
        owner = by_head.get(o) if o is not None else None
        if owner is None or owner.start <= t.i < owner.end:
            continue
        s, e = _extent(adoc, t.i)
        if any(c.start <= s and e <= c.end for c in cands):
            continue  # inside a mention already ("the chief executive Jo Roe")
        out.append((Cand(s, e, t.i, owner.kind, owner.name), owner))
    return out


def add_predicates(adoc: AnnotatedDoc, cands: list[Cand], links: dict[int, Cand]) -> frozenset[int]:
    """Add to ``cands`` (kept in text order) the predicate mentions of :func:`predicate_mentions`
    and to ``links`` the mention each says who is (resolved with the links of
    :func:`sitroom.extract.actor_nominals.add_links`); the ``id`` of each added mention."""
    said = predicate_mentions(adoc, cands)
    if said:
        links.update({id(c): owner for c, owner in said})
        cands[:] = sorted(cands + [c for c, _ in said], key=lambda c: _sort_key(adoc, c))
    return frozenset(id(c) for c, _ in said)
