"""Build the cross-document picture from per-document extractions.

Input: the stored documents (metadata) and their Extractions. Output: JSON-ready records for
``actors``, ``places``, ``events``, ``quotes``, ``claims``, ``timeline``, ``links``, ``stories``
and ``framing``, exactly as documented in ``docs/format.md``. Ids cross-reference; every record
has ``evidence``.

Event mentions are merged into events by the cross-document event coreference model
(:mod:`sitroom.link.coref`) within each story (blocked further by related types, participant
and day when a block grows large, so the cost stays near linear), joined across reports by
their arguments (the same actor doing a related thing the same day, the same action at the same
place), then split wherever two mentions cannot be one happening (unrelated types, exclusive
dates, clashing actors, statements about different things); explicit denials join the event
they deny. Agreement, contradiction and overtaken statements come from
:mod:`sitroom.link.agreement`, stories from :mod:`sitroom.link.stories`, framing from
:mod:`sitroom.link.framing`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ..model import Extraction, Update
from . import agreement as ag
from . import crosslingual as xl
from . import agreement_delta, disputes
from .actors import resolve_actors
from .coref import trigger_related
from .framing import build_framing, outlet_initials
from .picture_base import CERTAINTY_RANK, QUAD_OF, _Texts
from .picture_events import MAX_BLOCK, _events
from .picture_merge import TYPE_GROUPS, types_related
from .picture_records import _claims, _places, _quotes, _timeline
from .picture_records import _distinct_names as _distinct_names  # tested here
from .picture_relations import _Clock, _overtaken, _relate_claims
from .stories import assign_stories, story_records

__all__ = ["CERTAINTY_RANK", "KINDS", "MAX_BLOCK", "QUAD_OF", "TYPE_GROUPS", "build_picture",
           "types_related"]

# the picture's kinds, in the order :func:`build_picture` gives them
KINDS = ("actors", "places", "events", "quotes", "claims", "timeline", "links", "stories",
         "framing")
# a kind handed over as soon as no later part of the build reads it (:func:`build_picture`)
Sink = Callable[[str, list[dict[str, Any]]], None]


def build_picture(documents: list[dict[str, Any]], extractions: list[Extraction],
                  texts: dict[str, str],
                  updates: dict[str, tuple[Update, ...]] | None = None,
                  sink: Sink | None = None) -> dict[str, list[dict[str, Any]]]:
    """The whole picture. ``documents``: metadata rows in ingest order (id, outlet, published,
    copy_of, ...); ``texts``: document id -> text, for evidence; ``updates``: document id ->
    its live-blog updates (a statement's time is its update's timestamp). ``sink``: each kind
    is handed to it as soon as no later part of the build reads it (stories and places early,
    quotes before the statement links, events before framing), and dropped here, so a full
    relink writes the picture part by part instead of holding it whole (the picture given
    back is then empty)."""
    out: dict[str, list[dict[str, Any]]] = {}

    def done(kind: str, recs: list[dict[str, Any]]) -> None:
        # the same input gives the same bytes, whatever the order sets were walked in
        if kind in ("events", "claims", "quotes"):
            for rec in recs:
                if "outlets" in rec:
                    rec["outlets"] = dict(sorted(rec["outlets"].items()))
        if sink is None:
            out[kind] = recs
        else:
            sink(kind, recs)

    T = _Texts(texts, extractions)
    clock = _Clock(documents, updates or {})
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
    # an outlet named in a report (as its source, "according to the Danube Dispatch") is an
    # outlet, not a person or a body of the crisis
    # (by name, or by initials written in capitals: "BWS" of "Balkan Wire Service")
    outlets = {d.get("outlet") or "" for d in documents} - {""}
    outlet_names = {o.casefold() for o in outlets}
    initials = {i for i in map(outlet_initials, outlets) if len(i) >= 2}
    actors = []
    for a in res.actors:
        a = dict(a, evidence=actor_evidence.get(a["id"], []))
        called = (a["name"], *a.get("aliases", ()))
        if any(n.casefold() in outlet_names or (n.isupper() and n.casefold() in initials)
               for n in called):
            a["kind"] = "outlet"
        actors.append(a)

    story_of = assign_stories(documents, texts, terms=_entity_terms(originals, res.mention_actor))
    done("stories", story_records(documents, story_of))
    places, place_of = _places(originals, T)
    names = {a["id"]: a["name"] for a in actors} | {p["id"]: p["name"] for p in places}
    done("places", places)
    del places
    languages = xl.doc_languages(documents)
    entries = updates or {}
    events, event_of = _events(originals, res.mention_actor, place_of, T, doc_order,
                               names, story_of, lambda m: xl.language_at(
                                   languages.get(m.ex.doc, "en"), entries.get(m.ex.doc, ()),
                                   m.event.start))
    quotes = _quotes(originals, res.mention_actor, T)
    claims = _claims(originals, res.mention_actor, T)
    links: list[dict[str, Any]] = [{"kind": "copy_of", "from": c, "to": o}
                                   for c, o in copies.items()]
    links += [{"kind": "same_story", "from": d["id"], "to": story_of[d["id"]]} for d in documents]
    _relate_events_memo(events, clock, links, doc_order)
    ag.actor_disputes(events, clock.outlet, trigger_related, links)
    claims_stale = _relate_claims(claims, clock, links)
    for q in quotes:
        for d in q["docs"][1:]:
            links.append({"kind": "corroborates", "from": d, "to": q["id"], "first": q["docs"][0]})
    _overtaken(originals, claims, events, quotes, res.mention_actor, clock, links, claims_stale)
    done("quotes", quotes)
    del quotes
    disputes.statement_links(originals, texts, clock, story_of, res.mention_actor,
                             events + claims, links)
    for rec in events + claims:
        rec["story"] = story_of.get(rec["evidence"][0]["doc"]) if rec["evidence"] else None
    done("timeline", _timeline(events, doc_meta))
    done("events", events)
    del events
    # actors are listed by prominence
    actors.sort(key=lambda a: (-len(a["docs"]), -a["mentions"], a["name"]))
    done("framing", build_framing(documents, originals, texts, actors, claims,
                                  res.mention_actor))
    done("actors", actors)
    done("claims", claims)
    del actors, claims
    links.sort(key=lambda x: (x["kind"], x["from"], x["to"]))
    done("links", links)
    return {kind: out[kind] for kind in KINDS if kind in out}


def _relate_events_memo(events: list[dict[str, Any]], clock: _Clock, links: list[dict],
                        doc_order: dict[str, int]) -> None:
    """:func:`sitroom.link.picture_relations._relate_events` through the running link's part
    memo, by delta (:mod:`sitroom.link.agreement_delta`): an event whose sources are stored
    is emitted from its stored scan, one that gained the sources of a new report extends the
    scan of its old sources (comparing the new sources with the others only), any other is
    related in full; the same outlets, disputed flags and links as ``agreement.relate``."""
    sources = [[ag.Source(src["doc"], clock.outlet(src["doc"]), clock.at(src["doc"], evd["start"]),
                          evd["text"], src["denies"], evd)
                for src, evd in zip(ev["sources"], ev["evidence"])] for ev in events]
    agreement_delta.relate_all(events, sources, doc_order, links)


def _entity_terms(extractions: list[Extraction], mention_actor) -> dict[str, list[str]]:
    """Each document's linked actors and resolved places as terms (``A_<actor id>``,
    ``P_<geonameid>``): the same in every language, so stories join across languages."""
    out: dict[str, list[str]] = {}
    for ex in extractions:
        terms = [f"A_{mention_actor[(ex.doc, mi)]}" for mi in range(len(ex.actors))
                 if (ex.doc, mi) in mention_actor]
        terms += [f"P_{p.geonameid}" for p in ex.places if p.geonameid]
        out[ex.doc] = terms
    return out

