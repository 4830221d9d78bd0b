"""Which claims bear on each other, extended by delta when a report adds claims.

:func:`sitroom.link.agreement.match_claims` finds the pairs of claims that share at least
``MIN_SHARED`` stems held by at most ``MAX_DF`` claims of the archive, then judges each pair
(:func:`sitroom.link.agreement.claim_pair_kind`, a function of the two claims alone). Over the
whole archive it walks every claim's stems. The pairs of a list of claims are kept in the part
memo under exactly what they depend on (each claim's report, polarity and text, in order).

An addition's claims are those of its latest report (by ``doc_order``). When the pairs of the
other claims are stored, the pairs of all of them are those stored (their positions mapped into
the longer list) plus the pairs a new claim is in, provided no stem two old claims can share
stops counting: a stem the new claims bring over ``MAX_DF`` while two to ``MAX_DF`` old claims
hold it (then the pairs are found afresh). A new claim's candidates are met through the old
claims holding its own stems only (one pass over the old claims' stem sets, intersected with
the new claims' stems). The pairs come in (i, j) order as :func:`match_claims` gives them, so
the picture is the one a full relink builds (``tests/test_speed_r16.py`` checks both on random
claims).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from typing import Any

from . import agreement as ag
from . import blockcache

Pair = tuple[int, int, str]


def material(claims: list[dict[str, Any]], which: list[int]) -> str:
    """What the pairs of the claims ``which`` (in that order) depend on: each one's report,
    polarity and text, hashed (each field's values joined by NUL and ended by U+0001, which
    none holds; else their JSON)."""
    picked = [claims[i] for i in which]
    h = hashlib.sha1()
    try:
        for field in ("doc", "polarity", "text"):
            values = [c[field] for c in picked]
            joined = "\0".join(values if field != "polarity" else map(repr, values))
            if joined.count("\0") != max(len(values) - 1, 0) or "\1" in joined:
                raise ValueError("a field holds a separator")
            h.update(joined.encode("utf-8", "surrogatepass") + b"\1")
    except (TypeError, ValueError):
        return "json:" + hashlib.sha1(json.dumps(
            [[c["doc"], c["polarity"], c["text"]] for c in picked], ensure_ascii=False,
            separators=(",", ":")).encode("utf-8", "surrogatepass")).hexdigest()
    return h.hexdigest()


def match_claims(claims: list[dict[str, Any]], doc_order: dict[str, int]) -> list[Pair]:
    """:func:`sitroom.link.agreement.match_claims`, through the running link's part memo and by
    delta from the stored pairs of all claims but those of the latest report."""
    memo = blockcache.memo()
    stems, denies = ag._claim_features(claims)
    if memo is None or not claims:
        return ag.match_claim_features(claims, stems, denies)
    whole = material(claims, list(range(len(claims))))
    found = memo.probe("claim_pairs", [whole])
    if 0 in found:
        return [(i, j, k) for i, j, k in found[0]]
    latest = max(sorted({c["doc"] for c in claims}), key=lambda d: doc_order.get(d, -1))
    new = [i for i, c in enumerate(claims) if c["doc"] == latest]
    old = [i for i, c in enumerate(claims) if c["doc"] != latest]
    pairs = None
    if old:
        prior = memo.probe("claim_pairs", [material(claims, old)])
        if 0 in prior:
            pairs = extend(prior[0], claims, stems, denies, old, new)
    if pairs is None:
        pairs = ag.match_claim_features(claims, stems, denies)
    memo.keep("claim_pairs", whole, pairs)
    return pairs


def extend(prior: list[list[Any]], claims: list[dict[str, Any]], stems: list[frozenset[str]],
           denies: list[bool], old: list[int], new: list[int]) -> list[Pair] | None:
    """The pairs of all ``claims`` from ``prior``, the pairs of the claims ``old`` (positions
    in that list), and the claims ``new`` (one report's); None when a stem shared by old claims
    stops counting (see the module docstring)."""
    wanted = frozenset().union(*(stems[j] for j in new))
    holders: dict[str, list[int]] = defaultdict(list)  # stem -> old claims holding it, in order
    for i in old:
        for s in stems[i] & wanted:
            holders[s].append(i)
    added = Counter(s for j in new for s in stems[j])
    df = {s: len(holders.get(s, ())) + added[s] for s in wanted}
    if any(2 <= len(holders.get(s, ())) <= ag.MAX_DF < df[s] for s in wanted):
        return None
    out = [(old[p], old[q], k) for p, q, k in prior]
    new_set = set(new)
    for j in new:
        shared: Counter[int] = Counter()
        for s in stems[j]:
            if df[s] <= ag.MAX_DF:
                shared.update(holders.get(s, ()))
        for i, n in shared.items():
            if n < ag.MIN_SHARED or i in new_set:
                continue  # the new claims are of one report: never a pair among themselves
            a, b = (i, j) if i < j else (j, i)
            kind = ag.claim_pair_kind(claims, stems, denies, a, b)
            if kind is not None:
                out.append((a, b, kind))
    out.sort(key=lambda p: (p[0], p[1]))
    return out
