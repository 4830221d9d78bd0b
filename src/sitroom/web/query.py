"""Filtered views read through the store's indexes: which events match a filter is asked of
SQLite (events by actor and recipient id, by the documents of an outlet, by date), so a
filtered page costs what it shows, not the size of the archive.

The actor, outlet (story, language) and date filters are answered exactly: ids and documents
are matched in SQLite; the few events naming an actor only by text are tested on that text;
and the dates that can overlap the window (found as ISO text with a margin of a day for time
zones and parts of the day, plus every date of another shape) are each tested once with the
filter's own rule, the events then selected by the dates that pass. The indexes are partial,
over event rows alone (``sitroom.store_schema.INDEXES``): every query names ``kind='events'``
as they require (an older store's indexes, over every row, serve the same queries; naming the
actor and date-range indexes in ``INDEXED BY`` too made the actor views 3x slower, so the
planner picks those). The filters without an
index of their own (type, certainty, a story's own field), or an actor query naming too many
actors, are tested in Python on those candidates with the exact filter rules
(``filters.py``). Either way the result is what filtering the whole picture gives."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from collections.abc import Iterator, Sequence
from typing import Any, overload

from .filters import Filters, _chosen_docs, matching_actors, span_of

MAX_IDS = 5000
ODD = ("length(json_extract(data, '$.date')) < 10 OR instr(json_extract(data, '$.date'), 'W') > 0 "
       "OR (length(json_extract(data, '$.date')) > 10 "
       "AND substr(json_extract(data, '$.date'), 11, 1) <> 'T')")  # beyond this many ids a filter is tested on every record instead


def _day(value: datetime, days: int) -> str | None:
    try:
        return (value + timedelta(days=days)).date().isoformat()
    except OverflowError:
        return None


def _by_actor(conn: sqlite3.Connection, picture: dict[str, Any], f: Filters) -> set[int] | None:
    """The positions of the events the actor filter keeps: by actor or recipient id, and those
    naming an actor only by a text that contains the query."""
    ids = sorted(matching_actors(picture, f.actor or ""))
    if len(ids) > MAX_IDS:
        return None
    marks = ",".join("?" * len(ids))
    sql = (f"SELECT pos FROM picture WHERE kind='events' AND json_extract(data, '$.actor') IN ({marks}) "
           f"UNION SELECT pos FROM picture WHERE kind='events' "
           f"AND json_extract(data, '$.recipient') IN ({marks})")
    found = _positions(conn, sql, (*ids, *ids))
    q = (f.actor or "").casefold()
    named = conn.execute(
        "SELECT pos, json_extract(data, '$.actor_text'), json_extract(data, '$.recipient_text') "
        "FROM picture INDEXED BY picture_named WHERE kind='events' AND "
        "(json_extract(data, '$.actor_text') IS NOT NULL "
        "OR json_extract(data, '$.recipient_text') IS NOT NULL)")
    found.update(pos for pos, *texts in named
                 if any(isinstance(t, str) and q in t.casefold() for t in texts))
    return found


def _by_docs(conn: sqlite3.Connection, picture: dict[str, Any], f: Filters) -> set[int] | None:
    """The positions of the events backed by the chosen documents, read from one covering
    index (document, kind -> position; schema 7), no lookup per record; ``picture_docs``
    holds every document a record names, as ``_docs_of`` reads them."""
    docs = _chosen_docs(picture, f)
    if docs is None or len(docs) > MAX_IDS:
        return None
    marks = ",".join("?" * len(docs))
    sql = (f"SELECT pos FROM picture_docs INDEXED BY picture_docs_doc_pos WHERE doc IN ({marks}) "
           "AND kind='events'")
    return _positions(conn, sql, sorted(docs))


def _by_date(conn: sqlite3.Connection, f: Filters) -> set[int] | None:
    """The positions of the events whose date overlaps the window. The dates that can: day
    dates in it (ISO text order is date order), dates with a time (``YYYY-MM-DDT...``) also from
    the day before the window and the day after it (time zones, parts of the day), and every
    date of another shape; each is tested with the filter's rule, and the events are those
    with a date that passes."""
    lo, hi = f.window
    lo_day = lo.date().isoformat() if lo else None
    hi_day = hi.date().isoformat() if hi else None
    ranges: list[tuple[str | None, str | None, bool]] = [(lo_day, hi_day, True)]
    for day in ((_day(lo, -1) if lo else None), hi_day, (_day(hi, 1) if hi else None)):
        if day:
            ranges.append((day + "T", day + "U", False))
    parts, args = [], []
    for first, last, inclusive in ranges:
        where = ["kind='events'", "json_extract(data, '$.date') IS NOT NULL"]
        if first:
            where.append("json_extract(data, '$.date') >= ?")
            args.append(first)
        if last:
            where.append(f"json_extract(data, '$.date') {'<=' if inclusive else '<'} ?")
            args.append(last)
        parts.append(f"SELECT json_extract(data, '$.date') FROM picture WHERE {' AND '.join(where)}")
    parts.append("SELECT json_extract(data, '$.date') FROM picture INDEXED BY picture_odd_date "
                 f"WHERE kind='events' AND ({ODD})")
    dates = [r[0] for r in conn.execute(" UNION ".join(parts), args)]
    passed = sorted(d for d in dates if isinstance(d, str) and _in_window(d, lo, hi))
    found: set[int] = set()
    for i in range(0, len(passed), 500):  # SQLite's bound-parameter limit
        part = passed[i:i + 500]
        found |= _positions(conn, "SELECT pos FROM picture INDEXED BY picture_date_pos WHERE "
                            f"kind='events' AND json_extract(data, '$.date') IN "
                            f"({','.join('?' * len(part))})", part)
    return found


def _positions(conn: sqlite3.Connection, sql: str, args: Sequence[Any]) -> set[int]:
    """The ``pos`` values a query selects, read as one text (thousands of rows cost one row)."""
    text = conn.execute(f"SELECT group_concat(pos) FROM ({sql})", args).fetchone()[0]
    return set(map(int, text.split(","))) if text else set()


def _in_window(date: str, lo: datetime | None, hi: datetime | None) -> bool:
    """The date filter's rule for one event date (``filters._Context.dated``)."""
    span = span_of(date)
    return span is not None and (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


def candidate_events(conn: sqlite3.Connection, picture: dict[str, Any], f: Filters
                     ) -> tuple[Sequence[dict[str, Any]], bool] | None:
    """(the events that can match ``f``, in picture order, found through the indexes (a
    :class:`Picked` sequence); whether
    they are exactly the matching ones, with nothing left to test); None when no indexed filter
    (actor, outlet, story, language, since, until) is set."""
    sets = []
    if f.actor:
        sets.append(_by_actor(conn, picture, f))
    if f.outlet or f.story or f.language:
        sets.append(_by_docs(conn, picture, f))
    if f.since or f.until:
        sets.append(_by_date(conn, f))
    known = [s for s in sets if s is not None]
    if not known:
        return None
    positions = set.intersection(*known)
    events = picture.get("events", [])
    exact = len(known) == len(sets) and not (f.type or f.certainty or f.story)
    kept = sorted(positions)
    if kept and (kept[0] < 0 or kept[-1] >= len(events)):
        kept = [i for i in kept if 0 <= i < len(events)]
    return Picked(events, kept), exact


class Picked(Sequence[dict[str, Any]]):
    """Some records of a list, by position, in list order: a slice (a page) is made into a
    list of records, the rest is never looked at."""

    def __init__(self, records: list[dict[str, Any]], positions: list[int]):
        self.records, self.positions = records, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self.records[p] for p in self.positions)

    @overload
    def __getitem__(self, i: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, i: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, i: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(i, slice):
            return [self.records[p] for p in self.positions[i]]
        return self.records[self.positions[i]]
