"""Cross-report timeline ordering: events from many documents put on lines in time order.

:func:`order_events` turns dated (or undated) event mentions into *lines*: the events of one
line are simultaneous, lines are in time order. Placement rules, in this order of authority:

1. **Absolute dates.** Every distinct date value is one line group; groups are sorted by the
   first day of the interval the value covers (``2023-06`` covers June 2023). A
   reduced-precision date is placed **at the start of its interval, before every finer date it
   contains**: ``2023`` < ``2023-06`` < ``2023-06-01`` < ``2023-06-24`` < ``2023-07``. The coarse
   event may have happened on any day of the interval, so no position is right for all of them;
   "at the start" keeps each date on one line (no date is split or merged) and is the convention
   of the SemEval-2015 Task 4 gold timelines (``2005-XX-XX`` before ``2005-01-XX`` before
   ``2005-01-29``). Dates that start on the same day are ordered coarser first, then by value.
2. **Explicit relations** (``(a, "BEFORE", b)`` or ``(a, "AFTER", b)`` between item keys) order
   items that share a date group: they split the group into successive lines (longest-path
   layering). A relation that contradicts the dates, or closes a cycle, is ignored.
3. **Document order** orders the items inside a line (``order_hint``, then document, then
   character offset); it never splits a line, because narrative order in news is not time order.

Undated items (date ``None`` or a value with no calendar interval, such as ``PAST_REF``) form
lines of their own, split only by relations, placed first (``undated="first"``, the SemEval-2015
convention of ordinal 0), last (``"last"``) or dropped (``"drop"``).

:func:`relations_from_text` finds BEFORE cues between the event triggers of one annotated
document ("after X, Y", "Y before X", "X, then Y", "X ... later Y").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from ..extract.time_calc import interval
from ..model import AnnotatedDoc


@dataclass(frozen=True)
class TimelineItem:
    """One event mention to place on a timeline.

    ``key`` identifies it in relations; ``date`` is an ISO/TimeML value (``2023-06-24``,
    ``2023-06``, ``2023``, ``2023-W25`` ...) or None; ``precision`` is informative only (the
    value itself decides the interval); ``doc``/``start`` give its position in its report;
    ``order_hint`` is a caller-given rank that orders items inside a line before document
    position (0 when there is none).
    """

    key: str
    date: str | None
    precision: str | None
    doc: str
    start: int
    order_hint: int = 0


class Mention(Protocol):
    """What the relations need of a mention: an EventMention or a Happening."""

    @property
    def doc(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def sent(self) -> int: ...


M = TypeVar("M", bound=Mention)


def event_key(ev: Mention) -> str:
    """The key :func:`relations_from_text` uses for an event mention or a happening:
    ``doc@start``."""
    return f"{ev.doc}@{ev.start}"


def date_sort_key(value: str | None) -> tuple[date, int, str] | None:
    """Sort key of a date value: (first day, -(length in days), value); None when undated."""
    span = interval(value)
    if span is None:
        return None
    lo, hi = span
    return lo, -(hi - lo).days, value or ""


def _normalise(relations: Iterable[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """Relations as (earlier, later) key pairs; unknown relation names are ignored."""
    out = []
    for a, rel, b in relations:
        rel = rel.upper()
        if rel == "BEFORE":
            out.append((a, b))
        elif rel == "AFTER":
            out.append((b, a))
    return out


def _reaches(succ: dict[str, set[str]], src: str, dst: str) -> bool:
    stack, seen = [src], {src}
    while stack:
        n = stack.pop()
        if n == dst:
            return True
        for m in succ[n] - seen:
            seen.add(m)
            stack.append(m)
    return False


def _layers(items: list[TimelineItem], pairs: list[tuple[str, str]]) -> list[list[TimelineItem]]:
    """Split one group into lines by the relations among its items (longest-path layering)."""
    within = {it.key for it in items}
    succ: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if a in within and b in within and a != b and not _reaches(succ, b, a):
            succ[a].add(b)
    level = {it.key: 0 for it in items}
    changed = True
    while changed:  # the graph is acyclic, so this ends after at most len(items) passes
        changed = False
        for a in list(succ):
            for b in succ[a]:
                if level[b] < level[a] + 1:
                    level[b] = level[a] + 1
                    changed = True
    lines: dict[int, list[TimelineItem]] = defaultdict(list)
    for it in items:
        lines[level[it.key]].append(it)
    return [sorted(lines[k], key=_position) for k in sorted(lines)]


def _position(it: TimelineItem) -> tuple[int, str, int, str]:
    return it.order_hint, it.doc, it.start, it.key


def order_events(items: Sequence[TimelineItem], relations: Iterable[tuple[str, str, str]] = (),
                 undated: str = "first") -> list[list[TimelineItem]]:
    """Lines of simultaneous items, in time order (see the module docstring for the rules).

    Requires unique keys (a repeated key keeps its first item). ``relations`` are
    ``(key_a, "BEFORE"|"AFTER", key_b)``; ``undated`` is ``"first"``, ``"last"`` or ``"drop"``.
    Produces every kept item exactly once.
    """
    if undated not in ("first", "last", "drop"):
        raise ValueError(f"undated must be 'first', 'last' or 'drop', not {undated!r}")
    seen: set[str] = set()
    groups: dict[tuple[date, int, str] | None, list[TimelineItem]] = defaultdict(list)
    for it in items:
        if it.key in seen:
            continue
        seen.add(it.key)
        groups[date_sort_key(it.date)].append(it)
    pairs = _normalise(relations)
    dated = [k for k in groups if k is not None]
    lines: list[list[TimelineItem]] = []
    for k in sorted(dated):
        lines.extend(_layers(groups[k], pairs))
    if None in groups and undated != "drop":
        loose = _layers(groups[None], pairs)
        lines = loose + lines if undated == "first" else lines + loose
    return lines


# ------------------------------------------------------------------ relations from text

_AFTER_WORDS = {"after", "following"}
_BEFORE_WORDS = {"before", "prior"}
_SEQUENCE_ADVERBS = {"then", "later", "subsequently", "afterwards", "afterward", "thereafter",
                     "next"}


def relations_from_text(adoc: AnnotatedDoc, events: Sequence[M]
                        ) -> list[tuple[str, str, str]]:
    """BEFORE relations between the event mentions of one document, from explicit cues.

    Requires ``events`` extracted from ``adoc`` (their trigger offsets index ``adoc.text``).
    Produces ``(event_key(x), "BEFORE", event_key(y))`` for:

    - "after X, Y" / "Y after X" / "Y following X": a temporal preposition attached to Y's
      trigger (or below it) whose subtree holds X's trigger, or a subordinator marking X's
      trigger in a clause under Y's: X before Y;
    - "Y before X" / "Y prior to X": likewise, Y before X;
    - "X, then Y" / "X. Later, Y" / "subsequently", "afterwards", "thereafter", "next": a
      sequence adverb modifying Y's trigger: the nearest event whose trigger precedes Y's in
      the same or the previous sentence (and lies outside Y's clause) comes before Y.

    Duplicates are removed; order follows the text.
    """
    if not events:
        return []
    trig: dict[int, M] = {}
    for ev in sorted(events, key=lambda e: e.start):
        trig.setdefault(adoc.token_at(ev.start), ev)
    out: list[tuple[str, str, str]] = []

    def event_above(i: int) -> M | None:
        """The event whose trigger is ``i``'s nearest ancestor (``i`` excluded)."""
        j = i
        while adoc.tokens[j].head != j:
            j = adoc.tokens[j].head
            if j in trig:
                return trig[j]
        return None

    def events_under(i: int) -> list[M]:
        return [trig[j] for j in adoc.subtree(i) if j in trig and j != i]

    for tok in adoc.tokens:
        low = tok.text.lower()
        if low in _AFTER_WORDS | _BEFORE_WORDS and tok.dep in ("prep", "mark", "advmod", "pcomp"):
            # "after X" as a preposition heads X; as a subordinator ("after X happened") it
            # hangs below X's verb
            anchor = tok.head if tok.dep == "mark" else tok.i
            y = event_above(anchor)
            below = [trig[anchor]] if tok.dep == "mark" and anchor in trig else events_under(anchor)
            if y is None or not below:
                continue
            x = min(below, key=lambda e: abs(adoc.token_at(e.start) - tok.i))
            if x is y:
                continue
            pair = (x, y) if low in _AFTER_WORDS else (y, x)
            out.append((event_key(pair[0]), "BEFORE", event_key(pair[1])))
        elif low in _SEQUENCE_ADVERBS and tok.dep == "advmod":
            y = trig.get(tok.head) or event_above(tok.i)
            if y is None:
                continue
            yi = adoc.token_at(y.start)
            clause = set(adoc.subtree(yi))
            earlier = [e for j, e in trig.items()
                       if j < yi and j not in clause and adoc.tokens[yi].sent - e.sent <= 1
                       and e.sent <= adoc.tokens[yi].sent]
            if earlier:
                x = max(earlier, key=lambda e: e.start)
                out.append((event_key(x), "BEFORE", event_key(y)))
    return list(dict.fromkeys(out))
