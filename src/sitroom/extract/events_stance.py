"""Round 9 (issue 15): acts a user does not count as events of the picture, under the one
standard of docs/judgements/events.md (a pledge or a call is an event only when PLOVER has a
sense for it: a request of someone named, an agreement with someone). Each class was found
judging a fresh draw of real news (draw L) and is written as structure plus words from
``data/event_filters.json`` ("stance"):

- a pledge with no one on the other side ("promised a country of new opportunities",
  "will make an endorsement");
- a call for a policy with no one called on ("called for her messages to be made public",
  "insisted that any package include a delay");
- a forecast: a future or conditional act that is no promise ("he'd sit him down");
- the support or stance of voters ("voters mostly backed X", "voters support a ban");
- thanks ("thanking his supporters"): courtesy, no act of support;
- a contest: one person capturing a state or a city with no armed force in the sentence
  ("X has captured Texas and Oklahoma");
- an acquittal whose accused is shown as its actor ("X was acquitted", "his acquittal");
- a talk with voters; a thing dismissed "as" something; one person voting to do something;
- a rally of someone the document names as a person ("Trump rallies", the name tagged as an
  organisation here and as a person elsewhere).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .actors import actor_noun_kind
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("filters")["stance"])


def named_person(adoc: AnnotatedDoc, i: int | None) -> bool:
    """Token ``i`` is a proper noun that the document tags as (part of) a person's name in
    some mention ("Trump" tagged ORG in "Trump rallies", PERSON in "Donald Trump said")."""
    if i is None:
        return False
    t = adoc.tokens[i]
    if t.ent_type == "PERSON":
        return True
    if t.pos != "PROPN":
        return False
    return any(o.text == t.text and o.ent_type == "PERSON" for o in adoc.tokens)


# pronouns of one person (as events_acts.ONE_PERSON)
_ONE_PERSON = frozenset("him her me he she i his".split())


def person(adoc: AnnotatedDoc, i: int | None, office: bool = True) -> bool:
    """A named person, a pronoun of one, an office holder ("the senator"; not with
    ``office`` False) or a noun in apposition to a name ("the leading candidate, X")."""
    if i is None:
        return False
    t = adoc.tokens[i]
    return (named_person(adoc, i) or t.text.lower() in _ONE_PERSON
            or office and t.tag == "NN" and actor_noun_kind(t) == "person"
            or any(adoc.tokens[a].ent_type == "PERSON" for a in _kids(adoc, i, "appos")))


def named_side(adoc: AnnotatedDoc, i: int | None) -> bool:
    """A person by name or pronoun, or a named body that is no armed force."""
    return i is not None and (person(adoc, i, office=False) or adoc.tokens[i].ent_type == "ORG"
                              and actor_noun_kind(adoc.tokens[i]) != "armed_group")


def _head(adoc: AnnotatedDoc, span: tuple[int, int] | None) -> int | None:
    from .events_acts import _head as head
    return head(adoc, span)


def _one_person(adoc: AnnotatedDoc, c: Candidate) -> bool:
    from .events_filter import _one_person as one
    return one(adoc, c) or named_person(adoc, _head(adoc, c.actor_span))


def _future(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A verb trigger under a future or conditional auxiliary of its own, or the complement
    of an intent word ("plans to", "ready to")."""
    from .events_modality import _future as future
    v = c.token
    if adoc.tokens[v].pos != "VERB":
        return False
    aux = {adoc.tokens[k].text.lower() for k in _kids(adoc, v, "aux")}
    if adoc.tokens[v].tag != "VB":  # "who'd previously endorsed": 'd is "had"
        aux -= _words()["contracted_had"]
    return bool(aux & _words()["forecast_aux"]) or future(adoc, v)


