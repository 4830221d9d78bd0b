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

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from itertools import combinations
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from ..extract.plover import QUAD_CLASS
from ..model import CERTAINTIES, CERTAINTY_DOUBT, DATED_BY_CLAUSE, DATED_BY_ENTRY, DATED_BY_TEXT, EventMention, Extraction, Update
from . import agreement as ag
from . import crosslingual as xl
from . import disputes
from .actors import name_key, resolve_actors
from .coref import (REPORTING, MentionFeatures, cluster_events, phrase_stem, synonym_sets,
                    trigger_related)
from .. import timeval
from ..unionfind import IndexSets, UnionFind
from .framing import build_framing, outlet_initials
from .stories import assign_stories, story_records
from .textsim import STOPWORDS, content_stems, stem, words

CERTAINTY_RANK = {c: len(CERTAINTIES) - 1 - d for c, d in CERTAINTY_DOUBT.items()}  # 4 = asserted
QUAD_OF = QUAD_CLASS


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


MAX_BLOCK = 80  # event mentions clustered together at most (pairwise cost)


def build_picture(documents: list[dict[str, Any]], extractions: list[Extraction],
                  texts: dict[str, str],
                  updates: dict[str, tuple[Update, ...]] | None = None
                  ) -> dict[str, list[dict[str, Any]]]:
    """The whole picture. ``documents``: metadata rows in ingest order (id, outlet, published,
    copy_of, ...); ``texts``: document id -> text, for evidence; ``updates``: document id ->
    its live-blog updates (a statement's time is its update's timestamp)."""
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
    stories = story_records(documents, story_of)
    places, place_of = _places(originals, T)
    names = {a["id"]: a["name"] for a in actors} | {p["id"]: p["name"] for p in places}
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
    _relate_events(events, clock, links)
    ag.actor_disputes(events, clock.outlet, trigger_related, links)
    _relate_claims(claims, clock, links)
    for q in quotes:
        for d in q["docs"][1:]:
            links.append({"kind": "corroborates", "from": d, "to": q["id"], "first": q["docs"][0]})
    _overtaken(originals, claims, events, quotes, res.mention_actor, clock, links)
    disputes.statement_links(originals, texts, clock, story_of, res.mention_actor,
                             events + claims, links)
    for rec in events + claims:
        rec["story"] = story_of.get(rec["evidence"][0]["doc"]) if rec["evidence"] else None
    timeline = _timeline(events, doc_meta)
    # actors are listed by prominence
    actors.sort(key=lambda a: (-len(a["docs"]), -a["mentions"], a["name"]))
    framing = build_framing(documents, originals, texts, actors, claims, res.mention_actor)
    # the same input gives the same bytes, whatever the order sets were walked in
    for rec in events + claims + quotes:
        if "outlets" in rec:
            rec["outlets"] = dict(sorted(rec["outlets"].items()))
    links.sort(key=lambda x: (x["kind"], x["from"], x["to"]))
    return {"actors": actors, "places": places, "events": events, "quotes": quotes,
            "claims": claims, "timeline": timeline, "links": links, "stories": stories,
            "framing": framing}


class _Clock:
    """When each statement was written: its live-blog update's timestamp, else its
    document's publication time; and each document's outlet."""

    def __init__(self, documents: list[dict[str, Any]], updates: dict[str, tuple[Update, ...]]):
        self.published = {d["id"]: d.get("published") for d in documents}
        self.outlets = {d["id"]: d.get("outlet") or "unknown outlet" for d in documents}
        self.updates = updates

    def iso(self, doc: str, char: int) -> str | None:
        for u in self.updates.get(doc, ()):
            if u.start <= char < u.end:
                return u.timestamp
        return self.published.get(doc)

    def at(self, doc: str, char: int) -> float | None:
        return ag.when(self.iso(doc, char))

    def outlet(self, doc: str) -> str:
        return self.outlets.get(doc, "unknown outlet")


def _relate_events(events: list[dict[str, Any]], clock: _Clock, links: list[dict]) -> None:
    for ev in events:
        sources = [ag.Source(src["doc"], clock.outlet(src["doc"]),
                             clock.at(src["doc"], evd["start"]), evd["text"],
                             src["denies"], evd)
                   for src, evd in zip(ev["sources"], ev["evidence"])]
        ag.relate(ev, sources, links)


