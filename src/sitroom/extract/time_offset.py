"""Times, a clause counted from the clause above: "two days before X shot ...", "a day after
X pushed ..." (round 19). The act of an adverbial clause opened by "before" or "after" and
measured by a stretch of days or weeks is not at the time of the clause above it but that
stretch after or before it: "On Sunday he posted the chart, a day after his aides pushed a
reporter" dates the pushing on Saturday. Used by
:func:`sitroom.extract.time_anchoring.anchor_event` on the time it takes from the clause
above (:func:`counted_day`)."""

from __future__ import annotations

import re
from datetime import timedelta

from ..model import AnnotatedDoc, TimeMention
from .time_calc import interval
from .time_clause import clause_verb, dominates, span_root
from .time_lex import WORDS

_MARKS: dict[str, int] = WORDS["offset_clause_marks"]  # "before" +1, "after" -1
_UNITS: dict[str, int] = WORDS["offset_units"]  # "D" 1, "W" 7 (days)
_DAY_PRECISIONS = frozenset(("day", "part_of_day", "hour", "minute"))
_PARTICIPLE_DEPS = frozenset(("advcl", "conj"))  # "shot 100 people, [killing 49]"


def offset_days(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...]) -> int | None:
    """The signed count of days from the time of the clause above to the act of token
    ``trigger``'s clause when that clause is an adverbial one opened by "before" or "after"
    and measured by a stretch of whole days or weeks tagged as a duration ("two days before
    X shot": +2; "a day after X pushed": -1); None otherwise (no measure, a vague one: "days
    after", or a stretch of hours). A participle of that clause's verb with no subject and no
    marker of its own ("two days before X shot 100 people, killing 49") is counted with it."""
    toks = adoc.tokens
    v = counted_clause(adoc, trigger)
    if toks[v].dep != "advcl":
        return None
    kids = adoc.children(v)
    sign = next((_MARKS[toks[c].text.lower()] for c in kids
                 if toks[c].dep == "mark" and toks[c].text.lower() in _MARKS), None)
    if sign is None:
        return None
    for c in kids:
        if toks[c].dep != "npadvmod":
            continue
        at = toks[c].idx
        t = next((t for t in times if t.type == "DURATION" and t.start <= at < t.end), None)
        m = re.fullmatch(r"P(\d+)([A-Z])", t.value) if t is not None else None
        if m and m[2] in _UNITS:
            return sign * int(m[1]) * _UNITS[m[2]]
    return None


def counted_clause(adoc: AnnotatedDoc, trigger: int) -> int:
    """The verb of token ``trigger``'s clause, or, for a participle hanging from a verb with no
    subject and no marker of its own ("..., killing 49"), the verb it hangs from."""
    toks = adoc.tokens
    v = clause_verb(adoc, trigger)
    if toks[v].tag == "VBG" and toks[v].dep in _PARTICIPLE_DEPS and toks[v].head != v and not any(
            toks[c].dep in ("mark", "nsubj", "nsubjpass", "aux") for c in adoc.children(v)):
        return toks[v].head
    return v


def shifted_day(value: str, precision: str, days: int) -> str | None:
    """The day ``days`` after (or before) the time ``value`` of day or finer precision; None
    when the time is coarser (a week, a month: "two days after" a month says no day)."""
    iv = interval(value)
    if precision not in _DAY_PRECISIONS or iv is None:
        return None
    return (iv[0] + timedelta(days=days)).isoformat()


def counted_day(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
                cands: list[tuple[int, TimeMention]]) -> tuple[int, str] | None:
    """(index of the time used, day) for an act told in a clause counted from the clause above
    ("Two days before X shot ..., he prayed there last Friday", :func:`offset_days`): the day
    or finer time of the trigger's sentence (``cands``, as indices into ``times``) nearest the
    clause above's verb, in that clause but not in the trigger's own, moved by the stretch.
    None when the clause is no such clause, has a time of its own ("two days after he
    resigned on Friday") or the clause above has no day."""
    days = offset_days(adoc, trigger, times)
    if days is None:
        return None
    v = counted_clause(adoc, trigger)
    above = adoc.tokens[v].head
    roots = [(k, t, span_root(adoc, t.start, t.end)) for k, t in cands]
    if any(r is not None and dominates(adoc, v, r) for _, _, r in roots):
        return None  # a time of its own
    found: tuple[int, int, str] | None = None  # (distance, index, day)
    for k, t, root in roots:
        if root is None or t.type not in ("DATE", "TIME") or not dominates(adoc, above, root):
            continue
        day = shifted_day(t.value, t.precision, days)
        if day is not None and (found is None or abs(root - above) < found[0]):
            found = (abs(root - above), k, day)
    return None if found is None else (found[1], found[2])
