"""A party's denial of a named source's claims, or of reports that claimed a thing (round 21,
issue 15 item 4).

Two forms read before the clause a denial denies (``named_denials`` of
``data/dispute_words.json``):

- **a claim noun with its source's name**: "the militia denies the Rebel claims that they
  burned the depot", "rejected the Gazette's reports that ...": a denial verb, one to
  ``max_names`` words each capitalised or a determiner, a claim noun and "that" (one of
  ``complementisers``);
- **a claim verb after a claim noun's "that"**: "trashed reports that claimed the depot was
  burned": the clause the reports claimed, not their act of claiming.

The clause after them is read as the clause of "denied claims that ..." is
(:mod:`~sitroom.link.disputes_propositions`). Not after "nor" or "not" ("could neither
confirm nor deny the Gazette's reports that ...": no denial).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_words import _alt, _words


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["named_denials"]
    nouns = _alt(_words()["denial_cues_after"]["claim_nouns"])
    name = rf"(?:(?:{_alt(w['determiners'])})\b|(?-i:[A-Z])[\w'’.-]*)"
    that = _alt(w["complementisers"])
    return {
        "named": re.compile(rf"\b(?:{_alt(w['verbs'])})\s+(?:{name}\s+){{1,{int(w['max_names'])}}}"
                            rf"(?:{nouns})\s+(?:{that})\s+", re.I),
        "claimed": re.compile(rf"^\s*(?:{_alt(w['claim_verbs'])})\s+(?:(?:{that})\s+)?", re.I),
        "cue_noun": re.compile(rf"\b(?:{nouns})\s+(?:{that})$", re.I),
        "not_before": re.compile(rf"(?:\b|(?<=\w)(?=n't))(?:{_alt(w['not_before'])})\s+(?:\w+\s+)?$",
                                 re.I),
    }


def named_claim(sentence: str) -> str | None:
    """The text after a denial of a named source's claims ("denies the Rebel claims that" ...),
    past a claim verb right after its "that"; None when ``sentence`` holds no such denial or
    it follows "nor" or "not"."""
    t = _table()
    m = t["named"].search(sentence)
    if m is None or t["not_before"].search(sentence, 0, m.start()):
        return None
    return past_claim_verb(sentence[m.end():])


def past_claim_verb(clause: str) -> str:
    """``clause`` past a claim verb that opens it ("claimed the depot was burned": the depot
    was burned)."""
    return _table()["claimed"].sub("", clause, count=1)


def cue_ends_in_claim_noun(cue: str) -> bool:
    """Whether a denial cue ends in a claim noun and "that" ("trashed reports that"): a claim
    verb after it is the reports' act, not the act denied."""
    return bool(_table()["cue_noun"].search(cue))


# a span in quote marks: opened after a space or bracket, closed before a space or punctuation
# (an apostrophe inside a word, "ISIS' claims", opens none)
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))['‘\"“][^'‘’\"“”]{3,}?['’\"”](?=[\s,.;:!?)\]]|$)")


def unquoted(sentence: str) -> str:
    """``sentence`` with its spans in quote marks left out: an act told only there ("is
    'captured and burned by the rebels'") is told as someone's words, not asserted (round 21,
    as the recall sets read such headlines)."""
    return _QUOTED.sub(" ", sentence)