def _relate_claims(claims: list[dict[str, Any]], clock: _Clock, links: list[dict]) -> None:
    """Claims of different reports that say the same thing corroborate each other; an
    explicit denial of what another report states, or another figure for the same count,
    contradicts it (both become disputed); a later claim sharing much of the subject without
    saying the same discusses the earlier one."""
    for c in claims:
        c["outlets"] = {clock.outlet(c["doc"]): "reports"}
        c["disputed"] = False
    for i, j, kind in ag.match_claims(claims):
        a, b = claims[i], claims[j]
        ta, tb = clock.at(a["doc"], a["evidence"][0]["start"]), clock.at(b["doc"],
                                                                          b["evidence"][0]["start"])
        first, later = (a, b) if (ta or 0.0) <= (tb or 0.0) else (b, a)
        if kind == "discusses":
            first["outlets"].setdefault(clock.outlet(later["doc"]), "discusses")
            links.append({"kind": "discusses", "from": later["doc"], "to": first["id"]})
            continue
        if kind == "agrees":
            clash = ag.figure_clash(a["text"], b["text"])
            if clash is None:
                for x, y in ((a, b), (b, a)):
                    x["outlets"].setdefault(clock.outlet(y["doc"]), "corroborates")
                links.append({"kind": "corroborates", "from": later["doc"], "to": first["id"],
                              "first": first["doc"]})
                continue
            if _newer_figure(ta, tb, clock.outlet(a["doc"]) == clock.outlet(b["doc"])):
                first["superseded_by"] = first.get("superseded_by") or later["id"]
                links.append({"kind": "supersedes", "from": later["id"], "to": first["id"],
                              "from_doc": later["doc"], "to_doc": first["doc"],
                              "reason": f"newer figure ({clash})"})
                continue
            reason = "number"
        else:
            reason = "denial"
        for x, y in ((a, b), (b, a)):
            x["outlets"][clock.outlet(y["doc"])] = "contradicts"
            x["disputed"] = True
        links.append({"kind": "contradicts", "from": later["doc"], "to": first["id"],
                      "against": first["doc"], "reason": reason,
                      "evidence": [first["evidence"][0], later["evidence"][0]]})


def _newer_figure(ta: float | None, tb: float | None, same_outlet: bool) -> bool:
    """Whether another figure in a later statement updates the earlier one rather than
    contradicting it: written at least an hour later, or by the same outlet."""
    return same_outlet or (ta is not None and tb is not None and abs(tb - ta) >= ag.HOUR)


def _overtaken(extractions, claims, events, quotes, mention_actor, clock: _Clock,
               links: list[dict]) -> None:
    """Stale statements superseded by later reports: claims and negated events saying that
    something has not happened yet or is expected ("X has still not reacted", "troops have
    not yet entered the city"), overtaken by a later event or quote of one of the actors of
    their sentence (not the claim's own named source)."""
    for rec in events + claims:
        rec.setdefault("superseded_by", None)
    later = [ag.Later(e["id"], e["actor"], (e.get("quad_class") or "").startswith("verbal"),
                      e.get("trigger") or "", ag.when(e["date"]),
                      clock.at(e["evidence"][0]["doc"], e["evidence"][0]["start"]),
                      e["evidence"][0]["doc"], e["summary"])
             for e in events if e["actor"] and e["evidence"] and not e["historical"]
             and e["polarity"] != "negative"]
    later += [ag.Later(q["id"], q["speaker"], True, q.get("cue") or "", ag.when(q.get("time")),
                       clock.at(q["doc"], q["evidence"][0]["start"]), q["doc"], q["text"])
              for q in quotes if q["speaker"]]
    by_doc = {ex.doc: ex for ex in extractions}
    stale = [(c, c["text"], c["source"]["actor"] if c["source"]["kind"] != "author" else None)
             for c in claims]
    stale += [(e, e["evidence"][0]["text"], None) for e in events
              if e["polarity"] == "negative" and e["evidence"] and not e["historical"]]
    for rec, text, source in stale:
        if not ag.stale(text):
            continue
        ev = rec["evidence"][0]
        ex = by_doc.get(ev["doc"])
        actors = {mention_actor.get((ev["doc"], i)) for i, m in enumerate(ex.actors)
                  if m.sent == ev["sent"]} - {None, source} if ex else set()
        found = ag.overtaking(text, actors, clock.at(ev["doc"], ev["start"]),
                              [x for x in later if x.id != rec["id"]])
        if found:
            rec["superseded_by"] = found.id
            links.append({"kind": "supersedes", "from": found.id, "to": rec["id"],
                          "from_doc": found.doc, "to_doc": ev["doc"],
                          "reason": f"overtaken: {_short(found.summary)}"})


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


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


