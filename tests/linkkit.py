"""Hand-built extractions for the link-stage tests: one report = a list of sentences, each with
the actors, places, events, claims and quotes it holds, located by their words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitroom.model import ActorMention, Claim, EventMention, Extraction, PlaceMention, Quote

# a few real places (coordinates and GeoNames ids as a geocoder would give them)
PLACES = {
    "Varna": (43.21, 27.91, "BG", 726050),
    "Burgas": (42.51, 27.47, "BG", 732770),
    "Ruse": (43.85, 25.95, "BG", 727523),
}


@dataclass
class Sent:
    """One sentence and what it holds. ``actors``: (words, name, kind); ``events``: (trigger,
    type, extra EventMention fields, e.g. actor=name, place=name, date=...); ``claims``: the
    sentence as a claim with these Claim fields; ``quotes``: (quoted words, speaker name)."""

    text: str
    actors: list[tuple[str, str, str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    events: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    claim: dict[str, Any] | None = None
    quotes: list[tuple[str, str | None]] = field(default_factory=list)


def report(doc: str, *sents: Sent) -> tuple[Extraction, str]:
    """The Extraction of a report made of ``sents`` (joined by spaces) and its text."""
    text, spans = "", []
    for s in sents:
        start = len(text) + (1 if text else 0)
        text = (text + " " if text else "") + s.text
        spans.append((start, start + len(s.text)))
    actors: list[ActorMention] = []
    places: list[PlaceMention] = []
    events: list[EventMention] = []
    claims: list[Claim] = []
    quotes: list[Quote] = []
    for si, (s, (s0, _)) in enumerate(zip(sents, spans)):
        index: dict[str, int] = {}
        for words, name, kind in s.actors:
            at = s0 + s.text.index(words)
            index[name] = len(actors)
            actors.append(ActorMention(doc, at, at + len(words), si, words, name, kind))
        pindex: dict[str, int] = {}
        for name in s.places:
            at = s0 + s.text.index(name)
            lat, lon, cc, gid = PLACES[name]
            pindex[name] = len(places)
            places.append(PlaceMention(doc, at, at + len(name), si, name, name, lat, lon, cc,
                                       "city", gid))
        for trigger, etype, extra in s.events:
            at = s0 + s.text.index(trigger)
            kw = dict(extra)
            for role in ("actor", "recipient"):
                if role in kw:
                    kw[role] = index[kw[role]]
            if "place" in kw:
                kw["place"] = pindex[kw["place"]]
            if kw.get("date") and "date_source" not in kw:
                kw["date_source"] = "text"
            events.append(EventMention(doc, at, at + len(trigger), si, trigger, etype,
                                       sentence_text=s.text, **kw))
        if s.claim is not None:
            kw = dict(s.claim)
            if "source" in kw:
                kw["source"] = index[kw["source"]]
            claims.append(Claim(doc, s0, s0 + len(s.text), si, s.text, **kw))
        for words, speaker in s.quotes:
            at = s0 + s.text.index(words)
            quotes.append(Quote(doc, at, at + len(words), si, words, speaker,
                                index.get(speaker) if speaker else None, "said"))
    return Extraction(doc, actors=tuple(actors), places=tuple(places), events=tuple(events),
                      claims=tuple(claims), quotes=tuple(quotes), sentences=tuple(spans)), text


def picture_of(*reports: tuple[str, str | None, str, tuple[Sent, ...]], updates=None):
    """build_picture over reports given as (doc id, published, outlet, sentences)."""
    from sitroom.link.picture import build_picture

    docs, exs, texts = [], [], {}
    for doc, published, outlet, sents in reports:
        ex, text = report(doc, *sents)
        docs.append({"id": doc, "published": published, "outlet": outlet, "copy_of": None,
                     "title": None})
        exs.append(ex)
        texts[doc] = text
    return build_picture(docs, exs, texts, updates)
