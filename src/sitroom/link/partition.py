"""Reports partitioned into groups whose linking could interact: the connected components of
a graph whose nodes are reports and whose edges are shared blocking keys.

A report's keys are everything through which the link stage may tie it to another report:
the keys its actor names are matched by (full name, surname, organisation key, every word of
a name), its places (geonames id and name), its quotes (the normalised text), the content
stems of its claims, its original (for a copy) and its story. Two reports with no chain of
shared keys between them can only meet through the picture's corpus-wide statistics (see
:data:`GLOBAL_COUPLINGS`).

The keys are stored in SQLite (``link_keys``, indexed by key) when the picture is written,
so the component of a new report is found through the index, without reading the archive
(:func:`sitroom.link.incremental.affected`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Extraction
from ..unionfind import UnionFind
from .actors import name_key, name_words, org_key, skeleton, translit
from .textsim import content_stems

# What ties every report to every other one, whatever keys they share: the picture is not a
# sum of independent parts while these hold (docs/scale.md "Incremental linking").
GLOBAL_COUPLINGS = (
    "framing: each outlet's distinctive terms are log-odds against the pooled counts of all "
    "outlets, so any new report changes every outlet's framing record",
    "claims: a stem is indexed only while it is in at most agreement.MAX_DF claims of the "
    "whole archive, so one new claim can remove a candidate pair anywhere",
    "actors: a surname alone joins a full name only while the surname is unambiguous in the "
    "whole archive",
    "stories: a report joins the story it is most like among all earlier reports, and its "
    "terms include actor ids that depend on the whole archive",
)


def doc_keys(ex: Extraction, copy_of: str | None = None, story: str | None = None
             ) -> set[str]:
    """The blocking keys of one report (see the module docstring)."""
    keys: set[str] = set()
    for m in ex.actors:
        for text in {m.name, m.text}:
            nk = name_key(text)
            if not nk:
                continue
            keys.add("a:" + org_key(text))
            ws = name_words(text)
            if len(ws) >= 2:
                keys.add(f"f:{skeleton(ws[0])}|{translit(ws[-1])}")
            for w in ws:
                keys.add("w:" + translit(w))
    for p in ex.places:
        if p.geonameid:
            keys.add(f"g:{p.geonameid}")
        nk = name_key(p.name)
        if nk:
            keys.add("p:" + nk)
            keys.update("w:" + translit(w) for w in name_words(p.name))
    for q in ex.quotes:
        qk = name_key(q.text)[:200]
        if qk:
            keys.add("q:" + qk)
    for c in ex.claims:
        keys.update("c:" + s for s in content_stems(c.text) if len(s) > 2)
    if copy_of:
        keys.add("d:" + copy_of)
    if story:
        keys.add("s:" + story)
    return keys


@dataclass(frozen=True)
class Partition:
    """Reports in groups; ``groups`` in the order of their first report (ingest order)."""

    groups: list[list[str]]

    @property
    def sizes(self) -> list[int]:
        return sorted((len(g) for g in self.groups), reverse=True)

    def summary(self) -> dict[str, Any]:
        sizes = self.sizes
        n = sum(sizes)
        return {"reports": n, "components": len(sizes),
                "largest": sizes[0] if sizes else 0,
                "largest_share": round(sizes[0] / n, 4) if n else 0.0,
                "singletons": sum(1 for s in sizes if s == 1)}


def components(docs: Iterable[str], keys: dict[str, set[str]],
               skip: Iterable[str] = ()) -> Partition:
    """The connected components of reports sharing a key; ``skip``: keys not counted (to
    measure what a coarser blocking would give)."""
    order = list(docs)
    skip = set(skip)
    sets: UnionFind[str] = UnionFind(order)
    first: dict[str, str] = {}
    for d in order:
        for k in keys.get(d, ()):
            if k in skip:
                continue
            if k in first:
                sets.join(d, first[k])
            else:
                first[k] = d
    return Partition(list(sets.groups(order).values()))


def common_keys(keys: dict[str, set[str]], share: float) -> set[str]:
    """Keys held by more than ``share`` of the reports (the names of the crisis itself)."""
    df = Counter(k for ks in keys.values() for k in ks)
    limit = share * max(1, len(keys))
    return {k for k, n in df.items() if n > limit}


def by_day(keys: dict[str, set[str]], day: dict[str, str]) -> dict[str, set[str]]:
    """Every key scoped to its report's publication day: what blocking by date window would
    give if nothing in the picture crossed days."""
    return {d: {f"{k}@{day.get(d, '')}" for k in ks} for d, ks in keys.items()}
