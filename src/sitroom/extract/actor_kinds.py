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

import json
from collections import Counter
from pathlib import Path

from ..lang.bodies import match as body_match
from ..model import AnnotatedDoc, Token
from .actor_base import (INSTITUTION_SUFFIXES, PERSON_EVIDENCE, POSSESSIVE, SUBJECT_DEPS, Cand,
                         actor_noun_kind, clean_name, lem_of, low)
from .actor_places import place_name
from .gazetteer import get_gazetteer

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


_KIND_WORDS = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_kinds.json")
                         .read_text(encoding="utf-8"))
ONE_PERSON_NOUNS = frozenset(_KIND_WORDS["one_person_nouns"])
PERSON_NAME_NOUNS = frozenset(_KIND_WORDS["person_name_nouns"])
GENDERED_PRONOUNS = frozenset(_KIND_WORDS["gendered_pronouns"])
PLURAL_PRONOUNS = frozenset(_KIND_WORDS["plural_pronouns"])
BODY_NOUN_KINDS = frozenset(_KIND_WORDS["body_noun_kinds"])
MODIFIER_DEPS = frozenset(_KIND_WORDS["modifier_deps"])
PLACE_POPULATION = int(_KIND_WORDS["place_population"])


def one_kind_per_name(adoc: AnnotatedDoc, cands: list[Cand]) -> None:
    """A one-word name the report shows to be a person's is a person in all its mentions there,
    and they are one entity (round 20, E24: "Mirela" tagged a person in one sentence, an
    organisation or a state in others). Called once the pronouns and roles are resolved.

    Person evidence, counted over all the mentions of the name: a person's mention of it with a
    role; a chain of it holding a he/she pronoun or a singular noun of one person ("the Kurdish
    fighter known as Mirela"); such a noun or a person's name noun ("the pseudonym Mirela")
    right before it, or such a noun in apposition to it ("Mirela, a fighter in ...";
    ``one_person_nouns`` and ``person_name_nouns`` of ``data/actor_kinds.json`` or a person's
    noun); an honorific before it. Organisation
    evidence: a body's noun in apposition to it or chained to it ("the group"); a "they"
    chained to it is none (a pronoun of people as well as of bodies). The name changes kind only
    with more person than organisation evidence, and never when it is a place of the gazetteer
    or a body of the bodies' table ("Jordan", "Georgia"), a name with a body's word or a name
    in capitals (an acronym)."""
    by_name: dict[str, list[int]] = {}
    for k, c in enumerate(cands):
        if (not c.pronoun and not c.generic and c.name.isalpha() and c.name[:1].isupper()
                and not c.name.isupper() and clean_name(adoc.span_text(c.start, c.end)) == c.name):
            by_name.setdefault(c.name, []).append(k)
    if not by_name:
        return
    roots = [_chain_root(cands, k) for k in range(len(cands))]
    members: dict[int, list[int]] = {}
    for k, r in enumerate(roots):
        members.setdefault(r, []).append(k)
    for name, ks in by_name.items():
        if not any(cands[k].kind in _SLIPS for k in ks) or any(
                _body_words(adoc, cands[k]) for k in ks):
            continue
        chains = sorted({roots[k] for k in ks})
        person = sum(_person_marks(adoc, cands[k]) for k in ks)
        body = sum(_body_marks(adoc, cands[k]) for k in ks)
        own = {roots[k] for k in ks if not _modifier(adoc, cands[k])}
        for r in chains:
            ms = [cands[m] for m in members[r]]
            # (a chain whose mentions of the name all modify another word is no evidence:
            # "Acme's Jo Roe. He said": the pronoun is Jo Roe's)
            person += r in own and any(m.pronoun and low_text(adoc, m) in GENDERED_PRONOUNS
                                       for m in ms)
            person += any(not m.pronoun and _one_person(adoc.tokens[m.head]) for m in ms)
            body += sum(1 for m in ms if not m.pronoun and m.name == name and m.start < m.end
                        and _body_noun(adoc.tokens[m.head])
                        and clean_name(adoc.span_text(m.start, m.end)) != name)
        if person == 0 or person <= body or _known_place_or_body(name):
            continue
        for k in ks:
            if cands[k].kind in _SLIPS:
                cands[k].kind = "person"
        first = chains[0]
        for r in chains[1:]:
            cands[r].coref_of = first
        for r in chains:
            for m in members[r]:
                c = cands[m]
                if c.pronoun and low_text(adoc, c) in PLURAL_PRONOUNS:
                    # "they" is no one person: unresolved rather than her
                    c.coref_of, c.kind, c.name = None, "unknown", adoc.span_text(c.start, c.end)


def low_text(adoc: AnnotatedDoc, c: Cand) -> str:
    return adoc.span_text(c.start, c.end).lower()


def _chain_root(cands: list[Cand], k: int) -> int:
    seen = set()
    while (nxt := cands[k].coref_of) is not None and k not in seen:
        seen.add(k)
        k = nxt
    return k


def _one_person(t: Token) -> bool:
    """A singular common noun of one person ("fighter", "spokeswoman")."""
    return (t.tag == "NN" and t.text.islower()
            and (lem_of(t) in ONE_PERSON_NOUNS or actor_noun_kind(t) == "person"))


def _body_noun(t: Token) -> bool:
    """A common noun of a body ("the group", "the company"), not of one person."""
    return (t.pos == "NOUN" and lem_of(t) not in ONE_PERSON_NOUNS
            and actor_noun_kind(t) in BODY_NOUN_KINDS)


def _person_marks(adoc: AnnotatedDoc, c: Cand) -> int:
    toks = adoc.tokens
    marks = int(c.kind == "person" and bool(c.role))
    # "fighter Mirela", not "a woman Acme pilot" (the name modifies the noun after it)
    marks += c.start > 0 and not _modifier(adoc, c) and (
        _one_person(toks[c.start - 1]) or lem_of(toks[c.start - 1]) in PERSON_NAME_NOUNS)
    marks += c.start > 0 and low(toks[c.start - 1]) in HONORIFICS
    marks += any(toks[k].dep == "appos" and _one_person(toks[k]) and not c.start <= k < c.end
                 for k in adoc.children(c.head))
    return marks


def _body_marks(adoc: AnnotatedDoc, c: Cand) -> int:
    toks = adoc.tokens
    return sum(1 for k in adoc.children(c.head)
               if toks[k].dep == "appos" and _body_noun(toks[k]) and not c.start <= k < c.end)


def _modifier(adoc: AnnotatedDoc, c: Cand) -> bool:
    """The mention modifies another word: a possessive or a noun modifier ("Acme's",
    "Acme pilot")."""
    toks = adoc.tokens
    return (toks[c.head].dep in MODIFIER_DEPS
            or any(toks[k].dep == "case" for k in adoc.children(c.head))
            or c.end < len(toks) and toks[c.end].text in POSSESSIVE)  # "Acme’ Jo Roe"


def _known_place_or_body(name: str) -> bool:
    return known_place(name) or body_match(name) is not None


def known_place(name: str) -> bool:
    """``name`` names a place of the gazetteer: :func:`place_name`, or any of its places of
    ``place_population`` people or more by any of its names, as a town of that size is by its
    main name ("Kobani", a town's other name)."""
    return place_name(name) or any(p.population >= PLACE_POPULATION
                                   for p, _ in get_gazetteer().lookup(name))
