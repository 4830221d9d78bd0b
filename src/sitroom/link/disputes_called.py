"""A claim a report calls false in the sentence that tells it (round 20, second part): "the man
who claimed he was robbed on the bridge was a false story", "a fake report claims the bridge was
closed by the army", "a false story that the mayor resigned"; and a verdict on a named party's act told by its noun,
"a made-up Smith's request for a channel" (round 21, second part). The forms and words are
``called_false`` of ``data/dispute_words.json``; :func:`called_claim` gives the claim's text,
which :func:`~sitroom.link.disputes_propositions.denied_proposition` reads as a denied clause
(its act and arguments), so the reads memo and the story memo carry it as every denied
proposition.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_words import _alt, _words

_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["called_false"]
    verdict = (rf"(?:(?:{_alt(w['adverbs'])})\s+)?(?:(?:{_alt(w['articles'])})\s+)?"
               rf"(?:(?:{_alt(w['verdict_adjectives'])})\s+(?:{_alt(w['story_nouns'])})"
               rf"|(?:{_alt(w['verdict_nouns'])})|(?:{_alt(w['verdict_words'])}))\b")
    return {
        # "who claimed <claim> was just a false story": the claim up to the verdict's copula
        "after": re.compile(
            rf"\b(?:{_alt(w['relatives'])})\s+(?:{_alt(w['claim_verbs'])})\s+(?:that\s+)?"
            rf"(?P<claim>[^;:()]+?)\s+(?:{_alt(w['copulas'])})\s+{verdict}", re.I),
        # "a fake report claims <claim>", "BS story about <claim>"
        "before": re.compile(
            rf"\b(?:{_alt(w['verdict_adjectives'])})\s+(?:news\s+)?(?:{_alt(w['story_nouns'])})"
            rf"\s+(?:{_alt(w['linkers'])})\s+(?:that\s+)?(?P<claim>.+)", re.I),
        "as_claim": re.compile(rf"\b(?:{_alt(w['told_as_claim'])})\b", re.I),
        # "Made-Up Smith's Request for a Channel": the act's noun after a name's possessive
        "nominal": re.compile(
            rf"(?i:\b(?:{_alt(w['verdict_adjectives'])}))\s+(?P<who>(?:[A-Z][\w.-]*\s+)?"
            rf"[A-Z][\w.-]*)['’]s\s+(?P<claim>[\w-]+\s+(?i:{_alt(w['nominal_links'])})\s+.+)"),
    }


def called_claim(sentence: str) -> str | None:
    """The text of the claim ``sentence`` calls false in one of the module's forms (a clause of
    title-case words lower-cased: a headline's), else None."""
    t = _table()
    m = t["after"].search(sentence) or t["before"].search(sentence)
    if m is None:
        return None
    claim = m.group("claim").strip()
    return claim.lower() if _title_case(claim) else claim


def called_nominal(sentence: str) -> tuple[str, str] | None:
    """The name and the claim (an act's noun and what follows it) of "<verdict adjective>
    <Name>'s <noun> <link> ..." ("a made-up Smith's request for a channel", round 21 second
    part), the claim lower-cased when it is title-case (a headline's), else None."""
    m = _table()["nominal"].search(sentence)
    if m is None:
        return None
    claim = m.group("claim").strip()  # the noun written capitalised: a headline's words
    return m.group("who"), claim.lower() if claim[:1].isupper() else claim


def told_as_claim(sentence: str) -> bool:
    """Whether ``sentence`` tells what it tells as someone's claim ("claims to have had
    surgery", "announced that", "exposed as a hoaxer"): it agrees that the claim was made, and
    asserts nothing a verdict on the claim contradicts."""
    return bool(_table()["as_claim"].search(sentence))


def _title_case(text: str) -> bool:
    """Whether every word of ``text`` longer than three letters is capitalised (a headline's
    clause, whose names and common words look alike)."""
    long_ = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(long_) > 1 and all(w[:1].isupper() for w in long_)
