"""The places of one document resolved together: each name's candidates scored in the
context of the others (shared countries, nearness, coherence), a currency's country, and the
document's focus for names the gazetteer lacks."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .. import lexicon
from ..model import AnnotatedDoc
from .gazetteer import Gazetteer, Place, get_gazetteer, haversine, norm
from .places_capitals import capital_over_division, capital_over_namesake
from .places_datelines import dateline_cities
from .places_initials import initials_over_towns
from .places_lists import same_kind_lists
from .places_resolve import (BIG_TOWN, DIVISION_NAME, WORLD_CITY, WORLD_NAMESAKE, ResolveContext, _ALPHA_ADMIN1, _ALPHA_COUNTRY, _ALPHA_NEAR,
                             _ANCHOR_MARGIN, _COH_CAP, _COH_NEAR_KM, _FEATURE_TOWN, _FOCUS_KM,
                             _GENERIC, _REGION_KM, _STREET, _TEMPER, _TOWN_FLOOR, _W_CAPITAL, _W_COH_ADMIN1,
                             _W_COH_COUNTRY, _W_COH_NEAR, _fits, _prior, _score, lookup, named_after,
                             qualifier_of)


# names of the planet and of bodies of the sky that are also small towns' names
SKY_NAMES = frozenset(lexicon.table("places", "sky_names")["names"])


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    qualifier: Place | None = None
    found: list[tuple[Place, str]] = field(default_factory=list)
    place: Place | None = None


# a currency written as a symbol says which country a document is about ("$4 million": the
# US, where a bare "$" is written; "C$", "A$", "HK$" are other dollars)
_CURRENCY = (("US", re.compile(r"(?<![A-Za-z])\$\s?\d")), ("GB", re.compile(r"£\s?\d")))


def currency_countries(text: str) -> Counter:
    """Country codes of the currencies written as symbols in ``text`` (one count each)."""
    return Counter(cc for cc, rx in _CURRENCY if rx.search(text))


def _context(mentions: list[_Mention], skip: str, gaz: Gazetteer,
             base: Counter | None = None) -> ResolveContext:
    """Context from the resolved mentions whose name is not ``skip``, and the countries
    ``base`` the document implies otherwise (:func:`currency_countries`)."""
    ctx = ResolveContext(neighbours=gaz.neighbours)
    if base:
        ctx.countries.update(base)
    for m in mentions:
        p = m.place
        if p is None or norm(m.text) == skip:
            continue
        if p.country_code:
            ctx.countries[p.country_code] += 1
        if p.feature == "admin1":
            ctx.admin1[p.admin1_key] += 1
        elif p.feature in ("city", "admin2") and p.admin1_key:
            ctx.admin1[p.admin1_key] += 1
            ctx.points.append((p.lat, p.lon))
    ctx.points = list(dict.fromkeys(ctx.points))  # a place named often is one point
    return ctx


def _coherence(groups: dict[str, list[tuple[Place, str]]]) -> dict[tuple[str, int], float]:
    """Evidence each candidate gets from the *candidates* of the document's other names.

    Each other name spreads a weight over its candidates (tempered population prior:
    ``10 ** (_TEMPER * prior)``, normalised); a candidate gains, per other name,
    ``w * log10(1 + alpha * S)`` where ``S`` is that name's weight lying within
    ``_COH_NEAR_KM`` (alpha large), else in the same first-level division, else in the
    same country (alpha small). So "Paris" beside "Henry County" leans to the Paris near
    a Henry County, while an obscure namesake of a famous place says little. Keys are
    (name key, candidate index); the sum is capped at ``_COH_CAP``."""
    index = {}
    for k, cands in groups.items():
        ws = [10 ** (_TEMPER * _prior(p, kind)) for p, kind in cands]
        tot = sum(ws)
        by_a1: dict[str, float] = defaultdict(float)
        by_cc: dict[str, float] = defaultdict(float)
        grid: dict[tuple[int, int], list[tuple[Place, float]]] = defaultdict(list)
        own: dict[int, float] = defaultdict(float)
        for (q, _), w in zip(cands, ws):
            w /= tot
            if q.admin1_key:
                by_a1[q.admin1_key] += w
            if q.country_code:
                by_cc[q.country_code] += w
            if q.feature in ("city", "admin2"):
                grid[(math.floor(q.lat), math.floor(q.lon))].append((q, w))
            own[id(q)] += w
        index[k] = (by_a1, by_cc, grid, own)
    out: dict[tuple[str, int], float] = {}
    for a, cands in groups.items():
        for i, (p, _) in enumerate(cands):
            local = p.feature in ("city", "admin2")
            cells = [(math.floor(p.lat) + dy, math.floor(p.lon) + dx)
                     for dy in (-1, 0, 1) for dx in (-2, -1, 0, 1, 2)] if local else []
            e = 0.0
            for b, (by_a1, by_cc, grid, own) in index.items():
                if b == a:
                    continue
                mine = own.get(id(p), 0.0)  # the same place may be a candidate of both names
                same_a1 = by_a1.get(p.admin1_key, 0.0) - mine if p.admin1_key else 0.0
                same_cc = by_cc.get(p.country_code, 0.0) - mine if p.country_code else 0.0
                near = near_out_a1 = near_out_cc = 0.0
                for cell in cells:
                    for q, w in grid.get(cell, ()):
                        if q is not p and haversine(p.lat, p.lon, q.lat, q.lon) < _COH_NEAR_KM:
                            near += w
                            near_out_a1 += w if q.admin1_key != p.admin1_key else 0.0
                            near_out_cc += w if q.country_code != p.country_code else 0.0
                if p.feature == "country":
                    s_near = s_a1 = 0.0
                elif p.feature == "admin1":  # a place inside a division is as close as it gets
                    s_near = s_a1 = same_a1
                else:
                    s_a1 = same_a1 + near_out_a1 if p.admin1_key else near
                    s_near = near
                s_cc = same_cc + near_out_cc
                e += max(
                    _W_COH_NEAR * math.log10(1 + _ALPHA_NEAR * s_near),
                    _W_COH_ADMIN1 * math.log10(1 + _ALPHA_ADMIN1 * s_a1),
                    _W_COH_COUNTRY * math.log10(1 + _ALPHA_COUNTRY * max(s_cc, 0.0)),
                )
            out[(a, i)] = min(e, _COH_CAP)
    return out


def _resolve_all(mentions: list[_Mention], gaz: Gazetteer, lenient: bool, text: str = "") -> None:
    """Two-pass document resolution of ``mentions`` in place (sets ``.place``); ``text``,
    the document's, adds the country of a currency it writes as a symbol."""
    base = currency_countries(text) if text else Counter()
    for m in mentions:
        m.found = lookup(m.text, gaz, lenient)
        if m.qualifier is not None:
            if any(p == m.qualifier for p, _ in m.found):
                m.found = [(m.qualifier, "main")]
            else:
                fit = [(p, k) for p, k in m.found if _fits(p, m.qualifier)]
                m.found = fit or m.found
    if text:  # "DALLAS (AP) -": a bare dateline is a big city; "the X coalition": initials
        dateline_cities(mentions, text)
        initials_over_towns(mentions, text, gaz)
    # one sense per document: a name qualified once ("Louisville, Ky.") keeps that reading
    # where it is written bare, unless its qualified mentions disagree
    senses: dict[str, set] = defaultdict(set)
    for m in mentions:
        if m.qualifier is not None and m.found:
            senses[norm(m.text)].add(tuple(p for p, _ in m.found))
    for m in mentions:
        sense = senses.get(norm(m.text)) if m.qualifier is None and m.found else None
        if sense and len(sense) == 1:
            keep = set(next(iter(sense)))
            m.found = [(p, k) for p, k in m.found if p in keep] or m.found
    # the planet or a body of the sky written bare ("the Earth changes") is no town of that
    # name: a town needs a qualifier on one of its mentions ("Mars, Pa.")
    for m in mentions:
        if m.qualifier is None and norm(m.text) in SKY_NAMES and norm(m.text) not in senses:
            m.found = []
    # a bare name of a large first-level division or region ("Kansas", "Vermont", "Middle
    # East") is not a small town of that name, nor a county reached by its alternate name
    # (a county is written "X County"), nor a town that has it as an alternate name unless
    # the town's own name begins with it ("X City"): those need a qualifier ("Kansas, Ill.")
    for m in mentions:
        if m.qualifier is None and any(
            k == "main" and p.feature in ("admin1", "region") and p.population >= DIVISION_NAME
            for p, k in m.found
        ):
            m.found = [(p, k) for p, k in m.found
                       if p.feature not in ("city", "admin2")
                       or (p.population >= _TOWN_FLOOR and not (k == "alternate" and (
                           p.feature == "admin2" or not named_after(p, m.text))))]
    world_city_over_towns(mentions)
    country_over_towns(mentions, text)
    groups: dict[str, list[tuple[Place, str]]] = {}
    for m in mentions:
        if m.found and m.qualifier is None:
            groups.setdefault(norm(m.text), m.found)
    coh = _coherence(groups)

    def score(m: _Mention, i: int, ctx: ResolveContext) -> float:
        p, kind = m.found[i]
        s = _score(p, kind, ctx) + coh.get((norm(m.text), i), 0.0)
        return s + (_W_CAPITAL if gaz.is_capital(p) else 0.0)

    # pass 1: anchors, names that resolve clearly on their own
    empty = ResolveContext(countries=Counter(base), neighbours=gaz.neighbours)
    for m in mentions:
        if not m.found:
            continue
        ranked = sorted((score(m, i, empty), i) for i in range(len(m.found)))
        if len(ranked) == 1 or m.qualifier is not None or ranked[-1][0] - ranked[-2][0] >= _ANCHOR_MARGIN:
            m.place = m.found[ranked[-1][1]][0]
    anchors = [m for m in mentions if m.place is not None]
    # pass 2 (twice): every name with the context of the others
    for it in range(2):
        known = anchors if it == 0 else [m for m in mentions if m.place]
        cache: dict[str, ResolveContext] = {}
        for m in mentions:
            if not m.found:
                continue
            key = norm(m.text)
            if key not in cache:
                cache[key] = _context(known, key, gaz, base)
            ctx = cache[key]
            m.place = m.found[max(range(len(m.found)), key=lambda i: score(m, i, ctx))][0]
    if text:  # a list's members are places of one kind ("A, B and C": all countries)
        same_kind_lists(mentions, text, lambda name: lookup(name, gaz, lenient))
        capital_over_namesake(mentions, gaz, BIG_TOWN, WORLD_CITY, base)  # not a town on one name
        capital_over_division(mentions, text, gaz)  # "back to Washington": the capital


