"""Near-identical claims of several reports folded into one record.

A wire story re-run by several outlets gives one claim per report with the same words; each
was its own record, so the sources matrix showed one row per report for one fact ("reports"
by one outlet, "corroborates" by the others, three times over). Claims of different reports
whose content stems are near the same (Jaccard share ``same_text`` of
``data/lexicon/claims.json``), with the same figures and polarity, neither disputed nor
overtaken, are now one record: the earliest one kept, with every report in ``docs`` (first
report first) and every report's evidence; the links that named a folded claim name the kept
one. Candidates are found by prefix filtering (a pair that shares that share of its stems
shares one of the rarest stems of each), so the cost stays near linear in the claims.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from .. import lexicon
from ..unionfind import UnionFind
from .textsim import content_stems, numbers

# links that make a claim disputed or overtaken: such a claim keeps its own record
_KEEP_APART = frozenset({"contradicts", "supersedes"})


def _same_text() -> float:
    return float(lexicon.table("claims", "limits")["same_text"])


def _eligible(claims: list[dict[str, Any]], links: list[dict]) -> list[bool]:
    apart = {x for link in links if link["kind"] in _KEEP_APART
             for x in (link.get("from"), link.get("to"))}
    return [not c.get("disputed") and not c.get("superseded_by") and c["id"] not in apart
            for c in claims]


def near_identical(claims: list[dict[str, Any]], eligible: list[bool] | None = None
                   ) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of claims of different reports with near the same text: Jaccard
    share of content stems at least ``same_text``, the same figures, the same polarity."""
    limit = _same_text()
    ok = eligible or [True] * len(claims)
    stems = [frozenset(content_stems(c["text"])) for c in claims]
    df: Counter[str] = Counter(s for st in stems for s in st)
    index: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for i, st in enumerate(stems):
        if not ok[i] or not st:
            continue
        rare = sorted(st, key=lambda s: (df[s], s))
        prefix = rare[:len(st) - math.ceil(limit * len(st)) + 1]
        for s in prefix:
            for j in index[s]:
                pairs.add((j, i))
            index[s].append(i)
    out = []
    for j, i in sorted(pairs):
        a, b = claims[j], claims[i]
        if a["doc"] == b["doc"] or a["polarity"] != b["polarity"]:
            continue
        union = len(stems[i] | stems[j])
        if len(stems[i] & stems[j]) / union >= limit and numbers(a["text"]) == numbers(b["text"]):
            out.append((j, i))
    return out


def fold(claims: list[dict[str, Any]], links: list[dict], at: Callable[[dict], float]
         ) -> list[dict[str, Any]]:
    """The claims with each group of near-identical ones as one record (the earliest by
    ``at``, then by position); every claim gets ``docs``; ``links`` rewritten in place."""
    sets: UnionFind[int] = UnionFind(range(len(claims)))
    for i, j in near_identical(claims, _eligible(claims, links)):
        sets.join(sets.find(i), sets.find(j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[sets.find(i)].append(i)
    out, moved = [], {}
    for members in groups.values():
        members.sort(key=lambda k: (at(claims[k]), k))
        kept = claims[members[0]]
        kept["docs"] = [kept["doc"]]
        for k in members[1:]:
            other = claims[k]
            moved[other["id"]] = kept["id"]
            if other["doc"] not in kept["docs"]:
                kept["docs"].append(other["doc"])
            kept["evidence"] = kept["evidence"] + other["evidence"]
            for outlet, role in other.get("outlets", {}).items():
                # the later report's own outlet carries the kept claim: it corroborates
                kept.setdefault("outlets", {}).setdefault(
                    outlet, "corroborates" if role == "reports" else role)
        out.append((members[0], kept))
    out.sort(key=lambda x: x[0])
    if moved:
        _relink(links, moved, {c["id"]: c["doc"] for _, c in out})
    return [c for _, c in out]


def _relink(links: list[dict], moved: dict[str, str], doc_of: dict[str, str]) -> None:
    """Links to or from a folded claim name the kept one; a link that now joins a record to
    itself, or repeats another, is dropped."""
    seen = {(x["kind"], x.get("from"), x.get("to")) for x in links
            if x.get("from") not in moved and x.get("to") not in moved}
    keep = []
    for link in links:
        ends = [end for end in ("from", "to") if link.get(end) in moved]
        for end in ends:
            link[end] = moved[link[end]]
            if end == "to" and "first" in link:
                link["first"] = doc_of.get(link["to"], link["first"])
        key = (link["kind"], link.get("from"), link.get("to"))
        if ends and (link.get("from") == link.get("to") or key in seen):
            continue
        seen.add(key)
        keep.append(link)
    links[:] = keep
