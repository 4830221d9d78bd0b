"""Figures of two statements compared (see :mod:`.disputes`): the scope and places a figure is
set in, whether two figures can both hold, a later figure told as revised (up or down), and
the order of two statements in time."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .disputes_nesting import relation, whole_below_part
from .disputes_numbers import Quantity, compatible, quantities, revised, revised_up
from .disputes_words import _patterns, _words

if TYPE_CHECKING:
    from .disputes import Statement


@lru_cache(maxsize=1 << 14)
def told_earlier(text: str, at: int) -> bool:
    """Whether the figure starting at ``at`` is told as what a source had said before: one of
    ``told_earlier`` ("had claimed", "had said: ...") in the figure's own clause, before it.
    The clause starts after the last of ``clause_breaks`` before the figure; a comma that opens
    a quote ("had said, 'within 10km'") or a colon ends no clause. Such a figure is an account
    its own report tells as overtaken, compared with no other report's (round 16)."""
    low = " ".join(_own_clause(text[:at]).lower().split())
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in _words()["told_earlier"]["words"])


def _own_clause(before: str) -> str:
    """The part of ``before`` (a sentence up to a figure) in the figure's own clause."""
    conf = _words()["told_earlier"]
    start = 0
    for brk in conf["clause_breaks"]:
        for m in re.finditer(re.escape(brk), before):
            rest = before[m.end():].lstrip()
            if brk == "," and rest[:1] in conf["quote_opens"]:
                continue  # a comma that opens what was said
            start = max(start, m.end())
    return before[start:]


def told_figure(s: Statement, q: Quantity) -> bool:
    """Whether figure ``q`` of ``s`` is told as a source's earlier account (:func:`told_earlier`)."""
    return told_earlier(s.text, q.at)


def own_figure(s: Statement, key: str) -> bool:
    """Whether ``s`` gives a figure of ``key`` that is not told as an earlier account."""
    return any(q.key == key and not told_figure(s, q) for q in quantities(s.text))


@lru_cache(maxsize=1 << 14)
def _figure_starts(text: str) -> tuple[int, ...]:
    """Where the figures of a sentence start (found once per distinct text)."""
    return tuple(m.start() for m in _patterns()["figure"].finditer(text))


def _next_figure(text: str, after: int) -> int:
    """The start of the first figure of ``text`` past ``after`` (its length: none)."""
    return min((at for at in _figure_starts(text) if at > after), default=len(text))


def figure_scope(s: Statement, q: Quantity) -> frozenset[str]:
    """The countries a figure is of: those of the places its facts are set in after it, up to
    the next figure ("killed 247 people in Kenya and 10 in Tanzania": 247
    of KE, 10 of TZ); else the sentence's (``scope``)."""
    nxt = _next_figure(s.text, q.at + len(q.text))
    own = frozenset(cc for at, cc in s.sites if q.at < at < nxt)
    return own or s.scope


def figure_places(s: Statement, q: Quantity) -> frozenset[tuple[str, ...]]:
    """The places a figure is set in, as gazetteer paths: those after it up to the next
    figure, else the sentence's (as :func:`figure_scope`)."""
    nxt = _next_figure(s.text, q.at + len(q.text))
    own = frozenset(p for at, p in s.nest if q.at < at < nxt)
    return own or frozenset(p for _, p in s.nest)


def _agree(a: Statement, b: Statement, x: Quantity, y: Quantity) -> bool | None:
    """Whether two figures can both hold (None: not comparable). Set in places one of which
    holds the other, the whole's figure may be higher than the part's, never lower; set in
    places apart (two provinces, two cities), they are of different things."""
    rel = relation(figure_places(a, x), figure_places(b, y))
    if rel == "apart":
        return None
    if rel in ("holds", "within"):
        whole, part = (x, y) if rel == "holds" else (y, x)
        return x.noun != y.noun or not whole_below_part(whole.hi, part.lo)
    if rel == "" and (sx := figure_scope(a, x)) and (sy := figure_scope(b, y)) and sx != sy:
        return None  # other countries: a part and the whole (Kenya against Kenya and Tanzania)
    return compatible(x, y)


