"""Export the picture for other tools: JSON (one document), JSON Lines and CSV (one record kind).

The layout is documented in ``docs/format.md``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Mapping
from typing import Any

from . import timeval
from .errors import SitroomError
from .records import PICTURE_KINDS, Event, Picture, Place
from .store import Store

KINDS = ("documents", *PICTURE_KINDS)
FORMATS = ("json", "jsonl", "csv", "plover")


def picture_dict(store: Store) -> dict[str, Any]:
    """The whole picture as one JSON-ready dict with the keys of docs/format.md."""
    if not store.has_picture():
        raise SitroomError("the database has no analysed picture yet",
                           "run `sitroom analyze` (or `sitroom run REPORTS...`) first")
    out: dict[str, Any] = {"format": "sitroom-picture", "version": 1}
    out["documents"] = documents(store)
    picture = Picture.from_dict({k: store.picture(k) for k in PICTURE_KINDS})
    for k, records in picture:
        out[k] = [with_spans(k, r.to_dict()) for r in records]
    located = {p.id: p for p in picture.places}
    out["events"] = [{**d, **location(e, located)} for e, d in zip(picture.events, out["events"])]
    return out


def location(event: Event, places: Mapping[str, Place]) -> dict[str, Any]:
    """``lat``, ``lon`` and ``country_code`` of an event's place (nulls if none)."""
    p = places.get(event.place or "")
    return {"lat": p.lat if p else None, "lon": p.lon if p else None,
            "country_code": p.country_code if p else None}


# the TIMEX-valued fields of each record kind (docs/format.md, "Dates")
DATE_FIELDS = {"documents": ("published",), "events": ("date",), "timeline": ("date",),
               "happenings": ("date",),
               "quotes": ("time",), "stories": ("first", "last")}


