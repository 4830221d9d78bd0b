"""People's names in Russian and Ukrainian in the nominative, read as a whole name: the
first name, the patronymic and the surname of one person agree in gender and case, so
together they tell a genitive "Александра Коралова" (Aleksandr Koralov's) from a nominative
"Александра Коралова" (a woman), and "Дарии Тодоровой" is Дария Тодорова, not a man.

Readings of each word: a given name or patronymic by pymorphy3's dictionary (its
``Name``/``Patr`` readings); a surname by the endings of the two Slavic surname types
(``data/lang/surname_endings.tsv``: -ов/-ев/-ин and -ский), else by pymorphy3's ``Surn``
readings. The (gender, case) the words share decides, the recogniser's own gender and case
tags breaking a tie. A surname alone reads as the nominative that a full name of the same
report has ("колона Златева" in a report that names "Стефаном Златевим": Златев), else as the
recogniser's gender and case tell. Imported only through :mod:`sitroom.lang.slavic` (annotate).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# natasha's (Universal Dependencies) feature values as pymorphy3's grammemes
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
          "Loc": "loct"}
_GENDERS = {"Masc": "masc", "Fem": "femn"}


class Reading(NamedTuple):
    gender: str  # masc | femn
    case: str  # nomn | gent | datv | accs | ablt | loct
    nominative: str  # the word in the nominative of that gender, lower case


@lru_cache(maxsize=1)
def _endings() -> dict[str, list[tuple[str, str, str, str, tuple[str, ...]]]]:
    text = resources.files("sitroom.data").joinpath("lang/surname_endings.tsv").read_text("utf-8")
    out: dict[str, list[tuple[str, str, str, str, tuple[str, ...]]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, masc, femn, ending, gender, cases = line.split("\t")
        out.setdefault(lang, []).append((masc, femn, ending, gender, tuple(cases.split(","))))
    for rows in out.values():
        rows.sort(key=lambda r: -len(r[2]))  # longest ending first
    return out


def surname_readings(word: str, lang: str, morph=None) -> list[Reading]:
    """The (gender, case, nominative) readings of a surname: by the longest ending of the
    surname types that fits (two or more letters before it), else pymorphy3's ``Surn``
    readings (``morph``: a pymorphy3 analyser of ``lang``), else none."""
    w = word.lower()
    rows = _endings().get(lang, [])
    best = next((len(r[2]) for r in rows if w.endswith(r[2]) and len(w) - len(r[2]) >= 2), 0)
    out = []
    for masc, femn, ending, gender, cases in rows:
        if len(ending) == best and w.endswith(ending):
            stem = w[: len(w) - len(ending)]
            out += [Reading(gender, c, stem + (masc if gender == "masc" else femn)) for c in cases]
    if out or morph is None:
        return out
    return _dictionary_readings(w, morph, "Surn")


def _dictionary_readings(w: str, morph, grammeme: str) -> list[Reading]:
    out = []
    for p in morph.parse(w):
        tag = p.tag
        if grammeme not in tag or tag.gender not in ("masc", "femn") or tag.case is None:
            continue
        if "plur" in tag:
            continue
        form = p.inflect({"nomn", "sing"})
        out.append(Reading(tag.gender, tag.case, (form.word if form else p.normal_form)))
    return list(dict.fromkeys(out))


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _tagged(feats: dict[str, str] | None) -> tuple[str | None, str | None]:
    feats = feats or {}
    return _GENDERS.get(feats.get("Gender", "")), _CASES.get(feats.get("Case", ""))


def _narrow(shared: Iterable[tuple[str, str]], feats: dict[str, str] | None
            ) -> list[tuple[str, str]]:
    """Of the (gender, case) pairs the words share, those the recogniser's tags name (both
    tags, else the case, else the gender); else the nominatives; else all."""
    shared = list(dict.fromkeys(shared))
    gender, case = _tagged(feats)
    for want in ((gender, case), (None, case), (gender, None)):
        if want != (None, None):
            hits = [s for s in shared if want[0] in (None, s[0]) and want[1] in (None, s[1])]
            if hits:
                return hits
    return [s for s in shared if s[1] == "nomn"] or shared


def full_name(words: list[str], lang: str, morph, feats: dict[str, str] | None = None
              ) -> list[str] | None:
    """A name of two or three words (given name, [patronymic,] surname) in the nominative,
    each word with its capitals, or None when the words share no reading or the readings
    left disagree (then each word is left to the caller). ``feats``: the recogniser's
    features of the surname."""
    if not 2 <= len(words) <= 3:
        return None
    given = _dictionary_readings(words[0].lower(), morph, "Name")
    last = surname_readings(words[-1], lang, morph)
    middle = _dictionary_readings(words[1].lower(), morph, "Patr") if len(words) == 3 else None
    if not given or not last or (middle is not None and not middle):
        return None
    parts = [given, *([middle] if middle is not None else []), last]
    shared = set.intersection(*({(r.gender, r.case) for r in rs} for rs in parts))
    options = {tuple(next(r.nominative for r in rs if (r.gender, r.case) == pair) for rs in parts)
               for pair in _narrow(sorted(shared), feats)}
    if len(options) != 1:
        return None
    return [_cased(form, w) for form, w in zip(options.pop(), words)]


def lone_surname(word: str, lang: str, morph, known: set[str],
                 feats: dict[str, str] | None = None) -> str | None:
    """A surname named alone, in the nominative: the reading that is the surname of a full
    name of the same report (``known``, lower case), else the one the recogniser's gender and
    case tags pick; None when neither tells (the word is then kept). A word the dictionary
    reads as a given name in the nominative ("Ирина") is no surname here."""
    readings = surname_readings(word, lang)
    if not readings or morph.word_is_known(word.lower()) and any(
            r.case == "nomn" for r in _dictionary_readings(word.lower(), morph, "Name")):
        return None
    forms = {r.nominative for r in readings}
    hits = forms & known
    if hits:
        return _cased(hits.pop(), word) if len(hits) == 1 else None
    pairs = _narrow(sorted({(r.gender, r.case) for r in readings}), feats)
    options = {r.nominative for r in readings if (r.gender, r.case) in pairs}
    return _cased(options.pop(), word) if len(options) == 1 else None
