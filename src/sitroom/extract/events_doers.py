"""Round 14 (issue 15 item 2): acts whose doer, mood or other side makes them no event of
the picture, written as structure (the parse of the act's own clause) plus classes of words
from ``data/event_filters.json`` ("doers"). Each class recurs over the untouched draws P-T of
docs/judgements/events.md ("Round 14"):

- **the actor swapped**: the recipient shown is the subject of the act's own verb ("as he's
  often alleged", the alleger as recipient); a force participle of a headline with its own
  subject and no object ("Businessman jailed for ...": the jailed as actor);
- **not told as done**: an act under "without" ("without a shot being fired"); an act in a
  relative clause of a noun that a negated copula predicates ("was not something she had
  consented to"); a habitual present ("rarely asks");
- **a stance**: a verb of stance in the simple present, in a relative clause of a named
  object or under a verb of saying ("who supports X", "says he opposes");
- **one's own side**: a request, a promise or support made to or by one's own staff, aides
  or surrogates ("urging his senior staff", "aides who applauded him");
- **press relations**: an act whose object is an interview, a debate or a conference call
  ("canceled an interview", "refused to join the debate");
- **words**: a rejection or aid whose object is words ("reject the term", "disavowing
  remarks", "provided him with feedback");
- **no doer**: a verb of force whose subject is a law, a policy or an economic force ("the
  law targets people", "the crisis strikes a city");
- **domestic**: an attack on one's partner or relative, with no organisation, state or group
  among the arguments ("destroys her boyfriend's ...").
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_acts import _head
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("filters")["doers"])


def _recipient_subject(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The recipient is the subject of the trigger's own active verb (or of a passive whose
    auxiliary is a contracted "'s", the parser's reading of "he's alleged")."""
    r = _head(adoc, c.recipient_span)
    if r is None or adoc.tokens[r].head != c.token or r == c.token:
        return False
    dep = adoc.tokens[r].dep
    if dep == "nsubj":
        return True
    aux = [adoc.tokens[a].text.lower() for a in _kids(adoc, c.token, "auxpass", "aux")]
    return (dep == "nsubjpass" and not _kids(adoc, c.token, "agent")  # "'s been called out by"
            and bool(aux) and all(a in _words()["contracted_is"] for a in aux))