# how near (characters) a town's division must be named for a bare name to be the town
# rather than the world city of that name ("Havana ... Fla.", "Paris ... in Texas")
_DIVISION_NEAR_CHARS: int = lexicon.table("places", "document_thresholds")["division_near_chars"]


def world_city_over_towns(mentions: list[_Mention]) -> None:
    """A bare name of a world city (WORLD_CITY inhabitants or more, by its main name or the
    first words of it, "Rio" of "Rio de Janeiro") is not a town or county of under
    WORLD_NAMESAKE of that name ("Havana": Cuba's capital, not a small Florida town),
    unless the document supports the town (:func:`_namesake_support`). A town or county that
    has the name only as an alternate name, of any size ("New X" called "X"), needs its
    division named: a place near it is no support, since the world city's name is what
    the report wrote."""
    for m in mentions:
        if m.qualifier is not None or not any(
                p.feature == "city" and p.population >= WORLD_CITY
                and (k == "main" or named_after(p, m.text)) for p, k in m.found):
            continue
        named, points = _namesake_support(m, mentions)
        m.found = [(p, k) for p, k in m.found if p.feature not in ("city", "admin2")
                   or (_supported(p, named, []) if k == "alternate" and not named_after(p, m.text)
                       else p.population >= WORLD_NAMESAKE or _supported(p, named, points))]


