"""Seats of office named as the office sought, no body (round 18).

A pure test over one :class:`~sitroom.model.AnnotatedDoc`, called by
:func:`sitroom.extract.actor_filters.named_thing`; its words are in
``data/actor_filters.json`` (``office_seats``, ``sought_nouns``):

* :func:`office_sought`: the name of a seat of office ("White House", "Senate") modifying a
  singular noun of the office sought ("his X bid", "a X run", "a X seat"): the
  office a candidate seeks, no body acting. The plural ("winning X campaigns") is
  :func:`sitroom.extract.actor_labels.contests_of`; the body that acts ("the Senate voted",
  "X aides said") stays.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_filter_words import filter_words

_F = filter_words()
OFFICE_SEATS = frozenset(_F["office_seats"])
SOUGHT_NOUNS = frozenset(_F["sought_nouns"])


def office_sought(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en), less a leading "the", is one of ``office_seats`` and its
    last word is a compound modifier of the common noun right after it, singular and one of
    ``sought_nouns``, or written as one of them ("a X seat", "her X hopes"); after a
    possessive ("his X bid", "Name's X run") the word written so is that noun whatever the
    parse makes of it (it reads "his X bid to ..." as a clause with the verb "bid")."""
    toks = adoc.tokens
    if s < en and toks[s].text.lower() == "the":
        s += 1
    if s >= en or en >= len(toks) or adoc.span_text(s, en).lower() not in OFFICE_SEATS:
        return False
    nxt = toks[en]
    if nxt.dep == "compound":
        return False  # "the party's X campaign arm": a body's name
    if s > 0 and (toks[s - 1].tag == "PRP$" or toks[s - 1].tag == "POS") and nxt.text in SOUGHT_NOUNS:
        return True  # "his X bid to open ...", parsed as a verb
    sought = nxt.text in SOUGHT_NOUNS or nxt.tag == "NN" and nxt.lemma.lower() in SOUGHT_NOUNS
    return (nxt.pos == "NOUN" and nxt.text.islower() and sought and toks[en - 1].head == en
            and toks[en - 1].dep in ("compound", "nmod", "amod"))
