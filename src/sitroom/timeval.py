"""TIMEX values: the one place that parses, bounds, compares and words them.

A value is a TIMEX3 / ISO 8601 string of any precision, as the time tagger and the picture write
it: ``2023`` (year), ``199`` (the 1990s), ``19`` (the 1900s), ``2023-06``, ``2023-Q2``,
``2023-H1``, ``2023-SU`` (season), ``2023-W25``, ``2023-W25-WE`` (weekend), ``2023-06-24``,
``2023-06-24TEV`` (part of day, table in ``data/parts_of_day.json``), ``2023-06-24T05``,
``2023-06-24T05:37``, ``2023-06-24T05:37:10+01:00`` (any zone; ``Z`` is UTC) and ranges
``A/B``. :func:`parse` gives its :class:`Span`: a zone-aware UTC ``start`` (inclusive) and
``end`` (exclusive) and the ``precision``. Values without a zone are read in the zone given
(UTC by default). Durations (``P2W``), references (``PAST_REF``) and underspecified values
(``XXXX-06``) have no span.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources

SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}  # first month, months
SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_CLOCK = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?$")
_PART = re.compile(r"(\d{4})-(\d{2})-(\d{2})T([A-Z]{2})$")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE|-(\d))?$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"(\d{4})-([QH])(\d)$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_YEARS = re.compile(r"(\d{2,4})$")


@lru_cache(maxsize=1)
def parts_of_day() -> dict[str, dict]:
    """The part-of-day table: code -> {words, start, end} (hours; end exclusive, may pass 24)."""
    raw = json.loads(resources.files("sitroom.data").joinpath("parts_of_day.json").read_text())
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Span:
    """What a TIMEX value covers: [start, end) in UTC, and how precise it is."""

    value: str
    start: datetime
    end: datetime
    precision: str

    def iso(self) -> dict[str, str]:
        """``{start, end, precision}`` with ISO 8601 UTC datetimes (``...+00:00``)."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision}


def _zone(text: str | None, default: tzinfo) -> tzinfo:
    if not text:
        return default
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _month_start(y: int, m: int, zone: tzinfo) -> datetime:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    if y > 9999:  # past the calendar's end
        return datetime.max.replace(tzinfo=zone)
    return datetime(y, m, 1, tzinfo=zone)


def _plus(dt: datetime, delta: timedelta) -> datetime:
    """``dt + delta``, or the calendar's last instant when that runs past it."""
    try:
        return dt + delta
    except OverflowError:
        return datetime.max.replace(tzinfo=dt.tzinfo)


def _span(value: str, start: datetime, end: datetime, precision: str) -> Span:
    try:
        end = end.astimezone(UTC)
    except OverflowError:
        end = datetime.max.replace(tzinfo=UTC)
    return Span(value, start.astimezone(UTC), end, precision)


@lru_cache(maxsize=1 << 15)
def _parse(value: str, zone: tzinfo) -> Span | None:
    v = value
    m = _CLOCK.match(v)
    if m:
        z = _zone(m[7], zone)
        start = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]) % 24, int(m[5] or 0),
                         int(m[6] or 0), tzinfo=z)
        if m[4] == "24":  # 24:00 is the end of the day
            start += timedelta(days=1)
        if m[6] is not None:
            return _span(v, start, _plus(start, timedelta(seconds=1)), "second")
        if m[5] is not None:
            return _span(v, start, _plus(start, timedelta(minutes=1)), "minute")
        return _span(v, start, _plus(start, timedelta(hours=1)), "hour")
    m = _PART.match(v)
    if m:
        part = parts_of_day().get(m[4])
        if part is None:
            return None
        day = datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=zone)
        return _span(v, _plus(day, timedelta(hours=part["start"])), _plus(day, timedelta(hours=part["end"])),
                     "part_of_day")
    m = _DAY.match(v)
    if m:
        day = datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=zone)
        return _span(v, day, _plus(day, timedelta(days=1)), "day")
    m = _WEEK.match(v)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        start = datetime(monday.year, monday.month, monday.day, tzinfo=zone)
        if m[3] == "-WE":
            return _span(v, _plus(start, timedelta(days=5)), _plus(start, timedelta(days=7)), "weekend")
        if m[4]:
            start += timedelta(days=int(m[4]) - 1)
            return _span(v, start, _plus(start, timedelta(days=1)), "day")
        return _span(v, start, _plus(start, timedelta(days=7)), "week")
    m = _MONTH.match(v)
    if m:
        if not 1 <= int(m[2]) <= 12:
            return None
        start = _month_start(int(m[1]), int(m[2]), zone)
        return _span(v, start, _month_start(int(m[1]), int(m[2]) + 1, zone), "month")
    m = _QUARTER.match(v)
    if m:
        n, size = int(m[3]), 3 if m[2] == "Q" else 6
        if not 1 <= n <= 12 // size:
            return None
        first = (n - 1) * size + 1
        return _span(v, _month_start(int(m[1]), first, zone),
                     _month_start(int(m[1]), first + size, zone),
                     "quarter" if m[2] == "Q" else "half")
    m = _SEASON.match(v)
    if m:
        first, size = SEASONS[m[2]]
        return _span(v, _month_start(int(m[1]), first, zone),
                     _month_start(int(m[1]), first + size, zone), "season")
    m = _YEARS.match(v)
    if m:
        digits = m[1]
        if int(digits) == 0:
            return None
        width = {4: 1, 3: 10, 2: 100}[len(digits)]
        first = max(int(digits) * width, 1)
        if first > 9999:
            return None
        return _span(v, datetime(first, 1, 1, tzinfo=zone),
                     _month_start(int(digits) * width + width, 1, zone),
                     {1: "year", 10: "decade", 100: "century"}[width])
    return None


