"""The statement pairs of :func:`sitroom.link.disputes.compare` kept in the part memo
(docs/scale.md, "Round 11, second wave: statement pairs kept").

What a compared pair makes (:data:`~sitroom.link.disputes.SECTIONS`: a link, or nothing) is a
pure function of its two statements and the key they share, and which pairs are compared, and
in which order, is a function of the statements in their order: pairs are found within groups
of one story, key and entity, sorted by the group's name, in each group among its first
:data:`~sitroom.link.disputes.MAX_GROUP` statements in order. So statements appended after
others leave every pair of the others as it was (a group only gains members after its old
ones, and the first ``MAX_GROUP`` of the old ones stay), and add only pairs that hold one of
them. The link keeps, under the digest of its statements in order (each report's by its key in
the memo), every pair that made something: its comparison, group, two statements and what it
made. The next link finds the outcome of the longest run of statements it shares with the
last from the first report (the statements before the first report whose statements it
computed), and judges only the pairs that hold a statement after them; the outcomes are put in
the order :func:`~sitroom.link.disputes.compare` meets them and each pair of sentences is
linked once, so the links are those :func:`~sitroom.link.disputes.compare` gives.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from . import blockcache
from .disputes import MAX_GROUP, SECTIONS, Statement, compare, nest_keys, once

KIND = "statement_pairs"
# an outcome kept: [comparison, group, i, j, kind, reason, first is i (1/0), value 1, value 2]
Entry = list[Any]


def chain(parts: list[tuple[str, int, bool]]) -> tuple[str, str, int]:
    """The digest of all the statements (of the reports ``parts``, in order), the digest of
    those before the first report computed now, and how many these are."""
    h = hashlib.sha1()
    prefix, n = None, 0
    for key, count, computed in parts:
        if computed and prefix is None:
            prefix = h.hexdigest()
        if prefix is None:
            n += count
        h.update(f"{key}:{count};".encode())
    whole = h.hexdigest()
    return whole, prefix if prefix is not None else whole, n


def judged(stmts: Sequence[Statement], old: int) -> list[Entry] | None:
    """Every pair of ``stmts`` holding a statement from index ``old`` on that makes something,
    as kept entries, in the order :func:`compare` meets them (None: two groups of the same
    name, whose order only their insertion tells)."""
    out: list[Entry] = []
    # a group is of one story and one entity (record, place): only the statements sharing a
    # story and an entity with one from ``old`` on can be in a group with a pair to judge, so
    # the others are not keyed (a group of those has all its members, in order)
    near = list(range(len(stmts)))
    if old:
        reach = {(story, e) for i in range(old, len(stmts)) for story, es in [_reach(stmts, i)]
                 for e in es}
        near = [i for i in range(old) if any((story, e) in reach for story, es in
                                             [_reach(stmts, i)] for e in es)
                ] + list(range(old, len(stmts)))
    for sec, (keys, nesting, judge) in enumerate(SECTIONS):
        groups = _keyed(stmts, near, sec, keys, nesting)
        named = sorted(((str(g), g[1], idx) for g, idx in groups.items()), key=lambda x: x[0])
        if len({n for n, _, _ in named}) != len(named):
            return None
        seen: set[tuple[int, int]] = set()
        for name, k, idx in named:
            if idx[min(len(idx), MAX_GROUP) - 1] < old:
                continue  # (indices increasing) no pair of the group holds a statement from old on
            members = sorted(set(idx[:MAX_GROUP]))
            for x, i in enumerate(members):
                for j in members[x + 1:]:
                    if j < old or (i, j) in seen or stmts[i].doc == stmts[j].doc:
                        continue
                    seen.add((i, j))
                    made = judge(stmts[i], stmts[j], k)
                    if made is not None:
                        kind, reason, first, _, v1, v2 = made
                        out.append([sec, name, i, j, kind, reason, int(first is stmts[i]), v1, v2])
    return out


def _keyed(stmts: Sequence[Statement], near: list[int], sec: int,
           keys: Callable[[Statement], list[str]], nesting: bool) -> dict[tuple, list[int]]:
    """:func:`~sitroom.link.disputes._groups` of the statements ``near`` (increasing) in
    comparison ``sec``, the keys of kept statements read as kept with them."""
    kept = getattr(stmts, "section_keys", None)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in near:
        ks = kept(i, sec) if kept else set(keys(stmts[i]))
        if not ks:
            continue
        s = stmts[i]
        for k in ks:
            for e in s.entities | s.records | (nest_keys(p for _, p in s.nest) if nesting
                                                else set()):
                groups[(s.story, k, e)].append(i)
    return groups


def _reach(stmts: Sequence[Statement], i: int) -> tuple[str | None, set[str]]:
    """The story of statement ``i`` and every entity it is grouped by in some comparison
    (:func:`~sitroom.link.disputes._groups`, with nesting), read without decoding it when
    the statements are kept ones."""
    raw = getattr(stmts, "raw", None)
    if raw is not None:
        v = raw[i]
        return v[8], {*v[9], *v[10], *nest_keys(p for _, p in (v[20] if len(v) > 20 else ()))}
    s = stmts[i]
    return s.story, set(s.entities | s.records) | nest_keys(p for _, p in s.nest)


def _peek(m: blockcache.Memo, material: str) -> list[Entry] | None:
    """The entries kept under ``material`` by the last link, read without keeping them."""
    key = m.key(KIND, material)
    text = m.used.get(key) or (m.fetch([key]).get(key) if m.fetch is not None else None)
    return json.loads(text) if text is not None else None


def compare_kept(stmts: Sequence[Statement], target: Callable[[Statement], str],
                 parts: list[tuple[str, int, bool]] | None) -> list[dict[str, Any]]:
    """:func:`compare`, judging only the pairs the last link did not (see the module); with no
    part memo running, or statements not keyed (``parts`` None), every pair."""
    m = blockcache.memo()
    if m is None or parts is None or sum(c for _, c, _ in parts) != len(stmts):
        return compare(stmts, target)
    whole, prefix, n = chain(parts)
    got = m.probe(KIND, [whole])
    if 0 in got:
        entries = got[0]
    else:
        old = _peek(m, prefix) if n else []
        if old is None:
            old, n = [], 0
        new = judged(stmts, n)
        if new is None:
            return compare(stmts, target)
        entries = m.keep(KIND, whole, sorted(old + new, key=lambda e: (e[0], e[1], e[2], e[3])))
    return once(outcomes(stmts, entries), target)


def outcomes(stmts: Sequence[Statement], entries: list[Entry]):
    """What the kept pairs made, as :data:`~sitroom.link.disputes.Outcome`."""
    for _, _, i, j, kind, reason, first_i, v1, v2 in entries:
        a, b = (stmts[i], stmts[j]) if first_i else (stmts[j], stmts[i])
        yield kind, reason, a, b, v1, v2
