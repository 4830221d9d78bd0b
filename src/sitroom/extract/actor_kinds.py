"""Persons the entity recogniser tagged as bodies or places, told by the whole report.

Used by :func:`sitroom.extract.actors.extract_actors` before coreference. The kind of an
entity is decided from all its mentions, not by one tagger decision: a name tagged as an
organisation or a state is a person when the report shows it is one somewhere, by

* an honorific before its last word ("Ms. Doe", "Mr Doe"),
* a subject's own he/she or himself/herself later in its clause, no other name between
  ("Jane Doe hurt herself"; not "Acme said she ...", said of someone else, nor a possessive:
  "Acme put his worth at ..."),

* the same full name given to a person with a title or a role elsewhere in the report ("Jane
  Doe" tagged once as a body, once as "Sen. Jane Doe"),
* a person's role noun before a name of two or three words ("Spokeswoman Jo Roe"),
* a one-word name that is the given name of exactly one such titled person of the report and
  no one's surname ("Preet" after "Preet Doe"),

and then every mention of the same name or of its last word alone ("Doe" after "Jane Doe")
is that person too. A body named after a person the report names in full ("Dell" and "Michael
Dell") is no such evidence: many firms bear their founder's name; nor is "who" after a name
(teams and bodies take it too: "the Saints, who"; tried, it lowered the ECB+ cross-document
participants score). The words are the ``person_evidence`` rows of ``data/actor_words.json``.
"""

from __future__ import annotations

from collections import Counter

from ..model import AnnotatedDoc
from .actor_base import (INSTITUTION_SUFFIXES, PERSON_EVIDENCE, SUBJECT_DEPS, Cand,
                         actor_noun_kind, lem_of, low)

HONORIFICS = frozenset(PERSON_EVIDENCE["honorifics"])
PERSONAL_PRONOUNS = frozenset(PERSON_EVIDENCE["pronouns"])
# dependencies that open a clause of its own: a pronoun inside is not the subject's own
CLAUSE_DEPS = frozenset(PERSON_EVIDENCE["clause_deps"])
# the kinds a tagger's slip can give a person's name
_SLIPS = frozenset({"organisation", "state"})


def _name_like(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower()
                                        for w in words if w.isalpha())


def _body_words(adoc: AnnotatedDoc, c: Cand) -> bool:
    """A word of the name is a plural proper noun ("the Saints, who", "Screen Actors Guild") or
    a noun of bodies ("Congress", "Management Group"): a team or a body."""
    return any(t.tag == "NNPS" or actor_noun_kind(t) is not None or lem_of(t) in INSTITUTION_SUFFIXES
               for t in adoc.tokens[c.start:c.end])


def persons_by_evidence(adoc: AnnotatedDoc, cands: list[Cand]) -> None:
    """Make person every named mention of kind organisation or state whose name the report
    shows to be a person's (see the module doc)."""
    toks = adoc.tokens
    # "Spokeswoman Jo Roe" tagged a body: a person's role noun, then a name of two words
    led = {c.name.split()[-1] for c in cands if c.kind in _SLIPS and not c.pronoun
           and not c.generic and _role_led(adoc, c)}
    slipped = [c for c in cands if c.kind in _SLIPS and not c.pronoun and not c.generic
               and (_name_like(c.name) and not _body_words(adoc, c) or _role_led(adoc, c)
                    or c.name.split()[-1] in led and " " not in c.name)]
    if not slipped:
        return
    honoured = {toks[k + 1].text for k in range(len(toks) - 1) if low(toks[k]) in HONORIFICS}
    # full names the report gives persons elsewhere, and the given names of exactly one
    # (with a title or an appositive role: the tagger alone also calls firms persons,
    # "Northrop Grumman"; a name that repeats its role's word is a role cut, "Acme President")
    full = [c.name.split() for c in cands if c.kind == "person" and not c.pronoun and c.role
            and " " in c.name and _name_like(c.name)
            and not set(c.name.split()) & set((c.role or "").split())]
    persons = {" ".join(w) for w in full}
    given = Counter(w[0] for w in {tuple(w) for w in full})
    surnames = {w[-1] for w in full}
    shown: set[str] = set(led)  # last words of names shown to be persons'
    for c in slipped:
        last = c.name.split()[-1]
        if last in honoured or _own_pronoun(adoc, c, cands) or c.name in persons or (
                " " not in c.name and given[c.name] == 1 and c.name not in surnames):
            shown.add(last)
    for c in slipped:
        if c.name.split()[-1] in shown:
            c.kind = "person"


def _role_led(adoc: AnnotatedDoc, c: Cand) -> bool:
    """The mention is a person's role noun followed by a name of two or three words
    ("Spokeswoman Jo Roe", "Lawyer Jo Q. Roe")."""
    toks = adoc.tokens[c.start:c.end]
    return 3 <= len(toks) <= 4 and actor_noun_kind(toks[0]) == "person" and all(
        t.pos == "PROPN" and t.text[:1].isupper() and actor_noun_kind(t) is None for t in toks[1:])


def _own_pronoun(adoc: AnnotatedDoc, c: Cand, cands: list[Cand]) -> bool:
    """A subject followed in its own clause by a he/she or a himself/herself, no other name
    between ("Jane Doe hurt herself"); not a possessive ("Acme put his worth at ...": his is
    often someone else's)."""
    toks = adoc.tokens
    if toks[c.head].dep not in SUBJECT_DEPS:
        return False
    names = {o.start for o in cands if not o.pronoun and o.start >= c.end}
    sent = adoc.sents[toks[c.head].sent]
    for k in range(c.end, sent.end):
        if k in names:
            return False  # another name between: the pronoun may be its own
        t = toks[k]
        if t.text.lower() in PERSONAL_PRONOUNS and t.dep != "poss" and t.tag != "PRP$":
            return _same_clause(adoc, k, toks[c.head].head)
    return False


def _same_clause(adoc: AnnotatedDoc, i: int, verb: int) -> bool:
    """True when token ``i`` hangs from ``verb`` without crossing into a clause of its own
    ("Acme said her fortune ...": "her" is in what was said, someone else's); a verb it
    controls ("considered selling her car") is the same clause."""
    toks = adoc.tokens
    seen = set()
    while i != verb and i not in seen:
        seen.add(i)
        if toks[i].dep in CLAUSE_DEPS or toks[i].head == i:
            return False
        i = toks[i].head
    return i == verb