def parse(value: str | None, zone: tzinfo = UTC) -> Span | None:
    """The :class:`Span` of a TIMEX value (values without a zone read in ``zone``), or None
    for durations, references, underspecified or malformed values."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    if "/" in v:
        a, _, b = v.partition("/")
        sa, sb = parse(a, zone), parse(b, zone)
        if sa is None or sb is None or sb.end <= sa.start:
            return None
        return Span(v, sa.start, sb.end, "interval")
    try:
        return _parse(v, zone)
    except (ValueError, OverflowError):
        return None


_KNOWN = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_DAY_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_known(value: str | None, zone: tzinfo = UTC) -> Span | None:
    """:func:`parse`, else the span of the value's leading calendar part that is known: an
    underspecified ``2004-XX-XX`` is the year 2004, ``2023-06-XX`` June 2023."""
    s = parse(value, zone)
    if s is not None or not value or not isinstance(value, str):
        return s
    m = _KNOWN.match(value.strip())
    return parse(m.group(), zone) if m else None


def days(value: str | None) -> tuple[date, date] | None:
    """[first day, last day] of the calendar a value covers, on the writer's own calendar: a
    clock time, part of day or range starting on a day is that day (``2023-06-24TNI``,
    ``2023-06-24T23:30+03:00`` -> 24 June); an underspecified value covers its known part."""
    if not value or not value[:1].isdigit():
        return None
    m = _DAY_PREFIX.match(value)
    if m:
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d, d
    s = parse_known(value)
    if s is None:
        return None
    return s.start.date(), (s.end - timedelta(days=1)).date()


def naive_start(value: str | None) -> datetime | None:
    """The start of a value as a naive UTC datetime (for sorting and filtering), or None."""
    s = parse_known(value)
    return s.start.replace(tzinfo=None) if s else None


def naive_span(value: str | None) -> tuple[datetime, datetime] | None:
    """(first, last instant) of a value as naive UTC datetimes, last = end - 1 second."""
    s = parse_known(value)
    return (s.start.replace(tzinfo=None), s.end.replace(tzinfo=None) - timedelta(seconds=1)
            ) if s else None


def timestamp(value: str | None) -> float | None:
    """Seconds since the epoch of a value's start (values without a zone read as UTC)."""
    s = parse(value)
    return s.start.timestamp() if s else None


_EPOCH = datetime(1, 1, 1, tzinfo=UTC)
_SLACK = timedelta(hours=1)


def allowed_hours(value: str | None, from_entry: bool = False) -> tuple[float, float] | None:
    """The span (hours since 0001-01-01 UTC) a dated mention allows for its happening: its
    day; its part of day (the table) or minute with an hour's slack either side; from a
    live-blog entry's stamp, its day up to an hour after the stamp. None when the value is
    coarser than a day or has no span."""
    s = parse(value.split("/")[0] if value else value)
    if s is None or s.precision not in ("day", "part_of_day", "hour", "minute", "second"):
        return None

    def h(dt: datetime) -> float:
        return (dt - _EPOCH).total_seconds() / 3600

    if s.precision == "day":
        return h(s.start), h(s.end)
    if s.precision == "part_of_day":
        return h(s.start - _SLACK), h(s.end + _SLACK)
    if from_entry:
        day = s.start.replace(hour=0, minute=0, second=0)
        return h(day), h(s.start + _SLACK)
    return h(s.start - _SLACK), h(s.start + _SLACK)


