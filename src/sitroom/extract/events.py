"""PLOVER events: verbal and nominal triggers with actor, recipient, place, time, certainty.

Requires the dependency parse of an :class:`~sitroom.model.AnnotatedDoc` and the actor,
place and time mentions of the same document; produces
:class:`~sitroom.model.EventMention` records in text order.

Triggers come from the lexicon of :mod:`sitroom.extract.plover`: verbs ("seize", "accuse"),
phrasal verbs ("take over", "fire on"), verb + object ("declare war", "exchange fire"),
light verbs with an event noun ("launch an attack", "broker an agreement" via its noun) and
nominal events with an actor ("the seizure of X by Y", "an agreement brokered by Y",
"X's retreat"). The manual's recoding rules are applied: promised cooperation is AGREE,
announced retreats CONCEDE, intended force THREATEN, refused cooperation REJECT; a verb that
takes an event complement ("threatened to shell", "demanded the withdrawal") keeps its type
and takes its mode from the complement.

The actor is the subject (the ``by`` agent of a passive), followed through control verbs,
conjunctions, relative clauses and participles; the recipient is the object, or the object of
a recipient preposition, or the owner of a rejected/accepted demand. Both map to the actor
mention covering the token; ``actor_text`` falls back to the noun phrase when no mention does.

This module finds the triggers, recodes and builds the events; the sub-concepts live beside
it: ``events_base`` (records, word classes, token helpers), ``events_senses`` (the PLOVER
type and mode of a trigger), ``events_args`` (actor, recipient, place), ``events_modality``
(future, hypothetical, negated, question), ``events_filter`` and ``events_acts`` (which
candidates are events of the picture: acts, not mentions of acts).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import ActorMention, AnnotatedDoc, EventMention, PlaceMention, TimeMention
from . import plover as P
from .actors import actor_noun_kind
from .certainty import event_certainty
from .events_acts import not_an_act, verbal_attack
from .events_base import (
    Candidate,
    _depth,
    _kids,
    _lem,
    _Trig,
    shown_name,
)
from .events_figures import building_named
from .events_filter import _analyst, _reportable, unfit
from .events_reporting import shared_possibility
from .events_modality import _aux, _future, _hypothetical, _negated
from .events_outlets import reporter_doer
from .events_senses import (
    _noun_sense,
    _verb_sense,
)
from .times import anchor_event

from .events_args import _Args, _arguments, _clause, _place


# --------------------------------------------------------------------------- detection


ATTEMPT_VERBS = frozenset({"seek", "strive", "endeavour", "endeavor"})


# request verbs that also state: "insisted that X should go" asks, "insisted that X had
# gone" asserts
ASSERTING_REQUESTS = frozenset({"insist", "maintain"})


def _states(adoc: AnnotatedDoc, v: int) -> bool:
    """The clause complement of ``v`` is a statement: its verb is tensed (past, present
    with a subject) and carries no modal of obligation; "that X go" and "that X should go"
    are requests."""
    for c in adoc.children(v):
        ct = adoc.tokens[c]
        if ct.dep != "ccomp":
            continue
        if ct.pos not in ("VERB", "AUX"):
            return False  # a misparse ("that the minister resign" as a noun): keep the request
        words = {adoc.tokens[k].text.lower() for k in adoc.children(c)
                 if adoc.tokens[k].dep in ("aux", "auxpass")}
        subjunctive = ct.tag == "VB" or (ct.tag == "VBP" and any(
            adoc.tokens[k].dep == "nsubj" and adoc.tokens[k].tag in ("NN", "NNP")
            for k in adoc.children(c)))  # "that the minister resign"
        if words & {"should", "must", "be"} or subjunctive:
            return False
        return True
    return False


def _triggers(adoc: AnnotatedDoc) -> dict[int, _Trig]:
    found: dict[int, _Trig] = {}
    consumed: set[int] = set()
    for t in adoc.tokens:
        tr = _verb_sense(adoc, t.i)
        if tr is not None and _lem(t) in ATTEMPT_VERBS and any(
                adoc.tokens[c].dep == "xcomp" for c in adoc.children(t.i)):
            continue  # "sought to balance": an attempt; the event is the complement's
        if tr is not None and _lem(t) in ASSERTING_REQUESTS and _states(adoc, t.i):
            continue  # "insisted that its forces had retaken the airport": a statement
        if tr is not None:
            found[t.i] = tr
            if tr.consumed is not None:
                consumed.add(tr.consumed)
    # "X said that Y must do Z": a request by X to Y, at the governing verb
    for t in adoc.tokens:
        if t.dep not in ("ccomp", "acl") or not _aux(adoc, t.i, P.OBLIGATION_AUX):
            continue
        gov = t.head  # "issued a reminder that Y must ...": the verb over the noun
        if adoc.tokens[gov].pos == "NOUN" and adoc.tokens[gov].dep == "dobj":
            gov = adoc.tokens[gov].head
        if adoc.tokens[gov].pos == "VERB" and gov not in found:
            found[gov] = _Trig(gov, "REQUEST", None, gov, recipient_of=t.i)
    for t in adoc.tokens:
        if t.i in found or t.i in consumed:
            continue
        sense = _noun_sense(adoc, t.i)
        if sense is not None:
            found[t.i] = _Trig(t.i, sense[0], sense[1], t.i, nominal=True)
    return found


def _assault_mode(adoc: AnnotatedDoc, v: int, mode: str | None) -> str | None:
    """Refine an ASSAULT mode by weapon cues in the trigger's clause."""
    if mode in ("targeted", "abduct", "torture", "sexual", "destroy"):
        cues = [c for c in adoc.subtree(v) if _lem(adoc.tokens[c]) in ("sexually",)]
        return "sexual" if cues else mode
    for c in adoc.subtree(v):
        if adoc.tokens[c].pos == "PROPN" or adoc.tokens[c].ent_type:
            continue  # "the 17th Rifle Brigade": a name, not a weapon
        cue = P.ASSAULT_MODE_CUES.get(_lem(adoc.tokens[c])) or P.ASSAULT_MODE_CUES.get(
            adoc.tokens[c].text.lower())
        if cue:
            return cue
    return mode