def with_spans(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    """``rec`` with ``<field>_start`` and ``<field>_end`` (ISO 8601 UTC datetimes, end
    exclusive) beside each TIMEX-valued field, and ``<field>_precision`` where the record has
    none, so every date column parses with ``pandas.to_datetime``; a value without a span
    (``PAST_REF``, a duration) gets nulls."""
    fields = [f for f in DATE_FIELDS.get(kind, ()) if f in rec]
    if not fields:
        return rec
    out = dict(rec)
    for f in fields:
        span = timeval.iso_fields(rec[f])
        out[f"{f}_start"], out[f"{f}_end"] = span["start"], span["end"]
        out.setdefault(f"{f}_precision", span["precision"])
    return out


def documents(store: Store) -> list[dict[str, Any]]:
    """The documents' metadata rows, in ingest order, each with its ``state`` (analysed,
    failed, stored) and, for a failed one, its ``error`` (``stage: message``)."""
    states = {s["id"]: s for s in store.states()}
    docs = []
    for d in store.document_rows():
        st = states.get(d["id"], {})
        docs.append(with_spans("documents", {
            "id": d["id"], "title": d["title"], "outlet": d["outlet"], "author": d["author"],
            "published": d["published"], "url": d["url"], "source": d["source"],
            "kind": d["kind"], "language": d["language"],
            "entry_languages": d["entry_languages"], "copy_of": d["copy_of"],
            "chars": d["chars"], "meta": d["meta"], "state": st.get("state", "stored"),
            "error": f"{st['stage']}: {st['error']}" if st.get("stage") else None,
        }))
    return docs


def happenings(store: Store) -> list[dict[str, Any]]:
    """What the reports tell each actor of the picture did or underwent: one row per
    (happening, actor) with the actor's role and the other participants
    (:func:`sitroom.actor_timeline_view.happening_rows`), the date with its parseable span."""
    from .actor_timeline_view import rows_from_store

    if not store.has_picture():
        raise SitroomError("the database has no analysed picture yet",
                           "run `sitroom analyze` (or `sitroom run REPORTS...`) first")
    rows = [with_spans("happenings", r) for r in rows_from_store(store)]
    return [{k: r[k] for k in HAPPENING_FIELDS} for r in rows]


HAPPENING_FIELDS = ("report", "start", "end", "what", "lemma", "kind", "date", "date_start",
                    "date_end", "date_precision", "date_source", "actor", "actor_name", "role",
                    "with", "with_actors", "outlet")


def records(store: Store, what: str) -> list[dict[str, Any]]:
    """The records of one kind (one of ``KINDS``, ``mentions``: every actor mention, or
    ``happenings``: what each actor did or underwent)."""
    if what == "mentions":  # resolution mention by mention (sitroom.link.actors)
        from .link.actors import mention_records
        return mention_records(store.document_rows(), store.extractions())
    if what == "happenings":
        return happenings(store)
    if what not in KINDS:
        raise SitroomError(f"unknown record kind {what!r}",
                           f"use one of: {', '.join((*KINDS, 'mentions', 'happenings'))}")
    if what == "documents":
        return documents(store)
    return picture_dict(store)[what]


def render(store: Store, fmt: str, what: str | None = None) -> str:
    """Serialise the picture (json), one record kind (jsonl, csv) or the events as PLOVER
    records (plover, JSON Lines)."""
    if fmt not in FORMATS:
        raise SitroomError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    if fmt == "json":
        data = picture_dict(store) if what is None else {what: records(store, what)}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "plover":
        from .plover_export import records as plover_records

        recs = plover_records(picture_dict(store))
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    recs = records(store, what or "events")
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    what = what or "events"
    return to_csv(recs, CSV_COLUMNS.get(what, ()) or (() if recs else empty_columns(what)))


def empty_columns(kind: str) -> tuple[str, ...]:
    """The CSV header of a kind the store holds no record of: the columns its records would
    have (their keys, the date spans of ``with_spans``, an event's place, the flattened
    evidence, source and omits of :func:`_flatten`), so a script reads a header, not an empty
    file; none for a kind without declared keys (``mentions``)."""
    if kind == "happenings":
        return HAPPENING_FIELDS
    from .records import RECORD_TYPES

    record = RECORD_TYPES.get(kind)
    if record is None:
        return ()
    blank: dict[str, Any] = {record.KEYS.get(f.name, f.name): None
                             for f in dataclasses.fields(record) if f.name != "extra"}
    for f in DATE_FIELDS.get(kind, ()):
        blank.update({f"{f}_start": None, f"{f}_end": None})
        blank.setdefault(f"{f}_precision", None)
    if kind == "events":
        blank.update(lat=None, lon=None, country_code=None)
    blank.update({k: v for k, v in (("evidence", []), ("source", {"kind": None, "actor": None,
                  "text": None}), ("omits", {"actors": [], "claims": []})) if k in blank})
    return tuple(_flatten(blank))


# a kind whose records hold different keys by their sort: every documented column, so a
# script reads the same header from every store, and from one before its first dispute
CSV_COLUMNS = {"links": ("kind", "from", "to", "first", "against", "reason", "from_doc", "to_doc",
                         "evidence", "evidence_doc", "evidence_text")}


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, (str, int, float, bool))


def _cell(v: Any) -> str:
    """One CSV cell: lists of scalars joined by '; ', a map of scalars as 'key: value; ...',
    anything more nested as JSON."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        if all(isinstance(x, (str, int, float)) for x in v):
            return "; ".join(str(x) for x in v)
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        if all(_scalar(x) for x in v.values()):
            return "; ".join(f"{k}: {_cell(x)}" for k, x in v.items())
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _flatten(r: dict[str, Any]) -> dict[str, Any]:
    """A record's CSV columns: ``evidence`` also as ``evidence_doc`` and ``evidence_text`` (its
    first item); a claim's ``source`` as ``source_kind``, ``source_actor``, ``source_text``; a
    map of lists (a framing's ``omits``) as one column per key (``omits_actors``, ...)."""
    r = dict(r)
    ev = r.get("evidence")
    if isinstance(ev, list):
        r["evidence_doc"] = ev[0]["doc"] if ev else ""
        r["evidence_text"] = ev[0]["text"] if ev else ""
    for k, v in list(r.items()):
        if isinstance(v, dict) and (k == "source" or v and all(
                isinstance(x, list) for x in v.values())):
            del r[k]
            r.update({f"{k}_{sub}": x for sub, x in v.items()})
    return r


def to_csv(recs: list[dict[str, Any]], first: tuple[str, ...] = ()) -> str:
    """One row per record (columns as in :func:`_flatten`, cells as in :func:`_cell`); the
    ``first`` columns always, in their order, before any other key the records have."""
    cols: list[str] = list(first)
    rows = []
    for r in recs:
        r = _flatten(r)
        for k in r:
            if k not in cols:
                cols.append(k)
        rows.append(r)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return buf.getvalue()
