"""Denials of one proposition matched by its content (round 18, issue 15 item 4).

A denial names what it denies in other words than the report it answers: "the government
denies it threatened the family" against "officials threatened the family over the ransom",
"no threats were made to the families" against the same, "we did not threaten the families".
The proposition denied is read as an **act** (the first common word of the denied clause, a
verb or its nominal, past a light verb: "threatened", "threats") and its **arguments** (the
content words after the act, names too). Three forms (``denied_propositions`` of
``data/dispute_words.json``):

- a denial cue told before its clause: a cue ending in "that" ("denied claims that ..."), or
  a cue followed by a gerund ("denies threatening ...") or by a pronoun and its verb ("denies
  it threatened ...");
- a negated act told as done: the one negation of the sentence, one of ``negations`` ("did
  not", "has not"), directly before the act ("did not threaten the families");
- a nominal told as made: "no <nominal> were <participle> ..." ("no threats were made to").

Another report's sentence of the same story and moment tells the proposition when it plainly
asserts (:func:`sitroom.link.disputes_negations.asserts`, no word of ``not_asserted``, no
denial of this module; its report calls no report fake),
holds the act (the same stem, or one stem with a nominal suffix more: "threat" ~ "threaten")
and ``min_shared`` of the arguments. Words of ``not_acts`` are never the act ("did not
comment": a refusal to speak denies nothing).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .disputes import Outcome
from .disputes_accused import accused_denier, accused_in
from .disputes_acts import _one_act, _same_word, _tells_act, agent_stems, family_stems, same_act
from .disputes_accused import act as accused_act
from .disputes_available import ACT as AVAILABLE, denied_availability, told_available
from .disputes_bound import bound_told, clause_names
from .disputes_called import called_claim, called_nominal, told_as_claim
from .disputes_verdicts import denied_verdict, verdict_in
from .disputes_denials import _CLAUSE_END, _told_before, _weak
from .disputes_event_states import told_off, told_on
from .disputes_negations import _asserted, _pats as _neg_pats
from .disputes_negations import _plain, debunks, denial_outcome
from .disputes_named import cue_ends_in_claim_noun, named_claim, past_claim_verb, unquoted
from .disputes_party import names_party, party_clause, told_as_reported
from .disputes_reported import claim_sources, claimed_clause
from .disputes_story import story_sentences
from .disputes_words import _alt, _patterns, _words
from .textsim import content_stems

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Proposition:
    """What a denial denies: the stem of its act and those of its arguments."""

    act: str
    args: frozenset[str]
    subject: frozenset[str] = frozenset()  # a negated act's subject: one must be told too
    # "accused": an accused party's denial, the subject the accused's name (disputes_accused);
    # "verdict": "X is not a hoax", the act the verdict noun (disputes_verdicts); "party": a
    # party's denial of a plan or of reports, the subject the party's names (disputes_party);
    # "called": a claim called false in the sentence telling it (disputes_called);
    # "available": a thing said not available, the subject the thing (disputes_available);
    # "named": a denial of a named source's claims or of reports that claimed (disputes_named);
    # "state": an event told off, the act its head, the args its names (disputes_event_states);
    # "": the others
    kind: str = ""
    # the stems of the arguments written capitalised in the denied clause: its entities, the
    # others its object words (disputes_bound, round 21 second part)
    names: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["denied_propositions"]
    return {
        "pronouns": frozenset(w["pronouns"]),
        "neg": re.compile(rf"(?<![\w'])(?:{_alt(w['negations'])})(?![\w'])", re.I),
        "no_made": re.compile(rf"\bno\s+([\w-]+)\s+(?:{_alt(w['no_made'])})\s+[\w-]+\b", re.I),
        "not_acts": frozenset(x.lower() for x in w["not_acts"]),
        "light": frozenset(_words()["denial_light_verbs"]["words"]),
        "min_shared": int(w["min_shared"]),
        "min_stem": int(w["min_stem"]),
        "aux": frozenset(w["auxiliaries"]),
        "relatives": frozenset(w["relatives"]),
        "max_subject": int(w["max_subject"]),
        "plan_verbs": frozenset(w["plan_verbs"]),
        "not_asserted": re.compile(rf"\b(?:{_alt(w['not_asserted'])})\b", re.I),
        "not_past": frozenset(w["not_past"]),
        "no_verb_after": frozenset(w["before_no_verb"]) | frozenset(
            n for n in _words()["number_words"] if " " not in n),
    }


def _past(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` reads as a verb in the past: ending in "ed", no word of
    ``not_past`` ("need", "hundred"), not just after a number or a determiner ("a hundred
    workers", "the red door"). The link stage has no part of speech, so it is read from the
    words alone."""
    low = toks[k].lower()
    if not low.endswith("ed") or low in _table()["not_past"]:
        return False
    prev = toks[k - 1].lower() if k else ""
    return not (prev in _table()["no_verb_after"] or prev[:1].isdigit())