def _day(e) -> str | None:
    """The day a mention is dated to by its own text or update, if so precise."""
    if e.date and e.date_source in DATED_BY_TEXT and len(e.date) >= 10:
        return e.date[:10]
    return None


def _blocks(feats: list[MentionFeatures], mentions: list[_Mention]) -> list[MentionFeatures]:
    """Give every mention a topic (story + history flag), refined by related types, first
    participant and day while a topic holds more than MAX_BLOCK mentions, then cut into chunks of
    MAX_BLOCK (bounds the pairwise cost)."""
    refiners = (
        lambda m: _group_of(m.event.type),
        lambda m: m.actor or m.place or m.recipient or "",
        lambda m: (m.event.date or "")[:10],
    )
    topics = [f.topic for f in feats]
    for refine in refiners:
        size = Counter(topics)
        topics = [f"{t}|{refine(m)}" if size[t] > MAX_BLOCK else t
                  for t, m in zip(topics, mentions)]
    size, seen = Counter(topics), Counter[str | None]()
    for i, t in enumerate(topics):  # last resort: consecutive chunks (reports in order)
        if size[t] > MAX_BLOCK:
            topics[i] = f"{t}|#{seen[t] // MAX_BLOCK}"
            seen[t] += 1
    return [replace(f, topic=t) for f, t in zip(feats, topics)]


def _split_by_day(cluster: list[int], mentions: list[_Mention]) -> list[list[int]]:
    """Mentions dated by their text to different days are different events; undated ones
    join the largest dated part."""
    parts: dict[str | None, list[int]] = defaultdict(list)
    for i in cluster:
        parts[_day(mentions[i][1])].append(i)
    undated = parts.pop(None, [])
    if not parts:
        return [undated]
    groups = sorted(parts.values(), key=len, reverse=True)
    groups[0] = groups[0] + undated
    return groups


def _name_sets(names: set[str]) -> tuple[frozenset[str], ...]:
    """The words of each name (stop words and short words out)."""
    sets = (frozenset(w for w in words(n) if w not in STOPWORDS and len(w) > 2) for n in names)
    return tuple(ws for ws in sets if ws)


