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
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .actor_base import lem_of
from .actor_filter_words import OF_PREPS, filter_words
from .gazetteer import get_gazetteer

_F = filter_words()
OFFICE_TOWN_NOUNS = frozenset(_F["office_town_nouns"])
RESIDENT_NOUNS = frozenset(_F["resident_nouns"])


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
    if t.dep not in ("compound", "nmod", "amod") or t.head != en or en >= len(toks):
        return False
    noun = toks[en]
    return noun.pos == "NOUN" and lem_of(noun) in RESIDENT_NOUNS and _local_place(adoc, s, en)
