"""Who and what an act is done by and to: the word classes of acts
(``data/event_acts.json``, :func:`acts`), the head token of a candidate's span
(:func:`_head`), and the rules of :func:`sitroom.extract.events_acts.not_an_act` that read an
act's participants: an object that is no one ("released a video", :func:`wrong_object`), a
thing that acts or allows (:func:`thing_actor`, :func:`permission`), a foe that is no one
(:func:`abstract_foe`), talk with no partner (:func:`talk`), a company's deal
(:func:`business`), a contest won (:func:`contest`), a campaign rally
(:func:`campaign_event`), harm done to people in general (:func:`generic_recipient`), a
figurative fight (:func:`figurative_struggle`), a claim examined (:func:`fact_check`).
Split from ``events_acts`` in round 17; its names stay importable from there.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc, Token
from . import plover as P
from .actors import actor_noun_kind
from .events_base import FIGURATIVE_HOSTS, SUBJ, Candidate, _kids, _lem, event_data, frozen_classes

REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself yourselves".split())
PERSONAL = frozenset("him her them us me you he she they we i".split())
# pronouns of one person ("they attacked the ship" may be a group of fighters)
ONE_PERSON = frozenset("him her me he she i his".split())
# entity types of someone or somewhere
SOMEONE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@lru_cache(maxsize=1)
def acts() -> dict[str, frozenset[str]]:
    """``data/event_acts.json``: each word class as a frozenset."""
    return frozen_classes(event_data("acts"))


def _head(adoc: AnnotatedDoc, span: tuple[int, int] | None) -> int | None:
    """The token of character ``span`` whose head lies outside it."""
    if span is None:
        return None
    first, last = adoc.token_at(span[0]), adoc.token_at(max(span[0], span[1] - 1))
    for i in range(first, last + 1):
        h = adoc.tokens[i].head
        if h == i or not first <= h <= last:
            return i
    return first


def someone(adoc: AnnotatedDoc, o: int) -> bool:
    """The object at ``o`` is someone or somewhere: a named person, body or place, a
    noun denoting people ("prisoners", "troops") or a personal pronoun."""
    t = adoc.tokens[o]
    return (t.ent_type in SOMEONE_ENTS or t.text.lower() in PERSONAL or t.pos == "NUM"
            or actor_noun_kind(t) is not None or _lem(t) in P.DEFENDED_PLACES)


def wrong_object(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The direct object shows the verb names no act of its type: something released that
    is no one ("released a video", "released it to the press"); something provided that
    is neither goods nor someone ("provided an opening", "providing limited
    information"); something defended that is neither someone nor a place ("defended the
    remark", "defend himself")."""
    words = acts()
    v = c.token
    lemma = _lem(adoc.tokens[v])
    objs = _kids(adoc, v, "dobj")
    if lemma in words["needs_place_or_someone"]:
        if c.recipient_span is None and c.place_span is None:
            return True
        return any(adoc.tokens[o].text.lower() in REFLEXIVES for o in objs)
    t = adoc.tokens[v]
    if not objs and t.tag == "VBN":  # "the footage released by", "the video was released"
        objs = [t.head] if t.dep == "acl" else _kids(adoc, v, "nsubjpass")
    if not objs and t.dep == "relcl" and any(  # "the performance he delivered"
            adoc.tokens[x].tag not in ("WDT", "WP") for x in _kids(adoc, v, "nsubj")):
        objs = [t.head]
    if lemma not in words["needs_someone_object"] or not objs:
        return False
    o = objs[0]
    if adoc.tokens[o].text.lower() in REFLEXIVES:
        return True
    if _lem(adoc.tokens[o]) in words["goods_objects"] or adoc.tokens[o].ent_type == "MONEY" or (
            c.event.type == "CONCEDE"):  # "granted immunity" (events_senses): a pardon
        return False
    return not someone(adoc, o)


def _conflict_noun(adoc: AnnotatedDoc, v: int) -> Token:
    """The trigger at ``v``, or (round 24) the conflict noun a trigger verb takes as its
    object ("has waged a lonely battle": the battle)."""
    t = adoc.tokens[v]
    if t.pos != "VERB":
        return t
    return next((adoc.tokens[o] for o in _kids(adoc, v, "dobj")
                 if _lem(adoc.tokens[o]) in FIGURATIVE_HOSTS), t)


