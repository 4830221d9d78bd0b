"""What two statements in different languages can be compared by.

Event coreference keeps apart two statements (denials, demands, accusations) of one actor on
one day when the words they govern have nothing in common: "denied that wages were held back"
and "denied any role in the attack" are two denials. Words cannot be compared across
languages: a Russian denial and a French denial of the same thing share no word. For such a
pair the comparison falls back on what is the same in every language: the picture's ids of
the actors and places the statement names after its verb, the types of the acts it governs
("denied that its aircraft fired": ASSAULT), and the numbers it gives. Two statements say
different things when these keys have nothing in common, or when only one of them has any;
with none on either side nothing tells them apart (their actor, day and type already agree),
and they stay together.

A mention's language is its live-blog entry's where the entry has its own (a blog mixing
languages), else its report's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ..model import Update
from .textsim import numbers


class Tail(NamedTuple):
    """What a statement governs: ``words`` (stems, comparable within one language), and
    ``neutral`` keys (actor and place ids named after the verb, ``T_<type>`` of the acts it
    governs, numbers) comparable across languages; ``language`` the mention's."""

    language: str
    words: frozenset[str]
    neutral: frozenset[str]


def language_at(doc_language: str, updates: Iterable[Update], char: int) -> str:
    """The language of the text at ``char`` of a report: its live-blog entry's own language if
    the entry has one, else the report's."""
    for u in updates:
        if u.start <= char < u.end and u.language:
            return u.language
    return doc_language or "en"


def neutral_keys(after: str, named_ids: Iterable[str]) -> frozenset[str]:
    """The language-neutral keys of a statement: ``named_ids`` (the ids of the actors and
    places it names after its verb, the ``T_<type>`` of the acts it governs) and the numbers
    in the words after its verb (``N_<digits>``)."""
    return frozenset(named_ids) | frozenset(f"N_{n}" for n in numbers(after))


def tails_agree(a: Tail, b: Tail) -> bool:
    """Whether two statements can say the same thing: in one language, a word in common; in
    two, a neutral key in common, or none on either side (nothing tells them apart). One
    naming an act, a party or a figure that the other does not name says something else."""
    if a.language == b.language:
        return bool(a.words & b.words)
    if a.neutral or b.neutral:
        return bool(a.neutral & b.neutral)
    return True


def doc_languages(documents: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """Report id -> its language (``en`` where none is stored)."""
    return {str(d["id"]): str(d.get("language") or "en") for d in documents}
