"""Sums of money that price a deal, as figures (round 16): "buying the studio for $2.5B" and
"a deal worth $2 billion" are two prices of one thing; a budget, a fortune or a fine is none.
The tables are ``money`` in data/dispute_words.json."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .disputes_numbers import Quantity, hedged
from .disputes_words import _alt, _patterns, _words
from .textsim import stem

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def _money() -> dict[str, Any]:
    w = _words()["money"]
    t = w["totals"]
    mult = _alt(w["multipliers"])
    # "$2.5 billion", "$2.5bn", "$2.5-billion": the multiplier joined, spaced or hyphenated
    one, two = (rf"(?P<n{i}>{_DIGITS})(?:(?:\s*|-)(?P<m{i}>{mult})\b)?" for i in (1, 2))
    signs = _alt(w["symbols"])
    words = _alt(w["currency_words"])
    # "$2.5B", "US$ 2 billion", "$4 billion to $5 billion", "2 billion dollars"
    sum_re = re.compile(
        rf"(?<![\w.,])(?:(?P<sign>{signs})\s?{one}(?:\s*(?:-|–|to)\s*(?:{signs})?\s?{two})?"
        rf"(?![\w%-])|(?P<wn>{_DIGITS})\s*(?P<wm>{mult})?\s+(?P<word>{words})\b)", re.I)
    gap = int(w["gap"])
    cue = re.compile(rf"\b(?:{_alt(w['cues'])})\s+(?:[\w'’-]+\s+){{0,{gap}}}$", re.I)
    after = re.compile(rf"\s*(?:[-–]\s*)?(?:{_alt(w['after'])})\b", re.I)
    return {"sum": sum_re, "cue": cue, "after": after, "key": str(w["key"]),
            "mult": {k.lower(): float(v) for k, v in w["multipliers"].items()},
            "symbols": {k.lower(): v for k, v in w["symbols"].items()},
            "words": {k.lower(): v for k, v in w["currency_words"].items()},
            "deal": {stem(x): kind for kind, ws in w["deal_words"].items()
                     if not kind.startswith("_") for x in ws},
            "per_unit": re.compile(rf"\s*(?:{_alt(w['per_unit'])})\b", re.I),
            "tol": float(w["tolerance"]), "key_any": str(w["deal_any"]),
            "total_cue": re.compile(rf"\b(?P<cue>{_alt(t['cues'])})\s+(?P<gap>(?:[\w'’-]+\s+){{0,{int(t['gap'])}}})$",
                                    re.I),
            "not_between": frozenset(x.lower() for x in t["not_between"]),
            "total_words": re.compile(rf"\b(?:{_alt(t['words'])})\b", re.I),
            "total_key": str(t["key"])}


def money_key() -> str:
    """The key of a deal's price among the figure keys."""
    return str(_money()["key"])


def total_key() -> str:
    """The key of a running total of money raised among the figure keys (round 19)."""
    return str(_money()["total_key"])


def _value(digits: str, mult: str | None) -> float:
    return float(digits.replace(",", "")) * _money()["mult"].get((mult or "").lower(), 1.0)


@lru_cache(maxsize=1 << 14)
def dealings(sentence: str) -> frozenset[str]:
    """The kinds of dealing a sentence tells (``money.deal_words``: a sale, an offer, a deal)."""
    kinds = _money()["deal"]
    return frozenset(kinds[s] for w in re.findall(r"[a-z]+", sentence.lower())
                     if (s := stem(w)) in kinds)


def same_dealing(sentence_1: str, sentence_2: str) -> bool:
    """Whether two sentences' sums can price one dealing: they tell a dealing of one kind (a
    sale and a sale, not a sale and a ransom offered); a ``deal`` is of every kind."""
    d1, d2 = dealings(sentence_1), dealings(sentence_2)
    anyk = str(_money()["key_any"])
    return bool(d1 & d2) or (bool(d1) and bool(d2) and (anyk in d1 or anyk in d2))


def _total(before: str, after: str) -> bool:
    """Whether a sum after ``before`` and before ``after`` is a running total raised: a cue of
    ``totals`` ends ``before`` and the sum's clause holds a word of ``totals.words`` besides the
    cue itself ("has raised taxes by $200 million" holds none), with no word of
    ``totals.not_between`` between cue and sum ("raised fares by $2": an increase)."""
    m_ = _money()
    tc = m_["total_cue"].search(before[-60:])
    if tc is None or any(w.lower() in m_["not_between"] for w in tc.group("gap").split()):
        return False
    start = len(before) - len(before[-60:]) + tc.start("cue")
    rest = before[:start] + " " + before[start + len(tc.group("cue")):]
    clause = re.split(r"[,;:]", rest)[-1] + re.split(r"[,;:]", after)[0]
    return bool(m_["total_words"].search(clause))


@lru_cache(maxsize=1 << 14)
def sums(sentence: str) -> tuple[Quantity, ...]:
    """The sums of a sentence that price a deal (see the module), as intervals of their
    currency's unit; the currency is the counted noun, so sums of two currencies never meet."""
    m_ = _money()
    if not dealings(sentence) and not m_["total_words"].search(sentence):
        return ()
    out = []
    for m in m_["sum"].finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end():]
        clause = re.split(r"[,;:]", before)[-1] + re.split(r"[,;:]", after)[0]
        # a running total raised ("has raised about $67 million"), round 19
        total = _total(before, after)
        if not (total or m_["cue"].search(before[-60:]) or m_["after"].match(after)):
            continue  # a sum that prices nothing bought or sold
        if m_["per_unit"].match(after):
            continue  # the price of one share, one ton, one year: no deal's total
        if not total and not dealings(clause):
            continue  # a dealing told in another clause: a payment, not the deal's price
        if m.group("sign"):
            cur = m_["symbols"][m.group("sign").lower()]
            lo = _value(m.group("n1"), m.group("m1"))
            hi = _value(m.group("n2"), m.group("m2") or m.group("m1")) if m.group("n2") else lo
        else:
            cur = m_["words"][m.group("word").lower()]
            lo = hi = _value(m.group("wn"), m.group("wm"))
        lo, hi = min(lo, hi), max(lo, hi)
        if total and _patterns()["approx"].search(before[-25:]):
            # a total told to its digits ("about $67 million"): rounded, not guessed
            lo, hi = lo * (1 - m_["tol"]), hi * (1 + m_["tol"])
        else:
            lo, hi = hedged(before, lo, hi, m_["tol"])
        out.append(Quantity(m_["total_key"] if total else m_["key"], lo, hi, m.group(0).strip(),
                            cur, m.start()))
    return tuple(out)

