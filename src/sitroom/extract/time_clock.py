"""Times, day and clock rules: the handlers for day words, parts of the day, weekdays, clock
times, sets ("every week"), references ("now"), relative and counted expressions ("last
week", "three days ago") and anaphora ("that day") (the patterns are in :mod:`time_rules`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import time_lex as L
from .time_calc import add_months, fmt_at, quarter_of, shift, week_value, weekday_date
from .time_norm import (
    _Ctx, _F, _Norm, _SINCE, _cap, _duration, _month_no, _num, _unit, _unit_precision,
    _year_for,
)




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
    code = part if part[:1].isdigit() else _part_code(part)  # a clock time as it is
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
        if d is not None and not _stamp_line(c):  # "... on Saturday. It began at 10 a.m."
            return _Norm("TIME", "", "minute", anaphor=("D", 0, f"{hh:02d}:{mi:02d}{zone}"))
    if d is None:
        return _Norm("TIME", f"XXXX-XX-XXT{hh:02d}:{mi:02d}{zone}", "minute", False)
    return _Norm("TIME", f"{d.isoformat()}T{hh:02d}:{mi:02d}{zone}", "minute")


def _stamp_line(c: _Ctx) -> bool:
    """Whether the clock time stands alone on its line ("2:14 p.m." heading an entry of a
    live blog whose stamps were not parsed as entries): the stamp is of the reference day,
    not of the last day told before it (a day of the previous entry's story)."""
    line_start = c.text.rfind("\n", 0, c.start) + 1
    line_end = c.text.find("\n", c.end)
    after = c.text[c.end:len(c.text) if line_end < 0 else line_end]
    return not c.text[line_start:c.start].strip() and not after.strip(" .:-\u2013\u2014\t")


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
