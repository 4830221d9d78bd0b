"""Within-report coreference of actor mentions: pronouns, surnames, role nouns, aliases.

Used by :func:`sitroom.extract.actors.extract_actors` before the chains of
:mod:`sitroom.extract.actor_chains`: a surname-only mention points to the earlier full name (a
surname two people of the report share is left alone), "X, also known as Y" makes Y another
name of X, a pronoun points to the most recent compatible mention of its sentence or the two
before it (subjects preferred; never a mention its own clause binds), a definite role noun
("the defence minister") to the one person the report gives that role, an appositive role
phrase ("X, the group's founder") to X.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .. import lexicon
from ..model import AnnotatedDoc
from .actor_base import DETERMINERS, NAME_ARTICLES, PRONOUN_KINDS, SUBJECT_DEPS, Cand
from .actor_chains import ALIAS_GAP, BODY_KINDS
from .actor_coref_national import national_antecedent, national_nominal
from .actor_coref_predicates import add_predicates
from .actor_filters import LANDMARK_HEADS, NAME_HEADS
from .actor_labels import PLACE_HEADS
from .actor_roles_members import counted_named_members, one_person_phrase, predicate_members
from .actor_nominals import (OBJECT_DEPS, OBJECT_GENDER, OBJECT_PRONOUNS, WE_PRONOUNS,
                             add_links, add_nominals, impersonal_it, nominal_antecedent,
                             nominal_kinds, resolve_links, resolve_we)

_GW = json.loads((Path(__file__).resolve().parent.parent / "data" / "actor_words.json")
                 .read_text(encoding="utf-8"))
PRONOUN_GENDER: dict[str, str] = {**OBJECT_GENDER, **_GW["pronoun_gender"]}
KINDS_OF: dict[str, tuple[str, ...]] = {**OBJECT_PRONOUNS, **PRONOUN_KINDS}
HONORIFIC_GENDER: dict[str, str] = _GW["honorific_gender"]
TITLE_ABBREVIATIONS: dict[str, str] = _GW["title_abbreviations"]
INDEFINITE = frozenset({"a", "an"})
SPEECH_VERBS = lexicon.words("reporting_verbs", "quotes")
MALE_WORDS = lexicon.words("quote_words", "male_words") - {"mr", "sir"}
FEMALE_WORDS = lexicon.words("quote_words", "female_words") - {"mrs", "ms", "miss", "madam"}

PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "CARDINAL"})
THING_POSSESSIVES = frozenset(json.loads((Path(__file__).resolve().parent.parent / "data"
                                          / "coref_words.json").read_text(encoding="utf-8"))
                              ["thing_possessives"])
DESCRIBING_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod", "prep"})
_ARTICLE = re.compile(r"^(?:" + "|".join(NAME_ARTICLES) + r")[-‐]", re.IGNORECASE)


# possessives of bodies that in their own sentence take the nearest body, subject or not
NEAREST_POSSESSIVES = frozenset(json.loads((Path(__file__).resolve().parent.parent / "data"
                                            / "coref_words.json").read_text(encoding="utf-8"))
                                ["nearest_possessives"])


def resolve(adoc: AnnotatedDoc, cands: list[Cand]) -> None:
    """Fill coref_of, name and kind of surname-only persons, pronouns and role nouns."""
    added = add_nominals(adoc, cands)
    links = add_links(adoc, cands)
    said = add_predicates(adoc, cands, links)  # "X is the chief executive": X
    sent_of = [adoc.tokens[c.start].sent for c in cands]
    genders: dict[int, set[str]] = {}  # entity -> genders its honorifics give ("Mrs. Doe")
    votes: dict[int, dict[str, int]] = {}  # entity -> he/she resolved to it, by gender
    for k, c in enumerate(cands):
        if id(c) in links:
            continue  # "Acme, which", "Acme, the plane maker": after the loop
        if c.pronoun and (c.name.lower() in WE_PRONOUNS or id(c) in added):
            continue  # "we" in a quote: the speaker's body, "I" the speaker, after the loop
        if c.pronoun and c.name.lower() == "it" and impersonal_it(adoc, c):
            c.generic = True  # "it is a shame", "it rains": no one
            continue
        if c.pronoun and c.name.lower() in THING_POSSESSIVES and _thing_subject(adoc, cands, c):
            c.generic = True  # "The phone has been Acme's model since its release": the phone's
            continue
        if c.pronoun:
            _honorific_genders(adoc, cands, k, genders)
            kinds = KINDS_OF[c.name.lower()]
            gender = PRONOUN_GENDER.get(c.name.lower(), "")
            named = _named_in_clause(adoc, cands, k, sent_of)
            ante = _conjoined_owner(adoc, cands, k, kinds, gender, genders)
            for back in range(0 if ante is None else 3, 3):
                s = sent_of[k] - back
                # a pronoun of the same class already resolved stands for its entity ("He
                # mocked X. He is paying tribute to Y": the second "He" is the first's)
                idxs = [j for j in range(k) if sent_of[j] == s and cands[j].kind in kinds
                        and cands[j].end <= c.start and not _bound(adoc, c, cands[j])
                        and (not cands[j].pronoun or cands[j].coref_of is not None
                             and PRONOUN_GENDER.get(_surface(adoc, cands[j])) == gender)
                        and _fits(cands, j, gender, genders, named)]
                # a person known to be of the pronoun's gender goes before one of unknown gender
                same = [j for j in idxs if gender in ("m", "f")
                        and genders.get(_root(cands, j)) == {gender}]
                ante = _pick(adoc, cands, same or idxs)
                if back == 0 and (ctl := _controller(adoc, cands, c, idxs)) is not None:
                    ante = ctl  # "X forced Acme to lower its prices": Acme's
                if back == 0 and c.name.lower() in NEAREST_POSSESSIVES and idxs \
                        and cands[idxs[-1]].kind in BODY_KINDS:
                    ante = idxs[-1]  # "X upheld Acme's protest, though not all of their claims"
                if ante is not None:
                    break
            if ante is not None and gender in ("m", "f"):
                _learn_gender(adoc, cands, k, ante, sent_of, genders)
                _vote_gender(cands, ante, gender, votes, genders)
            if ante is not None and cands[ante].pronoun:
                ante = cands[ante].coref_of
            if ante is not None:
                c.coref_of, c.kind, c.name = ante, cands[ante].kind, cands[ante].name
            continue
        if c.appos_to is not None:
            # "X, the group's founder": the role phrase is X
            # the person, else a name mis-tagged as a body ("Simmons, an Obama supporter")
            holder = next((j for j, o in enumerate(cands) if j != k and o.kind == "person"
                           and not o.pronoun and o.appos_to is None
                           and o.start <= c.appos_to < o.end), None)
            if holder is None:
                holder = next((j for j, o in enumerate(cands) if j != k and not o.pronoun
                               and not o.generic and o.appos_to is None and " " not in o.name
                               and o.start <= c.appos_to < o.end), None)
            if holder is not None:
                c.coref_of, c.name = holder, cands[holder].name
                continue
            anchor = _unmentioned_name(adoc, cands, c.appos_to)
            if anchor is not None:
                c.name = anchor  # "Jane Roe, a faculty member at X" with Jane Roe untagged
                continue
            at = adoc.tokens[c.appos_to]
            if (at.ent_type in PLACE_LABELS or at.text.lower() in PLACE_HEADS | LANDMARK_HEADS
                    | NAME_HEADS) and not any(
                    o.start <= c.appos_to < o.end for o in cands):
                c.generic = True  # "at the X Street Gym, a student of Y": hung on a place
                continue
        if c.kind == "person" and c.role and sent_of[k] == 0 and c.name == c.role \
                and not c.definite_role:
            later = _headline_role_holder(cands, k, sent_of)
            if later is not None:
                c.name = later  # headline "Saudi prince mocks ...", the body names the prince
                continue
        if predicate_members(adoc, c):
            c.generic = True  # "the two have become some of the least ideological candidates"
            continue
        if counted_named_members(adoc, cands, k):
            c.generic = True  # "Jo Roe and Al Doe, two reporters": those two, no one new
            continue
        if _described_holder(adoc, cands, k):
            c.generic = True  # "a Mexican-American judge" the report names: a description
            continue
        if c.kind != "person" and c.role is None and not c.pronoun and c.coref_of is None and (
                nat := national_nominal(adoc, c)) is not None:
            body = national_antecedent(adoc, cands, k, sent_of, *nat)
            if body is not None:  # "the US company" after "Vantor": Vantor
                c.coref_of, c.kind, c.name, c.generic = body, cands[body].kind, cands[body].name, False
                continue
        prev = cands[k - 1] if k else None
        if (c.kind == "person" and prev is not None and prev.kind == "person"
                and not prev.pronoun and ALIAS_GAP.fullmatch(
                    adoc.text[adoc.tokens[prev.end - 1].end:adoc.tokens[c.start].idx])):
            # another name of the same person: one entity, each name kept
            c.coref_of = prev.coref_of if prev.coref_of is not None else k - 1
            c.alias = True
            continue
        if c.kind == "person" and not c.definite_role and c.role and c.name == c.role and (
                nxt := _named_next(adoc, cands, k)) is not None:
            # "Acme CEO and co-founder Jo Roe": the title phrase is Jo Roe
            c.coref_of, c.name = nxt, cands[nxt].name
            continue
        if not c.definite_role and c.name[:1].isupper() and (
                c.kind == "person" or " " not in c.name):
            # a surname (or a repeated name) points to the earlier full name; a one-word
            # name mis-tagged as a place or organisation becomes that person too; a surname
            # that two people of the report share ("Rick Scott", "Tim Scott") is left alone
            if " " not in c.name and len({
                    o.name.split()[0] for o in cands[:k]
                    if o.kind == "person" and not o.pronoun and " " in o.name
                    and (o.coref_of is None or o.alias) and _surname(o.name) == _surname(c.name)
            }) > 1:
                c.kind = "person"  # one of them, whichever (a recogniser's ORG is wrong)
                continue
            for j in range(k):
                o = cands[j]
                if (o.kind == "person" and not o.pronoun and (o.coref_of is None or o.alias)
                        and (o.name == c.name and c.kind == "person" or " " not in c.name
                             and " " in o.name and _surname(o.name) == _surname(c.name))):
                    c.coref_of, c.name, c.kind = (o.coref_of if o.alias else j), o.name, "person"
                    c.role = c.role or o.role
                    break
            continue
        if c.kind != "person" and c.generic and c.role is None and nominal_kinds(adoc, c):
            body = nominal_antecedent(adoc, cands, k, sent_of)
            if body is not None:  # "the company" after "Acme Corp.": Acme
                c.coref_of, c.kind, c.name, c.generic = body, cands[body].kind, cands[body].name, False
            continue
        if c.definite_role:
            c.coref_of = _role_holder(adoc, cands, k)
            if c.coref_of is None or _named_next(adoc, cands, k) is not None:
                c.coref_of = _named_next(adoc, cands, k)  # "The company president and CEO Jo Roe"
            if c.coref_of is None:
                c.coref_of = _salient_person(adoc, cands, k, sent_of)
            if c.coref_of is None:
                c.coref_of = _focus_person(adoc, cands, k, sent_of)
            if c.coref_of is not None:
                c.name = cands[c.coref_of].name
            elif sent_of[k] == 0 and c.role and c.name == c.role:
                # headline "X's transport minister ...": the person the body gives that role
                c.name = _headline_role_holder(cands, k, sent_of) or c.name
    resolve_links(adoc, cands, links, said)
    resolve_we(adoc, cands, added)
    _join_one_person_phrases(adoc, cands, sent_of)


def _join_one_person_phrases(adoc: AnnotatedDoc, cands: list[Cand], sent_of: list[int]) -> None:
    """A group mention that is one person described ("Jo Roe said: “I ...” The Republican
    candidate appeared", :func:`one_person_phrase`) joins the person the rules of the definite
    role phrases find for it (the person the sentence before is about, else the only person in
    focus), after the quotes' "I" found their speakers; with no one found it stays a group
    actor."""
    for k, c in enumerate(cands):
        if not one_person_phrase(adoc, c):
            continue
        c.kind, c.role, c.definite_role = "person", adoc.span_text(c.start, c.end), True
        holder = _salient_person(adoc, cands, k, sent_of)
        if holder is None:
            holder = _focus_person(adoc, cands, k, sent_of)
        if holder is None:
            c.kind, c.role, c.definite_role = "group", None, False
        else:
            c.coref_of, c.name = holder, cands[holder].name


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


def _root(cands: list[Cand], j: int) -> int:
    """The entity (first mention) candidate ``j`` stands for."""
    for _ in range(len(cands)):
        nxt = cands[j].coref_of
        if nxt is None or nxt == j:
            break
        j = nxt
    return j


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


def _role_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int) -> int | None:
    """The one earlier named person the report gives the role of the role phrase ``k`` ("the
    defence minister" -> the person titled or described as "Defence Minister"): the role's
    head noun must be among the words of the person's role, and the person sharing most words
    with it (then with fewest words of role it lacks: "the president" is the "President", not
    the "Vice President") must be one entity; None when the report names no one, or more than
    one, so."""
    c = cands[k]
    words = _words(adoc.span_text(c.start, c.end))
    head = adoc.tokens[c.head].lemma.lower()
    scores: dict[int, tuple[int, int]] = {}
    for j in range(k):
        o = cands[j]
        if o.kind != "person" or o.pronoun or o.generic:
            continue
        if o.definite_role or o.appos_to is not None:
            # a role phrase already resolved to a named person gives that person its role
            # ("the Prime Minister of X, Mr. Jo Roe, ... the Prime Minister")
            if o.coref_of is None or not _named_person(cands[_root(cands, j)]):
                continue
        role = _words(o.role or "")
        if head in role or head in {w.rstrip("s") for w in role}:
            root = _root(cands, j)
            # most words shared, then fewest words the phrase lacks ("the president": the
            # "President", not the "Vice President")
            scores[root] = max(scores.get(root, (0, -99)), (len(words & role), -len(role - words)))
    if not scores:
        return None
    best = max(scores.values())
    top = [j for j, v in scores.items() if v == best]
    return top[0] if len(top) == 1 else None


def _named_next(adoc: AnnotatedDoc, cands: list[Cand], k: int) -> int | None:
    """The named person a role phrase runs on into, joined by "and" only ("the company
    president and CEO Jo Roe", "Acme CEO and co-founder Jo Roe"; "the chairman and Jo Roe" is
    not: the name must carry a title or the role be coordinated with one), else None. A
    mention inside the role phrase ("Acme" of "Acme CEO") is passed over; the words of a
    hyphenated title the name's mention left out ("co-" of "co-founder") may follow "and"."""
    toks = adoc.tokens
    nxt = next((j for j in range(k + 1, len(cands)) if cands[j].start >= cands[k].end), None)
    if nxt is None:
        return None
    o = cands[nxt]
    gap = toks[cands[k].end:o.start]
    if (o.kind != "person" or o.pronoun or o.generic or not gap or gap[0].text.lower() != "and"
            or any(t.ws for t in gap[1:]) or not o.role or " " not in o.name):
        return None
    return _root(cands, nxt)


def _salient_person(adoc: AnnotatedDoc, cands: list[Cand], k: int, sent_of: list[int]) -> int | None:
    """The person a definite role phrase that no role of the report names stands for, the
    way a reader takes it: "Jane Roe said ... . The 62-year-old senator has spoken ...", "said
    the former aide to X" after a paragraph about Roe. Only a singular "the" + role phrase
    that describes (a modifier on its noun; a bare "the minister" may be anyone's) and is the
    subject of its sentence's main clause, and only the person subject of the main clause of the sentence before it (a
    pronoun or a role resolved to a person counts as that person; a sentence whose main
    clause has no subject passes to the one before it; its own sentence, whose quote may hold
    other subjects, is not searched); None otherwise."""
    c = cands[k]
    toks = adoc.tokens
    first = toks[c.start].text.lower()
    if first != "the" and not (c.start > 0 and toks[c.start - 1].text.lower() == "the"
                               and toks[c.start - 1].dep == "det"):
        return None
    if toks[c.head].tag not in ("NN", "NNP") or not _is_subject(adoc, c) or not any(
            toks[m].dep in DESCRIBING_DEPS for m in adoc.children(c.head)):
        return None  # a bare title ("the minister") may be anyone's: left alone
    if toks[toks[_subject_token(adoc, c)].head].dep != "ROOT":
        return None  # "after the Florida senator suspended ...": a clause's subject, no say
    for back in (1, 2):
        sent = sent_of[k] - back
        subjects = {t.i for t in toks if t.sent == sent and t.dep in SUBJECT_DEPS
                    and toks[t.head].dep == "ROOT"}
        if not subjects:
            continue  # no main clause with a subject: the sentence before it
        # the main clause's subject ("X spoke after Y left": X), a person or no one
        idxs = [j for j in range(k) if sent_of[j] == sent and _subject_token(adoc, cands[j]) in subjects
                and (_named_person(cands[j]) or cands[j].kind == "person"
                     and cands[j].coref_of is not None)]
        if not idxs:
            return None
        j = idxs[-1]
        return j if cands[j].coref_of is None else cands[j].coref_of
    return None


def _focus_person(adoc: AnnotatedDoc, cands: list[Cand], k: int, sent_of: list[int]) -> int | None:
    """The person a describing definite role phrase ("the Texas senator", "the former
    president": "the" + a modifier on a singular noun) stands for when it is the only person
    the report speaks of in the sentence before it and in its own sentence up to it (a
    pronoun or a role resolved to a person counts as that person): "X's support, which has
    the Texas senator in second place", "In his debut, the former president gave". Not a
    person whose own role lacks the phrase's noun, nor one that is the subject of a verb the
    phrase hangs below ("X said the senator was wrong": someone else); None otherwise."""
    c = cands[k]
    toks = adoc.tokens
    if "the" not in (toks[c.start].text.lower(), toks[max(c.start - 1, 0)].text.lower()) \
            or toks[c.head].tag not in ("NN", "NNP") or not any(
            toks[m].dep in DESCRIBING_DEPS for m in adoc.children(c.head)):
        return None
    roots: set[int] = set()
    for j in range(k):
        o = cands[j]
        if sent_of[j] not in (sent_of[k] - 1, sent_of[k]) or o.kind != "person" or o.generic:
            continue
        if not (_named_person(o) or o.coref_of is not None):
            return None  # an unnamed person in focus: no telling
        roots.add(j if o.coref_of is None else o.coref_of)
    if len(roots) != 1:
        return None
    root = next(iter(roots))
    head = toks[c.head].lemma.lower()
    role = _words(cands[root].role or "")
    if role and head not in role and head not in {w.rstrip("s") for w in role}:
        return None  # "Jane Roe, a Democrat, ... the senator": another person
    above, t = set(), c.head
    for _ in range(40):
        if toks[t].head == t:
            break
        t = toks[t].head
        above.add(t)
    for j in range(k):
        o = cands[j]
        subj = toks[_subject_token(adoc, o)]  # "A top aide, X, said": the aide's X
        if sent_of[j] == sent_of[k] and (j if o.coref_of is None else o.coref_of) == root \
                and subj.dep in SUBJECT_DEPS and subj.head in above:
            return None  # "X said the senator was wrong", "X praised the senator"
    return root


def _subject_token(adoc: AnnotatedDoc, c: Cand) -> int:
    t = adoc.tokens[c.head]
    return t.head if t.dep == "appos" else t.i


def _named_person(o: Cand) -> bool:
    return (o.kind == "person" and not o.pronoun and not o.definite_role and o.appos_to is None
            and o.name[:1].isupper() and not o.generic)


def _headline_role_holder(cands: list[Cand], k: int, sent_of: list[int]) -> str | None:
    """The name of the one person after the headline whose role holds every word of the
    headline's bare role phrase ``k`` ("Saudi prince" -> the body's "Saudi Prince X Y")."""
    words = _words(cands[k].name)
    if not words:
        return None
    names = {o.name for o in cands[k + 1:] if _named_person(o) and sent_of[cands.index(o)] > 0
             and o.role and words <= _words(o.role) | _words(o.name)}
    return next(iter(names)) if len(names) == 1 else None


def _unmentioned_name(adoc: AnnotatedDoc, cands: list[Cand], anchor: int) -> str | None:
    """The proper name at ``anchor`` (the word an appositive role describes) with its
    compound words, when no mention covers it (the tagger gave it no person label): the
    role's holder is that name ("Jane Roe, a faculty member"); None otherwise."""
    toks = adoc.tokens
    if toks[anchor].pos != "PROPN" or toks[anchor].ent_type in PLACE_LABELS or \
            toks[anchor].text.lower() in PLACE_HEADS | LANDMARK_HEADS | NAME_HEADS or any(
            o.start <= anchor < o.end for o in cands):
        return None
    s = anchor
    while s > 0 and toks[s - 1].pos == "PROPN" and toks[s - 1].dep == "compound" \
            and toks[s - 1].head == anchor:
        s -= 1
    name = adoc.span_text(s, anchor + 1)
    return name if name[:1].isupper() else None


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


def _is_subject(adoc: AnnotatedDoc, c: Cand) -> bool:
    t = adoc.tokens[c.head]
    if t.dep == "appos":
        t = adoc.tokens[t.head]
    return t.dep in SUBJECT_DEPS


def _appos_root(adoc: AnnotatedDoc, i: int) -> int:
    """The head of an apposition chain ("Minister X" -> X, "X, the minister" -> X)."""
    while adoc.tokens[i].dep == "appos" and adoc.tokens[i].head != i:
        i = adoc.tokens[i].head
    return i


def _described_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int) -> bool:
    """True when ``k`` is a bare indefinite role phrase ("a Mexican-American judge", "A
    president who ...") whose noun is the role of a person the report names anywhere (titled
    "President X", or "the judge, X"): a description of that person, no actor of its own; an
    unnamed source the phrase is the subject of a speech verb of ("a senior official said") is
    kept."""
    c = cands[k]
    toks = adoc.tokens
    if c.kind != "person" or c.pronoun or c.definite_role or c.appos_to is not None \
            or not c.role or c.role != c.name or c.start == 0 \
            or toks[c.start - 1].text.lower() not in INDEFINITE:
        return False
    t = toks[c.head]
    if t.dep in SUBJECT_DEPS and toks[t.head].lemma.lower() in SPEECH_VERBS:
        return False
    head = t.lemma.lower()
    for j, o in enumerate(cands):
        if j == k or o.pronoun or o.kind != "person":
            continue
        role = _words(o.role or "")
        if o.role != o.name and o.appos_to is None and not o.definite_role \
                and (head in role or head in {w.rstrip("s") for w in role}):
            return True  # "President X"
        if o.role == o.name and toks[o.head].lemma.lower() == head and o.end < len(toks) \
                and toks[o.end].text == "," and any(
                p.start == o.end + 1 and _named_person(p) for p in cands):
            return True  # "the judge, X"
    return False


def _words(text: str) -> set[str]:
    """The words of a role or role phrase, lower case, an abbreviated title with its full word
    ("Gov." -> gov, governor), a possessive without its mark ("X's minister": x, minister)."""
    out = {re.sub(r"['’]s$", "", w.strip(".,'’").lower()) for w in text.split()} \
        - DETERMINERS - {"of", "'s", "’s", ""}
    return out | {TITLE_ABBREVIATIONS[w] for w in out if w in TITLE_ABBREVIATIONS}


def _surname(name: str) -> str:
    """The last word of a name without an Arabic article ("al-Jolani" -> "Jolani")."""
    return _ARTICLE.sub("", name.split()[-1])


def drop_generic(adoc: AnnotatedDoc, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the generic noun phrases; a pronoun that referred to one (the
    nearest fitting antecedent) is left unresolved rather than given a wrong one."""
    keep = [k for k, c in enumerate(cands) if not c.generic]
    new = {old: i for i, old in enumerate(keep)}
    out = []
    for k in keep:
        c = cands[k]
        if c.coref_of is not None and c.coref_of not in new:
            c.coref_of, c.kind, c.name = None, "unknown", adoc.span_text(c.start, c.end)
        elif c.coref_of is not None:
            c.coref_of = new[c.coref_of]
        out.append(c)
    return out


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
