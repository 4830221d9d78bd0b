"""How an event's sources relate, extended by delta when a report adds sources to it.

:func:`sitroom.link.agreement.relate` walks an event's sources in time order and, for each one
after the first, compares it with the sources in that order until a comparison gives a relation
(``agreement._compare``): every pair of the event's sources when they simply corroborate each
other, so relating the large events of a crisis costs the square of their sources. Its result
is decided by a **scan**: for each source (in time order) whether it is skipped (a report
already seen), and the first source it relates to with that relation, or none.

A report added to the archive adds its sources to a few events. The scan of an event's old
sources, kept in the part memo under a hash of those sources in time order, is extended with the new ones
(:func:`extend`): an old source's first relation can only move to a new source placed before
it in the time order, so each old source is compared with the new sources only; the new sources
are scanned in full. Then :func:`emit` gives the event's ``outlets``, ``disputed`` and links from
the scan exactly as ``relate`` does (``tests/test_incremental_relate.py`` checks both against
``relate`` on random sources). The extension applies only when the first source (the one that
reports the event) is an old one; otherwise the event is scanned afresh.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from . import agreement as ag
from . import blockcache

SKIP, NONE = -2, -1  # a source of a report already seen / a source relating to none


def time_order(sources: Sequence[ag.Source]) -> list[ag.Source]:
    """The sources in the order ``relate`` walks them (stable: ties keep the given order)."""
    return sorted(sources, key=lambda s: (s.time is None, s.time or 0.0))


def _skips(order: Sequence[ag.Source]) -> list[bool]:
    seen: set[str] = set()
    out = []
    for i, s in enumerate(order):
        out.append(i > 0 and s.doc in seen)
        seen.add(s.doc)
    return out


def _first_relation(order: Sequence[ag.Source], i: int, among: Sequence[int],
                    first: ag.Source) -> tuple[int, list[str] | None]:
    """The first position of ``among`` (ascending) whose source relates to ``order[i]``."""
    s = order[i]
    for j in among:
        e = order[j]
        if e.doc == s.doc or e.outlet == s.outlet:
            continue
        rel = ag._compare(e, s, first)
        if rel:
            return j, list(rel)
    return NONE, None


def scan(order: Sequence[ag.Source]) -> dict[str, list]:
    """The scan of sources in time order: ``hits[i]`` the position ``order[i]`` relates to
    (:data:`SKIP`, :data:`NONE` or a position), ``rels[i]`` the relation (kind, reason)."""
    hits: list[int] = [NONE] * len(order)
    rels: list[list[str] | None] = [None] * len(order)
    everything = range(len(order))
    for i, skipped in enumerate(_skips(order)):
        if i == 0:
            continue
        if skipped:
            hits[i] = SKIP
            continue
        hits[i], rels[i] = _first_relation(order, i, everything, order[0])
    return {"hits": hits, "rels": rels}


def extend(old: dict[str, list], old_order: Sequence[ag.Source],
           order: Sequence[ag.Source], new: set[int]) -> dict[str, list] | None:
    """The scan of ``order`` from the scan ``old`` of ``old_order``: ``order`` without the
    positions ``new`` is ``old_order`` (the new sources' reports are none of the old ones').
    None when the first source is new (every comparison is against the first's denial)."""
    if 0 in new or len(old["hits"]) != len(old_order):
        return None
    position = [i for i in range(len(order)) if i not in new]  # old position -> new
    added = sorted(new)
    first = order[0]
    hits: list[int] = [NONE] * len(order)
    rels: list[list[str] | None] = [None] * len(order)
    for p, q in enumerate(position):
        h = old["hits"][p]
        if p == 0 or h == SKIP:
            hits[q] = h if p else NONE
            continue
        at = position[h] if h >= 0 else len(order)
        j, rel = _first_relation(order, q, [k for k in added if k < at], first)
        if rel is None:
            j, rel = (at, old["rels"][p]) if h >= 0 else (NONE, None)
        hits[q], rels[q] = j, rel
    skips = _skips(order)
    everything = range(len(order))
    for q in added:
        if skips[q]:
            hits[q] = SKIP
        else:
            hits[q], rels[q] = _first_relation(order, q, everything, first)
    return {"hits": hits, "rels": rels}


def emit(record: dict[str, Any], order: Sequence[ag.Source], state: dict[str, list],
         links: list[dict[str, Any]]) -> None:
    """Fill ``outlets``/``disputed`` of ``record`` and append its links from the scan, as
    :func:`sitroom.link.agreement.relate` does."""
    outlets: dict[str, str] = record.setdefault("outlets", {})
    first = order[0]
    outlets.setdefault(first.outlet, "reports")
    for i in range(1, len(order)):
        h, rel = state["hits"][i], state["rels"][i]
        if h != SKIP:
            ag.apply_relation(record, first, order[i], order[h] if h >= 0 else None, rel, links)
    record.setdefault("disputed", False)


def material(sources: Sequence[ag.Source]) -> str:
    """What a scan depends on: the sources in time order, every field."""
    return json.dumps([[s.doc, s.outlet, s.time, s.text, s.negative, s.evidence]
                       for s in sources], ensure_ascii=False, separators=(",", ":"))


def relate_all(records: list[dict[str, Any]], sources: list[list[ag.Source]],
               doc_order: dict[str, int], links: list[dict[str, Any]]) -> None:
    """``relate`` of every record with its sources, through the running link's part memo:
    a record whose sources are stored is emitted from its stored scan; one whose sources are
    the stored ones plus those of its latest report (by ``doc_order``) extends that scan;
    any other is scanned in full. Each scan is stored under its sources."""
    memo = blockcache.memo() or blockcache.Memo()
    # a scan is a function of the sources in time order: keyed by them in that order, so a
    # picture that lists an event's sources in another order finds it all the same
    orders = [time_order(ss) for ss in sources]
    materials = [material(order) for order in orders]
    states = memo.probe("relate_scan", materials)
    missing = [i for i in range(len(records)) if i not in states and sources[i]]
    before: dict[int, list[ag.Source]] = {}
    for i in missing:
        latest = max((s.doc for s in sources[i]), key=lambda d: doc_order.get(d, -1))
        rest = [s for s in orders[i] if s.doc != latest]  # still in time order (stable)
        if rest:
            before[i] = rest
    wanted = list(before)
    found = memo.probe("relate_scan", [material(before[i]) for i in wanted])
    prior = {wanted[k]: v for k, v in found.items()}
    for i in missing:
        order = orders[i]
        state = None
        if i in prior:
            latest_docs = {s.doc for s in sources[i]} - {s.doc for s in before[i]}
            state = extend(prior[i], before[i], order,
                           {q for q, s in enumerate(order) if s.doc in latest_docs})
        states[i] = memo.keep("relate_scan", materials[i], state or scan(order))
    # the links found are handed on as JSON gives them back, as the memo's values always
    # were: one round trip for a run of records (the same links in the same order)
    found_links: list[dict[str, Any]] = []
    for i, rec in enumerate(records):
        if not sources[i]:
            _hand_on(found_links, links)
            ag.relate(rec, sources[i], links)  # as relate does (it fails on no source)
            continue
        emit(rec, orders[i], states[i], found_links)
    _hand_on(found_links, links)


def _hand_on(found: list[dict[str, Any]], links: list[dict[str, Any]]) -> None:
    """``found`` appended to ``links`` through a JSON round trip, then emptied."""
    if found:
        links.extend(json.loads(json.dumps(found, ensure_ascii=False)))
        found.clear()
