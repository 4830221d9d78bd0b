"""Persons introduced as sources, whom a later "he" or "she" of a quote may stand for (a
sub-concept of :mod:`sitroom.extract.quote_speakers`; round 19).

A report often brings its source in before the quote and names it only by what it is: "A
middleman met the family. “…,” he said."; "Three sources spoke to the paper. One is a former
officer. “…,” he said."; "The paper spoke to Ann Lee, a negotiator. “…,” she said.". The
pronoun is that source, not a person named earlier in a more prominent role (the subject of
the story). Words: ``data/lexicon/quote_sources.json`` (go-between nouns, "one") with the
anonymous heads of ``quote_words.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import lexicon
from ..model import AnnotatedDoc
from .quote_attribution import ANONYMOUS_HEADS, SPEECH_VERBS

GO_BETWEENS = lexicon.words("quote_sources", "go_between_nouns")
ONE_WORDS = lexicon.words("quote_sources", "one_words")
AS_WORDS = lexicon.words("quote_sources", "as_words")
SOURCE_NOUNS = (ANONYMOUS_HEADS | GO_BETWEENS) - lexicon.words("quote_sources", "impersonal_heads")
MALE_WORDS = lexicon.words("quote_words", "male_words")  # "Mr.", "congressman", "husband"
FEMALE_WORDS = lexicon.words("quote_words", "female_words")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _source_noun(adoc: AnnotatedDoc, i: int) -> bool:
    t = adoc.tokens[i]
    return t.pos == "NOUN" and (t.lemma.lower() in SOURCE_NOUNS or t.text.lower() in SOURCE_NOUNS)


def _plural(adoc: AnnotatedDoc, i: int) -> bool:
    t = adoc.tokens[i]
    return t.tag in _PLURAL_TAGS or t.text.lower() != t.lemma.lower()


def unnamed_source(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` heads a subject that brings in one person as a source without naming
    them: a singular source noun ("a middleman", "the source"), or "one" picking one of a
    plural source noun ("one of the sources", or "one" after "three sources" in the same or
    the previous sentence). The caller checks the role (a subject, or in apposition to one)."""
    t = adoc.tokens[i]
    if _source_noun(adoc, i):
        return not _plural(adoc, i) and not _named_in_clause(adoc, i)
    if t.text.lower() not in ONE_WORDS or t.pos not in ("NUM", "PRON") or t.dep not in _SUBJECT_DEPS:
        return False
    of = [g for c in adoc.children(i) if adoc.tokens[c].dep == "prep"
          for g in adoc.children(c) if adoc.tokens[g].dep == "pobj"]
    if of:
        return any(_source_noun(adoc, g) and _plural(adoc, g) for g in of)
    first = adoc.sents[max(0, t.sent - 1)].start
    return any(_source_noun(adoc, k) and _plural(adoc, k) for k in range(first, i))


def _named_in_clause(adoc: AnnotatedDoc, i: int) -> bool:
    """The source noun at ``i`` is given a name in its own clause: a name in apposition, or a
    name its verb predicates of it ("the person who registered it was called Ann Lee")."""
    near = [c for c in adoc.children(i) if adoc.tokens[c].dep == "appos"]
    head = adoc.tokens[i].head
    if adoc.tokens[i].dep in _SUBJECT_DEPS and head != i:
        near += [c for c in adoc.children(head) if adoc.tokens[c].dep in ("attr", "oprd")]
    return any(adoc.tokens[k].pos == "PROPN" for c in near for k in adoc.subtree(c)[:4])


