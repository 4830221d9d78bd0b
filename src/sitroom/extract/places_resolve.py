"""One place name to gazetteer places: the name's variants and lookup (US state
abbreviations, demonyms, a country qualifier after a comma), and the score of a candidate in
its context (population, feature, named countries, nearby places)."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import lexicon
from ..lang.countries import foreign_country
from .gazetteer import Gazetteer, Place, get_gazetteer, haversine, norm
from .places_initials import INITIALS_LETTERS
from .places_nicknames import nickname_state

# US state abbreviations in AP style ("Salem, Ore.", "W.Va.")
_AP_STATES = lexicon.table("places", "ap_states")
# the population from which a town is what its name means ("town_populations"): read once here
_TOWNS = lexicon.table("places", "town_populations")
BIG_TOWN: int = _TOWNS["big_town"]
INSTITUTION_TOWN: int = _TOWNS["institution_town"]
DIVISION_NAME: int = _TOWNS["division_name"]
WORLD_CITY: int = _TOWNS["world_city"]
WORLD_NAMESAKE: int = _TOWNS["world_city_namesake"]
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?|upper|lower|greater|"
    r"downtown|metro|metropolitan)\s+",
    re.I,
)
# "North Side", "West End": a part of a town, not a place called "Side"
_PART_OF_TOWN = lexicon.words("places", "part_of_town")
_WRAPPER = re.compile(r"^(?:the\s+)?(?:city|town|village|state|county|province|region|republic)\s+of\s+", re.I)
# generic words of features the gazetteer lacks ("Kanawha River", "Lake Lanier")
_GENERIC = re.compile(
    r"^(?:lake|mount|mt\.?|fort|port of)\s+|\s+(?:river|creek|lake|park|valley|township|twp\.?|"
    r"harbor|harbour|bay|falls|station|city|heights|mountains?|islands?|county|parish)$",
    re.I,
)
_STREET = re.compile(
    r"\s(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|highway|hwy|parkway|"
    r"pkwy|court|ct|place|pl|way|circle|trail|route)\.?(?:\s+\d+)?$",
    re.I,
)

# scoring weights
_W_ALTERNATE = -1.2  # matched an alternate (often foreign or historic) name
_W_COUNTRY = 1.6  # the candidate's country is named or implied elsewhere in the document
_W_NEIGHBOUR = 0.8  # else a country bordering it is
_W_ADMIN1 = 2.2  # its first-level division is named or implied elsewhere
_W_ADMIN1_SHARE = 2.0  # more with the share of the other places lying in that division
_W_NEAR = 1.2  # it lies within _NEAR_KM of another place of the document
_NEAR_KM = 120.0
_W_REGION = 1.0  # it lies within _REGION_KM of another place of the document
_REGION_KM = 250.0
_REGION_DEG = _REGION_KM / 111.0
_FEATURE_TOWN = 20_000  # see resolve_spans
_FOCUS_KM = 300.0
_TOWN_FLOOR = 50_000  # a bare name of a large division means the division, not a smaller town
_FEATURE_BONUS = lexicon.table("places", "feature_bonus")
_ANCHOR_MARGIN = 1.5
_W_CAPITAL = 1.5  # national capitals are what a bare name usually means
_W_COH_ADMIN1 = 1.0  # per other name that could lie in the same division
_W_COH_COUNTRY = 0.25  # per other name that could lie in the same country
_W_COH_NEAR = 1.0  # per other name that could lie within _COH_NEAR_KM
_TEMPER = 0.5
_ALPHA_NEAR = 1000.0
_ALPHA_ADMIN1 = 20.0
_ALPHA_COUNTRY = 5.0
_COH_NEAR_KM = 60.0
_COH_CAP = 3.0
_W_POP = 1.0  # weight of log10(population)


@dataclass
class ResolveContext:
    """What the document says besides the name being resolved.

    ``countries`` / ``admin1`` count country codes and ``"CC.CODE"`` division keys of the
    document's other places; ``points`` are their coordinates; ``qualifier`` is a place
    written right after the name ("Texas" in "Paris, Texas"), already resolved.
    """

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    qualifier: Place | None = None
    lenient: bool = False  # the name is known to be a toponym: see lookup()
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # country -> bordering


def _prior(p: Place, kind: str) -> float:
    s = _W_POP * math.log10(max(p.population, 100)) + _FEATURE_BONUS[p.feature]
    if kind == "alternate":
        s += _W_ALTERNATE
    return s


def _nearest(p: Place, points: list[tuple[float, float]]) -> float:
    """Distance in km to the nearest of ``points`` less than _REGION_DEG degrees of
    latitude away (infinity if none is)."""
    best = math.inf
    for la, lo in points:
        if abs(la - p.lat) < _REGION_DEG:
            best = min(best, haversine(p.lat, p.lon, la, lo))
    return best


def _score(p: Place, kind: str, ctx: ResolveContext) -> float:
    s = _prior(p, kind)
    if p.country_code and ctx.countries[p.country_code]:
        s += _W_COUNTRY
    elif p.country_code and any(ctx.countries[c] for c in ctx.neighbours.get(p.country_code, ())):
        s += _W_NEIGHBOUR
    if p.feature in ("city", "admin2", "admin1") and p.admin1_key and ctx.admin1[p.admin1_key]:
        s += _W_ADMIN1 + _W_ADMIN1_SHARE * ctx.admin1[p.admin1_key] / ctx.admin1.total()
    if p.feature in ("city", "admin2") and ctx.points:
        d = _nearest(p, ctx.points)
        if d < _NEAR_KM:
            s += _W_NEAR
        if d < _REGION_KM:
            s += _W_REGION
    return s


def _fits(p: Place, q: Place) -> bool:
    """True when ``p`` lies in the qualifier ``q`` (a country or a first-level division)."""
    if q.feature == "country":
        return p.country_code == q.country_code
    if q.feature == "admin1":
        return p.admin1_key == q.admin1_key
    if q.feature == "admin2":
        return p.admin1_key == q.admin1_key and haversine(p.lat, p.lon, q.lat, q.lon) < 80
    return False


def variants(name: str) -> list[str]:
    """Forms of a toponym to look up, most literal first: as written, without a possessive,
    a leading article, a "City of" wrapper or a direction word ("northern Virginia")."""
    name = name.strip().strip(",.;:")
    out = [name]
    for pat in (r"[’']s$", r"^the\s+"):
        cut = re.sub(pat, "", out[-1], flags=re.I)
        if cut != out[-1]:
            out.append(cut)
    if re.search(r"\sCo$", out[-1]):
        out.append(out[-1][:-2] + "County")
    base = out[-1]
    for rx in (_WRAPPER, _DIRECTION):
        cut = rx.sub("", base)
        if cut != base and cut and cut.lower() not in _PART_OF_TOWN:
            out.append(cut)
            base = cut
    return list(dict.fromkeys(v for v in out if v))


def _state_abbreviation(name: str, gaz: Gazetteer) -> Place | None:
    """The US state of an abbreviation written with periods: AP style ("Calif.", "W.Va.")
    or the initials of a state of several words ("N.J.", "D.C.")."""
    if "." not in name or len(name) > 7:
        return None
    key = re.sub(r"[.\s]", "", name).lower()
    code = _AP_STATES.get(key) if re.fullmatch(r"[A-Z][a-z]+\.|[A-Z]\.\s?[A-Z][a-z]+\.", name) else None
    if code is None and len(key) == 2 and name.count(".") == 2:
        p = gaz.admin1(f"US.{key.upper()}")
        words = p.name.split() if p else []
        if len(words) >= 2 and "".join(w[0] for w in words if w[0].isupper()).lower() == key:
            return p
    return gaz.admin1(f"US.{code}") if code else None


_DEMONYM_ENDINGS = lexicon.word_list("places", "demonym_endings")


def _demonym_stem(word: str, gaz: Gazetteer) -> list[Place]:
    """Country or division a derived demonym points to ("Ohioans" -> Ohio, "Texan" ->
    Texas, "Dagestani" -> Dagestan, "Mongol" -> Mongolia, "European" -> Europe): the first
    ending (or none) whose stem begins exactly one such name (at most two letters longer)."""
    if " " in word or len(word) < 5 or not word[:1].isupper():
        return []
    for end in _DEMONYM_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            found = gaz.by_stem(word[: len(word) - len(end)])
            if len({p.admin1_key or p.country_code for p in found}) == 1:
                return found
    return []


def country_over_alternates(found: list[tuple[Place, str]]) -> list[tuple[Place, str]]:
    """A country's own name ("Puerto Rico") is the country, not a city that has it as an
    alternate name (its capital, "San Juan"): such cities are left out of ``found``."""
    if any(p.feature == "country" and k == "main" for p, k in found):
        return [(p, k) for p, k in found if not (p.feature == "city" and k == "alternate")]
    return found


# initials written with periods ("U.S.", "F.B.I.") name a place only as a country's, a
# division's or a region's ("U.K.", "E.U."; a state's and a large place's are read above)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,5}")
_INITIALS_KINDS = lexicon.words("places", "initials_kinds")


def is_initials(name: str) -> bool:
    """True for capital initials written with periods ("F.B.I.", "U.N.")."""
    return _INITIALS.fullmatch(name.strip()) is not None


def named_after(p: Place, name: str) -> bool:
    """True when the main name of ``p`` is ``name`` followed by more words ("Oklahoma City",
    "Johor Bahru" for "Oklahoma", "Johor"): a place named after another of that name."""
    mine, other = norm(p.name).split(), norm(name).split()
    return len(mine) > len(other) and mine[:len(other)] == other


def lookup(name: str, gaz: Gazetteer, lenient: bool = False) -> list[tuple[Place, str]]:
    """Candidates for ``name``: the first of its :func:`variants` the gazetteer knows.
    A division named like a city of 100,000+ within 100 km of its centre is left out; a
    country's own name is not a city that has it as an alternate name (its capital).

    An all-capital short name ("UK", "US") matches countries and divisions only. When
    ``lenient`` (the name is given as a toponym, as in evaluation), a demonym counts as its
    country or division ("Israelis", "Ohioans"), and a feature the gazetteer lacks is
    approximated by the place its specific part names ("Kanawha River" -> Kanawha,
    "Madison Township" -> Madison)."""
    state = _state_abbreviation(name, gaz) or nickname_state(name, gaz)  # "Hoosier State"
    if state is not None:
        return [(state, "main")]
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", name.strip()):  # "L.A.", "B.C.": a large place's initials
        initials = gaz.by_initials(name.replace(".", "").strip())
        if initials:  # the context decides between namesakes ("B.C.": British Columbia, Baja...)
            return [(p, "alternate") for p in initials]
    forms = variants(name)
    if lenient:
        forms += [v for f in forms for v in variants(_GENERIC.sub("", f)) if v != f]
    for v in forms:
        found = gaz.lookup(v, demonyms=lenient)
        if not found and lenient and v.endswith("s"):
            found = [(p, k) for p, k in gaz.lookup(v[:-1], demonyms=True) if k == "demonym"]
        if not found and lenient:
            found = [(p, "demonym") for p in _demonym_stem(v, gaz)]
        if not found and lenient and " " not in v and len(v) >= 5:  # "Saudi" (Arabia)
            first = gaz.by_first_word(v)
            found = [(first[0], "alternate")] if len(first) == 1 else []
        if found:
            found = country_over_alternates(found)
            if is_initials(name):  # "U.N.", "N.A.T.O.": a body's initials, never a town's name
                found = [(p, k) for p, k in found if p.feature in _INITIALS_KINDS]
            elif v.replace(".", "").isupper() and len(v.replace(".", "")) <= INITIALS_LETTERS:
                found = [(p, k) for p, k in found if p.feature in ("country", "admin1")] or found
            # a city named after its division ("X City" reached as "X") does not stand for it
            cities = [p for p, k in found if p.feature == "city" and p.population >= BIG_TOWN
                      and not (k == "alternate" and named_after(p, v))]
            return [  # a division named after its city ("Kiev" oblast) stands for the city
                (p, k) for p, k in found
                if p.feature != "admin1" or not any(haversine(p.lat, p.lon, c.lat, c.lon) < 100 for c in cities)
            ]
    return foreign_country(name, gaz)  # "Bulgarie", "Болгарии": a country in another language


def resolve(name: str, context: ResolveContext | None = None, gaz: Gazetteer | None = None) -> Place | None:
    """The most likely place called ``name`` given ``context`` (None when unknown)."""
    gaz = gaz or get_gazetteer()
    ctx = context or ResolveContext()
    if not ctx.neighbours:
        ctx.neighbours = gaz.neighbours
    found = lookup(name, gaz, ctx.lenient)
    if not found:
        return None
    if ctx.qualifier is not None:
        if any(p == ctx.qualifier for p, _ in found):
            return ctx.qualifier
        found = [(p, k) for p, k in found if _fits(p, ctx.qualifier)] or found
    return max(found, key=lambda pk: _score(pk[0], pk[1], ctx) + _W_CAPITAL * gaz.is_capital(pk[0]))[0]


def qualifier_of(text: str, end: int, gaz: Gazetteer, name: str | None = None
                 ) -> tuple[Place, int, int] | None:
    """A country or division written right after a toponym ending at ``end``: ", Texas",
    ", Tex.", ", TX", " (Lithuania)". Returns the place and its character span. Where the
    qualifier names several countries or divisions ("Florida": the US state and a Puerto
    Rican municipality), it is the one that holds a place called ``name`` (the toponym, when
    given), else the most populous."""
    m = re.match(r"\s*(?:,|\()\s*([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})", text[end:])
    if not m:
        return None
    words = m.group(1)
    s = end + m.start(1)
    # try the longest run of capitalised words first ("New Mexico" before "New")
    parts = words.split()
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n])
        e = s + len(cand)
        bare = cand.rstrip(".")
        key = norm(bare)
        if bare.isupper() and len(bare) == 2 or (n == 1 and key.replace(" ", "") in _AP_STATES):
            code = bare if bare.isupper() and len(bare) == 2 else _AP_STATES[key.replace(" ", "")]
            p = gaz.admin1(f"US.{code}")
            if p is not None:
                return p, s, e
            continue
        cands = [p for p, kind in gaz.lookup(bare)
                 if p.feature in ("country", "admin1") and kind in ("main", "historic")]
        if cands:
            inner = [p for p, _ in gaz.lookup(name)] if name and len(cands) > 1 else []
            holding = [q for q in cands if any(p != q and _fits(p, q) for p in inner)]
            return max(holding or cands, key=lambda q: q.population), s, s + len(bare)
    return None
