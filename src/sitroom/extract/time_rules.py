"""Times, the rules: each pattern of a time expression and the function that normalises a
match to a TIMEX3 value (``_RULES``), with the modifiers and cue words around them. Used by
:mod:`sitroom.extract.time_tagger`; the word lists are data (``data/lexicon/time_words.json``,
read by :mod:`time_lex`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from collections.abc import Callable

from . import time_lex as L
from .time_calc import (
    add_months, easter, fmt_at, nth_weekday, quarter_of, shift,
    week_value, weekday_date,
)

TenseFn = Callable[[int], "str | None"]
_F = re.I

# --------------------------------------------------------------------------- normal forms


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


# --------------------------------------------------------------------------- rule handlers


def _h_iso(m: re.Match, c: _Ctx) -> _Norm | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    if m["hh"]:
        return _Norm("TIME", f"{day.isoformat()}T{int(m['hh']):02d}:{m['mi']}", "minute", False)
    return _Norm("DATE", day.isoformat(), "day", False)


def _h_numeric(m: re.Match, c: _Ctx) -> _Norm | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    mo, d = (a, b) if m["sep"] == "/" and a <= 12 else (b, a)
    try:
        return _Norm("DATE", date(y, mo, d).isoformat(), "day", False)
    except ValueError:
        return None


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


def _h_month_day(m: re.Match, c: _Ctx) -> _Norm | None:
    mon = m["mon"]
    if not _cap(mon):
        return None
    month, day = _month_no(mon), int(m["day"])
    if not 1 <= day <= 31:
        return None
    cue = (m.groupdict().get("rel") or "").lower()
    try:
        if m["year"]:
            year, rel = int(m["year"]), False
        elif cue in ("last", "next"):  # "last Oct. 23": the one before the reference
            ref = c.need()
            year = ref.year
            if cue == "last" and date(year, month, day) >= ref:
                year -= 1
            elif cue == "next" and date(year, month, day) <= ref:
                year += 1
            rel = True
        else:
            year, rel = _year_for(c, month, day), True
        d = date(year, month, day)
    except ValueError:
        return None
    return _Norm("DATE", d.isoformat(), "day", rel, yearless=rel and not cue)


def _h_day_range(m: re.Match, c: _Ctx) -> _Norm | None:
    """"March 3-5", "from March 3 to March 5", "between March 3 and 5": one range written
    as two dates ("and" only after "between")."""
    if m["sep"] == "and" and not m["btw"]:
        return None
    mon, mon2 = m["mon"], m["mon2"] or m["mon"]
    if not (_cap(mon) and _cap(mon2)):
        return None
    m1, m2, d1, d2 = _month_no(mon), _month_no(mon2), int(m["d1"]), int(m["d2"])
    if (m2, d2) <= (m1, d1) or m2 - m1 > 1:
        return None
    try:
        y = int(m["year"]) if m["year"] else _year_for(c, m1, d1)
        first, last = date(y, m1, d1), date(y, m2, d2)
    except ValueError:
        return None
    start = m.start("mon")
    second = (m.start("mon2") if m["mon2"] else m.start("d2"), m.end("year") if m["year"]
              else m.end("d2"))
    return _Norm("DATE", first.isoformat(), "day", not m["year"], begin=first.isoformat(),
                 end_value=last.isoformat(), parts=((start, m.end("d1")), second))


def _h_week_of(m: re.Match, c: _Ctx) -> _Norm | None:
    """"the week of March 6": the ISO week containing that day."""
    day = _h_month_day(m, c)
    if day is None:
        return None
    return replace(day, value=week_value(date.fromisoformat(day.value)), precision="week")


# "march on", "the March for Life": the verb or the noun, not the month
_MARCH_VERB = re.compile(r"\s+(?:on|to|through|against|from|for|of\s+(?:the|a|an)\b)\b", _F)
_MAY_CUE = re.compile(
    r"\b(?:in|of|since|until|till|by|early|late|mid|last|next|this|during|from|through|to|"
    r"between|and|before|after|or|end|beginning)\s*-?$", _F)


def _h_month(m: re.Match, c: _Ctx) -> _Norm | None:
    mon = m["mon"]
    if not _cap(mon):
        return None
    month = _month_no(mon)
    if not mon.endswith(".") and mon.lower() in L.MONTHS and len(mon) <= 4 and mon.lower() not in ("may", "june", "july") and not m["year"]:
        return None  # "Jan Kavan", "Mar": an abbreviation needs its dot or a year
    if mon.lower() == "may" and not m["year"] and not m["rel"] and not _MAY_CUE.search(c.before(12)):
        return None
    if (mon.lower() == "march" and not m["year"] and _MARCH_VERB.match(c.after(12))
            and not _MAY_CUE.search(c.before(12))):
        return None
    if m["year"]:
        return _Norm("DATE", f"{_year_value(m['year']):04d}-{month:02d}", "month", False)
    ref = c.need()
    if m["ry"]:
        year = ref.year + {"this": 0, "last": -1, "next": 1}[m["ry"].lower()]
        return _Norm("DATE", f"{year:04d}-{month:02d}", "month")
    rel = (m["rel"] or "").lower()
    if m["ev"]:
        return _Norm("SET", f"XXXX-{month:02d}", "none", False)
    if rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        return _Norm("DATE", f"{_year_for(c, month):04d}-{month:02d}", "month", yearless=True)
    return _Norm("DATE", f"{year:04d}-{month:02d}", "month")


_MEASURE_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|(?!(?:was|has|is|as|its|his|this|thus|hers|ours|yours|"
    r"whereas|plus|versus|across|less|unless|us|yes|always|perhaps|afterwards|towards|"
    r"elections|games|olympics|levels|figures|results|rates|prices|standards|politics|news|"
    r"crisis|series|status|economics|census|campus|bonus|thesis|basis|analysis)\b)[a-z]+s\b|"
    r"people|persons|men|women|children|feet|foot|metres|meters|miles|km|kilometres|tons?|"
    r"tonnes?|acres|dollars|euros|pounds|yen|shares|votes|units|pieces|times|calories|"
    r"yards|pages|words|megawatts|barrels|hectares|square|cubic|degrees|to\s+\d|\d)",
    _F)


_YEAR_CUE = re.compile(r"\b(?:in|since|until|till|during|before|after|early|late|mid)\s*-?$", _F)


def _h_year(m: re.Match, c: _Ctx) -> _Norm | None:
    year = int(m["year"])
    if _MEASURE_AFTER.match(c.after(20)) and not m["fy"] and not _YEAR_CUE.search(c.before(12)):
        return None
    before = c.before(12)
    if re.search(r"(?:[$£€#]|\bno\.?|\bnumber|\broom|\broute|\bflight|\bpage|\bmodel|\bsection|\bversion|\bto|\bof|\babout)\s*$", before, _F) and not m["fy"]:
        if not re.search(r"\b(?:of|to)\s*$", before, _F) or re.match(r"\s+\w+s\b", c.after(12)):
            return None
    if c.ref is not None and year > c.ref.year + 30 and not m["fy"]:
        return None
    return _Norm("DATE", f"{year:04d}", "year", False)


def _h_year_range(m: re.Match, c: _Ctx) -> _Norm | None:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return _Norm("DATE", f"{y1:04d}", "year", False, begin=f"{y1:04d}", end_value=f"{y2:04d}",
                 parts=(m.span("y1"), m.span("y2")))


def _h_spelled_year(m: re.Match, c: _Ctx) -> _Norm | None:
    if m["c"]:
        n = _num(m["y"].replace("-", " "))
        if n is None:
            return None
        year = (19 if m["c"].lower() == "nineteen" else 20) * 100 + int(n)
    else:
        n = _num(m["y2"]) if m["y2"] else 0
        if n is None:
            return None
        if not m["y2"] and not m.group(0).lower().startswith("the year"):
            return None  # "two thousand" alone is a number
        year = 2000 + int(n)
    return _Norm("DATE", f"{year:04d}", "year", False)


def _h_year_end(m: re.Match, c: _Ctx) -> _Norm | None:
    return _Norm("DATE", f"{c.need().year:04d}", "year", mod="END")


_DECADE_WORDS: dict[str, int] = L.WORDS["decade_words"]


def _h_decade(m: re.Match, c: _Ctx) -> _Norm | None:
    if m["c"]:
        return _Norm("DATE", f"{m['c']}{m['d']}", "decade", False)
    d = int(m["d2"]) if m["d2"] else _DECADE_WORDS[m["w"].lower()]
    ref_year = c.ref.year if c.ref else 2000
    cent = 20 if 2000 + 10 * d <= ref_year else 19
    return _Norm("DATE", f"{cent}{d}", "decade", c.ref is not None)


def _h_century(m: re.Match, c: _Ctx) -> _Norm | None:
    o = m["o"].lower()
    n = L.ORDINALS.get(o) or (int(dm.group()) if (dm := re.match(r"\d+", o)) else None)
    if not n or n < 1:
        return None
    return _Norm("DATE", f"{n - 1:02d}", "century", False)


def _h_quarter(m: re.Match, c: _Ctx) -> _Norm | None:
    if m["qn"]:
        y = int(m["year3"]) if m["year3"] else c.need().year
        return _Norm("DATE", f"{y:04d}-Q{m['qn']}", "quarter", not m["year3"])
    if m["h1"]:
        return _Norm("DATE", f"{int(m['year4']):04d}-{m['h1'].upper()}", "quarter", False)
    det = (m["det"] or "").lower()
    det = re.sub(r"\s+", " ", det)
    o = re.sub(r"\s+", " ", (m["o"] or "").lower())
    u = m["u"].lower()
    after = c.after(12)
    year_given = m["year"] or m["year2"] or m["year0"]
    if u == "half" and o not in ("first", "second", "1st", "2nd") and not (det in ("the last", "the latter") and year_given):
        return None
    if u == "period" and not re.search(r"latest|year-(?:earlier|ago)|comparable|recent", det + " " + o):
        return None
    if u == "quarter" and not o and det in ("", "a") and not year_given:
        return None
    if re.match(r"\s+of\s+(?:a|an|the|its|their|his|her|all|those|these|\d|one)\b", after, _F) and not o:
        return None
    if re.match(r"\s+(?:of\s+a\b|point|mile|century|million|billion|percent|hour)", after, _F):
        return None
    ref = c.ref
    if year_given:
        year = int(year_given)
    else:
        ref = c.need()
        year = ref.year
    ordn = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}.get(o)
    if u == "half":
        return _Norm("DATE", f"{year:04d}-H{ordn or 2}", "quarter", not year_given)
    back = 1 if re.search(r"year-(?:earlier|ago)|last year's", det + " " + o) else 0
    fwd = 1 if "next year's" in det else 0
    if ordn is None:  # "the quarter", "the latest quarter", "last quarter", "this quarter"
        if ref is None:
            raise _NoRef
        if re.search(r"\bthis\b|current", det + " " + o):
            d = ref
        elif re.search(r"\bnext\b", det + " " + o):
            d = add_months(ref, 3)
        else:
            d = add_months(ref, -3)
        d = add_months(d, -12 * back + 12 * fwd)
        if year_given:
            d = date(int(year_given), d.month, 1)
        return _Norm("DATE", f"{d.year:04d}-Q{quarter_of(d)}", "quarter")
    if not year_given and ref is not None:
        if ordn > quarter_of(ref) and c.direction() != "future" and not fwd:
            year -= 1
        year += fwd - back
    return _Norm("DATE", f"{year:04d}-Q{ordn}", "quarter", not year_given)


def _h_year_earlier(m: re.Match, c: _Ctx) -> _Norm | None:
    ref = c.need()
    d = add_months(ref, -3 - 12)
    return _Norm("DATE", f"{d.year:04d}-Q{quarter_of(d)}", "quarter")


def _h_season(m: re.Match, c: _Ctx) -> _Norm | None:
    s = m["s"].lower()
    rel = (m["rel"] or "").lower()
    if s == "fall" and not (rel in ("this", "last", "next", "past", "coming") or m["year"]):
        return None
    if re.match(r"\s+of\s+(?!\d)", c.after(8), _F) and not m["year"]:
        return None
    if rel == "the" and not m["year"] and not re.search(
            r"\b(?:in|into|during|over|through|since|by|until|for)\s+$", c.before(10), _F):
        return None
    code = L.SEASONS[s]
    if m["year"]:
        return _Norm("DATE", f"{_year_value(m['year']):04d}-{code}", "season", False)
    ref = c.need()
    start_m = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    now_m = ref.month if not (code == "WI" and ref.month <= 2) else 12
    year = ref.year - (1 if code == "WI" and ref.month <= 2 else 0)
    direction = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel)
    if rel in ("", "the"):
        direction = c.direction()
        if direction == "past" and start_m > now_m:
            year -= 1
        elif direction == "future" and start_m + 2 < now_m:
            year += 1
    elif direction == "past":
        year -= 1 if start_m + 2 >= now_m else 0
    elif direction == "future":
        year += 1 if start_m <= now_m else 0
    return _Norm("DATE", f"{year:04d}-{code}", "season")


def _h_dayword(m: re.Match, c: _Ctx) -> _Norm | None:
    ref = c.need()
    w = m["w"].lower()
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    if m["ba"]:
        off += -1 if m["ba"].lower() == "before" else 1
    d = ref + timedelta(days=off)
    part = m["part"]
    if w == "tonight":
        return _Norm("TIME", f"{d.isoformat()}TNI", "part_of_day")
    if part:
        return _Norm("TIME", f"{d.isoformat()}T{L.PARTS_OF_DAY[part.lower()]}", "part_of_day")
    return _Norm("DATE", d.isoformat(), "day")


def _h_overnight(m: re.Match, c: _Ctx) -> _Norm | None:
    """"overnight": the night before the reference (the night that is ending), or the
    coming one in a future clause ("will fly overnight")."""
    ref = c.need()
    d = ref if c.direction() == "future" else ref - timedelta(days=1)
    return _Norm("TIME", f"{d.isoformat()}TNI", "part_of_day")


def _part_code(part: str) -> str:
    return L.PARTS_OF_DAY[re.sub(r"\s+", " ", part.lower())]


def _with_part(d: date, part: str | None) -> _Norm:
    if not part:
        return _Norm("DATE", d.isoformat(), "day")
    code = _part_code(part)
    if ":" in code:
        return _Norm("TIME", f"{d.isoformat()}T{code}", "minute")
    return _Norm("TIME", f"{d.isoformat()}T{code}", "part_of_day")


def _h_part(m: re.Match, c: _Ctx) -> _Norm | None:
    ref = c.need()
    rel = m["rel"].lower()
    part = m["part"].lower()
    if rel == "last" and part not in ("night", "evening"):
        return None
    off = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    return _with_part(ref + timedelta(days=off), part)


def _weekday(c: _Ctx, name: str, rel: str | None) -> date:
    ref = c.need()
    wd = L.WEEKDAYS[name.lower().rstrip(".")]
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous"):
        return weekday_date(ref, wd, "past", strict=True)
    if rel in ("next", "coming"):
        return weekday_date(ref, wd, "future", strict=True)
    if re.match(r"['’]s\b", c.after(3)) or _SINCE.search(c.before(40)):
        return weekday_date(ref, wd, "past")  # "Wednesday's ruling", "since Monday": known
    direction = c.direction()
    return weekday_date(ref, wd, "future" if direction == "future" else "past")


def _h_weekday(m: re.Match, c: _Ctx) -> _Norm | None:
    if not _cap(m["wd"]):
        return None
    return _with_part(_weekday(c, m["wd"], m["rel"]), m["part"])


def _h_part_of(m: re.Match, c: _Ctx) -> _Norm | None:
    if m["wd"]:
        if not _cap(m["wd"]):
            return None
        d = _weekday(c, m["wd"], None)
    elif m["dw"]:
        d = c.need() + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["dw"].lower()])
    else:
        mon, day = (m["mon"], m["day"]) if m["mon"] else (m["mon2"], m["day2"])
        month = _month_no(mon)
        try:
            year = int(m["year"]) if m["year"] else _year_for(c, month, int(day))
            d = date(year, month, int(day))
        except ValueError:
            return None
    return _with_part(d, m["part"])


def _h_clock(m: re.Match, c: _Ctx) -> _Norm | None:
    if m["nm"]:
        if re.search(r"\bhigh\s+$", c.before(6), _F):
            return None  # "high noon": the idiom
        hh, mi = (12, 0) if m["nm"].lower() in ("noon", "midday") else (24, 0)
    else:
        h = m["h"] or m["h2"] or m["h3"] or m["h4"]
        mi = int(m["mi"] or m["mi2"] or m["mi4"] or 0)
        hh = int(h)
        ap = (m["ap"] or m["ap2"] or "").lower().replace(".", "").replace(" ", "")
        if m["pd"] and (m["pd"].lower() != "morning" and not (m["pd"].lower() == "night" and hh < 5)):
            ap = "pm"  # "4 in the morning", "8 in the evening", "11 at night"
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or (hh == 24 and mi):
            return None
        if not ap and not m["h4"] and not m["h3"] and not m["z"] and m["h2"]:
            # a bare "5:37": a time only when nothing suggests a score or a ratio
            if re.match(r"\s*(?:-|to\s+\d|–)", c.after(6)) or re.search(r"\d\s*[-–]\s*$", c.before(4)):
                return None
    zone = L.ZONES.get((m["z"] or "").lower(), "") if m["z"] else ""
    d: date | None
    if m["wd"]:
        d = _weekday(c, m["wd"], None)
    elif m["dw"]:
        d = c.need() + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["dw"].lower()])
    elif m["mon"]:
        month = _month_no(m["mon"])
        try:
            d = date(_year_for(c, month, int(m["day"])), month, int(m["day"]))
        except ValueError:
            return None
    else:
        d = c.ref
        if hh == 24 and d is not None and c.direction() != "future":
            hh = 0  # a bare "midnight" told of as past is the one that began the day, not its end
    if d is None:
        return _Norm("TIME", f"XXXX-XX-XXT{hh:02d}:{mi:02d}{zone}", "minute", False)
    return _Norm("TIME", f"{d.isoformat()}T{hh:02d}:{mi:02d}{zone}", "minute")


_SET_ADV: dict[str, str] = L.WORDS["set_adverbs"]
_SET_BEFORE_A = re.compile(
    r"(?:twice|once|thrice|times|\d|cents?|dollars?|euros?|pounds?|yuan|rubles?|million|billion|"
    r"percent|%|hours|days|meals|shifts|trips|flights)\s*$", _F)


def _h_set(m: re.Match, c: _Ctx) -> _Norm | None:
    if m["adv"]:
        return _Norm("SET", _SET_ADV[m["adv"].lower()], "none", False)
    if m["wd2"]:
        if not _cap(m["wd2"]):
            return None
        return _Norm("SET", f"XXXX-WXX-{L.WEEKDAYS[m['wd2'].lower()] + 1}", "none", False)
    ev = m["ev"].lower()
    if ev == "a" and not _SET_BEFORE_A.search(c.before(14)):
        return None
    if m["wd"]:
        if not _cap(m["wd"]):
            return None
        return _Norm("SET", f"XXXX-WXX-{L.WEEKDAYS[m['wd'].lower()] + 1}", "none", False)
    n = _num(m["n"]) if m["n"] else 1
    return _Norm("SET", _duration(n or 1, m["u"]), "none", False)


_REF_OK_EARLIER = re.compile(r"^\s*(?:[,.;]|$|\b(?:this|today|in|on|that|the|when)\b)", _F)


def _h_ref(m: re.Match, c: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w == "earlier" and not (_REF_OK_EARLIER.match(c.after(8))
                                or re.search(r"(?:^|[.,;]\s*|\b(?:said|reported|announced|was|were|had)\s+)$", c.before(12))):
        return None
    if w == "current" and re.match(r"\s+(?:account|affairs|events|density|flow|flows|"
                                    r"and\s+former|or\s+former)\b", c.after(12), _F):
        return None
    if w == "future" and re.match(r"\s+(?:tense|contracts?|generations?)\b", c.after(14), _F):
        return None
    if w == "once" and not re.search(r"\b(?:was|were|had|has|have|is|are)\s+$", c.before(8), _F):
        return None
    return _Norm("DATE", L.REF_WORDS[w], "none")


def _h_holiday(m: re.Match, c: _Ctx) -> _Norm | None:
    h = re.sub(r"\s+", " ", m["h"].lower())
    if not m["h"][:1].isupper():
        return None
    if not m["year"]:
        d = _closest(c, lambda y: _holiday(h, y))
        return _Norm("DATE", d.isoformat(), "day")
    return _Norm("DATE", _holiday(h, int(m["year"])).isoformat(), "day", False)


def _holiday(h: str, year: int) -> date:
    """The date of holiday ``h`` (lower-case name) in ``year``."""
    if h.startswith("thanksgiving"):
        d = nth_weekday(year, 11, 3, 4)
    elif h.startswith("easter"):
        d = easter(year) + timedelta(days=1 if h.endswith("monday") else 0)
    elif h == "good friday":
        d = easter(year) - timedelta(days=2)
    elif h == "election day":
        d = nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    elif h == "labor day":
        d = nth_weekday(year, 9, 0, 1)
    elif h == "memorial day":
        d = nth_weekday(year, 5, 0, -1)
    else:
        mo, dd = L.HOLIDAYS[h].split("-")
        d = date(year, int(mo), int(dd))
    return d


def _h_rel(m: re.Match, c: _Ctx) -> _Norm | None:
    the = bool(m["the"])
    rel = m["rel"].lower()
    u = m["u"].lower()
    ref = c.need()
    # "last year", "the past year" (TimeBank: the calendar year before), "next week"
    off = {"this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
           "prior": -1, "next": 1, "coming": 1, "following": 1}[rel]
    if u == "weekend":  # the Saturday and Sunday of an ISO week
        return _Norm("DATE", f"{week_value(ref + timedelta(days=7 * off))}-WE", "week")
    if (rel == "last" and u == "year" and not the and _AMOUNT_BEFORE.search(c.before(12))
            and _QUARTER_TALK.search(c.text, max(0, c.start - 600), c.start + 600)):
        q = add_months(ref, -15)  # "up from $33 million last year" in a quarterly report
        return _Norm("DATE", f"{q.year:04d}-Q{quarter_of(q)}", "quarter")
    if rel in ("past", "coming") and not the:  # "past week": a stretch of time
        d, prec = _unit_precision(u)
        future = rel in ("coming", "next")
        end = shift(ref, d, 1 if future else -1)
        begin, endv = (ref, end) if future else (end, ref)
        return _Norm("DURATION", _duration(1, u), "none", begin=begin.isoformat(),
                     end_value=endv.isoformat())
    d, prec = _unit_precision(u)
    if u in ("decade", "century"):
        step = 10 if u == "decade" else 100
        return _Norm("DATE", fmt_at(date(ref.year + off * step, 1, 1), u), u)
    return _Norm("DATE", fmt_at(shift(ref, d, off), prec), prec)


def _h_weekend(m: re.Match, c: _Ctx) -> _Norm | None:
    ref = c.need()
    if ref.weekday() >= 5:
        base = ref
    elif c.direction() == "future":
        base = ref + timedelta(days=5 - ref.weekday())
    else:
        base = ref - timedelta(days=ref.weekday() + 1)
    return _Norm("DATE", f"{week_value(base)}-WE", "week")


def _h_count(m: re.Match, c: _Ctx) -> _Norm | None:
    """Counted units: durations ("two weeks", "the past three years", "24 to 36 hours"),
    and with "ago"/"earlier"/"later" dates ("a year ago")."""
    nword = m["n"]
    u = m["u"]
    ul = u.lower()
    n = _num(nword)
    vague = n is None
    if m["half"] and n is not None:
        n += 0.5
    if ul.startswith("second") and nword.lower() in ("a", "an") and re.match(r"\s*[a-z]", c.after(3), _F):
        return None
    if ul.startswith("quarter") and re.match(r"\s+of\b", c.after(5), _F):
        return None
    if ul.startswith("night") and not vague and n == 1 and nword.lower() in ("a", "an", "one"):
        return None
    if re.match(r"[-\s]old\b", c.after(5), _F) or m.group(0).lower().endswith("-old"):
        return None  # an age
    ago = (m["ago"] or "").strip().lower()
    ago = re.sub(r"\s+", " ", ago)
    n2 = _num(m["n2"]) if m["n2"] else None
    rel = (m["rel"] or "").lower()
    if ago == "later":  # "three days later": the duration; "later" is a signal
        norm = replace(_h_count_duration(c, n, n2, ul, rel, vague), end=m.start("ago"))
    elif ago:
        norm = _h_count_ago(c, n, ul, ago, vague)
    else:
        return _h_count_duration(c, n, n2, ul, rel, vague)
    return replace(norm, mod="APPROX") if m["orso"] else norm  # "a week or so ago"


def _h_count_ago(c: _Ctx, n: float | None, ul: str, ago: str, vague: bool) -> _Norm:
    """A counted stretch back or ahead of the reference: "two weeks ago", "a year earlier"."""
    sign = 1 if ago in ("from now", "hence") else -1
    if vague or n is None:  # vague: no number
        return _Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", "none")
    d, prec = _unit_precision(ul)
    _, is_time, k, _key = _unit(ul)
    ref = c.need()
    if is_time:
        return _Norm("DATE", ref.isoformat(), "day")
    if d == "Y" and n * k == 1 and _QUARTER_TALK.search(c.text, max(0, c.start - 600), c.start + 600):
        q = add_months(ref, -15)  # "a year ago" in a quarterly report: that quarter
        return _Norm("DATE", f"{q.year:04d}-Q{quarter_of(q)}", "quarter")
    return _Norm("DATE", fmt_at(shift(ref, d, sign * n * k), prec), prec)


_QUARTER_TALK = re.compile(r"\bquarter|\bperiod\b", _F)
_AMOUNT_BEFORE = re.compile(r"(?:\d|\bmillion|\bbillion|\bcents?)\s*$", _F)


def _h_count_duration(c: _Ctx, n: float | None, n2: float | None, ul: str, rel: str,
                      vague: bool) -> _Norm:
    value = _duration(None if vague else n, ul)
    begin = end_value = None
    if n2 is not None and not vague:
        begin, end_value = value, _duration(n2, ul)
    elif rel and c.ref is not None and not vague and n is not None:
        d, is_time, k, _key = _unit(ul)
        if not is_time:
            sign = 1 if rel in ("next", "coming", "following", "ensuing") else -1 if rel in ("past", "last", "previous", "preceding", "recent") else 0
            if sign:
                other = shift(c.ref, d, sign * n * k)
                begin, end_value = sorted((c.ref.isoformat(), other.isoformat()))
    count = None if vague or n is None else (ul, n)
    return _Norm("DURATION", value, "none", begin=begin, end_value=end_value, count=count)


def _h_anaphor(m: re.Match, c: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    unit = "D"
    for key, u in (("week", "W"), ("month", "M"), ("year", "Y")):
        if key in w:
            unit = u
    off = 0
    if re.search(r"next|following|after", w):
        off = 1
    elif re.search(r"previous|before|prior", w):
        off = -1
    part = None
    for p in ("morning", "afternoon", "evening", "night"):
        if p in w:
            part = p
    return _Norm("DATE", "", "day", anaphor=(unit, off, part))


# "the year ended March 31": a twelve-month stretch, not the calendar year (TimeBank: P1Y)
_ENDED_ON = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\s+(?:on\s+)?"
    rf"(?:{L.MONTH}|yesterday|today|tomorrow|last|next|this|\d)", _F)


def _h_the_unit(m: re.Match, c: _Ctx) -> _Norm | None:
    u = m["u"].lower()
    if u == "year" and _ENDED_ON.match(c.after(40)):
        return _Norm("DURATION", "P1Y", "none", False)
    d, prec = _unit_precision(u)
    back = -1 if "latest" in m.group(0).lower() else 0  # the latest (completed) year
    return _Norm("DATE", fmt_at(shift(c.need(), d, back), prec), prec)


def _h_bare_part(m: re.Match, c: _Ctx) -> _Norm | None:
    """"in the morning", "by mid afternoon": that part of the day last mentioned."""
    part = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", m["x"].lower()))
    return _Norm("TIME", "", "part_of_day", anaphor=("D", 0, part))


def _h_while(m: re.Match, c: _Ctx) -> _Norm | None:
    return _Norm("DURATION", "PXX", "none")


def _h_ahead(m: re.Match, c: _Ctx) -> _Norm | None:
    return _Norm("DURATION", _duration(None, m["x2"]), "none")


def _h_bare_plural(m: re.Match, c: _Ctx) -> _Norm | None:
    return _Norm("DURATION", _duration(None, m["x"]), "none")


# --------------------------------------------------------------------------- the rules

_WD = L.WEEKDAY
_MON = L.MONTH
_PART = L.PART
_YEAR = L.YEAR

_RULES: list[tuple[str, str, Callable[[re.Match, _Ctx], _Norm | None]]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?\b", _h_iso),
    ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)", _h_numeric),
    ("mdy", rf"\b(?:(?P<rel>last|next|this)\s+)?(?:(?:{_WD}),?\s+)?(?P<mon>{_MON})\s*"
            rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s*(?P<year>{_YEAR})\b)?",
     _h_month_day),
    ("day_range", rf"(?:\b(?P<btw>between)\s+)?\b(?P<mon>{_MON})\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
                  rf"\s*(?P<sep>-|–|to|through|until|and)\s*(?:(?P<mon2>{_MON})\s*)?"
                  rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:%|percent|per\s*cent|people|"
                  rf"dead|killed|wounded|injured|of\b))(?:,?\s*(?P<year>{_YEAR})\b)?",
     _h_day_range),
    ("dmy", rf"\b(?:(?:{_WD}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b", _h_month_day),
    ("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{_MON})\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                rf"(?![:.]\d)(?:,?\s*(?P<year>{_YEAR})\b)?", _h_week_of),
    ("month", rf"\b(?:(?P<ev>each|every)\s+|(?P<rel>this|last|next)\s+)?(?P<mon>{_MON})"
              rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}|{L.SPELLED_YEAR})"
              rf"|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?(?![\w-])", _h_month),
    ("year", rf"(?<![\w$£€#.,/])(?<!\d-)(?P<fy>(?:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?(?P<year>{_YEAR})(?!\w|[.,:]\d|-\d|%|\s*(?:-|–)\s*\d)", _h_year),
    ("year_range", rf"(?<![\w$£€#.,/-])(?P<y1>{_YEAR})\s*(?:-|–|to|and|through|until)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%]|[.,]\d)", _h_year_range),
    ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)(?:\s+hundred)?[\s-]+(?P<y>(?:{L.TENS_WORDS})(?:[\s-](?:{L.UNIT_WORDS}))?|{L.TEEN_WORDS})\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?P<y2>{L.UNIT_WORDS}|{L.TEEN_WORDS}))?\b", _h_spelled_year),
    ("year_end", r"\b(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)\b", _h_year_end),
    ("decade", r"\b(?:the\s+)?(?:(?P<c>1\d|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", _h_decade),
    ("century", rf"\b(?:the\s+)?(?P<o>{L.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]century\b", _h_century),
    ("quarter",
     rf"\b(?:(?P<det>the|this|last|next|a|the\s+same|the\s+year-earlier|the\s+year-ago|year-earlier|year-ago|last\s+year's|next\s+year's|this\s+year's|the\s+latest|the\s+current|the\s+previous|the\s+most\s+recent|the\s+recent|the\s+fiscal|the\s+last|the\s+latter)[-\s]+(?!(?:fiscal\s+)?\w+-(?:quarter|half)\b))?"
     rf"(?:(?P<year0>{_YEAR})\s+)?(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|latest|current|previous|most\s+recent|recent|comparable|year-earlier|year-ago)[-\s]+)?(?:fiscal[-\s]+)?"
     rf"(?P<u>quarter|half|period)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{_YEAR})|(?:the|this)\s+year)|,?\s+(?P<year2>{_YEAR}))?\b"
     rf"|\bQ(?P<qn>[1-4])(?:\s+(?P<year3>{_YEAR}))?\b|\b(?P<h1>H[12])\s+(?P<year4>{_YEAR})\b", _h_quarter),
    ("year_earlier", r"\b(?:year-earlier|year-ago)\b(?![-\s]+(?:quarter|period|half))", _h_year_earlier),
    ("season", rf"\b(?:(?P<rel>this|last|next|past|coming|the)\s+)?(?P<s>{L.SEASON})"
               rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}|{L.SPELLED_YEAR}))?\b", _h_season),
    ("overnight", r"\bovernight\b(?![\s-]+(?:stay|stays|flight|flights|train|bag|success|"
                  r"sensation|delivery|rates?|shift|guests?|trip|camp|loan|market|lending))",
     _h_overnight),
    ("dayword", r"\b(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _h_dayword),
    ("part", rf"\b(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{_PART})\b", _h_part),
    ("weekday", rf"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{_WD})(?:\s+(?P<part>{_PART}))?\b", _h_weekday),
    ("part_of",
     rf"\b(?:the\s+)?(?P<part>{_PART})\s+of\s+(?:(?:{_WD},?\s+)?(?P<mon>{_MON})\s*"
     rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b|(?P<wd>{_WD})|(?P<dw>yesterday|today|tomorrow)"
     rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON}))\b"
     rf"(?:,?\s+(?P<year>{_YEAR})\b)?", _h_part_of),
    ("clock",
     r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
     r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:]|\.\d)(?:\s*(?P<ap2>[ap]\.?m\b\.?))?"
     r"|(?P<nm>noon|midnight|midday)"
     r"|(?P<h3>[1-9]|1[0-2])(?:\s+o'clock|\s+in\s+the\s+(?P<pd>morning|afternoon|evening|night)\b)"
     rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s+(?=hours\b|hrs\b|{L.ZONE_UP}\b))"
     rf"(?:\s*\(?(?P<z>{L.ZONE_UP})\b\)?)?(?:\s+hours|\s+hrs)?"
     rf"(?:(?:\s*\([^()]{{1,24}}\))?(?:,?\s+(?:on\s+)?(?P<wd>{_WD})|\s+(?P<dw>today|yesterday|tomorrow)|,?\s+(?P<mon>{_MON})\s*(?P<day>[0-3]?\d)\b))?", _h_clock),
    ("set",
     rf"\b(?:(?P<adv>daily|nightly|weekly|biweekly|monthly|bimonthly|yearly|hourly)"
     rf"|(?P<ev>every|each|per|a)\s+(?:other\s+)?(?:(?P<n>{L.NUM})\s+)?(?:(?P<wd>{_WD})|(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade)s?)"
     rf"|(?P<wd2>{_WD})s)\b", _h_set),
    ("ref", rf"\b(?P<w>{L.alt(L.REF_WORDS)})\b", _h_ref),
    ("holiday", rf"\b(?P<h>{L.alt(L.HOLIDAYS)}|thanksgiving(?:\s+day)?|easter(?:\s+sunday|\s+monday)?|good\s+friday|election\s+day|labor\s+day|memorial\s+day)(?:\s+(?P<year>{_YEAR}))?\b", _h_holiday),
    ("rel", r"\b(?:(?P<the>the)\s+)?(?P<rel>this|last|next|past|coming|current|same)\s+(?:fiscal\s+|calendar\s+)?(?P<u>week|weekend|month|year|decade|century)\b", _h_rel),
    ("weekend", r"\b(?:the|a)\s+weekend\b(?!\s+of\b)", _h_weekend),
    ("the_unit", r"\b(?P<x>the\s+(?:latest\s+|full\s+|fiscal\s+|calendar\s+|whole\s+|entire\s+)*(?P<u>year|week|month))\b(?![-\s](?:earlier|ago|before|after|in\b|of\b|\d))", _h_the_unit),
    ("count",
     r"\b(?:(?P<det>the|this|these|those)\s+(?=(?:past|last|next|coming|previous|first|final"
     r"|following|ensuing|latest|remaining|recent|preceding|subsequent|initial|entire|whole|full)\s"
     r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
     r"|forty|fifty|sixty)"
     r"\s+\w+s\b(?![-\s]+of\b|-)))?"  # "the nine months", not "the two-week crisis", "the two days of"
     r"(?:(?P<rel>past|last|next|coming|previous|first|final|following|ensuing|latest|remaining|recent|preceding|subsequent|additional|further|another|initial|entire|whole|full)\s+)?"
     rf"(?P<n>{L.NUM}|{L.VAGUE_NUM})(?:\s*(?:to|-|–|or|and)\s*(?P<n2>{L.NUM}))?[-\s]+"
     r"(?:(?:more|additional|full|long|straight|consecutive|trading|business|calendar|working|extra)[-\s]+)?"
     rf"(?P<u>{L.UNIT})(?:-(?:old|long))?(?P<half>\s+and\s+a\s+half)?"
     r"(?P<orso>\s+or\s+so(?=\s+(?:ago|earlier|later|from\s+now|hence|back)\b))?"
     r"(?P<ago>\s+(?:ago|earlier|later|from\s+now|hence|back)\b)?(?!-)\b", _h_count),
    ("anaphor",
     r"\b(?P<w>that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon|week|month|year)|the\s+same\s+(?:day|week|month|year)|the\s+(?:next|following)\s+(?:day|morning|evening|night)|"
     r"the\s+(?:following|previous)\s+(?:week|month|year)|the\s+day\s+before|the\s+previous\s+day|the\s+(?:week|month|year)\s+before|the\s+(?:day|week|month|year)\s+after)\b", _h_anaphor),
    ("bare_part",
     r"\b(?:in|by|during|until|through)\s+"
     r"(?P<x>(?:the\s+)?(?:mid[-\s](?=morning|afternoon))?(?:morning|afternoon|evening))\b"
     r"(?!\s+(?:of|hours|news|papers?|shows?|session|trading|edition|rush|prayers?|sun)\b|-)",
     _h_bare_part),
    ("while", r"\b(?:some\s+time|a\s+while)\b(?!\s+(?:ago|before|after|later|earlier))", _h_while),
    ("ahead", r"\b(?:the\s+)?(?P<x2>days|weeks|months|years)\s+ahead\b", _h_ahead),
    ("bare_plural", r"\b(?:for|within|over|in|after|took|take|takes|lasted|last|spent|spend)\s+(?P<x>years|months|weeks|decades|centuries|days|hours|minutes)\b(?!\s+(?:of|ago|earlier|later|before|after|to|old))", _h_bare_plural),
]

_COMPILED = [(name, re.compile(p, _F), fn) for name, p, fn in _RULES]
# words without which a rule cannot match: its regex scan is skipped when none occurs
_NEEDS = {
    "century": ("centur",),
    "week_of": ("week of",),
    "holiday": ("christmas", "new year", "independence", "valentine", "halloween", "boxing",
                "may day", "bastille", "veterans", "armistice", "victory", "thanksgiving",
                "easter", "good friday", "election", "labor day", "memorial"),
    "part_of": tuple(L.PARTS_OF_DAY),
    "part": tuple(L.PARTS_OF_DAY),
    "bare_part": ("morning", "afternoon", "evening"),
    "decade": ("0s", "0's", "ties"),
    "spelled_year": ("nineteen", "twenty", "thousand"),
    "year_end": ("end",),
    "while": ("some time", "while"),
    "ahead": ("ahead",),
    "weekend": ("weekend",),
    "season": tuple(L.SEASONS),
    "quarter": ("quarter", "half", "period", "q1", "q2", "q3", "q4", "h1", "h2"),
    "overnight": ("overnight",),
    "year_range": ("-", "–", " to ", " and ", "through", "until"),
    "day_range": ("-", "–", " to ", " and ", "through", "until"),
    "year_earlier": ("year-",),
    "iso": ("-",),
}  # fmt: skip
_PRIORITY = {name: i for i, (name, _p, _fn) in enumerate(_RULES)}

_Q_PRE = re.compile(
    r"\b(?P<q>just\s+over|just\s+under|well\s+over|more\s+than|less\s+than|fewer\s+than|"
    r"no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|at\s+least|at\s+most|up\s+to|"
    r"as\s+many\s+as|as\s+much\s+as|as\s+long\s+as|as\s+little\s+as|close\s+to|upwards\s+of|"
    r"about|around|approximately|roughly|some|nearly|almost|over|under)\s+$", _F)
_Q_MOD: dict[str, str] = L.WORDS["quantity_modifiers"]
_P_PRE = re.compile(
    r"\b(?P<p>(?:the\s+)?(?:early|late|mid)|earlier|later|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of|"
    r"post|pre)(?:\s+|-)$", _F)
_P_MOD: dict[str, str] = L.WORDS["point_modifiers"]
_OR_SO = re.compile(r"\s+or\s+so\b", _F)
_IN_BEFORE = re.compile(r"\b(?:in|within)\s+$", _F)
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|(?:is|are)\s+(?:due|scheduled|expected|set|slated)\s+to|"
    r"plans?\s+to|planning\s+to|next|upcoming|would|'ll)\b|\w'll\b", _F)
_PAST_CUE = re.compile(
    r"\b(?:said|says|was|were|had|did|told|ago|last|earlier|yesterday|\w{2,}ed)\b", _F)
_AHEAD_BEFORE = re.compile(r"\b(?:as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)\s+$", _F)
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def _cue_tense(text: str, sents: list[int], char: int) -> str | None:
    """Tense of the sentence around ``char`` from cue words: the cue nearest ``char``."""
    k = bisect.bisect_right(sents, char) - 1
    s = sents[k] if k >= 0 else 0
    e = sents[k + 1] if k + 1 < len(sents) else len(text)
    best: tuple[int, str] | None = None
    for rx, tense in ((_FUTURE_CUE, "future"), (_PAST_CUE, "past")):
        for m in rx.finditer(text, s, e):
            dist = min(abs(m.start() - char), abs(m.end() - char))
            if tense == "future":
                dist -= 15  # a future cue anywhere near wins over a participle
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None
