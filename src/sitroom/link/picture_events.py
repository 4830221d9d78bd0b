"""The picture's events (:mod:`sitroom.link.picture`): event mentions clustered by the
coreference model within blocks, split by day and by the names they share, merged across
reports by their arguments (:mod:`sitroom.link.picture_merge`), with their denials
(:mod:`sitroom.link.picture_denials`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from typing import Any

from ..model import DATED_BY_CLAUSE, DATED_BY_TEXT
from .coref import MentionFeatures, cluster_events
from .picture_base import CERTAINTY_RANK, QUAD_OF, _Mention, _name_sets, _rid, _Texts
from .picture_denials import _attach_denials, _denies, _denies_event, _split_negated
from .picture_merge import _Compat, _group_of, _merge_across, _refine

MAX_BLOCK = 80  # event mentions clustered together at most (pairwise cost)


def _day(e) -> str | None:
    """The day a mention is dated to by its own text or update, if so precise."""
    if e.date and e.date_source in DATED_BY_TEXT and len(e.date) >= 10:
        return e.date[:10]
    return None


def _block_topics(topics: list[str], mentions: list[_Mention]) -> list[str]:
    """Each mention's block: its topic (story + history flag), refined by related types, first
    participant and day while a topic holds more than MAX_BLOCK mentions, then cut into chunks
    of MAX_BLOCK (bounds the pairwise cost)."""
    refiners = (
        lambda m: _group_of(m.event.type),
        lambda m: m.actor or m.place or m.recipient or "",
        lambda m: (m.event.date or "")[:10],
    )
    for refine in refiners:
        size = Counter(topics)
        if all(n <= MAX_BLOCK for n in size.values()):
            break  # nothing left to refine (every later refiner would keep every topic)
        topics = [f"{t}|{refine(m)}" if size[t] > MAX_BLOCK else t
                  for t, m in zip(topics, mentions)]
    size, seen = Counter(topics), Counter[str | None]()
    for i, t in enumerate(topics):  # last resort: consecutive chunks (reports in order)
        if size[t] > MAX_BLOCK:
            topics[i] = f"{t}|#{seen[t] // MAX_BLOCK}"
            seen[t] += 1
    return topics


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


def _linked(cluster: list[int], mentions: list[_Mention], name_words: list[frozenset[str]]
            ) -> list[list[int]]:
    """The parts of a cluster whose mentions are tied to each other: same sentence, or a
    name (actor or place) in common. Mentions of different happenings that only share their
    verb ("troops seized the city" / "villages seized" elsewhere) come apart."""
    # two mentions are tied when they share a sentence or a name word: each is joined to the
    # first mention holding the same key (the same sets as testing every pair, in the
    # cluster's size times its words instead of its size squared); the groups come in the
    # order of their first mention, each in the cluster's order, whatever the roots
    if len(cluster) == 1:
        return [cluster]
    parent = {i: i for i in cluster}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[Hashable, int] = {}
    for i in cluster:
        m = mentions[i]
        keys: list[Hashable] = [(m[0].doc, m[1].sent), *name_words[i]]
        for key in keys:
            j = first.setdefault(key, i)
            if j != i:
                a, b = root(i), root(j)
                if a != b:
                    parent[a] = b
    groups: dict[int, list[int]] = {}
    for i in cluster:
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


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
    # each mention's block, known before its features are made (no copy of them per block)
    topics = _block_topics([f"{story_of.get(ex.doc, ex.doc)}|{'h' if e.historical else 'c'}"
                            for ex, e, *_ in mentions], mentions)
    feats = [
        MentionFeatures(
            key=str(i), doc=ex.doc, topic=topic,
            trigger=e.trigger, lemma=(e.trigger.split() or [""])[0],
            sentence=e.sentence_text or T.sentence(ex.doc, e.sent)[2],
            actors=tuple(names[a] for a in (actor, recipient) if a in names),
            places=(names[place],) if place in names else (),
            date=(e.date or "")[:10] or None, type=e.type)
        for i, ((ex, e, actor, recipient, place), topic) in enumerate(zip(mentions, topics))
    ]
    name_sets = [_name_sets(in_sentence[(ex.doc, e.sent)] | set(f.actors) | set(f.places))
                 for (ex, e, *_), f in zip(mentions, feats)]
    name_words = [frozenset().union(*ns) for ns in name_sets]
    place_words = [frozenset().union(*_name_sets(places_in[(ex.doc, e.sent)]))
                   for ex, e, *_ in mentions]
    texts = {ex.doc: T.texts.get(ex.doc, "") for ex in extractions}
    found = cluster_events(feats, doc_texts=texts) if feats else []
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
