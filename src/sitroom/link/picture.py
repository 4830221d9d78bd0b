"""Build the cross-document picture from per-document extractions.

Input: the stored documents (metadata) and their Extractions. Output: JSON-ready records for
``actors``, ``places``, ``events``, ``quotes``, ``claims``, ``timeline`` and ``links``, exactly as
documented in ``docs/format.md``. Ids cross-reference; every record has ``evidence``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any

from ..model import Extraction
from .actors import fold, resolve_actors

CERTAINTY_RANK = {"asserted": 4, "reported": 3, "unconfirmed": 2, "speculated": 1, "denied": 0}
QUAD_OF = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation", "SUPPORT": "verbal_cooperation",
    "CONCEDE": "material_cooperation", "COOPERATE": "material_cooperation",
    "AID": "material_cooperation", "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict", "PROTEST": "material_conflict",
    "SANCTION": "material_conflict", "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict", "ASSAULT": "material_conflict",
}  # fmt: skip


def _rid(prefix: str, *parts: Any) -> str:
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:10]
    return f"{prefix}:{h}"


class _Texts:
    """Sentence text lookup for evidence records."""

    def __init__(self, texts: dict[str, str], extractions: list[Extraction]):
        self.texts = texts
        self.sents = {ex.doc: ex.sentences for ex in extractions}

    def sentence(self, doc: str, sent: int) -> tuple[int, int, str]:
        sents = self.sents.get(doc) or ()
        if 0 <= sent < len(sents):
            s, e = sents[sent]
            return s, e, self.texts.get(doc, "")[s:e]
        return 0, 0, ""

    def evidence(self, doc: str, start: int, end: int, sent: int) -> dict[str, Any]:
        s, e, text = self.sentence(doc, sent)
        if not text:
            s, e, text = start, end, self.texts.get(doc, "")[start:end]
        return {"doc": doc, "start": s, "end": e, "text": " ".join(text.split()), "sent": sent,
                "mark": [start, end]}


def build_picture(documents: list[dict[str, Any]], extractions: list[Extraction],
                  texts: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The whole picture. ``documents``: metadata rows in ingest order (id, outlet, published,
    copy_of, ...); ``texts``: document id -> text, for evidence."""
    T = _Texts(texts, extractions)
    doc_meta = {d["id"]: d for d in documents}
    doc_order = {d["id"]: i for i, d in enumerate(documents)}
    # copies are shown as one report with its copies: their records are not counted twice
    copies = {d["id"]: d["copy_of"] for d in documents if d.get("copy_of")}
    originals = [ex for ex in extractions if ex.doc not in copies]

    res = resolve_actors(originals)
    actor_evidence: dict[str, list[dict]] = defaultdict(list)
    for ex in originals:
        for mi, m in enumerate(ex.actors):
            aid = res.mention_actor.get((ex.doc, mi))
            if aid and len(actor_evidence[aid]) < 5:
                actor_evidence[aid].append(T.evidence(ex.doc, m.start, m.end, m.sent))
    actors = []
    for a in res.actors:
        a = dict(a, evidence=actor_evidence.get(a["id"], []))
        actors.append(a)

    places, place_of = _places(originals, T)
    events, event_of = _events(originals, res.mention_actor, place_of, T, doc_order)
    quotes = _quotes(originals, res.mention_actor, T)
    claims = _claims(originals, res.mention_actor, T)
    timeline = _timeline(events, doc_meta)
    links = [{"kind": "copy_of", "from": c, "to": o} for c, o in copies.items()]
    for ev in events:
        first = ev["docs"][0]
        for d in ev["docs"][1:]:
            links.append({"kind": "corroborates", "from": d, "to": ev["id"], "first": first})
    for q in quotes:
        for d in q["docs"][1:]:
            links.append({"kind": "corroborates", "from": d, "to": q["id"], "first": q["docs"][0]})
    # actors are listed by prominence
    actors.sort(key=lambda a: (-len(a["docs"]), -a["mentions"], a["name"]))
    return {"actors": actors, "places": places, "events": events, "quotes": quotes,
            "claims": claims, "timeline": timeline, "links": links}


def _places(extractions: list[Extraction], T: _Texts):
    groups: dict[str, dict[str, Any]] = {}
    place_of: dict[tuple[str, int], str] = {}
    for ex in extractions:
        for pi, p in enumerate(ex.places):
            key = str(p.geonameid) if p.geonameid else fold(p.name)
            if not key:
                continue
            pid = "place:" + re.sub(r"[^a-z0-9]+", "-", fold(p.name)).strip("-")
            if key not in groups:
                if any(g["id"] == pid for g in groups.values()):
                    pid = _rid("place", key)
                groups[key] = {"id": pid, "name": p.name, "lat": p.lat, "lon": p.lon,
                               "country_code": p.country_code, "feature": p.feature,
                               "geonameid": p.geonameid, "aliases": [], "docs": [],
                               "mentions": 0, "evidence": []}
            g = groups[key]
            g["mentions"] += 1
            if p.text != g["name"] and p.text not in g["aliases"]:
                g["aliases"].append(p.text)
            if ex.doc not in g["docs"]:
                g["docs"].append(ex.doc)
            if len(g["evidence"]) < 5:
                g["evidence"].append(T.evidence(ex.doc, p.start, p.end, p.sent))
            place_of[(ex.doc, pi)] = g["id"]
    places = sorted(groups.values(), key=lambda g: (-len(g["docs"]), -g["mentions"], g["name"]))
    return places, place_of


def _compatible_dates(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b), 10)
    return a[:n] == b[:n]


