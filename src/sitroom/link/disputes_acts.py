"""Acts and argument words told in other words, for the denials of one proposition
(:mod:`~sitroom.link.disputes_propositions`; round 18, split out of it in round 22).

Two stems name one act when they are equal, of one family of ``act_families`` ("bought" ~
"acquired", round 19), one the other with a nominal suffix more ("threat" ~ "threaten"), or of
one bound family ("offer" ~ "proposal", :mod:`~.disputes_bound`, round 21 second part); a stem
of ``act_verb_only`` names its family's act only with one of its verb forms ("assaulted", not
"assault rifles"). Two argument stems are one word when one starts the other and the shorter
has ``min_stem`` letters ("fami" ~ "famil"). An agent noun ("shooter") names someone, not the
act. The words are those of ``denied_propositions`` in ``data/dispute_words.json``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from .disputes_bound import bound_same, bound_stems, bound_words
from .disputes_words import _words
from .textsim import content_stems

_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["denied_propositions"]
    return {
        "suffixes": tuple(w["nominal_suffixes"]),
        "min_stem": int(w["min_stem"]),
        "agents": tuple(w["agent_endings"]),
        "families": _families(w["act_families"]),
        "verb_only": _verb_only(w["act_verb_only"]),
    }


def _stems_of(word: str) -> list[str]:
    return content_stems(word.lower())


def _families(families: list[list[str]]) -> dict[str, frozenset[int]]:
    """Each stem of a word of ``act_families`` -> the families (by index) it is of."""
    out: dict[str, set[int]] = defaultdict(set)
    for i, words in enumerate(families):
        for w in words:
            for st in _stems_of(w):
                out[st].add(i)
    return {st: frozenset(ix) for st, ix in out.items()}


def _verb_only(words: list[str]) -> dict[str, frozenset[str]]:
    """Each stem of a word of ``act_verb_only`` -> the words of the list of that stem."""
    out: dict[str, set[str]] = defaultdict(set)
    for w in words:
        for st in _stems_of(w):
            out[st].add(w.lower())
    return {st: frozenset(ws) for st, ws in out.items()}


def _tells_act(act: str, stem: str, sentence: str) -> bool:
    """Whether ``stem`` of ``sentence`` names ``act`` (:func:`same_act`); through a family, a
    stem of ``act_verb_only`` does only when ``sentence`` holds one of its verb forms
    ("assaulted", not "assault rifles"), round 19. No sentence given: the stem alone."""
    if not same_act(act, stem):
        return False
    verbs = _table()["verb_only"].get(stem)
    if stem == act or verbs is None or not sentence:
        return True
    return any(w.lower() in verbs for w in _WORD.findall(sentence))


def family_stems(act: str) -> frozenset[str]:
    """The stems naming ``act`` in other words (``act_families``), ``act`` among them."""
    fams = _table()["families"]
    mine = fams.get(act, frozenset())
    return frozenset({act} | {st for st, ix in fams.items() if ix & mine} | bound_stems(act))


def same_act(a: str, b: str) -> bool:
    """Whether two stems name one act: :func:`_one_act`, or of one bound family ("offer" ~
    "proposal", :mod:`~.disputes_bound`, round 21 second part)."""
    return _one_act(a, b) or bound_same(a, b)


def _one_act(a: str, b: str) -> bool:
    """Whether two stems name one act: equal, of one family of ``act_families`` ("bought" ~
    "acquired"), or one the other with a nominal suffix more ("threat" ~ "threaten")."""
    fams, t = _table()["families"], _table()
    if a == b or fams.get(a, frozenset()) & fams.get(b, frozenset()):
        return True  # one act in other words ("bought" ~ "acquired"), round 19
    short, long_ = sorted((a, b), key=len)
    return len(short) >= t["min_stem"] and long_.startswith(short) and long_[len(short):] in t[
        "suffixes"]


def agent_stems(sentence: str) -> frozenset[str]:
    """The stems of the agent nouns of ``sentence`` ("shooter": shoot), when no other word of
    it has that stem."""
    ends = _table()["agents"]
    agent = {s for w in _WORD.findall(sentence) if w.lower().endswith(ends)
             and w.lower() not in bound_words() for s in _stems_of(w)}  # "offers": a verb
    other = {s for w in _WORD.findall(sentence) if not w.lower().endswith(ends)
             for s in _stems_of(w)}
    return frozenset(agent - other)


def _same_word(a: str, b: str) -> bool:
    """Whether two argument stems are one word ("fami" of "family", "famil" of "families")."""
    short, long_ = sorted((a, b), key=len)
    return a == b or len(short) >= _table()["min_stem"] and long_.startswith(short)


