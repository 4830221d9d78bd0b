"""The word tables of disputes (``data/dispute_words.json``), read once, and the patterns
built from them."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .textsim import stem


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    raw = json.loads((resources.files("sitroom") / "data" / "dispute_words.json")
                     .read_text(encoding="utf-8"))
    return raw


def _alt(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    w = _words()
    units = {k: v for k, v in w["units"].items() if not k.startswith("_")}
    vague = {k: v for k, v in w["vague_counts"].items() if not k.startswith("_")}
    mult = w["multipliers"]
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    tens = "|".join(k for k, v in w["number_words"].items() if v % 10 == 0 and 20 <= v < 100)
    units1 = "|".join(k for k, v in w["number_words"].items() if 1 <= v <= 9 and " " not in k)
    number = (rf"(?:{digits}|(?:{tens})-(?:{units1})|{_alt(w['number_words'])})"
              rf"(?:\s*(?:{_alt(mult)})\b)?")
    figure = re.compile(
        rf"(?<![\w$€£.,/:-])(?P<between>between\s+)?(?P<n1>{number})"
        rf"(?:\s*(?:-|–|to|and)\s*(?P<n2>{number}))?"
        # no letter right after the number, but a unit joined to it ("2km", "10kg")
        rf"(?!(?!(?:{_alt(units)})\b)[\w%]|\.\d|,\d|-[a-z])"
        rf"(?:\s*(?P<unit>{_alt(units)})\b)?"
        rf"|(?<!\w)(?P<vague>{_alt(vague)})\b", re.I)
    counted = {k: set(v) for k, v in w["counted"].items() if not k.startswith("_")}
    before = {k: v for k, v in w["counted_before"].items() if not k.startswith("_")}
    qualifiers = _alt([*w["approximate"]["words"], *w["at_least"], *w["at_most"]])
    st = w["status"]
    states = {word: state for state, ws in st["states"].items() for word in ws}
    deals = w["deals"]
    deal_states = {**states, **{word: state for state, ws in deals["states"].items()
                                for word in ws}}
    da = w["denial_cues_after"]
    # "... are baseless", "... never happened": a denial of what comes before, at its clause's end
    after = (rf"(?:\b(?:{_alt(da['copulas'])})\s+(?:(?:\w+ly|{_alt(da['adverbs'])})\s+)?"
             rf"(?:{_alt(da['words'])})|\b(?:{_alt(da['phrases'])}))"
             r"(?=\s*(?:[.,;:!?\"”’)]|and\b|$))")
    return {
        "figure": figure, "units": units, "vague": vague, "mult": mult,
        "numwords": w["number_words"],
        "approx": re.compile(rf"\b(?:{_alt(w['approximate']['words'])})\s*$", re.I),
        "at_least": re.compile(rf"\b(?:{_alt(w['at_least'])})\s*$", re.I),
        "at_most": re.compile(rf"\b(?:{_alt(w['at_most'])})\s*$", re.I),
        "tolerance": float(w["approximate"]["tolerance"]),
        "unit_tolerance": float(w["unit_tolerance"]),
        "counted": counted,
        # "killed almost 300", "kidnapping up to 15": any qualifier of the tables between
        "before": [(k, re.compile(rf"\b(?:{_alt(v)})\s+(?:(?:of|to|at|{qualifiers})\s+)*$",
                                  re.I))
                   for k, v in before.items()],
        "subjects": re.compile(rf"\b(?:{_alt([*st['subjects'], *deals['subjects']])})\b", re.I),
        "states": states,
        "state_re": re.compile(rf"\b(?:{_alt(states)})\b", re.I),
        # a deal and the talks on it: one subject, the deal's own state words first
        "deal_subjects": frozenset(x.lower() for x in deals["subjects"]),
        "deal_states": deal_states,
        "deal_state_re": re.compile(rf"\b(?:{_alt(deal_states)})\b", re.I),
        "future": re.compile(rf"\b(?:{_alt(st['future'])})\b", re.I),
        "denial": re.compile(rf"(?:{_alt(w['denial_cues'])})|{after}", re.I),
        "denial_after": re.compile(after, re.I),
        "claim_noun": re.compile(
            rf"\b(?:{_alt(w['denial_cues_after']['claim_nouns'])})\s+(?:that|of)\b", re.I),
        "opener": re.compile(
            rf"\b(?:{_alt(w['denial_cues_after']['openers'])})(?:\s+that)?\b", re.I),
        "roles": frozenset(stem(x) for x in w["role_nouns"]),
        "pronoun_opener": re.compile(rf"\s*(?:{_alt(w['pronoun_openers'])})\b"),
        "periods": re.compile(rf"\b(?:{_alt(w['periods'])})\b", re.I),
        "months": re.compile(rf"\b(?:{_alt(w['months'])})\b\.?", re.I),
        "hedges": re.compile(rf"\b(?:{_alt(w['hedges']['words'])})\b", re.I),
        "presence": re.compile(
            rf",?(?:\s+(?:\w+ly|has|have|had|was|is|been|also|still|now|already))*\s+"
            rf"(?P<word>{_alt(w['presence']['words'])})(?:\s+(?P<loc>in|at|to))?\s+(?=\S)", re.I),
    }


_NEG = re.compile(r"\b(?:not|n't|never|no longer|no)\s+(?:\w+\s+)?$", re.I)
