"""Live-blog entries: lines starting with a timestamp header.

Recognised headers (at the start of a line, case of the keyword free)::

    UPDATE 05:37 CET: ...          Update 14:05 MSK - ...       [10:15 GMT+3] ...
    12:30 UTC: ...                 UPDATE (June 25, 09:10 BST): ...   Updated 9.40pm EET — ...
    Update, 3:15 p.m. ET: ...      14:05 (local time) ...         09:10 local time: ...

A header needs a keyword (update/updated/updates/latest/breaking), brackets, or a time zone;
a bare "12:30:" is not one. The date is the entry's own ("June 25", "25 June 2023",
"2023-06-25"; a missing year comes from the document's published date) or else the
document's published date. Zones are fixed UTC offsets (daylight-saving names are separate
zones); an unknown zone gives a naive timestamp. Without any date the timestamp is a time
of day only ("05:37+01:00").
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Update

ZONES: dict[str, int] = {  # minutes east of UTC
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "MSK": 180, "BST": 60, "IST": 330, "EST": -300, "EDT": -240, "CST": -360,
    "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "JST": 540, "KST": 540,
    "AEST": 600, "AEDT": 660,
}  # fmt: skip

_MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = (rf"(?i:(?P<mon1>{_MONTH})\.?\s+(?P<day1>{_DAY})(?:,?\s+(?P<year1>\d{{4}}))?"
         rf"|(?P<day2>{_DAY})\s+(?P<mon2>{_MONTH})\.?(?:,?\s+(?P<year2>\d{{4}}))?"
         rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))")

HEADER = re.compile(
    rf"""^[ \t]*
    (?P<label>
      (?P<open>[\[(])?[ \t]*
      (?:(?P<kw>(?i:update[sd]?|latest|breaking))\b[ \t]*[:\-–—,]?[ \t]*)?
      (?P<open2>[\[(])?[ \t]*
      (?:{_DATE}[ \t]*,?[ \t]*(?i:at[ \t]+)?)?
      (?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)
      (?:[ \t]*(?P<ampm>[AaPp])\.?[Mm]\.?)?
      (?:[ \t]*(?P<zone>(?:UTC|GMT)(?:[ \t]*[+\-−][ \t]*\d{{1,2}}(?::?[0-5]\d)?)?|[A-Z]{{1,5}})\b)?
      (?P<local>[ \t]*(?:\((?i:local(?:[ \t]+time)?)\)|,?[ \t]*(?i:local[ \t]+time)\b))?
      [ \t]*(?P<close>[\])])?
    )
    [ \t]*(?P<sep>[:\-–—]|$)?""",
    re.M | re.X,
)
_OFFSET = re.compile(r"^(UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$")


def parse_updates(text: str, published: str | None) -> tuple[Update, ...]:
    """The live-blog entries of ``text`` in order of appearance.

    Requires the cleaned document text and its published date (ISO, may be None).
    Each Update spans from its header line to the next header (or the end), trailing
    whitespace excluded; ``label`` is the header as written without its separator.
    """
    pub = _published_date(published)
    found = [m for m in HEADER.finditer(text) if is_header(m)]
    updates = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        end = len(text[:end].rstrip())
        updates.append(Update(start, end, _timestamp(m, pub), m.group("label").strip()))
    return tuple(updates)


def is_header(m: re.Match[str]) -> bool:
    opened = m.group("open") or m.group("open2")
    if bool(opened) != bool(m.group("close")):
        return False
    if m.group("sep") is None and not m.group("close"):
        # "14:05 (local time) Rescue teams ...": a bracketed "local time" before a new
        # sentence; a line of wrapped text starting "14:05 local time the ..." is no header
        local = m.group("local") or ""
        if "(" not in local or not m.string[m.end():].lstrip()[:1].isupper():
            return False
    zone = m.group("zone")
    known = zone is not None and (zone in ZONES or bool(_OFFSET.match(zone)))
    if zone and not known and not re.fullmatch(r"[A-Z]{1,4}T", zone):
        return False  # a capitalised word after the time, not a zone
    return bool(m.group("kw") or opened or known or zone or m.group("local"))


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _timestamp(m: re.Match[str], pub: date | None) -> str:
    hour, minute = int(m.group("h")), int(m.group("m"))
    if m.group("ampm"):
        hour = hour % 12 + (12 if m.group("ampm").lower() == "p" else 0)
    day = _entry_date(m, pub) or pub
    clock = f"{hour:02d}:{minute:02d}"
    stamp = f"{day.isoformat()}T{clock}" if day else clock
    return stamp + _offset(m.group("zone"))


def _entry_date(m: re.Match[str], pub: date | None) -> date | None:
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        mon, day, year = ((m.group("mon1"), m.group("day1"), m.group("year1")) if m.group("mon1")
                          else (m.group("mon2"), m.group("day2"), m.group("year2")))
        if not mon:
            return None
        y = int(year) if year else (pub.year if pub else None)
        if y is None:
            return None
        return date(y, _MONTHS[mon[:3].lower()], int(re.sub(r"\D", "", day)))
    except ValueError:
        return None


def _offset(zone: str | None) -> str:
    if not zone:
        return ""
    if zone in ZONES:
        minutes = ZONES[zone]
    else:
        m = _OFFSET.match(zone)
        if not m:
            return ""
        minutes = (int(m.group(3)) * 60 + int(m.group(4) or 0)) * (1 if m.group(2) == "+" else -1)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