def event_candidates(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                     places: tuple[PlaceMention, ...], times: tuple[TimeMention, ...]
                     ) -> list[Candidate]:
    """Every event trigger of ``adoc`` with its arguments, in text order (requires the
    parse and the actor/place/time mentions of the same document)."""
    found = _triggers(adoc)
    args = _Args(adoc, actors, places)
    built = {i: _build(adoc, args, found[i], found, times) for i in sorted(found)}
    # one event per predicate: a verb and a noun of the same type linked by a dependency
    # ("an agreement brokered by Y") are one event; keep the one with an actor, the noun on ties
    drop = set()
    for i, c in built.items():
        h = adoc.tokens[i].head
        if (h != i and h in built and built[h].event.type == c.event.type
                and found[h].nominal != found[i].nominal):
            a, b = (h, i) if found[h].nominal else (i, h)  # a: the noun if any
            keep = a if built[a].event.actor_text or not built[b].event.actor_text else b
            drop.add(b if keep == a else a)
    return [c for i, c in built.items() if i not in drop]


def _recode(adoc: AnnotatedDoc, tr: _Trig, typ: str, mode: str | None, actor_tok: int | None,
            recip_tok: int | None, counterfactual: bool = False) -> tuple[str, str | None, bool]:
    """(type, mode, refused) after the manual's recoding: promised cooperation is AGREE,
    an announced withdrawal CONCEDE, intended or hypothetical force THREATEN, refused
    cooperation REJECT (``refused`` True); protesters' force is PROTEST; expelled diplomats
    SANCTION; and the mode refined by weapons, mobilised forces."""
    v = tr.token
    refused = False
    if typ == "ASSAULT" and verbal_attack(adoc, v, _assault_mode(adoc, v, mode), actor_tok,
                                          recip_tok):
        return "ACCUSE", "disapprove", False  # round 23: "began to attack her rival": words,
        # no threat of force, whatever the mood
    if not tr.nominal and not counterfactual and _future(adoc, v):
        if _negated(adoc, v) and typ in P.COOPERATIVE_TYPES:
            typ, mode, refused = "REJECT", P.request_mode(typ, mode), True
        elif typ in P.FUTURE_RECODE:
            new = P.FUTURE_RECODE[typ]
            if typ == "RETREAT" and mode in P.FUTURE_CONCEDE_MODES:
                new = "CONCEDE"
            mode = P.threat_mode(typ, mode) if new == "THREATEN" else None
            typ = new
    elif (not tr.nominal and not counterfactual and _aux(adoc, v, P.HYPOTHETICAL_AUX)
          and P.FUTURE_RECODE.get(typ) == "THREATEN"):
        typ, mode = "THREATEN", P.threat_mode(typ, mode)
    if (typ in ("ASSAULT", "COERCE") and actor_tok is not None
            and _lem(adoc.tokens[actor_tok]) in P.PROTESTER_NOUNS):
        typ, mode = "PROTEST", "riot" if typ == "ASSAULT" else "obstruct"
    if (typ == "PROTEST" and mode in ("demo", "obstruct") and actor_tok is not None
            and _lem(adoc.tokens[v]) in ("march", "advance")
            and actor_noun_kind(adoc.tokens[actor_tok]) == "armed_group"):
        typ, mode = "MOBILIZE", "troops"  # "the troops marched on the capital": an advance
    if typ == "PROTEST" and mode == "obstruct" and actor_tok is not None and (
            adoc.tokens[actor_tok].ent_type in ("GPE", "ORG")
            or actor_noun_kind(adoc.tokens[actor_tok]) in ("organisation", "armed_group")):
        # authorities blocking access restrict (or censor) rather than protest
        media = any(_lem(adoc.tokens[k]) in P.MEDIA_WORDS for k in adoc.subtree(v))
        typ, mode = "COERCE", "censor" if media else "restrict"
    if typ == "ASSAULT":
        mode = _assault_mode(adoc, v, mode)
        if verbal_attack(adoc, v, mode, actor_tok, recip_tok):
            typ, mode = "ACCUSE", "disapprove"  # "attacked her rival for ...": words
    if (typ == "COERCE" and mode == "deport" and recip_tok is not None
            and _lem(adoc.tokens[recip_tok]) in P.DIPLOMATIC_OBJECTS):
        typ, mode = "SANCTION", "expel"
    if typ == "MOBILIZE" and mode == "troops" and actor_tok is not None:
        cue = P.MOBILIZE_MODE_CUES.get(_lem(adoc.tokens[actor_tok]))
        mode = cue if cue in ("police", "militia") else mode  # who mobilises
    return typ, mode, refused


