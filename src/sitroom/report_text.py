"""Text for the reports (Markdown and HTML): escaping, record anchors and links, report text
without live-blog headers, shortened; counts; and ISO dates of any precision read, spanned and
written as an analyst reads them. Shared by :mod:`sitroom.report`, :mod:`sitroom.html_report`,
:mod:`sitroom.html_sources` and the web app."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from . import timeval
from .ingest.updates import HEADER, is_header
from .link.framing import TIME_ZONES

KIND_PREFIX = {"events": "ev", "quotes": "quote", "claims": "claim"}  # of record anchors

Href = Callable[[str, int], str]




def as_said(text: str, kind: str | None) -> str:
    """Quoted words in quotation marks; an indirect or mixed quote (a paraphrase, maybe
    with quoted words inside) as written. A direct quote still wrapped in its own marks (a
    feed's two apostrophes, which are not read as marks upstream) shows each part once in
    ours, not inside them; a quotation the quote's text opens and its span ends before
    closing is closed."""
    if kind in (None, "direct"):  # the comma before "he said" is the writer's
        parts = own_parts(text)
        if parts:
            return " ".join(quoted(closed(p.rstrip(" ,"))) for p in parts)
        return quoted(closed(text.rstrip(" ,")))
    return closed(text)


_PART = r'\s*"([^"]+)"'
_OWN_PARTS = re.compile(rf"(?:{_PART})+\s*")


def own_parts(text: str) -> list[str]:
    """The parts of a quote text made only of quotations in their own double marks
    (``''A,'' ''B''`` or ``“A,” “B”``): ``["A,", "B"]``; none when anything stands outside
    them; the last part may be cut short, ending in "…"."""
    plain = text.replace("''", '"').replace("“", '"').replace("”", '"')
    if plain.endswith("…") and plain.count('"') % 2:  # shortened inside its last part
        plain += '"'
    if not _OWN_PARTS.fullmatch(plain):
        return []
    return re.findall(_PART, plain)


_OPENS_AFTER = " \t\n([{—–-/“\""
_CLOSER = {"“": "”", "‘": "’"}


def closed(text: str) -> str:
    """``text`` with the curly quotations it opens and leaves open closed at its end (a
    span cut before the closing mark: ``titled “The Bridge`` -> ``titled “The Bridge”``).
    A ‘ is an opening mark only at a word's start and not before a digit (‘90s); a ’ closes
    an open ‘ only at a word's end (not the apostrophe of don’t)."""
    stack: list[str] = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == "“":
            stack.append(ch)
        elif ch == "”" and stack and stack[-1] == "“":
            stack.pop()
        elif ch == "‘" and before in _OPENS_AFTER and not after.isdigit():
            stack.append(ch)
        elif ch == "’" and stack and stack[-1] == "‘" and not after.isalnum():
            stack.pop()
    return text + "".join(_CLOSER[m] for m in reversed(stack))


_OPENING = re.compile(r'(^|[\s(\[—–-])"')


def quoted(text: str) -> str:
    """``text`` in “…”, its own double quotation marks made single (‘…’), as a quote within
    a quote is written: a sentence that opens with a quotation does not show ““. Two
    apostrophes (a typewriter's double quotation mark, as some feeds write it) are one."""
    text = text.replace("''", '"')
    inner = _OPENING.sub("\\1‘", text.replace("“", "‘").replace("”", "’"))
    return "“" + inner.replace('"', "’") + "”"


def distinct_roles(roles: list[str] | None) -> list[str]:
    """An actor's roles, each once whatever its case ("President", "president"): the first
    written form is kept, in the picture's order."""
    kept: dict[str, str] = {}
    for r in roles or []:
        kept.setdefault(r.casefold(), r)
    return list(kept.values())


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one: "1 report", "3 reports", "1,200 mentions"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def esc(value: Any) -> str:
    """HTML-escape any value (quotes too, so it is safe in attributes). None becomes ''."""
    return "" if value is None else html.escape(str(value), quote=True)


def slug(value: str) -> str:
    """A record id made safe for an HTML id / URL fragment."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", str(value))


def anchor(doc: str, start: int) -> str:
    """The id of an evidence sentence's highlight: ``doc-<doc id>-<start>``."""
    return f"doc-{doc}-{int(start)}"


def local_href(doc: str, start: int) -> str:
    """Evidence link inside the self-contained report."""
    return "#" + anchor(doc, start)


def local_record_href(kind: str, rid: str) -> str:
    """Link to a record's row inside the self-contained report (``section`` names a section)."""
    return f"#{slug(rid)}" if kind == "section" else f"#{kind}-{slug(rid)}"


_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_ZONE = r"(?:" + "|".join(TIME_ZONES) + r")(?:\s*[+-]\d{1,2})?\b"
# what is left of a live-blog entry header at the start of a sentence the parser split off
# its time ("CET: Troops ..."), besides the whole headers ingest recognises
_HEADER_REST = re.compile(
    r"^\s*(?:(?:UPDATE|Update|BREAKING|Breaking)\b\s*)?"
    r"(?:[(\[][^()\[\]]{0,40}?" + _TIME + r"[^()\[\]]{0,20}[)\]]\s*[:–—-]?"
    r"|(?=\S)(?:" + _TIME + r"\s*)?(?:" + _ZONE + r"\s*)?[:–—-])\s+")


def clean_sentence(text: str | None) -> str:
    """A sentence without a live-blog entry header at its start ("UPDATE 05:37 CET: Troops
    ...", "CET: Troops ..." -> "Troops ..."); other text unchanged."""
    text = text or ""
    h = HEADER.match(text)
    if h and is_header(h) and h.end() < len(text):
        return text[h.end():].lstrip()
    m = _HEADER_REST.match(text)
    if m and m.group().strip(" :–—-\t\n") and m.end() < len(text):
        return text[m.end():]
    return text


def short(text: str | None, n: int = 220) -> str:
    """``text`` without a live-blog entry header at its start ("13:05 UTC: ..."), white space
    collapsed, cut at a word before ``n`` characters (with …)."""
    text = " ".join(clean_sentence(text).split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


# --------------------------------------------------------------------------- dates

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:(\d{2}):(\d{2})|(MO|MI|AF|EV|NI|DT)))?)?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DECADE = re.compile(r"\d{2,3}")  # TIMEX's decade ("196") and century ("19")