def _names_shared(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> int:
    """How many names of ``a`` have a word in common with some name of ``b``."""
    return sum(any(x & y for y in b) for x in a)


def _linked(cluster: list[int], mentions: list[_Mention], name_words: list[frozenset[str]]
            ) -> list[list[int]]:
    """The parts of a cluster whose mentions are tied to each other: same sentence, or a
    name (actor or place) in common. Mentions of different happenings that only share their
    verb ("troops seized the city" / "villages seized" elsewhere) come apart."""
    sets = UnionFind(cluster)
    for a, b in combinations(cluster, 2):
        ma, mb = mentions[a], mentions[b]
        same_sentence = ma[0].doc == mb[0].doc and ma[1].sent == mb[1].sent
        if same_sentence or name_words[a] & name_words[b]:
            sets.join(b, a)
    return list(sets.groups(cluster).values())


def _negated(m: _Mention) -> bool:
    """A mention saying the event did not (or will not) happen, without denying a report."""
    e = m.event
    return (e.polarity == "negative" or e.certainty == "denied") and not ag.denial(
        e.sentence_text)


def _denies(m: _Mention) -> bool:
    """A mention denying what others report: a negated event or a rejection ("the ministry
    denied that ...") in an explicitly denying sentence."""
    e = m.event
    return (e.polarity == "negative" or e.certainty == "denied" or e.type == "REJECT") and (
        ag.denial(e.sentence_text))


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """``data/dispute_words.json``: stems of the words of a denied role ("involvement")."""
    raw = json.loads((resources.files("sitroom") / "data" / "dispute_words.json")
                     .read_text(encoding="utf-8"))
    return frozenset(stem(w) for w in raw["role_nouns"])


def _denies_event(m: _Mention, e0) -> bool:
    """Whether mention ``m`` denies the event represented by mention ``e0``: a denial
    attached to an event of another type, or a negated report of an affirmed event. Denying
    a role in it ("denied any involvement in the attacks") denies not the event."""
    if not _denies(m) or _tail(m, 4) & _role_nouns():
        return False
    if m.event.type == "REJECT" and m.event.polarity != "negative":
        return e0.type != "REJECT"
    return e0.polarity != "negative" and e0.certainty != "denied"


# words after a trigger that say when, not what
_CALENDAR = frozenset(stem(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december yesterday today tonight morning "
    "afternoon evening night week weekend earlier later").split())


def _after(m: _Mention) -> str:
    """The words after a mention's trigger in its sentence."""
    text = m.event.sentence_text
    at = text.find(m.event.trigger)
    return text[at + len(m.event.trigger):] if at >= 0 else ""


def _tail(m: _Mention, n: int = 8) -> frozenset[str]:
    """Stems of the first ``n`` content words after a mention's trigger in its sentence: what
    was denied, demanded or alleged (calendar words and reporting verbs left out)."""
    after = _after(m)
    stems = [s for s in content_stems(after) if s not in _CALENDAR and s not in REPORTING]
    # words in other scripts are kept as written (lower case): a statement in Cyrillic has
    # content too, so it is not taken for one that says the same as an English one
    stems += [w.lower() for w in _NON_LATIN.findall(after) if len(w) > 3]
    return frozenset(stems[:n])


_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F]+")


def _triggers(c: dict) -> set[str]:
    """Stems of a cluster's trigger words, phrasal meanings included ("opened fire": shoot)."""
    out: set[str] = set()
    for m in c["mentions"]:
        out.update(content_stems(m.event.trigger))
        phrase = phrase_stem(m.event.trigger)
        if phrase:
            out.add(phrase)
    return out


def _meaning_keys(stems: Iterable[str]) -> set[str]:
    """Index keys of trigger stems: the stems and the synonym sets they belong to."""
    return {k for s in stems for k in (s, *synonym_sets(s))}


def _denied(m: _Mention) -> frozenset[str]:
    """What a denying mention denies: its own trigger for a negated event, else the words it
    governs ("denied that its aircraft had opened fire": aircraft, open, fire, shoot)."""
    if m.event.type != "REJECT" or m.event.polarity == "negative":
        return frozenset(content_stems(m.event.trigger))
    tail = _tail(m)
    phrase = phrase_stem(" ".join(tail))
    return tail | {phrase} if phrase else tail


def _attach_denials(clusters: list[dict], story_of: dict[str, str]) -> list[dict]:
    """An explicit denial ("the ministry denied that its aircraft had opened fire") joins the
    event it denies, reported in the same story: one whose trigger is a word of (or a synonym
    of a word of) what is denied, dated no later than the denial. (A denial carried by a
    report of the event itself joins it too, but only other outlets can contradict it.)"""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)  # (story, meaning) -> clusters
    for ci, c in enumerate(clusters):
        if not all(_denies(m) or _negated(m) for m in c["mentions"]):
            stories = {story_of.get(d, d) for d in c["docs"]}
            for key in _meaning_keys(_triggers(c)):
                for st in stories:
                    index[(st, key)].append(ci)
    gone = set()
    for ci, c in enumerate(clusters):
        if not all(_denies(m) for m in c["mentions"]):
            continue
        m = c["mentions"][0]
        day, story = (m.event.date or "")[:10], story_of.get(m.ex.doc, m.ex.doc)

        def fits(t: int) -> bool:
            target = clusters[t]
            days = {(x[1].date or "")[:10] for x in target["mentions"]} - {""}
            return t not in gone and (not day or not days or min(days) <= day)  # noqa: B023 (called within this iteration)

        found = {t for key in _meaning_keys(_denied(m)) for t in index.get((story, key), ())}
        targets = [t for t in sorted(found) if t != ci and fits(t)]
        if targets:
            t = max(targets, key=lambda t: (len(clusters[t]["docs"]), -t))
            clusters[t]["mentions"] += c["mentions"]
            clusters[t]["docs"] += [d for d in c["docs"] if d not in clusters[t]["docs"]]
            gone.add(ci)
    return [c for ci, c in enumerate(clusters) if ci not in gone]


