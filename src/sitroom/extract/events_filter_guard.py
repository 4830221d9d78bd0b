"""Round 21: the clear acts the learned event filter may never drop (``clear_act``, a feature of
:func:`sitroom.extract.events_filter.features` that a model's "guard" names): a material act (of
force, movement, arrest, aid, sanction: ``clear_material_types`` of the model file's words) whose
doer is the trigger's subject and that subject names a person, an organisation, a state or a
people (``clear_doer_ents``: "Germany", "the army of Turkey", "NATO allies"), told in the indicative, not negated and not as an intention, a plan or a
supposition; and an act in words (an accusation, a demand, a threat, an agreement, a refusal:
``clear_verbal_types``) told so with a named speaker and a named recipient."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .events_base import Candidate, _kids

# the tags of a finite verb (an indicative trigger, or its auxiliary)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


# the dependents of a subject that name someone else than the doer ("the man who met X")
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp"})


def _named(adoc: AnnotatedDoc, i: int | None, ents: frozenset[str]) -> bool:
    return i is not None and adoc.tokens[i].ent_type in ents


def _phrase(adoc: AnnotatedDoc, i: int) -> list[int]:
    """The noun phrase of ``i``: its subtree without the clauses attached to it."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(k for k in adoc.children(j) if adoc.tokens[k].dep not in CLAUSE_DEPS)
    return out


def _subject_of(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The active subject of ``v``, or of the verb it is coordinated with ("seized and held")."""
    subj = _kids(adoc, v, "nsubj")
    if not subj and adoc.tokens[v].dep == "conj" and adoc.tokens[adoc.tokens[v].head].pos == "VERB":
        subj = _kids(adoc, adoc.tokens[v].head, "nsubj")
    return subj


def _named_subject(adoc: AnnotatedDoc, doer: int, v: int, ents: frozenset[str]) -> bool:
    """The doer is (in) the subject of ``v``, and the subject's phrase names a person, an
    organisation, a state or a people ("Germany", "the army of Turkey", "NATO allies")."""
    for s in _subject_of(adoc, v):
        phrase = _phrase(adoc, s)
        if doer in phrase and any(_named(adoc, k, ents) for k in phrase):
            return True
    return False


def _indicative(adoc: AnnotatedDoc, c: Candidate, modals: frozenset[str]) -> bool:
    """A finite verb told as done: its own tag or its auxiliary's finite, no modal, no negation,
    not promised, intended or supposed (:func:`~sitroom.extract.events_modality._future`,
    ``_hypothetical``), its certainty neither speculated nor denied."""
    from .events_modality import _future, _hypothetical
    v, ev = c.token, c.event
    t = adoc.tokens[v]
    if t.pos != "VERB" or ev.polarity == "negative" or _kids(adoc, v, "neg"):
        return False
    aux = _kids(adoc, v, "aux", "auxpass")
    if any(adoc.tokens[a].text.lower() in modals or adoc.tokens[a].text.lower() == "to" for a in aux):
        return False
    finite = t.tag in FINITE_TAGS or any(adoc.tokens[a].tag in FINITE_TAGS for a in aux)
    return (finite and ev.certainty not in ("speculated", "denied")
            and not _future(adoc, v) and _hypothetical(adoc, v) is None)


def clear_act(adoc: AnnotatedDoc, c: Candidate, words: dict[str, frozenset[str]]) -> bool:
    """True for a clear act of a named doer (see the module's doc); ``words`` the learned
    filter's word lists (``data/event_filter_model.json``)."""
    from .events_acts import _head
    typ = c.event.type
    material = typ in words["clear_material_types"]
    if not (material or typ in words["clear_verbal_types"]):
        return False
    ents = words["clear_doer_ents"]
    doer = _head(adoc, c.actor_span)
    if doer is None or not _named_subject(adoc, doer, c.token, ents):
        return False
    other = _head(adoc, c.recipient_span)
    if not material and (other is None or not any(_named(adoc, k, ents) for k in _phrase(adoc, other))):
        return False
    return _indicative(adoc, c, words["modals"])
