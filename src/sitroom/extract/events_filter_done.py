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
by the rules (a party takes part)."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .events_base import Candidate, _kids
from .events_filter_guard import FINITE_TAGS, _teller, _verb_told_as_done

# the tag of a finite verb in the past and of a past participle
PAST_TAG = "VBD"
PARTICIPLE_TAG = "VBN"
# the dependencies of a bare past participle that tells an act beside its clause
BARE_DEPS = frozenset({"acl", "advcl", "xcomp", "pcomp", "conj", "amod"})


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


def done_act(adoc: AnnotatedDoc, c: Candidate, modals: frozenset[str]) -> bool:
    """True for an act told as done in the past with a party taking part (see the module's
    doc); ``modals`` the learned filter's modal words."""
    ev = c.event
    if ev.polarity == "negative" or ev.certainty in ("speculated", "denied"):
        return False
    if c.actor_span is None and c.recipient_span is None:
        return False
    v = c.token
    t = adoc.tokens[v]
    if _kids(adoc, v, "neg"):
        return False
    if t.pos == "NOUN":
        teller = _teller(adoc, v)
        return teller is not None and _past(adoc, teller, modals)
    return t.pos == "VERB" and _past(adoc, v, modals)