def _split_negated(cluster: dict) -> list[dict]:
    """Negated mentions are not sources of the event: "troops did not enter the city" is
    kept apart from "troops entered the city" (an explicit denial stays, as a contradiction)."""
    neg = [m for m in cluster["mentions"] if _negated(m)]
    if not neg or len(neg) == len(cluster["mentions"]):
        return [cluster]
    pos = [m for m in cluster["mentions"] if not _negated(m)]
    return [{"mentions": ms, "docs": list(dict.fromkeys(m.ex.doc for m in ms))}
            for ms in (pos, neg)]


# PLOVER types that reports of one happening use for each other ("seized the city" COERCE /
# "stormed the city" ASSAULT / "declared war on" THREATEN); other type pairs stay apart
TYPE_GROUPS = (
    frozenset({"ASSAULT", "COERCE", "THREATEN"}),
    frozenset({"AGREE", "CONCEDE", "COOPERATE"}),
    frozenset({"SUPPORT", "AID", "COOPERATE"}),
    frozenset({"RETREAT", "CONCEDE"}),
)


def types_related(a: str, b: str) -> bool:
    """Whether two PLOVER types can name one happening (the same, or one of TYPE_GROUPS)."""
    return a == b or any(a in g and b in g for g in TYPE_GROUPS)


def _hours(e) -> tuple[float, float] | None:
    """The span (hours since 0001-01-01, local clock) a mention's own date allows for the
    happening: its day, part of day or minute from the text; up to its live-blog update's
    time stamp from an update. None when it is dated only by publication."""
    if e.date_source not in DATED_BY_TEXT or not e.date:
        return None
    return timeval.allowed_hours(e.date, e.date_source in DATED_BY_ENTRY)


def _times_agree(a, b) -> bool:
    """Whether two event mentions' own dates allow one happening (overlapping spans)."""
    ha, hb = _hours(a), _hours(b)
    return ha is None or hb is None or (ha[0] < hb[1] and hb[0] < ha[1])


class _Compat:
    """Argument compatibility of two event mentions (:class:`_Mention`):
    related types, agreeing dates, and no clashing participant (two different actors whose
    names share no word; "X's troops" and "the Y troops" may be one). ``language_of`` and
    ``named_after`` give a mention's language and the ids it names after its verb, which
    compare statements in two languages (:mod:`sitroom.link.crosslingual`)."""

    def __init__(self, names: dict[str, str],
                 language_of: Callable[[_Mention], str] = lambda m: "en",
                 named_after: Callable[[_Mention], Iterable[str]] = lambda m: ()):
        self.names = names
        self.language_of = language_of
        self.named_after = named_after
        self._words: dict[str, frozenset[str]] = {}
        self._tails: dict[tuple[str, int], xl.Tail] = {}

    def words(self, rid: str) -> frozenset[str]:
        if rid not in self._words:
            self._words[rid] = frozenset().union(*_name_sets({self.names.get(rid, rid)}))
        return self._words[rid]

    def clash(self, x: str | None, y: str | None) -> bool:
        return bool(x and y and x != y and not self.words(x) & self.words(y))

    def tail(self, m: _Mention) -> xl.Tail:
        key = (m.ex.doc, m.event.start)
        if key not in self._tails:
            self._tails[key] = xl.Tail(self.language_of(m), _tail(m),
                                       xl.neutral_keys(_after(m), self.named_after(m)))
        return self._tails[key]

    def says_otherwise(self, a: _Mention, b: _Mention) -> bool:
        """Two statements (accusations, denials, demands) about different things: the words
        they govern have nothing in common (in two languages: their neutral keys)."""
        if not all(QUAD_OF.get(m.event.type, "").startswith("verbal") for m in (a, b)):
            return False
        ta, tb = self.tail(a), self.tail(b)
        return len(ta.words) >= 2 and len(tb.words) >= 2 and not xl.tails_agree(ta, tb)

    def __call__(self, a: _Mention, b: _Mention) -> bool:
        return (types_related(a.event.type, b.event.type) and _times_agree(a.event, b.event)
                and not self.clash(a.actor, b.actor) and not self.clash(a.recipient, b.recipient)
                and not self.says_otherwise(a, b))


