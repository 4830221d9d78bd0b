"""A person's title and role phrase read by structure (round 18), used by
:mod:`sitroom.extract.actor_entities`; words in ``data/actor_rules.json``:

* :func:`pageant_title_end`: the title of a pageant before a person's name ("former Miss
  Universe Jane Doe"): an honorific of ``pageant_honorifics`` closing the title, then a word of
  ``pageant_words`` or a country's or a first-level division's name, then a name of two words
  or more: that word belongs to the title, not to the name; with no name after it
  (:func:`pageant_title_only`, "the former Miss Universe") the mention is a role phrase;
* :func:`not_a_role`: an appositive that is no role of one person: opened by one of
  ``role_quantifiers`` ("Jane Doe and Al Roe (all times local)": a note on the whole phrase,
  not Jane Doe's role); nor one headed by a word of an entity of ``role_never_labels`` or by
  a number (round 19: "Jane Doe (@janedoe) May 2, 2014" or "... 2014": the date line of an
  embedded post, not her role).

Round 21: :func:`without_honorifics`, a role cut of the honorifics at its end ("former
Assistant Secretary Dr." before "Jo Roe": "former Assistant Secretary"; "Mr": no role); the
honorifics are ``person_evidence.honorifics`` of ``data/actor_words.json`` and
``role_honorifics`` of ``data/coref_words.json``.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import PERSON_EVIDENCE
from .actor_chains import RULES
from .actor_labels import is_region
from .actor_nominals_words import COREF_WORDS
from .actor_places import is_country

HONORIFICS = frozenset(RULES["pageant_honorifics"])
PAGEANT_WORDS = frozenset(RULES["pageant_words"])
QUANTIFIERS = frozenset(RULES["role_quantifiers"])
NEVER_ROLE_LABELS = frozenset(RULES["role_never_labels"])
ROLE_HONORIFICS = frozenset(PERSON_EVIDENCE["honorifics"]) | frozenset(
    COREF_WORDS["role_honorifics"])


def without_honorifics(role: str | None) -> str | None:
    """``role`` without the honorifics that end it ("former Assistant Secretary Dr." ->
    "former Assistant Secretary", "Mr" -> None): an honorific is never a role; what is left
    of it made only of ``role_quantifiers`` ("Both Mr." -> "Both") is none either. A role
    with no honorific at its end is returned as it is."""
    if not role:
        return role
    words = role.split()
    if not words or words[-1].lower().rstrip(".") not in ROLE_HONORIFICS:
        return role
    while words and words[-1].lower().rstrip(".") in ROLE_HONORIFICS:
        words.pop()
    if all(w.lower() in QUANTIFIERS for w in words):
        return None
    return " ".join(words)


def pageant_title_end(adoc: AnnotatedDoc, s: int, n: int, end: int) -> int:
    """The start of a person's name whose title [s, n) ends in an honorific of a pageant and
    whose name [n, end) opens with the pageant's word: ``n + 1`` ("former Miss Universe Jane
    Doe": the name "Jane Doe"); ``n`` otherwise (the name must keep two words or more, so
    "Miss Jones" and "Miss Georgia Jones" stay as they are)."""
    return n + 1 if end - n >= 3 and _pageant(adoc, s, n) else n


def pageant_title_only(adoc: AnnotatedDoc, s: int, n: int, end: int) -> bool:
    """True when the person's mention [s, end) is a pageant's title with no name after it
    ("the former Miss Universe"): a role phrase, its holder the person the report gives it."""
    return end - n == 1 and _pageant(adoc, s, n)


def _pageant(adoc: AnnotatedDoc, s: int, n: int) -> bool:
    """True when the title [s, n) ends in one of ``pageant_honorifics`` and the word at ``n``,
    capitalised, is one of ``pageant_words`` or a country's or first-level division's name."""
    toks = adoc.tokens
    if n <= s or toks[n - 1].text.lower() not in HONORIFICS or not toks[n].text[:1].isupper():
        return False
    word = toks[n].text
    return word.lower() in PAGEANT_WORDS or is_country(word) or is_region(word)


def not_a_role(adoc: AnnotatedDoc, c: int) -> bool:
    """True when the appositive headed by ``c`` is no role of one person: it opens with one of
    ``role_quantifiers`` ("all times", "both senators"), or is headed by a date, a time or a
    number ("(@handle) 2014"). A plural head alone is not enough: the
    parse heads "X's global politics and outreach director" by "politics"."""
    toks = adoc.tokens
    if toks[c].ent_type in NEVER_ROLE_LABELS or toks[c].pos == "NUM":
        return True  # a date, a time or a year alone is never a role
    return any(toks[d].dep in ("det", "predet") and toks[d].text.lower() in QUANTIFIERS
               for d in adoc.children(c))
