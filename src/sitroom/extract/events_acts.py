"""Acts and mentions of acts: which event candidates tell of an act that happened (or is
told as happening), rather than a generic habit, an unrealised purpose, a forecast, a
question, a parenthesis ("as promised"), a naming ("called the shootings a moment"), or a
verb whose object shows it is no act ("released a video", "provided an opening",
"defended the remark"). The word classes are in ``data/event_acts.json``.

Each rule returns the name of its class, so that a judged sample can say which rule
removed what (docs/judgements/events.md). The word classes' loader (:func:`acts`) and the
rules that read an act's participants (its object, its actor, its partner) live in
:mod:`sitroom.extract.events_participants` (round 17); their names stay importable from here.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from . import plover as P
from .actors import actor_noun_kind
from .events_base import SUBJ, Candidate, _kids, _lem
from .events_reporting import (
    accusation_ground,
    fee,
    figurative_force,
    future_time_clause,
    tally,
)
from .events_participants import (  # noqa: F401  (re-exported: the old import path kept)
    ONE_PERSON, PERSONAL, REFLEXIVES, SOMEONE_ENTS, _head, _no_act_verbs, _thing, abstract_foe,
    acts, business, campaign_event, contest, fact_check, figurative_struggle, generic_recipient,
    permission, someone, talk, thing_actor, wrong_object,
)
from .events_conduct import meeting_call
from .events_laws import law_misfit
from .events_told import told_misfit
from .events_views import view_misfit
from .events_words import words_misfit
from .events_denials import denial_misfit
from .events_stances import stance_misfit
from .events_nouns import noun_misfit
from .events_positions import (
    opinion_told,
    position_on_thing,
    request_content,
    withheld_support,
)

# links through which a clause or noun inherits what governs it ("hopes X will push",
# "unless it wants to release all its investigations")
CONTENT_LINKS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "advcl"})
# entity types a trigger cannot be part of ("March", "Ban Ki-moon", a title)
NAME_ENTS = frozenset({"PERSON", "DATE", "TIME", "WORK_OF_ART", "LAW", "ORG", "GPE", "FAC",
                       "PRODUCT"})
# modals that make a present clause a capacity or a habit ("journalists can wind up beaten")
GENERIC_MODALS = frozenset({"can", "may", "might", "could"})


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


def refused_words(adoc: AnnotatedDoc, v: int) -> bool:
    """Declining to speak ("declined to comment", "refuses to discuss appointees"): no
    rejection of anyone."""
    if adoc.tokens[v].pos != "VERB":
        return False
    return any(_lem(adoc.tokens[x]) in acts()["speech_verbs"] for x in _kids(adoc, v, "xcomp"))


def abstained(adoc: AnnotatedDoc, v: int) -> bool:
    """"refrain from attacking", "abstain from voting": the act is not done."""
    t = adoc.tokens[v]
    if t.dep != "pcomp" or t.head == v:
        return False
    gov = adoc.tokens[adoc.tokens[t.head].head]
    return _lem(gov) in acts()["abstain_heads"]


def noun_idiom(adoc: AnnotatedDoc, v: int) -> bool:
    """"a good deal of work", "made a big deal of it": a quantity or an idiom."""
    pairs = acts()["noun_idioms"]  # "noun modifier"
    t = adoc.tokens[v]
    nouns = [v] if t.pos == "NOUN" else _kids(adoc, v, "dobj")
    return any(f"{_lem(adoc.tokens[n])} {_lem(adoc.tokens[a])}" in pairs
               for n in nouns for a in _kids(adoc, n, "amod"))


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
    if meeting_call(adoc, c):
        return "call"
    if (view := view_misfit(adoc, c)) is not None:
        return view
    if (law := law_misfit(adoc, c)) is not None:
        return law
    if (kind := told_misfit(adoc, c)) is not None:
        return kind
    if (kind := words_misfit(adoc, c)) is not None:
        return kind
    if (kind := denial_misfit(adoc, c)) is not None:
        return kind
    if (kind := stance_misfit(adoc, c)) is not None:
        return kind
    if (kind := noun_misfit(adoc, c)) is not None:
        return kind
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