def _patient_subject(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A force participle modifying nothing but its own subject, with no object and no agent
    ("Businessman jailed for 13 years"): the subject is the one acted on."""
    v = c.token
    t = adoc.tokens[v]
    return (c.event.type in _words()["patient_types"] and t.dep == "acl"
            and t.tag in ("VBD", "VBN") and bool(_kids(adoc, v, "nsubj"))
            and not _kids(adoc, v, "dobj", "agent", "aux"))


def _without(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The act is reached from "without" through its clause ("without a bullet being
    fired", "without being convicted")."""
    i = c.token
    for _ in range(3):
        t = adoc.tokens[i]
        if t.head == i:
            return False
        h = adoc.tokens[t.head]
        if h.text.lower() in _words()["negating_preps"] and t.dep in ("pcomp", "pobj"):
            return True
        if t.dep not in ("pcomp", "pobj", "acl", "nsubjpass"):
            return False
        i = t.head
    return False


def _denied_frame(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A relative clause of a noun that a negated copula predicates ("it was not something
    she had consented to")."""
    t = adoc.tokens[c.token]
    if t.dep != "relcl":
        return False
    n = adoc.tokens[t.head]
    return n.dep == "attr" and bool(_kids(adoc, n.head, "neg"))


def _habitual(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An active simple present with an adverb of frequency ("rarely asks his allies"): a
    habit, no act ("is regularly condemned by" stays: a passive is often a report)."""
    t = adoc.tokens[c.token]
    return t.tag in ("VBZ", "VBP") and any(
        adoc.tokens[a].text.lower() in _words()["habitual_adverbs"]
        for a in _kids(adoc, c.token, "advmod"))


def _present_stance(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of stance in the simple present, in a relative clause with a named person or
    body as object ("X, who supports Y, said") or in what someone says ("says he opposes gun
    violence"). A body's present support in a main clause ("the delegation supports Y": an
    endorsement) and opposing a motion ("who opposes this motion": a party's act in court)
    stay."""
    v = c.token
    t = adoc.tokens[v]
    if (c.event.type not in _words()["stance_types"] or _lem(t) not in _words()["stance_verbs"]
            or t.tag not in ("VBZ", "VBP") or _kids(adoc, v, "aux", "auxpass")):
        return False
    if t.dep == "relcl":
        return any(adoc.tokens[o].ent_type in ("PERSON", "ORG") for o in _kids(adoc, v, "dobj"))
    from .events_filter import _reporting
    return t.dep == "ccomp" and _lem(adoc.tokens[t.head]) in _reporting()


def _own_staff(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A request, promise or support given to one's own staff ("urging his senior staff",
    "asks surrogates to stump"), or support from it ("aides who applauded him")."""
    w = _words()
    if c.event.type not in w["staff_types"]:
        return False
    heads = [_head(adoc, c.recipient_span), *_kids(adoc, c.token, "dobj")]
    if any(h is not None and _lem(adoc.tokens[h]) in w["staff_nouns"] for h in heads):
        return True
    a = _head(adoc, c.actor_span)
    return (c.event.type in w["staff_doer_types"] and a is not None
            and _lem(adoc.tokens[a]) in w["staff_nouns"])


def _objects(adoc: AnnotatedDoc, v: int) -> list[int]:
    """The direct objects of ``v`` and of its open complements, with their compounds."""
    objs = [o for x in (v, *_kids(adoc, v, "xcomp")) for o in _kids(adoc, x, "dobj")]
    return [k for o in objs for k in (o, *_kids(adoc, o, "compound"))]


def _press(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An interview, a debate or a conference call as the act's object ("canceled a scheduled
    interview", "declined an interview request", "refused to join the debate")."""
    if c.event.type not in _words()["press_types"]:
        return False
    objs = [o for x in (c.token, *_kids(adoc, c.token, "xcomp")) for o in _kids(adoc, x, "dobj")]
    return any(_lem(adoc.tokens[k]) in _words()["press_nouns"]
               or f"{_lem(adoc.tokens[k])} {_lem(adoc.tokens[o])}" in _words()["press_compounds"]
               for o in objs for k in (o, *_kids(adoc, o, "compound")))


def _words_object(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A rejection or aid whose object is words ("reject the term", "disavowing remarks",
    "provided him with feedback")."""
    if c.event.type not in _words()["words_types"]:
        return False
    objs = _objects(adoc, c.token) + [o for p in _kids(adoc, c.token, "prep")
                                      if adoc.tokens[p].text.lower() == "with"
                                      for o in _kids(adoc, p, "pobj")]
    return any(_lem(adoc.tokens[o]) in _words()["word_nouns"] for o in objs)


def _thing_doer(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of force whose subject is a law, a policy or an economic force ("the law
    unfairly targets people", "a crisis strikes the city")."""
    return c.event.type in _words()["force_types"] and any(
        not adoc.tokens[s].ent_type and _lem(adoc.tokens[s]) in _words()["thing_doers"]
        for s in _kids(adoc, c.token, "nsubj"))


def _domestic(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An attack on one's partner or relative (an object that is, or is owned by, a possessed
    relative: "attacked her husband", "destroys her boyfriend's ..."), no organisation,
    state or group among the arguments."""
    if c.event.type not in _words()["domestic_types"]:
        return False
    from .events_filter import _arguments, _party
    kin = _words()["kin_nouns"]
    for o in _kids(adoc, c.token, "dobj"):
        for k in (o, *_kids(adoc, o, "poss", "compound")):
            if _lem(adoc.tokens[k]) in kin and (k != o or _kids(adoc, k, "poss")):
                return not any(_party(adoc, a) for a in _arguments(adoc, c))
    return False


_DOERS: tuple[tuple[Check, str], ...] = (
    (_recipient_subject, "swapped"),
    (_patient_subject, "swapped"),
    (_without, "not done"),
    (_denied_frame, "not done"),
    (_habitual, "habitual"),
    (_present_stance, "stance"),
    (_own_staff, "own side"),
    (_press, "press"),
    (_words_object, "words"),
    (_thing_doer, "no doer"),
    (_domestic, "private"),
)


def doer_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-14 class that makes act ``c`` no event of the picture, or None."""
    return first_reason(_DOERS, adoc, c)