class _Part:
    """A part of a cluster and what its mentions allow, so that whether a mention fits with
    every one of them is decided from a few aggregates instead of a scan: each condition of
    :class:`_Compat` is pairwise, and "for every member" of it is the same test on the
    members' types, latest start and earliest end of their time spans, actors, recipients
    and the tails of their verbal statements."""

    def __init__(self, compatible: _Compat):
        self.compatible = compatible
        self.mentions: list[_Mention] = []
        self.types: set[str] = set()
        self.lo: float | None = None  # latest start of the members' time spans
        self.hi: float | None = None  # earliest end
        self.actors: set[str] = set()
        self.recipients: set[str] = set()
        self.tails: list[xl.Tail] = []  # verbal members' tails of two words or more

    @staticmethod
    def _verbal_tail(compatible: _Compat, m: _Mention) -> xl.Tail | None:
        if not QUAD_OF.get(m.event.type, "").startswith("verbal"):
            return None
        tail = compatible.tail(m)
        return tail if len(tail.words) >= 2 else None

    def fits(self, m: _Mention, hours: tuple[float, float] | None,
             tail: xl.Tail | None) -> bool:
        c = self.compatible
        if not all(types_related(m.event.type, t) for t in self.types):
            return False
        if hours is not None and self.lo is not None and self.hi is not None and not (
                hours[0] < self.hi and self.lo < hours[1]):
            return False
        if any(c.clash(m.actor, a) for a in self.actors) or any(
                c.clash(m.recipient, r) for r in self.recipients):
            return False
        return tail is None or all(xl.tails_agree(t, tail) for t in self.tails)

    def add(self, m: _Mention, hours: tuple[float, float] | None,
            tail: xl.Tail | None) -> None:
        self.mentions.append(m)
        self.types.add(m.event.type)
        if hours is not None:
            self.lo = hours[0] if self.lo is None else max(self.lo, hours[0])
            self.hi = hours[1] if self.hi is None else min(self.hi, hours[1])
        if m.actor:
            self.actors.add(m.actor)
        if m.recipient:
            self.recipients.add(m.recipient)
        if tail is not None:
            self.tails.append(tail)


def _refine(clusters: list[dict], compatible: _Compat) -> list[dict]:
    """Split every cluster into parts whose mentions are pairwise compatible: each mention
    (in report order) joins the first part it fits with entirely, else opens one."""
    out = []
    for c in clusters:
        parts: list[_Part] = []
        for m in c["mentions"]:
            hours, tail = _hours(m.event), _Part._verbal_tail(compatible, m)
            home = next((p for p in parts if p.fits(m, hours, tail)), None)
            if home is None:
                home = _Part(compatible)
                parts.append(home)
            home.add(m, hours, tail)
        out += [{"mentions": p.mentions, "docs": list(dict.fromkeys(m.ex.doc for m in p.mentions))}
                for p in parts]
    return out


def _group_of(event_type: str) -> str:
    """A key shared by related types (the first group holding the type, else the type)."""
    return next((min(g) for g in TYPE_GROUPS if event_type in g), event_type)


