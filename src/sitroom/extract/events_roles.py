"""Round 15 (issue 15 item 2): acts whose participants or whose clause make them no event
of the picture, written as structure plus classes of words from the data files (the
actor lexicon's offices and titles, ``data/event_filters.json`` "roles"). Each class recurs
over the untouched draws P-T and V of docs/judgements/events.md ("Round 15"), and each check
removes wrong events, and no right one, on a draw it was not written from:

- **private people**: in a report that names no one with an office, a title or a party, an
  act other than an assault whose doer is a private person and no party among its
  arguments ("he pleaded with his wife", "she threatened her neighbour with a lawsuit"; an
  assault stays: a killing or an attack by a private person is a crime);
- **one's own activity**: a person's halt or retreat with no one on the other side whose
  object is the doer's own activity ("quit hosting a show", "halted all paid speeches");
- **a description**: an act in the simple present in a relative clause of a noun, what
  someone does as a rule ("a group that provides services", "a paper that hits liberals"); and
  (round 20, from draw AB) in an adverbial clause, a conjunct or a parenthesis ("even as he
  fights off a rival", "the group supports candidates on both sides");
- **campaign work**: a mobilisation of no armed or security force ("deployed volunteers",
  "recruited politicians", "built up organizations").
"""

from __future__ import annotations

from functools import lru_cache

from ..model import AnnotatedDoc, Token
from .events_acts import _head
from .events_base import Candidate, Check, _kids, _lem, first_reason, event_data, frozen_classes


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``data/event_filters.json`` "roles", with the private people's nouns and act types:
    round 11's private nouns and types ("private") and this round's additions."""
    raw = event_data("filters")
    out = frozen_classes(raw["roles"])
    private = raw["private"]
    out["private_people"] = frozenset(private["private_nouns"]) | out["plain_people"]
    out["private_types"] = frozenset(private["private_types"]) | out["private_person_types"]
    return out


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Offices, titles and their abbreviations of the actor lexicon, and the round's roles."""
    from .actor_base import _W as WORDS
    honorific = set(WORDS["person_evidence"]["honorifics"]) | _words()["not_offices"]
    out = set(WORDS["persons"]) | set(WORDS["person_titles"]) | set(WORDS["title_words"])
    out |= set(WORDS["title_abbreviations"]) | set(WORDS["title_abbreviations"].values())
    return frozenset((out | _words()["public_roles"]) - honorific)


def _party(adoc: AnnotatedDoc, i: int) -> bool:
    from .events_filter import _party as party
    return party(adoc, i)


def _arguments(adoc: AnnotatedDoc, c: Candidate) -> list[int]:
    from .events_filter import _arguments as arguments
    return arguments(adoc, c)


