"""Filters of the web app's pages: by actor, outlet, story, event type, certainty and dates.

:func:`filter_picture` applies a :class:`Filters` to every record kind of a picture
(docs/format.md) consistently, so charts and tables of a page show the same selection.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from ..errors import SitroomError
from ..html_report import CERTAINTY_ORDER, date_span, parse_date
from ..records import PICTURE_KINDS
from ..store_stage import record_docs

KINDS = PICTURE_KINDS


class FilterError(SitroomError):
    """A filter value that cannot be used (the app answers 400)."""


@dataclass(frozen=True)
class Filters:
    """Query-string filters; None means "any". ``actor`` matches an actor id, or a part of an
    actor's name or alias (case-insensitive); ``outlet`` an outlet name (case-insensitive);
    ``story`` a story id (its reports); ``type`` a PLOVER event type; ``since``/``until`` ISO
    dates (inclusive)."""

    actor: str | None = None
    outlet: str | None = None
    story: str | None = None
    type: str | None = None
    certainty: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None  # a report language code (documents.language), e.g. ru

    def __post_init__(self) -> None:
        for key in ("since", "until"):
            value = getattr(self, key)
            if value and span_of(value) is None:
                raise FilterError(
                    f"{key}={value!r} is not a date", f"use an ISO date such as {key}=2024-05-06"
                )
        if self.certainty and self.certainty not in CERTAINTY_ORDER:
            raise FilterError(
                f"certainty={self.certainty!r} is not a certainty",
                f"use one of: {', '.join(CERTAINTY_ORDER)}",
            )

    @classmethod
    def of(cls, **values: str | None) -> Filters:
        """Filters from query values, blank ones ignored and text stripped."""
        return cls(**{k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()})

    def active(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    @property
    def window(self) -> tuple[datetime | None, datetime | None]:
        lo = span_of(self.since)[0] if self.since else None  # type: ignore[index]
        hi = span_of(self.until)[1] if self.until else None  # type: ignore[index]
        return lo, hi


def span_of(value: str | None) -> tuple[datetime, datetime] | None:
    """The (first, last) instants of an ISO date of any precision, or None when it is no date.
    A span reaching past the calendar's end (9999-12-31) ends at its last instant."""
    try:
        return date_span(value)
    except (ValueError, OverflowError):
        pass
    try:
        start = parse_date(value)
    except (ValueError, OverflowError):  # a time zone that moves it off the calendar
        return None
    return (start, datetime.max) if start is not None else None


def _overlaps(value: str | None, lo: datetime | None, hi: datetime | None) -> bool:
    """Whether an ISO date of any precision can fall in [lo, hi]; undated never does."""
    if lo is None and hi is None:
        return True
    span = span_of(value)
    if span is None:
        return False
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


_docs_of = record_docs  # the reports backing a record: one home, the store's


_MEMO: dict[str, tuple[Any, Any]] = {}  # per-picture tables: name -> (source list, table)


def _memo(name: str, source: list[Any], build: Any) -> Any:
    """A table computed from ``source`` once, until another list takes its place."""
    hit = _MEMO.get(name)
    if hit is None or hit[0] is not source:
        hit = (source, build(source))
        _MEMO[name] = hit
    return hit[1]


