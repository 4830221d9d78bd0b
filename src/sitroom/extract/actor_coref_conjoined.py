"""A bare role anaphor as the subject of a clause conjoined to its sentence's main clause, or
of the main clause right after a sentence about a named person (round 20).

"Jo Roe replied that Al Doe had attacked her, and the senator finally felt she had to answer":
the definite role phrase ("the senator") that is the subject of a clause joined by "and" to
the sentence's main clause stands for the named person who is the subject of that main clause,
as a reader takes it; the report need not have called her a senator. Only when:

* the phrase is "the" + a singular common noun (the noun of a person's role), no rule before it
  found its holder, and it is the subject of a verb conjoined (``conj``) to the sentence's root;
* the root's subject is a person the report names (a pronoun or a role phrase resolved to a
  named person counts as that person), before the phrase in the sentence;
* that person's role, when the report gives one, holds the phrase's noun, and no other person
  of the report has a role holding it ("Jo Roe, a Democrat, ... and the senator": another person).

Otherwise the phrase stays as it is (no guess). :func:`previous_subject_holder` does the same
for "the" + role noun as the main clause's subject when the sentence right before has a named
person as its main clause's one subject ("Jo Roe has invited Al Doe to testify. The senator has
spoken about ...": Jo Roe), with the same tests of role, and only when that person is the one
the report mentions most up to the phrase, at least ``bare_title_min_mentions`` times (a bare
title after a passing name is left).
"""

from __future__ import annotations

from .actor_base import SUBJECT_DEPS, Cand
from .actor_coref_candidates import sole_candidate
from .actor_coref_common import _named_person, _root, _subject_token, _words
from .actor_nominals_words import COREF_WORDS
from ..model import AnnotatedDoc

MIN_MENTIONS = int(COREF_WORDS["bare_title_min_mentions"])


def _role_holds(role: str | None, head: str) -> bool:
    words = _words(role or "")
    return head in words or head in {w.rstrip("s") for w in words}


def _bare_the_role(adoc: AnnotatedDoc, c: Cand) -> bool:
    """Candidate ``c`` is an unresolved person phrase "the" + a singular common noun ("the
    senator"), not a pronoun, not chained and not in apposition."""
    toks = adoc.tokens
    if c.kind != "person" or c.pronoun or c.coref_of is not None or c.appos_to is not None:
        return False
    det = toks[c.start] if toks[c.start].dep == "det" else toks[c.start - 1] if c.start else None
    return not (det is None or det.text.lower() != "the" or det.head != c.head
                or toks[c.head].tag != "NN" or toks[c.head].pos != "NOUN")


def conjoined_subject_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int,
                             sent_of: list[int]) -> int | None:
    """The named person a definite role phrase ``k`` stands for when it is the subject of a
    clause conjoined to the main clause whose subject that person is (see the module); None
    otherwise."""
    c = cands[k]
    toks = adoc.tokens
    if not _bare_the_role(adoc, c):
        return None
    subj = toks[_subject_token(adoc, c)]
    if subj.dep not in SUBJECT_DEPS:
        return None
    verb = toks[subj.head]
    if verb.dep != "conj" or toks[verb.head].dep != "ROOT":
        return None  # the subject of the main clause, or of a clause below it
    main = verb.head
    subjects = [j for j in range(k) if sent_of[j] == sent_of[k]
                and toks[_subject_token(adoc, cands[j])].dep in SUBJECT_DEPS
                and toks[_subject_token(adoc, cands[j])].head == main]
    return _sole_holder(adoc, cands, k, subjects)


def previous_subject_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int,
                            sent_of: list[int]) -> int | None:
    """The named person a bare definite role phrase ``k`` ("The senator said", no modifier)
    stands for when it is the subject of its sentence's main clause and the main clause of the
    sentence right before has that person as its subject (the same tests of role as
    :func:`conjoined_subject_holder`); None otherwise."""
    c = cands[k]
    toks = adoc.tokens
    if not _bare_the_role(adoc, c):
        return None
    subj = toks[_subject_token(adoc, c)]
    if subj.dep not in SUBJECT_DEPS or toks[subj.head].dep != "ROOT":
        return None
    sent = sent_of[k] - 1
    subjects = [j for j in range(k) if sent_of[j] == sent
                and toks[_subject_token(adoc, cands[j])].dep in SUBJECT_DEPS
                and toks[toks[_subject_token(adoc, cands[j])].head].dep == "ROOT"]
    holder = _sole_holder(adoc, cands, k, subjects)
    if holder is None or not sole_candidate(adoc, cands, k, holder, sent, sent_of):
        return None  # round 21: another person of that sentence fits the phrase as well
    counts: dict[int, int] = {}
    for j in range(k):
        if cands[j].kind == "person" and _named_person(cands[_root(cands, j)]):
            counts[_root(cands, j)] = counts.get(_root(cands, j), 0) + 1
    if counts.get(holder, 0) < MIN_MENTIONS or any(
            n >= counts.get(holder, 0) for r, n in counts.items() if r != holder):
        return None  # a bare title is only the report's most-mentioned person's
    return holder


def _sole_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int,
                 subjects: list[int]) -> int | None:
    """The named person role phrase ``k`` stands for when ``subjects`` holds one subject that
    names (or is chained to) a person whose role, if known, has the phrase's head noun, and no
    other named person of the report holds that role; None otherwise."""
    if len(subjects) != 1:
        return None
    o = cands[subjects[0]]
    if not (_named_person(o) or o.kind == "person" and o.coref_of is not None):
        return None
    holder = _root(cands, subjects[0])
    if not _named_person(cands[holder]):
        return None
    head = adoc.tokens[cands[k].head].lemma.lower()
    if cands[holder].role and not _role_holds(cands[holder].role, head):
        return None  # "Jo Roe, a Democrat, ... and the senator": another person
    if any(_root(cands, j) != holder and _named_person(cands[_root(cands, j)])
           and o2.kind == "person" and not o2.pronoun and _role_holds(o2.role, head)
           for j, o2 in enumerate(cands) if j != k):
        return None  # another person of the report holds the role: no telling
    return holder
