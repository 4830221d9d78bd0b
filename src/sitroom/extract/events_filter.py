"""Which event candidates are events of the picture: not a complement already coded, not in a
question, not figurative, naming an act rather than a report, a thought or a wish
(``data/event_filters.json``), and with someone or somewhere taking part."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .. import lexicon
from ..model import ActorMention, AnnotatedDoc
from . import plover as P
from .actors import actor_noun_kind
from .events_base import (
    FIGURATIVE_HOSTS,
    Candidate,
    _kids,
    _lem,
    event_data,
)
from .events_modality import _question
from .events_senses import _verb_sense

FIRST_PERSON = frozenset({"i", "we", "you"})
OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
MODEL_NAME = "event_filter_model.json"
# round 22: the opt-in precise mode (``SITROOM_EVENT_FILTER=precise``): the refit of
# ``sitroom train events --precise`` (docs/quality.md "Round 22, second wave")
PRECISE_NAME = "event_filter_model_precise.json"
# round 23: the opt-in balanced mode (``SITROOM_EVENT_FILTER=balanced``): the refit whose guard
# adds the acts told as done in the past (docs/quality.md "Round 23")
BALANCED_NAME = "event_filter_model_balanced.json"
FILTER_ENV = "SITROOM_EVENT_FILTER"
FILTER_FILES = {"default": MODEL_NAME, "precise": PRECISE_NAME, "balanced": BALANCED_NAME}


def _figurative(adoc: AnnotatedDoc, v: int) -> bool:
    """True for a conflict noun used figuratively: its "of"/"on" object or noun modifier is
    a common noun that is neither an actor nor a place ("war of words", "battle of wits",
    "war on drugs", "price war")."""
    t = adoc.tokens[v]
    if t.pos != "NOUN" or _lem(t) not in FIGURATIVE_HOSTS:
        return False
    objs = [o for p in _kids(adoc, v, "prep") if adoc.tokens[p].text.lower() in ("of", "on")
            for o in _kids(adoc, p, "pobj")]
    objs += [c for c in _kids(adoc, v, "compound") if c < v]
    return any(adoc.tokens[o].pos == "NOUN" and not adoc.tokens[o].ent_type
               and actor_noun_kind(adoc.tokens[o]) is None
               and _lem(adoc.tokens[o]) not in P.DEFENDED_PLACES for o in objs)


@lru_cache(maxsize=1)
def _filters() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str],
                        frozenset[tuple[str, str]]]:
    """``data/event_filters.json``: (verbs that report, think or wish; opinion verbs and the
    dependents that make them acts; nouns that are no acts; figurative verb + word pairs)."""
    raw = _raw()
    verbs = frozenset(w for group in raw["not_event_verbs"].values() for w in group)
    opinion = {k: frozenset(v) for k, v in raw["opinion_unless"].items()}
    return (verbs, opinion, frozenset(raw["not_event_nouns"]),
            frozenset((a, b) for a, b in raw["idioms"]))


def _raw() -> dict:
    return event_data("filters")


@lru_cache(maxsize=1)
def _cognition() -> frozenset[str]:
    return frozenset(_raw()["not_event_verbs"]["cognition"])


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    """The verbs of saying alone: "said officials should release" makes a demand, "thinks
    the video should be released" an opinion."""
    return frozenset(_raw()["not_event_verbs"]["reporting"])


def _demand(adoc: AnnotatedDoc, v: int) -> bool:
    """A complement in the subjunctive or under "must"/"should" ("insist that the
    government raise wages"): the reporting verb makes a demand of someone other than
    the speaker; under a modal, only when the complement is an act (a PLOVER verb)."""
    for k in _kids(adoc, v, "ccomp"):
        subj = [adoc.tokens[x].text.lower() for x in _kids(adoc, k, "nsubj", "nsubjpass")]
        if subj and subj[0] in FIRST_PERSON:
            continue  # "I must tell you": the speaker's own duty
        aux = [adoc.tokens[a].text.lower() for a in _kids(adoc, k, "aux", "auxpass")]
        if set(aux) & P.OBLIGATION_AUX:
            if _verb_sense(adoc, k) is not None:  # "voters shouldn't lose ...": an opinion
                return True
            continue
        subj = [adoc.tokens[x].tag for x in _kids(adoc, k, "nsubj")]
        bare = adoc.tokens[k].tag == "VB" or (  # "that the government raise": no agreement
            adoc.tokens[k].tag == "VBP" and subj and subj[0] in ("NN", "NNP"))
        if bare and not aux:
            return True
    return False


