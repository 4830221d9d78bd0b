"""Places of local news named like bodies: towns, counties, streets and facilities that never act.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, used by
:mod:`sitroom.extract.actor_entities` (round 21, second wave); the words are in
``data/actor_filters.json``. In local news the tagger often labels the setting of a story a
person or a body ("closed in X", "was taken to Y Hospital", "a neighbor on Z Drive", "X Mayor
Name"). A name is a *site* when the gazetteer knows it as a town, a county or a first-level
division (a main or an alternate name; never a country or a national capital, which stand for a
state), or when its last word is one of ``site_heads`` ("Street", "Drive", "Highway",
"Hospital", "Center", "Mall" ...). Then:

* :func:`site_names`: the sites the report names at least once in a frame of place and that
  never act, none of whose mentions is an actor: no mention is the subject of a verb outside ``stative_verbs``, a passive's agent or the
  possessor of a person's noun ("X Hospital said", "Y's spokesman": a body that acts stays), none
  has a title before it, and no person's full name ends in it (a surname that is a town's name);
* :func:`site_frame`: a site in a frame of place, the object of one of ``site_preps`` ("in X",
  "to Y Hospital", "between X and Z"; not "according to X"), is no actor mention even when the
  report makes it act elsewhere;
* :func:`town_frame` (round 24): a town or a county the tagger labels a place (GPE) in the
  same frame ("director of a funeral home in X", "drove to Y"), when that mention does not act.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc
from .actor_base import ACTOR_NOUNS, PERSON_TITLES, head_of, lem_of, low
from .actor_filter_words import filter_words
from .actor_place_frames import local_place
from .gazetteer import get_gazetteer

_F = filter_words()
SITE_HEADS = frozenset(_F["site_heads"])
SITE_PREPS = frozenset(_F["site_preps"])
SITE_NOT_AFTER = frozenset(_F["site_not_after"])
STATIVE_VERBS = frozenset(_F["stative_verbs"])
_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
BIG_SITE = 50_000  # a town this large is a place when tagged as a person (as actor_places.place_name)


@lru_cache(maxsize=1 << 14)
def _local_place(name: str) -> bool:
    """The gazetteer knows ``name`` as a town, a county or a first-level division, and as no
    country and no national capital."""
    if not name[:1].isupper():
        return False
    g = get_gazetteer()
    places = [p for p, kind in g.lookup(name) if kind in ("main", "alternate")]
    return bool(places) and any(p.feature in ("city", "admin2", "admin1") for p in places) \
        and not any(p.feature == "country" or g.is_capital(p) for p in places)


def _tagged_place(adoc: AnnotatedDoc, name: str) -> bool:
    """The tagger makes ``name`` a place (GPE, LOC) somewhere in the report."""
    return any(e.label in ("GPE", "LOC") and adoc.span_text(e.start, e.end) in (name, "the " + name)
               for e in adoc.ents)


def is_site(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """The name [s, en) ends in one of ``site_heads`` (capitalised: "X Drive", "Y Hospital"), or
    is a town, a county or a region the gazetteer knows that the tagger makes a place somewhere
    in the report (a university named like a town, "Harvard", is never tagged a place)."""
    last = adoc.tokens[en - 1].text
    if en - s >= 2 and last[:1].isupper() and last.lower() in SITE_HEADS:
        return True
    name = adoc.span_text(s, en)
    return _local_place(name) and _tagged_place(adoc, name)


def _acts(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """This mention of a name acts: a subject of a verb outside ``stative_verbs``, a passive's
    agent, a source ("according to X"), the possessor of a person's noun, or a name with a
    title before it."""
    toks = adoc.tokens
    if s > 0 and low(toks[s - 1]) in PERSON_TITLES or low(toks[s]) in PERSON_TITLES:
        return True
    t = toks[head_of(adoc, s, en)]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    up = toks[t.head]
    if t.dep == "nsubj":
        return lem_of(up) not in STATIVE_VERBS
    if t.dep == "pobj" and (up.dep == "agent" or toks[up.head].text.lower() in SITE_NOT_AFTER):
        return True  # "was told by X", "according to X": a source that speaks
    if t.dep == "poss" or en < len(toks) and toks[en].tag == "POS":
        owner = toks[t.head] if t.dep == "poss" else toks[toks[en].head]
        return ACTOR_NOUNS.get(lem_of(owner)) == "person"
    return False


def _surnames(adoc: AnnotatedDoc) -> frozenset[str]:
    """Last words of the report's persons' full names."""
    return frozenset(adoc.tokens[e.end - 1].text for e in adoc.ents
                     if e.label == "PERSON" and e.end - e.start > 1)


def site_names(adoc: AnnotatedDoc) -> frozenset[str]:
    """The names of sites (:func:`is_site`) the report writes, tagged as anything, at least once
    in a frame of place ("in X", "near X", "on X Drive": :func:`_framed`) and never acting; a
    name the tagger makes a person anywhere, or one a person's full name ends
    in, is never one (a person's name may be a town's: "Clinton")."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for e in adoc.ents:
        if e.label in _LABELS:
            s, en = e.start, e.end
            while en > s + 1 and adoc.tokens[en - 1].tag == "POS":
                en -= 1
            if adoc.tokens[s].text.lower() == "the" and en > s + 1:
                s += 1
            spans.setdefault(adoc.span_text(s, en), []).append((s, en))
    persons = {adoc.span_text(e.start, e.end) for e in adoc.ents if e.label == "PERSON"}
    last = _surnames(adoc)
    out = set()
    for name, where in spans.items():
        s0, en0 = where[0]
        if name in persons or adoc.tokens[en0 - 1].text in last or not is_site(adoc, s0, en0):
            continue
        if any(_framed(adoc, s, en) for s, en in where) and not any(
                _acts(adoc, s, en) for s, en in where):
            out.add(name)
    return frozenset(out)


