"""Entity resolution inside one report: which mentions of a report are one entity, and of what kind.

Pure functions over the candidate mentions of :mod:`sitroom.extract.actors` (objects with
``start``, ``end``, ``head``, ``kind``, ``name``, ``role``, ``pronoun``, ``generic``,
``coref_of``, ``alias``), called after persons, pronouns and role nouns are resolved:

* :func:`join_bodies`: a body written "Full Name (ABBR)" and then "ABBR", an acronym that the
  initials of exactly one earlier body of the report make, a name repeated, and a short name
  whose words begin or end exactly one longer body name of the report ("Apple" after "Apple
  Computer Inc.", "the Air Force" after "the United States Air Force") are one entity;
* :func:`decide_kinds`: the kind of an entity is decided once, from all its named mentions
  (the most frequent kind; ties by ``kind_priority`` of ``data/actor_rules.json``), and given
  to every mention of it;
* :func:`government_of`: a country or a national capital that acts ("Moscow said",
  "Washington imposed") stands for the state's government, named from the gazetteer.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from .gazetteer import get_gazetteer

RULES: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "actor_rules.json").read_text(encoding="utf-8"))
KIND_PRIORITY: tuple[str, ...] = tuple(RULES["kind_priority"])
GOVERNMENT_NOUNS = frozenset(RULES["government_nouns"])
BODY_SUFFIXES = frozenset(RULES["body_suffixes"])
LEADING_ADVERBS = frozenset(RULES["leading_adverbs"])
# what joins a name to another name of the same entity: "X, also known as Y", "X (aka Y)"
ALIAS_GAP = re.compile(r"\s*[,(]?\s*(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(RULES["alias_openers"], key=len, reverse=True))
    + r")(?:\s+the)?\s*$", re.IGNORECASE)
ACRONYM_SKIP = frozenset(json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "actor_names.json").read_text(encoding="utf-8")
)["acronym_skip"])
BODY_KINDS = frozenset({"organisation", "armed_group", "outlet", "government"})


def decide_kind(kinds: Counter) -> str:
    """The kind of an entity from the kinds of its mentions: the most frequent, ties going to
    the kind listed first in ``kind_priority`` ("unknown" only when nothing else is known)."""
    known = Counter({k: n for k, n in kinds.items() if k != "unknown" and n > 0})
    if not known:
        return "unknown"
    rank = {k: i for i, k in enumerate(KIND_PRIORITY)}
    return max(known, key=lambda k: (known[k], -rank.get(k, len(rank))))


def initials(name: str) -> str:
    """The acronym a body's name makes: the first letter of each word but "of", "and", "the",
    "for" and legal forms ("Inc", "Company"), all letters of a word written in capitals
    ("U.S. Air Force", "US Air Force" and "United States Air Force" give "USAF"); "" for a
    name of one word."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if len(words) < 2:
        return ""
    out = []
    for k, w in enumerate(words):
        letters = re.sub(r"[^A-Za-z]", "", w)
        low = letters.lower()
        if not letters or low in ACRONYM_SKIP or k and k == len(words) - 1 and low in BODY_SUFFIXES:
            continue
        out.append(letters if letters.isupper() and len(letters) <= 4 else letters[0])
    return "".join(out).upper()


def acronym(name: str) -> str:
    """The name itself when it is an acronym ("GAO", "U.S.A.F."), else ""."""
    letters = re.sub(r"[.\s]", "", name.strip())
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else ""


def _words(name: str) -> list[str]:
    """The words of a body's name that identify it: lower case, without a leading article and
    without a trailing legal form ("The Apple Computer Inc." -> apple computer)."""
    ws = [w for w in re.split(r"[^\w&-]+", name.lower()) if w]
    if ws and ws[0] == "the":
        ws = ws[1:]
    while len(ws) > 1 and ws[-1] in BODY_SUFFIXES:
        ws = ws[:-1]
    return ws


def _root(cands: list, k: int) -> int:
    seen = set()
    while cands[k].coref_of is not None and k not in seen:
        seen.add(k)
        k = cands[k].coref_of
    return k


