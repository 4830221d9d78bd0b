"""The picture's events (:mod:`sitroom.link.picture`): event mentions clustered by the
coreference model within blocks, split by day and by the names they share, merged across
reports by their arguments (:mod:`sitroom.link.picture_merge`), with their denials
(:mod:`sitroom.link.picture_denials`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from ..model import DATED_BY_CLAUSE, DATED_BY_TEXT
from ..unionfind import UnionFind
from . import blockcache
from .coref import MentionFeatures, cluster_events
from .picture_base import CERTAINTY_RANK, QUAD_OF, _Mention, _name_sets, _rid, _Texts
from .picture_denials import _attach_denials, _denies, _denies_event, _split_negated
from .picture_merge import _Compat, _group_of, _merge_across, _refine

MAX_BLOCK = 80  # event mentions clustered together at most (pairwise cost)
_NONE: frozenset[str] = frozenset()


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
    # first mention holding the same key (UnionFind.join_shared: the same sets as testing
    # every pair); the groups come in the order of their first mention, each in the
    # cluster's order, whatever the roots
    if len(cluster) == 1:
        return [cluster]
    sets: UnionFind[int] = UnionFind(cluster)
    sets.join_shared(cluster, lambda i: ((mentions[i][0].doc, mentions[i][1].sent),
                                         *name_words[i]))
    return list(sets.groups(cluster).values())


# what _Prepared made of each report at this process's last link: doc -> (extraction, the
# inputs it read besides, its entries). A report whose extraction is the same object (the
# store's decoded extractions are kept by content digest: the same bytes, the same frozen
# object) and whose other inputs are equal gives equal entries, so they are taken as they are
# (``sitroom serve --watch`` links again after every dropped file). Holds the last link's
# reports only. A full relink reads nothing kept (docs/scale.md): a link whose part memo
# reads nothing stored (``blockcache.Memo(None)``, as ``incremental.update(full=True)`` binds
# it) makes every report afresh, and keeps what it made for the next link.
_KEPT: dict[str, tuple[Any, tuple, list[tuple]]] = {}


class _Prepared:
    """Each event mention of the picture with what the clusterer and the merging read of it:
    its resolved arguments, its features, the words of the names of its sentence (each
    name's words, and all of them) and of the places of its sentence."""

    def __init__(self, extractions, mention_actor, place_of, T: _Texts, names, story_of):
        global _KEPT
        self.mentions: list[_Mention] = []
        self.name_sets: list[tuple[frozenset[str], ...]] = []
        self.name_words: list[frozenset[str]] = []
        self.place_words: list[frozenset[str]] = []
        bases: list[str] = []
        args: list[tuple[tuple[str, ...], tuple[str, ...], str]] = []
        # the words of a set of names, once per distinct set (the sentences of thousands of
        # reports name the same few actors and places): the same sets as computing each
        words_of: dict[frozenset[str], tuple[tuple[frozenset[str], ...], frozenset[str]]] = {}

        def words(names_: frozenset[str]) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
            if (got := words_of.get(names_)) is None:
                sets = _name_sets(set(names_))
                got = words_of[names_] = sets, frozenset().union(*sets)
            return got

        kept, fresh = ({} if _full_relink() else _KEPT), {}
        for ex in extractions:
            if not ex.events:
                continue
            doc = ex.doc
            # everything the entries read besides the extraction: its mentions' actor and
            # place ids and their names (an event's argument outside its report's mentions
            # too, however unlikely), its story, and its text when a mention has no sentence
            # text of its own
            na, npl = len(ex.actors), len(ex.places)
            ids = (tuple(mention_actor.get((doc, mi)) for mi in range(na)),
                   tuple(place_of.get((doc, pi)) for pi in range(npl)),
                   tuple((mention_actor.get((doc, e.actor)), mention_actor.get((doc, e.recipient)),
                          place_of.get((doc, e.place))) for e in ex.events
                         if not (e.actor is None or 0 <= e.actor < na)
                         or not (e.recipient is None or 0 <= e.recipient < na)
                         or not (e.place is None or 0 <= e.place < npl)))
            key = (ids, tuple(names.get(i) for i in (*ids[0], *ids[1], *(
                       i for row in ids[2] for i in row))),
                   story_of.get(doc, doc),
                   T.texts.get(doc) if any(not e.sentence_text for e in ex.events) else None)
            was = kept.get(doc)
            if was is not None and was[0] is ex and was[1] == key:
                entries = was[2]
            else:
                entries = _entries(ex, mention_actor, place_of, T, names, key[2], words)
            fresh[doc] = (ex, key, entries)
            for m, base, arg, ns, nw, pw in entries:
                self.mentions.append(m)
                bases.append(base)
                args.append(arg)
                self.name_sets.append(ns)
                self.name_words.append(nw)
                self.place_words.append(pw)
        _KEPT = fresh
        # each mention's block, known before its features are made (no copy of them per block)
        topics = _block_topics(bases, self.mentions)
        self.feats = [
            MentionFeatures(
                key=str(i), doc=ex.doc, topic=topic,
                trigger=e.trigger, lemma=(e.trigger.split() or [""])[0], sentence=sentence,
                actors=actors, places=places, date=(e.date or "")[:10] or None, type=e.type)
            for i, ((ex, e, *_), topic, (actors, places, sentence))
            in enumerate(zip(self.mentions, topics, args))]


def forget_kept() -> None:
    """Keep no report's entries for a next link (after a full relink, whose decoded
    extractions are not kept either: no entry could be taken again)."""
    global _KEPT
    _KEPT = {}


def _full_relink() -> bool:
    """Whether the running link reads nothing stored (a full relink: its part memo fetches
    nothing), so nothing kept either."""
    memo = blockcache.memo()
    return memo is not None and memo.fetch is None


def _entries(ex, mention_actor, place_of, T: _Texts, names, story: str, words) -> list[tuple]:
    """:class:`_Prepared`'s entries of one report with events: for each event mention, the
    mention with its arguments resolved, its block's base, its arguments' names and sentence,
    the words of its sentence's names (each name's, and all) and of its sentence's places."""
    doc = ex.doc
    out: list[tuple] = []
    # the names in each sentence: what two mentions must share to be one happening
    in_sentence: dict[int, set[str]] = defaultdict(set)
    places_in: dict[int, set[str]] = defaultdict(set)
    for mi, m in enumerate(ex.actors):
        in_sentence[m.sent].add(names.get(mention_actor.get((doc, mi)), m.name))
    for pi, pm in enumerate(ex.places):
        places_in[pm.sent].add(names.get(place_of.get((doc, pi)), pm.name))
    for sent, ps in places_in.items():
        in_sentence[sent] |= ps
    # each sentence's names and places as one set, made once (its hash too): the
    # mentions of a sentence look their words up by it
    named = {sent: frozenset(ns) for sent, ns in in_sentence.items()}
    placed = {sent: frozenset(ps) for sent, ps in places_in.items()}
    for e in ex.events:
        actor = mention_actor.get((doc, e.actor)) if e.actor is not None else None
        recipient = (mention_actor.get((doc, e.recipient)) if e.recipient is not None
                     else None)
        place = place_of.get((doc, e.place)) if e.place is not None else None
        actors = tuple(names[a] for a in (actor, recipient) if a in names)
        places = (names[place],) if place in names else ()
        in_sent = named.get(e.sent, _NONE)
        ns, nw = words(in_sent if in_sent.issuperset(actors) and
                       in_sent.issuperset(places) else in_sent.union(actors, places))
        out.append((_Mention(ex, e, actor, recipient, place),
                    f"{story}|{'h' if e.historical else 'c'}",
                    (actors, places, e.sentence_text or T.sentence(doc, e.sent)[2]),
                    ns, nw, words(placed.get(e.sent, _NONE))[1]))
    return out


class _NamedAfter:
    """What a statement names after its verb, the same in every language: actor and place
    ids, and the types of the acts it governs ("denied that its aircraft fired"). A report's
    (start, key) of what each sentence names is gathered when one of its mentions is first
    asked about (only statements of clusters of two mentions or more are)."""

    def __init__(self, mention_actor, place_of):
        self.mention_actor = mention_actor
        self.place_of = place_of
        self.by_doc: dict[str, dict[int, list[tuple[int, str]]]] = {}

    def _of(self, ex) -> dict[int, list[tuple[int, str]]]:
        in_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
        doc, mention_actor, place_of = ex.doc, self.mention_actor, self.place_of
        for i, a in enumerate(ex.actors):
            if (aid := mention_actor.get((doc, i))) is not None:
                in_sent[a.sent].append((a.start, aid))
        for i, pm in enumerate(ex.places):
            if (pid := place_of.get((doc, i))) is not None:
                in_sent[pm.sent].append((pm.start, pid))
        for e in ex.events:
            in_sent[e.sent].append((e.start, f"T_{e.type}"))
        return in_sent

    def __call__(self, m: _Mention) -> list[str]:
        if (in_sent := self.by_doc.get(m.ex.doc)) is None:
            in_sent = self.by_doc[m.ex.doc] = self._of(m.ex)
        return [k for start, k in in_sent.get(m.event.sent, ()) if start >= m.event.end]


def _events(extractions, mention_actor, place_of, T: _Texts, doc_order, names, story_of,
            language_of: Callable[[_Mention], str] = lambda m: "en"):
    """Event mentions to events: the mentions the coreference model puts together (within a
    story, apart from history), joined across reports by their arguments, split where they
    cannot be one happening, with the denials of each; negated mentions apart. Gives the
    event records and (doc, trigger start) -> event id."""
    p = _Prepared(extractions, mention_actor, place_of, T, names, story_of)
    mentions, name_sets, name_words = p.mentions, p.name_sets, p.name_words
    texts = {ex.doc: T.texts.get(ex.doc, "") for ex in extractions}
    found = cluster_events(p.feats, doc_texts=texts) if p.feats else []
    clusters: list[dict[str, Any]] = []
    for keys in found:
        linked = _linked(sorted(int(k) for k in keys), mentions, name_words)
        for part in (q for group in linked for q in _split_by_day(group, mentions)):
            ms = [mentions[i] for i in part]
            clusters.append({"mentions": ms, "docs": list(dict.fromkeys(m.ex.doc for m in ms))})
    clusters = _merge_across(clusters, name_sets, p.place_words, mentions, name_words)

    named_after = _NamedAfter(mention_actor, place_of)
    clusters = _attach_denials(_refine(clusters, _Compat(names, language_of, named_after)),
                               story_of)
    clusters = [part for c in clusters for part in _split_negated(c)]
    clusters.sort(key=lambda c: (doc_order.get(c["mentions"][0].ex.doc, 0),
                                 c["mentions"][0].event.start))
    return _records(clusters, T, doc_order)


def shown_words(e0, told: list, attr: str) -> str | None:
    """The words shown for an event's actor or recipient (``attr``: "actor_text" or
    "recipient_text"): the representative telling's, else those of the first telling of the
    event that gives any. A telling with no doer's words does not hide another report's
    ("Several thousand people protested" and "a protest was held" told as one event)."""
    return getattr(e0, attr) or next((getattr(m.event, attr) for m in told
                                      if getattr(m.event, attr)), None)


def _records(clusters: list[dict], T: _Texts, doc_order: dict[str, int]
             ) -> tuple[list[dict[str, Any]], dict[tuple[str, int], str]]:
    """The event record of each cluster, and (doc, trigger start) -> event id."""
    events, event_of = [], {}

    def evidence(doc: str, e) -> dict[str, Any]:  # each sentence's text made once (T's)
        return T.evidence(doc, e.start, e.end, e.sent)

    for c in clusters:
        ms = c["mentions"]
        # the representative mention: most certain, with most arguments, most precise date
        told = [m for m in ms if not _denies(m)] or ms
        ex0, e0, a0, r0, p0 = max(
            told,
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
            "actor_text": shown_words(e0, told, "actor_text"),
            "recipient_text": shown_words(e0, told, "recipient_text"),
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
            "evidence": [evidence(m.ex.doc, m.event) for m in ms],
        }
        events.append(rec)
        for m in ms:
            event_of[(m.ex.doc, m.event.start)] = eid
    return events, event_of
