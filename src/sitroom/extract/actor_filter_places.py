"""Names of places that are no actor: where someone goes, where something or someone is from.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, re-exported by
:mod:`sitroom.extract.actor_filters`; their words are in ``data/actor_filters.json``:

* :func:`gone_to`: a place someone goes to ("a trip to Haiti", "went to the Naval Hospital");
  :func:`building`: a building someone is at or goes to ("went to the embassy");
* :func:`place_of`: the country of a town ("Caracas, Venezuela"), the home of a person
  ("Smith of Ohio"), a country whose people are meant ("Afghanistan's insurgents");
  :func:`home_of_person`, :func:`t_appos_place`, :func:`described_town`: a place by its
  construction.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .actor_filter_words import INDEFINITE_ARTICLES, OF_PREPS, filter_words
from .actor_place_frames import statistic_holder
from .gazetteer import get_gazetteer

_F = filter_words()
MOTION = frozenset(_F["motion"])
MOTION_PREPS = frozenset(_F["motion_preps"])
MOTION_PARTICLES = frozenset(_F["motion_particles"])
VISIT_VERBS = frozenset(_F["visit_verbs"])
OF_PLACE = frozenset(_F["of_place"])
PLACE_LIKE_BODIES = frozenset(_F["place_like_bodies"])
STATIVE_VERBS = frozenset(_F["stative_verbs"])
PLACE_NOUNS = frozenset(_F["place_nouns"])
LANDMARK_HEADS = frozenset(_F["landmark_heads"])
# the heads of a body's name ("University", "Department"): "the University of X at Y Hill" is
# a body, not a landmark; :func:`sitroom.extract.actor_filters.name_piece` climbs to them
NAME_HEADS = frozenset(_F["name_heads"])


def gone_to(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` is where someone goes, travels or is taken ("a trip to
    Haiti", "went to the Naval Hospital", "flew into X")."""
    toks = adoc.tokens
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if t.dep != "pobj":
        return False
    prep = toks[t.head]
    verb = toks[prep.head]
    if verb.dep == "advmod" and verb.text.lower() in MOTION_PARTICLES:
        verb = toks[verb.head]  # "drove back to X"
    before = toks[prep.i - 1] if prep.i > 0 else prep  # "chief of mission to X", however parsed
    return prep.text.lower() in MOTION_PREPS and (verb.lemma.lower() in MOTION or (
        before.pos == "NOUN" and before.lemma.lower() in MOTION))


def building(adoc: AnnotatedDoc, head: int, place_preps: frozenset[str]) -> bool:
    """True when the body noun at ``head`` is a building where someone is or goes ("an
    appearance at the party headquarters", "went to the embassy"): one of
    ``place_like_bodies`` after one of ``place_preps`` or a verb of motion."""
    toks = adoc.tokens
    t = toks[head]
    if t.lemma.lower() not in PLACE_LIKE_BODIES and t.text.lower() not in PLACE_LIKE_BODIES:
        return False
    return gone_to(adoc, head) or t.dep == "pobj" and toks[t.head].text.lower() in place_preps \
        or t.dep == "dobj" and toks[t.head].lemma.lower() in VISIT_VERBS  # "visiting the offices"


@lru_cache(maxsize=1 << 14)
def _division(name: str) -> bool:
    """True when ``name`` names a country or a first-level division (a US state)."""
    return any(p.feature in ("country", "admin1", "continent") and kind in ("main", "alternate")
               for p, kind in get_gazetteer().lookup(name))


@lru_cache(maxsize=1 << 14)
def _known_place(name: str) -> bool:
    return any(p.feature in ("country", "city", "region", "admin1", "admin2") or kind == "main"
               for p, kind in get_gazetteer().lookup(name))


