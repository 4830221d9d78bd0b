"""Explicit denials told without a denial verb (round 16, third wave; issue 15 item 4).

Two forms, each the denial of one proposition that a sentence of another report asserts
(``negated_claims`` of ``data/dispute_words.json``):

- **a negated predicate**: "Rangers have NOT closed the northern pass" against "Rangers closed
  the northern pass". The proposition is the sentence's content words, the negation and a
  rebuttal's opening "No," left out; the act is the first content word after the negation, the
  subject the content words before it.
- **a report called fake or a hoax, with what it claims**: "A bogus story claims rangers closed
  the northern pass". The proposition is the clause after the claim verb; its first content
  word is the subject, the next the act.

The other sentence, of another report of the same story and the same moment, must assert (no
negation, hedge, denial cue, condition, modal or question; and its report calls no report or
story fake or a hoax, :func:`debunks`: such a report quotes the claim it debunks) the same
proposition: it holds the
act and a word of the subject, ``cover`` of the proposition's content words, and these are
``back_cover`` of its own (the same proposition, not a larger story that holds its words).
Names count as words (a headline's title case names everything). The denial rules of
:mod:`sitroom.link.disputes_denials` ("denied that ...") compare only sentences naming a
resolved entity; these compare every sentence of a story's reports, so a headline that names
no actor is read too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .disputes import Outcome, Statement, _background, _same_moment
from .disputes_denials import _CLAUSE_END, _weak, reported_denial
from .disputes_figures import _order
from .disputes_party import party_cue
from .disputes_story import story_sentences
from .disputes_words import _alt, _patterns, _words
from .textsim import content_stems


ACT_PREFIX = 3  # letters of a denial's act a sentence must hold to be compared with it


@dataclass(frozen=True)
class Negated:
    """The proposition a sentence denies without a denial verb."""

    stems: frozenset[str]  # its content stems (names too)
    subject: frozenset[str]  # those of who or what it is about
    act: str  # the first content stem of its predicate


@lru_cache(maxsize=1)
def _pats() -> dict[str, re.Pattern[str]]:
    w = _words()["negated_claims"]
    return {
        "neg": re.compile(rf"(?<![\w'])(?:{_alt(w['negations'])})(?![\w'])", re.I),
        "hoax": re.compile(rf"\b(?:{_alt(w['hoax_words'])})(?:\s+[\w'-]+){{0,2}}?\s+"
                           rf"(?:{_alt(w['hoax_nouns'])})\s+(?:{_alt(w['claim_verbs'])})\b", re.I),
        "debunk": re.compile(rf"\b(?:{_alt(w['hoax_words'])})(?:[\s-]+[\w'-]+){{0,2}}?[\s-]+"
                             rf"(?:{_alt(w['hoax_nouns'])})\b", re.I),
        "opener": re.compile(rf"^\W*(?:{_alt(w['openers'])})\b\W", re.I),
        "not_asserted": re.compile(rf"\b(?:{_alt(w['not_asserted'])})\b|\?", re.I),
        # disputes_words' sentence-opening pronoun, in any case (a clause after "that")
        "pronoun": re.compile(_patterns()["pronoun_opener"].pattern, re.I),
    }


def _plain(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _stems(text: str) -> list[str]:
    weak = _weak()
    return [s for s in content_stems(text.lower()) if len(s) > 2 and s not in weak]


def negated(sentence: str) -> Negated | None:
    """The proposition ``sentence`` denies by a negated predicate or by calling a report fake
    (see the module); None if it does neither, or is no plain statement (a condition, a modal,
    a question), or its proposition has fewer than ``min_stems`` content words."""
    p, t = _pats(), _plain(sentence)
    if p["not_asserted"].search(t):
        return None
    m = p["hoax"].search(t)
    reported = reported_denial(t)
    if reported is not None:  # "reports that X are baseless", "X never happened" (round 17)
        text, is_clause = reported
        st = _stems(text)
        if p["neg"].search(text) or len(st) < 2:
            return None  # a denied negation, or too little to compare
        if is_clause and not p["pronoun"].match(text):
            subject, act = frozenset(st[:1]), st[1]  # "the army closed the bridge"
        else:  # "the raid on the camp", "he promised ...": the act named first
            subject, act = frozenset(st[1:]), st[0]
    elif m is not None:
        clause = _CLAUSE_END.split(t[m.end():], maxsplit=1)[0]
        if p["neg"].search(clause):
            return None  # the claim called fake is itself a denial
        st = _stems(clause)
        if len(st) < 2:
            return None
        subject, act = frozenset(st[:1]), st[1]
    else:
        found = list(p["neg"].finditer(t))
        if len(found) != 1:
            return None  # no negation, or several (a negation inside a clause of another)
        n = found[0]
        before = p["opener"].sub(" ", t[: n.start()])
        after = _stems(_CLAUSE_END.split(t[n.end():], maxsplit=1)[0])
        subject = frozenset(_stems(before))
        if not subject or not after:
            return None
        st, act = [*subject, *after], after[0]
    stems = frozenset(st)
    if len(stems) < int(_words()["negated_claims"]["min_stems"]):
        return None
    return Negated(stems, subject, act)


def asserts(sentence: str) -> bool:
    """Whether ``sentence`` plainly asserts: no negation, hedge, denial cue, fake-report cue,
    condition, modal or question."""
    p, t = _pats(), _plain(sentence)
    pat = _patterns()
    return not (p["neg"].search(t) or p["hoax"].search(t) or p["not_asserted"].search(t)
                or pat["hedges"].search(t) or pat["denial"].search(t) or party_cue(t))


@lru_cache(maxsize=1 << 12)
def _asserted(sentence: str) -> frozenset[str] | None:
    """The content stems of a sentence that plainly asserts (:func:`asserts`), else None."""
    return frozenset(_stems(_plain(sentence))) if asserts(sentence) else None


def negates(n: Negated, other: str) -> bool:
    """Whether the proposition ``n`` is what ``other`` asserts (see the module)."""
    return _covers(n, _asserted(other))


def _covers(n: Negated, o: frozenset[str] | None) -> bool:
    """Whether the stems ``o`` of an asserting sentence tell the proposition ``n``."""
    if o is None or n.act not in o or not n.subject & o:
        return False
    w = _words()["negated_claims"]
    common = len(n.stems & o)
    return common >= float(w["cover"]) * len(n.stems) and common >= float(w["back_cover"]) * len(o)


def debunks(report: str) -> bool:
    """Whether a report calls a report, story or site fake or a hoax anywhere ("a fake-news
    website", "the hoax story"): its sentences that tell the claim quote what it debunks (a
    headline shown as an example), and assert nothing."""
    return bool(_pats()["debunk"].search(_plain(report)))


def negation_outcomes(extractions, texts: dict[str, str], clock,
                      story_of: dict[str, str]) -> Iterator[Outcome]:
    """The ``contradicts`` outcomes of the denials of this module between the sentences of
    different reports of one story, in the order of the denials, then of the sentences. Only
    the sentences holding a denial's act (the first letters of its stem, one pattern over a
    story's text) are compared with it."""
    by_story: dict[str, list[tuple[Any, int]]] = defaultdict(list)
    denials: dict[str, list[tuple[Any, int, Negated]]] = defaultdict(list)
    p, den = _pats(), _patterns()["denial"]
    for ex, story, si, raw in story_sentences(extractions, texts, story_of):
        by_story[story].append((ex, si))
        sent = _plain(raw)
        if (p["neg"].search(sent) or p["hoax"].search(sent) or den.search(sent)) and (
                n := negated(sent)):
            denials[story].append((ex, si, n))
    quoting: dict[str, bool] = {}
    told: dict[tuple[str, int], frozenset[str] | None] = {}  # each sentence's stems, once
    for story, found in denials.items():
        acts = sorted({n.act[:ACT_PREFIX] for _, _, n in found}, key=len, reverse=True)
        hit = re.compile("|".join(re.escape(a) for a in acts))
        holding: dict[str, list[tuple[Any, int]]] = defaultdict(list)
        for ex2, sj in by_story[story]:
            s0, s1 = ex2.sentences[sj]
            for a in set(hit.findall(texts.get(ex2.doc, "")[s0:s1].lower())):
                holding[a].append((ex2, sj))
        for ex, si, n in found:
            for ex2, sj in holding.get(n.act[:ACT_PREFIX], ()):
                if ex2.doc not in quoting:
                    quoting[ex2.doc] = debunks(texts.get(ex2.doc, ""))
                if ex2.doc == ex.doc or quoting[ex2.doc]:
                    continue
                if (ex2.doc, sj) not in told:
                    s0, s1 = ex2.sentences[sj]
                    told[(ex2.doc, sj)] = _asserted(texts.get(ex2.doc, "")[s0:s1])
                if not _covers(n, told[(ex2.doc, sj)]):
                    continue
                outcome = denial_outcome(ex, si, ex2, sj, texts, clock, story)
                if outcome is not None:
                    yield outcome