def _titled(adoc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` of a name is written with an office, a title or a party: a word of
    ``_offices`` or a NORP / ORG name among the three words before the name, or in
    apposition to it ("Sen. X", "Republican front-runner X", "X, the mayor")."""
    toks = adoc.tokens
    j = i
    while j > 0 and toks[j - 1].ent_type == "PERSON" and toks[j - 1].sent == toks[i].sent:
        j -= 1
    for k in range(max(adoc.sents[toks[i].sent].start, j - 3), j):
        low = toks[k].text.lower().rstrip(".")
        if low in _offices() or _lem(toks[k]) in _offices() or toks[k].ent_type in ("NORP", "ORG"):
            return True
    return any(_lem(toks[a]) in _offices() for a in _kids(adoc, i, "appos"))


def _public_name(adoc: AnnotatedDoc, i: int) -> bool:
    """Some mention of the person named at token ``i`` (its last word) carries an office,
    a title or a party in the report."""
    text = adoc.tokens[i].text
    return any(t.text == text and t.ent_type == "PERSON" and _titled(adoc, t.i)
               for t in adoc.tokens)


_REPORT: dict[int, tuple[AnnotatedDoc, bool]] = {}  # the last report's answer, by identity


def _public_report(adoc: AnnotatedDoc) -> bool:
    """The report names someone with an office, a title or a party, or speaks of an office
    holder ("the Supreme Court justice", "the presumptive nominee"). Computed once per
    report: the last report's answer is kept (the document itself is held with it, so an
    id reused by another document never matches)."""
    hit = _REPORT.get(id(adoc))
    if hit is not None and hit[0] is adoc:
        return hit[1]
    public = any(t.ent_type == "PERSON" and _titled(adoc, t.i)
                 or t.pos == "NOUN" and _lem(t) in _words()["political_offices"]
                 for t in adoc.tokens)
    _REPORT.clear()
    _REPORT[id(adoc)] = (adoc, public)
    return public


def _private_person(adoc: AnnotatedDoc, i: int) -> bool | None:
    """True for a private person, False for a public one or a party, None for a thing."""
    t = adoc.tokens[i]
    if _party(adoc, i) or _lem(t) in _offices():
        return False
    if t.ent_type == "PERSON":
        last = i
        while last + 1 < len(adoc.tokens) and adoc.tokens[last + 1].ent_type == "PERSON" \
                and adoc.tokens[last + 1].ent_iob == "I":
            last += 1
        return not _public_name(adoc, last)
    if t.pos == "PRON" and t.text.lower() not in _words()["not_persons"]:
        return not _public_report(adoc)
    if not t.ent_type and _lem(t) in _words()["private_people"]:
        return True
    return None


def _private_people(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A report that names no one with an office, a title or a party, an act other than an
    assault (PLOVER ASSAULT) whose doer is a private person, no party among its arguments
    and a private person's noun among them ("he pleaded with his wife"; "a girl attacked Y
    with acid" and "a man shot his neighbour" stay: crimes the picture keeps; a charge with
    no doer named stays: the state may be its doer; two bare names stay)."""
    if c.event.type not in _words()["private_types"] or _public_report(adoc):
        return False
    a = _head(adoc, c.actor_span)
    if a is None or _private_person(adoc, a) is not True:
        return False
    args = _arguments(adoc, c)
    people = _words()["private_people"]
    return not any(_private_person(adoc, k) is False for k in args) and any(
        not adoc.tokens[k].ent_type and _lem(adoc.tokens[k]) in people
        for x in args for k in (x, *_kids(adoc, x, "appos", "poss", "compound", "amod")))


def _own_activity(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A person's halt or retreat with no recipient whose object is a gerund or a noun of no
    party ("quit hosting a show", "halted all paid speeches")."""
    if c.event.type not in _words()["halt_types"] or c.recipient_span is not None:
        return False
    from .events_stance import person
    if not person(adoc, _head(adoc, c.actor_span)):
        return False  # a firm's or a state's halt is other rules' (business, sanctions)
    v = c.token
    objs = _kids(adoc, v, "dobj") + [x for x in _kids(adoc, v, "xcomp")
                                     if adoc.tokens[x].tag == "VBG"]
    if not objs:
        return False
    others = [a for a in _arguments(adoc, c) if a != _head(adoc, c.actor_span)]
    return not any(_party(adoc, a) or adoc.tokens[a].ent_type for a in others) and not any(
        _lem(adoc.tokens[o]) in _words()["relation_objects"]
        or any(adoc.tokens[p].text.lower() in _words()["owner_preps"]  # "accounts of users"
               for p in _kids(adoc, o, "prep")) for o in objs)


def _np(adoc: AnnotatedDoc, i: int) -> list[int]:
    """Token ``i`` and the words of its noun phrase, clauses under it left out."""
    out, todo = [], [i]
    while todo:
        k = todo.pop()
        out.append(k)
        todo += [x for x in adoc.children(k) if adoc.tokens[x].dep not in _CLAUSE_DEPS]
    return out


_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp", "parataxis", "appos"})


def _weapon(t: Token) -> bool:
    """A weapon or a vehicle used as one (the act rules' weapon doers, the force senses'
    weapon cues)."""
    from .events_acts import acts
    from .events_senses import _cue
    return _lem(t) in acts()["weapon_subjects"] or _cue(t)


def _headline(adoc: AnnotatedDoc, v: int) -> bool:
    """The trigger stands in the report's first line, a line of its own (a headline tells in
    the present)."""
    t = adoc.tokens[v]
    return "\n" not in adoc.text[:t.idx].strip() and (
        "\n" in adoc.text[t.idx:] or not adoc.text[t.idx:].strip())


def _subject(adoc: AnnotatedDoc, v: int) -> int | None:
    """The subject of verb ``v``, or of the verb it is a conjunct of ("I regret it and
    condemn it")."""
    i = v
    for _ in range(3):
        subj = _kids(adoc, i, "nsubj", "nsubjpass")
        if subj:
            return subj[0]
        t = adoc.tokens[i]
        if t.dep != "conj" or t.head == i:
            return None
        i = t.head
    return None


def _present_clause(adoc: AnnotatedDoc, v: int) -> bool:
    """Round 20: a verb of act in the simple present (no auxiliary) in an adverbial clause, a
    conjunct or a parenthesis ("even as he fights off a rival", "the group supports candidates
    on both sides", "..., the office warns, ..."), outside the headline, with no mark of time or
    condition (the modality checks' "once the rebels attack") and not said by its own doer
    ("I regret it and condemn it")."""
    t = adoc.tokens[v]
    w = _words()
    if t.pos != "VERB" or t.tag not in ("VBZ", "VBP") or _kids(adoc, v, "aux", "auxpass"):
        return False
    if _headline(adoc, v) or any(adoc.tokens[m].text.lower() in w["description_skip_marks"]
                                 for m in _kids(adoc, v, "mark", "advmod")):
        return False
    s = _subject(adoc, v)
    return s is None or adoc.tokens[s].text.lower() not in w["speaker_pronouns"]


def _present_description(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """An act in the simple present in a relative clause or a participle of a noun: what
    someone or something does as a rule ("a group that provides services", "a paper that
    hits liberals"); one with a named other side stays ("X, who backs Y", "Y, whom X accuses
    of ..."), and so does a present participle ("a gunman targeting officers")."""
    v = c.token
    t = adoc.tokens[v]
    if t.dep in _words()["description_clauses"]:
        return _present_clause(adoc, v)
    if (t.dep not in ("relcl", "acl") or t.tag not in ("VBZ", "VBP")
            or _kids(adoc, v, "aux", "auxpass")):
        return False
    others = [_head(adoc, c.recipient_span), *_kids(adoc, v, "dobj")]
    if any(adoc.tokens[o].tag in ("WP", "WDT") for o in _kids(adoc, v, "dobj")):
        others.append(t.head)  # "Y, whom X accuses": the noun is the other side
    return not any(k is not None and adoc.tokens[k].ent_type in _words()["named_sides"]
                   for k in others)  # "X, who backs Y", "Y, whom X accuses of": told acts


def _unarmed_mobilization(adoc: AnnotatedDoc, c: Candidate) -> bool:
    """A mobilisation of no armed or security force by a person (no state, body or armed
    force): campaign work ("deployed volunteers", "recruited politicians", "built up
    organizations"; "the state has mobilized pressure groups" stays)."""
    if c.event.type not in _words()["mobilize_types"]:
        return False
    from .actor_base import actor_noun_kind
    armed = _words()["armed_nouns"]
    a = _head(adoc, c.actor_span)
    if a is not None and (_party(adoc, a) or _lem(adoc.tokens[a]) in armed):
        return False  # a state or a body mobilising groups stays
    r = _head(adoc, c.recipient_span)
    objs = _kids(adoc, c.token, "dobj") + ([r] if r is not None else [])
    toks = [k for o in objs for k in _np(adoc, o)]
    return bool(objs) and not any(
        _lem(adoc.tokens[k]) in armed or actor_noun_kind(adoc.tokens[k]) == "armed_group"
        or _weapon(adoc.tokens[k]) for k in toks)


_ROLES: tuple[tuple[Check, str], ...] = (
    (_private_people, "private person"),
    (_own_activity, "own activity"),
    (_present_description, "description"),
    (_unarmed_mobilization, "campaign work"),
)


def roles_misfit(adoc: AnnotatedDoc, c: Candidate) -> str | None:
    """The round-15 class that makes act ``c`` no event of the picture, or None."""
    return first_reason(_ROLES, adoc, c)