def described_town(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the town or region at ``head`` is the subject of a verb of being or having
    ("X has a long history of welcoming refugees", "X includes Y"): described, not acting."""
    toks = adoc.tokens
    t = toks[head]
    return (t.dep in ("nsubj", "nsubjpass") and toks[t.head].lemma.lower() in STATIVE_VERBS
            and _known_place(_ent_text(adoc, head)))


def _ent_text(adoc: AnnotatedDoc, i: int) -> str:
    """The text of the entity holding token ``i`` (the token alone when none does)."""
    e = next((e for e in adoc.ents if e.start <= i < e.end), None)
    return adoc.span_text(e.start, e.end) if e else adoc.tokens[i].text


def home_of_person(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when a name the tagger calls a person is a known place after "of" on a name ("Smith
    of Ponte Vedra Beach")."""
    toks = adoc.tokens
    t = toks[head]
    return (t.dep == "pobj" and toks[t.head].text.lower() in OF_PREPS
            and toks[toks[t.head].head].pos == "PROPN" and _known_place(adoc.span_text(s, en)))


def t_appos_place(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` stands in apposition with a noun of a place ("X, the
    state's biggest city", "the city, X,")."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep == "appos" and toks[t.head].pos == "NOUN" and toks[t.head].lemma.lower() in PLACE_NOUNS:
        return True
    return any(toks[c].dep == "appos" and toks[c].pos == "NOUN" and toks[c].lemma.lower() in PLACE_NOUNS
               for c in adoc.children(head))


def place_of(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the name [s, en) is a place by its construction: the country or state after a
    town and a comma ("Caracas, Venezuela", "Tulsa, Okla."), a modifier of a place noun ("the
    X nightclub") or its object ("the counties of X and Y"), the home of a named person
    ("Senator Smith of Ohio"), a holder of a statistic ("X County's unemployment rate", round 23),
    or a country whose inhabitants are meant ("Afghanistan's
    insurgents", "Ohio's population"); a landmark that does not act ("the National Mall"); or a
    label ("to run as an Independent")."""
    toks = adoc.tokens
    name = adoc.span_text(s, en)
    if statistic_holder(adoc, s, en, head):
        return True  # "X County's unemployment rate", "X ranked as the 12th" (round 23)
    if label == "ORG" and toks[head].dep in ("compound", "amod", "nmod") and _division(name):
        return True  # "an Idaho executive": a state as a modifier
    if label == "ORG" and en - s >= 2 and toks[en - 1].text.lower() in LANDMARK_HEADS and \
            toks[head].dep not in ("nsubj", "nsubjpass", "poss") and not any(
                toks[k].text.lower() in NAME_HEADS for k in range(s, en)):
        return True  # "from the National Mall": a landmark (not "the University of X at Y Hill")
    if label in ("GPE", "ORG") and s >= 2 and toks[s - 1].text == "," and \
            toks[s - 2].ent_type not in ("GPE", "LOC") and toks[s - 2].pos == "PROPN" and \
            en - s == 1 and _division(name):
        return True  # "Hudson, NH": a town's state
    if label == "GPE" and s >= 2 and toks[s - 1].text == "," and toks[s - 2].ent_type in ("GPE", "LOC"):
        k = s - 2
        while k > 0 and toks[k - 1].ent_type == toks[s - 2].ent_type and toks[k].ent_iob != "B":
            k -= 1
        if not _division(adoc.span_text(k, s - 1)):
            return True  # "Caracas, Venezuela": not a list of countries or states
    t = toks[head]
    up = toks[t.head]
    if t.dep == "compound" and t.head == en and up.pos == "NOUN" and up.lemma.lower() in PLACE_NOUNS:
        return True  # "the X nightclub", "the X city of Y"
    c = t
    while c.dep == "conj" and c.head != c.i:
        c = toks[c.head]
    if c.dep == "pobj" and toks[c.head].text.lower() in OF_PREPS and \
            toks[toks[c.head].head].lemma.lower() in PLACE_NOUNS:
        return True  # "the counties of X and Y", "the city of X"
    if label == "ORG" and t.dep == "pobj" and up.text.lower() == "as" and s > 0 and \
            toks[s - 1].text.lower() in INDEFINITE_ARTICLES:
        return True  # "to run as an Independent": a label
    if t.dep == "pobj" and toks[t.head].text.lower() in OF_PREPS and (
            label in ("GPE", "LOC") or _known_place(name)):
        owner = toks[toks[t.head].head]
        if owner.ent_type == "PERSON" or owner.pos == "PROPN":
            return True  # "Senator Smith of Ohio", "Jolly of Indian Shores"
    if label in ("GPE", "LOC") and (t.dep == "poss" or head + 1 < len(toks)
                                    and toks[head + 1].text in ("'s", "’s")):
        owner = toks[t.head]
        return owner.lemma.lower() in OF_PLACE or owner.pos == "PROPN" and \
            owner.ent_type in ("ORG", "FAC", "LOC") or owner.pos == "NOUN" and \
            owner.lemma.lower() in PLACE_NOUNS  # "X's primary", "X's Wildlife Refuge", "X's Y province"
    return False
