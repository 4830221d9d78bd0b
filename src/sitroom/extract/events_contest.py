"""Round 14, second wave (issue 15 item 2): acts of a political contest, of campaign work
or of press relations coded as PLOVER events, written as structure (the parse of the act's
own clause) plus classes of words from ``data/event_filters.json`` ("contest"). Each class
recurs over the untouched draws P-T of docs/judgements/events.md ("Round 14, second wave"):

- **an electoral contest**: a verb of force whose object, or whose "for" / "in" / "over"
  phrase, is a nomination, a primary, an election, a seat, a vote or a chamber to be won
  ("capture the Senate", "locked up the nomination", "crushed him in the primary",
  "battle for the nomination"), with no weapon named and no verb of killing or wounding;
- **campaign material**: a nominal force trigger that names a strategy, an advert or a
  panel rather than an act ("an attack strategy", "a gun violence panel");
- **a contest of words**: a battle, a fight, a feud or fire turned on someone, between
  named persons, with no weapon named ("the anchor's battles with the candidate", "turns
  her fire on her rival");
- **a visit to a place**: a visit or trip to a place, a building or one's own campaign, no
  one met ("a visit to a border town", "visiting the campaign's offices");
- **a party's own meeting**: a meeting, convention or caucus of one party or group, no one
  else met ("the Democrats' meeting");
- **talk with no one**: a verb of talking by people at large with no one talked to ("people
  are talking about a brokered convention").
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .events_acts import _head
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("filters")["contest"])


def _no_force(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """No weapon named in the act's clause and no verb of killing or wounding."""
    from .events_senses import weapon_cues
    return (_lem(adoc.tokens[c.token]) not in _words()["casualty_verbs"]
            and not weapon_cues(adoc, c.token)[0])


def _contest_objects(adoc: AnnotatedDoc, c: Candidate) -> list[int]:
    """The objects of the trigger (and of its open complements), the objects of its contest
    prepositions, and the recipient's head."""
    w = _words()
    v = c.token
    out = [o for x in (v, *_kids(adoc, v, "xcomp")) for o in _kids(adoc, x, "dobj")]
    out += [o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() in w["contest_preps"]
            for o in _kids(adoc, p, "pobj")]
    r = _head(adoc, c.recipient_span)
    return [*out, r] if r is not None else out


def _electoral(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of force whose object or contest phrase is a thing won in an election."""
    if c.event.type not in _words()["contest_types"]:
        return False
    return any(_lem(adoc.tokens[o]) in _words()["contest_nouns"]
               for o in _contest_objects(adoc, c)) and _no_force(adoc, c)


def _campaign_material(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A nominal force trigger naming campaign material ("attack strategy", "panel")."""
    t = adoc.tokens[c.token]
    return (c.event.type in _words()["contest_types"] and t.pos == "NOUN"
            and _lem(t) in _words()["material_nouns"])


def _person(adoc: AnnotatedDoc, span: tuple[int, int] | None) -> bool:
    """The span's head is a named person or a pronoun of one (no office, no body)."""
    from .events_stance import person
    return person(adoc, _head(adoc, span), office=False)


def _word_battle(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A battle, fight or feud between named persons, or fire turned on someone by a named
    person, with no weapon named: a contest of words."""
    w = _words()
    t = adoc.tokens[c.token]
    from .events_stance import person
    if c.event.type not in w["contest_types"] or t.pos != "NOUN" or not (
            _person(adoc, c.actor_span)
            or any(person(adoc, k, office=False) for k in _kids(adoc, c.token, "poss"))):
        return False
    lemma = _lem(t)
    if lemma in w["battle_nouns"]:
        ok = c.recipient_span is None or _person(adoc, c.recipient_span)
    elif lemma in w["aimed_nouns"]:
        ok = t.dep == "dobj" and _lem(adoc.tokens[t.head]) in w["aiming_verbs"]
    else:
        return False
    return ok and _no_force(adoc, c)


def _visit(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A visit or trip to a place, a building or one's own campaign: no one met."""
    w = _words()
    v = c.token
    if c.event.type not in w["visit_types"] or _lem(adoc.tokens[v]) not in w["visit_words"]:
        return False
    places = [o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() == "to"
              for o in _kids(adoc, p, "pobj")]
    r = _head(adoc, c.recipient_span)
    places += [r] if r is not None else _kids(adoc, v, "dobj")
    return bool(places) and all(
        adoc.tokens[k].ent_type in w["place_ents"]
        or not adoc.tokens[k].ent_type and _lem(adoc.tokens[k]) in w["place_nouns"]
        for k in places)


def _own_meeting(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A meeting, convention or caucus of one party or group, no one else named."""
    w = _words()
    v = c.token
    if (c.event.type not in w["meeting_types"] or c.recipient_span is not None
            or adoc.tokens[v].pos != "NOUN" or _lem(adoc.tokens[v]) not in w["meeting_nouns"]
            or any(adoc.tokens[p].text.lower() in w["meeting_preps"]
                   for p in _kids(adoc, v, "prep"))):
        return False
    a = _head(adoc, c.actor_span)
    return a is not None and not _kids(adoc, a, "conj") and (
        adoc.tokens[a].ent_type == "NORP" or _lem(adoc.tokens[a]) in w["party_nouns"])


def _talk_alone(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb of talking by people at large with no one talked to ("people are talking
    about"; "the two sides have talked" stays: the sides are the parties who met)."""
    w = _words()
    v = c.token
    t = adoc.tokens[v]
    return (c.event.type in w["meeting_types"] and t.pos == "VERB"
            and any(_lem(adoc.tokens[s]) in w["talk_generic_doers"] for s in _kids(adoc, v, "nsubj"))
            and _lem(t) in w["talk_verbs"] and c.recipient_span is None
            and not _kids(adoc, v, "dobj")
            and not any(adoc.tokens[p].text.lower() in w["talk_preps"]
                        for p in _kids(adoc, v, "prep")))


_CONTEST: tuple[tuple[Check, str], ...] = (
    (_electoral, "contest"),
    (_campaign_material, "campaign"),
    (_word_battle, "words"),
    (_visit, "visit"),
    (_own_meeting, "own side"),
    (_talk_alone, "talk"),
)


def contest_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-14 second-wave class that makes act ``c`` no event of the picture, or the
    round-15 class of its participants or its clause (:mod:`.events_roles`), or None."""
    from .events_roles import roles_misfit
    return first_reason(_CONTEST, adoc, c) or roles_misfit(adoc, c)
