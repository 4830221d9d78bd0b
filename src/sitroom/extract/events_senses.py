"""Event senses: the PLOVER type and mode of a verbal or nominal trigger, from the lexicon of
:mod:`sitroom.extract.plover` and the trigger's object ("declare war", "lift sanctions").

Round 13 (docs/judgements/event_types.md; words in ``data/event_senses.json``): a claim
rejected is no REJECT, a deal struck is AGREE, expelled from a group is SANCTION expel, a
pardon granted is CONCEDE, "called out" troops mobilise; and the checks the verbal-attack
recoding (:func:`sitroom.extract.events_acts.verbal_attack`) reads: a weapon in the clause
proper (:func:`weapon_cues`), an instrument of force, a retort, an argument as target."""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc, Token
from . import plover as P
from .actor_base import actor_noun_kind
from .events_base import (
    NON_ACTOR_ENTS,
    _kids,
    _lem,
    _pobj,
    _Trig,
    event_data,
    frozen_classes,
)


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The word classes of ``data/event_senses.json`` (round 12's figurative senses and
    round 13's senses of words: claims, verbal targets, groups, pardons), as frozensets."""
    return frozen_classes(event_data("senses"))


def claim_denied(adoc: AnnotatedDoc, v: int, lemma: str, obj: int | None) -> bool:
    """"rejected the allegation", "dismissed the notion that ...", "brushed off the
    report": a claim denied, not a request refused; a words act PLOVER does not code (its
    REJECT is the refusal of a request, offer or proposal). Only for REJECT verbs."""
    w = word_classes()
    if lemma not in w["claim_rejecting_verbs"] or obj is None:
        return False
    return _lem(adoc.tokens[obj]) in w["claim_objects"] or adoc.tokens[obj].text.lower() in w[
        "claim_objects"]


def _group_expulsion(adoc: AnnotatedDoc, v: int) -> bool:
    """"expelled X from the talks / the party / <an organisation>": SANCTION expel."""
    po = _pobj(adoc, v, ("from",))
    if po is None:
        return False
    src = adoc.tokens[po[1]]
    groups = word_classes()["expel_groups"]
    return _lem(src) in groups or src.text.lower() in groups or src.ent_type in ("ORG", "NORP")


def _noun_sense(adoc: AnnotatedDoc, n: int) -> P.Sense | None:
    """Sense of a nominal trigger at token ``n`` (two-word nouns first: "air strike")."""
    t = adoc.tokens[n]
    if t.pos not in ("NOUN", "PROPN"):
        return None
    lemma, low = _lem(t), t.text.lower()
    for c in adoc.children(n):
        ct = adoc.tokens[c]
        if ct.dep in ("compound", "amod") and c < n:
            two = f"{ct.lemma.lower()} {lemma}"
            if two in P.NOUNS:
                return P.NOUNS[two]
    sense = P.NOUNS.get(lemma) or P.NOUNS.get(low) or _state_of(adoc, n)
    if sense is None:
        # "mediation mission", "peace-keeping force": the event is the modifier
        if t.dep in ("dobj", "pobj", "nsubj", "nsubjpass"):
            for c in adoc.children(n):
                ct = adoc.tokens[c]
                if ct.dep == "compound" and c == n - 1 and ct.pos == "NOUN":
                    return P.NOUNS.get(_lem(ct))
        return None
    mods = {_lem(adoc.tokens[c]) for c in adoc.children(n)}
    if lemma in ("exercise", "exercises", "manoeuvres", "maneuvers") and "joint" not in mods:
        # single-country exercises are MOBILIZE (manual); "exercise of power" is none
        military = mods & {"military", "naval", "army", "air", "war"} or t.tag == "NNS"
        return ("MOBILIZE", "troops") if military else None
    if lemma == "call":
        return ("CONSULT", "phone") if mods & {"phone", "telephone"} else ("REQUEST", None)
    if lemma == "strike":
        if mods & set(P.ASSAULT_MODE_CUES) - {"general", "hunger"}:
            return ("ASSAULT", "aerial")
        # "Israeli strikes hit Rafah": a state's strikes, or strikes that hit, kill or destroy
        national = any(adoc.tokens[c].ent_type in ("NORP", "GPE") for c in adoc.children(n))
        hits = t.dep in ("nsubj", "nsubjpass") and _lem(adoc.tokens[t.head]) in _STRIKE_EFFECTS
        if (national or hits) and not mods & _LABOUR_WORDS:
            return ("ASSAULT", None)
        return ("PROTEST", "hunger" if "hunger" in mods else "strike")
    if lemma == "access" and not mods & {"humanitarian", "unhindered", "unimpeded", "free"}:
        return None
    return sense


# what military strikes do, and the words of a labour strike
_STRIKE_EFFECTS = frozenset("hit kill destroy target damage wound level flatten injure".split())
_LABOUR_WORDS = frozenset("general hunger rail railway transport worker union teacher doctor "
                          "nurse national day week wage pay labour labor".split())


def _state_of(adoc: AnnotatedDoc, n: int) -> P.Sense | None:
    """COERCE martial-law for "a state of emergency" / "state of siege" at noun ``n``."""
    if _lem(adoc.tokens[n]) != "state":
        return None
    po = _pobj(adoc, n, ("of",))
    return ("COERCE", "martial-law") if po and _lem(adoc.tokens[po[1]]) in P.EMERGENCY_STATES else None


def _object_rule(adoc: AnnotatedDoc, v: int, lemma: str, obj: int, osense: P.Sense | None
                 ) -> _Trig | None:
    """Senses a verb takes from the kind of its object: improved relations (SUPPORT),
    reinforced forces (MOBILIZE), handed-over relief goods (AID), a prevented (COERCE) or
    called-off (CONCEDE) protest, halted attacks (RETREAT), dispatched inspectors (ACCUSE),
    admitted observers (RETREAT access)."""
    olem = _lem(adoc.tokens[obj])
    goods = {olem} | {_lem(adoc.tokens[o]) for o in _kids(adoc, obj, "prep")
                      for o in _kids(adoc, o, "pobj")}
    last = max(v, obj)
    if lemma in P.IMPOSING_VERBS and olem in P.EMERGENCY_STATES:
        return _Trig(v, "COERCE", "martial-law", last, consumed=obj)
    if lemma in P.IMPROVE_VERBS and olem in P.RELATION_OBJECTS:
        return _Trig(v, "SUPPORT", None, last, consumed=obj)
    if lemma in P.BUILDUP_VERBS and olem in P.ARMED_OBJECTS:
        return _Trig(v, "MOBILIZE", "troops", last, consumed=obj)
    if lemma in P.BUILDUP_VERBS and olem in P.SECURITY_OBJECTS:
        return _Trig(v, "MOBILIZE", "police", last, consumed=obj)

    w = word_classes()
    if lemma in w["concession_grant_verbs"] and (olem in w["concession_grants"] or olem in w[
            "shield_objects"] and goods & w["prosecution_words"]):
        return _Trig(v, "CONCEDE", None, last, consumed=obj)  # "granted immunity": a pardon
    if lemma in P.GIVE_VERBS and goods & P.RELIEF_OBJECTS:
        return _Trig(v, "AID", None, last, consumed=obj)
    if osense is not None and osense[0] == "PROTEST":
        if lemma in P.PREVENT_VERBS:
            return _Trig(v, "COERCE", "restrict", last, consumed=obj)
        if lemma in P.CANCEL_VERBS:
            return _Trig(v, "CONCEDE", None, last, consumed=obj)
    if osense is not None and osense[0] == "ASSAULT" and lemma in P.CANCEL_VERBS | {"stop", "cease"}:
        return _Trig(v, "RETREAT", "ceasefire", last, consumed=obj)
    if olem in P.INSPECTORS or olem == "mission" and goods & P.INSPECTORS:
        if lemma in P.DISPATCH_VERBS:
            return _Trig(v, "ACCUSE", "investigate", last)
        if lemma in P.ADMIT_VERBS:
            return _Trig(v, "RETREAT", "access", last)
    return None


def _verb_sense(adoc: AnnotatedDoc, v: int) -> _Trig | None:
    """The trigger at verb ``v``, if any."""
    t = adoc.tokens[v]
    if t.pos != "VERB" or t.dep == "amod":  # "the NATO-backed offensive": an attribute
        return None
    lemma = _lem(t)
    dobjs = _kids(adoc, v, "dobj")
    if not dobjs and _kids(adoc, v, "auxpass"):  # "the case was dropped": the object
        dobjs = [c for c in _kids(adoc, v, "nsubjpass") if adoc.tokens[c].pos == "NOUN"]
    obj = dobjs[0] if dobjs else None
    olem = _lem(adoc.tokens[obj]) if obj is not None else None
    if obj is not None:
        special = _object_rule(adoc, v, lemma, obj, _noun_sense(adoc, obj))
        if special is not None:
            return special
    w = word_classes()
    deal = obj if obj is not None else t.head if t.dep in ("relcl", "acl") else None
    if lemma in w["deal_verbs"] and deal is not None and _lem(adoc.tokens[deal]) in w["deal_nouns"]:
        return _Trig(v, "AGREE", None, max(v, deal), consumed=deal)  # "struck a deal"
    if P.VERBS.get(lemma, ("", None))[0] == "REJECT" and claim_denied(adoc, v, lemma, obj):
        return None  # "rejected the allegation": a claim denied, no refusal
    if lemma == "expel" and _group_expulsion(adoc, v):
        return _Trig(v, "SANCTION", "expel", v)
    # phrasal verbs: particle, or a preposition whose object becomes the recipient
    for c in adoc.children(v):
        ct = adoc.tokens[c]
        key = (lemma, ct.text.lower())
        if ct.dep == "prt" and key in P.PHRASAL:
            typ, mode = P.PHRASAL[key]
            if typ == "ACCUSE" and obj is not None and (
                    olem in P.ARMED_OBJECTS or olem in P.SECURITY_OBJECTS
                    or actor_noun_kind(adoc.tokens[obj]) == "armed_group"):  # "the Guard"
                return _Trig(v, "MOBILIZE", "troops", max(v, obj or v), consumed=obj)
            if key[0] in word_classes()["claim_rejecting_verbs"] and typ == "REJECT" and \
                    claim_denied(adoc, v, key[0], obj):
                return None  # "brushed off the report"
            return _Trig(v, typ, mode, v)
        if ct.dep in ("prep", "dative") and key in P.PHRASAL and not any(
                adoc.tokens[o].ent_type in NON_ACTOR_ENTS for o in _kids(adoc, c, "pobj")):
            typ, mode = P.PHRASAL[key]
            if key == ("engage", "in"):  # "engaged in ethnic cleansing": the noun's event
                objs = _kids(adoc, c, "pobj")
                sense = _noun_sense(adoc, objs[0]) if objs else None
                if sense is None:
                    continue
                return _Trig(v, sense[0], sense[1], objs[0], consumed=objs[0])
            return _Trig(v, typ, mode, v, rprep=ct.text.lower())
        if ct.dep == "prep":
            for o in _kids(adoc, c, "pobj"):
                if (lemma, _lem(adoc.tokens[o])) in P.VERB_OBJECT:
                    typ, mode = P.VERB_OBJECT[(lemma, _lem(adoc.tokens[o]))]
                    return _Trig(v, typ, mode, v)
        if ct.dep == "advcl":  # "pushing hard for the US (to) support": "for" as a marker
            marks = [m for m in _kids(adoc, c, "mark")
                     if (lemma, adoc.tokens[m].text.lower()) in P.PHRASAL]
            if marks:
                typ, mode = P.PHRASAL[(lemma, adoc.tokens[marks[0]].text.lower())]
                return _Trig(v, typ, mode, v)
    if obj is not None and olem is not None:
        osense = _noun_sense(adoc, obj)
        if (lemma, olem) in P.VERB_OBJECT:
            typ, mode = P.VERB_OBJECT[(lemma, olem)]
            return _Trig(v, typ, mode, max(v, obj), consumed=obj)
        if lemma in P.EASE_VERBS and olem in P.RESTRICTIVE_OBJECTS:
            typ, mode = P.RESTRICTIVE_OBJECTS[olem]
            return _Trig(v, typ, mode, max(v, obj), consumed=obj)
        if lemma in P.REDUCE_VERBS and (olem in P.COOPERATIVE_OBJECTS or olem in P.DIPLOMATIC_OBJECTS
                                        or osense and osense[0] in P.COOPERATIVE_TYPES):
            ties = olem in P.RELATION_OBJECTS or olem in P.DIPLOMATIC_OBJECTS or olem in (
                "talk", "talks", "negotiation", "mediation")
            mode = "withdraw" if ties else "discontinue"
            return _Trig(v, "SANCTION", mode, max(v, obj), consumed=obj)
        if lemma in ("expel", "recall") and olem in P.DIPLOMATIC_OBJECTS:
            return _Trig(v, "SANCTION", "expel" if lemma == "expel" else "withdraw", v)
        if lemma in P.ANNOUNCING_VERBS and osense is not None and osense[0] == "ASSAULT":
            return None  # "announced the mutiny": the noun is the event, not the announcing
        if lemma in P.LIGHT_VERBS or lemma in ("fire", "launch"):
            sense = osense
            if sense is not None:
                return _Trig(v, sense[0], sense[1], max(v, obj), consumed=obj)
            cue = P.ASSAULT_MODE_CUES.get(olem)
            if cue and lemma in ("fire", "launch", "use"):
                return _Trig(v, "ASSAULT", cue, max(v, obj), consumed=obj)
    if lemma == "protest" and _kids(adoc, v, "ccomp"):
        return _Trig(v, "ACCUSE", "disapprove", v)
    if lemma == "leave" and (obj is None or adoc.tokens[obj].ent_type not in ("GPE", "LOC", "FAC")
                             and olem not in P.DEFENDED_PLACES):
        return None  # "left the city" withdraws; "left the meeting", "left a note" do not
    if lemma == "return" and obj is None:
        return None
    if lemma in P.SHOWING_VERBS and (_kids(adoc, v, "ccomp") or obj is not None and not (
            adoc.tokens[obj].ent_type in ("GPE", "LOC", "FAC") or olem in P.DEFENDED_PLACES)):
        return None  # "demonstrated his strength", "rallied support": no demonstration
    if lemma in ("withdraw", "pull") and (po := _pobj(adoc, v, ("from",))) is not None:
        src = adoc.tokens[po[1]]
        sense = _noun_sense(adoc, po[1])
        if (_lem(src) in P.COOPERATIVE_OBJECTS or src.ent_type == "ORG"
                or sense and sense[0] in ("AGREE", "CONSULT")):
            return _Trig(v, "SANCTION", "withdraw", v)
    if lemma == "defend":  # verbal support, unless a place is defended by force
        subj = _kids(adoc, v, "nsubj")
        armed = subj and _lem(adoc.tokens[subj[0]]) in P.ARMED_OBJECTS
        place = olem in P.DEFENDED_PLACES or (
            obj is not None and adoc.tokens[obj].ent_type in ("LOC", "FAC"))
        return None if armed or place else _Trig(v, "SUPPORT", None, v)
    if lemma == "arrive":  # a visit when a person arrives somewhere
        subj = _kids(adoc, v, "nsubj")
        if subj and adoc.tokens[subj[0]].ent_type == "PERSON":
            return _Trig(v, "CONSULT", "visit", v)
    if lemma in P.VERBS:
        typ, mode = P.VERBS[lemma]
        if typ == "MOBILIZE" and olem is not None:  # set exactly when there is an object
            mode = P.MOBILIZE_MODE_CUES.get(olem, mode)
        return _Trig(v, typ, mode, v)
    return None


# ---------------------------------------------------------------- features of a typed trigger


def _sense_at(adoc: AnnotatedDoc, i: int) -> P.Sense | None:
    """The rules' sense of token ``i``: a verb's trigger sense, else a noun's."""
    if adoc.tokens[i].pos == "VERB":
        tr = _verb_sense(adoc, i)
        return (tr.typ, tr.mode) if tr is not None else None
    return _noun_sense(adoc, i)


def type_features(adoc: AnnotatedDoc, v: int, typ: str, mode: str | None,
                  lexical: bool = True) -> dict[str, float]:
    """Features of the trigger at token ``v`` that the rules typed ``typ`` / ``mode``, for a
    learned type classifier (:mod:`sitroom.training.plover`), all from the annotate output:
    the rule sense and its quad class, the trigger's part of speech and dependency, the
    lexicon sense of its lemma, negation, future, hypothetical and passive auxiliaries, the
    senses, entity types and actor-noun kinds of its subject, object and clausal complements,
    its prepositions with the senses and entity types of their objects, the sense of its
    head, and the senses of the other words of its sentence. ``lexical`` adds the trigger,
    object and head lemmas (the words of the training records' genre)."""
    from .actor_base import actor_noun_kind

    t = adoc.tokens[v]
    lemma = _lem(t)
    f = {f"rule={typ}": 1.0, f"rule_mode={typ}/{mode}": 1.0, f"quad={P.QUAD_CLASS[typ]}": 1.0,
         f"pos={t.pos}": 1.0, f"dep={t.dep}": 1.0}
    if lexical:
        f[f"lemma={lemma}"] = 1.0
    base = P.VERBS.get(lemma) if t.pos == "VERB" else P.NOUNS.get(lemma)
    if base is not None:
        f[f"lex={base[0]}"] = 1.0
    for c in adoc.children(v):
        ct = adoc.tokens[c]
        low = ct.text.lower()
        if ct.dep == "neg":
            f["neg"] = 1.0
        elif ct.dep == "auxpass":
            f["passive"] = 1.0
        elif ct.dep == "aux":
            if low in P.FUTURE_AUX:
                f["future"] = 1.0
            if low in P.HYPOTHETICAL_AUX:
                f["hypothetical"] = 1.0
        elif ct.dep in ("dobj", "nsubj", "nsubjpass", "xcomp", "ccomp", "attr"):
            sense = _sense_at(adoc, c)
            if sense is not None:
                f[f"{ct.dep}_sense={sense[0]}"] = 1.0
            if ct.ent_type:
                f[f"{ct.dep}_ent={ct.ent_type}"] = 1.0
            kind = actor_noun_kind(ct)
            if kind:
                f[f"{ct.dep}_kind={kind}"] = 1.0
            if lexical and ct.dep == "dobj":
                f[f"dobj_lemma={_lem(ct)}"] = 1.0
        elif ct.dep in ("prep", "dative", "agent", "prt"):
            f[f"prep={low}"] = 1.0
            for o in _kids(adoc, c, "pobj"):
                sense = _noun_sense(adoc, o)
                if sense is not None:
                    f[f"pobj_sense={sense[0]}"] = 1.0
                if adoc.tokens[o].ent_type:
                    f[f"pobj_ent={adoc.tokens[o].ent_type}"] = 1.0
    if t.head != v:
        sense = _sense_at(adoc, t.head)
        if sense is not None:
            f[f"head_sense={sense[0]}"] = 1.0
        if lexical:
            f[f"head_lemma={_lem(adoc.tokens[t.head])}"] = 1.0
    for k in range(adoc.sents[t.sent].start, adoc.sents[t.sent].end):
        if k != v and (sense := _sense_at(adoc, k)) is not None:
            f[f"context={sense[0]}"] = 1.0
    return f


# ---------------------------------------------------------------- words or force (round 13)


TOPIC_PREPS = frozenset({"on", "over", "about", "for", "regarding"})


def _under_topic(adoc: AnnotatedDoc, v: int, k: int) -> bool:
    """Token ``k`` of the clause of ``v`` lies under a topic preposition ("hit him on guns")."""
    while k != v and adoc.tokens[k].head != k:
        k = adoc.tokens[k].head
        if adoc.tokens[k].dep == "prep" and adoc.tokens[k].text.lower() in TOPIC_PREPS:
            return True
    return False


def weapon_cues(adoc: AnnotatedDoc, v: int) -> tuple[bool, bool]:
    """(a weapon named in the clause of ``v``, a weapon word only as the topic): "attacked
    the base with rockets" (True, False); "hit him on guns", "gun laws" (False, True). The
    clauses under ``v`` ("..., criticizing his votes on guns") are their own."""
    named = topic = False
    inner = {k for c in adoc.children(v) if adoc.tokens[c].dep in _CLAUSES
             for k in adoc.subtree(c)}
    for k in adoc.subtree(v):
        t = adoc.tokens[k]
        if k == v or k in inner or t.pos == "PROPN" or t.ent_type or not _cue(t):
            continue
        head = adoc.tokens[t.head]
        if _under_topic(adoc, v, k) or t.dep in ("compound", "amod") and not _cue(head) and (
                _lem(head) not in P.NOUNS):  # "air strikes" is a weapon
            topic = True  # "on guns", "gun manufacturers"
        else:
            named = True
    return named, topic


_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl", "parataxis"})


def _cue(t: Token) -> bool:
    return bool(P.ASSAULT_MODE_CUES.get(_lem(t)) or P.ASSAULT_MODE_CUES.get(t.text.lower()))


def force_instrument(adoc: AnnotatedDoc, v: int) -> bool:
    """An instrument of force after "with" ("attacked a man with acid"): a common noun that
    is no words ("with a tweet", "with a barrage of insults"), no one ("clashed with
    police") and no name."""
    speech = word_classes()["speech_instruments"]
    for p in _kids(adoc, v, "prep"):
        if adoc.tokens[p].text.lower() != "with":
            continue
        for o in _kids(adoc, p, "pobj"):
            t = adoc.tokens[o]
            if t.pos != "NOUN" or t.ent_type or actor_noun_kind(t) is not None:
                continue
            if _lem(t) in speech or t.text.lower() in speech or any(
                    _lem(adoc.tokens[x]) in speech for q in _kids(adoc, o, "prep")
                    for x in _kids(adoc, q, "pobj")):
                continue
            return True
    return False


def retort(adoc: AnnotatedDoc, v: int) -> bool:
    """"fired back", "hit back", "shot back": a retort, in words unless a weapon is named."""
    w = word_classes()
    if _lem(adoc.tokens[v]) not in w["retort_verbs"]:
        return False
    return any(adoc.tokens[c].dep in ("prt", "advmod") and adoc.tokens[c].text.lower()
               in w["retort_particles"] for c in adoc.children(v))


def argument_target(adoc: AnnotatedDoc, v: int, recipient: int | None) -> bool:
    """What is attacked is a person's record, plan, remarks or views, an ideology or a faith
    (``data/event_senses.json`` "argument_targets"): words, whoever attacks."""
    targets = [recipient] if recipient is not None else []
    objs = _kids(adoc, v, "dobj")
    targets += objs
    for h in [v, *objs]:  # "attacks on her record", "launched an attack on his plan"
        targets += [o for p in _kids(adoc, h, "prep") if adoc.tokens[p].text.lower()
                    in ("on", "against", "upon") for o in _kids(adoc, p, "pobj")]
    words = word_classes()["argument_targets"]
    return any(_lem(adoc.tokens[x]) in words or adoc.tokens[x].text.lower() in words
               for x in targets)
