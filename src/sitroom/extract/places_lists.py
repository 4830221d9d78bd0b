"""A list of places names places of one kind: "A, B, C and D" where the others are all
countries makes an ambiguous member the country of that name, where they are all states of
one country its state, where they are all towns of one country its town there. Applied
after the document's resolution (:func:`places_document._resolve_all`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from .. import lexicon
from .gazetteer import Place, norm
from .places_resolve import _fits

# what may stand between two members of a list: a comma, a joiner ("and", "or"), and an article
_JOIN = "|".join(re.escape(w) for w in sorted(lexicon.words("places", "list_joiners")))
_ART = "|".join(re.escape(w) for w in sorted(lexicon.words("places", "list_articles")))
_BETWEEN = re.compile(rf"^\s*(?:,\s*(?:(?:{_JOIN})\s+)?|(?:{_JOIN})\s+)(?:(?:{_ART})\s+)?$")
# the others must agree: at least this many, and this share of them
_MIN_AGREE = 2
_SHARE = 2 / 3


class _Resolved(Protocol):
    start: int
    end: int
    text: str
    found: list[tuple[Place, str]]
    place: Place | None


def kind_of(p: Place) -> tuple[str, str]:
    """The kind a list shares: a country; a first-level division of one country; a town
    (or county) of one country; anything else its feature."""
    if p.feature == "country":
        return ("country", "")
    if p.feature == "admin1":
        return ("admin1", p.country_code)
    if p.feature in ("city", "admin2"):
        return ("town", p.country_code)
    return (p.feature, "")


def joined(text: str, end: int, start: int) -> bool:
    """True when only a list separator stands between characters ``end`` and ``start``
    ("A, B", "A and B", "A, and the B")."""
    return bool(_BETWEEN.match(text[end:start]))


def _lists(mentions: Sequence[_Resolved], text: str) -> list[list[_Resolved]]:
    """Runs of mentions joined only by list separators."""
    runs: list[list[_Resolved]] = []
    run: list[_Resolved] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if run and joined(text, run[-1].end, m.start):
            run.append(m)
        else:
            run = [m]
            runs.append(run)
    return [r for r in runs if len(r) >= _MIN_AGREE + 1]


def _paired(run: list[_Resolved]) -> set[int]:
    """Positions in ``run`` of a name and the qualifier after it that contains it ("Paris,
    Texas"): a town and its state, not two members of the list."""
    out: set[int] = set()
    for k in range(len(run) - 1):
        p, q = run[k].place, run[k + 1].place
        if p is not None and q is not None and p != q and p.feature != "country" and _fits(p, q):
            out.update((k, k + 1))
    return out


def same_kind_lists(mentions: Sequence[_Resolved], text: str,
                    lookup: Callable[[str], list[tuple[Place, str]]]) -> None:
    """Sets each list member's place to its reading of the kind the other members share,
    when it has one and reads otherwise (in place); a name with its qualifier ("Paris,
    Texas") is left as it is and does not count. The readings are the member's candidates,
    else all of its name's (``lookup``): a member taken for the qualifier of the one before
    ("Leeds, Manchester") kept only the reading that qualifies it."""
    for run in _lists(mentions, text):
        paired = _paired(run)
        members = [m for k, m in enumerate(run) if k not in paired]
        # in order, on purpose: a member already turned to the list's kind votes with it
        # ("Xville, Yburg, West Z and W": "W" keeps the state reading the turned "Xville" shares)
        for m in members:
            if m.place is None or not m.found:
                continue
            kinds = Counter(kind_of(o.place) for o in members
                            if o is not m and o.place is not None and norm(o.text) != norm(m.text))
            if not kinds:
                continue
            kind, n = kinds.most_common(1)[0]
            if n < _MIN_AGREE or n < _SHARE * sum(kinds.values()) or kind_of(m.place) == kind:
                continue
            fit = ([p for p, _ in m.found if kind_of(p) == kind]
                   or [p for p, _ in lookup(m.text) if kind_of(p) == kind])
            if fit:
                m.place = max(fit, key=lambda p: p.population)


def among_organisations(ents: Sequence, text: str, start: int, end: int) -> bool:
    """True when the name at characters [start, end) stands in a list with at least
    _MIN_AGREE organisations the annotation found ("apps for A, B and C", A and C
    organisations or products): a member of such a list is of their kind, no place.
    ``ents`` are the document's entities (``label``, ``start_char``, ``end_char``)."""
    return _joined_members(ents, text, start, end, "ORG") >= _MIN_AGREE


def among_persons(spans: Sequence[tuple[int, int, str]], text: str, start: int, end: int,
                  person: Callable[[str], bool]) -> bool:
    """True when the name at characters [start, end) is a whole member of a list in which
    at least _MIN_AGREE other members are persons the annotation found ("..., Jane Doe, Chad
    Roe, Le Frye, Tom Poe, ...", "Warren, Doe and Roe"): a member of a list of persons is
    a person, no place, whatever the tagger took it for (a place, or an organisation named
    after one). The members are the entities joined to the name and to each other by list
    separators only, of any label. A member tagged as a person counts only when ``person``
    confirms it (the caller's: a name the gazetteer does not know, or one the report uses
    as a person's elsewhere): the small model tags the places of a list as persons ("visited
    Kenya, Niger and Mali", "Lovejoy, Jonesboro, Mundy's Mill and North Clayton high
    schools"). A whole member ends where the list goes on or stops ("Cruz, the Texas
    senator" holds no member "Texas"). ``spans`` are the document's entities as (start_char,
    end_char, label), sorted (:func:`entity_spans`)."""
    if _MEMBER_END.match(text, end) is None:
        return False
    found, left, right = 0, start, end  # persons among the members, walked out from the name
    for k in range(bisect_left(spans, (start,)) - 1, -1, -1):
        s, e, label = spans[k]
        if e > start or not joined(text, e, left):
            break
        found += label == "PERSON" and person(text[s:e])
        if found >= _MIN_AGREE:
            return True
        left = s
    for k in range(bisect_left(spans, (end,)), len(spans)):
        s, e, label = spans[k]
        if not joined(text, right, s):
            break
        found += label == "PERSON" and person(text[s:e])
        if found >= _MIN_AGREE:
            return True
        right = e
    return False


def entity_spans(ents: Sequence) -> list[tuple[int, int, str]]:
    """The entities (``start_char``, ``end_char``, ``label``) as sorted tuples, for
    :func:`among_persons`."""
    return sorted((x.start_char, x.end_char, x.label) for x in ents)


# what may follow a whole member of a list: a separator, a joiner, the end of a sentence
_MEMBER_END = re.compile(rf"\s*(?:[,;.)]|(?:{_JOIN})\b|$)")


def _joined_members(ents: Sequence, text: str, start: int, end: int, label: str) -> int:
    """How many entities of ``label`` stand in one list with the name at [start, end),
    joined to it and to each other by list separators only."""
    own = sorted(((x.start_char, x.end_char) for x in ents if x.label == label), key=lambda x: x[0])
    n, left, right = 0, start, end
    for s, e in reversed([o for o in own if o[1] <= start]):
        if not joined(text, e, left):
            break
        n, left = n + 1, s
    for s, e in [o for o in own if o[0] >= end]:
        if not joined(text, right, s):
            break
        n, right = n + 1, e
    return n
