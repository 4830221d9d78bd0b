"""A denial that names only the report it denies (round 18): 'a spokesman said the Wire
report is "not true"'. The proposition is in another sentence of the same report: the nearest
earlier one naming the source ('the Wire reported that the mill will close'), else the one
just before (``report_denied`` of ``data/dispute_words.json``). It is read as a denied clause
is (:mod:`sitroom.link.disputes_propositions`) and compared as the other denials are."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_words import _alt, _words


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["report_denied"]
    # a first word in quotes and a joiner before the cue ('was "misleading" and "false"'), round 20
    first = rf"(?:[\"“'‘]\w+[\"”'’]\s+(?:{_alt(w['first_joiners'])})\s+)?"
    return {
        "denial": re.compile(
            rf"(?P<src>(?:\b[A-Z][\w.&-]*\s+){{0,3}})(?:{_alt(w['nouns'])})\s+"
            rf"(?:{_alt(w['copulas'])})\s+{first}[\"“'‘]?\s*(?:\w+ly\s+)?(?:{_alt(w['cues'])})\b"),
        "that": re.compile(r"\bthat\b", re.I),
        "verb_that": re.compile(rf"\b(?:{_alt(w['reporting_verbs'])})\s+that\b", re.I),
        "leading": re.compile(rf"^\s*(?:{_alt(w['leading'])})\b[^,]*,\s*", re.I),
        "max_back": int(w["max_back"]),
        # "denies the story": the report named only by its noun, at its clause's end; not
        # "could neither confirm nor deny the reports" (no denial)
        "denied_noun": re.compile(
            rf"(?<!\bnor\s)(?<!\bnot\s)\b(?:{_alt(w['denial_verbs'])})\s+the\s+"
            rf"(?P<src>(?:[A-Z][\w.&-]*\s+){{0,3}})(?:{_alt(w['nouns'])})"
            rf"(?=\s*(?:[.,;:!?\"”’)]|$))"),
    }


def source_sentence(sentence: str, earlier: list[str]) -> str | None:
    """The sentence of ``earlier`` (the report's sentences before ``sentence``, in order) that
    tells what ``sentence`` calls untrue when it names only a report; None if it names more
    than a report or none is found."""
    t = _table()
    m = t["denial"].search(sentence) or t["denied_noun"].search(sentence)
    if m is None or not earlier:
        return None
    names = [w for w in m.group("src").split() if w.lower() != "the"]
    if not names:
        return earlier[-1]
    for prev in reversed(earlier[-t["max_back"]:]):
        if all(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", prev) for n in names):
            return prev
    return None


def claim_sources(sentence: str, earlier: list[str]) -> list[str]:
    """The sentences of ``earlier`` that may tell what ``sentence`` calls untrue, in the order
    they are tried: :func:`source_sentence`'s, then, when the denial names no source
    ("the rumour was baseless", "denies the story"), the report's lead (round 20, second part:
    the sentence before may hold a doubt, the claim is told first)."""
    src = source_sentence(sentence, earlier)
    if src is None:
        return []
    if src is earlier[-1] and len(earlier) > 1 and not _names(sentence):
        return [src, earlier[0]]
    return [src]


def _names(sentence: str) -> list[str]:
    """The source names of a denial naming a report ('the Wire report': Wire)."""
    t = _table()
    m = t["denial"].search(sentence) or t["denied_noun"].search(sentence)
    return [w for w in m.group("src").split() if w.lower() != "the"] if m else []


def claimed_clause(source: str) -> str:
    """The clause of ``source`` telling the claim: after the 'that' right after a reporting
    verb ('reported that'), else after its first 'that' (not a relative clause's: 'the mill
    that employs 300'), past a leading clause ('although the date is unknown, ...'); else all
    of it."""
    t = _table()
    found = t["verb_that"].search(source) or t["that"].search(source)
    text = source[found.end():] if found else source
    return t["leading"].sub("", text)
