"""Which full name of the picture a surname-only person entity is (the surname loop of
:class:`sitroom.link.actors_delta._Pass`, the one home of the rule for the full resolution and
the kept pass): the honorific's gender, round 23's titles before the mention, the he/she of its
chain against the bearers its own report names, the reports calling each bearer by the bare
surname, its own report's last full name before it, and round 23's bearer most named across
reports (docs/judgements/actor_splits.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extract.actor_base import TITLE_WORDS
from ..extract.actor_coref import HONORIFIC_GENDER, PRONOUN_GENDER
from ..extract.actor_coref_common import TITLE_ABBREVIATIONS
from .actors import _NAMES, DocEntity, _bare_words, _name_words, name_key, translit

TITLE_MODIFIERS = frozenset(_NAMES["title_modifiers"])


def _gender_of(names: Iterable[str]) -> set[str]:
    """The genders the honorifics of some names give ("Mrs. Doe": f)."""
    out = set()
    for n in names:
        w = _name_words(n)
        if len(w) > 1 and (g := HONORIFIC_GENDER.get(w[0])):
            out.add(g)
    return out


def said_gender(pronouns: Iterable[str], least: int = 1) -> set[str]:
    """The gender the he/she pronouns of one report's chain give it: one gender said at least
    ``least`` times and the other never ("Doe ... he ... his": m); else none."""
    said: Counter = Counter()
    for t in pronouns:
        g = PRONOUN_GENDER.get(name_key(t), "")
        if g in ("m", "f"):
            said[g] += 1
    if len(said) != 1:
        return set()
    g, n = next(iter(said.items()))
    return {g} if n >= least else set()


def _titles_of(names: Iterable[str]) -> set[str]:
    """The titles written before a person's name, abbreviations written out, the title's
    qualifiers (``title_modifiers``) and honorifics (:func:`_gender_of`) left out ("former
    President Doe": president; "Sen. Jo Doe": senator; "Vice President Doe": vice president)."""
    out = set()
    for n in names:
        w = _name_words(n)
        k = 0
        while k < len(w) - 1 and w[k] in TITLE_WORDS:
            k += 1
        title = [TITLE_ABBREVIATIONS.get(x, x) for x in w[:k]]
        title = [x for x in title if x not in TITLE_MODIFIERS and x not in HONORIFIC_GENDER]
        if title:
            out.add(" ".join(title))
    return out


@dataclass
class _Bearers:
    """For each actor root with a full name: the reports in which the bare surname (alone or
    after a title) is used for it, the genders its honorifics and its chains' pronouns give,
    the titles written before its names, and the reports naming it."""

    docs: dict[int, set[str]]  # root -> "report\0surname" of each bare use
    gender: dict[int, set[str]]
    named_at: dict[str, list[tuple[int, int]]]  # report -> (start, root) of full names in it
    # (root, surname) -> the reports calling the root by that bare surname: ``docs`` counted
    # once, not walked again for each surname-only entity
    called: Counter = field(default_factory=Counter)
    titles: dict[int, set[str]] = field(default_factory=dict)
    named: Counter = field(default_factory=Counter)  # root -> reports naming it in full


MOST_NAMED = 3  # a bearer named in this many times as many reports as any other (round 23)


def _surname_holder(e: DocEntity, start: int, roots: set[int], bearers: _Bearers,
                    said: frozenset[str] = frozenset(), titled: frozenset[str] = frozenset()
                    ) -> tuple[int | None, bool]:
    """The one full name of the picture a surname-only entity is, and whether the reports
    naming each bearer were weighed: the only one with that surname (unless its honorific's
    gender is another), else the only one of its honorific's gender; round 23: else the only
    one its own report names in full whose known gender is the one of the he/she of the
    entity's chain (``said``), when every other it names is known to be of the other; else the only one whose titles hold a title written
    before the entity's mentions (``titled``: "President Doe"); else the only one
    reports call by the bare surname, or the one they call so in at least three times as
    many reports as any other; else the one its own report named in full last before it; round
    23: else, when none is ever called by the bare surname and its own report names none in
    full, the one named in full in three times as many reports as any other
    (``MOST_NAMED``); None while two stay possible."""
    mine = _gender_of(e.names)
    fit = sorted(r for r in roots if not (mine and bearers.gender.get(r, set()) - mine
                                           and not bearers.gender.get(r, set()) & mine))
    if len(roots) == 1:
        return (fit[0] if fit else None), False
    same = [r for r in fit if bearers.gender.get(r, set()) & mine]
    if len(same) == 1:
        return same[0], False
    own = {r for _, r in bearers.named_at.get(e.doc, ()) if r in fit}
    if said and own:
        kept = [r for r in sorted(own) if not (bearers.gender.get(r, set())
                                               and not bearers.gender.get(r, set()) & said)]
        if len(kept) == 1 and bearers.gender.get(kept[0], set()) & said:
            return kept[0], False
    if titled:
        holders = [r for r in fit if bearers.titles.get(r, set()) & titled]
        if len(holders) == 1:
            return holders[0], False
    sur = translit(_bare_words(e.name)[-1])
    count = sorted(((bearers.called[r, sur], r) for r in fit), reverse=True)
    if count and count[0][0] and (len(count) == 1 or count[0][0] >= 3 * count[1][0]):
        return count[0][1], False
    before = [(at, r) for at, r in bearers.named_at.get(e.doc, ()) if r in fit and at < start]
    if before:
        return max(before)[1], False
    if len(count) > 1 and not count[0][0] and not own:
        # none is called by the bare surname, and its own report names none of them in full
        named = sorted(((bearers.named[r], r) for r in fit), reverse=True)
        if named[0][0] >= MOST_NAMED * max(named[1][0], 1):
            return named[0][1], True
        return None, True
    return None, False
