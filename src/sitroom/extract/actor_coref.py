"""Within-report coreference of actor mentions: pronouns, surnames, role nouns, aliases.

Used by :func:`sitroom.extract.actors.extract_actors` before the chains of
:mod:`sitroom.extract.actor_chains`: a surname-only mention points to the earlier full name (a
surname two people of the report share is left alone), "X, also known as Y" makes Y another
name of X, a pronoun points to the most recent compatible mention of its sentence or the two
before it (subjects preferred; never a mention its own clause binds), a definite role noun
("the defence minister") to the one person the report gives that role, an appositive role
phrase ("X, the group's founder") to X.

The rules live by concept (round 17): pronouns in :mod:`.actor_coref_pronouns`, who a role
phrase stands for in :mod:`.actor_coref_holders`, shared helpers in
:mod:`.actor_coref_common`; this module runs them in order and keeps the old names importable.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import Cand
from .actor_chains import ALIAS_GAP, BODY_KINDS
from .actor_coref_common import TITLE_ABBREVIATIONS, _root, _surname
from .actor_coref_holders import (DESCRIBING_DEPS, INDEFINITE, PLACE_LABELS, SPEECH_VERBS,
                                  _described_holder, _focus_person, _headline_role_holder,
                                  _join_one_person_phrases, _named_next, _role_holder,
                                  _salient_person, _unmentioned_name)
from .actor_coref_conjoined import conjoined_subject_holder, previous_subject_holder
from .actor_coref_superiors import superior_holder
from .actor_coref_national import national_antecedent, national_nominal
from .actor_coref_predicates import add_predicates
from .actor_coref_pronouns import (FEMALE_WORDS, HONORIFIC_GENDER, KINDS_OF, MALE_WORDS,
                                   NEAREST_POSSESSIVES, PRONOUN_GENDER, THING_LABELS,
                                   THING_POSSESSIVES, _bound, _conjoined_owner, _controller,
                                   _fits, _honorific_genders, _learn_gender, _named_in_clause,
                                   _pick, _surface, _thing_subject, _vote_gender)
from .actor_filters import LANDMARK_HEADS, NAME_HEADS
from .actor_labels import PLACE_HEADS
from .actor_labels_roles import without_honorifics
from .actor_roles_members import counted_named_members, predicate_members
from .actor_nominals import (WE_PRONOUNS, add_links, add_nominals, impersonal_it,
                             nominal_antecedent, nominal_kinds, resolve_links, resolve_we)

__all__ = ["DESCRIBING_DEPS", "FEMALE_WORDS", "HONORIFIC_GENDER", "INDEFINITE", "KINDS_OF",
           "MALE_WORDS", "NEAREST_POSSESSIVES", "PLACE_LABELS", "PRONOUN_GENDER", "SPEECH_VERBS",
           "THING_LABELS", "THING_POSSESSIVES", "TITLE_ABBREVIATIONS", "drop_generic", "resolve"]


def resolve(adoc: AnnotatedDoc, cands: list[Cand]) -> None:
    """Fill coref_of, name and kind of surname-only persons, pronouns and role nouns."""
    for c in cands:
        if c.role and c.role != c.name:
            c.role = without_honorifics(c.role)  # "Mr", "... Secretary Dr.": no role (round 21)
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
            if c.coref_of is None:  # "X replied ..., and the senator felt": X
                c.coref_of = conjoined_subject_holder(adoc, cands, k, sent_of)
            if c.coref_of is None:  # "X spoke on Monday. The senator said": X
                c.coref_of = previous_subject_holder(adoc, cands, k, sent_of)
            if c.coref_of is not None:
                c.name = cands[c.coref_of].name
            elif sent_of[k] == 0 and c.role and c.name == c.role:
                # headline "X's transport minister ...": the person the body gives that role
                c.name = _headline_role_holder(cands, k, sent_of) or c.name
    resolve_links(adoc, cands, links, said)
    resolve_we(adoc, cands, added)
    _join_one_person_phrases(adoc, cands, sent_of)
    for k, c in enumerate(cands):
        if (boss := superior_holder(adoc, cands, k)) is not None:
            # "his boss" of a person the report gives as "Acme's chief of staff": Acme's person
            c.coref_of, c.name = boss, cands[boss].name


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
