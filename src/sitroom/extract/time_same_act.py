"""Times, the same act told again: an act with no time of its own that repeats an act the
report told earlier with a time of its own clause takes that time ("X was shot on Tuesday
night. ... // The shooting of X drew crowds"; "... who killed Y in February 2012. // ... the
gun he used to kill Y"). The two mentions are one act when they share the act's word (a verb
and its own lemma, or the noun made of it: "shot" and "the shooting") and its object ("Y" of
"killed Y" and "kill Y"; "the shooting of Y", "Y's shooting"). Used by :func:`sitroom.extract.time_anchoring.anchor_event` after the
governing rule, before the paragraph's and the story's day (round 21). The act words of a
document's tokens are indexed once per document (:func:`act_index`), so that the search for
earlier mentions costs the mentions that share a word, not every earlier token (round 22)."""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar

from ..model import AnnotatedDoc
from .time_lex import WORDS

_SAME = WORDS["same_act"]
_SUFFIXES = tuple(_SAME["nominal_suffixes"])  # "shooting" of "shoot"
_VERB_ARGS = frozenset(_SAME["verb_argument_deps"])  # "shot the man", "the man was shot"
_NOUN_ARGS = frozenset(_SAME["noun_argument_deps"])  # "the man's shooting", "the X shooting"
_NOUN_PREPS = frozenset(_SAME["noun_argument_preps"])  # "the shooting of the man"

A = TypeVar("A")


def act_words(adoc: AnnotatedDoc, i: int) -> frozenset[str]:
    """The words an act at token ``i`` may share with another mention of it: a verb's lemma;
    a noun's lemma and the verb stems it is made of ("shooting": shoot, shoote, shoot with a
    doubled consonant dropped: "shipping" -> ship). Empty for any other token."""
    tok = adoc.tokens[i]
    lemma = tok.lemma.lower()
    if tok.pos == "VERB":
        return frozenset((lemma,))
    if tok.pos != "NOUN":
        return frozenset()
    out = {lemma}
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return frozenset(out)


def act_objects(adoc: AnnotatedDoc, i: int) -> frozenset[str]:
    """The lemmas of the head words of the act's object, pronouns left out (they name
    nothing by themselves): a verb's object or passive subject; a noun's possessor, its
    compound ("the Martin shooting") and the object of its "of"."""
    toks = adoc.tokens
    heads: list[int] = []
    for c in adoc.children(i):
        dep = toks[c].dep
        if toks[i].pos == "VERB" and dep in _VERB_ARGS:
            heads.append(c)
        elif toks[i].pos == "NOUN" and dep in _NOUN_ARGS:
            heads.append(c)
        elif (toks[i].pos == "NOUN" and dep == "prep"
              and toks[c].text.lower() in _NOUN_PREPS):
            heads.extend(g for g in adoc.children(c) if toks[g].dep == "pobj")
    return frozenset(toks[h].lemma.lower() for h in heads if toks[h].pos != "PRON")


_LAST = threading.local()  # the last document indexed on this thread, and its index


def act_index(adoc: AnnotatedDoc) -> dict[str, tuple[int, ...]]:
    """Every act word of the document (:func:`act_words`) and the tokens that carry it, in
    document order: built once per document (the last one indexed is kept, per thread, since
    :func:`same_act_time` is asked for each event of one document in turn)."""
    last = getattr(_LAST, "pair", None)
    if last is not None and last[0] is adoc:
        return last[1]
    found: dict[str, list[int]] = {}
    for i in range(len(adoc.tokens)):
        for w in act_words(adoc, i):
            found.setdefault(w, []).append(i)
    index = {w: tuple(ks) for w, ks in found.items()}
    _LAST.pair = (adoc, index)
    return index


def _earlier_mentions(adoc: AnnotatedDoc, trigger: int, words: frozenset[str]) -> list[int]:
    """The tokens before ``trigger`` that share one of ``words``, nearest first."""
    index = act_index(adoc)
    found: set[int] = set()
    for w in words:
        ks = index.get(w, ())
        found.update(ks[: bisect_left(ks, trigger)])
    return sorted(found, reverse=True)


def same_act_time(adoc: AnnotatedDoc, trigger: int,
                  governing: Callable[[int], A | None]) -> A | None:
    """The time of the nearest earlier mention of the trigger's act, told in an earlier
    sentence, whose own clause dates it (``governing(token)``: the governing rule's anchor of
    that token, or None), or None. The two mentions share the act's word
    (:func:`act_words`) and an object (:func:`act_objects`). A mention with no object of its
    own is left alone: a first version that let a noun with the definite article and no
    object take the nearest earlier mention of its word gave one meeting the time of
    another ("the meeting"), and ongoing complaints the day of earlier ones."""
    toks = adoc.tokens
    words = act_words(adoc, trigger)
    if not words:
        return None
    objects = act_objects(adoc, trigger)
    if not objects:
        return None
    sent = toks[trigger].sent
    for p in _earlier_mentions(adoc, trigger, words):
        if toks[p].sent == sent or not (act_objects(adoc, p) & objects):
            continue
        found = governing(p)
        if found is not None:
            return found
    return None
