"""Words, a court's docket and staff sent told as acts (round 21, from the wrong classes of
draw AD that recur in earlier draws; each check run on every judged draw; issue 15 item 2):

* **a complaint with no one accused**: a verb or noun of complaint or concern ("complained of
  too little credit", "expressed concern", "decried the state of things") coded ACCUSE with no
  recipient: an opinion, no one accused ("complained about X's raids" keeps X: the recipient);
* **an agreement on a view**: "agree" with no other party whose only complement is a view or
  an attitude under "on" ("candidates agreed on a moral responsibility", "the party agrees only
  on its opposition"): shared views, no agreement made ("agreed on a ceasefire" stays);
* **a court's docket**: an act of cooperation, aid, support or retreat whose doer is a court
  ("the court agreed to hear cases", "returned a case to the lower courts"): procedure, no act
  with a party; a court's sentence or order stays;
* **a person or a message sent**: a sending coded as aid or a mobilisation whose things sent
  hold no goods, money, envoy or armed force ("sent a former senator as a surrogate",
  "dispatched operatives", "sent him an email", "sent in their request"): staffing or words;
* **an admission**: a verb of admitting coded CONCEDE whose content is a clause ("concedes that
  her peers love the couple"): words, no concession ("conceded the race" stays);
* **a school's discipline**: a suspension or an expulsion from a school, a class or a team
  ("was suspended from school"): no state's sanction ("suspended from the party" stays);
* **a return or a departure of no force**: "return", "leave" or "depart" coded RETREAT with no
  state, people or armed force on either side ("returned to the Senate", "left City Hall on a
  march", donations returned): movement or a thing handed back, no withdrawal of a force.

The word classes live in ``data/event_words.json``."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_base import Candidate, Check, _kids, _lem, event_data, first_reason, frozen_classes


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """``data/event_words.json``: each word class as a frozenset."""
    return frozen_classes(event_data("words"))


def _trigger_words(adoc: AnnotatedDoc, v: int) -> set[str]:
    """The trigger's lemma and that of the noun a light verb takes ("expressed concern")."""
    return {_lem(adoc.tokens[v])} | {_lem(adoc.tokens[o]) for o in _kids(adoc, v, "dobj")}


def lament_alone(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A complaint or a concern with no one accused: a verb, not a complaint "filed" (a formal
    act) nor a noun, and no content clause ("complained that officials protected X" names the
    accused in it)."""
    w = words()
    v = c.token
    if (c.event.type not in w["lament_types"] or c.recipient_span is not None
            or adoc.tokens[v].pos != "VERB" or _kids(adoc, v, "ccomp")
            or _lem(adoc.tokens[v]) in w["formal_verbs"]):
        return False
    return bool(_trigger_words(adoc, v) & w["lament_words"])


def shared_view(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """"agree on" a view, no other party, no act agreed to."""
    w = words()
    v = c.token
    if (c.event.type not in w["view_types"] or c.recipient_span is not None
            or _lem(adoc.tokens[v]) not in w["view_verbs"]
            or _kids(adoc, v, "xcomp", "dobj", "dative")):
        return False
    things = [o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() in w["view_preps"]
              for o in _kids(adoc, p, "pobj")]
    return bool(things) and all(_lem(adoc.tokens[o]) in w["view_nouns"] for o in things)


def court_docket(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act of cooperation or a retreat whose doer is a court."""
    from .events_participants import _head
    w = words()
    a = _head(adoc, c.actor_span)
    return (c.event.type in w["docket_types"] and a is not None
            and _lem(adoc.tokens[a]) in w["court_nouns"])


def _sent_things(adoc: AnnotatedDoc, v: int) -> list[int]:
    """What verb ``v`` sends: its objects, its passive subject, a particle's object, and the
    noun a relative clause of sending describes ("an email she had sent him")."""
    w = words()
    out = _kids(adoc, v, *w["sent_links"])
    out += [o for p in _kids(adoc, v, "prep", "prt") if adoc.tokens[p].text.lower()
            in w["sent_particles"] for o in _kids(adoc, p, "pobj")]
    t = adoc.tokens[v]
    if t.dep in ("relcl", "acl") and t.head != v:
        out.append(t.head)
    return out


def sent_no_aid(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A sending coded as aid or a mobilisation with no goods, money or force sent."""
    from .events_participants import acts
    from .events_roles import _np, _weapon, _words as roles
    w = words()
    v = c.token
    if c.event.type not in w["send_types"] or _lem(adoc.tokens[v]) not in w["send_verbs"]:
        return False
    things = _sent_things(adoc, v)
    if not things:
        return False
    goods, armed = acts()["goods_objects"], roles()["armed_nouns"]
    return not any(adoc.tokens[k].ent_type == "MONEY" or _lem(adoc.tokens[k]) in goods | armed
                   or adoc.tokens[k].text.lower() in goods or _weapon(adoc.tokens[k])
                   for o in things for k in _np(adoc, o))


def admission(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of admitting whose content is a clause, no object."""
    w = words()
    v = c.token
    return (c.event.type in w["admission_types"] and _lem(adoc.tokens[v]) in w["admission_verbs"]
            and bool(_kids(adoc, v, "ccomp")) and not _kids(adoc, v, "dobj", "dative"))


def school_discipline(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A suspension or an expulsion "from" a school, a class or a team."""
    w = words()
    v = c.token
    if c.event.type not in w["discipline_types"]:
        return False
    return any(_lem(adoc.tokens[o]) in w["discipline_places"]
               or adoc.tokens[o].text.lower() in w["discipline_places"]
               for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() == "from"
               for o in _kids(adoc, p, "pobj"))


def unarmed_movement(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A return or a departure, coded RETREAT, of no state, people or armed force."""
    from .events_participants import _head
    from .events_told import _state
    from .events_laws import _tokens_in
    w = words()
    if c.event.type not in w["movement_types"] or _lem(adoc.tokens[c.token]) not in w["movement_verbs"]:
        return False
    if _head(adoc, c.actor_span) is None:
        return False
    return not any(_state(adoc, i) for span in (c.actor_span, c.recipient_span)
                   if span is not None for i in _tokens_in(adoc, span))


_WORDS: tuple[tuple[Check, str], ...] = (
    (lament_alone, "complaint"),
    (shared_view, "shared view"),
    (court_docket, "docket"),
    (sent_no_aid, "staff or words sent"),
    (admission, "admission"),
    (school_discipline, "school discipline"),
    (unarmed_movement, "movement"),
)


def words_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-21 class that makes candidate ``c`` no act (see the module), or None."""
    return first_reason(_WORDS, adoc, c)