# types whose recipient may be a thing: what was seized, shelled or blown up
THING_TARGETS = frozenset({"COERCE", "ASSAULT"})


def _owner(adoc: AnnotatedDoc, args: _Args, thing: int, typ: str, actor_tok: int | None
           ) -> int | None:
    """The owner of the thing ``thing`` a type of words or backing is about, when someone
    other than the actor ("blasted X's statements": X; data/event_filters.json
    "owner_recipient_types"; round 24: a name compounded to it, ``_compound_owner``), else
    None."""
    if typ not in _analyst()["owner_recipient_types"]:
        return None
    for o in _kids(adoc, thing, "poss"):
        owner = args.target(o)
        if owner is not None and args.someone(owner) and not args.same(owner, actor_tok):
            return owner
    return None if _kids(adoc, thing, "poss") else _compound_owner(adoc, args, thing, actor_tok)


def _compound_owner(adoc: AnnotatedDoc, args: _Args, thing: int, actor_tok: int | None
                    ) -> int | None:
    """(Round 24) The one name of a person or a body compounded right before the thing
    ``thing`` ("the probe into Doe emails": Doe), when someone other than the actor; else
    None ("agency emails", "the Doe Acme files": no one name)."""
    names = [c for c in _kids(adoc, thing, "compound") if adoc.tokens[c].pos == "PROPN"
             and adoc.tokens[c].ent_type in ("PERSON", "ORG")]
    if len(names) != 1 or names[0] != thing - 1:
        return None
    owner = args.target(names[0])
    if owner is not None and args.someone(owner) and not args.same(owner, actor_tok):
        return owner
    return None


# types whose object may be a party by its role: words said to or of someone
PARTY_ROLE_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def _party_object(adoc: AnnotatedDoc, args: _Args, v: int, r: int, typ: str) -> bool:
    """True when the noun at ``r``, the recipient found for the trigger ``v``, is someone
    by its role though the actor lexicon does not know its noun: a noun of people or bodies
    the lexicon lacks ("attacks on financiers"), or the object of a verb whose patient is a
    party by its sense ("sued the firms", "accused the audience"), of an object-control
    infinitive ("urged women to vote") or of a reason ("blamed the network for reporting");
    data/event_filters.json "analyst" "party_object_*"."""
    t = adoc.tokens[r]
    if t.pos not in ("NOUN", "PROPN") or args.junk(r):
        return False
    words = _analyst()
    low = t.text.lower()
    if _lem(t) in words["party_object_nouns"] or low.rstrip("s") in words["party_object_nouns"]:
        return True
    vt = adoc.tokens[v]
    if typ not in PARTY_ROLE_TYPES or not (t.head == v and t.dep == "dobj" or vt.dep in ("acl", "relcl") and vt.head == r
            and vt.tag == "VBN"):
        return False
    if _lem(vt) in words["party_object_verbs"]:
        return True
    for c in adoc.children(v):
        ct = adoc.tokens[c]
        if ct.dep == "xcomp" and c > r and any(
                adoc.tokens[k].dep == "aux" and adoc.tokens[k].text.lower() == "to"
                for k in adoc.children(c)):
            return True  # "urged women to vote": the object acts, so it is someone
        if ct.dep == "prep" and ct.text.lower() in ("of", "for") and _kids(adoc, c, "pcomp"):
            return True  # "blamed the network for reporting": the object did it
    return False


