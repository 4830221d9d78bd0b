"""Cyrillic names in Latin letters, so that one key meets every spelling of a name
(Стравінський, Стравинский, Stravinsky, Stravinskiy, Strawinski meet in link/actors' variant key).

Russian (and Bulgarian, Belarusian without their own letters) goes through iuliia's
Wikipedia scheme, the spelling English news uses ("Елена" -> "Yelena"); Ukrainian
letters are mapped first to the Ukrainian national romanisation's values (і -> i,
ї -> yi, є -> ye, ґ -> g, and г -> h in a word that has one of them: "Харків" ->
"Kharkiv"). Text without Cyrillic comes back unchanged. Inflected forms are lemmatised in
annotate (natasha, pymorphy3) before they get here.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_UK_LETTERS = str.maketrans({"і": "i", "І": "I", "ї": "yi", "Ї": "Yi", "є": "ye", "Є": "Ye",
                             "ґ": "g", "Ґ": "G", "г": "h", "Г": "H", "и": "y", "И": "Y"})


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@lru_cache(maxsize=1 << 16)
def to_latin(text: str) -> str:
    """``text`` with its Cyrillic words romanised (word by word: a Ukrainian word by the
    Ukrainian letters, any other by iuliia's Wikipedia scheme)."""
    if not _CYRILLIC.search(text):
        return text
    import iuliia

    def word(m: re.Match) -> str:
        w = m.group(0)
        w = w.replace("ё", "е").replace("Ё", "Е")  # news spells Горбачёв "Gorbachev"
        if _UKRAINIAN.search(w):
            # mid-word є and ї as the national romanisation spells them ("Umerov", "Kyiv")
            w = w[:1] + w[1:].replace("є", "е").replace("ї", "i")
            w = w.translate(_UK_LETTERS)
        return iuliia.WIKIPEDIA.translate(w)

    return re.sub(r"[\u0400-\u04FF'’ʼ]+", word, text)