def _content(word: str) -> str | None:
    """The stem of a content word (names too), None for a stop or weak word."""
    st = [s for s in _stems_of(word) if len(s) > 2 and s not in _weak()]
    return st[0] if st else None


def _stems_of(word: str) -> list[str]:
    return content_stems(word.lower())


def _read(clause: str, start_at_act: bool) -> Proposition | None:
    """The act and arguments of a denied clause: past a pronoun, names and light verbs when
    not ``start_at_act``; None when the act is one of ``not_acts`` or nothing follows it."""
    t = _table()
    toks = _WORD.findall(clause)
    if not start_at_act and (k := _verb_at(toks)) is not None:
        if toks[k].lower().replace("’", "'") in t["not_acts"]:
            return None  # "that he had anything to do with": no act denied
        act = _content(toks[k].lower())
        args = frozenset(a for w in toks[k + 1:] if (a := _content(w)) and a != act)
        return Proposition(act, args, names=clause_names(toks[k + 1:]) & args) if (
            act and args) else None
    act, k = None, 0
    for k in range(len(toks)):
        w = toks[k]
        low = w.lower().replace("’", "'")
        if low in t["not_acts"]:
            return None
        if low.endswith("ly"):
            continue  # an adverb before the act ("did not actually adopt")
        if low in t["plan_verbs"] and k + 1 < len(toks) and toks[k + 1].lower() == "to" or (
                low == "to" and k > 0 and toks[k - 1].lower() in t["plan_verbs"]):
            continue  # "planned to discontinue": the act is the verb after "to"
        if not start_at_act and (w[:1].isupper() or "'" in low or low in t["light"]
                                 or low in t["pronouns"]):
            continue  # the subject ("the US", "it"), a light verb ("taking")
        act = _content(low)
        if act is not None:
            break
        if start_at_act and low not in t["light"]:
            return None  # the word after the negation is no act ("not yet", "not the")
    if act is None:
        return None
    args = frozenset(a for w in toks[k + 1:] if (a := _content(w)) and a != act)
    return Proposition(act, args, names=clause_names(toks[k + 1:]) & args) if args else None


def _verb_at(toks: list[str]) -> int | None:
    """The index of the first word of a clause told as its verb: in the past ("closed"), after
    an auxiliary ("will close") or after a plan verb and "to" ("planned to close"), a word of
    ``not_acts`` there too (no act: "had anything to do with"); a stop word there or none
    such: None ("the soldiers burned ...": burned, not soldiers)."""
    t = _table()
    prev = ""  # the word before, past adverbs ("is reportedly planning": is)
    for k, w in enumerate(toks):
        low = w.lower().replace("’", "'")
        if k and not _adverb(toks[k - 1]):
            prev = toks[k - 1].lower()
        if w[:1].isupper() or low in t["light"] or _adverb(w) or low in t["plan_verbs"] and (
                k + 1 < len(toks) and toks[k + 1].lower() == "to"):
            continue
        if _past(toks, k) or prev in t["aux"] or prev == "to" and k > 1 and (
                toks[k - 2].lower() in t["plan_verbs"]):
            return k if low in t["not_acts"] or _content(low) is not None else None
    return None


def _adverb(word: str) -> bool:
    """Whether ``word`` reads as an adverb of manner ("reportedly", "mistakenly"): no verb of
    a clause, and no break between an auxiliary and its verb (round 20, second part)."""
    low = word.lower()
    return len(low) > 6 and low.endswith("ly")


