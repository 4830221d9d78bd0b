"""Actor resolution kept between links: a pure addition resolved against the kept state.

:func:`sitroom.link.actors.resolve_actors` merges the document entities of the whole archive
(about 0.7 CPU s for 5,000 reports). Run inside a link with a part memo it runs here instead:
:class:`_Pass` holds the resolution's rules (their one home: ``actors._resolve`` is the pass
without the loops' snapshots; the body loops in :mod:`sitroom.link.actors_delta_bodies`), once
over every entity (the full resolution) and keeps, in the part memo,
what each rule's loop left (its index, the union-find's roots after it, the actor records) keyed
by a chain hash of the reports in order, as the stories are. When the reports are the stored
list plus reports after it, only the new reports' entities are passed through the loops, against
the kept indexes and the roots kept for the point each loop is at (the union keeps the smaller
root, so a new entity, of a higher index, never moves an old root).

That is the full resolution's answer only while no old decision can change. Each rule whose old
decisions read an index a new entity can add to keeps what the old decisions read ("watch" sets),
and the pass gives up (:class:`Fallback`, then the full resolution) on any doubt:

1. a full name new to the archive that an old headline run-on, an old surname-only entity or an
   old body named as a person looks up; a new entity joining two old groups (any loop);
2. (run-ons: the keys they look up are watched, 1);
3. a new honorific or chain gender, a new title, or a new bare-surname use for a root an old
   surname-only entity weighed, and (round 23) a new report naming in full a root an old
   surname-only entity was weighed against by the reports naming each bearer;
4. a body of the table with a country new to its concept, while an old entity of that concept
   took its country from the archive;
5. a short form an old body uses, or a new body name that is an old short form;
6. a name whose initials are an old acronym, a body whose key begins with the key an old short
   name weighed with fewer than two longer bodies, a new place-like member of an old group not
   place-like before, a new body name an old one-word person looks up;
7. (a body named as a person: its key is watched, 1);
8. an old actor whose chosen name changes (its id, and the ids after it, would change).

Removed, reordered or re-extracted reports break the chain: the full resolution.
docs/scale.md, "Round 17".
"""

from __future__ import annotations

import hashlib
from array import array
from typing import Any

from ..model import Extraction
from ..store_pack import content_digest
from ..unionfind import IndexSets
from . import blockcache
from .actors import (PERSONAL_KINDS, ActorResolution, DocEntity, _bare_words, _name_words,
                     _person_key, _pronoun, doc_entities, role_ending, skeleton, translit,
                     unnamed)
from .actors_delta_bodies import BodyLoops
from .actors_state import LOOPS, Fallback, State, records, resolution
from .actors_surnames import _Bearers, _gender_of, _surname_holder, _titles_of, said_gender

KIND = "actors_kept"
BEARER_PRONOUNS = 2  # he/she of a full name's chain that give its gender (round 23)
LOOK_BACK = 16  # chain positions probed for a kept state (more new reports: full resolution)


class _Overlay:
    """The union-find of a pass over new entities: an old entity's root is read from the roots
    the full resolution left after the current loop; new entities link among themselves and
    to old ones. Joining two old groups raises :class:`Fallback`."""

    def __init__(self, n: int):
        self.n = n
        self.roots: array = array("i")
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        n, parent = self.n, self.parent
        while x >= n:
            p = parent.setdefault(x, x)
            if p == x:
                return x
            x = p
        return self.roots[x]

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if b < a:
            a, b = b, a
        if b < self.n:
            raise Fallback("joins two old groups")
        self.parent[b] = a


