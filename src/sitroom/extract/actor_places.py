"""Where a name is a place, and where a place acts: tests over one report's parse.

Used by :mod:`sitroom.extract.actor_entities`: the object of a locative preposition ("in
Iraq") or a modifier of a non-actor noun is a location; a country or a large town named by the
gazetteer is a place unless it acts (a subject, a possessor, a passive's agent: "Washington
denied it", "Ottawa's plan"), when it stands for its state; "X, also known as Y" after a place
is another name of that place; a place left or entered ("left X", "enter X"), a market a thing
is limited to ("limited to the X") and "the town of X" are places however the tagger labels
them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import (ACTOR_NOUNS, INSTITUTION_SUFFIXES, LOCATIVE_PREPS, PLACE_PREPS, POSSESSIVE,
                         SUBJECT_DEPS, TITLE_WORDS, head_of, low)
from .actor_chains import ALIAS_GAP
from .actor_things import based_place, from_town, listed_state
from .gazetteer import get_gazetteer

_F = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_filters.json")
                .read_text(encoding="utf-8"))
PLACE_OBJECT_VERBS = frozenset(_F["place_object_verbs"])
SCOPE_WORDS = frozenset(_F["scope_words"])
PLACE_NOUNS = frozenset(_F["place_nouns"])


def is_locative(adoc: AnnotatedDoc, i: int) -> bool:
    """True when token ``i`` (an entity head) is the object of a locative preposition or a
    modifier of a non-actor noun ("the Kharkiv region")."""
    t = adoc.tokens[i]
    while t.dep == "conj" and t.head != t.i:  # "in Iraq or Afghanistan": the first conjunct's
        t = adoc.tokens[t.head]
    if t.dep == "pobj":
        p = adoc.tokens[t.head]
        if p.text.lower() in LOCATIVE_PREPS:
            return True
        if p.text.lower() == "of":
            owner = adoc.tokens[p.head]
            return owner.lemma.lower() not in ACTOR_NOUNS
    if t.dep in ("compound", "amod", "nmod"):
        head = adoc.tokens[t.head]
        return head.lemma.lower() not in ACTOR_NOUNS and head.ent_type not in ("PERSON", "ORG")
    return False


def at_place(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """True when a name [start, end) tagged as a person is a place or a thing: the object of
    a locative preposition without a title ("the coup in X"), or a name with digits
    ("F-16s")."""
    toks = adoc.tokens
    if any(ch.isdigit() for t in toks[start:end] for ch in t.text):
        return True
    head = toks[head_of(adoc, start, end)]
    while head.dep == "conj" and head.head != head.i and end - start == 1:
        head = toks[head.head]  # "town halls in Manchester and X"
    return (head.dep == "pobj" and toks[head.head].text.lower() in PLACE_PREPS
            and low(toks[start]) not in TITLE_WORDS)


@lru_cache(maxsize=1 << 14)
def is_country(name: str) -> bool:
    """True when ``name`` names a country (its main or an alternate name)."""
    return any(kind in ("main", "alternate") and p.feature == "country"
               for p, kind in get_gazetteer().lookup(name))


@lru_cache(maxsize=1 << 14)
def place_name(name: str) -> bool:
    """True when ``name`` names a country, a town of 50,000 or more (its main name) or a city
    of 500,000 or more (any of its names), with no word of a body's name ("Lyon",
    "Porto"; not "Lyon Courier", "Porto City Council", nor a village's name used as a surname)."""
    if not name[:1].isupper() or set(name.lower().split()) & INSTITUTION_SUFFIXES:
        return False
    return any(p.feature == "country" and kind == "main" or p.feature == "city" and (
        kind == "main" and p.population >= 50_000 or p.population >= 500_000)
        for p, kind in get_gazetteer().lookup(name))


def alias_of_place(adoc: AnnotatedDoc, s: int) -> bool:
    """True when the name starting at token ``s`` is another name of a place just named ("in
    X, also known as Y")."""
    prev = max((e for e in adoc.ents if e.end <= s), key=lambda e: e.end, default=None)
    if prev is None or prev.label not in ("GPE", "LOC"):
        return False
    gap = adoc.text[adoc.tokens[prev.end - 1].end:adoc.tokens[s].idx]
    return bool(ALIAS_GAP.fullmatch(gap)) and (prev.label == "LOC" or is_locative(
        adoc, head_of(adoc, prev.start, prev.end)))


