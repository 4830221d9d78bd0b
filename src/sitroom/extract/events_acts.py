"""Acts and mentions of acts: which event candidates tell of an act that happened (or is
told as happening), rather than a generic habit, an unrealised purpose, a forecast, a
question, a parenthesis ("as promised"), a naming ("called the shootings a moment"), or a
verb whose object shows it is no act ("released a video", "provided an opening",
"defended the remark"). The word classes are in ``data/event_acts.json``.

Each rule returns the name of its class, so that a judged sample can say which rule
removed what (docs/judgements/events.md).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..model import AnnotatedDoc
from . import plover as P
from .actors import actor_noun_kind
from .events_base import FIGURATIVE_HOSTS, SUBJ, Candidate, _kids, _lem
from .events_reporting import (
    accusation_ground,
    fee,
    figurative_force,
    future_time_clause,
    tally,
)
from .events_positions import (
    opinion_told,
    position_on_thing,
    request_content,
    withheld_support,
)

REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself yourselves".split())
PERSONAL = frozenset("him her them us me you he she they we i".split())
# pronouns of one person ("they attacked the ship" may be a group of fighters)
ONE_PERSON = frozenset("him her me he she i his".split())
# entity types of someone or somewhere
SOMEONE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# links through which a clause or noun inherits what governs it ("hopes X will push",
# "unless it wants to release all its investigations")
CONTENT_LINKS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "advcl"})
# entity types a trigger cannot be part of ("March", "Ban Ki-moon", a title)
NAME_ENTS = frozenset({"PERSON", "DATE", "TIME", "WORK_OF_ART", "LAW", "ORG", "GPE", "FAC",
                       "PRODUCT"})
# modals that make a present clause a capacity or a habit ("journalists can wind up beaten")
GENERIC_MODALS = frozenset({"can", "may", "might", "could"})


@lru_cache(maxsize=1)
def acts() -> dict[str, frozenset[str]]:
    """``data/event_acts.json``: each word class as a frozenset."""
    raw = json.loads((resources.files("sitroom") / "data" / "event_acts.json")
                     .read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


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


def question(adoc: AnnotatedDoc, v: int) -> bool:
    """An inverted auxiliary before the subject ("Did X help ...", "Will they attack"):
    a question, also inside a quotation whose sentence does not end with "?"."""
    subj = _kids(adoc, v, *SUBJ)
    if not subj:
        return False
    openers = acts()["question_openers"]
    for a in _kids(adoc, v, "aux", "auxpass"):
        at = adoc.tokens[a]
        if a < subj[0] and _lem(at) in openers | {"be", "do", "have"} and not any(
                adoc.tokens[c].dep == "neg" for c in adoc.children(v) if c < a):
            before = adoc.tokens[a - 1] if a > 0 else None
            # the auxiliary opens its clause: sentence start, after a quote mark or colon
            if before is None or before.sent != at.sent or before.pos == "PUNCT":
                return True
    return False


def unrealised(adoc: AnnotatedDoc, v: int) -> bool:
    """A to-infinitive (or the gerund under one) that nothing says took place: a purpose
    ("to defend the bloc"), the content of a noun or adjective ("pressure to back",
    "critical to support"), or of a verb that neither intends nor implies it ("called on X
    to stop attacking"); not after an intent word or a promise (coded by the manual's
    rules) or a verb that implies the act ("forced to withdraw", "used blunt language to
    denounce")."""
    words = acts()
    i = v
    for _ in range(3):
        t = adoc.tokens[i]
        to = any(adoc.tokens[a].text.lower() == "to" and adoc.tokens[a].dep == "aux"
                 for a in adoc.children(i))
        if to and t.tag == "VB":
            head = adoc.tokens[t.head]
            if t.head == i or _lem(head) in P.INTENT_WORDS | words["implicative_heads"]:
                return False
            return True
        if t.dep != "xcomp" or t.head == i:
            return False
        i = t.head
    return False


def forecast(adoc: AnnotatedDoc, v: int) -> bool:
    """The complement of a reporter's forecast ("is expected to visit", "is likely to
    attack", "is set to sign"): no one's promise and no act yet."""
    t = adoc.tokens[v]
    if t.dep != "xcomp" or t.head == v:
        return False
    head = adoc.tokens[t.head]
    if _lem(head) not in acts()["forecast_heads"]:
        return False
    return head.pos == "ADJ" or head.tag == "VBN"  # "is expected to", "X, expected to"


def generic(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A habit or a capacity told of no one in particular: a present or modal clause
    whose actor is "people", "you", "anyone" or a bare plural ("journalists who stray can
    wind up beaten", "the more you help wealthy people"); or an actorless gerund under a
    preposition or as a subject ("a requirement for cooperating", "denying us justice")."""
    v = c.token
    t = adoc.tokens[v]
    subj = _kids(adoc, v, "nsubj")
    if c.actor_span is None and not subj:
        return t.tag == "VBG" and t.dep in ("pcomp", "pobj", "csubj", "nsubj", "nsubjpass")
    a = _head(adoc, c.actor_span) if c.actor_span is not None else subj[0]
    if a is None:
        return False
    at = adoc.tokens[a]
    aux = {adoc.tokens[x].text.lower() for x in _kids(adoc, v, "aux", "auxpass")}
    sent = adoc.sents[t.sent]
    if "\n" not in adoc.text[:sent.start_char].strip() and "\n" in adoc.text[sent.end_char:]:
        return False  # a headline tells of its event in the present ("Leaders denounce ...")
    present = t.tag in ("VBP", "VBZ") or bool(aux & GENERIC_MODALS) or (
        aux & {"have"} and t.tag == "VBN")
    if not present:
        return False
    if at.text.lower() in acts()["generic_actors"]:
        return not _kids(adoc, a, "nummod", "det", "amod")
    return (at.tag == "NNS" and not at.ent_type
            and not _kids(adoc, a, "det", "poss", "nummod", "compound", "amod"))


def parenthetical(adoc: AnnotatedDoc, v: int) -> bool:
    """"as promised", "as agreed": a subjectless clause marked by "as"/"than"."""
    marks = acts()["parenthetical_marks"]
    return (not _kids(adoc, v, *SUBJ)
            and any(adoc.tokens[m].text.lower() in marks for m in _kids(adoc, v, "mark")))


def naming(adoc: AnnotatedDoc, v: int) -> bool:
    """"called the shootings a moment", "labelled it a crime": naming, no act."""
    if _lem(adoc.tokens[v]) not in acts()["naming_verbs"]:
        return False
    return bool(_kids(adoc, v, "oprd")) or (bool(_kids(adoc, v, "dobj")) and any(
        adoc.tokens[k].pos in ("NOUN", "PROPN") for k in _kids(adoc, v, "ccomp", "xcomp")))


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


def _governors(adoc: AnnotatedDoc, v: int, limit: int = 4,
               links: frozenset[str] = CONTENT_LINKS) -> list[int]:
    """The chain of tokens ``v`` hangs from through ``links`` (:data:`CONTENT_LINKS`),
    nearest first, at most ``limit``."""
    out, i = [], v
    for _ in range(limit):
        t = adoc.tokens[i]
        if t.head == i or t.dep not in links:
            break
        i = t.head
        out.append(i)
    return out


def desired(adoc: AnnotatedDoc, v: int) -> bool:
    """The content of a wish ("wanted to speak to", "hopes that his successor will push",
    "unless it wants to release all its investigations"): no act."""
    heads = acts()["desire_heads"]
    return any(adoc.tokens[g].pos == "VERB" and _lem(adoc.tokens[g]) in heads
               for g in _governors(adoc, v))


def advisory(adoc: AnnotatedDoc, v: int) -> bool:
    """A warning that threatens nothing of the speaker's own: advice ("warned officials to
    boost their security") or a forecast ("warning that the exit would weaken ...");
    "warned it would retaliate" stays a threat."""
    if _lem(adoc.tokens[v]) not in acts()["warning_verbs"]:
        return False
    if _kids(adoc, v, "xcomp") or any(adoc.tokens[p].text.lower() in acts()["advice_preps"]
                                       for p in _kids(adoc, v, "prep")):
        return True  # "warned officials to boost", "warned his supporters about the dangers"
    subj = _kids(adoc, v, *SUBJ)
    for k in _kids(adoc, v, "ccomp"):
        ksubj = _kids(adoc, k, *SUBJ)
        if not ksubj or not subj:
            return True
        a, b = adoc.tokens[ksubj[0]], adoc.tokens[subj[0]]
        same = a.text.lower() == b.text.lower() or a.pos == "PRON" and a.text.lower() in (
            "it", "they", "we", "he", "she", "i")
        return not same
    return False


def ought(adoc: AnnotatedDoc, v: int) -> bool:
    """An act someone says ought to happen ("should be burned to the ground", "must
    release"): the request, if any, is the governing verb's event."""
    modals = acts()["obligation_modals"]
    return any(adoc.tokens[a].text.lower() in modals for a in _kids(adoc, v, "aux"))


def struggle(adoc: AnnotatedDoc, v: int) -> bool:
    """"fighting to protect their business", "battling to keep": effort, not combat."""
    if _lem(adoc.tokens[v]) not in acts()["struggle_verbs"]:
        return False
    return any(adoc.tokens[x].tag == "VB" for x in _kids(adoc, v, "xcomp", "advcl"))


def _topic(adoc: AnnotatedDoc, v: int, actor: int | None, recipient: int | None) -> bool:
    """A named person or body (no armed force) attacking or clashing "over"/"about" a topic
    that is no place: a quarrel in words."""
    def named(i: int | None) -> bool:
        if i is None:
            return False
        t = adoc.tokens[i]
        return t.ent_type in ("PERSON", "ORG") and actor_noun_kind(t) != "armed_group"

    if not named(actor) or recipient is not None and not named(recipient):
        return False
    topics = [o for p in _kids(adoc, v, "prep")
              if adoc.tokens[p].text.lower() in acts()["verbal_topic_preps"]
              for o in _kids(adoc, p, "pobj")]
    return any(adoc.tokens[o].ent_type not in ("GPE", "LOC", "FAC") for o in topics)


def verbal_attack(adoc: AnnotatedDoc, v: int, mode: str | None, actor: int | None,
                  recipient: int | None) -> bool:
    """An "attack" in words: no weapon (a weapon word as the topic, "hit him on guns", is
    none) and no instrument of force ("with acid"), and a person attacked ("attacked her
    opponent"), a reason given ("attacked X for ..."), a person's record, plan or views
    attacked, or a person attacking someone who is neither a place nor an armed force; a
    retort ("fired back at") between persons (round 13, events_senses)."""
    from .events_senses import argument_target, force_instrument, retort, weapon_cues
    from .events_stance import named_side as _named_side
    from .events_stance import person as _person

    words = acts()["verbal_attack_verbs"]
    back = retort(adoc, v)
    if not (back or _lem(adoc.tokens[v]) in words or any(  # "launched an attack"
            _lem(adoc.tokens[o]) in words for o in _kids(adoc, v, "dobj"))):
        return False
    # ``mode`` is the weapon _assault_mode found anywhere under ``v``: the clause proper decides
    if weapon_cues(adoc, v)[0] or force_instrument(adoc, v):
        return False
    if back and _lem(adoc.tokens[v]) not in words:  # "fired back at": persons, no weapon
        return _named_side(adoc, actor) and (recipient is None or _named_side(adoc, recipient))
    if any(adoc.tokens[p].text.lower() == "for" for p in _kids(adoc, v, "prep")):
        return True
    if _topic(adoc, v, actor, recipient) or argument_target(adoc, v, recipient):
        return True  # "clashed with X over immigration", "attacks on her record"
    t = adoc.tokens[v]
    speakers = _kids(adoc, v, "nsubj") + ([t.head] if t.dep == "acl" else [])
    if any(_lem(adoc.tokens[x]) in acts()["speech_nouns"] or adoc.tokens[x].text.lower()
           in acts()["speech_nouns"] for x in speakers):
        return True  # "tweets targeting her", "an ad attacking him"
    if _lem(t) == "target":  # verbal when words do it, or one named person another
        return _person(adoc, actor, office=False) and _person(adoc, recipient, office=False)

    if _person(adoc, recipient):
        return True
    if not _person(adoc, actor):
        return False
    if recipient is None:  # "Trump attacks", "she hit back": a person with no one hit
        return True
    r = adoc.tokens[recipient]
    return r.ent_type not in ("GPE", "LOC", "FAC") and actor_noun_kind(r) != "armed_group"



def named(adoc: AnnotatedDoc, v: int) -> bool:
    """The trigger is part of a name or a date ("March", "Ban Ki-moon", a paper's title)."""
    return adoc.tokens[v].ent_type in NAME_ENTS


def content(adoc: AnnotatedDoc, v: int) -> bool:
    """A gerund that is what something includes or requires ("the Council's powers include
    sending in peacekeepers"): a capacity, no act."""
    t = adoc.tokens[v]
    return (t.tag == "VBG" and t.dep in ("xcomp", "dobj", "pcomp") and t.head != v
            and not _kids(adoc, v, "nsubj", "poss")  # "includes her pleading": her act
            and _lem(adoc.tokens[t.head]) in acts()["content_heads"])


def no_weapon(adoc: AnnotatedDoc, v: int) -> bool:
    """"exploded" of something that is no weapon ("the prison population exploded")."""
    if _lem(adoc.tokens[v]) != "explode":
        return False
    subj = _kids(adoc, v, "nsubj")
    weapons = acts()["weapon_subjects"]
    return not _kids(adoc, v, "dobj") and not any(_lem(adoc.tokens[x]) in weapons for x in subj)


def figurative_struggle(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A conflict noun ("fight", "battle", "war") of a person or a body that is neither a
    state, a nation nor an armed force, with no one fought and nowhere: "their uphill
    battle", "the court fight", "Clinton's fight"."""
    v = c.token
    t = adoc.tokens[v]
    if t.pos != "NOUN" or _lem(t) not in FIGURATIVE_HOSTS or c.event.type != "ASSAULT":
        return False
    if c.recipient_span is not None or c.place_span is not None or c.event.place is not None:
        return False
    a = _head(adoc, c.actor_span)
    if a is None:
        return True
    at = adoc.tokens[a]
    return at.ent_type not in ("GPE", "NORP") and actor_noun_kind(at) != "armed_group"


def refused_words(adoc: AnnotatedDoc, v: int) -> bool:
    """Declining to speak ("declined to comment", "refuses to discuss appointees"): no
    rejection of anyone."""
    if adoc.tokens[v].pos != "VERB":
        return False
    return any(_lem(adoc.tokens[x]) in acts()["speech_verbs"] for x in _kids(adoc, v, "xcomp"))


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
    raw = json.loads((resources.files("sitroom") / "data" / "event_filters.json")
                     .read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw["not_event_verbs"].items()}


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


def abstained(adoc: AnnotatedDoc, v: int) -> bool:
    """"refrain from attacking", "abstain from voting": the act is not done."""
    t = adoc.tokens[v]
    if t.dep != "pcomp" or t.head == v:
        return False
    gov = adoc.tokens[adoc.tokens[t.head].head]
    return _lem(gov) in acts()["abstain_heads"]


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


def noun_idiom(adoc: AnnotatedDoc, v: int) -> bool:
    """"a good deal of work", "made a big deal of it": a quantity or an idiom."""
    pairs = acts()["noun_idioms"]  # "noun modifier"
    t = adoc.tokens[v]
    nouns = [v] if t.pos == "NOUN" else _kids(adoc, v, "dobj")
    return any(f"{_lem(adoc.tokens[n])} {_lem(adoc.tokens[a])}" in pairs
               for n in nouns for a in _kids(adoc, n, "amod"))


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


def not_an_act(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The class of non-event candidate ``c`` falls in (see the module), or None."""
    v = c.token
    if named(adoc, v):
        return "name"
    if tally(adoc, c):
        return "tally"
    if figurative_force(adoc, c):
        return "figure"
    if accusation_ground(adoc, c):
        return "sides"
    if fee(adoc, c):
        return "business"
    if future_time_clause(adoc, v):
        return "not done"
    if withheld_support(adoc, c):
        return "withheld"
    if opinion_told(adoc, c):
        return "opinion"
    if position_on_thing(adoc, c):
        return "position"
    if request_content(adoc, c):
        return "asked"
    if figurative_struggle(adoc, c):
        return "struggle"
    if noun_idiom(adoc, v):
        return "idiom"
    if business(adoc, c):
        return "business"
    if fact_check(adoc, c):
        return "fact check"
    if thing_actor(adoc, c):
        return "thing"
    if contest(adoc, c):
        return "contest"
    if campaign_event(adoc, c):
        return "campaign"
    if generic_recipient(adoc, c):
        return "generic"
    if adoc.tokens[v].pos == "VERB":
        if talk(adoc, c):
            return "speech"
        if permission(adoc, c):
            return "permission"
        if abstract_foe(adoc, v):
            return "struggle"
        if abstained(adoc, v):
            return "abstained"
        if refused_words(adoc, v):
            return "no comment"
        if content(adoc, v):
            return "capacity"
        if no_weapon(adoc, v):
            return "no weapon"
        if question(adoc, v):
            return "question"
        if forecast(adoc, v):
            return "forecast"
        if unrealised(adoc, v):
            return "unrealised"
        if parenthetical(adoc, v):
            return "parenthetical"
        if naming(adoc, v):
            return "naming"
        if wrong_object(adoc, c):
            return "object"
        if advisory(adoc, v):
            return "advice"
        if struggle(adoc, v):
            return "struggle"
        if ought(adoc, v) and c.event.type != "REQUEST":
            return "obligation"
    if desired(adoc, v):
        return "desire"
    if generic(adoc, c):
        return "generic"
    return None
