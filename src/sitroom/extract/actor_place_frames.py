"""Towns named in a frame of place: no actors however the tagger labels them.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, used by
:mod:`sitroom.extract.actor_entities` (round 21); the words are in ``data/actor_filters.json``.
A place acts only by metonymy, as the subject of a state's act; in these frames it is where
someone holds an office or lives:

* :func:`office_town`: the town of a local office ("the mayor of X", "the sheriff of Y");
* :func:`resident_town`: a town as the modifier of a resident noun ("X man, 19, stabbed", "a
  Y woman"), read as a demonym.

Both tests ask the gazetteer for a town or a county, never a country or a national capital, and
leave a name the report also writes as the last word of a person's full name (a surname that
is also a town's name).

Round 23 (words in ``data/actor_place_frames.json``; used by
:func:`sitroom.extract.actor_filter_places.place_of`):

* :func:`statistic_holder`: a place that holds a statistic ("X County's unemployment rate",
  "Y ranked as the 25th fastest-growing county", "the three largest counties, A, B and C, grew
  by 14,240 people").

A place that acts stays: "X imposed sanctions", "X's army attacked", a state that "signed".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..model import AnnotatedDoc
from .actor_base import lem_of
from .actor_filter_words import OF_PREPS, data_words, filter_words
from .gazetteer import get_gazetteer

_F = filter_words()
OFFICE_TOWN_NOUNS = frozenset(_F["office_town_nouns"])
RESIDENT_NOUNS = frozenset(_F["resident_nouns"])
STATIVE_VERBS = frozenset(_F["stative_verbs"])


def frame_words() -> dict[str, Any]:
    """The parsed ``data/actor_place_frames.json`` (one read per process; do not mutate)."""
    return data_words("actor_place_frames.json")


_P = frame_words()
STATISTIC_NOUNS = frozenset(_P["statistic_nouns"])
STATISTIC_VERBS = frozenset(_P["statistic_verbs"])
COUNTY_ABBREVIATIONS: dict[str, str] = dict(_P["county_abbreviations"])


@lru_cache(maxsize=1 << 14)
def _known(name: str) -> bool:
    """The gazetteer knows ``name`` (a main or alternate name) as a country, a first-level
    division, a county or a town."""
    return any(p.feature in ("country", "admin1", "admin2", "city") and kind in ("main", "alternate")
               for p, kind in get_gazetteer().lookup(name))


@lru_cache(maxsize=1 << 14)
def _town(name: str) -> bool:
    """The gazetteer knows ``name`` as a town or a county (a main or alternate name), and as no
    country and no national capital."""
    g = get_gazetteer()
    places = [p for p, kind in g.lookup(name) if kind in ("main", "alternate")]
    return bool(places) and any(p.feature in ("city", "admin2") for p in places) and not any(
        p.feature == "country" or g.is_capital(p) for p in places)


def _surname_elsewhere(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """The report tags a person's name of two words or more ending in the name's last word
    ("Jane Newberry" makes "Newberry" her surname)."""
    last = adoc.tokens[en - 1].text
    return any(e.label == "PERSON" and e.end - e.start > 1 and adoc.tokens[e.end - 1].text == last
               and not (e.start <= s and en <= e.end) for e in adoc.ents)


def written_out(name: str) -> str:
    """``name`` with an abbreviation of "County" closing it written out ("X Co." -> "X
    County"; ``county_abbreviations``, round 24)."""
    first, _, last = name.rpartition(" ")
    return f"{first} {COUNTY_ABBREVIATIONS[last]}" if first and last in COUNTY_ABBREVIATIONS else name


def local_place(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """The name [s, en) is a town or a county the gazetteer knows (:func:`_town`; "X Co."
    read as "X County") and not the surname of a person of the report."""
    return _town(written_out(adoc.span_text(s, en))) and not _surname_elsewhere(adoc, s, en)


def office_town(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en) is the object of "of" on one of ``office_town_nouns`` ("The
    mayor of X", "the sheriff of Y County"): the town where the holder serves, who is the actor
    (a town or a county the gazetteer knows; "the mayor of X" is never X acting)."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep != "pobj" or toks[t.head].text.lower() not in OF_PREPS:
        return False
    noun = toks[toks[t.head].head]
    return noun.pos == "NOUN" and lem_of(noun) in OFFICE_TOWN_NOUNS and local_place(adoc, s, en)


def resident_town(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en) is a compound modifier of one of ``resident_nouns`` right
    after it ("X man, 19, stabbed", "a Y woman", "two Z teens"): where the person lives, a
    demonym written as a name, not a body or a person acting."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep not in ("compound", "nmod", "amod") or t.head != en or en >= len(toks):
        return False
    noun = toks[en]
    return noun.pos == "NOUN" and lem_of(noun) in RESIDENT_NOUNS and local_place(adoc, s, en)


def _list_head(adoc: AnnotatedDoc, head: int) -> int:
    """The first conjunct of the list the word at ``head`` is in (itself when in none)."""
    toks = adoc.tokens
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return t.i


def statistic_holder(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the place [s, en) (one the gazetteer knows) holds a statistic: the possessor of
    one of ``statistic_nouns`` ("X County's unemployment rate", "X's population") or, a town or a
    county alone (never a country or a national capital, nor a surname of the report), the subject (or the first of a list in apposition with the
    subject) of one of ``statistic_verbs`` ("X ranked as the 25th fastest-growing county", "the
    three largest counties, A, B and C, grew by 14,240 people")."""
    toks = adoc.tokens
    name = adoc.span_text(s, en)
    if not _known(name):
        return False
    t = toks[head]
    if t.dep == "poss" or en < len(toks) and toks[en].tag == "POS":
        owner = toks[t.head] if t.dep == "poss" else toks[toks[en].head]
        return owner.pos == "NOUN" and lem_of(owner) in STATISTIC_NOUNS
    t = toks[_list_head(adoc, head)]
    if t.dep == "appos" and toks[t.head].pos == "NOUN":
        t = toks[t.head]
    return (t.dep == "nsubj" and lem_of(toks[t.head]) in STATISTIC_VERBS
            and _town(name) and not _surname_elsewhere(adoc, s, en))