class _Pass(BodyLoops):
    """The loops of the resolution over the entities ``lo..`` of ``ents`` (``lo`` 0: the full
    resolution, with a fresh state; else the new entities against the kept ``state``)."""

    def __init__(self, ents: list[DocEntity], extractions: list[Extraction], state: State,
                 lo: int, keep: bool = True):
        self.ents, self.exs, self.s, self.lo = ents, extractions, state, lo
        self.fast = lo > 0
        self.keep = keep  # False: only the last loop's roots (the records'), no snapshots
        self.uf: Any = _Overlay(lo) if self.fast else IndexSets(len(ents))
        self.new_ck: list[list[int]] = []

    def begin(self, k: int) -> None:
        if self.fast:
            self.uf.roots = self.s.ck[k]

    def end(self, k: int) -> None:
        if not self.keep and k < LOOPS - 1:
            return
        find = self.uf.find
        self.new_ck.append([find(i) for i in range(self.lo, len(self.ents))])

    def check(self, doubt: bool, why: str) -> None:
        if self.fast and doubt:
            raise Fallback(why)

    def run(self) -> None:  # noqa: C901 - the resolution's loops, in order
        ents, uf, s, rng = self.ents, self.uf, self.s, range(self.lo, len(self.ents))
        ex_of = {ex.doc: ex for ex in self.exs}
        # a role with no holder's name ("police spokesman") is matched with no other (round 21)
        persons = [i for i in rng if ents[i].kind in PERSONAL_KINDS and not unnamed(ents[i])]
        full = s.full
        added: list[tuple[str, ...]] = []
        role_keys: set[tuple[str, ...]] = set()  # keys of roles with a body ("X police chief")
        self.begin(0)
        for i in persons:
            e = ents[i]
            for nm in (e.names if len(e.names) == 1
                       else sorted(e.names, key=lambda n: (n != e.name, n))):
                if (k := _person_key(nm)) is not None:
                    if k in full:
                        uf.union(full[k], i)
                    else:
                        self.check(k in s.w_runon, "a new full name an old run-on looks up")
                        self.check(k[1] in s.w_sur,
                                   "a new full name of a surname an old entity bears alone")
                        self.check(k in s.w_bp, "a new full name an old body is named by")
                        full[k] = i
                        added.append(k)
                        if role_ending(nm):
                            role_keys.add(k)
        self.end(0)
        self.begin(1)
        for i in persons:
            w = _name_words(ents[i].name)
            if len(w) >= 3:
                k1, k2 = (skeleton(w[0]), translit(w[1])), (skeleton(w[-2]), translit(w[-1]))
                s.w_runon.add(k1)
                s.w_runon.add(k2)
                for j in (full.get(k1), full.get(k2)):
                    if j is not None:
                        uf.union(j, i)
        self.end(1)
        for fk in added:
            r = uf.find(full[fk])
            if fk not in role_keys:  # a role's noun is no surname ("X police chief": not "Chief")
                s.by_sur.setdefault(fk[1], set()).add(r)
            # (an old root gains a full name only through a key an old run-on reads: 1)
            self.check(r < self.lo and r not in s.with_full, "an old group gains a full name")
            s.with_full.add(r)
        self._bearers_and_holders(persons, ex_of)
        self._bodies(rng)

    def _bearers_and_holders(self, persons: list[int], ex_of: dict[str, Extraction]) -> None:
        ents, uf, s = self.ents, self.uf, self.s
        named_at: dict[str, list[tuple[int, int]]] = {}
        uses: set[tuple[int, str, str]] = set()
        naming: set[tuple[int, str]] = set()
        for i in persons:
            r = uf.find(i)
            if r not in s.with_full or (ex := ex_of.get(ents[i].doc)) is None:
                continue
            e = ents[i]
            g = set(_gender_of(e.names))
            t = _titles_of(e.names)
            mine: set[str] = set()
            pronouns: list[str] = []
            for m in e.mentions:
                text = ex.actors[m].text
                if _pronoun(text):
                    pronouns.append(text)
                    continue
                g |= _gender_of((text,))
                t |= _titles_of((text,))
                if len(w := _bare_words(text)) == 1:
                    mine.add(translit(w[0]))
                elif _person_key(text) is not None:
                    named_at.setdefault(e.doc, []).append((ex.actors[m].start, r))
            g |= said_gender(pronouns, BEARER_PRONOUNS)
            old = s.gender.get(r, set())
            self.check(r < self.lo and r in s.w_g and bool(g - old),
                       "a new honorific gender (or chain gender) for a root an old surname weighed")
            self.check(r < self.lo and any((r, x) in s.w_c for x in mine),
                       "a new bare-surname use for a root an old surname weighed")
            if g - old:
                s.gender[r] = old | g
            old_t = s.titles.get(r, set())
            self.check(r < self.lo and r in s.w_t and bool(t - old_t),
                       "a new title for a root an old surname weighed")
            if t - old_t:
                s.titles[r] = old_t | t
            if (r, e.doc) not in naming and len(e.names) > len(
                    [n for n in e.names if len(_bare_words(n)) == 1]):
                naming.add((r, e.doc))
                self.check(r < self.lo and r in s.w_n,
                           "a new report naming a root an old surname weighed by its reports")
                s.named[r] += 1
            for x in mine:
                if (r, e.doc, x) not in uses:
                    uses.add((r, e.doc, x))
                    s.called[r, x] += 1
        bearers = _Bearers({}, s.gender, named_at, s.called, s.titles, s.named)
        holders: list[tuple[int, int]] = []
        unheld: dict[str, list[int]] = {}
        for i in persons:
            w = _bare_words(ents[i].name)
            if len(w) != 1:
                continue
            e = ents[i]
            sur = translit(w[0])
            s.w_sur.add(sur)
            roots = {uf.find(r) for r in s.by_sur.get(sur, ())}
            ex = ex_of[e.doc]
            texts = [ex.actors[m].text for m in e.mentions]
            said = frozenset(said_gender(t for t in texts if _pronoun(t)))
            titled = frozenset(_titles_of([*e.names, *(t for t in texts if not _pronoun(t))]))
            if roots and (_gender_of(e.names) or said):
                s.w_g |= roots
            if roots and titled:
                s.w_t |= roots
            if len(roots) > 1:
                s.w_c |= {(r, sur) for r in roots}
            start = ex.actors[e.mentions[0]].start
            r, weighed = _surname_holder(e, start, roots, bearers, said, titled) if roots else (None, False)
            if weighed:
                s.w_n |= roots
            if r is not None:
                holders.append((r, i))
            else:
                unheld.setdefault(sur, []).append(i)
        self.begin(2)
        for r, i in holders:
            uf.union(r, i)
        self.end(2)
        self.begin(3)
        for sur, members in unheld.items():
            every = members if sur not in s.eq else [s.eq[sur], *members]
            first = min(every)
            if len(every) > 1:
                for m in members:
                    uf.union(first, m)
            s.eq[sur] = first
        self.end(3)


