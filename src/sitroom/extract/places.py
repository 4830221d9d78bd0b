"""Places: toponym recognition and offline geocoding with document context.

Recognition (:func:`extract_places`): the entities GPE/LOC/FAC of the annotation, repaired
where the small model errs (hyphenated names it cut, "Stratford-upon-Avon"; names it took for a
person or organisation after "in", beside another place, or used metonymically, "Tbilisi
said"; the place an organisation is named after, "Mansfield Police"), plus capitalised
names after a locative preposition or before "region", and every repeat of a name found.
Demonyms ("Russian") are not places.

Resolution against :mod:`.gazetteer` scores each candidate by its population prior (with
bonuses for countries, divisions and national capitals), then adds what the document says:

- a qualifier written next to the name ("Paris, Texas", "Springfield, Ill.", "Lisbon
  (Portugal)") restricts the candidates outright;
- coherence with the *candidates* of the document's other names (:func:`_coherence`): a
  candidate near, or in the same division or country as, plausible readings of other names;
- anchors: names that resolve clearly on their own first, then every name again (twice)
  with the countries, divisions and points of the others' resolutions (a division counts
  more the larger its share of them; a point within _NEAR_KM, and less within _REGION_KM);
- one sense per document: a name qualified once keeps that reading where written bare;
  a bare name of a large division ("Kansas") is not a small town of that name elsewhere.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .. import lexicon
from ..lang.countries import foreign_country
from ..lang.forms import name_form_at
from ..model import AnnotatedDoc, PlaceMention
from .gazetteer import Gazetteer, Place, get_gazetteer, haversine, norm

PLACE_LABELS = ("GPE", "LOC", "FAC")

# US state abbreviations in AP style ("Salem, Ore.", "W.Va.")
_AP_STATES = lexicon.table("places", "ap_states")
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
_LOCATIVE = lexicon.words("places", "locative")
# words that are not toponyms on their own ("the West", "metro"), and roads
_NOT_A_TOPONYM = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|midwest|metro|"
    r"downtown|uptown|gulf|coast|city|county|state|nation|region)$",
    re.I,
)
_ROAD_NUMBER = re.compile(r"^[\s-]*\d")
_STREET = re.compile(
    r"\s(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|highway|hwy|parkway|"
    r"pkwy|court|ct|place|pl|way|circle|trail|route)\.?(?:\s+\d+)?$",
    re.I,
)
# an organisation named after its place ("Mansfield Police", "University of Minnesota")
_INSTITUTION = lexicon.words("places", "institution")
# "the Zaporizhzhia region": a capitalised name before these is a place name
_REGION_WORDS = lexicon.words("places", "region_words")
# after these, even a name the model took for a person is a place if the gazetteer says so
_LOCATIVE_STRICT = lexicon.words("places", "locative_strict")

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


def lookup(name: str, gaz: Gazetteer, lenient: bool = False) -> list[tuple[Place, str]]:
    """Candidates for ``name``: the first of its :func:`variants` the gazetteer knows.
    A division named like a city of 100,000+ within 100 km of its centre is left out.

    An all-capital short name ("UK", "US") matches countries and divisions only. When
    ``lenient`` (the name is given as a toponym, as in evaluation), a demonym counts as its
    country or division ("Israelis", "Ohioans"), and a feature the gazetteer lacks is
    approximated by the place its specific part names ("Kanawha River" -> Kanawha,
    "Madison Township" -> Madison)."""
    state = _state_abbreviation(name, gaz)
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
            if v.replace(".", "").isupper() and len(v.replace(".", "")) <= 4:
                found = [(p, k) for p, k in found if p.feature in ("country", "admin1")] or found
            cities = [p for p, _ in found if p.feature == "city" and p.population >= 100_000]
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


def qualifier_of(text: str, end: int, gaz: Gazetteer) -> tuple[Place, int, int] | None:
    """A country or division written right after a toponym ending at ``end``: ", Texas",
    ", Tex.", ", TX", " (Lithuania)". Returns the place and its character span."""
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
        for p, kind in gaz.lookup(bare):
            if p.feature in ("country", "admin1") and kind in ("main", "historic"):
                return p, s, s + len(bare)
    return None


# --------------------------------------------------------------------------- document level


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
    # a bare name of a large first-level division or region ("Kansas", "Oregon", "Middle
    # East") is not a small town of that name: those need a qualifier ("Kansas, Ill.")
    for m in mentions:
        if m.qualifier is None and any(
            k == "main" and p.feature in ("admin1", "region") and p.population >= 1_000_000
            for p, k in m.found
        ):
            m.found = [(p, k) for p, k in m.found
                       if p.feature not in ("city", "admin2") or p.population >= _TOWN_FLOOR]
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


def _mentions(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[_Mention]:
    """Mentions for ``spans``, each with the qualifier written after it; a span that is
    itself the qualifier of the previous one ("Texas" in "Paris, Texas") is that place."""
    out: list[_Mention] = []
    quals: dict[tuple[int, int], Place] = {}
    for s, e in spans:
        # after a street ("508 Cumberland St., Lebanon") the next name is a town, not a qualifier
        q = None if _STREET.search(text[s:e]) else qualifier_of(text, e, gaz)
        m = _Mention(s, e, text[s:e], qualifier=q[0] if q else None)
        if q:
            quals[(q[1], q[2])] = q[0]
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


def _extend(adoc: AnnotatedDoc, i: int, j: int, gaz: Gazetteer) -> int | None:
    """End token (exclusive) of the longest gazetteer name that continues the tokens
    [i, j) through a hyphen or a lower-case linking word ("Stratford" + "-upon-Avon",
    "Frankfurt" + " am Main"), within the sentence; None if there is none."""
    toks, text = adoc.tokens, adoc.text
    best = None
    linked = False
    for k in range(j, min(j + 5, len(toks))):
        t = toks[k]
        if t.sent != toks[i].sent or "\n" in text[toks[k - 1].end : t.idx]:
            break
        linked = linked or t.text in ("-", "–", "County", "Parish", "Borough") or t.text.islower()
        if t.text in ("-", "–") or t.text.islower() or t.text[:1].isupper():
            if linked and t.text[:1].isupper() and gaz.lookup(text[toks[i].idx : t.end]):
                best = k + 1
            continue
        break
    return best


def _place_in_org(adoc: AnnotatedDoc, ent, gaz: Gazetteer) -> tuple[int, int] | None:
    """The place an organisation is named after. Its first word(s) (after "the" and a
    direction word) when they name a country, a division or a city of 100,000+ ("Georgia
    Environmental Protection Division", "Columbus Metropolitan Library"), or a city of
    10,000+ before an institution word ("Mansfield Police Department"); else the name
    after a final "of" behind an institution word ("University of Minnesota"). Main names
    only, but for countries ("U.S. Army"). Character span, or None."""
    toks, text = adoc.tokens, adoc.text
    words = list(toks[ent.start : ent.end])
    if words and words[0].text.lower() == "the":
        words = words[1:]
    if len(words) > 2 and _DIRECTION.match(words[0].text + " "):
        words = words[1:]

    def fits(s: int, e: int, floor: int) -> bool:
        return text[s:e][:1].isupper() and any(
            (k == "main" and (p.feature == "admin1" or (p.feature == "city" and p.population >= floor)))
            or p.feature == "country" for p, k in gaz.lookup(text[s:e]))

    for n in (3, 2, 1):
        if len(words) > n and words[n].text[:1].isupper():
            s, e = words[0].idx, words[n - 1].end
            floor = 10_000 if words[n].text.lower() in _INSTITUTION else 100_000
            if fits(s, e, floor):
                return s, e
    ofs = [k for k, t in enumerate(words) if t.text == "of"]
    if ofs and ofs[-1] + 1 < len(words) and words[0].text.lower() in _INSTITUTION:
        s, e = words[ofs[-1] + 1].idx, words[-1].end
        if fits(s, e, 10_000):
            return s, e
    return None


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without a leading "the" or a trailing possessive."""
    if text[s:e].lower().startswith("the "):
        s += 4
    if text[s:e].endswith(("'s", "’s")):
        e -= 2
    return s, e


# verbs whose object is a place: what troops enter, take, shell or leave
_PLACE_VERBS = frozenset(
    "enter reach capture seize shell bomb bombard besiege storm recapture retake liberate "
    "evacuate flee encircle surround overrun occupy invade raid strike hit".split())


def taken_place(adoc: AnnotatedDoc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The tokens ``start``..``end`` are the object of a verb of taking, attacking or leaving
    a place (:func:`_place_object`) and name a country, a division or a city of 50,000+."""
    return _place_object(adoc, start, end) and gaz.names_place(adoc.span_text(start, end),
                                                               50_000)


def _place_object(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """The entity (tokens ``start``..``end``) is the direct object of a verb of taking,
    attacking or leaving a place ("rebels entered Goma", "strikes hit Rafah"), or a
    conjunct of one."""
    toks = adoc.tokens
    head = next((k for k in range(start, end) if not start <= toks[k].head < end), end - 1)
    t = toks[head]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return (t.dep == "dobj" and toks[t.head].pos == "VERB"
            and toks[t.head].lemma.lower() in _PLACE_VERBS)


def _candidate_spans(adoc: AnnotatedDoc, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of the toponyms of ``adoc``:

    - place entities, with a leading "the" and a possessive trimmed, "Paris, Texas" split
      in two, extended over a hyphenated or linked name the model cut ("Stratford-upon-Avon");
      a facility only when it names a country, division or city of 50,000+;
    - other entities (a person, an organisation) that the extension makes a place name,
      that follow "in"/"near"/... and name a country, division or city of 50,000+, or
      that name a large city (or, for an organisation, a country: "Moscow denied");
      or that are joined by "and"/"or"/"," to a place entity and name a known place;
    - capitalised words outside entities likewise after a locative preposition, before
      "region"/"province"/..., or forming a hyphenated gazetteer name ("Stratford-upon-Avon");
    - "City, ST" patterns the model missed (:func:`_qualified`);
    - every other occurrence of a name so found (:func:`_repeats`)."""
    text, toks = adoc.text, adoc.tokens
    out: list[tuple[int, int, int]] = []
    covered: set[int] = set()

    def safe(s: int, e: int) -> bool:
        return gaz.names_place(text[s:e], 50_000)

    def metonym(label: str, s: int, e: int) -> bool:
        """A name the model took for an organisation ("Moscow denied") or a person
        ("Tbilisi said") that is a country or division (organisations only) or a city of
        250,000+ (organisations) or 500,000+ (persons), written as one word for persons."""
        if label == "PERSON" and " " in text[s:e]:
            return False
        floor = 500_000 if label == "PERSON" else 250_000
        return any(k == "main" and ((p.feature == "city" and p.population >= floor)
                                    or (label == "ORG" and p.feature in ("country", "admin1")))
                   for p, k in gaz.lookup(text[s:e]))

    def locative(i: int, preps: frozenset[str]) -> bool:
        return i > 0 and toks[i - 1].text.lower() in preps

    place_tok = {k for x in adoc.ents if x.label in ("GPE", "LOC") for k in range(x.start, x.end)}

    def coordinated(a: int, b: int) -> bool:
        """Joined by "and"/"or"/"," to a place entity ("near Bakhmut and Soledar")."""
        before = a >= 2 and toks[a - 1].text in ("and", "or", ",") and a - 2 in place_tok
        after = b + 1 < len(toks) and toks[b].text in ("and", "or", ",") and b + 1 in place_tok
        return before or after

    def known(s: int, e: int) -> bool:
        return gaz.names_place(text[s:e], 5_000)

    for ent in adoc.ents:
        covered.update(range(ent.start, ent.end))
        ext = _extend(adoc, ent.start, ent.end, gaz)
        if ext is not None:
            covered.update(range(ent.end, ext))
            out.append((ent.start_char, toks[ext - 1].end, ent.sent))
            continue
        s, e = _trimmed(text, ent.start_char, ent.end_char)
        if _NOT_A_TOPONYM.match(text[s:e]) or _ROAD_NUMBER.match(text[e : e + 6]):
            continue
        if ent.label == "ORG":
            inner = _place_in_org(adoc, ent, gaz)
            if inner is not None:
                out.append((*inner, ent.sent))
                continue
        if ent.label not in PLACE_LABELS:
            if ent.label in ("PERSON", "ORG") and (
                (locative(ent.start, _LOCATIVE_STRICT) and safe(s, e)) or metonym(ent.label, s, e)
                or (coordinated(ent.start, ent.end) and known(s, e))
                or taken_place(adoc, ent.start, ent.end, gaz)
            ):
                out.append((s, e, ent.sent))
            continue
        if gaz.is_demonym(text[s:e]) or (ent.label == "FAC" and not safe(s, e)):
            continue
        parts = [(s, e)]
        if "," in text[s:e]:
            c = text.index(",", s, e)
            tail = c + 1 + (len(text[c + 1 : e]) - len(text[c + 1 : e].lstrip()))
            parts = [(s, c), (tail, e)]
        out.extend((a, b, ent.sent) for a, b in parts if b > a)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.i in covered or t.pos != "PROPN" or not t.text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].pos == "PROPN" and j not in covered and toks[j].text[:1].isupper():
            j += 1
        ext = _extend(adoc, i, j, gaz)
        if ext is not None:
            out.append((t.idx, toks[ext - 1].end, t.sent))
            covered.update(range(i, ext))
            i = ext
            continue
        region = j < len(toks) and toks[j].text.lower() in _REGION_WORDS
        if (locative(i, _LOCATIVE) and safe(t.idx, toks[j - 1].end)) or (
            region and gaz.lookup(text[t.idx : toks[j - 1].end])
        ):
            out.append((t.idx, toks[j - 1].end, t.sent))
        i = j
    out = [(s, e, k) for s, e, k in out if text[s:e][:1].isupper()]
    out += _qualified(adoc, out, gaz)
    return sorted(set(out) | set(_repeats(adoc, out, gaz)))


_CAPITALISED_RUN = re.compile(r"(?<![\w.-])((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),")


def _qualified(adoc: AnnotatedDoc, found: list[tuple[int, int, int]], gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """"City, ST" written out: a capitalised name before a comma and a country or division
    ("Greer, S.C.", "COLUMBIA, S.C.", "Gori, Georgia") when the gazetteer has a place of
    that name in it; both the name and the qualifier become toponyms (if not found yet)."""
    text = adoc.text
    taken = [(s, e) for s, e, _ in found]
    out = []
    for m in _CAPITALISED_RUN.finditer(text):
        q = qualifier_of(text, m.end(1), gaz)
        if q is None:
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        for w in words:  # the longest tail of the run that names a place in the qualifier
            s, e = m.start(1) + w.start(), m.end(1)
            if any(k == "main" and p != q[0] and _fits(p, q[0]) for p, k in gaz.lookup(text[s:e])):
                for a, b in ((s, e), (q[1], q[2])):
                    if not any(x < b and a < y for x, y in taken):
                        out.append((a, b, adoc.sent_at(a)))
                        taken.append((a, b))
                break
    return out


def _repeats(adoc: AnnotatedDoc, found: list[tuple[int, int, int]], gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """Other occurrences of the gazetteer names already found (one sense per document:
    "Alexandria woman charged" once "Alexandria" was a place), as written or in capitals,
    outside other spans and outside entities other than places and organisations (a
    person, an event, a work: "the Olympic Games")."""
    text = adoc.text
    names = {text[s:e] for s, e, _ in found if len(text[s:e]) >= 3 and gaz.lookup(text[s:e])}
    taken = [(s, e) for s, e, _ in found]
    taken += [(x.start_char, x.end_char) for x in adoc.ents if x.label not in ("GPE", "LOC", "FAC", "ORG")]
    out = []
    for name in names:
        for form in {name, name.upper()}:
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                s, e = m.span()
                if not any(a < e and s < b for a, b in taken):
                    out.append((s, e, adoc.sent_at(s)))
                    taken.append((s, e))
    return out


def _plausible(adoc: AnnotatedDoc, s: int, e: int, people: set[str]) -> bool:
    """Whether an unresolved name still reads as a place: several words, or after a
    locative preposition ("in Soledar"), not a street, and not a word of a person's name
    in the document (``people``); a lone unknown word may be a mislabelled person."""
    name = adoc.text[s:e].strip()
    if _STREET.search(name) or name in people:
        return False
    i = adoc.token_at(s)
    if i > 0 and adoc.tokens[i - 1].text.lower() == "the":
        i -= 1
    return " " in name or (i > 0 and adoc.tokens[i - 1].text.lower() in _LOCATIVE)


def extract_places(adoc: AnnotatedDoc) -> tuple[PlaceMention, ...]:
    """The toponyms of one document, resolved together. Unresolved ones keep their text as
    name and no coordinates, when :func:`_plausible`; FAC entities only when resolved."""
    gaz = get_gazetteer()
    text = adoc.text
    spans = _candidate_spans(adoc, gaz)
    mentions = _mentions(text, [(s, e) for s, e, _ in spans], gaz)
    for m in mentions:  # an inflected name is looked up in its dictionary form ("Пловдива")
        m.text = name_form_at(adoc, m.start, m.end)
    _resolve_all(mentions, gaz, lenient=False, text=text)
    fac = {(x.start_char, x.end_char) for x in adoc.ents if x.label == "FAC"}
    people = {adoc.tokens[k].text for x in adoc.ents if x.label == "PERSON" for k in range(x.start, x.end)}
    out = []
    for (s, e, sent), m in zip(spans, mentions):
        p = m.place
        if p is None and (any(a <= s and e <= b for a, b in fac) or not _plausible(adoc, s, e, people)):
            continue
        out.append(
            PlaceMention(
                doc=adoc.doc.id, start=s, end=e, sent=sent, text=text[s:e],
                name=p.name if p else text[s:e],
                lat=p.lat if p else None, lon=p.lon if p else None,
                country_code=p.country_code or None if p else None,
                feature=p.feature if p else None,
                geonameid=p.geonameid if p else None,
                population=p.population if p else None,
            )
        )
    return tuple(out)
