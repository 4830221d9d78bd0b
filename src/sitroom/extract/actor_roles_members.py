"""Role phrases of one person headed by a noun of people ("the Republican candidate", "the
veteran journalist"): round 15, second wave.

The nouns of ``actor_words.json`` that name people of a group ("candidate", "journalist",
"lawyer") make a group actor of a phrase; in the singular, with "the" and a describing
modifier, such a phrase is one person, and often the person the report has just named
("Jo Roe said ... . The Republican candidate appeared ..."). :func:`one_person_phrase` tells
such a phrase; :func:`sitroom.extract.actor_coref.resolve` then joins it to the person the
sentence before is about, or to the only person in focus, by the rules of the definite role
phrases, and leaves it a group actor when they find no one. The rule of the one named person
whose role holds the noun is not used for them: in a report that strings entries together, the
one person titled "candidate" is often not the one the entry speaks of (a candidate joined to
another candidate). Words in
``data/coref_words.json`` (``one_person_determiners``).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model import AnnotatedDoc
from .actor_base import ACTOR_NOUNS, COLLECTIVE_NOUNS, Cand

_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
DETERMINERS = frozenset(_CW["one_person_determiners"])
DESCRIBING = frozenset(_CW["one_person_modifier_deps"])
PARTITIVE_PREPS = frozenset(_CW["predicate_partitive_preps"])
AMONG_PREPS = frozenset(_CW["predicate_among_preps"])
QUANTIFIER_TAGS = frozenset(_CW["predicate_quantifier_tags"])
PREDICATE_DEPS = frozenset(_CW["predicate_deps"])
COPULAR_VERBS = frozenset(_CW["copular_verbs"])
COUNT_WORDS: dict[str, int] = _CW["member_count_words"]
MARKS_BEFORE = frozenset(_CW["named_list_marks_before"])
MARKS_AFTER = frozenset(_CW["named_list_marks_after"])
LIST_GAP: int = _CW["named_list_gap"]
NAME_LABELS = frozenset(_CW["named_list_name_labels"])


def one_person_phrase(adoc: AnnotatedDoc, c: Cand) -> bool:
    """True when ``c`` is a group mention that is one person described: a singular common
    noun of people that is no collective ("candidate", not "crowd"), after "the", with a
    describing modifier that is no name ("the Republican candidate", "the veteran
    journalist"; not "the candidate", "the Acme candidate", "the candidates", "a candidate")."""
    toks = adoc.tokens
    if c.kind != "group" or c.pronoun or c.generic or c.role is not None or c.coref_of is not None:
        return False
    t = toks[c.head]
    lemma = t.lemma.lower()
    if t.tag != "NN" or ACTOR_NOUNS.get(lemma) != "group" or lemma in COLLECTIVE_NOUNS:
        return False
    det = c.start if toks[c.start].dep == "det" else c.start - 1
    if det < 0 or toks[det].dep != "det" or toks[det].text.lower() not in DETERMINERS:
        return False
    mods = [m for m in adoc.children(c.head) if c.start <= m < c.head and toks[m].dep in DESCRIBING]
    return bool(mods) and not any(toks[m].pos == "PROPN" or toks[m].ent_type in ("PERSON", "ORG", "GPE")
                                  for m in range(det + 1, c.head))


def predicate_members(adoc: AnnotatedDoc, c: Cand) -> bool:
    """True when ``c`` (people: a person or a group, named by common nouns) is what the subject of a copula is said to
    be among: the noun after "of" of a predicate "some of", "one of", "among" ("the two have
    become some of the least ideological candidates", "she is one of the best lawyers"), no one
    new; a name is left alone (a predicate noun itself, "X was a novice politician", is no mention already)."""
    toks = adoc.tokens
    if c.kind not in ("person", "group") or c.pronoun:
        return False
    t = toks[c.head]
    if t.pos != "NOUN" or t.ent_type or any(toks[i].pos == "PROPN" for i in range(c.start, c.head)):
        return False  # a name: someone the report names
    if t.dep != "pobj":
        return False
    prep = toks[t.head]
    if prep.text.lower() in AMONG_PREPS and prep.dep == "prep":
        return toks[prep.head].lemma.lower() in COPULAR_VERBS  # "she is among the best lawyers"
    q = toks[prep.head]  # "some" of "some of the ...", "one" of "one of the ..."
    return (prep.text.lower() in PARTITIVE_PREPS and q.tag in QUANTIFIER_TAGS
            and q.dep in PREDICATE_DEPS and toks[q.head].lemma.lower() in COPULAR_VERBS)


def counted_named_members(adoc: AnnotatedDoc, cands: list[Cand], k: int) -> bool:
    """True when ``cands[k]`` is a plural phrase of people with a number ("two PBS
    journalists", "three other lawmakers") that stands for as many persons the report names
    right beside it: a list of exactly that many coordinated names just before it and a comma
    ("Jo Roe and Al Doe, two reporters") or just after it and a colon, with no verb between
    ("two lawmakers this year: Jo Roe in Ohio and Al Doe in Utah"). Such a phrase is those
    persons, no actor of its own (round 16, third wave)."""
    c = cands[k]
    toks = adoc.tokens
    if c.kind != "group" or c.pronoun or c.coref_of is not None or c.role is not None:
        return False
    t = toks[c.head]
    if t.tag != "NNS" or ACTOR_NOUNS.get(t.lemma.lower()) not in ("group", "person") \
            or t.lemma.lower() in COLLECTIVE_NOUNS:
        return False
    n = next((COUNT_WORDS[toks[m].text.lower()] for m in adoc.children(c.head)
              if toks[m].dep == "nummod" and toks[m].text.lower() in COUNT_WORDS), None)
    if n is None:
        return False
    persons = [o for j, o in enumerate(cands) if j != k and o.kind == "person" and not o.pronoun]
    sent = t.sent
    before = c.start - 1
    if before > 0 and toks[before].text in MARKS_BEFORE:
        last = next((o for o in persons if o.end == before), None)
        if last is not None and _names_in_list(adoc, last.head) == n:
            return True
    for i in range(c.end, min(c.end + LIST_GAP + 1, len(toks))):
        if toks[i].sent != sent or toks[i].pos in ("VERB", "AUX"):
            return False
        if toks[i].text in MARKS_AFTER:
            first = next((o for o in persons if o.start == i + 1), None)
            return first is not None and _names_in_list(adoc, first.head) == n
    return False


def _names_in_list(adoc: AnnotatedDoc, head: int) -> int:
    """How many names of persons the coordination that holds the name headed by ``head`` lists
    ("Jo Roe in Ohio and Al Doe": 2): its conjuncts that are proper nouns of persons (or of
    nothing the tagger labels), counted from the first."""
    toks = adoc.tokens

    def is_name(i: int) -> bool:
        return toks[i].pos == "PROPN" and toks[i].ent_type in NAME_LABELS

    first = head
    while toks[first].dep == "conj" and is_name(toks[first].head) and toks[first].head != first:
        first = toks[first].head
    count, todo = 0, [first]
    while todo:
        i = todo.pop()
        count += 1
        todo += [m for m in adoc.children(i) if toks[m].dep == "conj" and is_name(m)]
    return count
