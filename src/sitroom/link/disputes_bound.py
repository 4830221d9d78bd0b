"""Acts told in other words whose verbs are loose (round 21, second part): "denies offering
land to the settlers" against "the governor offers the settlers land", "proposes to extend the
strip" against "has denied claims that he promised an extension of the strip". An offer, a
proposal, a promise, a suggestion and a request are one act told in other words, and so are an
extension and an expansion (``denied_propositions.bound_families`` of
``data/dispute_words.json``), but only when the sentence telling the act holds besides one of
the denial's **entities** (its subject, or an argument written capitalised in the denied
clause: "the settlers" of "to Settlers") and one of its **object words** (an argument written
in lower case, the same word or one of an act family: "extension" ~ "extend"). Words of one
family of ``act_families`` or of one stem are not bound by this: their acts are one act.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from .disputes_words import _words
from .textsim import content_stems


def _index(families: list[list[str]]) -> dict[str, frozenset[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for i, words in enumerate(families):
        for w in words:
            for st in content_stems(w.lower()):
                out[st].add(i)
    return {st: frozenset(ix) for st, ix in out.items()}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """The bound families' stems, and every family's (``act_families`` and the bound ones)."""
    w = _words()["denied_propositions"]
    return _index(w["bound_families"]), _index(w["act_families"] + w["bound_families"])


@lru_cache(maxsize=1)
def bound_words() -> frozenset[str]:
    """The words of the bound families: verbs, never agent nouns ("offers", "offer")."""
    return frozenset(w.lower() for f in _words()["denied_propositions"]["bound_families"]
                     for w in f)


def bound_same(a: str, b: str) -> bool:
    """Whether stems ``a`` and ``b`` are of one bound family."""
    fams = _tables()[0]
    return bool(fams.get(a, frozenset()) & fams.get(b, frozenset()))


def bound_stems(act: str) -> frozenset[str]:
    """The stems of the bound families ``act`` is of (``act`` among them when it is of one)."""
    fams = _tables()[0]
    mine = fams.get(act, frozenset())
    return frozenset(st for st, ix in fams.items() if ix & mine)


def one_family(a: str, b: str) -> bool:
    """Whether two argument stems are of one act family, bound or not ("extens" ~ "extend")."""
    fams = _tables()[1]
    return bool(fams.get(a, frozenset()) & fams.get(b, frozenset()))


def clause_names(words: list[str]) -> frozenset[str]:
    """The stems of the capitalised words of ``words`` (a denied clause's, after its act)."""
    return frozenset(st for w in words if w[:1].isupper() for st in content_stems(w.lower()))


def bound_told(entities: frozenset[str], objects: frozenset[str], stems: frozenset[str],
               same_word: Callable[[str, str], bool]) -> bool:
    """Whether a sentence of content stems ``stems`` holds one of the denial's ``entities``
    and one of its ``objects`` (the same word, or one of an act family)."""
    return any(same_word(e, s) for e in entities for s in stems) and any(
        same_word(o, s) or one_family(o, s) for o in objects for s in stems)
