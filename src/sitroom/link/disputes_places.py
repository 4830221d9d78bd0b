"""Where a sentence puts a person, and the countries its facts are set in (the scope that
tells a part from the whole)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Callable

from .disputes_words import _patterns, _words


def presence(sentence: str, actors: list[tuple[int, int, str]],
             places: list[tuple[int, int, str, str]]) -> frozenset[tuple[str, str, str]]:
    """Where a sentence puts a person: an actor mention (``actors``: start, end, id, offsets
    into the sentence), then within four words a presence word ("is", "arrived", "was seen"),
    then "in" or "at" and within three words a place mention (``places``: start, end, name,
    country code) -> {(actor id, place name, country)}."""
    p = _patterns()
    out = set()
    for _, a1, aid in actors:
        m = p["presence"].match(sentence, a1)
        if not m:
            continue
        for p0, p1, name, cc in places:
            gap = sentence[m.end():p0]
            if not _puts_there(m, gap):
                continue
            nxt = re.match(r"\s*([a-z]+)\b", sentence[p1:])
            if nxt and nxt.group(1) not in _words()["noun_stop"]:
                continue  # a place naming a kind ("the first US hostage"), not where one is
            if p0 >= m.end() and len(gap.split()) <= 3 and not re.search(r"[,;.]", gap):
                out.add((aid, name, cc))
                break
    return frozenset(out)


def _puts_there(m: re.Match[str], gap: str) -> bool:
    """Whether a presence word (``m``) puts its person at a place after ``gap``: not through a
    birthplace ("was born in"), and a copula ("is", "was") only with a locative word as the
    gap's last word but articles ("was in", "is still at the", "is currently in the"), not
    before any place ("is a liar and <place>", "is a friend of <place>")."""
    pw = _words()["presence"]
    words = gap.lower().split()
    if set(words) & set(pw["not_presence"]):
        return False
    if m.group("word").lower() in pw["copulas"] and not m.group("loc"):
        articles = _words()["articles"]["words"]
        while words and words[-1] in articles:
            words.pop()
        return bool(words) and words[-1] in pw["locatives"]
    return True


@lru_cache(maxsize=1)
def _locative() -> re.Pattern[str]:
    """A locative word before a place, with a kind of place between ("in the capital",
    "in the province of")."""
    kinds = "|".join(["capital", "city", "town", "port", *_words()["division_nouns"]["words"]])
    return re.compile(r"\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?"
                      rf"(?:[A-Z][\w'’-]*\s+)?(?:(?:{kinds})\s+(?:of\s+)?)?$")


_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,|and|&)\s*$")


# a place followed by one of these words names an owner, not where ("U.S. embassies")
_MODIFIES = re.compile(r"^\.?\s+([a-z][a-z-]+)")


def _scope_countries(places, text: str) -> dict[int, set[str]]:
    """Per sentence, the countries of the places its facts are set in: a place after a
    locative word ("killed in Kenya", "outside the embassy in the Tanzanian capital Dar es
    Salaam") or listed after one ("in Nairobi, Kenya, and Dar es Salaam"); not a place used
    as a modifier ("U.S. embassies") or an owner ("embassies of the United States")."""
    out: dict[int, set[str]] = defaultdict(set)
    for sent, spots in scoped_places(places, text).items():
        out[sent].update(cc for _, cc in spots)
    return out


def scoped_places(places, text: str) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, where each place its facts are set in starts (document offset) and its
    country (see :func:`_scope_countries`)."""
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    countries = frozenset(pl.country_code for pl in places if pl.country_code)
    prev_end, prev_scoped = -1, False
    for pl in sorted(places, key=lambda x: x.start):
        scoped = bool(_locative().search(text[max(0, pl.start - 40): pl.start])) or (
            prev_scoped and prev_end >= 0 and bool(_LIST_GAP.match(text[prev_end: pl.start])))
        nxt = _MODIFIES.match(text[pl.end: pl.end + 30])
        if nxt and nxt.group(1) in _words()["place_modified"]:
            scoped = False  # a modifier, not where: "outside the U.S. embassy"
        if scoped and (cc := pl.country_code or _unplaced_country(pl.name, countries)):
            out[pl.sent].append((pl.start, cc))
        prev_end, prev_scoped = pl.end, scoped
    return out


def _unplaced_country(name: str, countries: frozenset[str]) -> str | None:
    """The country of a place the extraction left unresolved, found in the gazetteer
    (:func:`.disputes_nesting.unplaced_path`), else None."""
    from .disputes_nesting import unplaced_path

    path = unplaced_path(name, countries)
    return path[0] if path else None


_PLURAL_SITES = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+the\s+((?:[A-Z][a-z]+\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)?){2,})"
    r"(?:capitals|cities|towns|ports|embassies|provinces|regions|states)\b")


def demonym_sites(sentence: str, country_of: Callable[[str], str | None]
                  ) -> list[tuple[int, str]]:
    """Places a sentence sets its facts in by adjectives of several countries ("in the
    Kenyan and Tanzanian capitals": KE, TZ), each as (offset in the sentence, country);
    ``country_of`` gives the country code of a demonym (None if it is none)."""
    out = []
    for m in _PLURAL_SITES.finditer(sentence):
        for w in re.finditer(r"[A-Z][a-z]+", m.group(1)):
            cc = country_of(w.group(0))
            if cc:
                out.append((m.start(1) + w.start(), cc))
    return out


_SCOPE = re.compile(r"\b(?:in|across|near|around|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s*)+)")


@lru_cache(maxsize=1 << 14)
def _scopes(sentence: str) -> frozenset[str]:
    """The named places a sentence sets its facts in ("killed in Belgorod" -> Belgorod)."""
    return frozenset(m.group(1).strip().lower() for m in _SCOPE.finditer(sentence))


def other_scope(a: str, b: str) -> bool:
    """Whether two sentences set their figures in different named places, so one figure may
    be part of the other ("3 killed in X" against "12 killed in the region of Y")."""
    sa, sb = _scopes(a), _scopes(b)
    return bool(sa) and bool(sb) and not (sa & sb)