def _build(adoc: AnnotatedDoc, args: _Args, tr: _Trig, found: dict[int, _Trig],
           times: tuple[TimeMention, ...]) -> Candidate:
    """The candidate event of trigger ``tr``: arguments, recoded type, place, time,
    certainty."""
    v = tr.token
    actor_tok, recip_tok, mode, comp = _arguments(adoc, args, tr, found)
    actor_tok, recip_tok = args.agent(actor_tok), args.target(recip_tok)
    hypothetical = _hypothetical(adoc, v)
    typ, mode, refused = _recode(adoc, tr, tr.typ, mode, actor_tok, recip_tok,
                                 hypothetical == "counterfactual")
    if (recip_tok is not None and typ not in THING_TARGETS and not args.someone(recip_tok)
            and not _party_object(adoc, args, v, recip_tok, typ)):
        recip_tok = _owner(adoc, args, recip_tok, typ, actor_tok)
        # "welcomed the move", "demanded an inquiry": no one on the other side
    if recip_tok is None and typ not in THING_TARGETS:
        recip_tok = args.meeting_party(v)  # "rejected the plan in a meeting with X": X
    actor, aspan, _ = args.resolve(actor_tok) if actor_tok is not None else (None, None, None)
    if actor is not None and reporter_doer(adoc, args.actors, actor, v):
        actor, aspan, actor_tok = None, None, None  # the report's reporter (reading.md E13)
    recipient, rspan, place = None, None, None
    if recip_tok is not None:
        recipient, rspan, rhead = args.resolve(recip_tok)
        if rspan is not None and rspan == aspan or (
                typ in ("RETREAT", "MOBILIZE") and _lem(adoc.tokens[recip_tok]) in P.ARMED_OBJECTS):
            recipient, rspan = None, None  # "withdrew its troops": the actor's own forces
        else:
            place = args.place(rhead)
    if place is None:
        place = _place(adoc, args, v)
    s, e = adoc.char_span(min(v, tr.last), max(v, tr.last) + 1)
    trigger = adoc.text[s:e] if tr.last - v < 4 else f"{adoc.tokens[v].text} {adoc.tokens[tr.last].text}"
    if refused:  # "would not meet": a refusal is asserted, its negation is the type
        certainty, polarity = "asserted", "positive"
        if hypothetical == "conditional":  # "if the army does not withdraw": no refusal yet
            certainty = "speculated"
    else:
        cert = event_certainty(adoc, v)
        certainty, polarity = cert.certainty, cert.polarity
        promise = typ != tr.typ and typ in ("AGREE", "THREATEN", "CONCEDE")
        if hypothetical and not promise and certainty in ("asserted", "reported", "denied"):
            # "would have resulted, had it ...", "if X was not dismissed": neither a fact
            # nor denied
            certainty = "speculated"
        if certainty in ("asserted", "reported") and shared_possibility(adoc, v):
            certainty = "speculated"  # "may have been captured and beheaded"
    date, precision, source, tidx, historical = _time(adoc, v, times)
    sent = adoc.tokens[v].sent
    actor_text = adoc.text[aspan[0]:aspan[1]] if aspan else None
    recipient_text = adoc.text[rspan[0]:rspan[1]] if rspan else None
    # the candidate's spans cover coordinated actors ("X and Y"); a span implies its token
    if aspan is not None and actor_tok is not None:
        aspan = args.with_conjuncts(actor_tok, aspan)
    if rspan is not None and recip_tok is not None:
        rspan = args.with_conjuncts(recip_tok, rspan)
    ev = EventMention(
        doc=adoc.doc.id, start=s, end=e, sent=sent, trigger=trigger, type=typ, mode=mode,
        quad_class=P.QUAD_CLASS[typ], actor=actor, recipient=recipient, actor_text=actor_text,
        recipient_text=recipient_text, place=place, time=tidx, date=date,
        date_precision=precision, date_source=source, certainty=certainty, polarity=polarity,
        historical=historical, sentence_text=adoc.sents[sent].text)
    grounded = actor_tok is not None or recip_tok is not None and (
        args.participant(recip_tok) or recipient is not None or place is not None)
    weak = tr.nominal and actor_tok is None and not building_named(adoc, v)  # "church shooting"
    return Candidate(ev, _depth(adoc, v), weak, v, aspan, rspan,
                     args.locative(_clause(adoc, v)), comp, grounded)


