"""Country names in the languages sitroom tells apart, from the Unicode CLDR's territory
names as Babel ships them (``babel.Locale(xx).territories``: "Болгария", "Болгарія",
"Bulgarie", "Bulgarien" are BG). The gazetteer holds English and Latin-script alternate
names; a country named in another language, or inflected in Russian or Ukrainian
("Болгарии", "Україною"), is found here.

A name that two languages give to two different countries is left out. Cyrillic names
match their inflected forms (:func:`same_word`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def fold(name: str) -> str:
    """Lower case, accents off (Latin), ё as е, apostrophes unified, hyphens as spaces."""
    t = name.strip().lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")
    t = "".join(ch if _CYRILLIC.match(ch) else "".join(
        c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)) for ch in t)
    return " ".join(re.sub(r"[-‐–]", " ", t).split())


_ENDING = re.compile(r"[аеёиоуыэюяіїєйьмхв]{0,4}")


def same_word(a: str, b: str) -> bool:
    """Two folded words are one word: equal, or, both Cyrillic, one stem of three or more
    letters with case endings (vowels and й ь м х в, at most four letters: "болгария" and
    "болгарии", "совет" and "совета", but not "иран" and "ирак" nor "польща" and "полтава")."""
    if a == b:
        return True
    if not (_CYRILLIC.search(a) and _CYRILLIC.search(b)) or abs(len(a) - len(b)) > 3:
        return False
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return (n >= max(3, min(len(a), len(b)) - 2) and bool(_ENDING.fullmatch(a[n:]))
            and bool(_ENDING.fullmatch(b[n:])))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """folded name -> country code; and for Cyrillic names, their first three letters ->
    [(name, code)] (for inflected forms)."""
    from babel import Locale

    text = resources.files("sitroom.data").joinpath("lang/languages.json").read_text("utf-8")
    codes: dict[str, set[str]] = {}
    for lang in json.loads(text)["detect"]:
        try:
            names = Locale.parse(lang).territories
        except (ValueError, LookupError):  # pragma: no cover - a locale Babel lacks
            continue
        for code, name in names.items():
            if len(code) == 2 and code.isalpha():
                codes.setdefault(fold(name), set()).add(code)
    exact = {n: next(iter(c)) for n, c in codes.items() if len(c) == 1 and n}
    by_start: dict[str, list[tuple[str, str]]] = {}
    for n, c in exact.items():
        if _CYRILLIC.search(n):
            by_start.setdefault(n[:3], []).append((n, c))
    return exact, by_start


def country_code(name: str) -> str | None:
    """The ISO code of the country ``name`` names in one of the languages (inflected
    Cyrillic forms too), else None."""
    key = fold(name)
    exact, by_start = _index()
    if key in exact:
        return exact[key]
    if not _CYRILLIC.search(key):
        return None
    words = key.split()
    found = {c for n, c in by_start.get(key[:3], ()) if len(n.split()) == len(words)
             and all(same_word(a, b) for a, b in zip(n.split(), words))}
    return found.pop() if len(found) == 1 else None


def foreign_country(name: str, gaz) -> list:
    """``[(country, "alternate")]`` for a country named in another language (``gaz``: the
    gazetteer the place is taken from), else ``[]``: the last lookup of a place name."""
    code = country_code(name) if not name.isascii() or name[:1].isupper() else None
    place = gaz.country(code) if code else None
    return [(place, "alternate")] if place is not None else []
