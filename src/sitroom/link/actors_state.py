"""The state :mod:`sitroom.link.actors_delta` keeps between links: what each loop of the actor
resolution left (packed union-find roots, each rule's index and the watch sets of what old
decisions read), the actor records' counts in first-use order and the mention map; as JSON for
the part memo (docs/scale.md, "Round 17")."""

from __future__ import annotations

import base64
from array import array
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .actors import ActorResolution, DocEntity, _actor_id, _kind_of, _name_words

LOOPS = 11  # the union-making loops, each with the roots it leaves kept
SEP = "\x1f"


class Fallback(Exception):
    """A new entity could change an old decision: resolve the whole list."""


def pair(k: tuple[str, ...]) -> str:
    return SEP.join(k)


def unpair(s: str) -> tuple[str, ...]:
    return tuple(s.split(SEP))


def pack(a: Iterable[int]) -> str:
    return base64.b64encode(array("i", a).tobytes()).decode("ascii")


def unpack(s: str) -> array:
    a = array("i")
    a.frombytes(base64.b64decode(s))
    return a


class State:
    """What the full resolution of a list of reports leaves, as the pass reads and extends it."""

    def __init__(self) -> None:
        self.n = 0
        self.ck: list[array] = [array("i") for _ in range(LOOPS)]
        self.full: dict[tuple[str, ...], int] = {}
        self.by_sur: dict[str, set[int]] = {}
        self.with_full: set[int] = set()
        self.gender: dict[int, set[str]] = {}
        self.titles: dict[int, set[str]] = {}
        self.named: Counter = Counter()
        self.called: Counter = Counter()
        self.eq: dict[str, int] = {}
        self.concepts: dict[str, set[str]] = {}
        self.no_code: set[str] = set()
        self.others: dict[str, int] = {}
        self.state_ents: set[int] = set()
        self.by_initials: dict[str, set[int]] = {}
        self.long_by: dict[tuple[str, ...], int] = {}
        self.by_prefix: dict[tuple[str, ...], list[int]] = {}
        self.placeish: set[int] = set()
        # what old decisions read (the watch sets)
        self.w_runon: set[tuple[str, ...]] = set()
        self.w_sur: set[str] = set()
        self.w_g: set[int] = set()
        self.w_t: set[int] = set()
        self.w_n: set[int] = set()
        self.w_c: set[tuple[int, str]] = set()
        self.w_bp: set[tuple[str, ...]] = set()
        self.w_shorts: set[str] = set()
        self.w_sw: set[str] = set()
        self.w_acr: set[str] = set()
        self.w_pre: set[tuple[str, ...]] = set()
        # the records: per actor [id, name, kind, names, kinds, roles, mentions, docs]
        self.actors: list[list[Any]] = []
        self.actor_of: array = array("i")
        self.mentions: list[list[Any]] = []  # [doc, [actor index or -1 per mention]]
        self.carry: dict[str, str] = {}  # the memo values of the name look-ups, kept used

    def dump(self) -> dict[str, Any]:
        packed: list[str] = []
        ref: list[int] = []
        for a in self.ck:
            s = pack(a)
            if not packed or packed[-1] != s:
                packed.append(s)
            ref.append(len(packed) - 1)
        return {
            "n": self.n, "ck": packed, "ck_ref": ref,
            "full": [[pair(k), v] for k, v in self.full.items()],
            "by_sur": {s: sorted(v) for s, v in self.by_sur.items()},
            "with_full": sorted(self.with_full),
            "gender": [[r, sorted(g)] for r, g in sorted(self.gender.items()) if g],
            "titles": [[r, sorted(t)] for r, t in sorted(self.titles.items()) if t],
            "named": sorted([r, c] for r, c in self.named.items()),
            "called": sorted([r, s, c] for (r, s), c in self.called.items()),
            "eq": self.eq,
            "concepts": {c: sorted(v) for c, v in self.concepts.items()},
            "no_code": sorted(self.no_code),
            "others": self.others, "state_ents": sorted(self.state_ents),
            "by_initials": {k: sorted(v) for k, v in self.by_initials.items()},
            "long_by": [[pair(k), v] for k, v in self.long_by.items()],
            "by_prefix": [[pair(k), v] for k, v in self.by_prefix.items()],
            "placeish": sorted(self.placeish),
            "w_runon": sorted(map(pair, self.w_runon)), "w_sur": sorted(self.w_sur),
            "w_g": sorted(self.w_g), "w_t": sorted(self.w_t), "w_n": sorted(self.w_n),
            "w_c": sorted([r, s] for r, s in self.w_c),
            "w_bp": sorted(map(pair, self.w_bp)), "w_shorts": sorted(self.w_shorts),
            "w_sw": sorted(self.w_sw), "w_acr": sorted(self.w_acr),
            "w_pre": sorted(map(pair, self.w_pre)),
            "actors": self.actors, "actor_of": pack(self.actor_of),
            "mentions": self.mentions, "carry": self.carry,
        }

    @classmethod
    def load(cls, v: dict[str, Any]) -> State:
        s = cls()
        s.n = v["n"]
        packed = [unpack(x) for x in v["ck"]]
        s.ck = [packed[i] for i in v["ck_ref"]]
        s.full = {unpair(k): j for k, j in v["full"]}
        s.by_sur = {k: set(x) for k, x in v["by_sur"].items()}
        s.with_full = set(v["with_full"])
        s.gender = {r: set(g) for r, g in v["gender"]}
        s.titles = {r: set(t) for r, t in v.get("titles", ())}
        s.named = Counter({r: c for r, c in v.get("named", ())})
        s.called = Counter({(r, x): c for r, x, c in v["called"]})
        s.eq = v["eq"]
        s.concepts = {c: set(x) for c, x in v["concepts"].items()}
        s.no_code = set(v["no_code"])
        s.others = v["others"]
        s.state_ents = set(v["state_ents"])
        s.by_initials = {k: set(x) for k, x in v["by_initials"].items()}
        s.long_by = {unpair(k): j for k, j in v["long_by"]}
        s.by_prefix = {unpair(k): x for k, x in v["by_prefix"]}
        s.placeish = set(v["placeish"])
        s.w_runon = set(map(unpair, v["w_runon"]))
        s.w_sur = set(v["w_sur"])
        s.w_g = set(v["w_g"])
        s.w_t = set(v.get("w_t", ()))
        s.w_n = set(v.get("w_n", ()))
        s.w_c = {(r, x) for r, x in v["w_c"]}
        s.w_bp = set(map(unpair, v["w_bp"]))
        s.w_shorts = set(v["w_shorts"])
        s.w_sw = set(v["w_sw"])
        s.w_acr = set(v["w_acr"])
        s.w_pre = set(map(unpair, v["w_pre"]))
        s.actors = v["actors"]
        s.actor_of = unpack(v["actor_of"])
        s.mentions = v["mentions"]
        s.carry = v["carry"]
        return s


