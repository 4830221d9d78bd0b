"""Times, how a time of the sentence reaches an event's trigger through the parse: the head
steps between them (:func:`path_steps`) and whether the time hangs below the trigger through
a clause of its own (:func:`below_in_clause`: "is set [to open on Wednesday]"), which the
governing rule of :func:`sitroom.extract.time_anchoring.anchor_event` reads, and whether a year
naming a noun names the occasion of the act (:func:`setting_of`: "in the 2010 election")."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .time_clause import dominates
from .time_lex import WORDS

_CLAUSE_DEPS = frozenset(WORDS["clause_deps"])  # a clause of its own below its head
_SAME_TIME_MARKS = frozenset(WORDS["same_time_marks"])  # "when" clauses share the time above


def path_steps(adoc: AnnotatedDoc, a: int, b: int, steps: int) -> int:
    """Head steps from ``a`` up to ``b`` (or from b up to a) within ``steps``; 0 if none."""
    for x, y in ((a, b), (b, a)):
        i = x
        for k in range(1, steps + 1):
            h = adoc.tokens[i].head
            if h == i:
                break
            i = h
            if i == y:
                return k
    return 0


def below_in_clause(adoc: AnnotatedDoc, low: int, high: int) -> bool:
    """Whether token ``low`` hangs below ``high`` through a clause of its own: a complement,
    conjunct, relative or adverbial clause between them ("is set [to open on Wednesday]",
    "operates ... and [had made ... since it was floated in 2006]"), unless that clause is a
    "when"/"while" clause, whose time is the time of the clause above it."""
    toks = adoc.tokens
    i = low
    for _ in range(len(toks)):
        h = toks[i].head
        if h == i or i == high:
            return False
        if (toks[i].dep in _CLAUSE_DEPS and toks[i].pos in ("VERB", "AUX")
                and not any(toks[c].text.lower() in _SAME_TIME_MARKS
                            for c in adoc.children(i) if toks[c].dep in ("mark", "advmod"))
                and not (h == high and _shares_conjunct(adoc, high, i))):
            return dominates(adoc, high, h)
        i = h
    return False


_SHARED_HEAD_DEPS = frozenset(WORDS["shared_head_deps"])  # "shot and wounded X in 1981"
_SUBJECT_DEPS = frozenset(WORDS["subject_deps"])


def _shares_conjunct(adoc: AnnotatedDoc, head: int, conj: int) -> bool:
    """Whether verb ``head`` and its conjunct ``conj`` are one act told by two verbs that
    share their arguments and time ("shot and wounded the president in 1981"): ``conj`` is a
    verb conjunct with no subject and no auxiliary of its own, and ``head`` has no dependent
    but its subject, auxiliaries, the coordination and punctuation (no object, complement or
    time of its own)."""
    toks = adoc.tokens
    if toks[conj].dep != "conj" or toks[conj].pos != "VERB" or toks[head].pos != "VERB":
        return False
    if any(toks[c].dep in _SUBJECT_DEPS or toks[c].dep in ("aux", "auxpass")
           for c in adoc.children(conj)):
        return False
    return all(toks[c].dep in _SHARED_HEAD_DEPS for c in adoc.children(head))


_SETTING_PREPS = frozenset(WORDS["setting_preps"])  # "in the 2010 election", "during a 2012 ..."
SETTING_LAST = 10_000  # a setting's year dates the act only when no other time of it does


def setting_of(adoc: AnnotatedDoc, noun: int, trigger: int) -> bool:
    """Whether ``noun`` is the occasion the trigger's act took place in: the object of a
    preposition of a setting that hangs from the trigger ("supported him [in the 2010
    election]", "was killed [in a 2011 drone strike]"), so the year that names the noun
    dates the act too (round 23: the governing rule of
    :func:`sitroom.extract.time_anchoring.anchor_event` takes it when it ends before the
    reference day, after every other time of the clause and after an earlier mention of the
    same act dated by its own clause; "at this year's conference" says no more than the
    report's day, and "Yesterday, at this year's conference" is yesterday)."""
    toks = adoc.tokens
    prep = toks[noun].head
    return (toks[noun].dep == "pobj" and prep != noun and toks[prep].head == trigger
            and toks[prep].text.lower() in _SETTING_PREPS)
