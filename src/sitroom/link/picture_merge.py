"""Whether event mentions can be one happening, and merging events across reports
(:mod:`sitroom.link.picture`): related types, agreeing dates, no clashing participant, no
statements about different things; and the same actor, place or names on the same day."""

from __future__ import annotations

import marshal
from collections import defaultdict
from itertools import combinations
from collections.abc import Callable, Iterable

from .. import timeval
from ..model import DATED_BY_ENTRY, DATED_BY_TEXT
from ..unionfind import IndexSets
from . import blockcache
from . import crosslingual as xl
from .picture_base import QUAD_OF, _Mention, _name_sets, _names_shared
from .picture_denials import _after, _tail

# PLOVER types that reports of one happening use for each other ("seized the city" COERCE /
# "stormed the city" ASSAULT / "declared war on" THREATEN); other type pairs stay apart
TYPE_GROUPS = (
    frozenset({"ASSAULT", "COERCE", "THREATEN"}),
    frozenset({"AGREE", "CONCEDE", "COOPERATE"}),
    frozenset({"SUPPORT", "AID", "COOPERATE"}),
    frozenset({"RETREAT", "CONCEDE"}),
)


_RELATED = frozenset((a, b) for g in TYPE_GROUPS for a in g for b in g)


def types_related(a: str, b: str) -> bool:
    """Whether two PLOVER types can name one happening (the same, or one of TYPE_GROUPS)."""
    return a == b or (a, b) in _RELATED


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
        # their words and neutral keys by language, for :meth:`_tails_fit`
        self._words_in: dict[str, list[frozenset[str]]] = defaultdict(list)
        self._neutral_in: dict[str, list[frozenset[str]]] = defaultdict(list)
        # what was decided for a type, an actor or a recipient against the members so far
        # (many mentions share them; forgotten when a member brings a new one)
        self._type_ok: dict[str, bool] = {}
        self._actor_ok: dict[str, bool] = {}
        self._recipient_ok: dict[str, bool] = {}

    @staticmethod
    def _verbal_tail(compatible: _Compat, m: _Mention) -> xl.Tail | None:
        if not QUAD_OF.get(m.event.type, "").startswith("verbal"):
            return None
        tail = compatible.tail(m)
        return tail if len(tail.words) >= 2 else None

    def fits(self, m: _Mention, hours: tuple[float, float] | None,
             tail: xl.Tail | None) -> bool:
        c = self.compatible
        kind = m.event.type
        ok = self._type_ok.get(kind)
        if ok is None:
            ok = self._type_ok[kind] = all(types_related(kind, t) for t in self.types)
        if not ok:
            return False
        if hours is not None and self.lo is not None and self.hi is not None and not (
                hours[0] < self.hi and self.lo < hours[1]):
            return False
        if m.actor and self.actors:
            ok = self._actor_ok.get(m.actor)
            if ok is None:
                ok = self._actor_ok[m.actor] = not any(c.clash(m.actor, a) for a in self.actors)
            if not ok:
                return False
        if m.recipient and self.recipients:
            ok = self._recipient_ok.get(m.recipient)
            if ok is None:
                ok = self._recipient_ok[m.recipient] = not any(
                    c.clash(m.recipient, r) for r in self.recipients)
            if not ok:
                return False
        return tail is None or self._tails_fit(tail)

    def _tails_fit(self, tail: xl.Tail) -> bool:
        """``all(xl.tails_agree(t, tail) for t in self.tails)``, by language: in its own, a
        word in common with each; in another, a neutral key in common with each, or none on
        either side."""
        if any(map(tail.words.isdisjoint, self._words_in.get(tail.language, ()))):
            return False
        for language, neutrals in self._neutral_in.items():
            if language == tail.language:
                continue
            if any(map(tail.neutral.isdisjoint, neutrals)) if tail.neutral else any(neutrals):
                return False
        return True

    def add(self, m: _Mention, hours: tuple[float, float] | None,
            tail: xl.Tail | None) -> None:
        self.mentions.append(m)
        if m.event.type not in self.types:
            self.types.add(m.event.type)
            self._type_ok.clear()
        if hours is not None:
            self.lo = hours[0] if self.lo is None else max(self.lo, hours[0])
            self.hi = hours[1] if self.hi is None else min(self.hi, hours[1])
        if m.actor and m.actor not in self.actors:
            self.actors.add(m.actor)
            self._actor_ok.clear()
        if m.recipient and m.recipient not in self.recipients:
            self.recipients.add(m.recipient)
            self._recipient_ok.clear()
        if tail is not None:
            self.tails.append(tail)
            self._words_in[tail.language].append(tail.words)
            self._neutral_in[tail.language].append(tail.neutral)


