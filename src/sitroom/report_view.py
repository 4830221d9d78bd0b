"""The situation report's view of the picture: the caps on its lists, and how it names
actors, outlets, dates and the sentences records were said in."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta
from typing import Any

from . import timeval
from .html_report import PART_NAMES, as_said, short
from .model import CLAIMS_LISTING
from .picture_view import PictureView
from .report_text import week_span


CERTAINTY_ORDER = CLAIMS_LISTING  # the order claims are listed in (model.py)
ROLE_MARK = {"reports": "●", "corroborates": "✓", "contradicts": "✗", "discusses": "…"}
SILENT = "–"
MAX_ROWS = 25
MAX_KEY_EVENTS = 40
MAX_OTHER_EVENTS = 15
MAX_MATRIX_ROWS = 15
MATRIX_COLUMNS = 8  # more outlets than this: the matrix as a list (a table would not fit)
MATRIX_HEADER_ROOM = 48  # outlet names longer than this together become initials
MAX_DISPUTES = 15
MAX_FRAMING_TERMS = 8
MAX_FRAMING_TONE = 6
MAX_OMITTED_CLAIMS = 3
# a report of one of these kinds (its ``meta.kind``) is commentary rather than news
COMMENTARY = re.compile(r"\b(analysis|opinion|commentary|comment|editorial|column|op-ed|essay)\b",
                        re.I)
EXPORT_HINT = "`sitroom export --format json`"
LINE_BREAK = re.compile(r"[ \t]*[\r\n\u2028\u2029]\s*")  # with the spaces around it
EDGE_BREAK = re.compile(r"^\s*[\r\n\u2028\u2029]\s*|\s*[\r\n\u2028\u2029]\s*$")


# --------------------------------------------------------------------------- text helpers


def _md(text: str) -> str:
    """Escape Markdown control characters in report text, and join its lines: a line break
    inside a table cell or a list item would end the row or the item there."""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return LINE_BREAK.sub(" ", EDGE_BREAK.sub("", text))


def _text(text: str | None, n: int = 220) -> str:
    """Report text: header-free, shortened and escaped."""
    return _md(short(text, n))


def readable_date(iso: str | None) -> str:
    """An ISO date kept sortable but readable: ``2023-06-24 evening`` for ``2023-06-24TEV``,
    ``2023-06-24 05:37`` for ``2023-06-24T05:37``, a week as its first and last days in the
    same form as a day (``2023-06-19 to 2023-06-25``), a season, quarter or half as its
    months (``2014-06 to 2014-08``); ``undated`` for None."""
    if not iso:
        return "undated"
    span = week_span(iso)
    if span:
        return f"{span[0]:%Y-%m-%d} to {span[1]:%Y-%m-%d}"
    day, sep, rest = iso.partition("T")
    if not sep:
        return _months_or_days(iso)
    part = PART_NAMES.get(rest)
    return f"{day} {part or rest[:5]}"


def _months_or_days(iso: str) -> str:
    """A season, quarter or half as its first and last months (``2014-06 to 2014-08``), a
    weekend as its days, in the form of the other dates; a decade or century in words
    (``the 1960s``); anything else unchanged."""
    span = timeval.parse(iso)
    if span is None:
        return iso
    last = span.end - timedelta(days=1)
    if span.precision in ("season", "quarter", "half"):
        return f"{span.start:%Y-%m} to {last:%Y-%m}"
    if span.precision == "weekend":
        return f"{span.start:%Y-%m-%d} to {last:%Y-%m-%d}"
    if span.precision in ("decade", "century"):  # "196" is "the 1960s"
        return timeval.words(iso)
    return iso


def _when(iso: str | None) -> str:
    """A publication time for a source line: date and minutes, no seconds or zone."""
    return (iso or "")[:16].replace("T", " ")


# --------------------------------------------------------------------------- picture view


class _View(PictureView):
    """The picture view (:class:`sitroom.picture_view.PictureView`) with Markdown escaping."""

    @classmethod
    def of(cls, picture: dict[str, Any]) -> _View:
        """The view of ``picture`` (a dict with the keys of docs/format.md)."""
        return cls(picture)

    def actor(self, aid: str | None, fallback: str | None = None) -> str:
        """The escaped name of an actor id, else the escaped ``fallback`` words, else ''."""
        if aid and aid in self.actors:
            return _md(self.actors[aid]["name"])
        return _md(fallback) if fallback else ""

    def carried_by(self, record: dict[str, Any]) -> str:
        """``[A, B; contradicted by C; discussed by D]``: every outlet carrying the record."""
        by_role: dict[str, list[str]] = defaultdict(list)
        for o, role in self.roles(record).items():
            by_role[role].append(_md(o))
        parts = [", ".join(by_role["reports"] + by_role["corroborates"])]
        parts += [f"{label} {', '.join(by_role[r])}" for r, label in
                  (("contradicts", "contradicted by"), ("discusses", "discussed by")) if by_role[r]]
        return "[" + "; ".join(p for p in parts if p) + "]"

    def said(self, rid: str, doc: str | None = None, n: int = 200) -> str:
        """What a record says, as reported by ``doc`` when given (its sentence there), else its
        summary or text; quotes as “…” with the speaker."""
        r = self.records.get(rid)
        if r is None:
            return _md(rid)
        if "speaker" in r:
            who = self.actor(r.get("speaker"), r.get("speaker_text")) or "unknown speaker"
            return f"{who}: {as_said(_text(r.get('text'), n), r.get('kind'))}"
        ev = [e for e in r.get("evidence") or () if doc and e.get("doc") == doc]
        if ev:
            return _text(ev[0].get("text"), n)
        return _text(r.get("summary") or r.get("text"), n)

    def stamp(self, doc: str | None) -> str:
        """``Outlet, 2026-03-14 10:20`` for a document."""
        when = _when(self.docs.get(doc or "", {}).get("published"))
        return _md(self.outlet(doc)) + (f", {when}" if when else "")
