"""An accused party's denial of the accusation named only as such (round 19, second part).

"Smith denied the allegations." names no act and no argument: what it denies is the
accusation of Smith, whatever its act. It is read here (``accused_denials`` of
``data/dispute_words.json``) as a :class:`~sitroom.link.disputes_propositions.Proposition`
whose act is the accusation's (its family of ``act_families``: "accused", "charges",
"allegations") and whose subject is the denier's name (the last capitalised word of the few
words before the denial verb), marked ``accused``. Another report's sentence tells it when it
plainly asserts a word of that family (as every proposition is matched) and tells the name as
the accused (:func:`accused_in`): "Smith was charged with ...", "accusing Smith of ...",
"allegations against Smith", "Smith's accusers"; not "Smith accused Jones" (the accuser).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_negations import asserts
from .disputes_words import _alt, _words

_CAP = re.compile(r"[A-Z][\w'-]*")
_BREAK = re.compile(r"[,;:()\"“”]")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["accused_denials"]
    denial = re.compile(
        rf"\s(?:(?:{_alt(w['auxiliaries'])})\s+){{0,2}}"
        rf"(?:{_alt(w['verbs'])})\s+(?:(?:{_alt(w['determiners'])})\s+)?"
        rf"(?:{_alt(w['objects'])})(?:\s+(?:{_alt(w['after_object'])}))?"
        r"\s*(?:[.,;:!?\"”')]|$)")
    return {"denial": denial, "max_before": int(w["max_before"]), "gap": int(w["gap"]),
            "passive": _alt(w["passive"]), "accused": _alt(w["accused"]),
            "accusation": _alt(w["accusation"]), "accusers": _alt(w["accusers"]),
            "act": str(w["act"]),
            "pronouns": frozenset(_words()["denied_propositions"]["pronouns"])}


def act() -> str:
    """The word whose stem is the act of every accused party's denial ("accuse")."""
    return str(_table()["act"])


def accused_denier(sentence: str) -> str | None:
    """The name of the party ``sentence`` tells denying the accusation against them, lowercased
    ("Smith denied the allegations.": "smith"), else None (no such denial, or no capitalised
    word past the sentence's first among the few words before the verb, a pronoun too)."""
    t = _table()
    text = sentence.replace("’", "'")
    for m in t["denial"].finditer(text):
        before = _BREAK.split(text[:m.start()])  # the words of the verb's clause before it
        clause = before[-1].split()
        words = clause[-t["max_before"]:]
        first = len(clause) - len(words)  # the clause's first word is no name unless alone
        names = [w for i, w in enumerate(words) if _CAP.fullmatch(w.removesuffix("'s"))
                 and (first + i > 0 or len(words) == 1) and w.lower() not in t["pronouns"]]
        if names:
            return names[-1].removesuffix("'s").lower()
    return None


def accused_in(sentence: str, name: str) -> bool:
    """Whether ``sentence`` plainly tells ``name`` as the accused (see the module): the
    sentence asserts once its accusation words are left out (an accusation is a hedge of its
    content elsewhere: "was charged with"), and one of the three forms names ``name``."""
    t = _table()
    if not asserts(re.sub(rf"\b(?:{t['accused']}|{t['accusation']})\b", " ", sentence,
                          flags=re.I)):
        return False
    n, gap = re.escape(name), t["gap"]
    low = sentence.replace("’", "'").lower()
    pats = (rf"\b{n}\b(?:\W+[\w-]+){{0,{gap}}}?\W+(?:{t['passive']})\s+(?:\w+\s+)?"
            rf"(?:{t['accused']})\b",
            rf"\b(?:{t['accusation']})\s+(?:[\w.-]+\s+){{0,{gap}}}?{n}\b",
            rf"\b{n}'s\s+(?:\w+\s+)?(?:{t['accusers']})\b")
    return any(re.search(p, low) for p in pats)
