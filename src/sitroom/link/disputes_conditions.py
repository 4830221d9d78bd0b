"""A person's state told both ways by two reports (round 17): "the woman was not injured"
against "the woman suffered minor injuries", "the commander is alive" against "the commander
was killed" (``conditions`` of ``data/dispute_words.json``); since round 22 also one person's
two ages ("Dana Quill, 26," against "the 27-year-old Quill", :mod:`~.disputes_ages`).

A sentence tells a state when it holds one of the table's state words; a negation in the few
words before it ("was not injured", "escaped injury", "no injuries") turns it into the state
of ``negated`` ("unhurt", "alive"), and a qualifier between ("not seriously injured") leaves
nothing told of the plain state. Who is in that state is read from the words before the state
word in its clause: a person noun of ``persons`` (singular) or a name (a capitalised word).
Two sentences of different reports of one story and moment contradict each other when their
states are one of ``clashes`` and their subjects share such a word. Not read: a sentence with a
condition, modal or question, another negation than the state's in its clause, a counted or plural subject
("two soldiers were killed": no one person), or a denial cue in the state's clause ("denied
reports that he was killed": the state is what is denied).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .disputes import Outcome, Statement, _same_moment
from .disputes_ages import age_of, ages, ages_clash
from .disputes_figures import _order
from .disputes_negations import _pats as _neg_pats
from .disputes_negations import _plain, _statement
from .disputes_story import story_sentences
from .disputes_words import _alt, _patterns, _words

_CLAUSE = re.compile(r"[;:!?]|\.\s")


@dataclass(frozen=True)
class Condition:
    """A person's state told in a sentence: ``state`` (a key of ``conditions.states``) and
    ``who``, the casefolded person nouns and names of its subject."""

    state: str
    who: frozenset[str]


@lru_cache(maxsize=1)
def _pats() -> dict[str, Any]:
    w = _words()["conditions"]
    words = {x: k for k, v in w["states"].items() for x in v}
    return {
        "state": re.compile(rf"(?<![\w'-])(?:{_alt(words)})(?![\w'-])", re.I),
        "words": {k.lower(): v for k, v in words.items()},
        "neg": re.compile(rf"(?:(?<![\w'])(?:{_alt(w['negations'])})(?![\w']))|n't", re.I),
        "qual": re.compile(rf"\b(?:{_alt(w['qualifiers'])})\b", re.I),
        "persons": frozenset(w["persons"]),
        "possessive": frozenset(w["possessives"]),
        "agent": frozenset(w["agent_words"]),
        "passive": re.compile(rf"\b(?:{_alt(w['passive'])})(?:n't)?\s+(?:(?:not|never|[\w'-]+ly)\s+)*$", re.I),
        "after": re.compile(rf"\s*(?:$|[^\w\s]|(?:{_alt(w['after_passive'])})\b)", re.I),
        "opener": re.compile(rf"\b(?:{_alt(w['clause_openers'])})\b", re.I),
        "unsure": re.compile(rf"\b(?:{_alt(w['unsure'])})\W*$", re.I),
    }


def _who(span: str, opens: bool) -> frozenset[str]:
    """The person nouns and names of a subject's words (see the module); the first word of a
    sentence (``opens``) is capitalised as any first word is, no name; a person noun after a
    possessive pronoun ("his mother") names no one person across reports."""
    w = _words()["conditions"]
    p = _pats()
    out = set()
    tokens = re.findall(r"[A-Za-z][\w']*", span)
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in p["persons"]:
            if not (i and tokens[i - 1].lower() in p["possessive"]):
                out.add(low)  # "his mother": whose is told by a pronoun, no one person
        elif (tok[0].isupper() and not (opens and i == 0) and not tok.isupper() and len(tok) >= int(w["name_min_letters"])
              and low not in p["words"]):
            if not _place(tok):
                out.add(low)
    return frozenset(out)


@lru_cache(maxsize=1 << 12)
def _place(word: str) -> bool:
    """Whether the gazetteer knows a word as a place or a demonym ("Florida", "Kurdish")."""
    from ..extract.gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(word, demonyms=True))


@lru_cache(maxsize=1 << 14)
def conditions(sentence: str) -> tuple[Condition, ...]:
    """The states of persons a sentence tells (see the module); () when it tells none or is
    not read."""
    t = _plain(sentence)
    if _neg_pats()["not_asserted"].search(t):
        return ()
    aged = tuple(Condition(state, who) for state, who in ages(t, _who))  # round 22
    return _states(t) + aged


def _states(t: str) -> tuple[Condition, ...]:
    """The states of ``conditions.states`` a plain sentence tells of persons (see the
    module)."""
    w = _words()["conditions"]
    p = _pats()
    found = list(p["state"].finditer(t))
    if not found:
        return ()
    out: list[Condition] = []
    prev = 0
    for m in found:
        state = p["words"][m.group(0).lower()]
        ends = [c.end() for c in _CLAUSE.finditer(t, prev, m.start())]
        start = max([prev, *ends])
        clause = t[start: m.start()]
        prev = m.end()
        if _patterns()["denial"].search(clause) or _patterns()["hedges"].search(clause):
            return ()
        if m.group(0).lower() in p["agent"] and not (
                p["passive"].search(clause) or p["after"].match(t, m.end())):
            continue  # "wounded a guard", "has killed more than ...": not the subject's state
        if p["unsure"].search(clause):
            continue  # "feared dead", "left for dead": a belief
        before = clause.split()[-int(w["negation_words"]):]
        near = " ".join(before)
        n = list(p["neg"].finditer(near))
        segment = clause[clause.rfind(",") + 1:]
        if len(list(p["neg"].finditer(segment))) > len(n[-1:]):
            return ()  # "did not say the driver was killed": another negation in its clause
        if n:
            if p["qual"].search(near[n[-1].end():]) or state not in w["negated"]:
                return ()
            state = w["negated"][state]
        opened = list(p["opener"].finditer(clause))
        if opened:
            start, clause = start + opened[-1].end(), clause[opened[-1].end():]
        words = clause.split()
        subject = " ".join(words[-int(w["subject_words"]):])
        who = _who(subject, start == 0 and len(words) <= int(w["subject_words"]))
        if not who or re.search(r"(?<![\w-])\d[\d,.]*(?![\w-])", subject) or _counted(subject):
            continue
        out.append(Condition(state, who))
    return tuple(out)


def _counted(subject: str) -> bool:
    """Whether a subject counts people ("two soldiers", "dozens of people")."""
    nums = {k.lower() for k in _words()["number_words"]} | set(
        _words()["conditions"]["counted_words"])
    return any(x.lower().strip(",.'\"") in nums for x in subject.split())


def clash(a: Condition, b: Condition) -> bool:
    """Whether two states of one person cannot both hold (``conditions.clashes``)."""
    pairs = {frozenset(x) for x in _words()["conditions"]["clashes"]}
    if ages_clash(a.state, b.state):  # one name's two ages (round 22): "Quill" and "Dana
        return bool(a.who & b.who) and (a.who <= b.who or b.who <= a.who)  # Quill", not "Ann"
    return frozenset((a.state, b.state)) in pairs and bool(a.who & b.who)


def dated_enough(c: Condition, a: Statement, b: Statement) -> bool:
    """Whether two statements telling a clash of ``c``'s kind are dated enough to compare: an
    age is of a moment, so both must be dated (undated reports of one trial years after the
    crime tell the accused 27 and 29, round 22); another state needs no date."""
    return age_of(c.state) is None or a.time is not None and b.time is not None


def condition_outcomes(extractions, texts: dict[str, str], clock,
                       story_of: dict[str, str]) -> Iterator[Outcome]:
    """The ``contradicts`` outcomes of a person's states told both ways between the sentences
    of different reports of one story (see the module), in the order of the sentences."""
    told: dict[str, list[tuple[Any, int, tuple[Condition, ...]]]] = defaultdict(list)
    for ex, story, si, sent in story_sentences(extractions, texts, story_of):
        cs = conditions(sent)
        if cs:
            told[story].append((ex, si, cs))
    for story, found in told.items():
        for i, (ex, si, cs) in enumerate(found):
            for ex2, sj, cs2 in found[i + 1:]:
                if ex2.doc == ex.doc:
                    continue
                hit = next(((c, d) for c in cs for d in cs2 if clash(c, d)), None)
                if hit is None:
                    continue
                a = _statement(ex, si, texts, clock, story)
                b = _statement(ex2, sj, texts, clock, story)
                if not _same_moment(a, b) or not dated_enough(hit[0], a, b):
                    continue
                first, later = _order(a, b)
                c1, c2 = hit if first is a else (hit[1], hit[0])
                yield ("contradicts", f"condition ({c1.state} vs {c2.state})", first, later,
                       c1.state, c2.state)
