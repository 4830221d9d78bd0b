"""A possessive superior noun joined to the person the report names above the possessor.

Round 17: "his boss", "her employer" (``superior_nouns`` of ``data/coref_words.json``), a
singular role phrase the rules of :mod:`.actor_coref_holders` leave an actor of its own
although the report says whom it describes. With the possessive resolved to a named person
P, :func:`superior_holder` gives the person whose role phrase the report gives P ("his top
aide, P" with "his" resolved, "Jo Roe's running mate - P"): the one named person those
phrases are of; with no such phrase, or phrases of two different persons, it stays as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import Cand
from .actor_coref_common import _named_person, _root

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
SUPERIOR_NOUNS = frozenset(_CW["superior_nouns"])


def superior_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int) -> int | None:
    """The entity a possessive superior noun ``k`` ("his boss") stands for: the possessor's
    person P resolved, the holder of every role phrase of P whose own possessive ("Jo Roe's
    running mate", "his top aide") is resolved: exactly one entity, not P; None otherwise."""
    toks = adoc.tokens
    c = cands[k]
    if c.kind != "person" or c.pronoun or c.coref_of is not None or c.appos_to is not None \
            or toks[c.head].lemma.lower() not in SUPERIOR_NOUNS or toks[c.head].tag != "NN":
        return None
    owner = _possessor(adoc, cands, c.head, k)
    if owner is None or cands[owner].kind != "person":
        return None
    holders: set[int] = set()
    for j, o in enumerate(cands):
        if j == k or o.pronoun or _root(cands, j) != owner:
            continue
        # the role noun of P's mention, or the one P's name stands in apposition with
        # ("his top aide, P", "Jo Roe's running mate - P")
        t = toks[o.head]
        nouns = [o.head] if o.role and (o.appos_to is not None or o.definite_role) else []
        if t.dep == "appos" and toks[t.head].pos == "NOUN":
            nouns.append(t.head)
        nouns += [m for m in adoc.children(o.head) if toks[m].dep == "appos" and toks[m].pos == "NOUN"]
        for n in nouns:
            of = _possessor(adoc, cands, n, k)
            if of is not None:
                holders.add(of)
    holders.discard(owner)
    return next(iter(holders)) if len(holders) == 1 else None


def _possessor(adoc: AnnotatedDoc, cands: list[Cand], noun: int, k: int) -> int | None:
    """The entity of the one possessive of the noun ``noun`` ("his" of "his boss", "Jo Roe" of
    "Jo Roe's chief of staff"), a mention other than ``k`` resolved to a named person; None
    otherwise."""
    toks = adoc.tokens
    poss = [m for m in adoc.children(noun) if toks[m].dep == "poss"]
    if len(poss) != 1:
        return None
    for j, o in enumerate(cands):
        if j != k and o.start <= poss[0] < o.end and o.head == poss[0]:
            if o.pronoun and o.coref_of is None:
                return None
            root = _root(cands, j)
            r = cands[root]
            return root if _named_person(r) else None
    return None
