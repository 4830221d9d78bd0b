"""Event modality: whether an event is promised (future), hypothetical (conditional,
counterfactual, opinion), negated, or asked about in a question."""

from __future__ import annotations

from ..model import AnnotatedDoc
from . import plover as P
from .certainty import REPORT_VERBS
from .events_acts import acts
from .events_base import (
    CLAUSE_LINKS,
    CONDITIONAL_MARKS,
    COUNTERFACTUAL_MODALS,
    INVERTED_AUX,
    SUBJ,
    _lem,
)


def _aux(adoc: AnnotatedDoc, v: int, words: frozenset[str]) -> bool:
    return any(adoc.tokens[c].dep == "aux" and adoc.tokens[c].text.lower() in words
               for c in adoc.children(v))


def _future(adoc: AnnotatedDoc, v: int, depth: int = 0) -> bool:
    """True when the event at ``v`` is promised or intended: a future auxiliary, the
    complement of an intent word ("plan to", "ready to"), or a purpose clause or conjunct
    of such an event ("willing to send material to help")."""
    if _aux(adoc, v, P.FUTURE_AUX):
        return True
    t = adoc.tokens[v]
    head = adoc.tokens[t.head]
    if t.dep == "xcomp" and _lem(head) in P.INTENT_WORDS:
        return True
    if depth < 3 and t.dep in ("conj", "xcomp", "advcl") and head.pos in ("VERB", "ADJ") and t.head != v:
        return _future(adoc, t.head, depth + 1)
    return False


def _hypothetical(adoc: AnnotatedDoc, v: int) -> str | None:
    """How the event at ``v`` fails to be asserted: "counterfactual" ("would have
    resulted", "could have stopped"), "conditional" ("if X attacks", "X would attack if
    ..."), or "opinion" for an unreported "would" ("sending troops would be a mistake");
    None otherwise (a reported "would" is a future in the past: "said they would
    retreat"). A conditional promise or threat is still one (the caller decides)."""
    toks = adoc.tokens
    sent = adoc.sents[toks[v].sent]
    first = next((t for t in toks[sent.start:v + 1] if t.pos != "PUNCT"), None)
    if first is not None and first.text.lower() in acts()["supposition_openers"] and first.i < v:
        return "conditional"  # "Say the neighbour demanded ...", "Suppose they attack"
    i, seen = v, set()
    while i not in seen:
        seen.add(i)
        t = toks[i]
        kids = [toks[c] for c in adoc.children(i)]
        aux = {k.text.lower() for k in kids if k.dep == "aux"}
        if aux & COUNTERFACTUAL_MODALS and "have" in aux:
            return "counterfactual"
        if any(k.dep == "mark" and k.text.lower() in CONDITIONAL_MARKS for k in kids):
            return "conditional"
        subj = [k.i for k in kids if k.dep in SUBJ]
        if subj and any(k.dep == "aux" and k.text.lower() in INVERTED_AUX and k.i < subj[0]
                        for k in kids):
            return "conditional"  # "had it been successful", "were they to attack"
        if any(k.dep == "advcl" and any(toks[m].dep == "mark" and toks[m].text.lower()
                                        in CONDITIONAL_MARKS for m in adoc.children(k.i))
               for k in kids):
            return "conditional"
        head = toks[t.head]
        reported = t.dep == "ccomp" and _lem(head) in REPORT_VERBS | P.INTENT_WORDS
        if aux & {"would", "'d"}:
            return None if reported else "opinion"
        if t.head == i or reported or t.dep not in CLAUSE_LINKS:
            return None
        i = t.head
    return None


def _negated(adoc: AnnotatedDoc, v: int) -> bool:
    """Negation of the predicate, or the complement of "fail to"."""
    t = adoc.tokens[v]
    if t.dep == "xcomp" and _lem(adoc.tokens[t.head]) == "fail":
        return True
    return any(adoc.tokens[c].dep == "neg" for c in adoc.children(v))



def _question(adoc: AnnotatedDoc, v: int) -> bool:
    """True when the trigger's sentence is a question ("What led X to launch ...?")."""
    return adoc.sents[adoc.tokens[v].sent].text.rstrip(" \n\"'”’)").endswith("?")


def doer_not_teller(adoc: AnnotatedDoc, v: int, actor: int | None, typ: str) -> int | None:
    """Round 13b: ``actor``, the subject found for the act at ``v``, unless it is the
    subject of a verb of saying or thinking the clause of a material act only adjoins
    ("Commenting on a gunman killing officers, the mayor said ...": the mayor comments, no
    more): then None. The actor of an act is the doer of its own clause or its controller,
    never its teller."""
    if actor is not None and P.QUAD_CLASS[typ].startswith("material") and _teller(adoc, v, actor):
        return None  # words adjoining words keep their speaker ("X said, accusing Y")
    return actor


def _teller(adoc: AnnotatedDoc, v: int, actor: int) -> bool:
    from .events_filter import _cognition, _reporting
    words = _reporting() | _cognition()
    i = v
    for _ in range(6):
        t = adoc.tokens[i]
        if actor in adoc.children(i) or t.head == i:
            return False
        h = t.head
        if adoc.tokens[h].pos == "ADP" and t.dep == "pcomp":
            h = adoc.tokens[h].head  # "after hearing of X killing Y": the verb over "of"
        if t.dep in ("advcl", "pcomp") and _lem(adoc.tokens[h]) in words:
            return not (i == v and t.dep == "advcl" and v > h)  # "X said, cutting off Y": X
        i = h
    return False
