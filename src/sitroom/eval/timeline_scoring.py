"""SemEval-2015 Task 4 track A timelines as graphs, and their scorer (temporal awareness,
UzZaman & Allen 2011): the closure and the reduced graph of a timeline, precision and recall
over the target entities; and the gold timelines read from their files."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Sequence

from ..errors import InputError


Row = tuple[int, str, tuple[str, ...]]  # (ordinal, date, event ids)
Relation = tuple[str, str, str]  # (a, "=", b) with a < b, or (a, "<", b)

UNKNOWN_DATE = "XXXX-XX-XX"
_DATE_FIELD = re.compile(r"^\d{4}-[\dX]{2}-[\dX]{2}$")
_ID_FIELD = re.compile(r"^\d+-\d+-\S+$")


# ---------------------------------------------------------------- graph and scorer


def timeline_graph(rows: Iterable[Row]) -> tuple[set[str], list[Relation]]:
    """The nodes and relations of one timeline (module docstring: lines, dates, duplicates).

    Relations between consecutive ordinals only: their closure equals that of the all-pairs
    graph, which is all the scorer uses.
    """
    placed: dict[str, int] = {}
    by_ord: dict[int, list[str]] = defaultdict(list)
    dates: dict[int, set[str]] = defaultdict(set)
    for ordinal, value, ids in rows:
        for e in ids:
            if _DATE_FIELD.match(e) or placed.setdefault(e, ordinal) != ordinal:
                continue
            if e not in by_ord[ordinal]:
                by_ord[ordinal].append(e)
            if value and value != UNKNOWN_DATE:
                dates[ordinal].add(f"date:{value}")
    rels: list[Relation] = []
    nodes: set[str] = set()
    ordinals = sorted(o for o in by_ord if by_ord[o])
    for o in ordinals:
        members = by_ord[o] + sorted(dates[o])
        nodes.update(members)
        rels.extend((members[0], "=", m) for m in members[1:])
    for a, b in zip(ordinals, ordinals[1:]):
        rels.append((by_ord[a][0], "<", by_ord[b][0]))
    return nodes, rels


@dataclass(frozen=True)
class _Order:
    """A graph solved: node -> class, class -> members, class -> classes strictly after it."""

    cls: dict[str, int]
    members: dict[int, list[str]]
    after: dict[int, set[int]]


def _solve(nodes: set[str], rels: Sequence[Relation]) -> _Order:
    parent = {n: n for n in nodes}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, r, b in rels:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        if r == "=":
            parent[find(a)] = find(b)
    roots = sorted({find(n) for n in parent})
    cid = {r: i for i, r in enumerate(roots)}
    succ: dict[int, set[int]] = defaultdict(set)
    for a, r, b in rels:
        if r == "<":
            succ[cid[find(a)]].add(cid[find(b)])
    reach = {c: _reachable(succ, c) for c in cid.values()}
    # a BEFORE cycle: classes reaching each other become one class
    merged = {c: min(d for d in reach[c] | {c} if c in reach[d] or d == c) for c in reach}
    members: dict[int, list[str]] = defaultdict(list)
    cls = {}
    for n in parent:
        c = merged[cid[find(n)]]
        cls[n] = c
        members[c].append(n)
    after = {c: {merged[d] for d in reach[c]} - {c} for c in set(merged.values())}
    return _Order(cls, {c: sorted(m) for c, m in members.items()}, after)


def _reachable(succ: dict[int, set[int]], c: int) -> set[int]:
    seen: set[int] = set()
    stack = list(succ[c])
    while stack:
        d = stack.pop()
        if d not in seen:
            seen.add(d)
            stack.extend(succ[d])
    return seen


def _eq(a: str, b: str) -> Relation:
    return (a, "=", b) if a < b else (b, "=", a)


def closure(nodes: set[str], rels: Sequence[Relation]) -> set[Relation]:
    """Every relation the graph implies: SIMULTANEOUS within a class, BEFORE across classes."""
    o = _solve(nodes, rels)
    out: set[Relation] = set()
    for c, ms in o.members.items():
        out.update(_eq(a, b) for i, a in enumerate(ms) for b in ms[i + 1:])
        for d in o.after[c]:
            out.update((a, "<", b) for a in ms for b in o.members[d])
    return out


def _centre(members: list[str]) -> str:
    dates = [m for m in members if m.startswith("date:")]
    return dates[0] if dates else members[0]


def _first_event(members: list[str]) -> str:
    events = [m for m in members if not m.startswith("date:")]
    return events[0] if events else members[0]


def reduced(nodes: set[str], rels: Sequence[Relation]) -> set[Relation]:
    """A minimum graph with the same closure (the fixed choice of the module docstring)."""
    o = _solve(nodes, rels)
    out: set[Relation] = set()
    for c, ms in o.members.items():
        centre = _centre(ms)
        out.update(_eq(centre, m) for m in ms if m != centre)
        covering = {d for d in o.after[c]
                    if not any(d in o.after[m] for m in o.after[c] if m != d)}
        out.update((_first_event(ms), "<", _first_event(o.members[d])) for d in covering)
    return out


def awareness_counts(gold: Iterable[Row], system: Iterable[Row]) -> tuple[int, int, int, int]:
    """One timeline's counts: (|red(sys) ∩ clo(gold)|, |red(sys)|, |red(gold) ∩ clo(sys)|,
    |red(gold)|)."""
    g_nodes, g_rels = timeline_graph(gold)
    s_nodes, s_rels = timeline_graph(system)
    g_red, g_clo = reduced(g_nodes, g_rels), closure(g_nodes, g_rels)
    s_red, s_clo = reduced(s_nodes, s_rels), closure(s_nodes, s_rels)
    return len(s_red & g_clo), len(s_red), len(g_red & s_clo), len(g_red)


def score(gold: dict[str, list[Row]], system: dict[str, list[Row]]) -> dict[str, float]:
    """Micro-averaged temporal awareness over the entities of ``gold`` (module docstring).

    A system timeline for an entity absent from ``gold`` counts against precision.
    """
    pn = pd = rn = rd = 0
    for entity in sorted(set(gold) | set(system)):
        a, b, c, d = awareness_counts(gold.get(entity, []), system.get(entity, []))
        pn, pd, rn, rd = pn + a, pd + b, rn + c, rd + d
    p = pn / pd if pd else 0.0
    r = rn / rd if rd else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "n_system_relations": pd, "n_gold_relations": rd}


# ---------------------------------------------------------------- reading the corpus


def read_timeline(path: Path) -> tuple[str, list[Row]]:
    """A timeline file: (entity on its first line, rows). Raises InputError when ill-formed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read timeline ({exc})") from exc
    if not lines:
        raise InputError(str(path), "empty timeline file", "the first line names the entity")
    rows: list[Row] = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[0].strip().isdigit():
            raise InputError(str(path), f"line {n} is not 'ordinal<TAB>date<TAB>ids'")
        ids = tuple(c.strip() for c in cols[2:] if _ID_FIELD.match(c.strip()))
        rows.append((int(cols[0]), cols[1].strip(), ids))
    return lines[0].strip(), rows