def acts(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the word at ``head`` is a subject, a possessor or a passive's agent: where a
    place name stands for its government ("Washington denied it", "Ottawa's plan"). The
    possessor of one of ``place_nouns`` whose name the gazetteer knows as a place does not act
    ("X's eight casinos", "X's financial district": the place they are in; round 18; a person
    tagged as one stays, "Name's district")."""
    t = adoc.tokens[head]
    if t.dep == "conj":  # "Ottawa and Canberra said": the first conjunct's function
        t = adoc.tokens[t.head]
    if t.dep in SUBJECT_DEPS:
        return True
    if t.dep == "poss" or head + 1 < len(adoc.tokens) and adoc.tokens[head + 1].text in POSSESSIVE:
        # "X's casinos", "X's streets": the owner of a place within it is that place (round 18)
        up = adoc.tokens[t.head]
        return not (t.dep == "poss" and up.pos == "NOUN" and up.lemma.lower() in PLACE_NOUNS
                    and _gazetteer_place(adoc, t.i))
    return t.dep == "pobj" and adoc.tokens[t.head].dep == "agent"


def _gazetteer_place(adoc: AnnotatedDoc, i: int) -> bool:
    """The named entity holding token ``i`` is a name the gazetteer knows as a place, unless
    the tagger calls it a person ("Sherman's district": the district of a person so named)."""
    e = next((e for e in adoc.ents if e.start <= i < e.end), None)
    if e is None or e.label == "PERSON":
        return False
    end = e.end
    while end > e.start + 1 and adoc.tokens[end - 1].tag == "POS":
        end -= 1  # "X’s" tagged as one name
    return bool(get_gazetteer().lookup(adoc.span_text(e.start, end)))


def state_metonym(word: str) -> bool:
    """A single word naming a country or a national capital ("Ottawa", "Canberra"): when the
    tagger calls it a person, it stands for the state."""
    if not word[:1].isupper() or len(word) < 3:
        return False
    g = get_gazetteer()
    return any(kind in ("main", "alternate") and (p.feature == "country" or g.is_capital(p))
               for p, kind in g.lookup(word))


def country_after_division(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the country [s, en) follows a province or region of it and a comma, in
    apposition ("in X Province, South Y"): where a place is, not a state that acts (a list of
    countries, "France, Spain and Italy", is no apposition)."""
    toks = adoc.tokens
    if s < 2 or toks[s - 1].text != "," or toks[head].dep != "appos" \
            or toks[s - 2].ent_type not in ("GPE", "LOC"):
        return False
    k = s - 2
    while k > 0 and toks[k - 1].ent_type == toks[s - 2].ent_type and toks[k].ent_iob != "B":
        k -= 1
    before = adoc.span_text(k, s - 1)
    return is_country(adoc.span_text(s, en)) and not is_country(before) and toks[head].head in range(k, s - 1)


@lru_cache(maxsize=1 << 14)
def _place(name: str) -> bool:
    """True when the gazetteer names ``name`` as a country, a first-level division or a town."""
    return any(p.feature in ("country", "admin1", "city") and kind in ("main", "alternate")
               for p, kind in get_gazetteer().lookup(name))


def place_object(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the place [s, en) (or the first of the places it is listed with) is the direct
    object of one of ``place_object_verbs`` ("left X without", "tried to enter X") or the object
    of "to" after one of ``scope_words`` ("a launch limited to the X"): where someone goes or
    what a thing is limited to, no state that acts; a place before ", Y-based", a town a thing
    comes from or a state listed after "states" (:mod:`sitroom.extract.actor_things`)."""
    toks = adoc.tokens
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if not _place(adoc.span_text(s, en)):
        return False
    if based_place(adoc, s, en) or from_town(adoc, s, en) or listed_state(adoc, s, en):
        return True  # "the X, Y-based company", "the gesture from X", "the states A, X": where
    up = toks[t.head]
    if t.dep == "dobj" and up.lemma.lower() in PLACE_OBJECT_VERBS:
        return True
    return t.dep == "pobj" and up.text.lower() == "to" and toks[up.head].text.lower() in SCOPE_WORDS


def town_of(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` is the object of "of" after one of ``place_nouns`` ("the
    western town of X", "the city of X"), however the tagger labelled it: a place."""
    toks = adoc.tokens
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if t.dep != "pobj" or toks[t.head].text.lower() != "of":
        return False
    noun = toks[toks[t.head].head]
    return noun.pos == "NOUN" and noun.lemma.lower() in PLACE_NOUNS


def towns_named(adoc: AnnotatedDoc) -> frozenset[str]:
    """The names the report writes after "the town of" / "the city of" (one of ``place_nouns``)
    anywhere: places wherever the report names them again without acting ("the X air strike",
    "X was hit")."""
    return frozenset(adoc.span_text(e.start, e.end) for e in adoc.ents
                     if e.label in ("PERSON", "ORG", "GPE", "LOC")
                     and town_of(adoc, head_of(adoc, e.start, e.end)))
