"""A short word in capitals within running text is a body's initials, not a town's name:
"the X, a bipartisan coalition", "action by X" name an alliance or an association, even
where the gazetteer holds a small town spelt with those letters. Such a word keeps only
the readings initials have: a country's, a division's, a region's or a continent's code
("US", "UK", "EU"), or a large place's initials ("NYC": New York City). A word in
capitals opening its line (a dateline, "RENO, Nev. (AP) -") or within a line written all
in capitals (a headline) is not running text and is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .gazetteer import Gazetteer
from .places_datelines import _Mention

# how many letters a word in capitals may have to be read as initials
INITIALS_LETTERS: int = lexicon.table("places", "document_thresholds")["initials_letters"]
_CAPITALS = re.compile(rf"[A-Z]{{2,{INITIALS_LETTERS}}}")
_INITIALS_KINDS = lexicon.words("places", "initials_kinds")


def running_initials(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a word of 2 to INITIALS_LETTERS capitals, with other
    text before it on its line, and the line holds a lower-case letter."""
    if not _CAPITALS.fullmatch(text[start:end]):
        return False
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first:last if last >= 0 else len(text)]
    return bool(text[first:start].strip()) and any(c.islower() for c in line)


def initials_over_towns(mentions: Sequence[_Mention], text: str, gaz: Gazetteer) -> None:
    """A bare name in running text that is initials (:func:`running_initials`) and has no
    reading of a kind initials name keeps only a large place's initials (in place)."""
    for m in mentions:
        if (m.qualifier is None and m.found and running_initials(text, m.start, m.end)
                and not any(p.feature in _INITIALS_KINDS for p, _ in m.found)):
            m.found = [(p, "alternate") for p in gaz.by_initials(text[m.start:m.end])]
