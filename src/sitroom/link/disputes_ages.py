"""One person's age told two ways (round 22, issue 15 item 4): "Dana Quill, 26, said ..."
against "the 27-year-old Quill" in another report of the story (``ages`` of
``data/dispute_words.json``).

An age is read where it is attached to a name: after it, set off by commas ("Quill, 26,",
"Quill , aged 55 ,"), or before it as "<n>-year-old", at most ``max_between`` lower-case words
away and none of ``not_between`` ("a 26-year-old from Derry" names a place, no person). The
name's last word must be read as a person's condition's subject is
(:func:`~sitroom.link.disputes_conditions._who`: no place or demonym) and be no word of
``not_names``, ``months`` or ``conditions.persons`` ("Chairman Ron Denton, 46," where the
gazetteer knows Denton; "a 61-year-old Macon County man"; "Man, 80, dies"). The age is a
condition of state "age <n>" (:func:`~sitroom.link.disputes_conditions.conditions`) of all the
name's words, lower-cased, so two reports of one story and moment contradict each other when
they tell one name at two ages (the words of one name all among the other's: "Quill" and "Dana
Quill", not "Dana Quill" and "Ann Quill", nor "Feng Lung" and "Fan Lung"), at most
``max_gap`` years apart (a wider gap is more likely two people of one name), both reports
dated (:func:`~sitroom.link.disputes_conditions.dated_enough`). Before a name, an age is read
only with a full name ("the 27-year-old Dana Quill"; "the 73-year-old Democratic socialist"
names no one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .disputes_words import _alt, _words

_NAME = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["ages"]
    return {
        "after": re.compile(rf"{_NAME}\s*,\s*(?:(?:{_alt(w['aged'])})\s+)?(\d{{1,3}})\s*,(?!\d)"),
        "before": re.compile(rf"(?<![\w-])(\d{{1,3}})[- ](?:{_alt(w['year_old'])})\s+"
                             rf"((?:[a-z][\w-]*\s+){{0,{int(w['max_between'])}}}){_NAME}"),
        "not_between": frozenset(w["not_between"]),
        "not_names": frozenset(w["not_names"]) | frozenset(_words()["months"]) | frozenset(
            _words()["conditions"]["persons"]),
        "min": int(w["min"]), "max": int(w["max"]), "gap": int(w["max_gap"]),
        "state": str(w["state"]),
    }


def ages(sentence: str, who: Callable[[str, bool], frozenset[str]]
         ) -> list[tuple[str, frozenset[str]]]:
    """The ages ``sentence`` attaches to names, as (state, the name's words, lower-cased): the
    state "age <n>", only when ``who`` reads the name's last word as a person's (see the
    module)."""
    t = _table()
    out: list[tuple[str, frozenset[str]]] = []
    found = [(m.group(2), m.group(1)) for m in t["after"].finditer(sentence)]
    for m in t["before"].finditer(sentence):
        if not set(m.group(2).split()) & t["not_between"] and " " in m.group(3):
            found.append((m.group(1), m.group(3)))  # a full name ("the 73-year-old Democratic
            # socialist": a capitalised word before an age's noun is no name)
    for age, name in found:
        if not t["min"] <= int(age) <= t["max"]:
            continue
        words = [w.lower() for w in name.split()]
        if words[-1] in who(name, False) and words[-1] not in t["not_names"]:
            out.append((f"{t['state']} {int(age)}", frozenset(words)))  # its last a person's
    return out


def age_of(state: str) -> int | None:
    """The years of an age's state ("age 26": 26), None for another state."""
    head, _, n = state.partition(" ")
    return int(n) if head == _table()["state"] and n.isdigit() else None


def ages_clash(a: str, b: str) -> bool:
    """Whether two states are one person's two ages at most ``max_gap`` years apart."""
    x, y = age_of(a), age_of(b)
    return x is not None and y is not None and x != y and abs(x - y) <= _table()["gap"]
