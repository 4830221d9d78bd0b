"""Times, calendar rules: the handlers that turn a matched date, month, year, decade, century,
quarter, season or holiday into a TIMEX3 value (the patterns are in :mod:`time_rules`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import time_lex as L
from .time_calc import add_months, easter, nth_weekday, quarter_of, week_value
from .time_norm import (
    _Ctx, _F, _NoRef, _Norm, _cap, _closest, _month_no, _num, _year_for, _year_value,
)


_DECADE_WORDS: dict[str, int] = L.WORDS["decade_words"]


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
    elif rel == "this" and start_m > now_m and c.direction() == "past":
        year -= 1  # "was killed this summer" told in January: the summer gone, not ahead
    return _Norm("DATE", f"{year:04d}-{code}", "season")


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