# nouns of people after a bare name that make it a town ("a Lebanon woman"): see country_over_towns
_TOWNSFOLK = lexicon.words("places", "townsfolk")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _townsfolk_after(m: _Mention, text: str) -> bool:
    """True when a lower-case noun of people follows the name ("a X woman", "X residents")."""
    nxt = _NEXT_WORD.match(text, m.end) if text else None
    return nxt is not None and nxt.group(1) in _TOWNSFOLK


def country_over_towns(mentions: list[_Mention], text: str = "") -> None:
    """A bare name that is a country's own name (its main name in the gazetteer) is the
    country, not a town or county of that name of any size ("Lebanon": not an Ohio town;
    "Poland": not a Maine town), unless the document supports the town as it would a
    small namesake of a world city, a division only by being the town's own
    (:func:`_namesake_support`); a qualifier after the name ("Poland, Maine") decides
    before this rule, as everywhere. A city of the country itself stays ("Singapore"), and
    so does a town of a name followed by a noun of people ("a Lebanon woman": a country's
    people are written with its demonym)."""
    for m in mentions:
        if m.qualifier is not None or _townsfolk_after(m, text) or not any(
                p.feature == "country" and k == "main" and not p.historic for p, k in m.found):
            continue
        if not any(p.feature in ("city", "admin2") for p, _ in m.found):
            continue
        countries = {p.country_code for p, k in m.found if p.feature == "country"}
        named, points = _namesake_support(m, mentions, own_division=True)
        m.found = [(p, k) for p, k in m.found if p.feature not in ("city", "admin2")
                   or p.country_code in countries  # a city-state's city: "Singapore"
                   or _supported(p, named, [] if k == "alternate" and not named_after(p, m.text)
                                 else points)]


