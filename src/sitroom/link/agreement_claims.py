"""The claims of the agreement stage (:mod:`sitroom.link.agreement`, which still exports every
name here): each claim's content stems, whether it denies (:func:`denial`) and whether it is
stale (:func:`stale`: not happened yet, expected or planned), kept per report in the part memo
(:func:`claim_features`), and the pairs of claims of different documents that agree, deny or
discuss each other (:func:`match_claims`, an inverted index over rare stems so the cost stays
near linear). Split out of :mod:`sitroom.link.agreement` in round 18.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from . import blockcache, disputes
from .textsim import content_stems

# "X has still not reacted", "has yet to", "no comment so far", "remains unclear"
_STALE = re.compile(
    r"\b(?:still\s+(?:not|no|hasn't|haven't|hasn’t|haven’t|has\s+not|have\s+not|had\s+not)|"
    r"(?:has|have|had)\s+yet\s+to|not\s+yet|no\s+\w+\s+(?:yet|so\s+far)|so\s+far\s+(?:no|not)|"
    r"(?:remains?|is\s+still)\s+(?:unclear|unknown|silent)|"
    r"(?:is|are|was|were)\s+(?:expected|due|scheduled|set|planning|preparing)\s+to|"
    r"plans?\s+to)\b", re.I)
# an explicit denial or rebuttal, as opposed to a plain negative statement
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut\w*|deb(?:u|o)nk\w*|(?:dismiss|reject)\w*\s+(?:the\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?)|(?:is|was|were|are)\s+(?:false|untrue|fake)|"
    r"not\s+true)\b", re.I)
MIN_SHARED = 4  # rare content stems two claims must share to be compared
DISCUSS_OVERLAP = 0.35  # share of content stems for a claim to bear on (discuss) another
MAX_DF = 40  # stems in more claims than this are too common to index
OVERLAP = 0.6  # share of each claim's content stems the other must contain to agree
DENY_OVERLAP = 0.5  # ... and for a denial to contradict it (it adds its own denial words)


def _claim_stems(text: str) -> frozenset[str]:
    return frozenset(s for s in content_stems(text) if len(s) > 2)


def denial(text: str) -> bool:
    """Whether a statement explicitly denies or rebuts something ("denied that", "dismissed
    the reports", "is false")."""
    return bool(_DENIAL.search(text))


def _claim_features(claims: list[dict[str, Any]]) -> tuple[list[frozenset[str]], list[bool]]:
    """Each claim's content stems and whether it denies (:func:`claim_features`)."""
    stems, denies, _ = claim_features(claims)
    return stems, denies


def claim_features(claims: list[dict[str, Any]]
                   ) -> tuple[list[frozenset[str]], list[bool], list[bool]]:
    """Each claim's content stems, whether it denies and whether it is :func:`stale`, report
    by report through the running link's part memo (a pure function of the texts of the
    report's claims, hashed into its key): a new report computes its own claims' features,
    the others are read. Every row holds the three (the memo's salt hashes this code, so a
    row written by code that kept fewer is never read)."""
    of_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        of_doc[c["doc"]].append(i)
    groups = list(of_doc.values())

    def compute(k: int) -> list[list[Any]]:
        return [[sorted(_claim_stems(claims[i]["text"])), denial(claims[i]["text"]),
                 stale(claims[i]["text"])] for i in groups[k]]

    stems: list[frozenset[str]] = [frozenset()] * len(claims)
    denies = [False] * len(claims)
    stales = [False] * len(claims)
    material = [_texts_key([claims[i]["text"] for i in g]) for g in groups]
    for g, found in zip(groups, blockcache.memo_values("claim_features", material, compute)):
        for i, row in zip(g, found):
            stems[i], denies[i] = frozenset(row[0]), bool(row[1])
            stales[i] = bool(row[2])
    return stems, denies, stales


def _texts_key(texts: list[str]) -> str:
    """A memo material of a report's claim texts in order: joined by NUL when none holds
    one (tagged ``j``), else their ``repr`` (tagged ``r``); distinct lists, distinct keys."""
    if all(type(t) is str for t in texts):
        joined = "\0".join(texts)
        if joined.count("\0") == len(texts) - 1:
            return "j" + joined
    return "r" + repr(tuple(texts))


def match_claims(claims: list[dict[str, Any]],
                 features: tuple[list[frozenset[str]], list[bool]] | None = None
                 ) -> list[tuple[int, int, str]]:
    """Pairs of claims of different documents that bear on each other: (i, j, kind) with kind
    ``agrees`` (each covers OVERLAP of the other's content stems, same polarity),
    ``denies`` (one is an explicit denial covering DENY_OVERLAP of the other's stems) or
    ``discusses`` (they share DISCUSS_OVERLAP of their stems without saying the same).

    Candidates share at least MIN_SHARED stems that are not too common (an inverted index, so
    the cost stays near linear in the number of claims). ``features``: the claims' stems
    and denial flags when the caller has them (:func:`claim_features`), else made here."""
    stems, denies = features if features is not None else _claim_features(claims)
    df: Counter[str] = Counter(s for st in stems for s in st)
    # the claims after each one met through its stems that are not too common: the claims
    # walked from the last, each counted against the index of those after it, then indexed
    index: dict[str, list[int]] = defaultdict(list)
    after: list[list[int]] = [[]] * len(stems)
    for i in range(len(stems) - 1, -1, -1):
        rare = [s for s in stems[i] if df[s] <= MAX_DF]
        # each later claim once per rare stem it shares with this one; fewer meetings than
        # MIN_SHARED in all cannot give a candidate (most claims: no count made)
        met = [j for s in rare if s in index for j in index[s]]
        if len(met) >= MIN_SHARED:
            # the same order whatever the hash seed
            after[i] = sorted(j for j, n in Counter(met).items() if n >= MIN_SHARED)
        for s in rare:
            index[s].append(i)
    out = []
    for i, st in enumerate(stems):
        for j in after[i]:
            if claims[i]["doc"] == claims[j]["doc"]:
                continue
            common = len(st & stems[j])
            cover = min(common / len(st), common / len(stems[j]))
            if denies[i] != denies[j] and cover >= DENY_OVERLAP:
                # a denial of the same proposition, not of another thing
                d, o = (i, j) if denies[i] else (j, i)
                if disputes.denies(claims[d]["text"], claims[o]["text"]):
                    out.append((i, j, "denies"))
                elif cover >= DISCUSS_OVERLAP:
                    out.append((i, j, "discusses"))
            elif denies[i] == denies[j] and cover >= OVERLAP and (
                    claims[i]["polarity"] == claims[j]["polarity"]):
                out.append((i, j, "agrees"))
            elif cover >= DISCUSS_OVERLAP:
                out.append((i, j, "discusses"))
    return out


def stale(text: str) -> bool:
    """Whether a statement says something has not happened yet, or is expected or planned
    (and so can be overtaken)."""
    low = text.lower()
    if text.isascii() and not any(w in low for w in _STALE_WORDS):
        return False  # none of the words every cue holds: the pattern cannot match
    return bool(_STALE.search(text))


# a word each alternative of _STALE holds (lower-case), so a text with none cannot match it
_STALE_WORDS = ("still", "yet", "far", "remain", "expected", "due", "scheduled", "set",
                "planning", "preparing", "plan")


def stale_cue(text: str) -> int | None:
    """Where the cue of a stale statement starts in ``text`` ("has not yet", "plans to"),
    None if it has none."""
    m = _STALE.search(text)
    return m.start() if m else None
