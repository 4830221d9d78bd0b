"""Round 23: the acts told as done in the past with a party taking part (``done_act``, a
feature of :func:`sitroom.extract.events_filter.features` that a model's "guard" may name),
beside round 21's clear acts of a named doer (:mod:`.events_filter_guard`) and round 22's
acts of an unnamed party (:mod:`.events_filter_party`).

The clear acts the hand-written tests hold and the refitted filter dropped share no name and
no sense class: "the mediator", "opposition supporters", "a woman", "they" are their doers, and
meetings, agreements and accusations are among them. What they share is how they are told:
an act in the past told as done, with someone taking part. Found by structure alone:

- the trigger a finite verb in the past (``VBD``) told as done (no modal, no "to", no negation,
  not promised, intended or supposed: :func:`.events_filter_guard._verb_told_as_done`): "the
  president called out the Guard", "rebels who attacked the base";
- a past participle (``VBN``) with a finite auxiliary told so (a perfect or a passive: "had
  tested", "was shelled"), or
  qualifying a noun or a clause with no modal or negation of its own ("an agreement brokered
  by the mediator", "backed by Turkey, the rebels ...", "survived being shot");
- a nominal act whose telling verb is such a verb ("the judge opened investigations", "the
  president's meeting with the minister lasted an hour");

and the event neither negative nor speculated nor denied, with an actor or a recipient found
by the rules (a party takes part).

Round 24: the shapes of clear acts the round-23 guard missed (the balanced filter dropped them
in hand-written tests and in judged draws):

- a past the tagger read as a participle: a ``VBN`` with an active subject of its own and no
  auxiliary, negation or "by" agent is a finite past ("the leader, whom the police arrested in
  May");
- an act of force (the model file's ``described_act_types``) told by a present participle that
  qualifies its doer's noun ("a gunman targeting two officers"), or by an infinitive of purpose
  under such a participle ("militants using tunnels to launch attacks"), neither with an
  auxiliary or a negation of its own;
- an act in words (``clear_verbal_types``) with a recipient, told by a progressive with a finite
  auxiliary ("the prosecutors are investigating the governor", "I am urging the council to");
- a nominal act of a kind the model file's ``nominal_doer_types`` names (an inquiry or a suit)
  whose doer is named in its own phrase ("the FBI probe", "the agency's internal
  investigation", "a lawsuit brought by the group"), not told by a modal, future or negated
  verb."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .events_base import Candidate, _kids
from .events_filter_guard import (
    FINITE_TAGS, _named_in, _nominal_doers, _teller, _verb_told_as_done,
)

# the tag of a finite verb in the past and of a past participle
PAST_TAG = "VBD"
PARTICIPLE_TAG = "VBN"
# the dependencies of a bare past participle that tells an act beside its clause
BARE_DEPS = frozenset({"acl", "advcl", "xcomp", "pcomp", "conj", "amod"})
# round 24: the tag of a present participle, its dependency when it qualifies a noun, and the
# dependencies of an infinitive of purpose under it
PRESENT_PARTICIPLE_TAG = "VBG"
QUALIFIER_DEP = "acl"
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def _slipped_past(adoc: AnnotatedDoc, v: int) -> bool:
    """Round 24: ``v`` a past participle with an active subject and no auxiliary, negation or
    "by" agent: a finite past tagged as a participle ("whom the police arrested"), not
    promised, intended or supposed."""
    from .events_modality import _future, _hypothetical
    if adoc.tokens[v].tag != PARTICIPLE_TAG or not _kids(adoc, v, "nsubj"):
        return False
    if _kids(adoc, v, "aux", "auxpass", "neg", "agent"):
        return False
    return not _future(adoc, v) and _hypothetical(adoc, v) is None


def _speech_in_progress(adoc: AnnotatedDoc, c: Candidate, words: dict[str, frozenset[str]]
                        ) -> bool:
    """Round 24: an act in words (``clear_verbal_types``) told by a progressive with a finite
    auxiliary ("the prosecutors are investigating the governor", "I am urging the council to
    ..."), told as done (no modal, "to", negation, future or supposition), with a recipient."""
    v = c.token
    t = adoc.tokens[v]
    if c.event.type not in words.get("clear_verbal_types", ()) or c.recipient_span is None:
        return False
    return t.tag == PRESENT_PARTICIPLE_TAG and any(
        adoc.tokens[a].tag in FINITE_TAGS for a in _kids(adoc, v, "aux")
    ) and _verb_told_as_done(adoc, v, words["modals"])


def _qualifies_doer(adoc: AnnotatedDoc, v: int, doer: int | None) -> bool:
    """``v`` a present participle qualifying the noun ``doer`` ("a gunman targeting"), with no
    auxiliary or negation of its own."""
    t = adoc.tokens[v]
    return (doer is not None and t.tag == PRESENT_PARTICIPLE_TAG and t.dep == QUALIFIER_DEP
            and t.head == doer and not _kids(adoc, v, "aux", "auxpass", "neg"))


def _described_act(adoc: AnnotatedDoc, c: Candidate, words: dict[str, frozenset[str]]) -> bool:
    """Round 24: an act of force told by a present participle on its doer's noun, or by an
    infinitive of purpose under one ("militants using tunnels to launch attacks"); not an
    intent ("militants planning to launch attacks")."""
    from .events_acts import _head
    from .events_modality import _future
    if c.event.type not in words.get("described_act_types", ()) or c.actor_span is None:
        return False
    if _future(adoc, c.token):
        return False
    v, doer = c.token, _head(adoc, c.actor_span)
    if _qualifies_doer(adoc, v, doer):
        return True
    t = adoc.tokens[v]
    aux = [adoc.tokens[a].text.lower() for a in _kids(adoc, v, "aux")]
    return (t.dep in PURPOSE_DEPS and aux == ["to"] and not _kids(adoc, v, "neg")
            and _qualifies_doer(adoc, t.head, doer))


def _named_nominal(adoc: AnnotatedDoc, c: Candidate, words: dict[str, frozenset[str]]) -> bool:
    """Round 24: a nominal act of ``nominal_doer_types`` whose doer is named in its own phrase
    ("the FBI probe", "a lawsuit brought by the group"), its telling verb, if any, told as done
    (no modal, future or negation)."""
    from .events_acts import _head
    v = c.token
    if c.event.type not in words.get("nominal_doer_types", ()) or c.actor_span is None:
        return False
    if not _named_in(adoc, _head(adoc, c.actor_span), _nominal_doers(adoc, v),
                     words["clear_doer_ents"], (), None):
        return False
    teller = _teller(adoc, v)
    return teller is None or _verb_told_as_done(adoc, teller, words["modals"])


def _past(adoc: AnnotatedDoc, v: int, modals: frozenset[str]) -> bool:
    """Verb ``v`` tells its act as done in the past."""
    t = adoc.tokens[v]
    if t.pos not in ("VERB", "AUX"):
        return False
    if t.tag == PAST_TAG or t.tag == PARTICIPLE_TAG and any(
            adoc.tokens[a].tag in FINITE_TAGS for a in _kids(adoc, v, "aux", "auxpass")):
        return _verb_told_as_done(adoc, v, modals)  # "attacked", "had tested", "was shelled"
    if t.tag != PARTICIPLE_TAG or t.dep not in BARE_DEPS or _kids(adoc, v, "neg"):
        return False
    aux = _kids(adoc, v, "aux", "auxpass")
    return not any(adoc.tokens[a].text.lower() in modals or adoc.tokens[a].text.lower() == "to"
                   for a in aux)


def done_act(adoc: AnnotatedDoc, c: Candidate, modals: frozenset[str],
             words: dict[str, frozenset[str]] | None = None) -> bool:
    """True for an act told as done in the past with a party taking part (see the module's
    doc); ``modals`` the learned filter's modal words, ``words`` its word lists (round 24:
    the types of the described and the nominal acts; None: those shapes are not read)."""
    ev = c.event
    if ev.polarity == "negative" or ev.certainty in ("speculated", "denied"):
        return False
    if c.actor_span is None and c.recipient_span is None:
        return False
    v = c.token
    t = adoc.tokens[v]
    if _kids(adoc, v, "neg"):
        return False
    w = words or {}
    if t.pos == "NOUN":
        teller = _teller(adoc, v)
        return teller is not None and _past(adoc, teller, modals) or bool(
            w) and _named_nominal(adoc, c, w)
    return t.pos == "VERB" and (_past(adoc, v, modals) or _slipped_past(adoc, v)
                                or bool(w) and (_described_act(adoc, c, w)
                                                or _speech_in_progress(adoc, c, w)))