def _namesake_support(m: _Mention, mentions: list[_Mention], own_division: bool = False
                      ) -> tuple[set[str], list[tuple[float, float, float]]]:
    """What supports a town or county of the bare name ``m`` against the world city or the
    country of that name: the first-level divisions named as any name's qualifier or within
    _DIVISION_NEAR_CHARS of ``m``, and the points of the document's other names
    (:func:`_support_points`). A division named farther away is no support (a national
    report names states for their own sake: "Ohio" in a report on an election is no
    support for an Ohio town called "Lebanon" three paragraphs on); a county or a town
    named anywhere is (local news names its own area), and so is the division of a report
    that names no other (a local report: "Paris ... Kentucky"); any county of a name written
    within _DIVISION_NEAR_CHARS supports the towns within _COH_NEAR_KM of it. With
    ``own_division`` a division supports only the towns inside it (named near or as a
    qualifier), not those of a neighbouring division, and a name only the towns within
    _COH_NEAR_KM of it (its own area), not those within _REGION_KM."""
    others = [o for o in mentions if norm(o.text) != norm(m.text)]
    named = {q.admin1_key for o in others for q in [o.qualifier] + [
        p for p, _ in o.found if p.feature == "admin1" and abs(o.start - m.start) <= _DIVISION_NEAR_CHARS] if q}
    near = [o for o in others if abs(o.start - m.start) <= _DIVISION_NEAR_CHARS]
    # a report naming one first-level division in all is a local one: that one supports
    divisions = {p.admin1_key for o in others for p, k in o.found if k == "main" and p.feature == "admin1"}
    sole = len(divisions) == 1
    if sole and own_division:
        named |= divisions
    points = [pt for o in others
              for pt in _support_points(o, (sole or o in near) and not own_division)]
    # a county named beside the name, of any size ("Lebanon ... Boone County"): its own area
    points += [(p.lat, p.lon, _COH_NEAR_KM) for o in near for p, k in o.found
               if k == "main" and p.feature == "admin2"]
    if own_division:
        points = [(la, lo, min(km, _COH_NEAR_KM)) for la, lo, km in points]
    return named, points


def _support_points(o: _Mention, near: bool = True) -> list[tuple[float, float, float]]:
    """(lat, lon, reach in km) of the readings by which the name ``o`` supports a town near
    them: by its large readings when it has any (a division within _REGION_KM, only when
    ``near``, written within _DIVISION_NEAR_CHARS; a city of BIG_TOWN+ within _COH_NEAR_KM,
    its own area: "Tallahassee" supports a small "Havana" beside it, "Philadelphia" no small
    "Dallas" 170 km away), never by the small namesakes of a large name (a village called
    "Florida"); else by its towns and counties within _REGION_KM."""
    main = [p for p, k in o.found if k == "main" and p.feature in ("city", "admin2", "admin1")]
    large = [p for p, k in o.found if k == "main" and (
        p.feature not in ("city", "admin2") or p.population >= BIG_TOWN)]
    if not large:
        return [(p.lat, p.lon, _REGION_KM) for p in main if near or p.feature != "admin1"]
    return [(p.lat, p.lon, _REGION_KM if p.feature == "admin1" else _COH_NEAR_KM)
            for p in large if p.feature in ("city", "admin2") or (near and p.feature == "admin1")]


