"""A wire dateline's town: a name in capitals opening a line and followed by a news agency
in brackets and a dash ("DALLAS (AP) -", "WASHINGTON (Reuters) -") names the town the report
was filed from. Written bare, with no state or country after it, it is a city that agencies
write on its own, a big one: the most populous city of that name, not
a county or a small namesake town that the report's other places would pull it to
(a report about Iowa filed from "DALLAS" is not filed from an Iowa county). Applied before
the document's resolution (:func:`places_document._resolve_all`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .gazetteer import Place

# after the name: "(Agency)", then a dash (a local paper's bare "X -" names a local town)
_AFTER = re.compile(r"^\s*\([^()\n]{1,40}\)\s*[-\u2013\u2014]")


class _Mention(Protocol):
    start: int
    end: int
    text: str
    qualifier: Place | None
    found: list[tuple[Place, str]]


def is_dateline(text: str, start: int, end: int) -> bool:
    """The name at [start, end) opens a line, is written in capitals and is followed by
    a news agency in brackets and a dash."""
    name = text[start:end]
    return ((start == 0 or text[start - 1] == "\n") and name.isupper() and len(name) > 2
            and _AFTER.match(text[end:]) is not None)


def dateline_cities(mentions: Sequence[_Mention], text: str) -> None:
    """A bare dateline name keeps only its most populous city reading (in place)."""
    for m in mentions:
        if m.qualifier is not None or not m.found or not is_dateline(text, m.start, m.end):
            continue
        cities = [(p, k) for p, k in m.found if p.feature == "city" and k == "main"]
        if cities:
            m.found = [max(cities, key=lambda c: c[0].population)]
