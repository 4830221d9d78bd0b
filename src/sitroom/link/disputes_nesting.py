"""Places compared by containment (a city within its first-level division within its country),
for figures and for where a person is.

A place is read as its path in the gazetteer: a country ``("IR",)``, a first-level division
``("IR", "11")``, a city ``("IR", "11", "city:<id>")``. One place holds another when its path
is the start of the other's. Two figures of one count set in places one of which holds the
other are of overlapping scopes: the whole may hold more than its part, never less; a figure of
the whole lower than one of its part is a figure against it. Figures set in two places neither
of which holds the other are of different things and not compared."""

from __future__ import annotations

import re
from functools import lru_cache

from .disputes_words import _words

Path = tuple[str, ...]


@lru_cache(maxsize=1 << 12)
def place_path(name: str, country: str | None, feature: str | None = None) -> Path | None:
    """The gazetteer path of a resolved place (name, country code and, when known, feature):
    None for places the gazetteer does not place in a country (seas, regions, unresolved)."""
    if not country:
        return None
    if feature == "country":
        return (country,)
    if feature not in (None, "admin1", "city"):
        return None
    from ..extract.gazetteer import get_gazetteer

    found = [p for p, _ in get_gazetteer().lookup(name) if p.country_code == country
             and p.feature in (("country", "admin1", "city") if feature is None else (feature,))]
    if not found:
        return None
    rank = {"country": 0, "admin1": 1, "city": 2}
    best = min(found, key=lambda p: (rank[p.feature], -p.population))
    if best.feature == "country":
        return (country,)
    if not best.admin1:
        return None
    if best.feature == "admin1":
        return (country, best.admin1)
    return (country, best.admin1, f"city:{best.geonameid or best.name.casefold()}")


@lru_cache(maxsize=1 << 12)
def unplaced_path(name: str, countries: frozenset[str]) -> Path | None:
    """The gazetteer path of a place the extraction left unresolved ("Qeshm island", "X
    province"): its name without the words of a kind of place (``unplaced_kinds``) looked up
    as a country, first-level division or city within ``countries`` (those its report names;
    when it names none, of the one country every candidate is in); None when that finds
    nothing: an unknown place, compared as none (not as a place apart)."""
    kinds = _words()["unplaced_kinds"]
    drop = {w.casefold() for w in kinds["words"]}
    words = re.findall(r"[\w'’.-]+", name)
    core = " ".join(w for w in words if w.casefold() not in drop)
    if not core or core == name.strip():
        return None  # a name the extraction looked up as it is
    from ..extract.gazetteer import get_gazetteer

    found = [p for p, how in get_gazetteer().lookup(core) if how == "main" and p.country_code
             and p.feature in ("country", "admin1", "city")]
    inside = [p for p in found if p.country_code in countries]
    if not countries and len({p.country_code for p in found}) == 1:
        inside = found
    if not inside:
        return None
    division = any(w.casefold() in kinds["division"] for w in words)
    rank = {"country": 0, "admin1": 1 if division else 2, "city": 2 if division else 1}
    best = min(inside, key=lambda p: (rank[p.feature], -p.population))
    return place_path(best.name, best.country_code, best.feature)


def path_of(place, countries: frozenset[str]) -> Path | None:
    """The gazetteer path of a place mention: as resolved, else by :func:`unplaced_path`."""
    if place.country_code:
        return place_path(place.name, place.country_code, place.feature)
    return unplaced_path(place.name, countries)


def holds(whole: Path, part: Path) -> bool:
    """Whether place ``whole`` is ``part`` or holds it."""
    return part[:len(whole)] == whole


def nest_keys(paths) -> set[str]:
    """Every place of ``paths`` and every place holding it, as grouping keys: two statements
    share a key when one place holds the other."""
    return {"N:" + ".".join(p[:k]) for p in paths for k in range(1, len(p) + 1)}


def nested(pa, pb) -> bool:
    """Whether a place of one set is, holds or lies within a place of the other."""
    return any(holds(x, y) or holds(y, x) for x in pa for y in pb)


def relation(pa: frozenset[Path], pb: frozenset[Path]) -> str:
    """How the places two figures are set in stand to each other: "" (one side names none),
    "same" (the same places), "holds" (every place of ``pb`` lies in a place of ``pa``: ``pa``
    is the whole), "within" (the other way round), "apart" (else: places apart, or a figure
    over several places of which only some lie in the other's, "257 in two capitals" against
    "247 in one country")."""
    if not pa or not pb:
        return ""
    if pa == pb:
        return "same"
    if all(any(holds(x, y) for x in pa) for y in pb):
        return "holds"
    if all(any(holds(y, x) for y in pb) for x in pa):
        return "within"
    return "apart"


def whole_below_part(whole_hi: float, part_lo: float) -> bool:
    """A figure of the whole lower than every value the part's figure allows."""
    return whole_hi < part_lo


@lru_cache(maxsize=1)
def division_nouns() -> tuple[str, ...]:
    """Nouns of divisions before "of" and a place ("the province of X")."""
    return tuple(_words()["division_nouns"]["words"])


def places_agree(w1, w2) -> bool:
    """Whether two sets of (place name, country) where one person is put can both hold: a place
    of one is, holds or lies within a place of the other (a city and its country); a place the
    gazetteer cannot place is compared by its country alone, and one of no known country
    (unresolved) is unknown, not a place apart."""
    if any(not c for _, c in w1) or any(not c for _, c in w2):
        return True
    p1 = [place_path(n, c) for n, c in w1]
    p2 = [place_path(n, c) for n, c in w2]
    if None in p1 or None in p2:
        return bool({c for _, c in w1} & {c for _, c in w2})
    return nested(p1, p2)


@lru_cache(maxsize=1)
def _move() -> re.Pattern[str]:
    words = sorted(_words()["move_words"]["words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def moved(text: str) -> bool:
    """Whether a sentence tells of a move ("left for", "flew to", "arrived"): the person is at
    the place from then on."""
    return bool(_move().search(text))


def days_meet(dated_a, iso_a: str | None, dated_b, iso_b: str | None) -> bool:
    """Whether two statements are of one day: the days they name, else the days they were
    written; True when either cannot tell."""
    da = {d for d in dated_a if len(d) == 10} or ({iso_a[:10]} if iso_a else set())
    db = {d for d in dated_b if len(d) == 10} or ({iso_b[:10]} if iso_b else set())
    return not da or not db or bool(da & db)
