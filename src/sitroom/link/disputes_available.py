"""A thing's availability denied, against the thing told still sold (round 21, issue 15 item 4).

A maker's answer to reports that its old product is still sold names the product and where it
is not: "No, Zephyr is not available in two Acme shops", "they are not the real Zephyr";
the reports say "There are still two Acme shops that sell Zephyr". The forms and words are
``availability_denied`` of ``data/dispute_words.json``:

- **not available**: capitalised words (the thing, at most ``max_name``) right before a copula
  and a negation, or a contracted one, then one of ``words`` ("is not available", "is no
  longer on sale"), not followed by one of ``not_after`` ("was not available for comment": a
  person not reached);
- **not the real one**: a copula, a negation, "the", one of ``adjectives`` and the thing's
  capitalised words ("are not the true Zephyr").

The denial is read as a :class:`~sitroom.link.disputes_propositions.Proposition` of kind
"available": its subject the thing's stems, its arguments the stems of the sentence's other
names (where, or by whom: :func:`~sitroom.link.disputes_party._names`; no capitalised adverb:
"Currently the watch isn't available" names no place); a denial naming none is not read. Another report's sentence tells the thing available when it asserts plainly, is told
as no one's report, names the thing and one of the arguments, and holds "still" with one of
``told`` at most ``gap`` words after it ("still two Acme shops that sell", "can still order").
The story memo finds its sentences by the thing's letters, not the act's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_party import _names, told_as_reported
from .disputes_words import _alt, _words
from .textsim import STOPWORDS, content_stems

_WORD = re.compile(r"[\w'’-]+")
ACT = "avail"  # the act of every such proposition (no word of a sentence is compared with it)


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["availability_denied"]
    n = int(w["max_name"])
    name = r"(?-i:[A-Z])[\w'’-]*"
    names = rf"(?:{name}\s+){{0,{n - 1}}}{name}"
    neg = rf"(?:(?:{_alt(w['copulas'])})\s+(?:{_alt(w['negations'])})|{_alt(w['contracted'])})"
    return {
        "not_available": re.compile(
            rf"(?<![\w'’-])(?P<thing>{names})\s+{neg}\s+(?:{_alt(w['words'])})\b"
            rf"(?!\s+(?:{_alt(w['not_after'])})\b)", re.I),
        "not_real": re.compile(
            rf"\b{neg}\s+the\s+(?:{_alt(w['adjectives'])})\s+(?P<thing>{names})", re.I),
        "still": re.compile(rf"\bstill\b(?:\s+[\w'’-]+){{0,{int(w['gap'])}}}?\s+"
                            rf"(?:{_alt(w['told'])})\b", re.I),
    }


def denied_availability(sentence: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of the thing ``sentence`` (straight quotes) says is not available and of its
    other names (the arguments), or None when it says no such thing or names nothing else."""
    t = _table()
    m = t["not_available"].search(sentence) or t["not_real"].search(sentence)
    if m is None:
        return None
    thing = frozenset(s for w in m.group("thing").split() if w.lower() not in STOPWORDS
                      for s in content_stems(w.lower()) if len(s) > 2)
    if not thing:
        return None
    adverbs = frozenset(s for w in _WORD.findall(sentence) if w[:1].isupper()
                        and w.lower().endswith("ly") for s in content_stems(w.lower()))
    args = _names(sentence, m.start("thing"), m.end("thing")) - thing - adverbs
    return (thing, args) if args else None


def told_available(sentence: str, stems: frozenset[str], thing: frozenset[str],
                   args: frozenset[str], same) -> bool:
    """Whether a plainly asserting ``sentence`` (content stems ``stems``) tells the thing still
    available: it names the thing and one of ``args`` (by ``same``), holds "still" with a word
    of ``told``, and is told as no one's report."""
    return (bool(_table()["still"].search(sentence))
            and any(same(a, s) for a in thing for s in stems)
            and any(same(a, s) for a in args for s in stems)
            and not told_as_reported(sentence))
