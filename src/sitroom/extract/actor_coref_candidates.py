"""Whether the person a definite role phrase is given by position is its only candidate
(round 21).

The rules that give "the" + a role noun to the subject of the sentence before it
(:func:`sitroom.extract.actor_coref_holders._salient_person`,
:func:`sitroom.extract.actor_coref_conjoined.previous_subject_holder`) read that subject as
the one person in view; a report's role phrase after a sentence naming several people ("X
joined Y, Z and W ... The German chancellor grumbled") may be any of them, and the subject is
a guess. So the join holds only when the person fits the phrase and is the only person of
that sentence who does:

* fits: the person's role, when the report gives one, holds the phrase's noun; and the
  person's gender (an honorific before a mention, a gendered word of its role, else two or
  more he/she resolved to it and none of the other) is not the other one of a gendered word
  of the phrase ("the chairwoman", "the businessman": ``male_words`` / ``female_words``);
* the only one: every other person of that sentence (named, or a pronoun or role phrase
  resolved to a named person) fails the same test (a person the report gives another role
  passes over: "X met Mayor Y. The senator said": X).

A role phrase the report ties to its holder (title, apposition, "X, the ROLE" earlier) is found
before these rules by :func:`sitroom.extract.actor_coref_holders._role_holder` and is not
concerned.
"""

from __future__ import annotations

from .actor_base import Cand
from .actor_coref_common import _named_person, _root, _words
from .actor_coref_pronouns import FEMALE_WORDS, HONORIFIC_GENDER, MALE_WORDS, PRONOUN_GENDER
from ..model import AnnotatedDoc


def _role_holds(role: str | None, head: str) -> bool:
    words = _words(role or "")
    return head in words or head in {w.rstrip("s") for w in words}


def _genders_of(words: set[str]) -> set[str]:
    return {g for g, lex in (("m", MALE_WORDS), ("f", FEMALE_WORDS)) if words & lex}


def entity_genders(adoc: AnnotatedDoc, cands: list[Cand], root: int, upto: int) -> set[str]:
    """The genders the mentions before ``upto`` of the entity ``root`` give it: an honorific
    just before or opening a mention ("Mrs. Doe"), a gendered word of a role ("spokeswoman
    Jo Roe"); else the he/she resolved to it, two or more of one gender and none of the other
    ("Jo Roe ... she ... her")."""
    toks = adoc.tokens
    out: set[str] = set()
    said: dict[str, int] = {}
    for j in range(upto):
        o = cands[j]
        if o.kind != "person" or _root(cands, j) != root:
            continue
        if o.pronoun:
            said_g = PRONOUN_GENDER.get(adoc.span_text(o.start, o.end).lower(), "")
            if said_g in ("m", "f"):
                said[said_g] = said.get(said_g, 0) + 1
            continue
        for i in (o.start - 1, o.start):
            g = HONORIFIC_GENDER.get(toks[i].text.lower().rstrip(".")) if i >= 0 else None
            if g is not None:
                out.add(g)
        out |= _genders_of(_words(o.role or ""))
    if not out and len(said) == 1 and max(said.values()) >= 2:
        out = set(said)
    return out


def fits_role(adoc: AnnotatedDoc, cands: list[Cand], k: int, root: int) -> bool:
    """True when the person entity ``root`` may hold the role phrase ``k``: its role, if the
    report gives one, holds the phrase's noun, and its known gender is not the other one of a
    gendered word of the phrase."""
    head = adoc.tokens[cands[k].head].lemma.lower()
    role = cands[root].role
    if role and not _role_holds(role, head):
        return False
    wanted = _genders_of(_words(adoc.span_text(cands[k].start, cands[k].end)))
    if not wanted:
        return True
    known = entity_genders(adoc, cands, root, k)
    return not known or bool(known & wanted)


def sole_candidate(adoc: AnnotatedDoc, cands: list[Cand], k: int, holder: int,
                   sent: int, sent_of: list[int]) -> bool:
    """True when the person entity ``holder`` fits the role phrase ``k`` and no other person
    of sentence ``sent`` does (see the module)."""
    if not fits_role(adoc, cands, k, holder):
        return False
    others: set[int] = set()
    for j in range(k):
        o = cands[j]
        if sent_of[j] != sent or o.kind != "person" or o.generic:
            continue
        if not (_named_person(o) or o.coref_of is not None):
            continue
        r = _root(cands, j)
        if r != holder and _named_person(cands[r]):
            others.add(r)
    return not any(fits_role(adoc, cands, k, r) for r in others)
