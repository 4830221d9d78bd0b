"""Calendar arithmetic for the temporal tagger: ISO values, intervals, reference dates.

Pure functions over :class:`datetime.date`; no text handling here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import timeval


def parse_ref(value: str | None) -> tuple[date | None, str | None]:
    """An ISO date or datetime string -> (its date, its ``HH:MM`` time or None).

    Accepts ``2023-06-24``, ``2023-06-24T05:37+01:00``, ``19980108`` and similar;
    returns (None, None) for anything else.
    """
    if not value:
        return None, None
    m = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2}))?", value)
    if not m:
        return None, None
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None
    return d, (f"{m.group(4)}:{m.group(5)}" if m.group(4) else None)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months (day clipped to the month's length)."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return date(y, m, 28)


def shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` units (``D``, ``W``, ``M``, ``Q``, ``Y``; fractions rounded)."""
    if unit == "D":
        return d + timedelta(days=round(n))
    if unit == "W":
        return d + timedelta(days=round(7 * n))
    if unit == "M":
        return add_months(d, round(n))
    if unit == "Q":
        return add_months(d, round(3 * n))
    if unit == "Y":
        return add_months(d, round(12 * n))
    return d


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def fmt_at(d: date, precision: str) -> str:
    """``d`` written at ``precision`` (day, week, month, quarter, year, decade, century)."""
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return week_value(d)
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if precision == "decade":
        return f"{d.year // 10:03d}"
    if precision == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def weekday_date(ref: date, weekday: int, direction: str | None, strict: bool = False) -> date:
    """The ``weekday`` (0 = Monday) nearest ``ref`` in ``direction`` ("past" / "future").

    The reference day itself counts unless ``strict`` ("last Friday", "next Friday").
    """
    if direction == "future":
        delta = (weekday - ref.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return ref + timedelta(days=delta)
    delta = (ref.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of a month (n = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return nxt - timedelta(days=(nxt.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def interval(value: str | None) -> tuple[date, date] | None:
    """The calendar interval [first day, last day] an ISO/TimeML date value covers
    (:func:`sitroom.timeval.days`): ``2023`` -> whole year, ``2023-06``, ``2023-W25``,
    ``2023-Q2``, ``2023-SU``, ``2023-06-24TEV`` -> that day, ``199`` -> the 1990s, ``19`` ->
    the 1900s. None for durations, references (``PAST_REF``) and values with no known part."""
    return timeval.days(value)