def _merge_across(clusters: list[dict], name_sets: list[tuple[frozenset[str], ...]],
                  place_words: list[frozenset[str]], mentions: list[_Mention]) -> list[dict]:
    """Join events of different reports that the wording alone does not tie together but
    their arguments do, on the same day: the same actor doing the same kind of thing
    (related types, see TYPE_GROUPS); the same type of action at the same place by no clashing
    actors; or the same type of action with two names in common, one of them a place."""
    index = {id(m): i for i, m in enumerate(mentions)}
    all_words: dict[int, frozenset[str]] = {}  # mention -> the words of its sentence's names

    def words_of(i: int) -> frozenset[str]:
        if i not in all_words:
            all_words[i] = frozenset().union(*name_sets[i])
        return all_words[i]

    keys: dict[tuple, list[int]] = defaultdict(list)
    names: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        for m in c["mentions"]:
            e, actor = m.event, m.actor
            day = (e.date or "")[:10]
            if e.historical or not day:
                continue
            if actor:
                keys[("actor", day, actor, _group_of(e.type))].append(ci)
            if m.place:
                keys[("place", day, e.type, m.place)].append(ci)
            for w in words_of(index[id(m)]):
                names[(day, e.type, w)].append((ci, index[id(m)]))
    sets = IndexSets(len(clusters))
    doc_sets = [set(c["docs"]) for c in clusters]
    actor_sets = [{m.actor for m in c["mentions"] if m.actor} for c in clusters]

    def apart(a: int, b: int) -> bool:  # within a report, the wording decides
        return a == b or not doc_sets[a].isdisjoint(doc_sets[b])

    def actors(ci: int) -> set[str]:
        return actor_sets[ci]

    for key, members in keys.items():
        members = sorted(set(members))
        if 2 <= len(members) <= 50:
            for a, b in combinations(members, 2):
                if apart(a, b) or (key[0] == "place" and actors(a) and actors(b)
                                   and not actors(a) & actors(b)):
                    continue
                sets.join(b, a)
    # the same type of action, the same day, two names in common in the two sentences
    pairs: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for named in names.values():
        if 2 <= len(named) <= 50:
            pairs.update((x, y) for x, y in combinations(sorted(set(named)), 2)
                         if not apart(x[0], y[0]))
    for x, y in pairs:
        if sets.find(x[0]) == sets.find(y[0]):  # joined already: nothing to decide
            continue
        a, b = x[1], y[1]
        wa, wb = words_of(a), words_of(b)
        place = place_words[a] & wb or place_words[b] & wa
        if place and min(_names_shared(name_sets[a], name_sets[b]),
                         _names_shared(name_sets[b], name_sets[a])) >= 2:
            sets.join(y[0], x[0])
    merged: dict[int, dict] = {}
    seen: dict[int, set[str]] = defaultdict(set)  # the docs of each merged cluster
    for ci, c in enumerate(clusters):
        r = sets.find(ci)
        root = merged.setdefault(r, {"mentions": [], "docs": []})
        root["mentions"] += c["mentions"]
        for d in c["docs"]:
            if d not in seen[r]:
                seen[r].add(d)
                root["docs"].append(d)
    return list(merged.values())


class _Mention(NamedTuple):
    """One event mention with its arguments resolved to the picture's ids: the report's
    extraction, the mention, and the ids of its actor, recipient and place (None if none)."""

    ex: Extraction
    event: EventMention
    actor: str | None
    recipient: str | None
    place: str | None


