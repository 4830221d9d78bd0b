"""Unnamed groups that are actors (round 18). The pair of named bodies a counted plural phrase
stands for: "the two companies", "both parties" after a report that names two bodies ("X sues
Y ... a dispute between the two companies") is those two, one mention of the pair, not an
antecedent only. And a plural of people no actor noun covers (:func:`people_group`: "users",
"customers", ``people_group_nouns``) that is a verb's subject or direct object is a group.

:func:`pair_of_bodies` is used by :func:`sitroom.extract.actor_phrases.phrase_mentions`. The
phrase is a plural noun of bodies (a noun of actors of one of ``pair_kinds``: "companies",
"parties"; not "candidates") with one of ``pair_counts`` of ``data/coref_words.json`` ("two",
"both"); the pair is the two distinct named bodies, and no third, that its sentence before it
and the sentence before that name. Its name is the two names joined by "and", in the order the
report first names them.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import Cand, actor_noun_kind
from .actor_nominals_words import COREF_WORDS

PAIR_COUNTS = frozenset(COREF_WORDS["pair_counts"])
PAIR_KINDS = frozenset(COREF_WORDS["pair_kinds"])
PEOPLE_GROUPS = frozenset(COREF_WORDS["people_group_nouns"])


def pair_of_bodies(adoc: AnnotatedDoc, found: list[Cand], start: int, head: int) -> str | None:
    """The name of the pair of named bodies the plural phrase [start, ..) headed by ``head``
    stands for, None when it is no counted pair or no clear pair is named just before it."""
    toks = adoc.tokens
    if toks[head].tag not in ("NNS", "NNPS") or actor_noun_kind(toks[head]) not in PAIR_KINDS \
            or not any(toks[c].text.lower() in PAIR_COUNTS and toks[c].dep in ("nummod", "det", "predet")
                       for c in adoc.children(head)):
        return None
    sent = toks[head].sent
    first: dict[str, int] = {}
    for c in found:
        if c.start < start and sent - 1 <= toks[c.head].sent <= sent and c.kind in PAIR_KINDS \
                and not c.generic and not c.pronoun and c.name[:1].isupper():
            first.setdefault(c.name, c.start)
    if len(first) != 2:
        return None
    pair = sorted(first, key=lambda n: first[n])
    return f"{pair[0]} and {pair[1]}"


def people_group(adoc: AnnotatedDoc, head: int) -> bool:
    """True when the plural noun at ``head`` is one of ``people_group_nouns`` ("users",
    "customers") and the subject or the direct object of a verb ("users can record", "allows
    users to"): a group of people that acts or is acted on."""
    toks = adoc.tokens
    t = toks[head]
    return t.tag == "NNS" and t.lemma.lower() in PEOPLE_GROUPS and t.head != head and \
        t.dep in ("nsubj", "nsubjpass", "dobj") and toks[t.head].pos in ("VERB", "AUX")
