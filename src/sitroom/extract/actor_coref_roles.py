"""The whole role phrase of a person: "X, president and CEO of Acme," is one mention of X.

A role phrase in apposition with a named person ("X, minister of transport for Y,") is a
mention of that person; its noun chunk ends at the head noun ("president"), so the body the
role is of ("of Acme") would stand alone and a reader (or a scorer) taking the phrase for the
person would find only the body. :func:`role_extent` carries the mention on over the role's
own tail: the tokens right after the chunk that hang below the role noun by a preposition of
``role_tail_preps`` ("of", "for", "at") or a conjoined role ("and CEO of Acme"), through the
dependencies of ``role_tail_deps``; it stops at a comma, a clause or anything else. The body's
own mention inside stays as it is (round 16). Words in ``data/coref_words.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import AnnotatedDoc

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
TAIL_DEPS = frozenset(_CW["role_tail_deps"])
TAIL_PREPS = frozenset(_CW["role_tail_preps"])
COORDINATION = frozenset(_CW["coordination_deps"])
TRAILING = frozenset(_CW["role_tail_trailing_deps"])


def role_extent(adoc: AnnotatedDoc, head: int, end: int) -> int:
    """The end (token index, exclusive) of the role phrase headed by ``head`` whose noun chunk
    ends at ``end``: ``end`` carried over the role's tail of prepositions and conjoined roles,
    or ``end`` itself when no such tail follows."""
    toks = adoc.tokens
    tail = {head}
    stack = [c for c in adoc.children(head) if c >= end and (
        toks[c].dep == "prep" and toks[c].text.lower() in TAIL_PREPS
        or toks[c].dep in COORDINATION)]
    while stack:
        j = stack.pop()
        if toks[j].dep not in TAIL_DEPS or j in tail:
            continue
        tail.add(j)
        stack.extend(adoc.children(j))
    k = end
    while k < len(toks) and k in tail:
        k += 1
    if k > end and toks[k - 1].dep in TRAILING:
        k -= 1  # never end on "and" or "of"
    return k