def _refine(clusters: list[dict], compatible: _Compat) -> list[dict]:
    """Split every cluster into parts whose mentions are pairwise compatible: each mention
    (in report order) joins the first part it fits with entirely, else opens one.

    Through the running link's part memo (:mod:`sitroom.link.blockcache`), a cluster's parts
    are a pure function of what :class:`_Compat` reads of its mentions in their order
    (:func:`_refine_material`): a cluster an addition did not change is read, not split again."""
    memo = blockcache.memo()
    stored: dict[int, list[list[int]]] = {}
    material: dict[int, str] = {}
    if memo is not None:
        multi = [ci for ci, c in enumerate(clusters) if len(c["mentions"]) > 1]
        material = {ci: _refine_material(clusters[ci]["mentions"], compatible) for ci in multi}
        found = memo.probe("refine", [material[ci] for ci in multi])
        stored = {multi[i]: v for i, v in found.items()}
    out = []
    for ci, c in enumerate(clusters):
        ms = c["mentions"]
        if len(ms) == 1:  # nothing to split
            out.append({"mentions": list(ms), "docs": [ms[0].ex.doc]})
            continue
        groups = stored.get(ci)
        if groups is None:
            groups = _parts(ms, compatible)
            if memo is not None:
                groups = memo.keep("refine", material[ci], groups)
        for g in groups:
            part = [ms[i] for i in g]
            out.append({"mentions": part, "docs": list(dict.fromkeys(m.ex.doc for m in part))})
    return out


def _parts(ms: list[_Mention], compatible: _Compat) -> list[list[int]]:
    """:func:`_refine` of one cluster of two mentions or more: the positions of each part."""
    parts: list[_Part] = []
    positions: list[list[int]] = []
    for i, m in enumerate(ms):
        hours, tail = _hours(m.event), _Part._verbal_tail(compatible, m)
        k = next((k for k, p in enumerate(parts) if p.fits(m, hours, tail)), None)
        if k is None:
            k = len(parts)
            parts.append(_Part(compatible))
            positions.append([])
        parts[k].add(m, hours, tail)
        positions[k].append(i)
    return positions


def _refine_material(ms: list[_Mention], compatible: _Compat) -> str:
    """Everything :func:`_parts` reads of a cluster's mentions, in their order: type, own
    date and its source (the time span), actor and recipient ids and names (a clash), and
    for a statement its language, sentence, trigger and, when the cluster's statements are
    in two languages or more, the ids it names after its verb (its tail's neutral keys).

    Those ids are read only to compare statements in two languages: :meth:`_Part._tails_fit`
    reads the neutral keys of the members of another language than the mention's, so in a
    cluster whose statements are all in one language none is ever read and the parts do
    not depend on them; they are left out (not asked of ``named_after``, which gathers a
    report's names by sentence)."""
    names = compatible.names
    rows: list[tuple] = []
    verbal: list[tuple[int, _Mention]] = []
    for m in ms:
        e = m.event
        row: tuple = (e.type, e.date, e.date_source, m.actor, names.get(m.actor or ""),
                      m.recipient, names.get(m.recipient or ""))
        if QUAD_OF.get(e.type, "").startswith("verbal"):
            row += (compatible.language_of(m), e.sentence_text, e.trigger)
            verbal.append((len(rows), m))
        rows.append(row)
    if len({rows[i][7] for i, _ in verbal}) > 1:  # statements in two languages: their ids
        for i, m in verbal:
            rows[i] += (tuple(compatible.named_after(m)),)
    # its bytes as marshal writes them at version 2 (no back-references: equal values, equal
    # bytes), read as Latin-1 text: distinct rows give distinct text, a few times cheaper
    # than their repr
    return marshal.dumps(rows, 2).decode("latin-1")


def _group_of(event_type: str) -> str:
    """A key shared by related types (the first group holding the type, else the type)."""
    return next((min(g) for g in TYPE_GROUPS if event_type in g), event_type)


def _merge_across(clusters: list[dict], name_sets: list[tuple[frozenset[str], ...]],
                  place_words: list[frozenset[str]], mentions: list[_Mention],
                  name_words: list[frozenset[str]] | None = None) -> list[dict]:
    """Join events of different reports that the wording alone does not tie together but
    their arguments do, on the same day: the same actor doing the same kind of thing
    (related types, see TYPE_GROUPS); the same type of action at the same place by no clashing
    actors; or the same type of action with two names in common, one of them a place.
    ``name_words``: each mention's words of its names, all together (the union of its
    ``name_sets``, as ``_Prepared`` has them already), else made here."""
    index = {id(m): i for i, m in enumerate(mentions)}
    all_words: dict[int, frozenset[str]] = {}  # mention -> the words of its sentence's names

    def words_of(i: int) -> frozenset[str]:
        if name_words is not None:
            return name_words[i]
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
        a, b = x[1], y[1]
        wa, wb = words_of(a), words_of(b)
        # the place test first (set look-ups): a pair joined already needs no decision, and
        # joining it again would change nothing
        if not (place_words[a] & wb or place_words[b] & wa):
            continue
        if sets.find(x[0]) == sets.find(y[0]):
            continue
        if min(_names_shared(name_sets[a], name_sets[b]),
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

