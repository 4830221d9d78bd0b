"""Small helpers shared by the modules of within-report coreference (round 17 split of
:mod:`sitroom.extract.actor_coref`): the entity a mention stands for, the words of a role, a
surname, the subject a mention is, a named person. Words in ``data/actor_words.json``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .actor_base import DETERMINERS, NAME_ARTICLES, SUBJECT_DEPS, Cand
from ..model import AnnotatedDoc

_GW = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_words.json")
                 .read_text(encoding="utf-8"))
TITLE_ABBREVIATIONS: dict[str, str] = _GW["title_abbreviations"]
_ARTICLE = re.compile(r"^(?:" + "|".join(NAME_ARTICLES) + r")[-‐]", re.IGNORECASE)


def _root(cands: list[Cand], j: int) -> int:
    """The entity (first mention) candidate ``j`` stands for."""
    for _ in range(len(cands)):
        nxt = cands[j].coref_of
        if nxt is None or nxt == j:
            break
        j = nxt
    return j


def _surname(name: str) -> str:
    """The last word of a name without an Arabic article ("al-Jolani" -> "Jolani")."""
    return _ARTICLE.sub("", name.split()[-1])


def _words(text: str) -> set[str]:
    """The words of a role or role phrase, lower case, an abbreviated title with its full word
    ("Gov." -> gov, governor), a possessive without its mark ("X's minister": x, minister)."""
    out = {re.sub(r"['’]s$", "", w.strip(".,'’").lower()) for w in text.split()} \
        - DETERMINERS - {"of", "'s", "’s", ""}
    return out | {TITLE_ABBREVIATIONS[w] for w in out if w in TITLE_ABBREVIATIONS}


def _subject_token(adoc: AnnotatedDoc, c: Cand) -> int:
    t = adoc.tokens[c.head]
    return t.head if t.dep == "appos" else t.i


def _named_person(o: Cand) -> bool:
    return (o.kind == "person" and not o.pronoun and not o.definite_role and o.appos_to is None
            and o.name[:1].isupper() and not o.generic)


def _is_subject(adoc: AnnotatedDoc, c: Cand) -> bool:
    t = adoc.tokens[c.head]
    if t.dep == "appos":
        t = adoc.tokens[t.head]
    return t.dep in SUBJECT_DEPS


def _appos_root(adoc: AnnotatedDoc, i: int) -> int:
    """The head of an apposition chain ("Minister X" -> X, "X, the minister" -> X)."""
    while adoc.tokens[i].dep == "appos" and adoc.tokens[i].head != i:
        i = adoc.tokens[i].head
    return i
