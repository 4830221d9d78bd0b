"""The pronoun rules of within-report coreference (round 17 split of
:mod:`sitroom.extract.actor_coref`): which earlier mentions a pronoun may stand for (binding,
gender, the clause that names someone else), the genders honorifics, roles and resolved
pronouns give an entity, the controller of an infinitive clause, the owner a possessive's noun
is conjoined with, and a possessive that is a named thing's. Words in
``data/actor_words.json`` and ``data/coref_words.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_base import PRONOUN_KINDS, SUBJECT_DEPS, Cand
from .actor_coref_common import _appos_root, _is_subject, _root, _surname
from .actor_nominals import OBJECT_DEPS, OBJECT_GENDER, OBJECT_PRONOUNS

_GW = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_words.json")
                 .read_text(encoding="utf-8"))
_CW = json.loads((Path(__file__).resolve().parent.parent / "data" / "coref_words.json")
                 .read_text(encoding="utf-8"))
PRONOUN_GENDER: dict[str, str] = {**OBJECT_GENDER, **_GW["pronoun_gender"]}
KINDS_OF: dict[str, tuple[str, ...]] = {**OBJECT_PRONOUNS, **PRONOUN_KINDS}
HONORIFIC_GENDER: dict[str, str] = _GW["honorific_gender"]
MALE_WORDS = lexicon.words("quote_words", "male_words") - {"mr", "sir"}
FEMALE_WORDS = lexicon.words("quote_words", "female_words") - {"mrs", "ms", "miss", "madam"}
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "CARDINAL"})
THING_POSSESSIVES = frozenset(_CW["thing_possessives"])
# possessives of bodies that in their own sentence take the nearest body, subject or not
NEAREST_POSSESSIVES = frozenset(_CW["nearest_possessives"])


def _conjoined_owner(adoc: AnnotatedDoc, cands: list[Cand], k: int, kinds: tuple[str, ...],
                     gender: str, genders: dict[int, set[str]]) -> int | None:
    """The mention a possessive pronoun's noun is conjoined with ("X and her campaign", "Acme
    and its suppliers": X, Acme), when it may be the pronoun's; None otherwise."""
    toks = adoc.tokens
    c = cands[k]
    t = toks[c.head]
    if t.dep != "poss" or toks[t.head].dep != "conj":
        return None
    first = toks[t.head].head
    for j in range(k - 1, -1, -1):
        o = cands[j]
        if o.head == first and o.kind in kinds and not o.generic and (
                not o.pronoun or o.coref_of is not None) and _fits(cands, j, gender, genders, set()):
            return j
    return None


def _controller(adoc: AnnotatedDoc, cands: list[Cand], pron: Cand, idxs: list[int]) -> int | None:
    """The candidate among ``idxs`` that is the object of the verb whose infinitive clause
    holds the pronoun ("X forced Acme to lower its prices", "X asked her aide to call him"
    is not: a pronoun that is the clause's own object keeps the rules): the object is the
    doer of the clause; None when there is no such clause or object."""
    toks = adoc.tokens
    if toks[pron.head].dep not in SUBJECT_DEPS | {"poss"}:
        return None
    t = toks[pron.head].head
    for _ in range(10):
        if toks[t].dep == "xcomp" and toks[t].pos in ("VERB", "AUX"):
            verb = toks[t].head
            objs = [j for j in idxs if toks[cands[j].head].dep == "dobj"
                    and toks[cands[j].head].head == verb and cands[j].end <= t]
            return objs[-1] if objs else None
        if toks[t].head == t or toks[t].dep in ("ccomp", "relcl", "advcl", "conj", "ROOT"):
            return None
        t = toks[t].head
    return None


def _vote_gender(cands: list[Cand], ante: int, gender: str, votes: dict[int, dict[str, int]],
                 genders: dict[int, set[str]]) -> None:
    """Count a he/she resolved to the entity of ``ante``; two of one gender and none of the
    other give the entity that gender, when nothing gave one yet (a woman named with no title:
    "Jane Roe ... she ... her ..., Mark Doe ... he": the last he passes over her)."""
    root = _root(cands, ante)
    if cands[root].kind != "person":
        return
    tally = votes.setdefault(root, {})
    tally[gender] = tally.get(gender, 0) + 1
    other = {"m": "f", "f": "m"}[gender]
    if tally[gender] >= 2 and not tally.get(other) and not genders.get(root):
        genders[root] = {gender}


def _fits(cands: list[Cand], j: int, gender: str, genders: dict[int, set[str]],
          named: set[str]) -> bool:
    """False when the entity of candidate ``j`` cannot be the pronoun's: a pronoun of the
    other gender ("Mrs. Doe ... He": not Mrs. Doe), or the pronoun's own
    clause names it as its verb's object ("he accused X": he is not X)."""
    root = _root(cands, j)
    other = {"m": "f", "f": "m"}.get(gender)
    if other is not None and other in genders.get(root, set()):
        return False
    return not any(n in (cands[root].name, cands[j].name) or " " not in n
                   and n == _surname(cands[root].name) for n in named)


