"""A thing's availability denied, against the thing told still sold (round 21, issue 15 item 4).

A maker's answer to reports that its old product is still sold names the product and where it
is not: "No, Zephyr is not available in two Acme shops", "they are not the real Zephyr";
the reports say "There are still two Acme shops that sell Zephyr". The forms and words are
``availability_denied`` of ``data/dispute_words.json``:

- **not available**: capitalised words (the thing, at most ``max_name``) right before a copula
  and a negation, or a contracted one, then one of ``words`` ("is not available", "is no
  longer on sale") and a place phrase (one of ``places``: "in Quillan", "at Acme shops"), not
  followed by one of ``not_after`` ("was not available for comment": a person not reached);
  a thing with a person's title in it or right before it ("Dr Smith was not available in
  Harlow": a person, ``person_titles`` of ``data/actor_words.json``) is none;
- **not the real one**: a copula, a negation, one of ``articles``, one of ``adjectives`` and
  the thing's capitalised words ("are not the true Zephyr").

The denial is read as a :class:`~sitroom.link.disputes_propositions.Proposition` of kind
"available": its subject the thing's stems, its arguments the stems of the sentence's other
names (where, or by whom: :func:`~sitroom.link.disputes_party._names`; no capitalised adverb
of manner, :func:`~sitroom.link.disputes_propositions._adverb`: "Currently the watch isn't
available" names no place, "... in Italy" names Italy); a denial naming none is not read.
Another report's sentence tells the thing available when it asserts plainly, is told as no
one's report, names the thing and one of the arguments, and holds one of ``still`` with one of
``told`` at most ``gap`` words after it ("still two Acme shops that sell", "can still order";
no word told mostly of a person's work: "Smith is still serving as mayor", "could still get a
contract"; "serve" stays, a person's "still serves as mayor" meeting no denial of a person).
The story memo finds its sentences by the thing's letters, not the act's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract.actor_base import PERSON_TITLES
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
            rf"(?!\s+(?:{_alt(w['not_after'])})\b)(?=\s+(?:{_alt(w['places'])})\b)", re.I),
        "not_real": re.compile(
            rf"\b{neg}\s+(?:{_alt(w['articles'])})\s+(?:{_alt(w['adjectives'])})\s+"
            rf"(?P<thing>{names})", re.I),
        "still": re.compile(rf"\b(?:{_alt(w['still'])})\b(?:\s+[\w'’-]+){{0,{int(w['gap'])}}}?"
                            rf"\s+(?:{_alt(w['told'])})\b", re.I),
    }


def denied_availability(sentence: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of the thing ``sentence`` (straight quotes) says is not available and of its
    other names (the arguments), or None when it says no such thing or names nothing else."""
    t = _table()
    m = t["not_available"].search(sentence) or t["not_real"].search(sentence)
    if m is None:
        return None
    if _titled(sentence, m.start("thing"), m.group("thing")):
        return None  # a person ("Dr Smith was not available in Harlow")
    thing = frozenset(s for w in m.group("thing").split() if w.lower() not in STOPWORDS
                      for s in content_stems(w.lower()) if len(s) > 2)
    if not thing:
        return None
    from .disputes_propositions import _adverb  # it reads this module's forms

    adverbs = frozenset(s for w in _WORD.findall(sentence) if w[:1].isupper() and _adverb(w)
                        for s in content_stems(w.lower()))
    args = _names(sentence, m.start("thing"), m.end("thing")) - thing - adverbs
    return (thing, args) if args else None


def _titled(sentence: str, start: int, thing: str) -> bool:
    """Whether ``thing`` (at ``start`` of ``sentence``) has a person's title among its words
    or as the word right before it ("Dr Smith", "Mayor Jones", "Dr. Smith")."""
    before = _WORD.findall(sentence[:start])[-1:]
    return any(w.lower().rstrip(".") in PERSON_TITLES for w in (*before, *thing.split()[:-1]))


def told_available(sentence: str, stems: frozenset[str], thing: frozenset[str],
                   args: frozenset[str], same) -> bool:
    """Whether a plainly asserting ``sentence`` (content stems ``stems``) tells the thing still
    available: it names the thing and one of ``args`` (by ``same``), holds a word of ``still`` with
    a word of ``told``, and is told as no one's report."""
    return (bool(_table()["still"].search(sentence))
            and any(same(a, s) for a in thing for s in stems)
            and any(same(a, s) for a in args for s in stems)
            and not told_as_reported(sentence))
