"""Entity resolution inside one report: which mentions of a report are one entity, and of what kind.

Pure functions over the candidate mentions of :mod:`sitroom.extract.actors` (objects with
``start``, ``end``, ``head``, ``kind``, ``name``, ``role``, ``pronoun``, ``generic``,
``coref_of``, ``alias``), called after persons, pronouns and role nouns are resolved:

* :func:`join_bodies`: a body written "Full Name (ABBR)" and then "ABBR", an acronym that the
  initials of exactly one earlier body of the report make, a name repeated, a short name
  whose words begin or end exactly one longer body name of the report ("Apple" after "Apple
  Computer Inc.", "the Air Force" after "the United States Air Force"), and a body's name
  followed by words naming a division ("Acme Commercial Airplanes" after "Acme") are one
  entity;
* :func:`decide_kinds`: the kind of an entity is decided once, from all its named mentions
  (the most frequent kind; ties by ``kind_priority`` of ``data/actor_rules.json``), and given
  to every mention of it;
* :func:`government_of`: a country or a national capital that acts ("Ottawa said",
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
# words that after a body's whole name name one of its divisions ("Acme Commercial Airplanes")
DIVISION_WORDS = frozenset(json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "coref_words.json").read_text(encoding="utf-8")
)["division_words"])


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


class _BodyIndex:
    """The bodies met so far in a report, looked up by their names' words, acronyms and the
    words each name begins or ends with."""

    def __init__(self) -> None:
        self.by_words: dict[tuple[str, ...], set[int]] = {}
        self.by_initials: dict[str, set[int]] = {}
        self.by_affix: dict[tuple[str, ...], set[int]] = {}
        self.mentions: Counter = Counter()

    def add(self, root: int, name: str) -> None:
        self.mentions[root] += 1
        words = tuple(_words(name))
        if not words or root in self.by_words.get(words, ()):
            return
        self.by_words.setdefault(words, set()).add(root)
        ini = initials(name)
        if ini:
            self.by_initials.setdefault(ini, set()).add(root)
        for n in range(1, len(words)):
            self.by_affix.setdefault(words[:n], set()).add(root)
            self.by_affix.setdefault(words[-n:], set()).add(root)

    def earlier(self, name: str) -> int | None:
        """The one earlier body ``name`` is another way of writing: the same name, the body
        whose initials make the acronym ``name``, or the one longer body whose name begins or
        ends with the words of ``name`` (of several, the one the report names most often, if
        one is). None when there is none or no single one."""
        words = tuple(_words(name))
        if not words:
            return None
        hits = self.by_words.get(words, set())
        if not hits:
            acr = acronym(name)
            hits = self.by_initials.get(acr, set()) if acr else self.by_affix.get(words, set())
            if len(hits) > 1 and not acr:
                (top, n), (_, m), *_rest = Counter({r: self.mentions[r] for r in hits}).most_common()
                hits = {top} if n > m else set()
        if not hits:
            hits = self.division_of(words)
        return next(iter(hits)) if len(hits) == 1 else None

    def division_of(self, words: tuple[str, ...]) -> set[int]:
        """The body whose whole name ``words`` begins with, the rest naming a division of it
        ("Acme Commercial Airplanes", "Acme North America" after "Acme"; ``division_words``)."""
        for n in range(len(words) - 1, 0, -1):
            if all(w in DIVISION_WORDS for w in words[n:]):
                hits = self.by_words.get(words[:n], set())
                if hits:
                    return hits
        return set()


def join_bodies(text: str, char_span, cands: list) -> None:
    """Chain the mentions of one body inside a report (see the module's docstring).
    ``char_span(start, end)`` gives a candidate's character offsets in ``text``."""
    bodies = [k for k, c in enumerate(cands) if c.kind in BODY_KINDS and not c.pronoun
              and not c.generic]
    index = _BodyIndex()
    prev_end = None
    for k in bodies:
        c = cands[k]
        if _root(cands, k) > k:
            continue  # a description before its body's name ("airline Acme"): the name decides
        s, e = char_span(c.start, c.end)
        if c.coref_of is None:
            # "Singapore Airlines (SIA)", "X, also known as Y": the body just before it
            if (prev_end is not None and text[prev_end[1]:s].strip() == "("
                    and text[e:e + 2].lstrip().startswith(")") and acronym(c.name)
                    or prev_end is not None and ALIAS_GAP.fullmatch(text[prev_end[1]:s])):
                target: int | None = prev_end[0]
            else:
                target = index.earlier(c.name)
            if target is not None and _root(cands, target) != k:
                root = _root(cands, target)
                words = _words(cands[root].name)
                own = _words(c.name)
                if len(words) > len(own) and words[:len(own)] == own \
                        and all(w in DIVISION_WORDS for w in words[len(own):]):
                    # the owner named after its division ("Acme North America" ... "Acme"):
                    # the owner's name heads the entity
                    cands[root].coref_of, cands[root].alias = k, True
                else:
                    c.coref_of = root
                    c.alias = True
        r = _root(cands, k)
        index.add(r, c.name)
        prev_end = (r, e)


# a nickname in quotes inside a person's name: 'Robert L. "Bobby" Doe', "Jane ‘JJ’ Roe"
_NICKNAME = re.compile(r"\s+[\"“”'‘’]([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)[\"“”'’]\s+")


def strip_nickname(name: str) -> tuple[str, str | None]:
    """A person's name without the nickname quoted inside it, and that nickname ('Robert L.
    "Bobby" Doe' -> ("Robert L. Doe", "Bobby")); (name, None) when there is none."""
    m = _NICKNAME.search(name)
    if not m or m.start() == 0 or m.end() == len(name):
        return name, None
    return f"{name[:m.start()]} {name[m.end():]}", m.group(1)


def join_given_names(cands: list) -> None:
    """A one-word person mention not yet resolved that is the given name or the nickname of
    exactly one earlier full-named person of the report ("Steve" after "Steve Jobs", "Bobby"
    after 'Robert "Bobby" Doe') joins that person, and so does a full name made of such a
    nickname and the person's surname ("Bobby Doe")."""
    given: dict[str, set[int]] = {}  # given name -> roots of earlier full-named persons
    nicks: dict[tuple[str, str], set[int]] = {}  # (nickname, surname) -> roots
    renamed: set[int] = set()  # full names joined to a nicknamed person
    for k, c in enumerate(cands):
        if c.kind != "person" or c.pronoun:
            continue
        if " " in c.name:
            words = c.name.split()
            hits = nicks.get((words[0], words[-1]), set()) if len(words) == 2 else set()
            if c.coref_of is None and c.nickname is None and len(hits) == 1:
                j = next(iter(hits))
                c.coref_of, c.name, c.role = j, cands[j].name, c.role or cands[j].role
                renamed.add(k)
                continue
            given.setdefault(words[0], set()).add(_root(cands, k))
            if c.nickname:
                given.setdefault(c.nickname, set()).add(_root(cands, k))
                nicks.setdefault((c.nickname, words[-1]), set()).add(_root(cands, k))
            continue
        hits = {_root(cands, j) for j in given.get(c.name, ())}
        if c.coref_of is None and len(hits) == 1:
            j = next(iter(hits))
            c.coref_of, c.name, c.role = j, cands[j].name, c.role or cands[j].role
    for k, c in enumerate(cands):  # "he" after "Bobby Doe" takes the name of the one person
        if c.coref_of in renamed:
            c.name = cands[_root(cands, c.coref_of)].name
            renamed.add(k)


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