def _outlets(docs: list[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in docs:
        out.setdefault((d.get("outlet") or "").casefold(), set()).add(d["id"])
    return out


def _languages(docs: list[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in docs:
        out.setdefault((d.get("language") or "").casefold(), set()).add(d["id"])
    return out


def _story_docs(stories: list[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in stories:
        out.setdefault(s["id"], set()).update(s.get("docs", []))
    return out


def _chosen_docs(picture: dict[str, Any], f: Filters) -> set[str] | None:
    """The documents of the chosen outlet, story and language (None: no such filter)."""
    chosen: set[str] | None = None
    if f.outlet:
        by_outlet = _memo("outlets", picture.get("documents", []), _outlets)
        chosen = set(by_outlet.get(f.outlet.casefold(), ()))
    if f.story:
        stories = _memo("stories", picture.get("stories", []), _story_docs)
        docs = set(stories.get(f.story, ()))
        chosen = docs if chosen is None else chosen & docs
    if f.language:
        by_language = _memo("languages", picture.get("documents", []), _languages)
        docs = set(by_language.get(f.language.casefold(), ()))
        chosen = docs if chosen is None else chosen & docs
    return chosen


def matching_actors(picture: dict[str, Any], query: str) -> set[str]:
    """Ids of the actors a query names: its id exactly, or a part of a name or alias."""
    q = query.casefold()
    names = _memo("actor_names", picture.get("actors", []), _ActorNames)
    return names.matching(query, q)


class _ActorNames:
    """The actors' ids and case-folded names and aliases (one actor's joined by newlines), and
    all of them in one text, so that a part of a name is found by one search of that text."""

    def __init__(self, actors: list[dict[str, Any]]):
        self.table = [(a["id"], "\n".join(n.casefold() for n in [a["name"], *(a.get("aliases") or [])]))
                      for a in actors]
        self.ids = {i for i, _ in self.table}
        self.starts, pos = [], 0
        for _, names in self.table:
            self.starts.append(pos)
            pos += len(names) + 1
        self.text = "\0".join(names for _, names in self.table)

    def matching(self, query: str, q: str) -> set[str]:
        found = {query} & self.ids
        if "\n" in q:
            return found
        if "\0" in q or not q:
            return found | {i for i, names in self.table if q in names}
        at = self.text.find(q)
        while at >= 0:
            k = bisect.bisect_right(self.starts, at) - 1
            found.add(self.table[k][0])
            nxt = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            at = self.text.find(q, max(at + 1, nxt))
        return found


class _Context:
    """What every record predicate of one filtering needs, computed once."""

    def __init__(self, picture: dict[str, Any], f: Filters):
        self.f = f
        self.lo, self.hi = f.window
        self.outlet_docs = _chosen_docs(picture, f)
        self.actors = matching_actors(picture, f.actor) if f.actor else None
        self.published = _memo("published", picture.get("documents", []),
                               lambda docs: {d["id"]: d.get("published") for d in docs})
        self.spans = _memo("spans", picture.get("events", []),
                           lambda evs: {id(e): span_of(e.get("date")) for e in evs})

    def from_outlet(self, r: dict[str, Any]) -> bool:
        return self.outlet_docs is None or bool(_docs_of(r) & self.outlet_docs)

    def in_story(self, r: dict[str, Any]) -> bool:
        return not self.f.story or "story" not in r or r["story"] == self.f.story

    def by_actor(self, *ids: str | None, texts: tuple[str | None, ...] = ()) -> bool:
        if self.actors is None:
            return True
        q = (self.f.actor or "").casefold()
        return any(i in self.actors for i in ids if i) or any(t and q in t.casefold() for t in texts)

    def in_window(self, r: dict[str, Any], date: str | None) -> bool:
        if self.lo is None and self.hi is None:
            return True
        if date is None:  # the earliest publication date of its reports; undated if none has one
            date = min((p for d in _docs_of(r) if (p := self.published.get(d))), default=None)
        return _overlaps(date, self.lo, self.hi)

    def event(self, e: dict[str, Any]) -> bool:
        f = self.f
        return (
            self.from_outlet(e)
            and self.by_actor(e.get("actor"), e.get("recipient"),
                              texts=(e.get("actor_text"), e.get("recipient_text")))
            and self.in_story(e)
            and (not f.type or (e.get("type") or "").casefold() == f.type.casefold())
            and (not f.certainty or e.get("certainty") == f.certainty)
            and self.dated(e)
        )

    def dated(self, e: dict[str, Any]) -> bool:
        if self.lo is None and self.hi is None:
            return True
        span = self.spans[id(e)] if id(e) in self.spans else span_of(e.get("date"))
        return span is not None and (self.lo is None or span[1] >= self.lo) and (
            self.hi is None or span[0] <= self.hi)

    def quote(self, q: dict[str, Any]) -> bool:
        return (self.from_outlet(q) and self.by_actor(q.get("speaker"), texts=(q.get("speaker_text"),))
                and self.in_window(q, q.get("time")))

    def claim(self, c: dict[str, Any]) -> bool:
        source = c.get("source") or {}
        return (self.from_outlet(c) and self.by_actor(source.get("actor"), texts=(source.get("text"),))
                and self.in_story(c) and (not self.f.certainty or c.get("certainty") == self.f.certainty)
                and self.in_window(c, None))


NEEDS = {"events": ("events",), "timeline": ("events",), "actors": ("events",),
         "places": ("events",), "links": ("events", "quotes", "claims")}


def filter_kinds(picture: dict[str, Any], f: Filters, kinds: tuple[str, ...] = KINDS,
                 events: Iterable[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The picture with the records of ``kinds`` (and what they depend on) restricted by ``f``,
    as :func:`filter_picture` does; ``events``: the candidate events to test (a superset of the
    matching ones, in picture order, e.g. found through the store's indexes), default all."""
    if not f.active():
        return picture
    cx = _Context(picture, f)
    want = set(kinds) | {k for kind in kinds for k in NEEDS.get(kind, ())}
    out = dict(picture)
    if "events" in want:
        out["events"] = [e for e in (picture.get("events", []) if events is None else events)
                         if cx.event(e)]
    if "quotes" in want:
        out["quotes"] = [q for q in picture.get("quotes", []) if cx.quote(q)]
    if "claims" in want:
        out["claims"] = [c for c in picture.get("claims", []) if cx.claim(c)]
    _by_events(picture, out, f, cx, want)
    if "stories" in want:
        out["stories"] = [s for s in picture.get("stories", []) if not f.story or s["id"] == f.story]
    if "framing" in want:
        out["framing"] = [r for r in picture.get("framing", [])
                          if not f.outlet or (r.get("outlet") or "").casefold() == f.outlet.casefold()]
    if "links" in want:
        ids = {r["id"] for k in ("events", "quotes", "claims") for r in out[k]}
        out["links"] = [ln for ln in picture.get("links", [])
                        if ln.get("from") in ids or ln.get("to") in ids]
    return out


def _by_events(picture: dict[str, Any], out: dict[str, Any], f: Filters, cx: _Context,
               want: set[str]) -> None:
    """Timeline entries, actors and places: those of the kept events (and the other filters)."""
    if not want & {"timeline", "actors", "places"}:
        return
    events = out["events"]
    kept = {e["id"] for e in events}
    in_events = {k for e in events for k in (e.get("actor"), e.get("recipient"), e.get("place")) if k}
    if "timeline" in want:
        out["timeline"] = [t for t in picture.get("timeline", []) if t.get("event") in kept]
    if "actors" in want:
        out["actors"] = [
            a for a in picture.get("actors", [])
            if cx.from_outlet(a)
            and (cx.actors is None or a["id"] in cx.actors or a["id"] in in_events)
            and (not (f.type or f.certainty or f.since or f.until) or a["id"] in in_events)
        ]
    if "places" in want:
        event_filtered = any((f.actor, f.type, f.certainty, f.since, f.until))
        out["places"] = [p for p in picture.get("places", [])
                         if cx.from_outlet(p) and (not event_filtered or p["id"] in in_events)]


def filter_picture(picture: dict[str, Any], f: Filters) -> dict[str, Any]:
    """The picture restricted by ``f``: events (and their timeline entries) that match every
    filter; actors, places, quotes and claims that match the filters that apply to them and,
    when event filters are set, take part in a kept event (a filter that does not apply to a
    kind, such as ``type`` to quotes, is ignored for it). Documents are kept whole."""
    return filter_kinds(picture, f)
