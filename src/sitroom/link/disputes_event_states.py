"""One event's state told two ways (round 22, issue 15 item 4): "the Quill wedding is off"
against "Quill and Dana will still marry" or "the ceremony of Quill's wedding was postponed"
(``event_states`` of ``data/dispute_words.json``).

An event is told off by its head (a word of one family of ``heads``: "wedding" ~ "marry"), a
copula or adverb at most, then a word of ``off`` ("called off", "cancelled", "off") at its
clause's end or before one of ``after_off`` ("Wedding Off: ...", "Quill wedding off as ...";
a bare "off", with no copula, only after a capitalised head or name: "calling the wedding off"
tells no state). The
sentence is read as a proposition of kind "state"
(:func:`~sitroom.link.disputes_propositions.denied_proposition`): its act the head's stem, its
arguments the stems of its names (capitalised words past its first, not the head or the off
word). Another report's sentence of the story and moment tells the event still to be when it
holds a word of the head's family, a word of ``on`` ("postponed", "will still") and none of
``off``, and one of the names capitalised past its first word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_words import _alt, _words
from .textsim import content_stems

_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["event_states"]
    heads = {h.lower(): i for i, fam in enumerate(w["heads"]) for h in fam}
    return {
        "heads": heads,
        "off": re.compile(
            rf"(?<![\w'-])({_alt(heads)})\s+((?:(?:{_alt(w['copulas'])})\s+)*)"
            rf"(?:{_alt(w['off'])})(?=\s*(?:$|[^\w\s'-]|(?:{_alt(w['after_off'])})\b))", re.I),
        "on": re.compile(rf"(?<![\w'-])(?:{_alt(w['on'])})(?![\w'-])", re.I),
        "any_off": re.compile(rf"(?<![\w'-])(?:{_alt(w['off'])})(?![\w'-])", re.I),
        "off_words": frozenset(x.lower() for o in w["off"] for x in o.split()),
    }


def told_off(sentence: str) -> tuple[str, frozenset[str]] | None:
    """The head's stem and the names' stems of an event ``sentence`` tells off, else None."""
    t = _table()
    m = t["off"].search(sentence)
    if m is None:
        return None
    before = _WORD.findall(sentence[:m.start()])[-1:]
    if not m.group(2) and not (m.group(1)[:1].isupper() or before and before[0][:1].isupper()):
        return None  # "calling the wedding off": a bare "off" only in "Quill Wedding Off"
    head = m.group(1).lower()
    act = content_stems(head)
    names = _names(sentence, {head} | t["off_words"])
    return (act[0], names) if act and names else None


def _names(sentence: str, leave: set[str]) -> frozenset[str]:
    """The stems of the capitalised words of ``sentence`` past its first, but ``leave``."""
    words = _WORD.findall(sentence)[1:]
    return frozenset(st for w in words if w[:1].isupper() and w.lower() not in leave
                     for st in content_stems(w.lower()))


def family(word: str) -> int | None:
    """The family of ``heads`` a word is of (by index), None for none."""
    return _table()["heads"].get(word.lower())


def told_on(head: str, names: frozenset[str], sentence: str) -> bool:
    """Whether ``sentence`` tells the event of ``head`` (a stem) and ``names`` still to be
    (see the module)."""
    t = _table()
    if not t["on"].search(sentence) or t["any_off"].search(sentence):
        return False
    fams = {i for w, i in t["heads"].items() if content_stems(w)[:1] == [head]}
    words = _WORD.findall(sentence)
    if not any(family(w) in fams for w in words):
        return False
    return bool(_names(sentence, set()) & names)


def head_letters(head: str, n: int) -> tuple[str, ...]:
    """The first ``n`` letters of every word of the families of ``head`` (a stem): a sentence
    telling its event still to be holds one of them (the story memo's search, round 22)."""
    t = _table()
    fams = {i for w, i in t["heads"].items() if content_stems(w)[:1] == [head]}
    return tuple(sorted({w[:n] for w, i in t["heads"].items() if i in fams}))