def join_bodies(text: str, char_span, cands: list) -> None:
    """Chain the mentions of one body inside a report (see the module's docstring).
    ``char_span(start, end)`` gives a candidate's character offsets in ``text``."""
    bodies = [k for k, c in enumerate(cands) if c.kind in BODY_KINDS and not c.pronoun
              and not c.generic]
    names_of: dict[int, list[str]] = {}  # earlier bodies: root -> the names of its mentions
    prev_end = None
    for k in bodies:
        c = cands[k]
        s, e = char_span(c.start, c.end)
        if c.coref_of is None:
            target = None
            # "Singapore Airlines (SIA)": the parenthesis names the body just before it
            if (prev_end is not None and text[prev_end[1]:s].strip() == "("
                    and text[e:e + 2].lstrip().startswith(")") and acronym(c.name)
                    or prev_end is not None and ALIAS_GAP.fullmatch(text[prev_end[1]:s])):
                target = prev_end[0]  # "Full Name (ABBR)", "X, also known as Y"
            else:
                target = _earlier(c.name, names_of, cands)
            if target is not None and _root(cands, target) != k:
                c.coref_of = _root(cands, target)
                c.alias = True
        r = _root(cands, k)
        names_of.setdefault(r, [cands[r].name] if r != k else []).append(c.name)
        prev_end = (r, e)


def _earlier(name: str, every: dict[int, list[str]], cands: list) -> int | None:
    """The one earlier body ``name`` is another way of writing: the same name, the body whose
    initials make the acronym ``name``, or the one longer body whose name begins or ends with
    the words of ``name``. None when there is none or more than one."""
    words = _words(name)
    if not words:
        return None
    # every name of a chain counts: an alias written earlier ("SIA") is the body's name
    same = {r for r, ns in every.items() if any(_words(n) == words for n in ns)}
    if same:
        return next(iter(same)) if len(same) == 1 else None
    acr = acronym(name)
    if acr:
        hits = {r for r, ns in every.items() if any(initials(n) == acr for n in ns)}
        return next(iter(hits)) if len(hits) == 1 else None
    hits = set()
    for r, ns in every.items():
        for n in ns:
            w = _words(n)
            if len(w) > len(words) and (w[:len(words)] == words or w[-len(words):] == words):
                hits.add(r)
    if len(hits) > 1:
        # several bodies begin so ("Apple Computer", "Apple Macintosh"): the one the report
        # names most often, if one does
        size = Counter({r: len(every[r]) for r in hits})  # mentions of each
        (top, n), *rest = size.most_common()
        hits = {top} if not rest or rest[0][1] < n else set()
    return next(iter(hits)) if len(hits) == 1 else None


def join_given_names(cands: list) -> None:
    """A one-word person mention not yet resolved that is the given name of exactly one
    earlier full-named person of the report ("Steve" after "Steve Jobs") joins that person."""
    given: dict[str, set[int]] = {}  # given name -> roots of earlier full-named persons
    for k, c in enumerate(cands):
        if c.kind != "person" or c.pronoun:
            continue
        if " " in c.name:
            given.setdefault(c.name.split()[0], set()).add(_root(cands, k))
            continue
        hits = {_root(cands, j) for j in given.get(c.name, ())}
        if c.coref_of is None and len(hits) == 1:
            j = next(iter(hits))
            c.coref_of, c.name, c.role = j, cands[j].name, c.role or cands[j].role


def decide_kinds(cands: list) -> None:
    """Give every mention of an entity the one kind decided from all its named mentions."""
    chains: dict[int, list[int]] = {}
    for k in range(len(cands)):
        chains.setdefault(_root(cands, k), []).append(k)
    for members in chains.values():
        named = [cands[k] for k in members if not cands[k].pronoun]
        if len(named) < 2:
            continue
        kind = decide_kind(Counter(c.kind for c in named))
        for k in members:
            cands[k].kind = kind


@lru_cache(maxsize=1 << 14)
def country_of(name: str) -> str | None:
    """The gazetteer's name of the country ``name`` names (a main or alternate name of a country,
    a demonym, or a national capital), else None."""
    if not name[:1].isupper():
        return None
    g = get_gazetteer()
    for p, kind in g.lookup(name):
        if p.feature == "country" and kind in ("main", "alternate"):
            return p.name
    for p, kind in g.lookup(name):
        if kind == "main" and g.is_capital(p):
            c = g.country(p.country_code)
            if c is not None:
                return c.name
    if g.is_demonym(name):
        for p, _ in g.lookup(name, demonyms=True):
            if p.feature == "country":
                return p.name
    return None


def government_of(name: str) -> str | None:
    """"government of <country>" when ``name`` is a country or its capital, else None."""
    country = country_of(name)
    return RULES["government_name"].format(country) if country else None