def figures_clash(a: Statement, b: Statement, key: str, skip_told: bool = False
                  ) -> tuple[Quantity, Quantity] | None:
    """Two figures of ``key`` that cannot both hold, one of each statement, when no figure of
    one agrees with a figure of the other of the same scope (:func:`_agree`); a later figure
    told as risen ("the toll rises to 12") below an earlier one is of another count (a part:
    one country's toll after both countries'), not compared with it (:func:`_rises_below`).
    With ``skip_told``, a figure told as a source's earlier account is left out
    (:func:`told_figure`)."""
    glimpse = _glimpse()
    pairs = [(x, y, ok) for x in _compared(a, key, glimpse, skip_told)
             for y in _compared(b, key, glimpse, skip_told)
             if not _rises_below(a, b, x, y) and (ok := _agree(a, b, x, y)) is not None]
    if not pairs or any(ok for _, _, ok in pairs):
        return None
    return pairs[0][0], pairs[0][1]


def _rises_below(a: Statement, b: Statement, x: Quantity, y: Quantity) -> bool:
    """Whether of figure ``x`` of ``a`` and ``y`` of ``b`` the later one is told as risen
    (``revision_up``) and lies below the earlier one: not the same count."""
    (q1, _), (q2, s2) = ((x, a), (y, b)) if _order(a, b)[0] is a else ((y, b), (x, a))
    return revised_up(s2.text[: q2.at]) and q2.hi < q1.lo


def figures_revised(first: Statement, later: Statement, key: str, skip_told: bool = False
                    ) -> tuple[Quantity, Quantity] | None:
    """A figure of ``key`` the later statement tells as revised upward ("the toll rose to 31",
    :func:`revised_up`) above a figure of the same scope of the earlier one that left room for
    it ("at least 12"), when the earlier one gives no figure as high (a newer figure though
    the two can both hold); ``skip_told``: as :func:`figures_clash`."""
    glimpse = _glimpse()
    ups = [y for y in _compared(later, key, glimpse, skip_told) if revised_up(later.text[: y.at])]
    olds = _compared(first, key, glimpse, skip_told)
    for y in ups:
        below = [x for x in olds if _agree(first, later, x, y) is not None and x.noun == y.noun]
        if below and all(x.lo < y.lo and not x.lo <= y.lo <= x.hi < math.inf for x in below):
            return below[0], y
    return None


def _compared(s: Statement, key: str, glimpse: frozenset[str], skip_told: bool
              ) -> list[Quantity]:
    """The figures of ``key`` of ``s`` that are compared: not a glimpse ("dozens"), and with
    ``skip_told`` not told as a source's earlier account (:func:`told_figure`)."""
    return [q for q in quantities(s.text) if q.key == key and q.text.lower() not in glimpse
            and not (skip_told and told_figure(s, q))]


@lru_cache(maxsize=1)
def _glimpse() -> frozenset[str]:
    """Vague words that only glimpse a figure ("dozens"), lower-cased: not compared."""
    return frozenset(w.lower() for w in _words()["vague_glimpse"]["words"])


def _order(a: Statement, b: Statement) -> tuple[Statement, Statement]:
    ta, tb = a.time, b.time
    if ta is not None and tb is not None and ta != tb:
        return (a, b) if ta < tb else (b, a)
    return (a, b) if (a.doc, a.start) <= (b.doc, b.start) else (b, a)


def _told_revised(a: Statement, b: Statement, key: str) -> bool:
    """Whether the later of two statements tells a figure of ``key`` as revised up or down
    ("has risen to 15,000", "fell to 9"): a later report of the same running count."""
    later = _order(a, b)[1]
    return any(q.key == key and (revised_up(later.text[: q.at]) or revised(later.text[: q.at]))
               for q in quantities(later.text))
