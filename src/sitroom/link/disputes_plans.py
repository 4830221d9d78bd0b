"""Plans and what became of them (``plans`` in ``data/dispute_words.json``): an announced act
("will withdraw", "plans to hold a national strike") overtaken by a later statement of the
same actor that tells it carried out ("withdrew") or called off ("called off the strike"), or
reversed by its actor ("walked back his pledge to withdraw"; round 17): a reversal not told
later than the plan contradicts it.

Pure functions of one sentence (:func:`plans`, :func:`outcomes_of`), and the judge of a pair
of statements (:func:`judge_plans`, a comparison of :data:`sitroom.link.disputes.SECTIONS`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_denials import denied
from .disputes_numbers import era, quantities
from .disputes_statuses import statuses
from .disputes_words import _alt, _words
from .textsim import stem

FAR_DAYS = 3.0  # a plan and its outcome told further apart than this are not compared
WINDOW = 5  # words between a plan's cue and its act (object words: "hold a national strike")


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    w = _words()["plans"]
    acts = w["acts"]
    # an act's words in lower case only: "March" the month is no march
    form_re = {a: re.compile(rf"\b(?:{_alt(v['plan'] + v['nouns'])})\b")
               for a, v in acts.items()}
    done_re = {a: re.compile(rf"\b(?:{_alt(v['done'])})\b") for a, v in acts.items()}
    noun_re = {a: re.compile(rf"\b(?:{_alt(v['nouns'])})\b")
               for a, v in acts.items() if v["nouns"]}
    any_form = sorted({f for v in acts.values() for f in v["plan"] + v["done"] + v["nouns"]}
                      | set(w["called_off"]) | set(w["done_cues"]))
    return {
        "acts": acts, "form": form_re, "done": done_re, "noun": noun_re,
        "cue": re.compile(rf"\b(?:{_alt(w['cues'])})\s+", re.I),
        "rev": re.compile(rf"\b(?:{_alt(w['reversal']['words'])})\s+(?:[\w'-]+\s+){{0,2}}?"
                          rf"(?:{_alt(w['reversal']['nouns'])})\b", re.I),
        "off": re.compile(rf"\b(?:{_alt(w['called_off'])})\b", re.I),
        "went": re.compile(rf"\b(?:{_alt(w['done_cues'])})\b", re.I),
        "neg": re.compile(rf"\b(?:{_alt(w['negation'])})\s+(?:\w+\s+){{0,2}}$", re.I),
        "any": re.compile(rf"\b(?:{_alt(any_form)})\b", re.I),
        "stems": frozenset(stem(f.split()[-1].lower()) for v in acts.values()
                           for f in v["plan"] + v["done"] + v["nouns"]),
    }


def mentions_plan(sentence: str) -> bool:
    """Whether a sentence may hold a plan or its outcome (a cheap test before :func:`plans`
    and :func:`outcomes_of`)."""
    return bool(_tables()["any"].search(sentence))


@lru_cache(maxsize=1 << 14)
def plans(sentence: str) -> frozenset[str]:
    """The acts a sentence announces: a cue followed within :data:`WINDOW` words by the act's
    planned form or noun, the cue not negated ("will not withdraw": no plan)."""
    return frozenset(act for _, act in _planned(sentence))


def plan_at(sentence: str) -> int:
    """Where the cue of the first plan of a sentence starts (-1: it tells none): the actors
    named before it are who plans."""
    return min((at for at, _ in _planned(sentence)), default=-1) if mentions_plan(
        sentence) else -1


@lru_cache(maxsize=1 << 14)
def _planned(sentence: str) -> tuple[tuple[int, str], ...]:
    """(where its cue starts, act) of each plan of a sentence (:func:`plans`)."""
    t = _tables()
    out: list[tuple[int, str]] = []
    revs = [(r.start(), r.end()) for r in t["rev"].finditer(sentence)]
    for m in t["cue"].finditer(sentence):
        if t["neg"].search(sentence[: m.start()]) or any(
                a <= m.start() <= b for a, b in revs):
            continue  # "abandoned its plan to strike": reversed, no plan
        ahead = " ".join(sentence[m.end():].split()[:WINDOW])
        ahead = re.split(r"[,;:.()]", ahead)[0]
        if re.match(r"\s*(?:not|n't|never)\b", ahead, re.I):
            continue
        out.extend((m.start(), act) for act, rx in t["form"].items() if rx.search(ahead))
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def outcomes_of(sentence: str) -> dict[str, str]:
    """What a sentence tells became of acts: act -> "carried out" (its done form, or a done cue
    with its noun: "the strike went ahead") or "called off" (a called-off word with the act's
    form or noun in the sentence); none where the sentence plans the act itself, or negates the
    outcome ("has not withdrawn")."""
    t = _tables()
    planned = plans(sentence)
    out: dict[str, str] = {}
    off = [m for m in t["off"].finditer(sentence) if not t["neg"].search(sentence[: m.start()])]
    for act in reversed_acts(sentence):
        out[act] = "reversed"
    for act in t["acts"]:
        if act in planned or act in out:
            continue
        if off and t["form"][act].search(sentence):
            out[act] = "called off"
            continue
        done = [m for m in t["done"][act].finditer(sentence)
                if not t["neg"].search(sentence[: m.start()])
                and not t["cue"].search(sentence[max(0, m.start() - 30): m.start()])]
        if done or (act in t["noun"] and t["noun"][act].search(sentence) and any(
                not t["neg"].search(sentence[: g.start()]) for g in t["went"].finditer(sentence))):
            out[act] = "carried out"
    return out


def reversed_acts(sentence: str) -> frozenset[str]:
    """The acts a sentence tells a stated plan of reversed by its actor ("walked back his pledge
    to withdraw", "abandoned its plan to strike"; ``plans.reversal``), the reversal not
    negated ("has not abandoned its plan to strike": none)."""
    t = _tables()
    out = set()
    for r in t["rev"].finditer(sentence):
        if t["neg"].search(sentence[: r.start()]):
            continue
        ahead = re.split(r"[,;:.()]", " ".join(sentence[r.end():].split()[:WINDOW + 1]))[0]
        out |= {act for act, rx in t["form"].items() if rx.search(ahead)}
    return frozenset(out)


def plan_keys(sentence: str) -> list[str]:
    """The comparison keys of a sentence: one per act it plans or tells the outcome of."""
    if not mentions_plan(sentence):
        return []
    return sorted({f"plan:{a}" for a in plans(sentence) | set(outcomes_of(sentence))})


def told(s) -> bool:
    """Whether a statement tells a figure, a state, a place or a denial (the statements compared
    with denials; a plan or its outcome alone is compared only with plans)."""
    return bool(s.where or quantities(s.text) or statuses(s.text)
                or (denied(s.text) if isinstance(s.denial, str) else s.denial) is not None)


def plan_moment(a, b) -> bool:
    """Whether a plan and a statement of its outcome can be of one happening: the same era, the
    same years, written within a few days (the days they name may differ: the plan's is to
    come)."""
    if era(a.text) | a.background != era(b.text) | b.background:
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    return a.time is None or b.time is None or abs(a.time - b.time) <= FAR_DAYS * 86400


def judge_plans(a, b, key: str, later_than) -> tuple | None:
    """A plan of one statement overtaken by the other, later one (see the module): the same act,
    an actor in common, two more content words in common beside the act's own, the same
    happening in time (:func:`plan_moment`), and the outcome written later (``later_than``)."""
    act = key.split(":", 1)[1]
    pa, pb = act in plans(a.text), act in plans(b.text)
    if pa == pb:
        return None  # both plan it (a plan repeated), or neither does
    plan, other = (a, b) if pa else (b, a)
    became = outcomes_of(other.text).get(act)
    if became is None or not plan.planners & other.actors:
        return None  # who planned it (named before the cue) is not in the other
    if len((plan.stems & other.stems) - _tables()["stems"]) < 2:
        return None
    if not plan_moment(plan, other):
        return None
    if not later_than(plan, other):
        if became != "reversed" or later_than(other, plan):
            return None  # a plan told after its outcome: a plan made again
        return ("contradicts", f"plan ({act} reversed vs planned)", plan, other,
                f"{act}: planned", f"{act}: {became}")
    return ("supersedes", f"plan ({act} {became} after planned)", plan, other,
            f"{act}: planned", f"{act}: {became}")
