"""A verdict on a thing denied and told (round 19, second part): "Climate change is not a hoax"
against "Climate change is a hoax", "the climate change hoax", "Climate change: the hoax that ...", "is the biggest scam" (a noun of
the same act family, ``act_families``). The forms and words are ``verdicts`` of
``data/dispute_words.json``; the denial is read as a
:class:`~sitroom.link.disputes_propositions.Proposition` of kind "verdict" (its act the noun's
stem, its arguments the subject's content stems), so the story memo finds it as it finds every
denied proposition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .disputes_negations import _stems, asserts
from .disputes_words import _alt, _words

_WORD = r"[\w'’-]+"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["verdicts"]
    nouns, n = _alt(w["nouns"]), int(w["max_subject"])
    arts, gap = _alt(w["articles"]), int(w["gap"])
    whose = rf"(?!\s+(?:{_alt(w['qualifiers'])})\b)"  # "not a hoax to them": a group's view
    word = rf"(?!(?:{_alt([*w['articles'], *w['copulas']])})\b){_WORD}"  # no article in it
    subject = rf"(?P<subject>(?:{word}\s+){{0,{n - 1}}}{word})"

    def subj(k: int) -> str:
        return subject.replace("<subject>", f"<subject{k}>")
    return {
        "denied": re.compile(rf"(?:^|[,;:(—–-]\s*|\bthat\s+)(?:(?:{arts})\s+)?{subject}\s+(?:{_alt(w['negated'])})"
                             rf"\s+(?:(?:{arts})\s+)?(?:{_WORD}\s+)?(?P<noun>{nouns})\b{whose}", re.I),
        "told": re.compile(rf"(?:^|[,;(—–-]\s*|\bthat\s+)(?:(?:{arts})\s+)?{subj(1)}\s+(?:{_alt(w['copulas'])})"
                           rf"\s+(?:(?:{arts})\s+)?(?:{_WORD}\s+){{0,{gap}}}?(?P<noun1>{nouns})\b{whose}"
                           rf"|\bthe\s+{subj(2)}\s+(?P<noun2>{nouns})\b"
                           rf"|^(?:(?:{arts})\s+)?{subj(3)}:\s+(?:the\s+)?(?P<noun3>{nouns})\b", re.I),
        "nouns": re.compile(rf"\b(?:{nouns})\b", re.I),
        "pronouns": frozenset(_words()["denied_propositions"]["pronouns"]),
    }


def denied_verdict(sentence: str) -> tuple[str, frozenset[str]] | None:
    """The stem of the verdict noun ``sentence`` denies and its subject's content stems
    ("Climate change is not a hoax": hoax, {climat, chang}), else None (no such form, a
    pronoun or no content word as the subject, a question or condition)."""
    t = _table()
    if not t["nouns"].search(sentence):
        return None  # the cheap test first: most sentences hold no verdict noun
    m = t["denied"].search(sentence)
    if m is None or sentence.rstrip().endswith("?"):
        return None
    subject = m.group("subject")
    if any(w.lower() in t["pronouns"] for w in subject.split()):
        return None
    stems = frozenset(_stems(subject))
    noun = _stems(m.group("noun"))
    return (noun[0], stems) if stems and noun else None


def verdict_in(sentence: str, subject: frozenset[str], same: Callable[[str], bool]) -> bool:
    """Whether ``sentence`` plainly tells a verdict noun (``same`` of its stem) of a subject
    whose content stems hold all of ``subject`` (see the module)."""
    t = _table()
    if not subject or not asserts(t["nouns"].sub(" ", sentence)):
        return False
    for m in t["told"].finditer(sentence):
        k = next(k for k in (1, 2, 3) if m.group(f"noun{k}"))
        noun = _stems(m.group(f"noun{k}"))
        if noun and same(noun[0]) and subject <= frozenset(_stems(m.group(f"subject{k}"))):
            return True
    return False
