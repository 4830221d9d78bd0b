"""The cited source of a sentence (``same_source`` in ``data/dispute_words.json``): who the
sentence says told its figure or state, so that a later figure of the same source is read as
that source updating its own account ("Twenty-two people died ..., the coast guard said", then
"Sixteen people died ..., the coast guard said"), not as a figure against it."""

from __future__ import annotations

import re
from functools import lru_cache

from .disputes_words import _alt, _words


@lru_cache(maxsize=1)
def _source_patterns() -> tuple[re.Pattern[str], ...]:
    w = _words()["same_source"]
    verbs = _alt(w["verbs"])
    cues = "|".join(r"\s+".join(re.escape(x) for x in c.split()) for c in w["cues"])
    who = rf"(?P<who>(?:[\w'-]+\s+){{0,{int(w['max_words']) - 1}}}[\w'-]+)"
    return (
        re.compile(rf",\s*{who}\s+(?:{verbs})\b[^,;]{{0,40}}[.!?\"'”]*\s*$", re.I),
        re.compile(rf"^\s*{who}\s+(?:{verbs})\b", re.I),
        re.compile(rf"\b(?:{cues})\s+{who}\s*(?:[,.;]|$)", re.I),
    )


@lru_cache(maxsize=1 << 14)
def cited_source(sentence: str) -> str | None:
    """The source a sentence cites, lower-cased, without a leading article (None: none, or one
    of the generic sources that tell no source apart: "officials", "he")."""
    generic = {g.lower() for g in _words()["same_source"]["generic"]}
    for pat in _source_patterns():
        m = pat.search(sentence)
        if m:
            who = " ".join(m.group("who").lower().split())
            if who in generic:
                return None
            who = re.sub(rf"^(?:{_alt(_words()['articles']['words'])})\s+", "", who)
            return None if who in generic or not who else who
    return None


def same_source(a: str, b: str) -> bool:
    """Whether two sentences cite the same (not generic) source."""
    sa = cited_source(a)
    return sa is not None and sa == cited_source(b)
