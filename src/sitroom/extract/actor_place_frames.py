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
is also a town's name). :func:`resident_town` also takes a town written with its state between
commas before any noun ("a X, Kan., police officer"; round 23).

Round 23 (words in ``data/actor_place_frames.json``, the tests used by the place tests of
``actor_filter_places``, ``actor_places`` and ``actor_place_sites``):

* :func:`statistic_holder`: a place that holds a statistic ("X County's unemployment rate",
  "Y ranked as the 25th fastest-growing county", "the counties A and B grew by 14,240");
* :func:`figure_listed`: a place in a list of figures ("Hamilton, 6 percent; ...");
* :func:`listed_after`: a place in a list after "including" / "such as" on a noun of places
  that does not act ("traveled to 12 countries, including A, B and C");
* :func:`part_of_building`: a building named as the object of "of" on a room or a part of it
  ("the restroom of the X");
* :func:`facility_named`: a name as the compound modifier of a camp word ("will reopen X
  campground").

A place that acts stays: "X imposed sanctions", "X's army attacked", a state that "signed".
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import AnnotatedDoc
from .actor_base import lem_of
from .actor_filter_words import OF_PREPS, filter_words
from .gazetteer import get_gazetteer

_F = filter_words()
OFFICE_TOWN_NOUNS = frozenset(_F["office_town_nouns"])
RESIDENT_NOUNS = frozenset(_F["resident_nouns"])
STATIVE_VERBS = frozenset(_F["stative_verbs"])
STATE_CODES = frozenset(_F["state_codes"])


@lru_cache(maxsize=1)
def frame_words() -> dict[str, Any]:
    """The parsed ``data/actor_place_frames.json`` (one read per process; do not mutate)."""
    path = Path(__file__).resolve().parent.parent / "data" / "actor_place_frames.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


_P = frame_words()
STATISTIC_NOUNS = frozenset(_P["statistic_nouns"])
STATISTIC_VERBS = frozenset(_P["statistic_verbs"])
FIGURE_UNITS = frozenset(_P["figure_units"])
LIST_PREPS = frozenset(_P["list_preps"])
LIST_NOUNS = frozenset(_P["list_nouns"])
PART_NOUNS = frozenset(_P["part_nouns"])
FACILITY_NOUNS = frozenset(_P["facility_nouns"])
CAMP_NOUNS = frozenset(_P["camp_nouns"])
STREET_ABBREVIATIONS = frozenset(_P["street_abbreviations"])


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


def _local_place(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    return _town(adoc.span_text(s, en)) and not _surname_elsewhere(adoc, s, en)


def office_town(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en) is the object of "of" on one of ``office_town_nouns`` ("The
    mayor of X", "the sheriff of Y County"): the town where the holder serves, who is the actor
    (a town or a county the gazetteer knows; "the mayor of X" is never X acting)."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep != "pobj" or toks[t.head].text.lower() not in OF_PREPS:
        return False
    noun = toks[toks[t.head].head]
    return noun.pos == "NOUN" and lem_of(noun) in OFFICE_TOWN_NOUNS and _local_place(adoc, s, en)


def resident_town(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en) is a compound modifier of one of ``resident_nouns`` right
    after it ("X man, 19, stabbed", "a Y woman", "two Z teens"): where the person lives, a
    demonym written as a name, not a body or a person acting."""
    toks = adoc.tokens
    t = toks[head]
    if town_with_state(adoc, s, en):
        return True  # "a X, Kan., police officer" (round 23)
    if t.dep not in ("compound", "nmod", "amod") or t.head != en or en >= len(toks):
        return False
    noun = toks[en]
    return noun.pos == "NOUN" and lem_of(noun) in RESIDENT_NOUNS and _local_place(adoc, s, en)


def town_with_state(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the town [s, en) is written with its state between commas as the modifier of
    the noun after it ("a X, Kan., police officer"): where the person serves or lives."""
    return _town_state_modifier(adoc, s, en) and not _surname_elsewhere(adoc, s, en)


def _list_head(adoc: AnnotatedDoc, head: int) -> int:
    """The first conjunct of the list the word at ``head`` is in (itself when in none)."""
    toks = adoc.tokens
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return t.i


def statistic_holder(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the place [s, en) (one the gazetteer knows) holds a statistic: the possessor of
    one of ``statistic_nouns`` ("X County's unemployment rate", "X's population") or, a town, a
    county or a region alone, the subject (or the first of a list in apposition with the
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


def figure_listed(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the place [s, en) (one the gazetteer knows) is followed by a comma, a number
    and one of ``figure_units``: a list of figures ("Hamilton, 6 percent; Hendricks, 7.3
    percent"), not a person's age ("X, 45, said")."""
    toks = adoc.tokens
    if en + 2 >= len(toks) or toks[en].text != "," or not (toks[en + 1].pos == "NUM" or toks[en + 1].text.replace(".", "").isdigit()):
        return False
    return toks[en + 2].text.lower() in FIGURE_UNITS and _known(adoc.span_text(s, en))


def listed_after(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the place [s, en) (one the gazetteer knows), or the first of the list it is in,
    is the object of one of ``list_preps`` ("including", "such as", "like") on one of
    ``list_nouns`` that is no subject of an act ("traveled to 12 countries, including A, B and
    C"); "countries such as A and B signed" lists states that act."""
    toks = adoc.tokens
    t = toks[_list_head(adoc, head)]
    if t.dep != "pobj" or toks[t.head].text.lower() not in LIST_PREPS:
        return False
    noun = toks[toks[t.head].head]
    if noun.text.lower() == "such":
        noun = toks[noun.head]
    if noun.pos != "NOUN" or lem_of(noun) not in LIST_NOUNS:
        return False
    if noun.dep in ("nsubj", "nsubjpass") and lem_of(toks[noun.head]) not in STATIVE_VERBS:
        return False
    return _known(adoc.span_text(s, en))


def part_of_building(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the name at ``head`` is the object of "of" on one of ``part_nouns`` ("in the
    restroom of the X", "the lobby of the Y"): the building where it happened."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep != "pobj" or toks[t.head].text.lower() not in OF_PREPS:
        return False
    noun = toks[toks[t.head].head]
    return noun.pos == "NOUN" and lem_of(noun) in PART_NOUNS


def facility_named(adoc: AnnotatedDoc, en: int, head: int) -> bool:
    """True when the name ending at ``en`` is the compound modifier of one of ``camp_nouns``
    right after it ("will reopen X campground"): the site's name, not a body."""
    toks = adoc.tokens
    t = toks[head]
    return (t.dep == "compound" and t.head == en and en < len(toks) and toks[en].pos == "NOUN"
            and lem_of(toks[en]) in CAMP_NOUNS)


def _town_state_modifier(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """The town [s, en) after an article and before a comma, a first-level division, a comma and
    a lower-case word ("a X, Kan., police officer", "the Y, Ohio, company"): a modifier."""
    toks = adoc.tokens
    if s == 0 or toks[s - 1].text.lower() not in ("a", "an", "the") or en + 3 >= len(toks) \
            or toks[en].text != ",":
        return False
    k = en + 1
    while k < len(toks) and toks[k].text != "," and k - en <= 3:
        k += 1
    if k + 1 >= len(toks) or toks[k].text != "," or not toks[k + 1].text[:1].islower():
        return False
    state = adoc.span_text(en + 1, k)
    return (state in STATE_CODES or _division(state)) and _town(adoc.span_text(s, en))


@lru_cache(maxsize=1 << 14)
def _division(name: str) -> bool:
    """The gazetteer knows ``name`` as a first-level division (a main, alternate or short
    name: "Kan", "Ohio")."""
    return any(p.feature == "admin1" for p, _ in get_gazetteer().lookup(name))