def denial_outcome(ex, si: int, ex2, sj: int, texts: dict[str, str], clock,
                   story: str) -> Outcome | None:
    """The "contradicts" outcome of a denial (report ``ex``, sentence ``si``) against the
    sentence ``sj`` of report ``ex2`` that asserts what it denies, or None when the two are not
    of the same moment; the earlier of the two first."""
    a = _statement(ex, si, texts, clock, story)
    b = _statement(ex2, sj, texts, clock, story)
    if not _same_moment(a, b):
        return None
    first, later = _order(b, a)
    return ("contradicts", "denial", first, later, "asserted" if first is b else "denied",
            "denied" if later is a else "asserted")


def _statement(ex, si: int, texts: dict[str, str], clock, story: str) -> Statement:
    """One side of such a denial as a statement (its stems, time, years, background)."""
    text = texts.get(ex.doc, "")
    s0, s1 = ex.sentences[si]
    iso = clock.iso(ex.doc, s0)
    sent = text[s0:s1]
    return Statement(ex.doc, si, s0, s1, sent, clock.outlet(ex.doc), clock.at(ex.doc, s0), iso,
                     story, frozenset(), frozenset(), frozenset(_stems(sent)), frozenset(),
                     frozenset({iso[:4]}) if iso else frozenset(),
                     background=_background(ex.sentences, si, text), denial=None)