def figurative_struggle(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A conflict noun ("fight", "battle", "war") of a person or a body that is neither a
    state, a nation nor an armed force, with no one fought and nowhere: "their uphill
    battle", "the court fight", "Clinton's fight"; (round 24) or the object of the trigger
    verb ("has waged a lonely battle")."""
    t = _conflict_noun(adoc, c.token)
    if t.pos != "NOUN" or _lem(t) not in FIGURATIVE_HOSTS or c.event.type != "ASSAULT":
        return False
    if c.recipient_span is not None or c.place_span is not None or c.event.place is not None:
        return False
    a = _head(adoc, c.actor_span)
    if a is None:
        return True
    at = adoc.tokens[a]
    return at.ent_type not in ("GPE", "NORP") and actor_noun_kind(at) != "armed_group"


def talk(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Talking or speaking is a consultation only with a partner: "talked with the
    minister", "spoke to the president"; not a speech to an audience ("speaking to
    students", "spoke to reporters") nor talking about something."""
    v = c.token
    if _lem(adoc.tokens[v]) not in acts()["talk_verbs"] or c.event.type != "CONSULT":
        return False
    for x in _kids(adoc, v, *SUBJ):  # "the two leaders discussed", "X and Y talked"
        if _kids(adoc, x, "conj") or adoc.tokens[x].tag in ("NNS", "NNPS") and not any(
                adoc.tokens[k].ent_type == "PERCENT" for k in adoc.children(x)):
            return False
    for p in _kids(adoc, v, "prep"):
        word = adoc.tokens[p].text.lower()
        objs = _kids(adoc, p, "pobj")
        if word == "with" and any(not _thing(adoc, o) for o in objs):
            return False  # not "speak with admiration"
        if word == "to" and any(adoc.tokens[o].ent_type in ("PERSON", "ORG", "GPE", "NORP")
                                for o in objs):
            return False
    return True


def _thing(adoc: AnnotatedDoc, i: int | None) -> bool:
    """The token at ``i`` is a thing: a singular common noun that is no one and no place
    (a plural one is too often people: "experts", "most nations")."""
    if i is None or adoc.doc.language not in ("en", ""):
        return False  # the actor nouns it is told from are English words
    t = adoc.tokens[i]
    return (t.tag == "NN" and not t.ent_type and actor_noun_kind(t) is None
            and _lem(t) not in P.DEFENDED_PLACES and _lem(t) not in P.PROTESTER_NOUNS)


def permission(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Allowing is an act when someone lets someone act: not a thing that allows ("the
    programme allows investors", "policies allowed"), nor letting a thing happen
    ("allowing political correctness to overcome") or someone think ("allowed her staff
    to think")."""
    v = c.token
    if _lem(adoc.tokens[v]) not in acts()["permit_verbs"]:
        return False
    subj = _kids(adoc, v, "nsubj")
    if subj and _thing(adoc, subj[0]):
        return True
    if any(_thing(adoc, o) or adoc.tokens[o].text.lower().endswith(("self", "selves"))
           for o in _kids(adoc, v, "dobj")) or any(  # a that-clause, not "X to cross"
               not any(adoc.tokens[a].text.lower() == "to" for a in _kids(adoc, k, "aux"))
               for k in _kids(adoc, v, "ccomp")):
        return True  # "allow himself to address", "allowed that some might be"
    thoughts = frozenset(w for k in ("cognition", "desire") for w in _no_act_verbs()[k])
    thoughts |= acts()["speech_verbs"] | acts()["talk_verbs"]  # "allowed to speak out"
    return any(_lem(adoc.tokens[x]) in thoughts for x in _kids(adoc, v, "xcomp", "ccomp"))


@lru_cache(maxsize=1)
def _no_act_verbs() -> dict[str, frozenset[str]]:
    return frozen_classes(event_data("filters")["not_event_verbs"])


def abstract_foe(adoc: AnnotatedDoc, v: int) -> bool:
    """Fighting a thing that is no one and nowhere ("fighting climate change", "combat
    corruption"): a policy, no combat."""
    if _lem(adoc.tokens[v]) not in acts()["abstract_foe_verbs"]:
        return False
    objs = _kids(adoc, v, "dobj")
    return bool(objs) and all(_thing(adoc, o) and _lem(adoc.tokens[o]) not in
                              acts()["weapon_subjects"] for o in objs)


def fact_check(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Examining a claim ("examined the statement", "checked his figures"): no
    investigation of anyone."""
    if c.event.type != "ACCUSE" or c.event.mode != "investigate":
        return False
    return any(_lem(adoc.tokens[o]) in acts()["checked_words"]
               or adoc.tokens[o].text.lower() in acts()["checked_words"]
               for o in _kids(adoc, c.token, "dobj", "nsubjpass"))


def business(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A company's deal coded as seizure or release: taking over obligations, handing
    over the management of a park, the takeover of a firm."""
    if c.event.mode not in ("seize", "release"):
        return False
    v = c.token
    objs = _kids(adoc, v, "dobj", "nsubjpass") + [
        o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() == "of"
        for o in _kids(adoc, p, "pobj")]
    return any(_lem(adoc.tokens[o]) in acts()["business_objects"] for o in objs)


def thing_actor(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A thing shown helping, supporting, agreeing or allowing ("a policy helping
    Republicans", "the data support the claim"): no one acts."""
    if c.event.type not in acts()["cooperation_types"]:
        return False
    subj = _kids(adoc, c.token, "nsubj")
    if not subj or _lem(adoc.tokens[subj[0]]) in acts()["speech_nouns"] | acts()["voice_nouns"]:
        return False  # "a Times article hailed Trump": the paper speaks
    a = _head(adoc, c.actor_span)
    if a is not None and a != subj[0]:
        return False  # the actor found is someone else (a dateline misparsed as the subject)
    return _thing(adoc, subj[0]) and not _kids(adoc, subj[0], "poss")


def contest(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Beating a rival in an election or a game ("Sanders crushed Clinton in the
    primary", "you're not going to beat her by attacking him", "captured 1,944
    delegates"): a word of contest in the sentence, or one named person beating another."""
    v = c.token
    if _lem(adoc.tokens[v]) not in acts()["contest_verbs"] or c.event.type not in (
            "ASSAULT", "COERCE"):
        return False
    sent = adoc.tokens[v].sent
    words = acts()["contest_words"]
    if any(t.sent == sent and (_lem(t) in words or t.text.lower() in words)
           for t in adoc.tokens[max(0, v - 40):v + 40]):
        return True
    objs = _kids(adoc, v, "dobj")
    subj = _kids(adoc, v, "nsubj")
    return (bool(objs) and adoc.tokens[objs[0]].ent_type == "PERSON"
            and (not subj or adoc.tokens[subj[0]].ent_type == "PERSON"
                 or adoc.tokens[subj[0]].text.lower() in ("you", "we", "i")))


def campaign_event(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A rally held by one person is a campaign event ("Trump's rally", "the senator
    opened a rally"), no protest."""
    v = c.token
    if c.event.type != "PROTEST" or _lem(adoc.tokens[v]) not in acts()["campaign_events"]:
        return False
    a = _head(adoc, c.actor_span)
    if a is None:
        return False
    at = adoc.tokens[a]
    return (at.ent_type == "PERSON" or at.text.lower() in ONE_PERSON
            or actor_noun_kind(at) == "person")


def generic_recipient(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Harm done to people in general ("Muslims shooting people", "people are being
    killed", "doesn't use it to prosecute people"): no event; "killed 12 people" is."""
    if c.event.type not in ("ASSAULT", "COERCE", "ACCUSE"):
        return False
    r = _head(adoc, c.recipient_span)
    if r is None:
        return False
    rt = adoc.tokens[r]
    return (rt.text.lower() in acts()["generic_actors"]
            and not _kids(adoc, r, "nummod", "det", "amod", "poss", "compound", "prep", "acl",
                          "relcl"))
