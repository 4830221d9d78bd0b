"""The body loops of :class:`sitroom.link.actors_delta._Pass` (table keys, names and short
forms, initials and acronyms, longer names, one-word persons, bodies named as persons), the
same decisions in the same order as the people's loops before them (docs/scale.md,
"Round 17")."""

from __future__ import annotations

from typing import Any

from ..lang import bodies as _bodies
from ..model import Extraction
from . import blockcache
from .actors import (ORGAN_KEYS, PERSONAL_KINDS, DocEntity, _acronym, _cross_report_names,
                     _initials, _is_place, _memo_names, _name_words, _person_key, org_key,
                     translit, unnamed)
from .actors_state import State


def _memo_carry(kind: str, names: list[str], fn, carry: dict[str, str]) -> dict[str, Any]:
    """:func:`sitroom.link.actors._memo_names`, the memo values used kept in ``carry`` (so a
    pass over new reports keeps the old names' values in the memo, as a full pass does)."""
    values = _memo_names(kind, names, fn)
    m = blockcache.memo()
    if m is not None:
        for n in values:
            k = m.key(kind, n)
            if k in m.used:
                carry[k] = m.used[k]
    return values


class BodyLoops:
    """The body loops of the pass; ``begin``/``end``/``check`` and the union-find are the
    pass's (:class:`sitroom.link.actors_delta._Pass`)."""

    ents: list[DocEntity]
    exs: list[Extraction]
    s: State
    lo: int
    uf: Any

    def begin(self, k: int) -> None:
        raise NotImplementedError

    def end(self, k: int) -> None:
        raise NotImplementedError

    def check(self, doubt: bool, why: str) -> None:
        raise NotImplementedError

    def _entity_keys(self, rng: range) -> dict[int, str | None]:
        """:func:`sitroom.lang.bodies.entity_keys` of the entities ``rng`` (each name's table
        match read from the part memo), the archive's
        countries of each concept kept."""
        ents, s = self.ents, self.s
        names = {i: ([] if ents[i].kind == "person" else list(ents[i].names)
                     if len(ents[i].names) == 1
                     else sorted(ents[i].names, key=lambda n: -ents[i].names[n])) for i in rng}
        match = _memo_carry("body", [n for ns in names.values() for n in ns], _bodies.match,
                            s.carry)
        places = {ex.doc: ex.places for ex in self.exs}
        country: dict[str, str | None] = {}
        found: dict[int, tuple[str, str | None]] = {}
        for i, ns in names.items():
            hit = next((m for m in map(match.__getitem__, ns) if m), None)
            if not hit:
                continue
            code = hit[1]
            if code is None and ents[i].doc in places:
                doc = ents[i].doc
                if doc not in country:
                    country[doc] = _bodies.dominant_country(places[doc])
                code = country[doc]
            found[i] = (hit[0], code)
        for concept, code in found.values():
            if code:
                codes = s.concepts.setdefault(concept, set())
                self.check(code not in codes and concept in s.no_code,
                           "a concept's new country, old entities of it taking the archive's")
                codes.add(code)
        out: dict[int, str | None] = {}
        for i in rng:
            if i not in found:
                out[i] = None
                continue
            concept, code = found[i]
            if code is None:
                s.no_code.add(concept)
                if len(s.concepts.get(concept, ())) == 1:
                    code = next(iter(s.concepts[concept]))
            out[i] = f"body:{concept}:{code or ''}"
        return out

    def _bodies(self, rng: range) -> None:  # noqa: C901 - the resolution's body loops
        ents, uf, s = self.ents, self.uf, self.s
        keyed = self._entity_keys(rng)
        old_shorts = set(s.w_shorts)
        shorts: dict[str, set[int]] = {}
        self.begin(4)
        for i in rng:
            e = ents[i]
            if e.kind in PERSONAL_KINDS:
                continue
            full_names, short_names = _cross_report_names(e)
            for nm in full_names:
                key = keyed[i] or org_key(nm)
                if not key:
                    continue
                if key in s.others:
                    uf.union(s.others[key], i)
                else:
                    self.check(key in old_shorts, "a new body name that is an old short form")
                    self.check(key in s.w_sw, "a new body name an old one-word person reads")
                    s.others[key] = i
                    if e.kind == "state":
                        s.state_ents.add(i)
            for nm in short_names:
                k = org_key(nm)
                self.check(k in old_shorts, "a short form an old body uses")
                shorts.setdefault(k, set()).add(i)
        self.end(4)
        self.begin(5)
        for key, users in shorts.items():
            roots = {uf.find(j) for j in users}
            if len(roots) == 1 and key in s.others:
                uf.union(s.others[key], next(iter(roots)))
            s.w_shorts.add(key)
        self.end(5)
        is_place = _memo_carry("place", [n for i in rng if ents[i].kind not in PERSONAL_KINDS
                                         for n in ents[i].names], _is_place, s.carry)
        self._join_bodies(rng, is_place)
        self.begin(10)
        for i in rng:
            e = ents[i]
            if e.kind in PERSONAL_KINDS or any(is_place[n] for n in e.names):
                continue
            keys = set(map(_person_key, e.names))
            if len(keys) == 1 and (pk := keys.pop()) is not None:
                s.w_bp.add(pk)
                if pk in s.full:
                    uf.union(s.full[pk], i)
        self.end(10)

    def _join_bodies(self, rng: range, is_place: dict[str, Any]) -> None:
        ents, uf, s = self.ents, self.uf, self.s
        bodies = [i for i in rng if ents[i].kind not in PERSONAL_KINDS]
        old_acr = set(s.w_acr)
        self.begin(6)
        for i in bodies:
            for nm in ents[i].names:
                ini = _initials(nm)
                if len(ini) >= 2:
                    self.check(ini in old_acr, "initials an old acronym reads")
                    s.by_initials.setdefault(ini, set()).add(uf.find(i))
                    last = _name_words(nm)[-1:] or ("",)
                    key = (ini, translit(last[0]))
                    if len(ini) >= 3 and ents[i].kind != "state":
                        if key in s.long_by:
                            uf.union(s.long_by[key], i)
                        else:
                            s.long_by[key] = i
        self.end(6)
        self.begin(7)
        for i in bodies:
            acr = next((a for a in map(_acronym, ents[i].names) if a), "")
            if acr and len(ents[i].names) == 1:
                s.w_acr.add(acr)
                roots = {uf.find(r) for r in s.by_initials.get(acr, ())} - {uf.find(i)}
                if len(roots) == 1:
                    uf.union(next(iter(roots)), i)
        self.end(7)
        keys = {i: tuple(org_key(ents[i].name).split()) for i in bodies}
        old_pre = set(s.w_pre)
        for i, k in keys.items():
            if k and k[-1] in ORGAN_KEYS:
                continue  # an organ of a shorter name's body is never its longer form
            for n in range(1, len(k)):
                self.check(k[:n] in old_pre, "a body longer than an old short name weighed")
                s.by_prefix.setdefault(k[:n], []).append(i)
        for i in bodies:
            if ents[i].kind in ("state", "group", "government") or any(
                    is_place[n] for n in ents[i].names):
                r = uf.find(i)
                self.check(r < self.lo and r not in s.placeish, "an old group made place-like")
                s.placeish.add(r)
        placeish = s.placeish
        self.begin(8)
        for i, k in keys.items():
            if not k or uf.find(i) in placeish or _acronym(ents[i].name):
                continue
            longer: set[int] = set()
            for b in s.by_prefix.get(k, ()):
                r = uf.find(b)
                if r not in placeish:
                    longer.add(r)
                    if len(longer) > 1:
                        break
            if len(longer) < 2:
                s.w_pre.add(k)
            if len(longer) == 1 and uf.find(i) not in longer:
                uf.union(next(iter(longer)), i)
        self.end(8)
        self.begin(9)
        for i in range(self.lo, len(ents)):
            e = ents[i]
            if e.kind in PERSONAL_KINDS and all(len(_name_words(n)) == 1 for n in e.names) \
                    and not unnamed(e):
                word = org_key(e.name)
                s.w_sw.add(word)
                j = s.others.get(word)
                if j is not None and j not in s.state_ents:
                    uf.union(j, i)
        self.end(9)