def _events(extractions, mention_actor, place_of, T: _Texts, doc_order, names, story_of,
            language_of: Callable[[_Mention], str] = lambda m: "en"):
    """Event mentions to events: the mentions the coreference model puts together (within a
    story, apart from history), joined across reports by their arguments, split where they
    cannot be one happening, with the denials of each; negated mentions apart. Gives the
    event records and (doc, trigger start) -> event id."""
    mentions = []
    for ex in extractions:
        for e in ex.events:
            actor = mention_actor.get((ex.doc, e.actor)) if e.actor is not None else None
            recipient = mention_actor.get((ex.doc, e.recipient)) if e.recipient is not None else None
            place = place_of.get((ex.doc, e.place)) if e.place is not None else None
            mentions.append(_Mention(ex, e, actor, recipient, place))
    # the names in each sentence: what two mentions must share to be one happening
    in_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    places_in: dict[tuple[str, int], set[str]] = defaultdict(set)
    for ex in extractions:
        for mi, m in enumerate(ex.actors):
            in_sentence[(ex.doc, m.sent)].add(names.get(mention_actor.get((ex.doc, mi)), m.name))
        for pi, pm in enumerate(ex.places):
            places_in[(ex.doc, pm.sent)].add(names.get(place_of.get((ex.doc, pi)), pm.name))
    for key, ps in places_in.items():
        in_sentence[key] |= ps
    feats = [
        MentionFeatures(
            key=str(i), doc=ex.doc,
            topic=f"{story_of.get(ex.doc, ex.doc)}|{'h' if e.historical else 'c'}",
            trigger=e.trigger, lemma=(e.trigger.split() or [""])[0],
            sentence=e.sentence_text or T.sentence(ex.doc, e.sent)[2],
            actors=tuple(names[a] for a in (actor, recipient) if a in names),
            places=(names[place],) if place in names else (),
            date=(e.date or "")[:10] or None, type=e.type)
        for i, (ex, e, actor, recipient, place) in enumerate(mentions)
    ]
    name_sets = [_name_sets(in_sentence[(ex.doc, e.sent)] | set(f.actors) | set(f.places))
                 for (ex, e, *_), f in zip(mentions, feats)]
    name_words = [frozenset().union(*ns) for ns in name_sets]
    place_words = [frozenset().union(*_name_sets(places_in[(ex.doc, e.sent)]))
                   for ex, e, *_ in mentions]
    texts = {ex.doc: T.texts.get(ex.doc, "") for ex in extractions}
    found = cluster_events(_blocks(feats, mentions), doc_texts=texts) if feats else []
    clusters: list[dict[str, Any]] = []
    for keys in found:
        linked = _linked(sorted(int(k) for k in keys), mentions, name_words)
        for part in (p for group in linked for p in _split_by_day(group, mentions)):
            ms = [mentions[i] for i in part]
            clusters.append({"mentions": ms, "docs": list(dict.fromkeys(m.ex.doc for m in ms))})
    clusters = _merge_across(clusters, name_sets, place_words, mentions)

    in_sent: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for ex in extractions:  # (start, key) of what each sentence names, the same in every language
        for i, a in enumerate(ex.actors):
            if (aid := mention_actor.get((ex.doc, i))) is not None:
                in_sent[(ex.doc, a.sent)].append((a.start, aid))
        for i, pm in enumerate(ex.places):
            if (pid := place_of.get((ex.doc, i))) is not None:
                in_sent[(ex.doc, pm.sent)].append((pm.start, pid))
        for e in ex.events:
            in_sent[(ex.doc, e.sent)].append((e.start, f"T_{e.type}"))

    def named_after(m: _Mention) -> list[str]:
        """What a statement names after its verb, the same in every language: actor and
        place ids, and the types of the acts it governs ("denied that its aircraft fired")."""
        return [k for start, k in in_sent.get((m.ex.doc, m.event.sent), ())
                if start >= m.event.end]

    clusters = _attach_denials(_refine(clusters, _Compat(names, language_of, named_after)),
                               story_of)
    clusters = [part for c in clusters for part in _split_negated(c)]
    clusters.sort(key=lambda c: (doc_order.get(c["mentions"][0].ex.doc, 0),
                                 c["mentions"][0].event.start))

    events, event_of = [], {}
    for c in clusters:
        ms = c["mentions"]
        # the representative mention: most certain, with most arguments, most precise date
        ex0, e0, a0, r0, p0 = max(
            [m for m in ms if not _denies(m)] or ms,
            key=lambda m: (CERTAINTY_RANK.get(m.event.certainty, 0),
                           (m.actor is not None) + (m.recipient is not None) + (m.place is not None),
                           m.event.date_source in DATED_BY_CLAUSE, -doc_order.get(m.ex.doc, 0)))
        first = lambda attr: next((getattr(m, attr) for m in ms if getattr(m, attr)), None)  # noqa: E731, B023 (called within this iteration)
        eid = _rid("event", e0.type, ex0.doc, e0.start)
        dated = [m.event for m in ms if m.event.date]
        best_date = max(dated, key=lambda e: (e.date_source in DATED_BY_CLAUSE, len(e.date or "")),
                        default=e0)
        rec = {
            "id": eid,
            "type": e0.type,
            "types": sorted({m.event.type for m in ms}),
            "mode": e0.mode,
            "quad_class": e0.quad_class or QUAD_OF.get(e0.type),
            "actor": a0 or first("actor"),
            "recipient": r0 or first("recipient"),
            "place": p0 or first("place"),
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
            "sources": [{"doc": m.ex.doc, "certainty": m.event.certainty, "polarity": m.event.polarity,
                         "date": m.event.date, "denies": _denies_event(m, e0)}
                        for m in ms],
            "evidence": [T.evidence(m.ex.doc, m.event.start, m.event.end, m.event.sent) for m in ms],
        }
        events.append(rec)
        for m in ms:
            event_of[(m.ex.doc, m.event.start)] = eid
    return events, event_of


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
        first: dict[str, Any] = ev["evidence"][0] if ev["evidence"] else {"doc": "", "start": 0}
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