def _time(adoc: AnnotatedDoc, v: int, times: tuple[TimeMention, ...]
          ) -> tuple[str | None, str | None, str, int | None, bool]:
    """(date, precision, date_source, time index, historical) of the event at ``v``."""
    a = anchor_event(adoc, v, times)
    return a.date, a.precision, a.date_source, a.time, a.historical


def act_candidates(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                   places: tuple[PlaceMention, ...], times: tuple[TimeMention, ...]
                   ) -> list[Candidate]:
    """The candidates that tell of an act (:func:`_reportable`, :func:`not_an_act`), in
    text order, hypothetical and negated ones included (marked by their certainty)."""
    cands = event_candidates(adoc, actors, places, times)
    embedded = {c.complement for c in cands if c.complement is not None}
    return [c for c in cands if _reportable(adoc, c, embedded) and not_an_act(adoc, c) is None]


def rule_candidates(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                    places: tuple[PlaceMention, ...], times: tuple[TimeMention, ...]
                    ) -> list[Candidate]:
    """The events of the picture: the acts (:func:`act_candidates`) that are realis, with
    the participants their type needs (:func:`~sitroom.extract.events_filter.unfit`)."""
    return [c for c in act_candidates(adoc, actors, places, times) if unfit(adoc, c) is None]


def extract_events(adoc: AnnotatedDoc, actors: tuple[ActorMention, ...],
                   places: tuple[PlaceMention, ...], times: tuple[TimeMention, ...]
                   ) -> tuple[EventMention, ...]:
    """PLOVER events of ``adoc`` in text order, one per trigger: verbal triggers, and
    nominal triggers that have an actor (bare mentions of "the war" are left out); see
    :func:`_reportable`, :func:`~sitroom.extract.events_acts.not_an_act` and
    :func:`~sitroom.extract.events_filter.unfit`. Hypothetical and negated acts (certainty
    "speculated" or "denied", polarity "negative") are no events of the picture: see
    :func:`act_candidates` for them."""
    from .events_filter import learned_no_act
    return tuple(_named(adoc, c.event, actors) for c in rule_candidates(adoc, actors, places, times)
                 if not learned_no_act(adoc, c, actors))


def _root(actors: tuple[ActorMention, ...], m: int | None) -> int | None:
    seen = set()
    while m is not None and (nxt := actors[m].coref_of) is not None and m not in seen:
        seen.add(m)
        m = nxt
    return m


def _named(adoc: AnnotatedDoc, ev: EventMention, actors: tuple[ActorMention, ...]
           ) -> EventMention:
    """The event as the picture shows it: ``actor_text`` and ``recipient_text`` name the
    entity a pronoun, a nominal or a surname of the clause resolves to (``shown_name``);
    the mention indices stay the clause's mentions, whose chains lead to that entity. The
    candidates keep the clause's words (the filters read them)."""
    a = shown_name(adoc, actors, ev.actor, ev.actor_text)
    r = shown_name(adoc, actors, ev.recipient, ev.recipient_text)
    if r != ev.recipient_text and _root(actors, ev.recipient) == _root(actors, ev.actor):
        r = ev.recipient_text  # "X demanded that they ...": one entity on both sides is a slip
    if a == ev.actor_text and r == ev.recipient_text:
        return ev
    return replace(ev, actor_text=a, recipient_text=r)


def best_event(cands: list[Candidate]) -> Candidate | None:
    """The main event of a short text: the trigger nearest its sentence root, verbal and
    with an actor preferred, the earliest on ties."""
    if not cands:
        return None
    return min(cands, key=lambda c: (c.weak, c.depth, c.event.actor_text is None, c.event.start))
