"""Definite nominals, impersonal "it" and "we" in quotes: the round-10 parts of within-report
coreference, used by :func:`sitroom.extract.actor_coref.resolve`.

* :func:`add_nominals` adds the definite nominals no actor noun covers ("the carrier", "the
  plane maker") and every first-person plural pronoun inside a quotation;
* :func:`nominal_antecedent`: "the company", "the government" names back the last named body
  of a kind it may stand for (its own sentence and the three before, subjects first);
* :func:`impersonal_it`: "it rains", "it is a shame", "it's an unlikely scenario" stand for no one;
* :func:`resolve_we`: "we"/"our"/"us" in a quote is the speaker's body, when the attribution
  names one ("Acme spokesman Jo Roe said", "Acme said"), else no mention; "I"/"my"/"me" in a
  quote is its speaker ("Jo Roe said: “I ...”", "“I ...,” he said"), or the author of the
  letter or statement the report quotes whole ("Roe's letter ... “I ...”"), else no mention.

Words in ``data/coref_words.json``.

The speaker's "we"/"I" live in :mod:`sitroom.extract.actor_nominals_speakers`, the parse's
links (relative pronouns, descriptions) in :mod:`sitroom.extract.actor_nominals_links`, the
words in :mod:`sitroom.extract.actor_nominals_words` (round 18); all are exported from here.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import IMPERSONAL, SUBJECT_DEPS, Cand, actor_noun_kind
from .actor_chains import _root
from .actor_coref_letters import read_outs
from .actor_nominals_links import add_links, resolve_links  # noqa: F401
from .actor_nominals_speakers import resolve_we  # noqa: F401
from .actor_nominals_words import (BODY_POSTS, DESCRIPTION_HEADS, DOCUMENT_NOUNS,  # noqa: F401
                                   I_PRONOUNS, IMPERSONAL_COMPLEMENTS, INDEFINITE, NOMINAL_HEADS,
                                   NOMINAL_SKIP, OBJECT_DEPS, OBJECT_GENDER, OBJECT_PRONOUNS,
                                   POST_KINDS, RELATIVE_KINDS, RELATIVE_PRONOUNS, RELATIVE_TAGS,
                                   SPEECH_VERBS, TITLE_JOINERS, WE_KINDS, WE_PRONOUNS,
                                   WEATHER_VERBS, _pick, _sort_key, quotations)


def add_nominals(adoc: AnnotatedDoc, cands: list[Cand]) -> set[int]:
    """Add to ``cands`` (kept in text order) the definite nominals no actor noun covers ("the
    carrier", "the plane maker"), as generic phrases a body of the report may be named by, the
    object pronouns ("met with her", "told him"), and every first-person plural pronoun inside
    a quotation ("we", "our", "us"); the ids of the
    latter, resolved after the others by :func:`resolve_we`."""
    toks = adoc.tokens
    covered = {c.head for c in cands} | {i for c in cands for i in range(c.start, c.end)}
    new: list[Cand] = []
    for cs, ce in adoc.noun_chunks:
        head = ce - 1
        while head > cs and toks[head].pos == "PUNCT":
            head -= 1
        if head in covered or toks[cs].text.lower() != "the" or head == cs:
            continue
        c = Cand(cs + 1, head + 1, head, "organisation", toks[head].lemma.lower(), generic=True)
        if nominal_kinds(adoc, c):
            new.append(c)
    for t in toks:  # "the company's move": a possessive the noun chunks leave inside another
        if t.dep == "poss" and t.i not in covered and t.lemma.lower() in NOMINAL_HEADS:
            sub = adoc.subtree(t.i)
            if toks[sub[0]].text.lower() == "the" and sub[0] < t.i and not any(
                    i in covered for i in sub):
                c = Cand(sub[0] + 1, t.i + 1, t.i, "organisation", t.lemma.lower(), generic=True)
                if nominal_kinds(adoc, c):
                    new.append(c)
                    covered.add(t.i)
    for t in toks:  # "the company website": a nominal the noun chunk's head leaves inside
        h = t.head
        if t.dep == "compound" and t.i not in covered and t.lemma.lower() in NOMINAL_HEADS \
                and t.i > 0 and h == t.i + 1 and toks[h].pos == "NOUN" and h not in covered \
                and toks[t.i - 1].text.lower() == "the" and toks[t.i - 1].head == h:
            c = Cand(t.i, t.i + 1, t.i, "organisation", t.lemma.lower(), generic=True)
            if nominal_kinds(adoc, c):
                new.append(c)
                covered.add(t.i)
    regions = quotations(adoc) + read_outs(adoc)
    we: list[Cand] = []
    for t in toks:
        if t.pos == "PRON" and t.text.lower() in WE_PRONOUNS | I_PRONOUNS and t.i not in covered \
                and any(a <= t.i < b for a, b in regions):
            we.append(Cand(t.i, t.i + 1, t.i, "unknown", t.text, pronoun=True))
        elif t.pos == "PRON" and t.text.lower() in OBJECT_PRONOUNS and t.dep in OBJECT_DEPS \
                and t.i not in covered:
            new.append(Cand(t.i, t.i + 1, t.i, "unknown", t.text, pronoun=True))
    if new or we:
        cands[:] = sorted(cands + new + we, key=lambda c: _sort_key(adoc, c))
    return {id(c) for c in we}


def nominal_kinds(adoc: AnnotatedDoc, c: Cand) -> tuple[str, ...]:
    """The kinds of body a definite singular nominal ("the company", "the plane maker", "the
    government") may stand for; () for anything else: another determiner or a possessive ("its
    parent company"), a modifier that sets it apart ("the rival company", "the new
    government"), a name on it (a specific body already), a plural, or what something is
    ("Acme is the company that ..."); a noun compound to the noun after it counts when that
    noun's "the" is the nominal's ("the company website": the company)."""
    toks = adoc.tokens
    t = toks[c.head]
    kinds = NOMINAL_HEADS.get(t.lemma.lower(), ())
    if not kinds or t.tag != "NN" or t.dep in ("attr", "appos") or t.dep == "compound" and not (
            c.start > 0 and toks[c.start - 1].head == t.head == c.head + 1) or not (
            c.start > 0 and toks[c.start - 1].text.lower() == "the"
            or toks[c.start].text.lower() == "the"):
        return ()
    for m in adoc.children(c.head):
        mt = toks[m]
        if m < c.head and (mt.dep in ("poss", "nummod") or mt.text.lower() in NOMINAL_SKIP
                           or mt.ent_type or mt.pos == "PROPN"):
            return ()
        if m > c.head and mt.dep in ("prep", "appos", "relcl", "acl") and not (
                mt.dep == "relcl" and toks[c.head + 1].text == ","):
            return ()  # "the company behind X", "the company, X": described, not named back
    return kinds


def nominal_antecedent(adoc: AnnotatedDoc, cands: list[Cand], k: int,
                        sent_of: list[int]) -> int | None:
    """The body a definite nominal ``k`` ("the company") names back: the last named body of a
    kind it may stand for in its own sentence before it or in the three before (subjects
    preferred within a sentence, the nearest sentence first); a nominal already resolved counts
    as its body."""
    c = cands[k]
    kinds = nominal_kinds(adoc, c)
    for back in range(0, 4):
        s = sent_of[k] - back
        idxs = [j for j in range(k) if sent_of[j] == s and cands[j].end <= c.start
                and cands[j].kind in kinds and not cands[j].pronoun and not cands[j].generic
                and (cands[j].name[:1].isupper() or adoc.tokens[cands[j].head].text[:1].isupper()
                     or cands[j].coref_of is not None)]
        j = _pick(adoc, cands, idxs)
        if j is not None:
            return _root(cands, j)
    return None


def impersonal_it(adoc: AnnotatedDoc, c: Cand) -> bool:
    """True for an "it" subject that stands for no one: a weather verb ("it rains") or a
    copula whose complement is a word of impersonal sentences ("it is a shame", "it's
    something", "it's not enough") or a noun phrase with "a"/"an" that names no actor ("it's
    an unlikely scenario")."""
    toks = adoc.tokens
    t = toks[c.head]
    if t.dep not in SUBJECT_DEPS:
        return False
    verb = toks[t.head]
    if verb.dep in ("aux", "auxpass") and verb.head != verb.i:
        verb = toks[verb.head]  # "It was raining" parsed with "It" on "was"
    if verb.lemma.lower() in WEATHER_VERBS:  # "it rained", not "it froze the accounts"
        return not any(toks[m].dep in ("dobj", "prep", "prt") and toks[m].text.lower() != "in"
                       for m in adoc.children(verb.i))
    # "It’s" with a curly apostrophe is often tagged a verb "’" with its complement as object
    clipped = verb.text.lower() in ("'s", "’s") and verb.tag == "VBZ"
    if verb.lemma.lower() != "be" and not clipped:
        return False
    comps = ("attr", "acomp", "dobj") if clipped else ("attr", "acomp")
    for m in adoc.children(verb.i):
        mt = toks[m]
        low = mt.lemma.lower()
        if mt.dep not in comps and not (mt.dep == "advmod" and low == "enough"):
            continue
        if low in IMPERSONAL_COMPLEMENTS or low in IMPERSONAL:
            return True
        if mt.dep in ("attr", "dobj") and mt.pos == "NOUN" and low not in NOMINAL_HEADS \
                and actor_noun_kind(mt) is None and any(
                toks[d].text.lower() in INDEFINITE for d in adoc.children(m)):
            return True
    return False
