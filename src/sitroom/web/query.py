"""Filtered views read through the store's indexes: which events can match a filter is asked of
SQLite (events by actor and recipient id, by the documents of an outlet, by date range), and
only those candidates are tested in Python with the exact filter rules (``filters.py``), so a
filtered page costs what it shows, not the size of the archive.

The candidates are a superset of the matches (dates are compared as ISO text with a margin of
a day for time zones and parts of the day; coarse dates and events naming an actor only by
text are always candidates), so the result is the same as filtering the whole picture."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from typing import Any

from .filters import Filters, _chosen_docs, matching_actors

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
    ids = sorted(matching_actors(picture, f.actor or ""))
    if len(ids) > MAX_IDS:
        return None
    marks = ",".join("?" * len(ids))
    sql = (f"SELECT pos FROM picture WHERE kind='events' AND json_extract(data, '$.actor') IN ({marks}) "
           f"UNION SELECT pos FROM picture WHERE kind='events' "
           f"AND json_extract(data, '$.recipient') IN ({marks}) "
           "UNION SELECT pos FROM picture INDEXED BY picture_named WHERE kind='events' AND "
           "(json_extract(data, '$.actor_text') IS NOT NULL "
           "OR json_extract(data, '$.recipient_text') IS NOT NULL)")
    return {r[0] for r in conn.execute(sql, (*ids, *ids))}


def _by_docs(conn: sqlite3.Connection, picture: dict[str, Any], f: Filters) -> set[int] | None:
    """The positions of the events backed by the chosen documents (one join, no lookup per
    record: ``picture_docs`` holds every document a record names, as ``_docs_of`` reads them)."""
    docs = _chosen_docs(picture, f)
    if docs is None or len(docs) > MAX_IDS:
        return None
    marks = ",".join("?" * len(docs))
    sql = ("SELECT p.pos FROM picture_docs d INDEXED BY picture_docs_doc JOIN picture p "
           f"ON p.kind = d.kind AND p.id = d.id WHERE d.doc IN ({marks}) AND d.kind='events'")
    return {r[0] for r in conn.execute(sql, sorted(docs))}


def _by_date(conn: sqlite3.Connection, f: Filters) -> set[int] | None:
    """Events whose date can overlap the window: day dates exactly (ISO text order is date
    order), dates with a time (``YYYY-MM-DDT...``) also from the day before the window and the
    day after it (time zones, parts of the day), and every date of another shape."""
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
        parts.append(f"SELECT pos FROM picture WHERE {' AND '.join(where)}")
    parts.append(f"SELECT pos FROM picture INDEXED BY picture_odd_date WHERE kind='events' AND ({ODD})")
    return {r[0] for r in conn.execute(" UNION ".join(parts), args)}


def candidate_events(conn: sqlite3.Connection, picture: dict[str, Any], f: Filters
                     ) -> list[dict[str, Any]] | None:
    """The events that can match ``f``, in picture order, found through the indexes; None when
    no indexed filter (actor, outlet, story, language, since, until) is set."""
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
    return [events[i] for i in sorted(positions) if 0 <= i < len(events)]
