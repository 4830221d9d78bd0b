"""The figure links the claims' and events' checks made from two texts alone, decided again
with each figure's context (:func:`recheck_figures`, called by
:func:`sitroom.link.disputes.statement_links`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .disputes import (
    Statement, _falls_back, _fmt, _same_era, _takers_agree, figures_clash, quantities,
    same_owner, side)
from .disputes_money import money_key, total_key


def recheck_figures(links: list[dict[str, Any]], stmts: Sequence[Statement],
                    by_id: dict[str, dict[str, Any]], clock) -> None:
    """The figure links the claims' and events' checks made from two texts alone (reason
    ``number``, or a newer figure without its values) are decided again with each figure's
    context: the era of a pronoun's sentence before ("It
    killed 612 people" after "The last major quake was in February") and the scope of each
    figure. A link that does not hold is dropped, and the records it disputed or superseded
    are restored (corroborated by the other's outlet)."""
    places = getattr(stmts, "places", None)  # (statements kept: decoded only when met)
    where = places() if places else {(s.doc, s.sent): i for i, s in enumerate(stmts)}

    def at(doc: str, sent: int) -> Statement | None:
        i = where.get((doc, sent))
        return None if i is None else stmts[i]

    keep = []
    for ln in links:
        kind, reason = ln.get("kind"), ln.get("reason") or ""
        if not (kind == "contradicts" and reason == "number" or kind == "supersedes"
                and reason.startswith("newer figure (") and reason.endswith(")")
                and ":" not in reason):
            keep.append(ln)  # not a figure link of two texts alone (most links: read no further)
            continue
        ends: list[dict[str, Any]] = list(ln.get("evidence") or ())
        if not ends and kind == "supersedes":  # a newer figure of claims or of an event
            ends = [next((e for e in by_id.get(ln.get(k) or "", {}).get("evidence") or ()
                          if e.get("doc") == ln.get(k + "_doc")), {}) for k in ("to", "from")]
        if len(ends) != 2 or not all("doc" in e for e in ends):
            keep.append(ln)
            continue
        sa, sb = at(ends[0]["doc"], ends[0].get("sent", -1)), at(
            ends[1]["doc"], ends[1].get("sent", -1))
        if sa is None or sb is None or _same_era(sa, sb) and _takers_agree(sa, sb) and any(
                figures_clash(sa, sb, k) and (k not in (money_key(), total_key())
                                             or same_owner(sa, sb, k))
                for k in sorted(
                    {q.key for q in quantities(sa.text)} & {q.key for q in quantities(sb.text)})):
            keep.append(_fallen_back(ln, sa, sb, by_id) if kind == "supersedes"
                        and sa is not None and sb is not None else ln)
            continue
        _restore(ln, ends, by_id, clock)
    seen: set[tuple] = set()
    links[:] = []
    for ln in keep:  # a figure against another told once, though both checks made it
        key = (ln["kind"], ln["reason"], *((e.get("doc"), e.get("start")) for e in ln.get(
            "evidence") or ())) if ln.get("kind") == "contradicts" and ln.get("evidence") else None
        if key is None or key not in seen:
            links.append(ln)
        if key is not None:
            seen.add(key)


def _fallen_back(ln: dict[str, Any], sa: Statement, sb: Statement,
                 by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A newer figure of the claims' and events' checks that is a lower count of another
    outlet (:func:`_falls_back`) becomes a figure against the older one: the contradicts link
    with both sides, the older record disputed and no longer superseded."""
    for k in sorted({q.key for q in quantities(sa.text)} & {q.key for q in quantities(sb.text)}):
        clash = figures_clash(sa, sb, k)
        if clash is None or not _falls_back(sa, sb, clash[0], clash[1]):
            continue
        q1, q2 = _fmt(clash[0]), _fmt(clash[1])
        old = by_id.get(ln.get("to") or "")
        if old is not None:
            if old.get("superseded_by") == ln.get("from"):
                old["superseded_by"] = None
            old["disputed"] = True
            old.setdefault("outlets", {})[sb.outlet] = "contradicts"
        return {"kind": "contradicts", "from": sb.doc, "to": ln.get("to"), "against": sa.doc,
                "reason": f"number ({k}): {q1} vs {q2}", "evidence": [side(sa, q1), side(sb, q2)]}
    return ln


def _restore(ln: dict[str, Any], ends, by_id: dict[str, dict[str, Any]], clock) -> None:
    """Undo what a dropped figure link did to its records."""
    recs = [r for r in by_id.values() if any(
        (ev.get("doc"), ev.get("start")) in {(e["doc"], e["start"]) for e in ends}
        for ev in r.get("evidence") or ())] if ln["kind"] == "contradicts" else []
    for r in recs:
        outlets = r.get("outlets") or {}
        for e in ends:
            if outlets.get(clock.outlet(e["doc"])) == "contradicts":
                outlets[clock.outlet(e["doc"])] = "corroborates"
        r["disputed"] = "contradicts" in outlets.values()
    old = by_id.get(ln.get("to") or "")
    if ln["kind"] == "supersedes" and old is not None and old.get("superseded_by") == ln["from"]:
        old["superseded_by"] = None
