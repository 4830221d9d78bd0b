"""Round 21: the clear acts the learned event filter may never drop (``clear_act``, a feature of
:func:`sitroom.extract.events_filter.features` that a model's "guard" names): a material act (of
force, movement, arrest, aid, sanction: ``clear_material_types`` of the model file's words) whose
doer is the trigger's subject and that subject names a person, an organisation, a state or a
people (``clear_doer_ents``: "Germany", "the army of Turkey", "NATO allies"), told in the indicative, not negated and not as an intention, a plan or a
supposition; and an act in words (an accusation, a demand, a threat, an agreement, a refusal:
``clear_verbal_types``) told so with a named speaker and a named recipient.

Round 21, second wave: the doer found by structure, not by a name in the subject alone: a
pronoun or a noun of a role whose chain of the actor stage (``ActorMention.coref_of``) holds a
named mention ("He withdrew", after "President X ..."), the agent of a passive ("was seized by
Germany", "the agreement brokered by Egypt"), the doer of a nominal act (its possessive, its
"of"/"by" object, a modifier, the subject of the verb it is the object of: "Turkey's
withdrawal", "his retreat", "the release of hostages by Hamas", "Freedonian strikes", "General
X led the mutiny"),
the nominal told by a verb that is itself told as done; and the acts of meeting and movement
(``clear_meeting_types``: a meeting, a visit, talks) with a named party on either side."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ActorMention, AnnotatedDoc
from .events_base import Candidate, _kids

# the tags of a finite verb (an indicative trigger, or its auxiliary)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


# the dependents of a subject that name someone else than the doer ("the man who met X")
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp"})
# the prepositions whose object is a nominal act's doer ("the withdrawal of the army", "by")
DOER_PREPS = frozenset({"of", "by"})
# the dependencies of a nominal act on the verb that tells it ("the retreat began", "signed a deal")
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "conj", "appos"})


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


def _agents(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The objects of the "by" agent of ``v``, a passive ("was seized by Germany")."""
    return [o for p in _kids(adoc, v, "agent") for o in _kids(adoc, p, "pobj")]


def _nominal_doers(adoc: AnnotatedDoc, n: int) -> list[int]:
    """The doer's places of a nominal act ``n``: its possessive ("Turkey's withdrawal"), its
    "of"/"by" object ("the release of hostages by Hamas"), the agent of the participle that
    qualifies it ("the agreement brokered by Egypt"), a modifier ("Freedonian strikes"), the
    subject of the verb it is the object of ("General X led the mutiny")."""
    out = _kids(adoc, n, "poss")
    out += [o for p in _kids(adoc, n, "prep") if adoc.tokens[p].text.lower() in DOER_PREPS
            for o in _kids(adoc, p, "pobj")]
    out += [a for v in _kids(adoc, n, "acl") for a in _agents(adoc, v)]
    out += _kids(adoc, n, "amod", "compound")  # "Freedonian strikes"
    t = adoc.tokens[n]
    if t.dep == "dobj" and adoc.tokens[t.head].pos == "VERB":
        out += _subject_of(adoc, t.head)  # "General X led the mutiny", "X struck a deal"
    return out


def _doer_places(adoc: AnnotatedDoc, v: int) -> list[int]:
    """Where a doer of trigger ``v`` stands: a verb's active subject or its passive's agent, a
    nominal act's possessive or "of"/"by" object."""
    if adoc.tokens[v].pos == "NOUN":
        return _nominal_doers(adoc, v)
    return _subject_of(adoc, v) + _agents(adoc, v)


def _mention_tokens(adoc: AnnotatedDoc, m: ActorMention) -> range:
    return range(adoc.token_at(m.start), adoc.token_at(max(m.start, m.end - 1)) + 1)


def _chain_named(adoc: AnnotatedDoc, actors: Sequence[ActorMention], idx: int | None,
                 ents: frozenset[str]) -> bool:
    """The actor mention ``idx`` or an earlier mention of its chain (``coref_of``: "he" of
    "President X", "the minister" of "Minister Y") names a person, an organisation, a state or
    a people."""
    seen: set[int] = set()
    while idx is not None and 0 <= idx < len(actors) and idx not in seen:
        seen.add(idx)
        m = actors[idx]
        if any(_named(adoc, k, ents) for k in _mention_tokens(adoc, m)):
            return True
        idx = m.coref_of
    return False