def _no_act(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """True when the trigger names no act (``data/event_filters.json``): a verb of
    reporting, thinking or wishing coded on its own ("insisted", "decided", "hopes"; not
    "announced the arrest", where the object is the event); an opinion verb without what
    makes it an act ("agreed that ...", not "agreed to talks"); a noun naming a plan or a
    quality ("Trump's proposals", "her support"); a figurative pair ("shooting itself in
    the foot", "occupies a position", "seized on a claim")."""
    verbs, opinion, nouns, idioms = _filters()
    t = adoc.tokens[c.token]
    lemma = _lem(t)
    alone = c.event.end <= t.end
    if t.pos == "NOUN":
        return alone and lemma in nouns
    if t.pos != "VERB":
        return False
    if alone and lemma in _cognition() and _kids(adoc, c.token, "ccomp"):
        return True  # "thinks the video should be released": an opinion, not a demand
    if alone and lemma in verbs and c.complement is None and not (
            lemma in _reporting() and (c.event.mode == "yield" or _demand(adoc, c.token))):
        return True  # "said that Iran must release ...": the demand is an act
    deps = set()
    for k in adoc.children(c.token):
        kt = adoc.tokens[k]
        deps.add(kt.dep)
        if kt.dep in ("prep", "prt", "agent"):
            deps.add(f"prep:{kt.text.lower()}")
        word = _lem(kt) if kt.dep in ("dobj", "npadvmod") else kt.text.lower()
        if kt.dep == "dobj" and word in ("one", "some", "part", "any"):
            po = [_lem(adoc.tokens[o]) for p in _kids(adoc, k, "prep")
                  if adoc.tokens[p].text.lower() == "of" for o in _kids(adoc, p, "pobj")]
            word = po[0] if po else word  # "occupies one of the key positions"
        if (lemma, word) in idioms and not any(  # "seized on a claim", not "on Friday"
                adoc.tokens[o].ent_type in ("DATE", "TIME") for o in _kids(adoc, k, "pobj")):
            return True
        if kt.dep == "prep":
            if any((lemma, _lem(adoc.tokens[o])) in idioms for o in _kids(adoc, k, "pobj")):
                return True
    return lemma in opinion and not deps & opinion[lemma]


def _reportable(adoc: AnnotatedDoc, c: Candidate, embedded: set[int]) -> bool:
    """True when candidate ``c`` is an event of its own for a report: not the complement
    another trigger already coded ("refused to accept", "committed to sending"), not in a
    question, not figurative, naming an act (:func:`_no_act`), and with someone or
    somewhere taking part."""
    if c.weak or c.token in embedded or _question(adoc, c.token) or _figurative(adoc, c.token):
        return False
    if _no_act(adoc, c):
        return False
    return c.grounded or c.event.type == "PROTEST" and c.event.place is not None


@lru_cache(maxsize=1)
def _analyst() -> dict[str, frozenset[str]]:
    """``data/event_filters.json`` "analyst": the round-7 requirements, as frozensets."""
    return {k: frozenset(v) for k, v in _raw()["analyst"].items() if not k.startswith("_")}


def _goods(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """Aid with goods named ("providing aid", "granted asylum", "sent weapons")."""
    from .events_acts import acts
    goods = acts()["goods_objects"]
    v = c.token
    words = list(range(v + 1, adoc.token_at(max(c.event.start, c.event.end - 1)) + 1))
    words += _kids(adoc, v, "dobj", "attr", "oprd")
    words += [o for p in _kids(adoc, v, "prep") for o in _kids(adoc, p, "pobj")]
    return any(_lem(adoc.tokens[w]) in goods or adoc.tokens[w].ent_type == "MONEY" for w in words)


def _one_person(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """The actor is one person: a named person, a pronoun of one, or a singular noun of a
    person ("the senator")."""
    from .events_acts import ONE_PERSON, _head
    a = _head(adoc, c.actor_span)
    if a is None:
        return False
    at = adoc.tokens[a]
    return (at.ent_type == "PERSON" or at.text.lower() in ONE_PERSON
            or at.tag in ("NN", "NNP") and actor_noun_kind(at) == "person")


def unfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """Why candidate ``c``, an act, is still no event of the picture (``data/
    event_filters.json`` "analyst"), or None: not realis ("would attack", "did not
    attack", "denied that troops crossed": the denial, if any, is a statement of the
    claims); a type of words or cooperation with no actor ("Clinton was criticized"); a
    type done for someone with no one ("backs tougher regulations", "helped with the
    effort"; aid with goods stays: "providing aid"); remembering ("recalled him saying");
    a cause ("fought for our rights"); a protest of one person ("Trump's rally", "she
    marched")."""
    rules = _analyst()
    ev = c.event
    if ev.certainty in rules["unreal_certainties"] or ev.polarity == "negative":
        return "unreal"
    if (c.actor_span is None and ev.type in rules["actor_needed_types"]
            and ev.mode not in rules["actor_optional_modes"]):
        return "no actor"
    if (c.recipient_span is None and ev.type in rules["recipient_needed_types"]
            and not (ev.type == "AID" and _goods(adoc, c))):
        return "no recipient"
    lemma = _lem(adoc.tokens[c.token])
    if c.recipient_span is None and ev.type == "AGREE" and lemma in rules["agree_recipient_verbs"]:
        return "no recipient"  # "proposes doing away with the mandate", "accepted donations"
    if lemma in rules["recall_verbs"] and not any(
            _lem(adoc.tokens[o]) in P.DIPLOMATIC_OBJECTS for o in _kids(adoc, c.token, "dobj")):
        return "memory"  # "recalled Mr. Obama talking about", not "recalled its ambassador"
    if ev.type == "ASSAULT" and lemma in rules["cause_fight_verbs"] and any(
            adoc.tokens[p].text.lower() == "for" for p in _kids(adoc, c.token, "prep")):
        return "cause"  # "fought for our right to bear arms"
    if (ev.type == "PROTEST" and (ev.mode is None or ev.mode in rules["one_person_protest_modes"])
            and _one_person(adoc, c)):
        return "one person"
    from .events_figures import figurative_sense
    why = private_act(adoc, c) or no_agent_act(adoc, c) or figurative_sense(adoc, c)
    if why is not None:
        return why
    from .events_contest import contest_misfit
    from .events_dealings import dealing
    from .events_doers import doer_misfit
    from .events_plans import planned
    from .events_stance import stance
    # round 8: meetings with no one met, quotation tags, ...; round 9: pledges, policy
    # calls, forecasts, voters, contests, acquittals; round 13: positions on policies,
    # prices and sales, family affairs, claims rejected, hoaxes; round 14: the doer of the
    # act's own clause, habits, stances, one's own staff, press relations, words; second
    # wave: electoral contests, campaign material, visits, a party's own meeting
    return (planned(adoc, c) or stance(adoc, c) or dealing(adoc, c) or doer_misfit(adoc, c)
            or contest_misfit(adoc, c))


# ------------------------------------------------- acts with no political party (round 11)

# entity types and actor-noun kinds of a political party (not a person alone)
PARTY_ENTS = frozenset({"ORG", "GPE", "NORP"})
PARTY_KINDS = frozenset({"state", "armed_group", "organisation", "group"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# a state's or an armed group's act is political even towards customers or users (round 11b)
STATE_ENTS = frozenset({"GPE", "NORP"})
STATE_KINDS = frozenset({"state", "armed_group"})


@lru_cache(maxsize=1)
def _private() -> dict[str, frozenset[str]]:
    """``data/event_filters.json`` "private": the round-11 classes, as frozensets."""
    return {k: frozenset(v) for k, v in _raw()["private"].items()
            if not k.startswith("_") and k != "rise_verbs"}


def _party(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` (with its appositions, compounds and owner) names an organisation, a
    state, a nation or an armed or organised group: a political party of PLOVER (a
    relative, a doctor or a congregation is none)."""
    private = _private()["private_nouns"]
    for k in [i, *_kids(adoc, i, "appos", "compound", "poss")]:
        t = adoc.tokens[k]
        if _lem(t) in private:  # "a doctor": a group noun of the lexicon, no party
            continue
        if t.ent_type in PARTY_ENTS or actor_noun_kind(t) in PARTY_KINDS:
            return True
    return False


def _arguments(adoc: AnnotatedDoc, c: Candidate) -> list[int]:
    """The heads of the event's actor and recipient and of the trigger's subject, object,
    prepositional objects and (for a relative clause or a participle) the noun it modifies."""
    from .events_acts import _head
    v = c.token
    heads = [_head(adoc, c.actor_span), _head(adoc, c.recipient_span)]
    heads += _kids(adoc, v, "nsubj", "nsubjpass", "dobj", "poss")
    heads += [o for p in _kids(adoc, v, "prep", "agent") for o in _kids(adoc, p, "pobj")]
    if adoc.tokens[v].dep in ("relcl", "acl"):
        heads.append(adoc.tokens[v].head)
    return [h for h in heads if h is not None]


def private_act(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """Why candidate ``c`` is an act with no political party (``data/event_filters.json``
    "private"), or None: harm done to oneself ("killed himself"; a suicide attack stays:
    "blew herself up"); aid, backing or a meeting within one's own side ("financing its
    military", "meeting his fellow commanders"); a private act of words or cooperation (a
    relative, a doctor, a congregation or a ceremony, and no organisation, state or group
    in the clause: "a doctor agreed to operate", "met her godson", "paying tribute"); a
    product released or offered ("released the phone")."""
    rules = _private()
    ev, v = c.event, c.token
    t = adoc.tokens[v]
    lemma = _lem(t)
    objs = _kids(adoc, v, "dobj")
    if ev.type in rules["self_types"] and lemma not in rules["self_attack_verbs"] and any(
            adoc.tokens[o].text.lower() in rules["self_objects"] for o in objs):
        return "self"
    if ev.type in rules["own_side_types"] and c.recipient_span is not None:
        from .events_acts import _head
        r = _head(adoc, c.recipient_span)
        if r is not None and (
                adoc.tokens[r].dep == "poss" and adoc.tokens[r].text.lower() in POSSESSIVES
                or any(_lem(adoc.tokens[m]) in rules["own_side_words"]
                       for m in _kids(adoc, r, "amod"))):
            return "own side"
    args = _arguments(adoc, c)
    if ev.type in rules["private_types"] and not any(_party(adoc, a) for a in args):
        sent = adoc.sents[t.sent]
        nouns = [a for x in args for a in (x, *_kids(adoc, x, "appos"))]
        if any(_lem(adoc.tokens[a]) in rules["private_nouns"] for a in nouns) or any(
                _lem(adoc.tokens[k]) in rules["ceremony_words"]
                for k in range(sent.start, sent.end)):
            return "private"
    if ev.type in rules["product_types"] and any(
            adoc.tokens[o].ent_type in rules["product_ents"] for o in objs):
        return "product"
    if ev.type in rules["deal_types"] and any(  # "helped the firm structure a sale"
            _lem(adoc.tokens[o]) in rules["deal_objects"]
            for x in [v, *_kids(adoc, v, "xcomp", "ccomp")] for o in _kids(adoc, x, "dobj")):
        return "business"
    return _figure_of_speech(adoc, c, args)


def _figure_of_speech(adoc: AnnotatedDoc, c: Candidate, args: list[int]) -> str | None:
    """A verb of force used of numbers or of geography: a quantity that "shot up" (no
    object, no one who shoots), a region or circumstances "surrounding" something (no
    organisation, state, group or armed force in the clause)."""
    rules = _private()
    v = c.token
    lemma = _lem(adoc.tokens[v])
    prts = {adoc.tokens[k].text.lower() for k in _kids(adoc, v, "prt")}
    subj = [adoc.tokens[k].text.lower() for k in _kids(adoc, v, "nsubj")]
    if (any(a == lemma and b in prts for a, b in _pairs("rise_verbs"))
            and not _kids(adoc, v, "dobj") and not (set(subj) & rules["rise_subjects_not"])
            and not any(_party(adoc, a) for a in args)):
        return "rise"
    if lemma in rules["armed_verbs"] and not any(_party(adoc, a) for a in args):
        sent = adoc.sents[adoc.tokens[v].sent]
        armed = _raw()["stance"]["armed_context_words"]
        if not any(adoc.tokens[k].text.lower() in armed for k in range(sent.start, sent.end)):
            return "geography"
    return None


# ------------------------------------------- no doer, no act, a claim denied (round 11b)

@lru_cache(maxsize=1)
def _no_agent() -> dict[str, frozenset[str]]:
    """``data/event_filters.json`` "no_agent": the classes of the second wave, as frozensets."""
    return {k: frozenset(v) for k, v in _raw()["no_agent"].items() if not k.startswith("_")}


def _doers(adoc: AnnotatedDoc, c: Candidate) -> list[int]:
    """The heads of the event's actor, of the trigger's subject and of its passive agent."""
    from .events_acts import _head
    v = c.token
    heads = [_head(adoc, c.actor_span), *_kids(adoc, v, "nsubj")]
    heads += [o for p in _kids(adoc, v, "agent") for o in _kids(adoc, p, "pobj")]
    return [h for h in heads if h is not None]


def no_agent_act(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """Why candidate ``c`` is no act of a political party (``data/event_filters.json``
    "no_agent"), or None: a verb of force whose doer is an animal, a machine, an image or
    a force of nature ("besieged by a bear", "turbines killed bats"); a medical noun ("a
    cardiac arrest"); a force or mobilisation verb whose object is a quality ("mustered
    zeal", "pulls out a win"); an imperative of the first person ("allow me to ..."); a
    denial of a claim coded REJECT ("denies the story", "refuted the report"; a denial
    that an act happened stays, as a refusal does: "denied them entry", "denied land for a temple"); a firm's dealings with its customers, suppliers or users
    ("asked its suppliers"); an interview ("spoke with reporters")."""
    rules = _no_agent()
    ev, v = c.event, c.token
    t = adoc.tokens[v]
    lemma = _lem(t)
    if ev.type in rules["force_types"]:
        if any(not adoc.tokens[h].ent_type and _lem(adoc.tokens[h]) in rules["non_agent_nouns"]
               for h in _doers(adoc, c)):
            return "no doer"
        if t.pos == "NOUN" and any(adoc.tokens[m].text.lower() in rules["medical_modifiers"]
                                   for m in _kids(adoc, v, "amod", "compound")):
            return "medical"
        if any(_lem(adoc.tokens[o]) in rules["quality_objects"] for o in _kids(adoc, v, "dobj")):
            return "quality"
    opens = v > 0 and adoc.tokens[v - 1].text in OPEN_QUOTES  # writing "Allow me to ..."
    if (t.pos == "VERB" and t.tag == "VB" and (t.dep == "ROOT" or opens)
            and not _kids(adoc, v, "nsubj", "aux")
            and any(adoc.tokens[o].text.lower() in rules["first_person_objects"]
                    for o in _kids(adoc, v, "dobj"))):
        return "figure of speech"
    args = [a for x in _arguments(adoc, c) for a in (x, *_kids(adoc, x, "conj"))]
    if ev.type in rules["business_types"] and any(
            _lem(adoc.tokens[a]) in rules["business_parties"] for a in args) and not any(
            adoc.tokens[a].ent_type in STATE_ENTS or actor_noun_kind(adoc.tokens[a]) in STATE_KINDS
            or _lem(adoc.tokens[a]) in rules["business_not_with"]
            for a in args):  # a ministry suspending accounts is censorship
        return "business"  # "asked its suppliers", "suspends accounts"
    if ev.type in rules["press_types"] and any(
            _lem(adoc.tokens[k]) in rules["press_parties"]
            for a in args for k in (a, *(_kids(adoc, a, "compound", "appos")
                                         if adoc.tokens[a].pos == "PROPN" else ()))):
        return "interview"  # "spoke with reporters", "with senior writer X" (round 12)
    if (ev.type in rules["claim_types"] and lemma in rules["claim_verbs"] and t.pos == "VERB"
            and (_kids(adoc, v, "nsubj") or t.dep == "xcomp" and _kids(adoc, t.head, "nsubj"))
            ):  # someone denies, "continued to refute" (not "an area disputed by")
        objs = _kids(adoc, v, "dobj")
        if (any(_lem(adoc.tokens[o]) in rules["claim_objects"] or adoc.tokens[o].pos == "VERB"
                for o in objs)
                or not objs and not _kids(adoc, v, "nsubjpass", "dative", "ccomp", "xcomp")):
            # "denies the story", "X denies"; a denial of an act ("denied that its helicopters
            # had fired") stays: it is what a dispute between reports is made of
            return "claim denied"
    return None


@lru_cache(maxsize=4)
def _pairs(key: str) -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _raw()["private"][key])


# ------------------------------------------------- the learned filter (round 10)


@lru_cache(maxsize=2)
def _model_file(name: str) -> dict:
    return json.loads((resources.files("sitroom") / "data" / name).read_text(encoding="utf-8"))


def _model() -> dict:
    """``data/event_filter_model.json``: the words of the features ("words"), the weights
    and the threshold of the learned filter (``sitroom train events`` writes them)."""
    return _model_file(MODEL_NAME)


def filter_mode() -> str:
    """The event filter setting ``SITROOM_EVENT_FILTER``: "default" (unset or empty: the
    round-10 filter) or "precise" (round 22: the refit, higher precision on blind draws,
    fewer right events kept; docs/quality.md "Round 22, second wave") or "balanced" (round
    23: the refit that leaves the acts told as done in the past to the rules)."""
    mode = (os.environ.get(FILTER_ENV) or "default").strip().lower()
    if mode not in FILTER_FILES:
        from ..errors import InputError
        raise InputError(FILTER_ENV, f"unknown event filter {mode!r}",
                         "set SITROOM_EVENT_FILTER to " + " or ".join(FILTER_FILES))
    return mode


def active_model() -> dict:
    """The model the extract stage applies: :func:`_model`, or the precise one
    (``data/event_filter_model_precise.json``) when ``SITROOM_EVENT_FILTER=precise``."""
    return _model_file(FILTER_FILES[filter_mode()])


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    w = {k: frozenset(v) for k, v in _model()["words"].items()}
    return {**w, "reporting": lexicon.words("reporting_verbs", "event_training")}


def _kind(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...], idx: int | None,
          text: str | None) -> str:
    """The kind of an argument: none, a pronoun, or the actor mention's kind."""
    if text is None:
        return "none"
    if text.lower() in _words()["personal"]:
        return "pronoun"
    if idx is None or not 0 <= idx < len(actors):
        return "np"
    return actors[idx].kind


def _in_quote(adoc: AnnotatedDoc, v: int) -> bool:
    """An odd number of quotation marks between the sentence start and the trigger."""
    sent = adoc.sents[adoc.tokens[v].sent]
    before = adoc.text[sent.start_char:adoc.tokens[v].idx]
    return sum(ch in _words()["quote_marks"] for ch in before) % 2 == 1


def _governors(adoc: AnnotatedDoc, v: int, limit: int = 4) -> list[int]:
    out, i = [], v
    for _ in range(limit):
        h = adoc.tokens[i].head
        if h == i:
            break
        out.append(h)
        i = h
    return out


# the features found by a guard's own walk of the parse and the actor chains (rounds 21-23):
# computed only when the model applied reads them (:func:`model_reads`)
GUARD_FEATURES = ("clear_act", "party_act", "done_act")


def model_reads(m: dict) -> frozenset[str]:
    """Round 23: the features of :data:`GUARD_FEATURES` that model ``m`` reads, in its guard
    or its weights (the round-10 model reads neither)."""
    return frozenset(f for f in GUARD_FEATURES if f in m.get("guard", ()) or f in m["weights"])


def features(adoc: AnnotatedDoc, c: Candidate, actors: tuple[ActorMention, ...],
             wanted: frozenset[str] | None = None) -> tuple[str, ...]:
    """The feature names of candidate ``c`` (sorted, no repeats). Round 23: ``wanted`` the
    features of :data:`GUARD_FEATURES` to compute (None: all of them, as the trainer reads
    them); the others are left out, not computed."""
    ev, v = c.event, c.token
    t = adoc.tokens[v]
    f = {"bias", f"type:{ev.type}", f"tm:{ev.type}/{ev.mode}", f"quad:{ev.quad_class}",
         f"cert:{ev.certainty}", f"pol:{ev.polarity}", f"pos:{t.pos}", f"tag:{t.tag}",
         f"dep:{t.dep}", f"lemma:{_lem(t)}", f"tl:{ev.type}/{_lem(t)}",
         f"actor:{_kind(adoc, actors, ev.actor, ev.actor_text)}",
         f"recip:{_kind(adoc, actors, ev.recipient, ev.recipient_text)}",
         f"place:{ev.place is not None}", f"date:{ev.date_source}",
         f"multi:{ev.end - ev.start > len(t.text)}", f"depth:{min(c.depth, 4)}"}
    aux = {adoc.tokens[a].text.lower() for a in _kids(adoc, v, "aux", "auxpass")}
    modals = _words()["modals"]
    for m in aux & modals:
        f.add(f"modal:{m}")
    f.add(f"modal:{bool(aux & modals)}")
    if "to" in aux:
        f.add("infinitive")
    if _kids(adoc, v, "neg"):
        f.add("neg")
    if _in_quote(adoc, v):
        f.add("quoted")
    for k in _kids(adoc, v, "mark", "advmod"):
        w = adoc.tokens[k].text.lower()
        if w in _words()["subordinators"]:
            f.add(f"mark:{w}")
    govs = _governors(adoc, v)
    if govs:
        g = adoc.tokens[govs[0]]
        f.add(f"gov:{g.pos}")
        if _lem(g) in _words()["reporting"]:
            f.add("gov:report")
    if any(_lem(adoc.tokens[g]) in _words()["reporting"] for g in govs):
        f.add("under_report")
    sent = adoc.sents[t.sent]
    if not sent.text.rstrip().endswith((".", "?", "!", '"', "”", "'")):
        f.add("headline")
    subj = _kids(adoc, v, "nsubj", "nsubjpass")
    if subj:
        s = adoc.tokens[subj[0]]
        if s.tag == "NNS" and not s.ent_type and not _kids(adoc, subj[0], "det", "poss",
                                                                "nummod", "compound"):
            f.add("generic_subject")
        f.add(f"subj:{s.pos}")
    else:
        f.add("subj:none")
    if _kids(adoc, v, "dobj"):
        f.add("object")
    if c.complement is not None:
        f.add("complement")
    f |= _shape(adoc, c, actors)
    f |= _mood(adoc, c)
    if wanted is None or "clear_act" in wanted:
        from .events_filter_guard import clear_act
        if clear_act(adoc, c, _words(), actors):
            f.add("clear_act")  # round 21: a clear act of a named doer (a model's guard may name it)
    if wanted is None or "party_act" in wanted:
        from .events_filter_party import party_act
        if party_act(adoc, c, _words()["modals"], actors):
            f.add("party_act")  # round 22: an act of an unnamed party, told as done
    if wanted is None or "done_act" in wanted:
        from .events_filter_done import done_act
        if done_act(adoc, c, _words()["modals"], _words()):
            f.add("done_act")  # round 23: an act told as done in the past, a party taking part
    return tuple(sorted(f))


# the morphological features of the trigger the filter reads (round 15)
MORPH_KEYS = ("Tense", "Aspect", "Mood", "VerbForm", "Number")


def _mood(adoc: AnnotatedDoc, c: Candidate) -> set[str]:
    """Genre-neutral features added in round 15: the trigger's tense, aspect, mood and verb
    form (``morph:Tense=Past``), a perfect, a progressive or a "do" auxiliary, the entity
    type (or part of speech) of the actor's and the recipient's head (``nea:PERSON``,
    ``ner:none``), and the sentence's place in the document (``sent:0`` the first)."""
    from .events_acts import _head
    v = c.token
    t = adoc.tokens[v]
    f = {f"morph:{kv}" for kv in t.morph.split("|") if kv.split("=")[0] in MORPH_KEYS}
    aux = {_lem(adoc.tokens[a]) for a in _kids(adoc, v, "aux", "auxpass")}
    if "have" in aux:
        f.add("perfect")
    if "be" in aux and t.tag == "VBG":
        f.add("progressive")
    if "do" in aux:
        f.add("do_support")
    for name, span in (("a", c.actor_span), ("r", c.recipient_span)):
        h = _head(adoc, span)
        if h is None:
            f.add(f"ne{name}:none")
        else:
            ht = adoc.tokens[h]
            f.add(f"ne{name}:{ht.ent_type or ('PROPN' if ht.pos == 'PROPN' else ht.pos)}")
    s = t.sent
    f.add(f"sent:{s}" if s < 3 else "sent:3-9" if s < 10 else "sent:10+")
    return f | _named(adoc, c)


# the entity types of a named participant (round 18)
NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named(adoc: AnnotatedDoc, c: Candidate) -> set[str]:
    """Round 18: which participants are named (their head a person, organisation, state or
    people entity, or a proper noun): ``named:actor``, ``named:recipient``, ``named:both``
    (two named sides: the shape of a clear act of one party on another), ``named:none``,
    and ``party:material`` for a material act (of conflict or cooperation) whose doer is named
    or a noun of a party ("the rebels", "the army"); round 19: ``party:verbal_conflict``
    (a demand, an accusation, a refusal, a threat) and ``party:verbal_cooperation`` for an
    act in words of such a doer."""
    from .events_acts import _head
    named = []
    for span in (c.actor_span, c.recipient_span):
        h = _head(adoc, span)
        named.append(h is not None and (adoc.tokens[h].ent_type in NAMED_ENTS
                                        or adoc.tokens[h].pos == "PROPN"))
    f = {"named:none"} if not any(named) else {"named:both"} if all(named) else set()
    f |= {f"named:{side}" for side, n in zip(("actor", "recipient"), named) if n}
    doer = _head(adoc, c.actor_span)
    party = named[0] or (doer is not None and actor_noun_kind(adoc.tokens[doer]) in PARTY_KINDS)
    quad = c.event.quad_class or ""
    if party and quad.startswith("material"):
        f.add("party:material")  # a named or party doer's act of force or of material help
    if party and quad.startswith("verbal"):
        f.add(f"party:{quad}")  # round 19: a named or party doer's act in words
    return f


def _shape(adoc: AnnotatedDoc, c: Candidate, actors: tuple[ActorMention, ...]) -> set[str]:
    """Genre-neutral features of the sentence and the arguments (round 10): sentence length
    and the trigger's place in it, a passive, the pair of argument kinds, an object that is
    no one, the named entities around the trigger."""
    ev, v = c.event, c.token
    t = adoc.tokens[v]
    sent = adoc.sents[t.sent]
    n = sent.end - sent.start
    f = {f"len:{min(n // 12, 4)}", f"at:{min(3, 3 * (v - sent.start) // max(1, n))}",
         "ar:" + _kind(adoc, actors, ev.actor, ev.actor_text) + "/"
         + _kind(adoc, actors, ev.recipient, ev.recipient_text)}
    if _kids(adoc, v, "nsubjpass", "auxpass", "agent"):
        f.add("passive")
    for o in _kids(adoc, v, "dobj"):
        ot = adoc.tokens[o]
        if ot.pos == "NOUN" and not ot.ent_type and ev.recipient_text is None:
            f.add("obj:thing")
    ents = {e.label for e in adoc.ents if sent.start <= e.start < sent.end}
    for label in ents & {"PERSON", "ORG", "GPE", "NORP", "MONEY", "PERCENT", "CARDINAL", "DATE"}:
        f.add(f"ent:{label}")
    if ev.place is not None and ev.actor_text is not None:
        f.add("actor+place")
    return f


def no_act_probability(feats: Sequence[str], weights: dict[str, float]) -> float:
    """The logistic probability that an event with features ``feats`` is no act."""
    z = sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))




def learned_no_act(adoc: AnnotatedDoc, c: Candidate, actors: tuple[ActorMention, ...]) -> bool:
    """True when the learned filter (``data/event_filter_model.json``, fitted by
    :mod:`sitroom.training.events` on hand-judged events of campaign news and of other
    genres) takes candidate ``c``, an event the rules keep, for no act: its probability
    of being judged wrong is at least the model's threshold. Events with a feature of the
    model's "guard" (a modal, a present tense: "said it would withdraw", "insist that
    the government raise wages") are left to the rules (round 10, second wave). Round 22:
    with ``SITROOM_EVENT_FILTER=precise``, the precise model (:func:`active_model`)."""
    m = active_model()
    f = features(adoc, c, actors, model_reads(m))  # round 23: no guard walk the model ignores
    if set(f) & set(m.get("guard", ())):
        return False  # a modal or present-tense act: campaign labels read it as a pledge
    return no_act_probability(f, m["weights"]) >= m["threshold"]