def _supported(p: Place, named: set[str], points: list[tuple[float, float, float]]) -> bool:
    """``p`` lies in one of the ``named`` divisions or within the reach of one of ``points``."""
    return p.admin1_key in named or any(
        abs(la - p.lat) < km / 111.0 and haversine(p.lat, p.lon, la, lo) < km
        for la, lo, km in points)


def _country_name(name: str, gaz: Gazetteer) -> bool:
    """``name`` is the main name of a country of today."""
    return any(p.feature == "country" and k == "main" and not p.historic for p, k in gaz.lookup(name))


def _mentions(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[_Mention]:
    """Mentions for ``spans``, each with the qualifier written after it; a span that is
    itself the qualifier of the previous one ("Texas" in "Paris, Texas") is that place."""
    out: list[_Mention] = []
    quals: dict[tuple[int, int], Place] = {}
    for s, e in spans:
        # after a street ("508 Cumberland St., Lebanon") the next name is a town, not a qualifier
        q = None if _STREET.search(text[s:e]) else qualifier_of(text, e, gaz, text[s:e])
        if q:
            quals[(q[1], q[2])] = q[0]
        # a country's own name before a country is a list ("A, B and C"), not a town of B:
        # B is still a country, A is left bare
        listed = q is not None and q[0].feature == "country" and _country_name(text[s:e], gaz)
        m = _Mention(s, e, text[s:e], qualifier=q[0] if q and not listed else None)
        out.append(m)
    for m in out:
        qual = quals.get((m.start, m.end))
        if qual is not None and m.qualifier is None:
            m.qualifier = qual
    return out


def _focus(mentions: list[_Mention]) -> Place | None:
    """The document's focus: its most often named town or county (the first on a tie),
    if it names one."""
    counts = Counter(m.place for m in mentions
                     if m.place is not None and m.place.feature in ("city", "admin2"))
    return counts.most_common(1)[0][0] if counts else None


def resolve_spans(
    text: str, spans: list[tuple[int, int]], adoc: AnnotatedDoc | None = None, backoff: bool = True
) -> list[tuple[float, float] | None]:
    """Coordinates of the toponyms at ``spans`` (character offsets into ``text``), resolved
    together as one document, leniently (see :func:`lookup`). When ``adoc`` is given, its
    own place entities add context. A name the gazetteer does not know is put at the
    document's focus (:func:`_focus`) when ``backoff``: local news names streets, villages
    and townships too small for the gazetteer, near the town it is about; else None. So
    is a feature ("Lake X", "X River", "Mount X"; not a county named as such) that a town of
    under _FEATURE_TOWN inhabitants more than _FOCUS_KM from the focus approximates or is
    named like."""
    gaz = get_gazetteer()
    mentions = _mentions(text, spans, gaz)
    extra = []
    if adoc is not None:
        taken = set(spans)
        extra = [_Mention(x.start_char, x.end_char, x.text) for x in adoc.ents
                 if x.label in ("GPE", "LOC") and (x.start_char, x.end_char) not in taken]
    _resolve_all(mentions + extra, gaz, lenient=True, text=text)
    focus = _focus(mentions + extra) if backoff else None
    if focus is not None:  # "Lake X", "X River" taken for a small town X far from the focus
        for m in mentions:
            p = m.place
            if (p is not None and p.feature in ("city", "admin2") and p.population < _FEATURE_TOWN
                    and _GENERIC.search(m.text)
                    and not (p.feature == "admin2" and any(q == p for q, _ in gaz.lookup(m.text)))
                    and haversine(p.lat, p.lon, focus.lat, focus.lon) > _FOCUS_KM):
                m.place = focus
    return [(m.place.lat, m.place.lon) if m.place else (focus.lat, focus.lon) if focus and not m.found
            else None for m in mentions]
