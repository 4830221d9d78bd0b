"""Positions told as acts (round 17, from draws W and X; issue 15 item 2):

* a support not given: "X would not endorse Y", "X will not support Y" are recoded by the
  manual's rule for refused cooperation as REJECT, but withholding an endorsement is a
  position in a contest, not the refusal of a request, an offer or a proposal;
* an opinion or a proposal told with a verb of saying that is no verb of demanding ("suggested
  the country should send more troops", "declared that together they should beat her",
  "wrote: she should ask why ..."): coded REQUEST by the reading of "said X must ..." as a
  demand, but no one is asked; the verbs of demanding ("say", "tell", "insist") and the
  "must" of a demand ("declared that the state must drop its barriers") keep it; round 22
  reads it under any verb of saying with no sense of its own ("stated that the country
  should declare war") when every modal of obligation of the clause is one of advice;
* a stance verb of refusal whose object is a thing, not a party ("opposed the bill",
  "the war, which most of them opposed"): a position on a measure, no one rejected; a
  call, a demand or an offer resisted stays (the refusal of something asked).
* the content of a request told as done: an infinitive under a verb of asking reached
  through a conjunct ("called on the state to lead, step up its fight") or through a "for ...
  to" clause ("called for the bases to be hit harder"); the request is the governing verb's
  event, what is asked is not done.

The word classes live in ``data/event_positions.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from . import plover as P
from .events_base import Candidate, _kids, _lem, event_data, frozen_classes

# relative pronouns that stand for the noun a relative clause hangs on
_RELATIVES = frozenset({"WDT", "WP"})


@lru_cache(maxsize=1)
def positions() -> dict[str, frozenset[str]]:
    """``data/event_positions.json``: each word class as a frozenset."""
    return frozen_classes(event_data("positions"))


def withheld_support(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A refusal recoded from a negated verb of support ("will not endorse him"): a support
    not given, no refusal of anything asked."""
    t = adoc.tokens[c.token]
    if c.event.type != "REJECT" or t.pos != "VERB" or not _kids(adoc, c.token, "neg"):
        return False
    return P.VERBS.get(_lem(t), ("", None))[0] in positions()["withheld_types"]


def opinion_told(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A request whose trigger is a verb of saying that proposes or opines, with a clause
    under a modal of advice as its complement ("suggested the country should send forces"):
    no one is asked. "Declared that the state must drop its tariffs" stays a demand. Round 22:
    any verb of saying with no sense of its own ("stated that the country should declare
    war", "remarking the U.S. should be harder on") when every modal of obligation of its
    clause is one of advice (:func:`advice_only`)."""
    t = adoc.tokens[c.token]
    words = positions()
    if c.event.type != "REQUEST" or t.pos != "VERB":
        return False
    if _lem(t) not in words["proposing_verbs"]:
        return advice_only(adoc, c.token)
    return any(adoc.tokens[a].text.lower() in words["advice_modals"]
               for k in _kids(adoc, c.token, "ccomp") for a in _kids(adoc, k, "aux"))


def advice_only(adoc: AnnotatedDoc, v: int) -> bool:
    """The REQUEST at verb ``v`` is read from a clause of what ought to be done (the verb has
    no sense of its own: "X said that Y must ...") and every modal of obligation of the clause,
    under the verb or under its object noun ("issued a reminder that ..."), is one of advice; the
    verbs of demanding ("said", "told") keep it (round 22)."""
    from .events_senses import _verb_sense  # events_senses reads this module's neighbours
    words = positions()
    if _verb_sense(adoc, v) is not None or _lem(adoc.tokens[v]) in words["demanding_verbs"]:
        return False  # "said that X should", "told them they should": kept, as round 17's
    heads = [v] + _kids(adoc, v, "dobj")
    modals = [m for h in heads for k in _kids(adoc, h, *words["advice_links"])
              if (m := {adoc.tokens[a].text.lower() for a in _kids(adoc, k, "aux")}
                  & P.OBLIGATION_AUX)]
    return bool(modals) and all(m <= words["advice_modals"] for m in modals)


def position_on_thing(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A stance verb of refusal ("oppose", "resist") whose object is a thing rather than a
    party: "opposed it because it fell short", "the war, which most of them opposed"."""
    from .events_acts import someone  # events_acts imports this module
    v = c.token
    t = adoc.tokens[v]
    words = positions()
    if c.event.type != "REJECT" or t.pos != "VERB" or _lem(t) not in words["stance_verbs"]:
        return False
    objs = _kids(adoc, v, "dobj")
    if t.dep == "relcl" and (not objs or adoc.tokens[objs[0]].tag in _RELATIVES):
        objs = [t.head]  # the noun the relative clause hangs on
    if not objs:
        return False
    o = objs[0]
    lemma = _lem(adoc.tokens[o])
    if lemma in words["request_objects"] or adoc.tokens[o].text.lower() in words["request_objects"]:
        return False  # "resisted calls to drop out": the refusal of something asked
    return lemma in words["position_objects"] or not someone(adoc, o)


def request_content(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act in an infinitive (or a conjunct of one) that completes a verb of asking:
    "called on the state to lead, step up its fight", "called for the bases to be hit"."""
    i = c.token
    if adoc.tokens[i].pos != "VERB":
        return False
    while adoc.tokens[i].dep == "conj" and adoc.tokens[i].head != i:
        i = adoc.tokens[i].head  # the first conjunct carries the link
    t = adoc.tokens[i]
    if t.dep not in ("xcomp", "advcl") or t.head == i:
        return False
    if not any(adoc.tokens[a].text.lower() == "to" for a in _kids(adoc, i, "aux")):
        return False
    gov = adoc.tokens[t.head]
    return gov.pos == "VERB" and _lem(gov) in positions()["request_heads"]
