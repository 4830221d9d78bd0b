"""Who a role phrase stands for (round 17 split of :mod:`sitroom.extract.actor_coref`): the
one person the report gives a definite role phrase's role, the titled name a role phrase runs
on into, the person a describing "the" + role phrase is about (the subject before it, the only
person in focus), the body's person a headline's bare role phrase names, the untagged name an
appositive role describes, and an indefinite role phrase that only describes a named person.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..model import AnnotatedDoc, Token
from .actor_base import SUBJECT_DEPS, Cand
from .actor_coref_candidates import fits_role, sole_candidate
from .actor_coref_common import _is_subject, _named_person, _root, _subject_token, _words
from .actor_filters import LANDMARK_HEADS, NAME_HEADS
from .actor_labels import PLACE_HEADS
from .actor_nominals_words import COREF_WORDS
from .actor_roles_members import one_person_phrase

INDEFINITE = frozenset({"a", "an"})
SPEECH_VERBS = lexicon.words("reporting_verbs", "quotes")
PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})
DESCRIBING_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod", "prep"})
RANK_WORDS = frozenset(COREF_WORDS["role_rank_words"])
IDENTIFYING = frozenset(COREF_WORDS["identifying_determiners"])


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


def _role_holder(adoc: AnnotatedDoc, cands: list[Cand], k: int) -> int | None:
    """The one earlier named person the report gives the role of the role phrase ``k`` ("the
    defence minister" -> the person titled or described as "Defence Minister"): the role's
    head noun must be among the words of the person's role, and the person sharing most words
    with it (then with fewest words of role it lacks: "the president" is the "President", not
    the "Vice President") must be one entity; None when the report names no one, or more than
    one, so. Round 18: among those sharing most words, a person named in the phrase's own
    sentence before it whose role lacks no word of ``role_rank_words`` comes first, when the
    phrase opens with one of ``identifying_determiners`` ("the UN envoy, Jo Roe, ... which the
    envoy says": Jo Roe, though another envoy was named before; not "our president")."""
    c = cands[k]
    toks = adoc.tokens
    words = _words(adoc.span_text(c.start, c.end))
    head = toks[c.head].lemma.lower()
    # "the envoy" points back; "our president", "his lawyer" are set apart by their owner
    definite = any(toks[i].text.lower() in IDENTIFYING for i in (c.start - 1, c.start) if i >= 0)
    scores: dict[int, tuple[int, int, int]] = {}
    for j in range(k):
        o = cands[j]
        if o.kind != "person" or o.pronoun or o.generic:
            continue
        if o.definite_role or o.appos_to is not None:
            # a role phrase already resolved to a named person gives that person its role
            # ("the Prime Minister of X, Mr. Jo Roe, ... the Prime Minister")
            if o.coref_of is None or not _named_person(cands[_root(cands, j)]):
                continue
        role = _words(o.role or "") | _written_title(adoc, o)
        if head in role or head in {w.rstrip("s") for w in role}:
            root = _root(cands, j)
            # most words shared, then fewest words the phrase lacks ("the president": the
            # "President", not the "Vice President")
            near = int(definite and toks[o.head].sent == toks[c.head].sent
                       and not (role - words) & RANK_WORDS)
            scores[root] = max(scores.get(root, (0, 0, -99)),
                               (len(words & role), near, -len(role - words)))
    if not scores:
        return None
    best = max(scores.values())
    top = [j for j, v in scores.items() if v == best]
    return top[0] if len(top) == 1 else None


def _written_title(adoc: AnnotatedDoc, o: Cand) -> set[str]:
    """The words written before a named person's name in its mention, abbreviations written
    out ("Montana Sen. Jo Roe": montana, sen, senator), which an appositive role of the same
    person does not replace (round 23, E40); none for a role phrase or a pronoun."""
    if o.pronoun or o.definite_role or o.appos_to is not None or " " not in o.name:
        return set()
    return _words(adoc.span_text(o.start, o.end)) - _words(o.name)


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
            or " " not in o.name):
        return None
    if not (o.role and not any(t.ws for t in gap[1:]) or _left_out_role(gap[1:])):
        return None
    return _root(cands, nxt)


def _left_out_role(gap: Sequence[Token]) -> bool:
    """True when the words between "and" and a name are role words the name's mention left
    out ("the civil rights leader and television host Jo Roe": "television host"): lower-case
    common nouns, the last of them singular (round 17)."""
    return bool(gap) and all(t.pos == "NOUN" and t.text.isalpha() and t.text.islower()
                             and not t.ent_type for t in gap) and gap[-1].tag == "NN"


def _salient_person(adoc: AnnotatedDoc, cands: list[Cand], k: int, sent_of: list[int]) -> int | None:
    """The person a definite role phrase that no role of the report names stands for, the
    way a reader takes it: "Jane Roe said ... . The 62-year-old senator has spoken ...", "said
    the former aide to X" after a paragraph about Roe. Only a singular "the" + role phrase
    that describes (a modifier on its noun; a bare "the minister" may be anyone's) and is the
    subject of its sentence's main clause, and only the person subject of the main clause of the sentence before it (a
    pronoun or a role resolved to a person counts as that person; a sentence whose main
    clause has no subject passes to the one before it; its own sentence, whose quote may hold
    other subjects, is not searched); round 21: and only when no other person of that sentence
    fits the phrase (:func:`sitroom.extract.actor_coref_candidates.sole_candidate`); None
    otherwise."""
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
        holder = cands[j].coref_of
        if holder is None:
            holder = j
        # round 21: only when that person is the one of the sentence the phrase fits ("X
        # joined Y, Z and W ... The German chancellor": any of them)
        return holder if sole_candidate(adoc, cands, k, holder, sent, sent_of) else None
    return None


def _focus_person(adoc: AnnotatedDoc, cands: list[Cand], k: int, sent_of: list[int]) -> int | None:
    """The person a describing definite role phrase ("the Texas senator", "the former
    president": "the" + a modifier on a singular noun) stands for when it is the only person
    the report speaks of in the sentence before it and in its own sentence up to it (a
    pronoun or a role resolved to a person counts as that person): "X's support, which has
    the Texas senator in second place", "In his debut, the former president gave". Not a
    person whose own role lacks the phrase's noun, nor one that is the subject of a verb the
    phrase hangs below ("X said the senator was wrong": someone else), nor (round 21) one whose
    gender is the other one of a gendered word of the phrase ("Mr. Doe ... the chairwoman",
    :func:`sitroom.extract.actor_coref_candidates.fits_role`); None otherwise."""
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
    if not fits_role(adoc, cands, k, root):
        return None  # "Jane Roe, a Democrat, ... the senator", "Mr. Doe ... the chairwoman"
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
