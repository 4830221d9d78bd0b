"""The order of the web's record listings (``/events``, ``/quotes``, ``/claims`` and their
JSON twins): newest first, so that the first page of a large store holds its latest records.

A record's date is what its page shows: an event's own date, else the earliest publication
of its reports ("reported ..."); a quote's time, else the same; a claim's earliest report.
The start of a date of any precision is compared (a week, a month from its first day), day
by day first: on one day, records dated by their own words come before records listed at
their report's publication ("reported ..."; the page gives that day, not the hour), however
late in the day the report was published. Undated records come last; records of one date
keep the picture's order (a stable tie).
The order is a permutation of the picture's positions, computed once per picture."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from .filters import _docs_of, _memo, span_of
from .query import Picked

ORDERED = ("events", "quotes", "claims")
ORDER_NOTE = "newest first (by date; undated last)"


@lru_cache(maxsize=65536)
def _start(value: str | None) -> datetime | None:
    """The first instant of a date of any precision (None: no date); dates repeat, so cached."""
    span = span_of(value)
    return span[0] if span else None


def record_date(kind: str, r: dict[str, Any], published: dict[str, Any]) -> datetime | None:
    """The instant a listing of ``kind`` sorts ``r`` by (None: undated)."""
    own = r.get("date") if kind == "events" else r.get("time") if kind == "quotes" else None
    if own and (start := _start(own)) is not None:
        return start
    starts = [s for d in _docs_of(r) if (s := _start(published.get(d))) is not None]
    return min(starts, default=None)


def _day_key(kind: str, r: dict[str, Any], published: dict[str, Any]
             ) -> tuple[datetime, int, datetime] | None:
    """The key of newest first: the record's day, whether it is dated by its own words (1)
    or at its report's publication (0), then the instant (None: undated)."""
    t = record_date(kind, r, published)
    if t is None:
        return None
    own = r.get("date") if kind == "events" else r.get("time") if kind == "quotes" else None
    dated = int(bool(own) and _start(own) is not None)
    return t.replace(hour=0, minute=0, second=0, microsecond=0), dated, t


def _published(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return {d["id"]: d.get("published") for d in docs}


def newest_first_positions(picture: dict[str, Any], kind: str) -> list[int]:
    """The positions of ``picture[kind]`` newest first, undated last, ties in picture order."""
    records = picture.get(kind, [])

    def build(rows: list[dict[str, Any]]) -> list[int]:
        published = _memo("order_published", picture.get("documents", []), _published)
        keyed = [(_day_key(kind, r, published), i) for i, r in enumerate(rows)]
        # a stable sort: reversed, records of one instant keep the picture's order
        dated = sorted(((t, i) for t, i in keyed if t is not None), key=lambda p: p[0],
                       reverse=True)
        return [i for _, i in dated] + [i for t, i in keyed if t is None]

    return _memo(f"order:{kind}", records, build)


def ordered(picture: dict[str, Any], kind: str, chosen: Sequence[dict[str, Any]]
            ) -> Sequence[dict[str, Any]]:
    """``chosen`` (records of ``picture[kind]``, in picture order) newest first; other kinds
    unchanged. Records are placed by their position, never compared again."""
    if kind not in ORDERED:
        return chosen
    records: list[dict[str, Any]] = picture.get(kind, [])
    order = newest_first_positions(picture, kind)
    if len(chosen) == len(records) and chosen is records:
        return Picked(records, order)
    rank = _memo(f"rank:{kind}", order, lambda o: {p: k for k, p in enumerate(o)})
    if isinstance(chosen, Picked) and chosen.records is records:
        return Picked(records, sorted(chosen.positions, key=rank.__getitem__))
    pos_of = _memo(f"pos:{kind}", records, lambda rows: {id(r): i for i, r in enumerate(rows)})
    positions = [pos_of.get(id(r)) for r in chosen]
    if any(p is None for p in positions):  # not records of this picture: leave them
        return chosen
    return Picked(records, sorted((p for p in positions if p is not None),
                                  key=rank.__getitem__))
