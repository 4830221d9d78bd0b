"""Role nouns that name no holder: an office, a quality of a person, a part of the body.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, re-exported by
:mod:`sitroom.extract.actor_filters`; their words are in ``data/actor_filters.json``:

* :func:`office`: a role held, not someone holding it ("served as general chairman", "was
  elected president", "the next president");
* :func:`quality_of_person`: a quality or a term of a person ("her presidency");
* :func:`body_part`: a part of the body ("shaking my head").
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import actor_noun_kind
from .actor_filter_words import INDEFINITE_ARTICLES, OF_PREPS, filter_words

_F = filter_words()
NOT_YET_INDEFINITE = frozenset(_F["not_yet_indefinite"])
OFFICE_PREPS = frozenset(_F["office_preps"])
OFFICE_DEPS = frozenset(_F["office_deps"])
NOT_YET = frozenset(_F["not_yet"])
BODY_WORDS = frozenset(_F["body_words"])
OFFICE_NOUNS = frozenset(_F["office_nouns"])
OFFICE_VERBS = frozenset(_F["office_verbs"])
QUALITY_NOUNS = frozenset(_F["quality_nouns"])
OWNED_QUALITY_NOUNS = frozenset(_F["owned_quality_nouns"])
GENERIC_MODALS = frozenset(_F["generic_modals"])
GENERIC_MARKS = frozenset(_F["generic_marks"])
PERSONAL_POSSESSIVES = frozenset(_F["personal_possessives"])
BARE_OFFICE_PREPS = frozenset(_F["bare_office_preps"])


def _lem(adoc: AnnotatedDoc, i: int) -> str:
    return adoc.tokens[i].lemma.lower()


def office(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the role noun at ``head`` names an office, not its holder: the object of "as"
    ("served as general chairman"), a conjunct of it or (round 16) an appositive of it when it
    is a common noun ("as a senator, secretary of state and ..."), or the object of "the job
    of", the predicate of electing or naming ("was elected president", "named him director"), a
    holder still to come ("the next president", "a possible administration"), or anyone at all
    ("a president must ...", "when a president gets loose with ...": round 21)."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep in OFFICE_DEPS:
        return True
    first = t  # "as chairman and chief executive", "as a senator, secretary of state and ..."
    while first.head != first.i and (first.dep == "conj" or first.dep == "appos"
                                     and toks[first.head].pos == "NOUN"):
        first = toks[first.head]  # an appositive only of a common noun, not "as X, the chairman"
    if first.dep == "pobj" and toks[first.head].text.lower() in OFFICE_PREPS:
        return True
    kids = [toks[c] for c in adoc.children(head)]
    if any(k.dep == "amod" and k.lemma.lower() in OFFICE_VERBS for k in kids) and not any(
            k.dep in ("det", "poss") for k in kids):
        return True  # "if elected president"; not "the newly elected president"
    if t.dep == "pobj" and toks[t.head].text.lower() in OF_PREPS and \
            toks[toks[t.head].head].lemma.lower() in OFFICE_NOUNS:
        return True  # "the job of communications director"
    if any(toks[c].text.lower() in NOT_YET and toks[c].dep in ("amod", "advmod")
           for c in adoc.children(head)):
        return True
    if any(toks[c].text.lower() in INDEFINITE_ARTICLES for c in adoc.children(head)) and any(
            toks[c].text.lower() in NOT_YET_INDEFINITE and toks[c].dep == "amod" for c in adoc.children(head)):
        return True  # "once a new president takes office"
    # "a president must be ready": an indefinite role of a general statement
    if not (t.dep in ("nsubj", "nsubjpass") and any(
            toks[c].text.lower() in INDEFINITE_ARTICLES for c in adoc.children(head))):
        return False
    verb = t.head
    if any(toks[c].dep == "aux" and toks[c].text.lower() in GENERIC_MODALS for c in adoc.children(verb)):
        return True
    # "when a president gets loose with ...", "if a governor signs": anyone at all (round 21);
    # not "when a gunman opened fire", a past act of someone
    return actor_noun_kind(t) == "person" and toks[verb].tag in ("VBP", "VBZ") and any(
        toks[c].dep in ("advmod", "mark") and toks[c].text.lower() in GENERIC_MARKS
        for c in adoc.children(verb))


def quality_of_person(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the noun at ``head`` ("leadership", "presidency") is owned by a person ("Mr.
    Smith's leadership", "the leadership of Mr. Smith", "her presidency", "a Smith presidency",
    the modifier a word of a person's name whatever its tag, round 16): a quality or a term
    of that person, not a body ("the party leadership", "the Obama administration" stay).
    One of ``owned_quality_nouns`` only through a possessive ("Name's current services", "his
    service", round 19; "the X monitoring service" stays a body)."""
    toks = adoc.tokens
    lemma = toks[head].lemma.lower()
    if lemma not in QUALITY_NOUNS and lemma not in OWNED_QUALITY_NOUNS:
        return False
    for c in adoc.children(head):
        ct = toks[c]
        if ct.dep == "poss" and (ct.ent_type == "PERSON" or ct.text.lower() in PERSONAL_POSSESSIVES):
            return True  # "Name's current services", "his service" (round 19, E12) too
        if lemma in OWNED_QUALITY_NOUNS:
            continue  # "the X monitoring service": a body named after no one
        if ct.dep in ("compound", "amod") and (ct.ent_type == "PERSON" or ct.text[:1].isupper() and any(
                e.label == "PERSON" and ct.text in adoc.span_text(e.start, e.end).split()
                for e in adoc.ents)):
            return True  # "a Smith presidency" (Smith a person of the report, however tagged; not "the GOP leadership")
        if ct.dep == "prep" and ct.text.lower() in OF_PREPS and any(
                toks[o].ent_type == "PERSON" for o in adoc.children(c) if toks[o].dep == "pobj"):
            return True
    return False


def body_part(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the role noun at ``head`` is a part of the body ("shaking my head", "the
    head"): "head" names someone only with what it heads ("the head of the union", "the
    department head", "its head")."""
    toks = adoc.tokens
    if _lem(adoc, head) not in BODY_WORDS:
        return False
    t = toks[head]
    if t.dep == "pobj" and toks[t.head].text.lower() in ("at", "to"):
        return True  # "at the head of the party": a position
    for c in adoc.children(head):
        ct = toks[c]
        if ct.dep == "prep" and ct.text.lower() in OF_PREPS or ct.dep in ("compound", "amod", "nmod"):
            return False
        if ct.dep == "poss" and ct.text.lower() not in PERSONAL_POSSESSIVES and ct.pos != "NOUN":
            return False  # "its head", "the union's head"; not "the woman's head"
    return True
