"""Mentions whose entity the parse itself gives: a relative pronoun on a mention ("Acme,
which ..."), a common-noun description of a named body ("Acme, Europe's biggest maker",
"low-cost airline Acme"): :func:`add_links` and :func:`resolve_links`, used by
:func:`sitroom.extract.actor_coref.resolve` (split out of :mod:`sitroom.extract.actor_nominals`
in round 18, which still exports them). Words in ``data/coref_words.json``.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import Cand
from .actor_chains import BODY_KINDS, _root
from .actor_coref_bodies import described_before, owner_start
from .actor_nominals_words import (DESCRIPTION_HEADS, INDEFINITE, RELATIVE_KINDS,
                                   RELATIVE_PRONOUNS, RELATIVE_TAGS, _sort_key)


def add_links(adoc: AnnotatedDoc, cands: list[Cand]) -> dict[int, Cand]:
    """Add to ``cands`` (kept in text order) the mentions whose entity the parse itself gives,
    each with the mention it stands for (by ``id`` of the new candidate), resolved by
    :func:`resolve_links` after the other mentions:

    * a relative pronoun on a mention ("Acme, which ...", "Jo Roe, who ...", "Acme, whose
      ..."): the mention its relative clause hangs on;
    * a common-noun description of a named body written in apposition with it ("Acme,
      Europe's biggest maker", "Acme's rival, Bolt", "its parent company, Acme") or as a
      modifier before its name ("low-cost airline Acme", "Acme parent Bolt"): that body;
      written before it, the description is one mention with the name and its owner (round 16);
    * a phrase mention of a body the name stands in apposition with ("the band's record
      company, Acme Corps"): that body (round 16).
    """
    toks = adoc.tokens
    by_head = {c.head: c for c in cands if not c.pronoun}
    covered = {i for c in cands for i in range(c.start, c.end)}
    links: dict[int, Cand] = {}
    new: list[Cand] = []
    for t in toks:
        if t.tag not in RELATIVE_TAGS or t.text.lower() not in RELATIVE_PRONOUNS or t.i in covered:
            continue
        v, steps = t.i, 0
        while toks[v].dep != "relcl" and toks[v].head != v and steps < 3:
            v, steps = toks[v].head, steps + 1
        ante = by_head.get(toks[v].head) if toks[v].dep == "relcl" else None
        if ante is None or toks[v].head >= t.i or ante.kind not in RELATIVE_KINDS \
                or any(toks[k].dep == "relcl" for k in range(t.i + 1, v)):
            continue
        c = Cand(t.i, t.i + 1, t.i, ante.kind, ante.name, pronoun=True)
        links[id(c)] = ante
        new.append(c)
    for body in [c for c in cands if c.kind in BODY_KINDS and not c.pronoun and not c.generic]:
        if (said := described_before(adoc, cands, body)) is not None:
            links[id(said)] = body  # "the band's record company, Acme Corps": Acme Corps
            continue
        span = _description(adoc, body, covered)
        if span is None:
            continue
        a, b, h = span
        if b == body.start:  # "Acme parent Bolt": the description and the name, one mention
            a, b = owner_start(adoc, cands, a, h), body.end
        c = Cand(a, b, h, body.kind, body.name)
        covered |= set(range(a, b))
        links[id(c)] = body
        new.append(c)
    if new:
        cands[:] = sorted(cands + new, key=lambda c: _sort_key(adoc, c))
    return links


def _description(adoc: AnnotatedDoc, body: Cand, covered: set[int]) -> tuple[int, int, int] | None:
    """(start, end, head) of a common-noun phrase that describes the named ``body`` (see
    :func:`add_links`), None when there is none or a mention covers its head. The phrase is
    the description's own words around its head, up to a word of another mention ("the parent
    company of Bolt": "the parent company"; "an Acme-led consortium": "led consortium")."""
    toks = adoc.tokens
    h = body.head
    d = None
    for m in adoc.children(h):  # "Acme, Europe's biggest maker": the appositive after the name
        if toks[m].dep == "appos" and m >= body.end and toks[m].pos == "NOUN":
            d = m
            break
    if d is None and toks[h].dep == "appos" and toks[h].head < body.start:
        d = toks[h].head  # "Acme's rival, Bolt": the name is the appositive of the description
        if toks[d].pos != "NOUN":
            d = None
    if d is None:  # "low-cost airline Acme", "Acme parent Bolt": a common noun on the name
        mods = [m for m in adoc.children(h) if m < body.start and toks[m].pos == "NOUN"
                and toks[m].dep in ("compound", "nmod")]
        d = mods[-1] if mods else None
    if d is None or d in covered or toks[d].lemma.lower() not in DESCRIPTION_HEADS:
        return None
    sub = set(adoc.subtree(d)) - set(range(body.start, body.end))
    for m in adoc.children(d):  # "of Acme": a phrase holding another mention is left out
        if m > d and covered & set(adoc.subtree(m)):
            sub -= set(range(m, max(adoc.subtree(m)) + 1))
    a = b = d
    while a - 1 in sub and a - 1 not in covered:
        a -= 1
    while b + 1 in sub and b + 1 not in covered:
        b += 1
    while a < d and (toks[a].pos == "PUNCT" or toks[a].text.lower() in INDEFINITE):
        a += 1
    while b > d and (toks[b].pos in ("PUNCT", "ADP", "CCONJ") or toks[b].dep in ("cc", "prep")):
        b -= 1
    return a, b + 1, d


def resolve_links(adoc: AnnotatedDoc, cands: list[Cand], links: dict[int, Cand],
                  said: frozenset[int] = frozenset()) -> None:
    """Give each mention :func:`add_links` added the entity of the mention it stands for; one
    whose mention is no actor (a generic phrase left unresolved) is no actor either. A
    predicate mention (``said``: the ``id`` of each) whose mention's chain ends at an
    unresolved pronoun is no one known ("described him as ..."); the other links keep the
    mention's entity."""
    if not links:
        return
    index = {id(c): k for k, c in enumerate(cands)}
    for c in cands:
        target = links.get(id(c))
        if target is None:
            continue
        j = index[id(target)]
        if target.generic and target.coref_of is None:
            c.generic = True
            continue
        r = _root(cands, j)
        if id(c) in said and cands[r].pronoun and cands[r].coref_of is None:
            c.generic = True  # "described him as ...", "him" unresolved: no one known
            continue
        c.coref_of, c.kind, c.name = j, cands[r].kind, cands[r].name