def source_member(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is a definite singular noun ("the rebel fighter") naming again, by its
    noun, one member of a set of sources brought in in its sentence or the one before ("the
    three middlemen include a rebel fighter, a businessman and an official")."""
    t = adoc.tokens[i]
    if t.pos != "NOUN" or _plural(adoc, i) or not any(
            adoc.tokens[c].dep == "det" and adoc.tokens[c].text.lower() == "the"
            for c in adoc.children(i)):
        return False
    word = t.lemma.lower()
    first = adoc.sents[max(0, t.sent - 1)].start
    return any(adoc.tokens[k].lemma.lower() == word and _in_source_set(adoc, k)
               for k in range(first, adoc.subtree(i)[0]))


def _in_source_set(adoc: AnnotatedDoc, k: int) -> bool:
    """Token ``k`` is listed as one of a plural source noun ("the middlemen include X, Y and
    Z"; "the sources are X and Y"): through a list to the object or complement of a verb
    whose subject is that noun."""
    seen = set()
    while k not in seen:
        seen.add(k)
        t = adoc.tokens[k]
        if t.dep in ("conj", "appos") and t.head != k:
            k = t.head
            continue
        if t.dep not in ("dobj", "attr"):
            return False
        return any(adoc.tokens[c].dep in _SUBJECT_DEPS and _source_noun(adoc, c) and _plural(adoc, c)
                   for c in adoc.children(t.head))
    return False


def named_source(adoc: AnnotatedDoc, i: int, is_person: Callable[[int], bool]) -> bool:
    """Token ``i`` is a name (``is_person``) in apposition to a singular source noun, in any
    role: "the paper spoke to Ann Lee, a negotiator for the family"; "a middleman, Tom Hale,"."""
    t = adoc.tokens[i]
    if not is_person(i) or t.dep in ("compound", "flat"):
        return False
    near = [c for c in adoc.children(i) if adoc.tokens[c].dep == "appos"]
    if t.dep == "appos" and t.head != i:
        near.append(t.head)
    return any(_source_noun(adoc, k) and not _plural(adoc, k) for k in near) \
        or _quoted_as_saying(adoc, i)


def _quoted_as_saying(adoc: AnnotatedDoc, i: int) -> bool:
    """The name at ``i`` is (inside) the object of a verb quoting it: "the site quoted the
    head of the council, Ann Lee, as saying"."""
    seen = set()
    while i not in seen and adoc.tokens[i].dep in ("pobj", "prep", "appos", "compound", "flat"):
        seen.add(i)
        i = adoc.tokens[i].head
    if adoc.tokens[i].dep != "dobj":
        return False
    verb = adoc.tokens[i].head
    return any(adoc.tokens[c].text.lower() in AS_WORDS and any(
        adoc.tokens[g].lemma.lower() in SPEECH_VERBS for g in adoc.children(c))
        for c in adoc.children(verb) if adoc.tokens[c].dep == "prep")


def named_as(adoc: AnnotatedDoc, head: int, first: int, is_person: Callable[[int], bool]) -> int | None:
    """Token of the nearest name before the phrase headed by ``head`` (a go-between noun:
    "the middleman said"), from token ``first`` on, introduced in apposition to the same
    noun ("Tom Hale, a middleman for the family, ..."); None when there is none."""
    word = adoc.tokens[head].lemma.lower()
    start = adoc.subtree(head)[0]
    for i in range(start - 1, first - 1, -1):
        if not named_source(adoc, i, is_person):
            continue
        t = adoc.tokens[i]
        near = [c for c in adoc.children(i) if adoc.tokens[c].dep == "appos"] + (
            [t.head] if t.dep == "appos" else [])
        if any(adoc.tokens[k].lemma.lower() == word for k in near):
            return i
    return None


def _gender_fits(word: str, want: str | None) -> bool:
    """A noun's gender (by :data:`MALE_WORDS` and :data:`FEMALE_WORDS`) does not differ from ``want``."""
    got = "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None
    return not (want and got and got != want)


def unnamed_stop(adoc: AnnotatedDoc, i: int, want: str | None) -> bool:
    """A personal pronoun's search back stops at token ``i``: a source brought in without a
    name (:func:`unnamed_source`, :func:`source_member`) whose noun's gender does not differ
    from the pronoun's (``want``): "a middleman met the family. “…,” he said"."""
    return (unnamed_source(adoc, i) or source_member(adoc, i)) \
        and _gender_fits(adoc.tokens[i].lemma.lower(), want)


def unnamed_antecedent(found: int | None, is_person: Callable[[int], bool]) -> int | None:
    """The token of the source brought in without a name ("a middleman", "one of the
    sources") that a personal pronoun's antecedent ``found`` is (no person, ``is_person``),
    else None."""
    return found if found is not None and not is_person(found) else None
