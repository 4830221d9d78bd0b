"""A national capital named like a division of its own country: the bare name is the capital
("the view from Washington", "flew back to Washington"), not the first-level division nor a
county of that name (a county is written "X County"), unless the report says it means the
division: it names a town or county inside that first-level division (first-level readings
only: a county reading gives way to the capital even where a town of the county's state is
named, as the judged draws showed the capital was meant), writes the name with a division
word ("X state", "the state of X"), or lists it beside another first-level division of the
country ("X and Alaska": then the division it is, not a county). Applied after the
document's resolution (:func:`places_document._resolve_all`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

from .. import lexicon
from .gazetteer import Gazetteer, Place, haversine, norm
from .places_lists import joined
from .places_resolve import _REGION_KM

# "X state", "the state of X": the division is meant
_REGION_WORDS = lexicon.words("places", "region_words")
_NAME_PREPS = lexicon.words("places", "name_preps")
_WORDS = "|".join(re.escape(w) for w in sorted(_REGION_WORDS))
_PREPS = "|".join(re.escape(w) for w in sorted(_NAME_PREPS))
_AFTER = re.compile(rf"^\s+(?:{_WORDS})\b", re.I)
_BEFORE = re.compile(rf"\b(?:{_WORDS})\s+(?:{_PREPS})\s+$", re.I)


class _Resolved(Protocol):
    start: int
    end: int
    text: str
    qualifier: Place | None
    found: list[tuple[Place, str]]
    place: Place | None


def _marked(m: _Resolved, text: str) -> bool:
    """The name written with a division word: "X state" or "the state of X"."""
    return bool(_AFTER.match(text[m.end:m.end + 20]) or _BEFORE.search(text[max(0, m.start - 20):m.start]))


def _listed_division(m: _Resolved, mentions: Sequence[_Resolved], text: str) -> bool:
    """``m`` is listed beside a first-level division of its place's country."""
    cc = m.place.country_code if m.place is not None else None
    return any(o.place is not None and o.place.feature == "admin1" and o.place.country_code == cc
               and norm(o.text) != norm(m.text)
               and (joined(text, o.end, m.start) or joined(text, m.end, o.start)) for o in mentions)


def capital_over_division(mentions: Sequence[_Resolved], text: str, gaz: Gazetteer) -> None:
    """For the bare names that may be a national capital or a division of its country (in
    place): the division's first-level reading where the document marks the name as a
    division's or lists it beside another first-level division; else the capital where the
    name was resolved to a county, or to a first-level division unless the document names a
    town or county inside that division (the guard is for first-level readings only: a
    county reading with a town of its state named was the capital in the judged draws)."""
    inside = {m.place.admin1_key for m in mentions
              if m.place is not None and m.place.feature in ("city", "admin2")}
    by_name: dict[str, list[_Resolved]] = {}
    for m in mentions:
        if m.place is not None and m.qualifier is None:
            by_name.setdefault(norm(m.text), []).append(m)
    for same in by_name.values():
        found = same[0].found
        capital = next((p for p, _ in found if p.feature == "city" and gaz.is_capital(p)), None)
        if capital is None:
            continue
        cc = capital.country_code
        if not all(m.place is not None and m.place.country_code == cc
                   and (m.place == capital or m.place.feature in ("admin1", "admin2")) for m in same):
            continue
        state = next((p for p, _ in found if p.feature == "admin1" and p.country_code == cc), None)
        if state is not None and any(_marked(m, text) or _listed_division(m, mentions, text)
                                     for m in same):  # "X state", "X and Alaska"
            for m in same:
                m.place = state
            continue
        for m in same:
            p = m.place
            if p is not None and (p.feature == "admin2" or p.feature == "admin1"
                                  and p.admin1_key not in inside):
                m.place = capital



def capital_over_namesake(mentions: Sequence[_Resolved], gaz: Gazetteer, big_town: int,
                          world_city: int, base: Collection[str] = ()) -> None:
    """A bare name whose readings include a national capital or a world city (``world_city``
    inhabitants or more) keeps that reading against a small namesake in another country (a
    town or county of under ``big_town``) unless the report names a place of the namesake's
    own first-level division: the division itself, a county of it, or a town of it within
    _REGION_KM ("Lima" beside "Ohio" or "Columbus"; a division may be a whole nation, and
    "London" is no support for a town called "Washington" in the north of England). Places of its country elsewhere are no support: a report on
    a foreign capital names its own capital ("Washington") and other cities of the country
    for their own sake, not for a small town of another state called like the capital. The
    countries of ``base`` (a currency written as a symbol) count as support. A namesake in
    the capital's own country is left to the other rules (a report on Manhattan, Kansas
    names Kansas once). Applied after the document's resolution, before
    :func:`capital_over_division`."""
    by_name: dict[str, list[_Resolved]] = {}
    for m in mentions:
        if m.place is not None and m.qualifier is None:
            by_name.setdefault(norm(m.text), []).append(m)
    for key, same in by_name.items():
        p = same[0].place
        if (p is None or any(m.place != p for m in same) or p.feature not in ("city", "admin2")
                or p.population >= big_town or gaz.is_capital(p) or p.country_code in base):
            continue
        big = sorted((q for q, _ in same[0].found if q.feature == "city" and q.country_code != p.country_code
                      and (gaz.is_capital(q) or q.population >= world_city)),
                     key=lambda q: (not gaz.is_capital(q), -q.population))
        if not big:
            continue
        support = [o.place for o in mentions if norm(o.text) != key
                   and o.place is not None and o.place.country_code == p.country_code]
        if any(_own_division(p, q) for q in support):
            continue
        for m in same:
            m.place = big[0]


def _own_division(p: Place, q: Place) -> bool:
    """``q`` is the first-level division of ``p`` or a county of it, or a town of that
    division within _REGION_KM of ``p`` (a division may be a whole nation: England)."""
    if not p.admin1_key or q.admin1_key != p.admin1_key:
        return False
    return q.feature in ("admin1", "admin2") or (
        q.feature == "city" and haversine(p.lat, p.lon, q.lat, q.lon) < _REGION_KM)
