"""A US state named by its nickname: "the Hoosier State", "the Granite State's primary". The
nicknames are data (``state_nicknames`` of the places lexicon); written after "the" and not
before another capitalised word ("the Empire State Building", "the Golden State Warriors"
name a building and a team), a nickname is a mention of its state, resolved to the state's
first-level division (:func:`nickname_state`, used by ``places_resolve.lookup``)."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import AnnotatedDoc
from .gazetteer import Gazetteer, Place, norm

_NICKNAMES: dict[str, str] = lexicon.table("places", "state_nicknames")["names"]
# "the" + up to three capitalised words ending in "State", no capitalised word after it
_WRITTEN = re.compile(r"\b[Tt]he\s+((?:[A-Z][A-Za-z-]*\s+){1,3}State)(?![\w-])(?!\s+[A-Z])")


def nickname_state(name: str, gaz: Gazetteer) -> Place | None:
    """The US state a nickname names ("Hoosier State" -> Indiana), else None."""
    key = norm(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    state = _NICKNAMES.get(key)
    if state is None:
        return None
    return next((p for p, _ in gaz.lookup(state) if p.feature == "admin1" and p.country_code == "US"), None)


def nickname_spans(adoc: AnnotatedDoc, taken: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of the state nicknames written in ``adoc`` after "the" that
    overlap none of ``taken``."""
    out = []
    for m in _WRITTEN.finditer(adoc.text):
        s, e = m.span(1)
        if norm(m.group(1)) in _NICKNAMES and not any(a < e and s < b for a, b, _ in taken):
            out.append((s, e, adoc.sent_at(s)))
    return out