def _entities(extractions: list[Extraction], offset: int
              ) -> tuple[list[DocEntity], list[tuple[str, list[int | None], int]]]:
    ents: list[DocEntity] = []
    per_doc = []
    for ex in extractions:
        es, mention_entity = doc_entities(ex)
        per_doc.append((ex.doc, mention_entity, offset + len(ents)))
        ents.extend(es)
    return ents, per_doc


def resolve_full(extractions: list[Extraction], keep: bool = True
                 ) -> tuple[ActorResolution, State]:
    """The full resolution through :class:`_Pass`, with the state it leaves (``keep`` False:
    without the loops' snapshots, a state not to be kept)."""
    ents, per_doc = _entities(extractions, 0)
    s = State()
    p = _Pass(ents, extractions, s, 0, keep)
    p.run()
    s.n = len(ents)
    records(p.s, p.ents, p.lo, p.new_ck[-1], per_doc)
    s.ck = [array("i", c) for c in p.new_ck]
    return resolution(s), s


def resolve_added(state: State, added: list[Extraction]) -> ActorResolution:
    """The resolution of the kept list plus the reports ``added`` after it, ``state`` brought
    up to date (:class:`Fallback` when an old decision could change: ``state`` is then
    spoilt)."""
    known = {doc for doc, _ in state.mentions}
    if len({ex.doc for ex in added} | known) != len(known) + len(added):
        raise Fallback("a report already linked")
    ents, per_doc = _entities(added, state.n)
    if state.n == 0:
        raise Fallback("no kept entities")
    ents = [DocEntity("")] * state.n + ents  # old entities are never read, only counted
    p = _Pass(ents, added, state, state.n)
    p.run()
    records(p.s, p.ents, p.lo, p.new_ck[-1], per_doc)
    state.ck = [array("i", [*old, *new]) for old, new in zip(state.ck, p.new_ck)]
    state.n = len(ents)
    return resolution(state)


def _material(ex: Extraction) -> str:
    """What the resolution reads of one report, as text: the digest of its stored form when
    it was read from the store, else its mentions' fields and its places' countries."""
    digest = content_digest(ex)
    if digest is not None:
        return "x" + digest.hex()
    return blockcache.text_hash(repr((
        [(m.text, m.name, m.kind, m.role, m.coref_of, m.start) for m in ex.actors],
        [getattr(p, "country_code", None) for p in ex.places])))


def chain(extractions: list[Extraction]) -> list[str]:
    """The chain hash after each report (its id and :func:`_material`, and the ones before)."""
    out = []
    h = KIND
    for ex in extractions:
        h = hashlib.sha1(f"{h}\0{ex.doc}\0{_material(ex)}".encode()).hexdigest()
        out.append(h)
    return out


def resolve_kept(extractions: list[Extraction]) -> ActorResolution:
    """:func:`sitroom.link.actors.resolve_actors` through the running link's part memo: the
    kept state of the reports before the new ones extended when that is exact, else the full
    resolution; the state of the whole list kept for the next link."""
    m = blockcache.memo()
    if m is None or not extractions:
        return resolve_full(extractions)[0]
    keys = chain(extractions)
    found = m.probe(KIND, keys[-1:])
    if found:
        state = State.load(found[0])
        m.used.update(state.carry)
        return resolution(state)
    b0 = max(0, len(keys) - 1 - LOOK_BACK)
    back = keys[b0:-1]
    got = m.probe(KIND, back) if back else {}
    res = None
    if got:
        for at in got:
            m.used.pop(m.key(KIND, back[at]), None)  # only the new list's state is kept
        at, value = max(got.items())
        state = State.load(value)
        start = b0 + at + 1
        try:
            res = resolve_added(state, extractions[start:])
        except Fallback:
            res = None
    if res is None:
        res, state = resolve_full(extractions)
    m.used.update(state.carry)
    m.keep(KIND, keys[-1], state.dump(), give_back=False)
    return res