def _named_in(adoc: AnnotatedDoc, doer: int | None, places: list[int], ents: frozenset[str],
              actors: Sequence[ActorMention], idx: int | None) -> bool:
    """``doer`` is in the phrase of one of ``places``, and that phrase names someone or the
    doer's actor chain does."""
    if doer is None:
        return False
    for s in places:
        phrase = _phrase(adoc, s)
        if doer in phrase and (any(_named(adoc, k, ents) for k in phrase)
                               or _chain_named(adoc, actors, idx, ents)):
            return True
    return False


def _named_subject(adoc: AnnotatedDoc, doer: int, v: int, ents: frozenset[str]) -> bool:
    """The doer is (in) the subject of ``v``, and the subject's phrase names a person, an
    organisation, a state or a people ("Germany", "the army of Turkey", "NATO allies")."""
    return _named_in(adoc, doer, _subject_of(adoc, v), ents, (), None)


def _verb_told_as_done(adoc: AnnotatedDoc, v: int, modals: frozenset[str]) -> bool:
    """Verb ``v`` is finite, with no modal, no "to", no negation, not promised, intended or
    supposed (:func:`~sitroom.extract.events_modality._future`, ``_hypothetical``)."""
    from .events_modality import _future, _hypothetical
    t = adoc.tokens[v]
    if t.pos not in ("VERB", "AUX") or _kids(adoc, v, "neg"):
        return False
    aux = _kids(adoc, v, "aux", "auxpass")
    if any(adoc.tokens[a].text.lower() in modals or adoc.tokens[a].text.lower() == "to" for a in aux):
        return False
    finite = t.tag in FINITE_TAGS or any(adoc.tokens[a].tag in FINITE_TAGS for a in aux)
    return finite and not _future(adoc, v) and _hypothetical(adoc, v) is None


def _teller(adoc: AnnotatedDoc, n: int) -> int | None:
    """The verb that tells nominal act ``n`` ("his retreat surprised", "signed a deal", "a deal
    with X was struck"): up through prepositions and conjuncts, at most three steps."""
    i = n
    for _ in range(3):
        t = adoc.tokens[i]
        if t.dep not in NOMINAL_DEPS and t.dep != "prep" or t.head == i:
            return None
        i = t.head
        if adoc.tokens[i].pos in ("VERB", "AUX"):
            return i
    return None


def _indicative(adoc: AnnotatedDoc, c: Candidate, modals: frozenset[str]) -> bool:
    """A finite verb told as done (:func:`_verb_told_as_done`), its certainty neither speculated
    nor denied; round 21, second wave: a nominal act told by such a verb, or standing alone (a
    headline's "Turkey's withdrawal")."""
    v, ev = c.token, c.event
    if ev.polarity == "negative" or ev.certainty in ("speculated", "denied") or _kids(adoc, v, "neg"):
        return False
    t = adoc.tokens[v]
    if t.pos == "NOUN":
        teller = _teller(adoc, v)
        return teller is None and t.dep == "ROOT" or (
            teller is not None and _verb_told_as_done(adoc, teller, modals))
    return t.pos == "VERB" and _verb_told_as_done(adoc, v, modals)


def clear_act(adoc: AnnotatedDoc, c: Candidate, words: dict[str, frozenset[str]],
              actors: Sequence[ActorMention] = ()) -> bool:
    """True for a clear act of a named doer (see the module's doc); ``words`` the learned
    filter's word lists (``data/event_filter_model.json``), ``actors`` the document's actor
    mentions (their chains name a pronoun's doer)."""
    from .events_acts import _head
    typ = c.event.type
    material = typ in words["clear_material_types"]
    meeting = typ in words.get("clear_meeting_types", frozenset())
    if not (material or meeting or typ in words["clear_verbal_types"]):
        return False
    if not _indicative(adoc, c, words["modals"]):
        return False
    ents = words["clear_doer_ents"]
    places = _doer_places(adoc, c.token)
    doer_named = _named_in(adoc, _head(adoc, c.actor_span), places, ents, actors, c.event.actor)
    other = _head(adoc, c.recipient_span)
    other_named = other is not None and (
        any(_named(adoc, k, ents) for k in _phrase(adoc, other))
        or _chain_named(adoc, actors, c.event.recipient, ents))
    if meeting:
        return doer_named or other_named
    return doer_named and (material or other_named)