@lru_cache(maxsize=16384)
def parse_date(value: str | None) -> datetime | None:
    """The start of an ISO 8601 date of any precision as a naive UTC datetime, or None.

    Accepts ``2023-06-24T05:37+01:00`` (converted to UTC), ``2023-06-24TEV`` (part of day),
    ``2023-06-24``, ``2023-06``, ``2023``, ``2023-W25``."""
    return timeval.naive_start(value)


PART_NAMES = {code: part["words"] for code, part in timeval.parts_of_day().items()}


@lru_cache(maxsize=16384)
def span_words(first: str, last: str, joint: str = " to ") -> str:
    """Two written instants as one span: "2015-01-15 08:00 to 08:30" when they share the
    day (the day once), one instant when they are the same, else "first to last"; ``joint``
    is the word between them (the HTML tables write " – ")."""
    if first == last:
        return first
    day, _, hour = first.rpartition(" ")
    last_day, _, last_hour = last.rpartition(" ")
    if day and day == last_day and ":" in hour and ":" in last_hour:
        return f"{first}{joint}{last_hour}"
    return f"{first}{joint}{last}"


def via_medium(medium: str | None) -> str:
    """A quote's medium in words for a reader, "via press conference" (the record's field is
    a code, ``press_conference``; docs/format.md); "" when none."""
    return f"via {medium.replace('_', ' ')}" if medium else ""


def human_date(value: str | None) -> str:
    """An ISO date of any precision as an analyst reads it: ``7 May 2024, evening``,
    ``7 May 2024 05:37``, ``May 2024``, a week as its days (``19–25 Jun 2023``), a season,
    quarter or half as :func:`sitroom.timeval.words` writes it (``summer 2014``, ``Q2 2016``);
    ``undated`` for None; anything else unchanged."""
    if not value:
        return "undated"
    s = value.strip()
    m = _WEEK.match(s)
    if m:
        return week_days(s) or timeval.words(s)  # a weekend (``2023-W25-WE``) in words
    m = _DATE.match(s)
    if not m and _DECADE.fullmatch(s):  # a decade or century ("196", "19"): "the 1960s"
        return timeval.words(s)
    if not m or parse_date(s) is None:
        return s
    if m.end() < len(s) and not m[3]:  # a season, quarter, half of a year in words
        return timeval.words(s)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    if not m[2]:
        return m[1]
    month = months[int(m[2]) - 1]
    if not m[3]:
        return f"{month} {m[1]}"
    day = f"{int(m[3])} {month} {m[1]}"
    if m[4]:
        return f"{day} {m[4]}:{m[5]}"
    if m[6]:
        return f"{day}, {PART_NAMES[m[6]]}"
    return day


@lru_cache(maxsize=1)
def _date_sources() -> dict[str, str]:
    raw = json.loads(resources.files("sitroom.data").joinpath("date_sources.json").read_text())
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def date_source_words(source: str | None) -> str:
    """Where a date not written in its record's own clause came from, in words
    (``from its paragraph``, ``publication date``; ``data/date_sources.json``); empty for a
    date of its own clause, for none, and for a source the table does not name."""
    return _date_sources().get(source or "", "")


def week_days(value: str) -> str | None:
    """An ISO week (``2023-W25``) as its days, Monday to Sunday: ``19–25 Jun 2023``,
    ``29 May – 4 Jun 2023``, ``29 Dec 2025 – 4 Jan 2026``; None for anything else, a week
    its year lacks (``2023-W53``) too."""
    span = week_span(value)
    if span is None:
        return None
    first, last = span
    if first.month == last.month:
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def week_span(value: str | None) -> tuple[datetime, datetime] | None:
    """(Monday, Sunday) of an ISO week (``2023-W25``), each at midnight; None for anything
    else, a week its year lacks (``2023-W53``) too."""
    text = (value or "").strip()
    span = date_span(text) if _WEEK.match(text) else None
    if span is None or (span[1] - span[0]).days != 6:
        return None
    return span[0], span[0] + timedelta(days=6)


@lru_cache(maxsize=16384)
def date_span(value: str | None) -> tuple[datetime, datetime] | None:
    """(first, last instant) covered by an ISO date of reduced precision, or None if undated."""
    return timeval.naive_span(value)


def languages_label(doc: Mapping[str, Any]) -> str:
    """A report's language as the reports show it (``en``, ``partial analysis (language de)``),
    with its live-blog entries in other languages (``en; entries in ru (2)``)."""
    from .lang.detect import language_note

    label = language_note(doc.get("language") or "und")
    entries = doc.get("entry_languages") or {}
    if entries:
        label += "; entries in " + ", ".join(f"{k} ({n})" for k, n in entries.items())
    return label