def aggregate(ents: list[DocEntity], members: list[int], entry: list[Any] | None
               ) -> tuple[str, str, dict, dict, dict, int, dict]:
    """An actor's name, kind and counts in the order first used (``entry``: the kept counts
    of its old members, which come first)."""
    names: dict[str, int] = dict(entry[3]) if entry else {}
    kinds: dict[str, int] = dict(entry[4]) if entry else {}
    roles: dict[str, int] = dict(entry[5]) if entry else {}
    n_mentions = entry[6] if entry else 0
    docs: dict[str, None] = dict.fromkeys(entry[7]) if entry else {}
    for i in members:
        e = ents[i]
        for n, c in e.names.items():
            names[n] = names.get(n, 0) + c
        for n, c in e.kinds.items():
            kinds[n] = kinds.get(n, 0) + c
        for n, c in e.roles.items():
            roles[n] = roles.get(n, 0) + c
        n_mentions += len(e.mentions)
        docs[e.doc] = None
    kind = _kind_of(tuple(kinds.items()))
    name = max(names, key=lambda n: (len(_name_words(n)) if kind == "person"
                                     else names[n], names[n], len(n)))
    return name, kind, names, kinds, roles, n_mentions, docs


def entry_of(aid: str, name: str, kind: str, names: dict, kinds: dict, roles: dict, n: int,
           docs: dict) -> list[Any]:
    return [aid, name, kind, list(names.items()), list(kinds.items()), list(roles.items()), n,
            list(docs)]


def records(s: State, ents: list[DocEntity], lo: int, final: list[int],
            per_doc: list[tuple[str, list[int | None], int]]) -> None:
    """The actor records and the mention map of the state ``s`` after a pass over the entities
    ``lo..`` of ``ents`` (``final``: their roots after the last loop)."""
    clusters: dict[int, list[int]] = {}
    touched: dict[int, list[int]] = {}
    for i, r in zip(range(lo, len(ents)), final):
        if r < lo:
            touched.setdefault(s.actor_of[r], []).append(i)
        else:
            clusters.setdefault(r, []).append(i)
    for a, members in touched.items():
        entry = s.actors[a]
        name, kind, names, kinds, roles, n, docs = aggregate(ents, members, entry)
        if name != entry[1]:
            raise Fallback("an old actor's name changes")
        s.actors[a] = entry_of(entry[0], name, kind, names, kinds, roles, n, docs)
    used = {a[0] for a in s.actors}
    actor_of = list(s.actor_of)
    actor_of.extend([0] * (len(ents) - lo))
    for i, r in zip(range(lo, len(ents)), final):
        if r < lo:
            actor_of[i] = s.actor_of[r]
    for r in sorted(clusters):
        members = clusters[r]
        name, kind, names, kinds, roles, n, docs = aggregate(ents, members, None)
        aid = _actor_id(name, used)
        for i in members:
            actor_of[i] = len(s.actors)
        s.actors.append(entry_of(aid, name, kind, names, kinds, roles, n, docs))
    s.actor_of = array("i", actor_of)
    for doc, mention_entity, offset in per_doc:
        s.mentions.append([doc, [-1 if ei is None else actor_of[offset + ei]
                                 for ei in mention_entity]])


def resolution(s: State) -> ActorResolution:
    actors = []
    for aid, name, kind, names, _kinds, roles, n, docs in s.actors:
        actors.append({
            "id": aid, "name": name, "kind": kind,
            "aliases": sorted({x for x, _ in names} - {name}),
            "roles": [r for r, _ in Counter(dict(roles)).most_common(5)],
            "mentions": n, "docs": list(docs)})
    ids = [a[0] for a in s.actors]
    mention_actor: dict[tuple[str, int], str] = {}
    for doc, row in s.mentions:
        mention_actor.update({(doc, mi): ids[a] for mi, a in enumerate(row) if a >= 0})
    return ActorResolution(actors, mention_actor)
