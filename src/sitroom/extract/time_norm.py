"""Times, normal forms: what a time rule makes of a match (:class:`_Norm`), the context it
reads (:class:`_Ctx`: text, reference date, tense), counts and units as ISO 8601 durations, and
the year of a date written without one (:func:`_closest`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Callable

from . import time_lex as L


TenseFn = Callable[[int], "str | None"]


_F = re.I


@dataclass(frozen=True)
class _Norm:
    """What a rule makes of one match (before modifiers and anaphora are resolved)."""

    type: str
    value: str
    precision: str
    relative: bool = True
    mod: str | None = None
    begin: str | None = None
    end_value: str | None = None
    anaphor: tuple[str, int, str | None] | None = None  # (unit, offset, part of day)
    count: tuple[str, float] | None = None  # (unit, n) of a counted duration ("in 2 weeks")
    end: int | None = None  # the mention ends here, before the end of the match
    parts: tuple[tuple[int, int], ...] = ()  # a range written as two expressions
    yearless: bool = False  # a month (and day) whose year was guessed from the reference


class _NoRef(Exception):
    """A relative expression met without any reference date."""


@dataclass
class _Ctx:
    text: str
    ref: date | None
    tense: Callable[[int], str | None]
    start: int = 0
    end: int = 0

    def need(self) -> date:
        if self.ref is None:
            raise _NoRef
        return self.ref

    def direction(self) -> str | None:
        return self.tense(self.start)

    def after(self, n: int = 40) -> str:
        return self.text[self.end : self.end + n]

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n) : self.start]


def _cap(word: str) -> bool:
    """Proper-noun check for month and weekday names ("may" and "march" are verbs)."""
    return word[:1].isupper()


def _num(s: str | None) -> float | None:
    """A count written in digits or words -> its value (None for vague counts)."""
    if s is None:
        return None
    s = re.sub(r"[\s-]+", " ", s.strip().lower())
    half = 0.0
    if s.endswith(" and a half"):
        s, half = s[: -len(" and a half")], 0.5
    if s.endswith("1/2") or s.endswith("½"):
        s, half = s.rstrip("½").removesuffix("1/2").strip(), 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", ".") if s.count(",") == 1 and len(s.split(",")[1]) != 3
                     else s.replace(",", "")) + half
    if s in L.NUMBERS:
        return L.NUMBERS[s] + half
    parts = re.split(r"[-\s]", s)
    if len(parts) == 2 and parts[0] in L.NUMBERS and parts[1] in L.NUMBERS:
        return L.NUMBERS[parts[0]] + L.NUMBERS[parts[1]] + half
    return None


def _unit(word: str) -> tuple[str, bool, int, str]:
    """A unit word (plural or hyphenated) -> (designator, time-unit?, multiplier, key)."""
    w = re.sub(r"\s+", " ", word.lower())
    for key in (w, w[:-2] if w.endswith("es") else w, w[:-1] if w.endswith("s") else w):
        if key in L.UNITS:
            d, t, k = L.UNITS[key]
            return d, t, k, key
    if w in ("centuries",):
        return "Y", False, 100, "century"
    raise KeyError(word)


_SMALLER = {  # (designator, time unit?) -> the next smaller unit and how many fit
    ("Y", False): ("M", False, 12), ("M", False): ("D", False, 30), ("W", False): ("D", False, 7),
    ("D", False): ("H", True, 24), ("H", True): ("M", True, 60), ("M", True): ("S", True, 60),
}


def _duration(n: float | None, word: str) -> str:
    """ISO 8601 duration for ``n`` units (``n`` None: unknown count -> ``PXY`` style);
    fractions go into the next smaller unit: 2.5 years -> ``P2Y6M``."""
    d, is_time, k, key = _unit(word)
    if n is None:
        if key in L.VAGUE_UNIT:
            return "PX" + ("E" if key.startswith("centur") else L.VAGUE_UNIT[key])
        return ("PTX" if is_time else "PX") + d
    n = n * k
    if n != int(n) and (d, is_time) in _SMALLER:
        whole, frac = int(n), n - int(n)
        sd, s_time, mult = _SMALLER[(d, is_time)]
        parts = ([(whole, d, is_time)] if whole else []) + [(round(frac * mult), sd, s_time)]
        date_part = "".join(f"{v}{u}" for v, u, t in parts if not t)
        time_part = "".join(f"{v}{u}" for v, u, t in parts if t)
        return "P" + date_part + (("T" + time_part) if time_part else "")
    return ("PT" if is_time else "P") + f"{int(n)}{d}"


def _unit_precision(word: str) -> tuple[str, str]:
    """(shift designator, precision) for a unit: "day" -> ("D", "day")."""
    d, is_time, k, key = _unit(word)
    if is_time:
        return d, "hour" if d == "H" else "minute"
    if key in ("decade",):
        return "Y", "year"
    if key.startswith("centur") or key.startswith("millenn"):
        return "Y", "year"
    return d, {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}[d]


_DEADLINE = re.compile(r"\b(?:by|until|till|effective|payable)\s+(?:early\s+|mid-?|late\s+)?$", _F)


_HAD = re.compile(r"\bhad\b|\w'd\b", _F)


_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?"
                    r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?$", _F)


def _closest(c: _Ctx, on: Callable[[int], date]) -> date:
    """The occurrence ``on(year)`` of a yearless date nearest the reference date; the
    clause's tense overrides it only when that puts it over two months the other way."""
    ref = c.need()
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(on(y))
        except ValueError:
            continue
    if not cands:
        raise _NoRef
    best = min(cands, key=lambda d: (abs((d - ref).days), d > ref))
    # a deadline or a start of validity lies ahead: "by Feb. 1", "until May", "effective June 1"
    dl = _DEADLINE.search(c.before(16))
    if dl and dl.group().lower().startswith("by") and _HAD.search(c.before(80) + " " + c.after(50)):
        dl = None  # "By March, the army had withdrawn": a past deadline
    direction = "future" if dl else c.direction()
    if _SINCE.search(c.before(40)):  # "since Jan. 13", "since shortly after the Oct. 23 attack"
        return max((d for d in cands if d <= ref), default=best)
    if direction == "past" and best > ref + timedelta(days=90):
        best = max((d for d in cands if d <= ref), default=best)
    elif direction == "future" and best < ref - timedelta(days=60):
        best = min((d for d in cands if d >= ref), default=best)
    return best


def _year_for(c: _Ctx, month: int, day: int | None = None) -> int:
    """Year of a month(-day) written without one (see :func:`_closest`)."""
    return _closest(c, lambda y: date(y, month, day or 15)).year


def _year_value(s: str) -> int:
    """A year in digits or read out ("nineteen ninety-four") -> 1994."""
    if s.isdigit():
        return int(s)
    century, rest = re.split(r"[\s-]+", s.strip().lower(), maxsplit=1)
    return (19 if century == "nineteen" else 20) * 100 + int(_num(rest) or 0)


def _month_no(s: str) -> int:
    return L.MONTHS[s.lower().rstrip(".")]
