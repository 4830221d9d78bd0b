"""A party's denial of a plan, or of the reports of a claim, told with what it denies (round 20,
issue 15 item 4).

Two forms (``party_denials`` of ``data/dispute_words.json``), each giving the clause denied and
the party that denies it:

- **a plan denied**: "the carrier has no plans to close the depot", "the firm does not have
  plans to close it", "Carrier denies plan to close depot": one of ``plan_cues``; the clause
  after it opens with the act ("close the depot").
- **reports dismissed, words between the claim noun and its "that"**: "the carrier dismissed
  claims made by local papers that it is planning to close the depot": one of ``verbs``, a
  claim noun (``denial_cues_after.claim_nouns``), one to ``max_gap`` words with no clause break,
  then "that"; the clause after it is read as the clause of "denied that ..." is.

The party is the names the sentence tells outside the denied clause and the words between a
dismissal's noun and its "that" (who dismissed, not who claimed): its capitalised words of at
least ``min_name`` letters, none of ``not_names`` ("However") or of the stop words ("There"),
no weekday or month ("On Monday the carrier said ..."); its first word, when a person or
group noun of the lexicons (``common_openers``), only when the sentence writes it capitalised
elsewhere too ("Residents say the firm has no plans ...": a common noun, no party). The clause ends at its first clause break (", Jones said" is no part of it: clause and
party never overlap). A sentence naming no one denies nothing here (precision first: a plan is denied by its party). The clause is read
into a :class:`~sitroom.link.disputes_propositions.Proposition` by that module, the party as its
subject: another report's sentence tells it when it plainly asserts, names the act (or a word
of its family), the arguments and a word of the party, told as no one's report
(:func:`told_as_reported`: "reported that", "the Gazette reported", a reporting verb of
``report_denied.reporting_verbs`` with its "that"), the party among its names (:func:`names_party`). Such a
proposition is of kind ``party``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .. import lexicon
from .disputes_words import _alt, _patterns, _words
from .textsim import STOPWORDS, content_stems

_WORD = re.compile(r"[\w'’-]+")
_BREAK = re.compile(r"[,;:()]")  # the denied clause ends before one (the party may follow)


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    w = _words()["party_denials"]
    nouns = _alt(_words()["denial_cues_after"]["claim_nouns"])
    verbs = _alt(_words()["report_denied"]["reporting_verbs"])
    months: dict[str, int] = lexicon.table("time_words", "months")
    full = {n: max((k for k, v in months.items() if v == n), key=len) for n in months.values()}
    days = (k for k in lexicon.table("time_words", "weekdays") if k.endswith("day"))
    return {
        "plan": re.compile(rf"(?:\b|(?<=\w)(?=n't))(?:{_alt(w['plan_cues'])})\s+", re.I),
        # no "that" in the gap: the claim noun's own "that" is the first one after it
        "gap": re.compile(rf"\b(?:{_alt(w['verbs'])})\s+(?:{nouns})\s+"
                          rf"(?:(?!that\b)[\w'-]+\s+){{1,{int(w['max_gap'])}}}?that\b", re.I),
        "not_names": STOPWORDS | frozenset(w["not_names"]) | frozenset(full.values())
        | frozenset(days),
        "min_name": int(w["min_name"]),
        "common": frozenset().union(*(lexicon.words(n, u) for n, u in (
            tuple(x.split(".")) for x in w["common_openers"]))),
        "before_act": re.compile(rf"^(?:(?:{_alt(w['before_act'])})\s+)+", re.I),
        "reported": re.compile(rf"\b(?:(?:{verbs})\s+that|{_alt(w['told_as_reported'])})\b",
                               re.I),
    }


def party_clause(sentence: str) -> tuple[str, bool, frozenset[str]] | None:
    """The clause a party's denial denies (up to its first clause break), whether it opens
    with its act (a plan's cue) rather than its subject (a dismissed claim's "that"), and the
    stems of the party's names; None when ``sentence`` (straight quotes) is no such denial or
    names no one outside the clause. A plan's cue after a denial cue is inside the clause
    denied ("denied reports that Acme has no plans to ..."): no plan of the sentence's party."""
    t = _table()
    m = t["plan"].search(sentence)
    if m is not None and _patterns()["denial"].search(sentence, 0, m.start()):
        m = None
    at_act = m is not None
    if m is None:
        m = t["gap"].search(sentence)
        if m is None:
            return None
    rest = sentence[m.end():]
    if at_act:  # "no plans to either address ...": the act after such a word
        rest = t["before_act"].sub("", rest)
    end = _BREAK.search(rest)
    clause = rest[: end.start()] if end else rest
    party = _names(sentence, m.start(), len(sentence) - len(rest) + len(clause))
    if not party:
        return None
    return clause, at_act, party


def told_as_reported(sentence: str) -> bool:
    """Whether ``sentence`` tells what it tells as someone's report ("media reported that the
    firm will close the depot", "the Gazette reported", "according to a local paper"): it
    reports the claim a party denies, and asserts no plan of the party."""
    return bool(_table()["reported"].search(sentence))


def names_party(party: frozenset[str], sentence: str, same: Callable[[str, str], bool]) -> bool:
    """Whether ``sentence`` names the party (stems ``party``): one of its names (capitalised
    words, as :func:`party_clause` reads them) is one of the party's by ``same`` ("Arabia" of
    "Arab"); a word told in lower case names no one ("a new owner" is not "Lake News")."""
    return any(same(a, b) for a in party for b in _names(sentence, 0, 0))


def party_cue(sentence: str) -> bool:
    """Whether ``sentence`` (straight quotes) holds a cue of a party's denial: it asserts
    nothing ("there are no plans to close the depot" tells no plan)."""
    t = _table()
    return bool(t["plan"].search(sentence) or t["gap"].search(sentence))


@lru_cache(maxsize=1 << 14)
def _names(sentence: str, lo: int, hi: int) -> frozenset[str]:
    """The stems of the capitalised words of ``sentence`` outside ``lo:hi``, none of
    ``not_names``, STOPWORDS, a weekday or a month; its first word, when a person or group
    noun of ``common_openers``, only when the sentence writes it capitalised elsewhere too
    ("Residents say ...": a common noun; "Saudi airline rep denies plan ...": a name)."""
    t = _table()
    words = [(w.start(), w.group()) for w in _WORD.finditer(sentence)
             if w.group()[:1].isupper() and w.group().lower().strip("'’") not in t["not_names"]]
    stems = [frozenset(s for s in content_stems(w.lower()) if len(s) >= t["min_name"])
             for _, w in words]
    first = m0.start() if (m0 := _WORD.search(sentence)) else -1
    out: set[str] = set()
    for k, (at, w) in enumerate(words):
        if lo <= at < hi or at == first and w.lower() in t["common"] and not any(
                stems[k] & x for x in stems[k + 1:]):
            continue
        out.update(stems[k])
    return frozenset(out)
