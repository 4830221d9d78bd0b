"""Statuses of things (a case, a border crossing) told in a sentence, and the order in which
they follow each other (``status`` in ``data/dispute_words.json``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .disputes_words import _NEG, _patterns, _words
from .textsim import stem


@dataclass(frozen=True)
class Status:
    """A state told of a thing: ``subject`` (stem), ``state`` (open / suspended / closed, the
    ordered states of ``status`` in data/dispute_words.json), ``future``, the subject's words
    and the status word."""

    subject: str
    state: str
    future: bool
    text: str
    word: str = ""


@lru_cache(maxsize=1 << 14)
def statuses(sentence: str) -> tuple[Status, ...]:
    """The states told of things in a sentence: a status word within four words after the
    subject ("the case was closed", "the case will be dropped", "the border is not open") or
    just before it ("closed the border", "opened a criminal case")."""
    p = _patterns()
    out: list[Status] = []
    for m in p["subjects"].finditer(sentence):
        deal = m.group(0).lower() in p["deal_subjects"]
        subject = _words()["deals"]["key"] if deal else stem(m.group(0).lower().split()[-1])
        state_re, states = ((p["deal_state_re"], p["deal_states"]) if deal
                            else (p["state_re"], p["states"]))
        after = sentence[m.end(): m.end() + 80]
        found = None
        hits = list(state_re.finditer(after))[:2]
        if len(hits) == 2 and len(after[hits[0].end(): hits[1].start()].split()) <= 1:
            hits = hits[1:]  # "was declared over", "declared closed": the state is the last
        for s in hits[:1]:
            gap = after[: s.start()]
            if len(gap.split()) <= 8 and not re.search(r"[,;.]", gap) and (
                    not deal or _agrees_on_deal(s.group(0).lower(), gap, after[s.end():])):
                found = (s.group(0).lower(), gap)
        if found is None:
            head = sentence[max(0, m.start() - 40): m.start()]
            s2 = list(state_re.finditer(head))
            if s2 and len(head[s2[-1].end():].split()) <= 3 and not re.search(
                    r"[,;.]|\b(?:from|to|of|in|at|into|for|by|with|on)\b", head[s2[-1].end():]):
                found = (s2[-1].group(0).lower(), head[: s2[-1].start()])
        if found is None:
            continue
        word, lead = found
        bound = _words()["status"]["bound_words"]
        if word in bound["words"] and m.group(0).lower() not in bound["subjects"]:
            continue  # "the blockade of the road was lifted": no state of the road
        state = states[word]
        if _NEG.search(lead) or re.search(r"\bnot\s+(?:been\s+|be\s+)?$", lead, re.I):
            state = _words()["status"]["opposite"][state]
        future = bool(p["future"].search(lead[-30:])) or bool(
            p["future"].search(sentence[max(0, m.start() - 30): m.start()]) and m.start() > 0
            and word in sentence[m.start() - 30: m.start()].lower())
        if not any((x.subject, x.state, x.future) == (subject, state, future) for x in out):
            out.append(Status(subject, state, future, m.group(0), word))  # once ("talks on
            # the deal were suspended": the talks and the deal, one thing)
    return tuple(out)


def _agrees_on_deal(word: str, gap: str, rest: str) -> bool:
    """Whether a deal's state word after its subject tells the deal agreed: a word of
    ``deals.object_bound`` ("reached", "struck") only in the passive ("a deal was reached") or
    with a deal noun as its object ("talks reached a deal"), not "talks reached an impasse"."""
    ob = _words()["deals"]["object_bound"]
    if word not in ob["words"]:
        return True
    before = gap.lower().split()
    if before and before[-1] in ob["passive"]:
        return True
    nouns = {x.lower() for x in _words()["deals"]["subjects"]}
    return bool(nouns & {w.strip(",;.") for w in rest.lower().split()[: int(ob["max_words"])]})


@lru_cache(maxsize=1 << 14)
def status_names(sentence: str) -> frozenset[str]:
    """Keys (``N:<name>``) of the names a thing whose state is told is of, right after it and
    one of ``status.name_links`` ("the investigation into Ivo Marin", "the case against Norvik
    Bank"): the thing's statements are compared by them when the extraction resolved none of
    their actors."""
    links = _words()["status"]["name_links"]
    out = set()
    for m in _patterns()["subjects"].finditer(sentence):
        r = re.match(rf"\s+(?:{'|'.join(links)})\s+((?:[A-Z][\w'-]*\s?){{1,4}})",
                     sentence[m.end():])
        if r:
            out.add("N:" + " ".join(r.group(1).split()).casefold())
    return frozenset(out)


def _moves_on(s1: Status, s2: Status, same_outlet: bool) -> bool:
    """Whether a later status can follow an earlier one: further on in the ordered states
    (opened, suspended, closed), or back when its word says so ("reopened") or its outlet
    updates its own report; a case "closed" then "open" from another outlet is a dispute."""
    st = _words()["status"]
    order = st["order"]
    if order.index(s2.state) > order.index(s1.state):
        return True
    return same_outlet or s2.word in st["again"]
