"""Near-identical claims of different reports: the pairs a merge into one record would fold.

A wire story re-run by several outlets gives one claim per report with the same words, so the
sources matrix shows one row per report for one fact (docs/judgements/reading.md, E9). This
module finds those pairs (Jaccard share ``same_text`` of content stems in
``data/lexicon/claims.json``, the same figures, the same polarity), for the measure
`scripts/reading_upstream.py claims DB`. Folding them in the picture was built in round 17 and
not shipped: on the 40,539 claims of a 5,000-report generated archive the pass took 43-47 CPU s
(candidate lists of templated text grow with the archive), against a 2 s budget for a whole
addition; docs/quality.md "Reading the picture".
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from .. import lexicon
from .textsim import content_stems, numbers

def _same_text() -> float:
    return float(lexicon.table("claims", "limits")["same_text"])


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