def _framed(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """The name [s, en) (or the first conjunct it is listed with) is the object of one of
    ``site_preps``."""
    toks = adoc.tokens
    t = toks[head_of(adoc, s, en)]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return t.dep == "pobj" and toks[t.head].text.lower() in SITE_PREPS


def site_frame(adoc: AnnotatedDoc, s: int, en: int, head: int, label: str) -> bool:
    """True when the site [s, en) is the object of one of ``site_preps`` (or the conjunct of
    one): "closed in X", "taken to Y Hospital", "a neighbor on Z Drive", "between X and W"; not
    after one of ``site_not_after`` ("according to X"). A name tagged as a person is a site here
    by its last word, or when it is one word that is a town (:func:`_person_town`, round 24):
    "a letter from X" may be from a person named like a town only when the report names one so."""
    toks = adoc.tokens
    if label == "PERSON" and toks[en - 1].text.lower() not in SITE_HEADS:
        return en - s == 1 and _framed(adoc, s, en) and _person_town(adoc, s) and not _acts(adoc, s, en)
    return _framed(adoc, s, en) and is_site(adoc, s, en) and not _acts(adoc, s, en)


def _person_town(adoc: AnnotatedDoc, i: int) -> bool:
    """The one word at ``i``, tagged as a person, is a town: the gazetteer knows it as a town
    or a county (no country, national capital or first-level division), the tagger makes it a
    place elsewhere in the report or the gazetteer's town of that name has ``BIG_SITE`` people
    or more, and no person's name of the report holds the word ("Jane Austin" leaves "to
    Austin" to her; round 24)."""
    word = adoc.tokens[i].text
    if not local_place(adoc, i, i + 1) or _division(word):
        return False
    if any(e.label == "PERSON" and e.end - e.start > 1 and any(
            adoc.tokens[k].text == word for k in range(e.start, e.end)) for e in adoc.ents):
        return False
    return _tagged_place(adoc, word) or _big_town(word)


@lru_cache(maxsize=1 << 14)
def _big_town(name: str) -> bool:
    """The gazetteer knows ``name`` as the main name of a town of ``BIG_SITE`` people or more."""
    return any(p.feature == "city" and kind == "main" and p.population >= BIG_SITE
               for p, kind in get_gazetteer().lookup(name))


def town_frame(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en), a town or a county the gazetteer knows (never a country, a
    national capital, a first-level division or a surname of the report:
    :func:`sitroom.extract.actor_place_frames.local_place`), is the object of one of
    ``site_preps`` and this mention does not act ("Funeral Home in X", "moved to Y"; not
    "according to X"): where something is, no government acting (round 24)."""
    return (_framed(adoc, s, en) and local_place(adoc, s, en) and not _division(adoc.span_text(s, en))
            and not _acts(adoc, s, en))


@lru_cache(maxsize=1 << 14)
def _division(name: str) -> bool:
    """The gazetteer knows ``name`` (a main or alternate name) as a first-level division."""
    return any(p.feature == "admin1" and kind in ("main", "alternate")
               for p, kind in get_gazetteer().lookup(name))