def denied_proposition(sentence: str) -> Proposition | None:
    """The proposition ``sentence`` denies in one of the module's forms, else None (a
    condition, modal or question denies nothing)."""
    t = _plain(sentence)
    neg = _neg_pats()
    if neg["not_asserted"].search(t):
        return None
    if (name := accused_denier(t)) is not None:  # "Smith denied the allegations."
        return Proposition(_stems_of(accused_act())[0], frozenset(), frozenset({name}),
                           "accused")
    if (v := denied_verdict(t)) is not None:  # "Climate change is not a hoax"
        return Proposition(v[0], v[1], frozenset(), "verdict")
    if (c := called_claim(t)) is not None and _verb_at(_WORD.findall(_clause(c))) is not None:
        p = _read(_clause(c), False)  # "who claimed he was robbed was a false story"
        return replace(p, kind="called") if p is not None else None
    if (cn := called_nominal(t)) is not None:  # "Made-Up Smith's Request for ..." (round 21)
        p = _read(_clause(cn[1]), True)
        return replace(p, subject=clause_names(_WORD.findall(cn[0])), kind="called") if (
            p is not None and len(family_stems(p.act)) > 1) else None
    if (pc := party_clause(t)) is not None:  # "X has no plans to close the depot" (round 20)
        p = _read(_clause(pc[0]), pc[1])  # the clause ends at its break (disputes_party)
        if p is not None:
            return replace(p, subject=pc[2], kind="party")  # else the other forms read it
    if (av := denied_availability(t)) is not None:  # "X is not available in Y" (round 21)
        return Proposition(AVAILABLE, av[1], av[0], "available")
    if (off := told_off(t)) is not None:  # "the Quill wedding is off" (round 22)
        return Proposition(off[0], off[1], frozenset(), "state", off[1])
    m = _table()["no_made"].search(t)
    if m is not None:  # "No threats were made to the families"
        clause = _clause(t[m.end():])
        act = _content(m.group(1))
        args = frozenset(a for w in _WORD.findall(clause) if (a := _content(w)) and a != act)
        return Proposition(act, args) if act and args else None
    if (named := named_claim(t)) is not None and (
            p := _read_verbed(_clause(named))) is not None:  # "denies the Rebel claims that"
        return p  # else the next reading (round 22: a clause with no verb read falls through)
    d = _patterns()["denial"].search(t)
    if d is not None and not _told_before(d):
        clause = _clause(t[d.end():])
        toks = _WORD.findall(clause)
        if not toks:
            return None
        if d.group(0).lower().endswith(("that", "of")):  # past "claimed" (round 21)
            if cue_ends_in_claim_noun(d.group(0)) and past_claim_verb(clause) != clause:
                return _read_verbed(past_claim_verb(clause))
            return _read(clause, False)
        first = toks[0].lower()
        if first.endswith("ing") and first not in _table()["light"]:
            return _read(clause, True)  # "denies threatening the families"
        if first in _table()["pronouns"] and len(toks) > 1 and (
                _past(toks, 1) or toks[1].lower() in _table()["aux"]):
            return _read(clause, False)  # "denies it threatened the families"
        return None
    found = list(_table()["neg"].finditer(t))
    if len(found) == 1 and len(list(neg["neg"].finditer(t))) == 1 and _names_subject(
            t[: found[0].start()]):  # "we did not threaten the families"
        p = _read(_clause(t[found[0].end():]), True)
        subject = frozenset(a for w in _WORD.findall(_neg_pats()["opener"].sub(
            " ", t[: found[0].start()].split(":")[-1])) if (a := _content(w)))
        return replace(p, subject=subject) if p is not None else None
    return None


def _read_verbed(clause: str) -> Proposition | None:
    """A clause of the round 21 forms (:mod:`~.disputes_named`) read as a denied clause, only
    when a verb of it is read (:func:`_verb_at`): "reports that claimed the fighter, famed for
    ..., was" names no act before its break. Of kind "named": a sentence telling its act only
    in quote marks quotes the claims denied (:func:`tells`)."""
    if _verb_at(_WORD.findall(clause)) is None or (p := _read(clause, False)) is None:
        return None
    return replace(p, kind="named")


def reported_proposition(sentence: str, earlier: list[str]) -> Proposition | None:
    """What ``sentence`` denies when it names only a report ("the Wire report is not true",
    "denies the story"), read from the first of the report's ``earlier`` sentences
    (:func:`~.disputes_reported.claim_sources`) whose claim reads as a proposition."""
    for src in claim_sources(sentence, earlier):
        if (p := _read(_clause(claimed_clause(src)), False)) is not None:
            return p
    return None


def _clause(text: str) -> str:
    """The clause ``text`` opens, a comma before a name not ending it ("Foley, Sotloff
    families")."""
    return _CLAUSE_END.split(re.sub(r",\s+(?=[A-Z])", " ", text), maxsplit=1)[0]