def _pledge(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An agreement with no one on the other side that is promised or pledged."""
    if c.event.type not in _words()["pledge_types"] or c.recipient_span is not None:
        return False
    return _lem(adoc.tokens[c.token]) in _words()["pledge_words"] or _future(adoc, c)


def _policy_call(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A call, a push or an insistence with no one called on."""
    t = adoc.tokens[c.token]
    return (c.event.type in _words()["call_types"] and c.recipient_span is None
            and (_lem(t) in _words()["call_words"] or t.text.lower() in _words()["call_words"]))


def _forecast(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A future or conditional act of a type that is no promise ("he'd sit him down", "the
    group needs to be destroyed" is the obligation rule's), or of a verb of attitude, which
    is no promise under "will" or "would" ("would welcome", "will forgive"; round 12)."""
    words = _words()
    return (c.event.type not in words["promise_types"]
            or _lem(adoc.tokens[c.token]) in words["attitude_words"]) and _future(adoc, c)


def _electorate(adoc: AnnotatedDoc, c: Candidate) -> bool:
    a = _head(adoc, c.actor_span)
    return (a is not None and c.event.type in _words()["electorate_types"]
            and (_lem(adoc.tokens[a]) in _words()["electorate_nouns"]
                 or adoc.tokens[a].text.lower() in _words()["electorate_nouns"]))


def _contest(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """One person capturing a place, with no armed force in the sentence."""
    v = c.token
    if (c.event.type not in _words()["contest_types"]
            or _lem(adoc.tokens[v]) not in _words()["contest_seize_words"]
            or not _one_person(adoc, c)):
        return False
    objs = _kids(adoc, v, "dobj")
    if objs and adoc.tokens[objs[0]].ent_type not in ("GPE", "LOC", ""):
        return False
    sent = adoc.sents[adoc.tokens[v].sent]
    return not any(_lem(t) in _words()["armed_context_words"]
                   or actor_noun_kind(t) == "armed_group"
                   for t in adoc.tokens[sent.start:sent.end])


def _acquitted_actor(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The accused shown as the actor of an acquittal (a passive subject or an owner)."""
    if (c.event.type not in _words()["acquittal_types"]
            or _lem(adoc.tokens[c.token]) not in _words()["acquittal_words"]):
        return False
    a = _head(adoc, c.actor_span)
    if a is None:
        return False
    return adoc.tokens[a].dep in ("nsubjpass", "poss") or adoc.tokens[c.token].tag == "VBN"


def _person_rally(adoc: AnnotatedDoc, c: Candidate) -> bool:
    t = adoc.tokens[c.token]
    if c.event.type != "PROTEST" or t.text.lower() not in _words()["rally_words"]:
        return False
    return _one_person(adoc, c)


def _campaigning(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A talk or a meeting with voters or supporters ("spoke with voters")."""
    r = _head(adoc, c.recipient_span)
    return (c.event.type == "CONSULT" and r is not None
            and _lem(adoc.tokens[r]) in _words()["electorate_nouns"])


def _opinion_as(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """"dismissed the whole kerfuffle as absurd": a judgement of a thing, no rejection of
    someone."""
    v = c.token
    return (_lem(adoc.tokens[v]) in _words()["opinion_as_verbs"]
            and any(adoc.tokens[p].text.lower() == "as" for p in _kids(adoc, v, "prep", "oprd")))


def _vote(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """One person voting to do something ("voted to ban cloning"): a vote on a bill."""
    t = adoc.tokens[c.token]
    return (t.dep == "xcomp" and _lem(adoc.tokens[t.head]) in _words()["vote_heads"]
            and _one_person(adoc, c))


def _courtesy(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Thanks and courtesies ("thanked the volunteers")."""
    return _lem(adoc.tokens[c.token]) in _words()["courtesy_words"]


_STANCE: tuple[tuple[Check, str], ...] = (
    (_pledge, "pledge"),
    (_policy_call, "policy call"),
    (_forecast, "forecast"),
    (_electorate, "voters"),
    (_courtesy, "courtesy"),
    (_contest, "contest"),
    (_acquitted_actor, "swapped"),
    (_person_rally, "one person"),
    (_campaigning, "campaigning"),
    (_opinion_as, "opinion"),
    (_vote, "vote"),
)


def stance(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-9 class that makes act ``c`` no event of the picture, or None."""
    return first_reason(_STANCE, adoc, c)