def _honorific_genders(adoc: AnnotatedDoc, cands: list[Cand], k: int,
                       genders: dict[int, set[str]]) -> None:
    """Record the gender of every entity an honorific ("Mrs. Doe") or a gendered word of its
    role ("spokeswoman Jo Roe", "Roe, the chairwoman") names before the pronoun ``k``."""
    toks = adoc.tokens
    for j in range(k):
        o = cands[j]
        if o.pronoun or o.kind != "person":
            continue
        for i in (o.start - 1, o.start):
            g = HONORIFIC_GENDER.get(toks[i].text.lower().rstrip(".")) if i >= 0 else None
            if g is not None:
                genders.setdefault(_root(cands, j), set()).add(g)
        words = {w.strip(".,'’").lower() for w in (o.role or "").split()}
        for g, lex in (("m", MALE_WORDS), ("f", FEMALE_WORDS)):
            if words & lex and (o.appos_to is None or o.coref_of is not None):
                genders.setdefault(_root(cands, j), set()).add(g)


def _surface(adoc: AnnotatedDoc, c: Cand) -> str:
    return adoc.span_text(c.start, c.end).lower()


def _named_in_clause(adoc: AnnotatedDoc, cands: list[Cand], k: int, sent_of: list[int]) -> set[str]:
    """The names of the objects of the verb a subject pronoun ``k`` governs ("he accused
    Mr. X": X), or of the subject of an object pronoun's verb ("He thanked him": He), which
    the pronoun cannot stand for."""
    toks = adoc.tokens
    c = cands[k]
    if toks[c.head].dep in OBJECT_DEPS:
        # "He thanked him": him is not whoever "He" is
        verb = toks[c.head].head
        own = toks[verb].head if toks[c.head].dep == "pobj" else verb
        return {o.name for o in cands[:k] if toks[o.head].dep in SUBJECT_DEPS
                and toks[o.head].head in (own, verb)}
    if toks[c.head].dep not in SUBJECT_DEPS:
        return set()
    verb = toks[c.head].head
    return {o.name for o in cands[k + 1:] if sent_of[cands.index(o)] == sent_of[k]
            and not o.pronoun and toks[o.head].head == verb
            and toks[o.head].dep in ("dobj", "iobj", "dative")}


def _bound(adoc: AnnotatedDoc, pron: Cand, ante: Cand) -> bool:
    """True when the pronoun cannot refer to ``ante`` (binding): its clause is a relative
    clause on ``ante`` ("X, whom he accused": he is not X) or ``ante`` is an object of the
    pronoun's own verb."""
    toks = adoc.tokens
    verb = toks[pron.head].head
    if toks[pron.head].dep in OBJECT_DEPS:
        # "Doe told him", "Doe met with her": not the subject of its own verb
        own = toks[verb].head if toks[pron.head].dep == "pobj" else verb
        if toks[ante.head].head in (own, verb) and toks[ante.head].dep in SUBJECT_DEPS:
            return True
    if toks[verb].dep == "relcl" and _appos_root(adoc, toks[verb].head) == _appos_root(adoc, ante.head):
        return True
    return toks[ante.head].head == verb and toks[ante.head].dep in ("dobj", "iobj", "dative")


def _pick(adoc: AnnotatedDoc, cands: list[Cand], idxs: list[int]) -> int | None:
    """Among candidate indices (in text order) the last subject, else the last one."""
    if not idxs:
        return None
    subj = [i for i in idxs if _is_subject(adoc, cands[i])]
    return (subj or idxs)[-1]


def _learn_gender(adoc: AnnotatedDoc, cands: list[Cand], k: int, ante: int,
                  sent_of: list[int], genders: dict[int, set[str]]) -> None:
    """A he/she that had exactly one person to go to in its sentence and the two before gives
    that person its gender, when nothing gave one yet (a later pronoun of the other gender
    then passes over that person: "Jane Roe ... she ... Mark Doe said he")."""
    c = cands[k]
    gender = PRONOUN_GENDER.get(c.name.lower(), "")
    if gender not in ("m", "f"):
        return
    roots = {_root(cands, j) for j in range(k) if sent_of[k] - 2 <= sent_of[j] <= sent_of[k]
             and cands[j].kind == "person" and cands[j].end <= c.start and not cands[j].generic
             and (not cands[j].pronoun or cands[j].coref_of is not None)}
    root = _root(cands, ante)
    if roots == {root} and not genders.get(root):
        genders[root] = {gender}


def _thing_subject(adoc: AnnotatedDoc, cands: list[Cand], c: Cand) -> bool:
    """True when the possessive ``c`` ("its") hangs in a clause whose subject, before it, is a
    singular named thing no mention covers (a proper noun, a model number, a product's name:
    "The 5c has been Acme's budget model since its release"): the possessive is that thing's,
    no actor's. A common noun ("the deal would double its sales") is left to the rules."""
    toks = adoc.tokens
    t = c.head
    for _ in range(40):
        t = toks[t].head
        if toks[t].pos in ("VERB", "AUX") or toks[t].head == t:
            break
    subj = next((m for m in adoc.children(t) if toks[m].dep in SUBJECT_DEPS), None)
    if subj is None or subj > c.start or toks[subj].tag not in ("NN", "NNP"):
        return False
    st = toks[subj]
    # a named thing: a proper noun, a model number, a product's or a work's name
    if not (st.pos == "PROPN" or any(ch.isdigit() for ch in st.text) or st.ent_type in THING_LABELS):
        return False
    return not any(o.start <= subj < o.end or o.head == subj for o in cands)