def _names_subject(before: str) -> bool:
    """Whether the words before a negation are a short subject naming someone: a pronoun or a
    capitalised word past the sentence's first, no relative word just before the negation."""
    t = _table()
    words = _WORD.findall(_neg_pats()["opener"].sub(" ", before.split(":")[-1]))
    if not words or len(words) > t["max_subject"] or words[-1].lower() in t["relatives"]:
        return False
    return any(w.lower() in t["pronouns"] for w in words) or any(
        w[:1].isupper() for w in _WORD.findall(before)[1:])


def tells(p: Proposition, stems: frozenset[str] | None,
          agents: frozenset[str] = frozenset(), sentence: str = "") -> bool:
    """Whether a plainly asserting sentence of content stems ``stems`` tells ``p``; the stems
    of ``agents`` (:func:`agent_stems`) are no act of it. An accused party's denial is told by
    ``sentence`` naming its subject as the accused of an act of its family
    (:mod:`~sitroom.link.disputes_accused`); a verdict denied, by ``sentence`` telling it of
    the same subject (:mod:`~sitroom.link.disputes_verdicts`)."""
    if p.kind == "accused":  # its act is told by the accusation words accused_in reads
        return any(accused_in(sentence, name) for name in p.subject)
    if p.kind == "verdict":
        return verdict_in(sentence, p.args, lambda s: same_act(p.act, s))
    if p.kind == "state":  # the event told off, told still to be (round 22)
        return stems is not None and told_on(p.act, p.args, sentence)
    if p.kind == "available":  # the thing told still sold (round 21)
        return stems is not None and told_available(sentence, stems, p.subject, p.args,
                                                    _same_word)
    if stems is None or not (hits := [s for s in stems - agents
                                      if _tells_act(p.act, s, sentence)]):
        return False
    if not any(_one_act(p.act, s) for s in hits) and (told_as_reported(sentence) or not bound_told(
            p.subject | p.names, p.args - p.names, stems, _same_word)):
        return False  # an offer told plainly as a proposal, one entity and object word told too
    if p.kind == "named" and not any(_tells_act(p.act, s, sentence) for s in frozenset(
            content_stems(unquoted(sentence).lower())) - agents):
        return False  # the act told only in quote marks: the claims quoted (round 21)
    if p.kind == "called" and (told_as_reported(sentence) or told_as_claim(sentence)):
        return False  # the claim told as the claimant's or another's report (round 20)
    if p.kind == "party" and (told_as_reported(sentence) or not names_party(
            p.subject, sentence, _same_word)):
        return False  # the claim told as another's report, or not of the party (round 20)
    if p.subject and not any(_same_word(a, s) for a in p.subject for s in stems):
        return False
    shared = sum(1 for a in p.args if any(_same_word(a, s) for s in stems))
    return shared >= _table()["min_shared"]


def proposition_outcomes(extractions, texts: dict[str, str], clock,
                         story_of: dict[str, str]) -> Iterator[Outcome]:
    """The ``contradicts`` outcomes of the module's denials against the sentences of other
    reports of one story that assert the proposition, in the order of the denials, then of
    the sentences."""
    by_story: dict[str, list[tuple[Any, int, str]]] = defaultdict(list)
    denials: dict[str, list[tuple[Any, int, Proposition]]] = defaultdict(list)
    earlier: dict[str, list[str]] = defaultdict(list)  # each report's sentences so far
    for ex, story, si, sent in story_sentences(extractions, texts, story_of):
        p = denied_proposition(sent)
        if p is None:
            p = reported_proposition(sent, earlier[ex.doc])  # "the Wire report is not true"
        earlier[ex.doc].append(sent)
        if p is not None:
            denials[story].append((ex, si, p))
        elif not _table()["not_asserted"].search(sent):
            by_story[story].append((ex, si, sent))
    quoting: dict[str, bool] = {}
    for story, found in denials.items():
        for ex, si, p in found:
            for ex2, sj, sent in by_story[story]:
                if ex2.doc == ex.doc:
                    continue
                if ex2.doc not in quoting:
                    quoting[ex2.doc] = debunks(texts.get(ex2.doc, ""))
                if quoting[ex2.doc] or not tells(p, _asserted(sent), agent_stems(sent),
                                                         sent):
                    continue
                outcome = denial_outcome(ex, si, ex2, sj, texts, clock, story)
                if outcome is not None:
                    yield outcome
