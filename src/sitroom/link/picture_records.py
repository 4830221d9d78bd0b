"""The picture's places, quotes, claims and timeline (:mod:`sitroom.link.picture`): mentions
grouped into records with their evidence."""

from __future__ import annotations

import re
from hashlib import sha1
from collections import defaultdict
from datetime import date
from typing import Any

from ..model import Extraction
from .actors import name_key
from .picture_base import _rid, _Texts
from .timeline import date_sort_key

_NO_DAY = (date.min, 0, "")  # the key of an event with no day at all (sorted last)

def _places(extractions: list[Extraction], T: _Texts):
    groups: dict[str, dict[str, Any]] = {}
    place_of: dict[tuple[str, int], str] = {}
    ids: set[str] = set()  # the ids given so far
    seen: dict[str, tuple[set[str], set[str]]] = {}  # key -> its aliases and docs, as sets
    for ex in extractions:
        for pi, p in enumerate(ex.places):
            key = str(p.geonameid) if p.geonameid else name_key(p.name)
            if not key:
                continue
            if key not in groups:
                pid = "place:" + re.sub(r"[^a-z0-9]+", "-", name_key(p.name)).strip("-")
                if pid in ids:
                    pid = _rid("place", key)
                ids.add(pid)
                seen[key] = (set(), set())
                groups[key] = {"id": pid, "name": p.name, "lat": p.lat, "lon": p.lon,
                               "country_code": p.country_code, "feature": p.feature,
                               "geonameid": p.geonameid, "aliases": [], "docs": [],
                               "mentions": 0, "evidence": []}
            g = groups[key]
            aliases, docs = seen[key]
            g["mentions"] += 1
            if p.text != g["name"] and p.text not in aliases:
                aliases.add(p.text)
                g["aliases"].append(p.text)
            if ex.doc not in docs:
                docs.add(ex.doc)
                g["docs"].append(ex.doc)
            if len(g["evidence"]) < 5:
                g["evidence"].append(T.evidence(ex.doc, p.start, p.end, p.sent))
            place_of[(ex.doc, pi)] = g["id"]
    places = sorted(groups.values(), key=lambda g: (-len(g["docs"]), -g["mentions"], g["name"]))
    _distinct_names(places)
    return places, place_of


_FEATURE_WORDS = {"admin1": "region", "admin2": "district", "country": "country",
                  "region": "area", "city": "town"}


def _distinct_names(places: list[dict[str, Any]]) -> None:
    """Places of one name (a town and its province, two towns in two countries) told apart
    in their names: "Kherson (region)", "Paris (US)"; the commonest keeps the bare name."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in places:
        by_name[name_key(g["name"])].append(g)
    for same in by_name.values():
        for g in same[1:]:
            others = [o for o in same if o is not g]
            if g["country_code"] and all(o["country_code"] != g["country_code"] for o in others):
                word = g["country_code"]
            else:
                word = _FEATURE_WORDS.get(g["feature"] or "", g["feature"] or "")
            if word:
                if g["name"] not in g["aliases"]:
                    g["aliases"].append(g["name"])
                g["name"] = f'{g["name"]} ({word})'


def _quotes(extractions, mention_actor, T: _Texts):
    by_text: dict[str, dict[str, Any]] = {}
    out = []
    taken: set[str] = set()
    for ex in extractions:
        for q in ex.quotes:
            speaker = mention_actor.get((ex.doc, q.speaker)) if q.speaker is not None else None
            key = name_key(q.text)[:200]
            if key in by_text and key:
                rec = by_text[key]
                if ex.doc not in rec["docs"]:
                    rec["docs"].append(ex.doc)
                    rec["evidence"].append(T.evidence(ex.doc, q.start, q.end, q.sent))
                rec["speaker"] = rec["speaker"] or speaker
                continue
            rid = _rid("quote", ex.doc, q.start)
            if rid in taken:  # two readings of one quote from the same start (direct, indirect)
                rid = _rid("quote", ex.doc, q.start, q.end, q.text)
            taken.add(rid)
            rec = {
                "id": rid,
                "speaker": speaker,
                "speaker_text": q.speaker_text,
                "text": q.text,
                "cue": q.cue,
                "medium": q.medium,
                "kind": q.kind,
                "time": q.time,
                "doc": ex.doc,
                "docs": [ex.doc],
                "evidence": [{"doc": ex.doc, "start": q.start, "end": q.end,
                              "text": q.text, "sent": q.sent}],
            }
            by_text[key] = rec
            out.append(rec)
    return out


def _claims(extractions, mention_actor, T: _Texts):
    """One record per claim mention. Each claim's text is normalised once (the record's and
    its evidence's are the same string) and its id hashed from the same string ``_rid``
    hashes (``claim_id``): 40,000 claims at 5,000 reports, so the loop is kept lean."""
    out: list[dict[str, Any]] = []
    append = out.append
    get = mention_actor.get
    for ex in extractions:
        doc = ex.doc
        for c in ex.claims:
            actor = get((doc, c.source)) if c.source is not None else None
            text = " ".join(c.text.split())
            append({
                "id": claim_id(doc, c.start),
                "text": text,
                "certainty": c.certainty,
                "polarity": c.polarity,
                "score": c.score,
                "cue": c.cue,
                "source": {"kind": c.source_kind, "actor": actor, "text": c.source_text},
                "doc": doc,
                "evidence": [{"doc": doc, "start": c.start, "end": c.end,
                              "text": text, "sent": c.sent}],
            })
    return out


def claim_id(doc: str, start: int) -> str:
    """``_rid("claim", doc, start)``: the same string hashed, without the generic join."""
    return "claim:" + sha1(f"{doc}\x1f{start}".encode()).hexdigest()[:10]


def _timeline(events: list[dict[str, Any]], doc_meta: dict[str, dict]) -> list[dict[str, Any]]:
    """Events in time order: the crisis's own events first, then history and the future.

    Dates are ordered by :func:`sitroom.link.timeline.date_sort_key` (the first day of the
    interval a value covers, coarser first: ``2015-W02`` before ``2015-01-15``, a season by
    its first month); an event without a date of its own stands at its report's publication
    day; one with neither comes last. Ties keep report day, report and offset order."""

    def key(ev):
        first: dict[str, Any] = ev["evidence"][0] if ev["evidence"] else {"doc": "", "start": 0}
        published = (doc_meta.get(first["doc"]) or {}).get("published") or ""
        when = date_sort_key(ev["date"]) or date_sort_key(published)
        return (ev["historical"], when is None, when or _NO_DAY, published, first["doc"],
                first["start"])

    out = []
    for i, ev in enumerate(sorted(events, key=key)):
        out.append({"id": f"t{i + 1}", "order": i + 1, "event": ev["id"], "date": ev["date"],
                    "date_precision": ev["date_precision"], "date_source": ev["date_source"],
                    "historical": ev["historical"], "type": ev["type"],
                    "summary": ev["summary"], "docs": ev["docs"],
                    "evidence": ev["evidence"][:1]})
    return out