def bounds(value: str | None, zone: tzinfo = UTC) -> tuple[datetime, datetime] | None:
    """(start, end) in UTC of a value, end exclusive; None if it has no span."""
    s = parse(value, zone)
    return (s.start, s.end) if s else None


def iso_fields(value: str | None, zone: tzinfo = UTC) -> dict[str, str | None]:
    """``{start, end, precision}`` for an export (all None when the value has no span)."""
    s = parse(value, zone)
    if s is None:
        return {"start": None, "end": None, "precision": None}
    return {**s.iso()}


def compare(a: str | None, b: str | None) -> int | None:
    """-1 if ``a`` ends before ``b`` starts, 1 if it starts after ``b`` ends, 0 if the two
    overlap (neither excludes the other); None if either has no span."""
    sa, sb = parse(a), parse(b)
    if sa is None or sb is None:
        return None
    if sa.end <= sb.start:
        return -1
    if sa.start >= sb.end:
        return 1
    return 0


def sort_key(value: str | None) -> tuple[int, datetime, datetime]:
    """A key ordering values by start, then the narrower first; spanless values last."""
    s = parse(value)
    if s is None:
        return (1, datetime.min.replace(tzinfo=UTC), datetime.min.replace(tzinfo=UTC))
    return (0, s.start, s.end)


def _day_words(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def words(value: str | None) -> str:
    """A value as an analyst reads it: ``24 Jun 2023, evening``, ``24 Jun 2023 05:37 +01:00``,
    ``19-25 Jun 2023`` for a week, ``Jun 2023``, ``summer 2023``, ``the 1990s``;
    ``undated`` for None; anything without a span unchanged."""
    if not value:
        return "undated"
    v = value.strip()
    if "/" in v:
        a, _, b = v.partition("/")
        return f"{words(a)} to {words(b)}"
    s = parse(v)
    if s is None:
        return v
    p = s.precision
    if p in ("second", "minute", "hour"):
        m = _CLOCK.match(v)
        assert m is not None
        clock = f"{m[4]}:{m[5] or '00'}" + (f":{m[6]}" if m[6] else "")
        zone = "" if not m[7] else " UTC" if m[7] in ("Z", "+00:00") else f" {m[7]}"
        return f"{int(m[3])} {MONTHS[int(m[2]) - 1]} {m[1]} {clock}{zone}"
    if p == "part_of_day":
        m = _PART.match(v)
        assert m is not None
        return f"{_day_words(s.start)}, {parts_of_day()[m[4]]['words']}"
    if p == "day":
        return _day_words(s.start)
    if p in ("week", "weekend"):
        last = s.end - timedelta(days=1)
        if s.start.month == last.month:
            return f"{s.start.day}-{_day_words(last)}"
        if s.start.year == last.year:
            return f"{s.start.day} {MONTHS[s.start.month - 1]} - {_day_words(last)}"
        return f"{_day_words(s.start)} - {_day_words(last)}"
    if p == "month":
        return f"{MONTHS[s.start.month - 1]} {s.start.year}"
    if p == "quarter":
        return f"Q{(s.start.month - 1) // 3 + 1} {s.start.year}"
    if p == "half":
        return f"H{(s.start.month - 1) // 6 + 1} {s.start.year}"
    if p == "season":
        return f"{SEASON_WORDS[v[-2:]]} {v[:4]}"
    if p == "decade":
        return f"the {s.start.year // 10 * 10}s"
    if p == "century":
        n = s.start.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    return str(s.start.year)


def zoned(unix: object, local: object = None) -> str | None:
    """An instant given as Unix seconds (a Telegram export's ``date_unixtime``) as an ISO
    datetime with the writer's UTC offset, taken from the naive local time written beside it
    (``date``), rounded to a quarter hour; UTC when there is no local time. None if ``unix``
    is not a number."""
    try:
        instant = datetime.fromtimestamp(int(str(unix)), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    offset = timedelta(0)
    if isinstance(local, str):
        try:
            naive = datetime.fromisoformat(local.strip())
        except ValueError:
            naive = None
        if naive is not None and naive.tzinfo is None:
            minutes = round((naive - instant.replace(tzinfo=None)).total_seconds() / 900) * 15
            if abs(minutes) <= 14 * 60:
                offset = timedelta(minutes=minutes)
    return instant.astimezone(timezone(offset)).isoformat()