def _events(extractions, mention_actor, place_of, T: _Texts, doc_order):
    """Event mentions to events: the same type with a shared participant or place and
    compatible dates, across documents, is one event with all its sources."""
    mentions = []
    for ex in extractions:
        for e in ex.events:
            actor = mention_actor.get((ex.doc, e.actor)) if e.actor is not None else None
            recipient = mention_actor.get((ex.doc, e.recipient)) if e.recipient is not None else None
            place = place_of.get((ex.doc, e.place)) if e.place is not None else None
            mentions.append((ex, e, actor, recipient, place))
    clusters: list[dict[str, Any]] = []
    for ex, e, actor, recipient, place in mentions:
        parts = {p for p in (actor, recipient) if p}
        target = None
        for c in clusters:
            if c["type"] != e.type or c["historical"] != e.historical:
                continue
            if not _compatible_dates(c["date"], e.date) or c["polarity"] != e.polarity:
                continue
            shared = bool(parts & c["participants"]) or (place and place in c["places"])
            if shared and (ex.doc not in c["docs"] or (actor and actor == c["actor"])):
                target = c
                break
        if target is None:
            target = {"type": e.type, "historical": e.historical, "date": e.date,
                      "polarity": e.polarity, "participants": set(), "places": set(),
                      "actor": actor, "docs": [], "mentions": []}
            clusters.append(target)
        target["participants"] |= parts
        if place:
            target["places"].add(place)
        if ex.doc not in target["docs"]:
            target["docs"].append(ex.doc)
        target["mentions"].append((ex, e, actor, recipient, place))

    events, event_of = [], {}
    for c in clusters:
        ms = c["mentions"]
        # the representative mention: most certain, with most arguments, most precise date
        ex0, e0, a0, r0, p0 = max(
            ms, key=lambda m: (CERTAINTY_RANK.get(m[1].certainty, 0),
                               (m[2] is not None) + (m[3] is not None) + (m[4] is not None),
                               m[1].date_source == "text", -doc_order.get(m[0].doc, 0)))
        first = lambda attr: next((m[i] for m in ms for i in [attr] if m[i]), None)  # noqa: E731
        eid = _rid("event", e0.type, ex0.doc, e0.start)
        dated = [m[1] for m in ms if m[1].date]
        best_date = max(dated, key=lambda e: (e.date_source == "text", len(e.date or "")),
                        default=e0)
        rec = {
            "id": eid,
            "type": e0.type,
            "mode": e0.mode,
            "quad_class": e0.quad_class or QUAD_OF.get(e0.type),
            "actor": a0 or first(2),
            "recipient": r0 or first(3),
            "place": p0 or first(4),
            "actor_text": e0.actor_text,
            "recipient_text": e0.recipient_text,
            "trigger": e0.trigger,
            "date": best_date.date,
            "date_precision": best_date.date_precision,
            "date_source": best_date.date_source,
            "certainty": e0.certainty,
            "polarity": e0.polarity,
            "historical": e0.historical,
            "summary": " ".join((e0.sentence_text or T.sentence(ex0.doc, e0.sent)[2]).split()),
            "docs": c["docs"],
            "sources": [{"doc": m[0].doc, "certainty": m[1].certainty, "polarity": m[1].polarity,
                         "date": m[1].date} for m in ms],
            "evidence": [T.evidence(m[0].doc, m[1].start, m[1].end, m[1].sent) for m in ms],
        }
        events.append(rec)
        for m in ms:
            event_of[(m[0].doc, m[1].start)] = eid
    return events, event_of


def _quotes(extractions, mention_actor, T: _Texts):
    by_text: dict[str, dict[str, Any]] = {}
    out = []
    for ex in extractions:
        for q in ex.quotes:
            speaker = mention_actor.get((ex.doc, q.speaker)) if q.speaker is not None else None
            key = fold(q.text)[:200]
            if key in by_text and key:
                rec = by_text[key]
                if ex.doc not in rec["docs"]:
                    rec["docs"].append(ex.doc)
                    rec["evidence"].append(T.evidence(ex.doc, q.start, q.end, q.sent))
                rec["speaker"] = rec["speaker"] or speaker
                continue
            rec = {
                "id": _rid("quote", ex.doc, q.start),
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
    out = []
    for ex in extractions:
        for c in ex.claims:
            actor = mention_actor.get((ex.doc, c.source)) if c.source is not None else None
            out.append({
                "id": _rid("claim", ex.doc, c.start),
                "text": " ".join(c.text.split()),
                "certainty": c.certainty,
                "polarity": c.polarity,
                "score": c.score,
                "cue": c.cue,
                "source": {"kind": c.source_kind, "actor": actor, "text": c.source_text},
                "doc": ex.doc,
                "evidence": [{"doc": ex.doc, "start": c.start, "end": c.end,
                              "text": " ".join(c.text.split()), "sent": c.sent}],
            })
    return out


def _timeline(events: list[dict[str, Any]], doc_meta: dict[str, dict]) -> list[dict[str, Any]]:
    """Events in time order: the crisis's own events first, then history and the future."""

    def key(ev):
        first = ev["evidence"][0] if ev["evidence"] else {"doc": "", "start": 0}
        published = (doc_meta.get(first["doc"]) or {}).get("published") or ""
        return (ev["historical"], ev["date"] or published or "9999", published, first["start"])

    out = []
    for i, ev in enumerate(sorted(events, key=key)):
        out.append({"id": f"t{i + 1}", "order": i + 1, "event": ev["id"], "date": ev["date"],
                    "date_precision": ev["date_precision"], "date_source": ev["date_source"],
                    "historical": ev["historical"], "type": ev["type"],
                    "summary": ev["summary"], "docs": ev["docs"],
                    "evidence": ev["evidence"][:1]})
    return out
