"""Disputes that are disputes: statements of different reports about the same quantity, state or
proposition whose values cannot both hold, and statements overtaken by later ones.

Pure functions read one sentence each (words in ``data/dispute_words.json``):

- :func:`quantities`: the figures of a sentence as intervals in a base unit, with what they
  count ("about 1,500 killed" -> dead, [1125, 1875]; "150 miles" -> length, [217 km, 265 km]
  with the unit tolerance; "at least 20" -> [20, inf); "12-15" -> [12, 15]; "dozens" -> [24, 99]).
- :func:`statuses`: the state said of a thing ("the case was closed" -> case: closed; "not
  closed" -> open; "will be dropped" -> closed, to come).
- :func:`denied`: the proposition an explicit denial denies (the words after "denied that").

:func:`statement_links` compares the sentences of different reports of one story that name the
same actor or place (or tell of the same event record) and share the counted thing, the thing
whose state is told, or the denied proposition; it makes

- ``contradicts`` when the values are incompatible (intervals apart, open against closed, a
  denial against the assertion) and the statements are of the same time (different outlets,
  written less than an hour apart, or undated);
- ``supersedes`` when the later one is of the same outlet, or written at least an hour later
  (a newer figure, a new state; a state to come overtaken by the state).

Each link carries both sides: report, outlet, time, character span and text of each sentence.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import Any
from collections.abc import Callable

from .textsim import STOPWORDS, content_stems, stem

HOUR = 3600.0
FAR_DAYS = 3.0  # statements written further apart than this tell of different moments
MIN_DENIED = 3  # content stems a denied proposition must have to be compared
DENIED_COVER = 0.6  # share of them the asserting sentence must hold
MAX_GROUP = 60  # statements of one key and entity compared pairwise at most


@dataclass(frozen=True)
class Quantity:
    """A figure: what it counts or measures (``key``), its interval in the base unit, the words."""

    key: str
    lo: float
    hi: float
    text: str
    noun: str = ""  # what is counted when the text names it ("doctors"), "" for people in general


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
        rf"(?:\s*(?:-|–|to|and)\s*(?P<n2>{number}))?(?![\w%]|\.\d|,\d|-[a-z])"
        rf"(?:\s*(?P<unit>{_alt(units)})\b)?"
        rf"|(?<!\w)(?P<vague>{_alt(vague)})\b", re.I)
    counted = {k: set(v) for k, v in w["counted"].items() if not k.startswith("_")}
    before = {k: v for k, v in w["counted_before"].items() if not k.startswith("_")}
    st = w["status"]
    states = {word: state for state, ws in st["states"].items() for word in ws}
    return {
        "figure": figure, "units": units, "vague": vague, "mult": mult,
        "numwords": w["number_words"],
        "approx": re.compile(rf"\b(?:{_alt(w['approximate']['words'])})\s*$", re.I),
        "at_least": re.compile(rf"\b(?:{_alt(w['at_least'])})\s*$", re.I),
        "at_most": re.compile(rf"\b(?:{_alt(w['at_most'])})\s*$", re.I),
        "tolerance": float(w["approximate"]["tolerance"]),
        "unit_tolerance": float(w["unit_tolerance"]),
        "counted": counted,
        "before": [(k, re.compile(rf"\b(?:{_alt(v)})\s+(?:(?:of|to|at|about|some|nearly|"
                                  rf"around|at least|more than|over)\s+)*$", re.I))
                   for k, v in before.items()],
        "subjects": re.compile(rf"\b(?:{_alt(st['subjects'])})\b", re.I),
        "states": states,
        "state_re": re.compile(rf"\b(?:{_alt(states)})\b", re.I),
        "future": re.compile(rf"\b(?:{_alt(st['future'])})\b", re.I),
        "denial": re.compile(rf"(?:{_alt(w['denial_cues'])})", re.I),
        "roles": frozenset(stem(x) for x in w["role_nouns"]),
        "periods": re.compile(rf"\b(?:{_alt(w['periods'])})\b", re.I),
        "months": re.compile(rf"\b(?:{_alt(w['months'])})\b\.?", re.I),
        "hedges": re.compile(rf"\b(?:{_alt(w['hedges']['words'])})\b", re.I),
        "presence": re.compile(
            rf",?(?:\s+(?:\w+ly|has|have|had|was|is|been|also|still|now|already))*\s+"
            rf"(?:{_alt(w['presence']['words'])})(?:\s+(?:in|at|to))?\s+(?=\S)", re.I),
    }


_STOP_AFTER = re.compile(r"[;:()\[\]]|\b(?:who|which|that|when|after|before|while|because|"
                         r"since|if|whose|where)\b", re.I)
_NEG = re.compile(r"\b(?:not|n't|never|no longer|no)\s+(?:\w+\s+)?$", re.I)


def _number(text: str) -> float | None:
    p = _patterns()
    t = text.lower().strip()
    factor = 1.0
    for m, f in sorted(p["mult"].items(), key=lambda x: -len(x[0])):
        if re.search(rf"\s*\b{re.escape(m)}$", t) and t != m:
            factor = float(f)
            t = t[: -len(m)].strip()
            break
    if t in p["numwords"]:
        return float(p["numwords"][t]) * factor
    tens, _, unit = t.partition("-")  # "twenty-five"
    if unit and tens in p["numwords"] and unit in p["numwords"]:
        return float(p["numwords"][tens] + p["numwords"][unit]) * factor
    try:
        return float(t.replace(",", "")) * factor
    except ValueError:
        return None


def _counted(before: str, after: str) -> str | None:
    """What a bare count counts: a counted word among the next few words (up to a clause
    break), else a phrase just before the number ("killing 20", "the death toll rose to")."""
    p = _patterns()
    for key, rx in p["before"]:  # "killed 20", "killing 20"
        if rx.search(before[-40:]):
            return key
    cut = _STOP_AFTER.search(after)
    window = re.findall(r"[a-z]+", (after[: cut.start()] if cut else after).lower())[:5]
    for w in window:
        for key, ws in p["counted"].items():
            if w in ws:
                return key
    # "the death toll of the flood rose to 30": a counted word earlier in the clause
    clause = re.split(r"[,;:()]", before)[-1]
    for w in reversed(re.findall(r"[a-z]+", clause.lower())[-12:]):
        for key, ws in p["counted"].items():
            if w in ws and w in _words()["counted_back"]:
                return key
    return None


@lru_cache(maxsize=1 << 14)
def quantities(sentence: str) -> tuple[Quantity, ...]:
    """The figures of a sentence that count or measure something, as intervals (see module)."""
    p = _patterns()
    out = []
    for m in p["figure"].finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end():]
        if m.group("vague"):
            lo, hi = p["vague"][m.group("vague").lower()]
            key = _counted(before, after)
            if key:
                out.append(Quantity(key, float(lo), float(hi), m.group(0), _noun(after)))
            continue
        n1 = _number(m.group("n1"))
        if n1 is None or re.search(r"[$€£]\s*$", before) or re.match(r"\s*(?:%|percent|per\s)",
                                                                         after, re.I):
            continue
        if _not_a_count(m.group("n1"), before, after):
            continue
        n2 = _number(m.group("n2")) if m.group("n2") else None
        if m.group("n2") and not (m.group("between") or re.search(r"[-–]|to", m.group(0))):
            n2 = None  # "12 and 15": two figures, not a range
        lo, hi = (n1, n2) if n2 is not None and n2 >= n1 else (n1, n1)
        unit = (m.group("unit") or "").lower()
        if unit:
            dim, factor = p["units"][unit]
            key = str(dim)
            tol = p["unit_tolerance"]
            lo, hi = lo * float(factor), hi * float(factor)
        else:
            if 1900 <= n1 <= 2100 and "," not in m.group("n1") and n2 is None:
                continue  # a year
            k = _counted(before, after)
            if not k:
                continue
            key = k
            # a round figure is itself an estimate
            tol = 0.1 if n1 >= 100 and n1 % 100 == 0 else 0.0
        if p["approx"].search(before[-25:]):
            lo, hi = lo * (1 - p["tolerance"]), hi * (1 + p["tolerance"])
        elif p["at_least"].search(before[-25:]):
            hi = math.inf
        elif p["at_most"].search(before[-25:]):
            lo = 0.0
        else:
            lo, hi = lo * (1 - tol), hi * (1 + tol)
        if unit and (_locates_place(before) or not _anchor(after)):
            continue  # a distance that places a town, or says not from where
        out.append(Quantity(key, lo, hi, m.group(0).strip(),
                            _anchor(after) if unit else _noun(after)))
    return tuple(out)


_OF_COUNTS = frozenset("deaths death toll lives total number tally count bodies".split())
_AGE = re.compile(r"\s*[-–]?\s*(?:years?|yrs?|months?)\s*[-–]?\s*old\b|\s*[-–]\s*years?\b", re.I)


def _not_a_count(digits: str, before: str, after: str) -> bool:
    """An age ("a 35-year-old", "Gray, 16, was killed"), a number of a web address or an id
    ("/ 20070503 /", "article-2291941"), a zero-padded number ("03"), a day of a month, an
    increment ("two more"), the part of a whole ("one of 23", "a mother of two")."""
    of = re.search(r"\b([a-z]+)\s+of\s*$", before)
    if of and of.group(1) not in _OF_COUNTS:
        return True  # "a mother of two", "one of 12": not a count of the event
    months = _patterns()["months"]
    tail = before.rstrip()[-12:]
    last = list(months.finditer(tail))
    if (last and last[-1].end() >= len(tail) - 1) or months.match(
            re.sub(r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?", "", after)):
        return True  # a day of a month ("December 13", "6 June")
    if re.match(r"\s+(?:more|additional|further|new)\b", after, re.I):
        return True  # "two more victims": an increment, not the count
    if re.match(r"\s+of\s+(?:the\s+)?\d", after):
        return True  # "one of 23": the count is the other number
    return bool(_AGE.match(after) or before.rstrip()[-1:] in ("=", "&", "#")
                or (before.rstrip().endswith(",") and after.lstrip().startswith(","))
                or "/" in before[-3:] or after.lstrip().startswith("/")
                or re.search(r"[-–]\s*$", before) and re.search(r"[a-z]\s*[-–]\s*$", before)
                or (digits[:1] == "0" and len(digits) > 1)
                or (digits.isdigit() and len(digits) >= 5))


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two figures of the same thing can both hold (their intervals meet); figures of
    different counted nouns ("a dozen doctors killed", "dozens of bodies") are of different
    things and never clash."""
    return a.noun != b.noun or (a.lo <= b.hi and b.lo <= a.hi)



def numbers_conflict(sentence_1: str, sentence_2: str) -> bool:
    """Whether two sentences give figures of the same thing (key and counted noun) none of which
    agree, in the same era: the number test of ``compare`` without the grouping by story, entity
    and report time."""
    if era(sentence_1) != era(sentence_2):
        return False  # set in other months, years or periods ("last month alone")
    q1, q2 = quantities(sentence_1), quantities(sentence_2)
    return any(not any(compatible(x, y) for x in q1 if x.key == k for y in q2 if y.key == k)
               for k in {q.key for q in q1} & {q.key for q in q2})


def _locates_place(before: str) -> bool:
    """Whether a measure places a town or site ("a town about 25 miles west of X", "the town
    of Y, 40 miles north of X", "in Y - 43 miles south of X"): a place noun among the twelve
    words before it in its clause, or a name in apposition just before it."""
    clause = re.split(r"[;:.!?]\s", before)[-1]
    if set(re.findall(r"[a-z]+", clause.lower())[-12:]) & set(_words()["located_places"]["words"]):
        return True
    # a named place in apposition: "in Jurf al-Sakhar - 43 miles south of X"
    return bool(_APPOSED.search(before))


_APPOSED = re.compile(r"\b[A-Z][\w'’-]*\s*[-–—,(]\s*(?:(?:about|some|around|roughly|nearly|"
                      r"approximately|just|only)\s+)?$")


def _anchor(after: str) -> str:
    """What a distance is measured from ("150 km south of the dam": dam; "one mile from
    Baghdad": baghdad), "" if the text does not say."""
    m = re.match(r"[\s\w'’\"“”-]{0,40}?\b(?:from|of|off)\s+([\w\s'’-]{1,60})", after)
    if not m:
        return ""
    skip = set(_words()["distance_anchor_skip"])
    for word in re.findall(r"[\w'’-]+", m.group(1).lower()):
        if word not in skip:
            return stem(word)
    return ""


def _noun(after: str) -> str:
    """The noun a count names just after its number ("12 doctors were killed": doctor), ""
    when it names people in general or none ("12 were killed", "40 people died")."""
    w = _words()
    counted = {x for k, v in w["counted"].items() if not k.startswith("_") for x in v}
    m = re.match(r"(?:\s+[a-z]+){1,3}", after.lower())  # the words right after, no punctuation
    noun = ""
    for word in (m.group(0).split() if m else ()):
        if word in ("of", "the", "more", "other") and not noun:
            continue
        if word in w["noun_stop"] or word in counted or word.endswith("ly"):
            break
        noun = word  # the last word of the noun phrase ("Afghan soldiers": soldiers)
    return "" if not noun or noun in w["generic_counted"]["words"] else stem(noun)


@lru_cache(maxsize=1 << 14)
def statuses(sentence: str) -> tuple[Status, ...]:
    """The states told of things in a sentence: a status word within four words after the
    subject ("the case was closed", "the case will be dropped", "the border is not open") or
    just before it ("closed the border", "opened a criminal case")."""
    p = _patterns()
    out = []
    for m in p["subjects"].finditer(sentence):
        subject = stem(m.group(0).lower().split()[-1])
        after = sentence[m.end(): m.end() + 80]
        found = None
        for s in p["state_re"].finditer(after):
            gap = after[: s.start()]
            if len(gap.split()) <= 8 and not re.search(r"[,;.]", gap):
                found = (s.group(0).lower(), gap)
            break
        if found is None:
            head = sentence[max(0, m.start() - 40): m.start()]
            s2 = list(p["state_re"].finditer(head))
            if s2 and len(head[s2[-1].end():].split()) <= 3 and not re.search(
                    r"[,;.]|\b(?:from|to|of|in|at|into|for|by|with|on)\b", head[s2[-1].end():]):
                found = (s2[-1].group(0).lower(), head[: s2[-1].start()])
        if found is None:
            continue
        word, lead = found
        state = p["states"][word]
        if _NEG.search(lead) or re.search(r"\bnot\s+(?:been\s+|be\s+)?$", lead, re.I):
            state = _words()["status"]["opposite"][state]
        future = bool(p["future"].search(lead[-30:])) or bool(
            p["future"].search(sentence[max(0, m.start() - 30): m.start()]) and m.start() > 0
            and word in sentence[m.start() - 30: m.start()].lower())
        out.append(Status(subject, state, future, m.group(0), word))
    return tuple(out)


def denied(sentence: str) -> frozenset[str] | None:
    """Content stems of the proposition an explicit denial denies ("X denied that troops had
    entered the city" -> enter, troop, city); for "... is false" the words before it. None if
    the sentence denies nothing."""
    p = _patterns()
    m = p["denial"].search(sentence)
    if not m:
        return None
    cue = m.group(0).lower()
    if re.search(r"false|true|fake", cue):
        text = sentence[: m.start()]
    else:  # the denied clause only ("denied performing X before Y": performing X)
        text = _CLAUSE_END.split(sentence[m.end():], maxsplit=1)[0]
    # names are compared as entities: the proposition is its common words
    lower = " ".join(w for w in re.findall(r"[\w'’-]+", text) if not w[:1].isupper())
    return frozenset(s for s in content_stems(lower) if len(s) > 2) - _weak()


_CLAUSE_END = re.compile(r"[,;:()]|\b(?:before|after|while|when|because|as|but|since|although|"
                         r"though|according)\b", re.I)


def denies(denial: str, other: str) -> bool:
    """Whether ``denial`` explicitly denies what ``other`` asserts: the denied clause has at
    least MIN_DENIED common words, DENIED_COVER of them in ``other``, which neither denies
    nor negates anything itself."""
    prop = denied(denial)
    if (not prop or len(prop) < MIN_DENIED or denied(other) is not None
            or _NEGATED.search(other) or _patterns()["hedges"].search(other)):
        return False  # the other asserts nothing: it denies, negates or reports an allegation
    stems = frozenset(content_stems(other))
    roles = _patterns()["roles"]
    if prop & roles and not (prop & roles) <= stems:
        return False  # a role denied ("involvement") is not the event
    return len(prop & stems) / len(prop) >= DENIED_COVER


@lru_cache(maxsize=1)
def _weak() -> frozenset[str]:
    return frozenset(stem(w) for w in _words()["denial_weak"]) | frozenset(
        stem(w) for w in ("deny", "denies", "denied", "denying"))


# --------------------------------------------------------------------------- across reports


@dataclass(frozen=True)
class Statement:
    """One sentence of one report, with what it can be compared by."""

    doc: str
    sent: int
    start: int
    end: int
    text: str
    outlet: str
    time: float | None
    iso: str | None
    story: str | None
    entities: frozenset[str]  # resolved actor ids and place keys named in it
    records: frozenset[str]  # event records it tells of
    stems: frozenset[str]
    dated: frozenset[str]  # days (or months, years) its own time expressions name
    years: frozenset[str]  # the years its report names or was published in
    where: frozenset[tuple[str, str, str]] = frozenset()  # (actor, place name, country) it puts
    scope: frozenset[str] = frozenset()  # countries its facts are set in ("killed in Kenya")


def presence(sentence: str, actors: list[tuple[int, int, str]],
             places: list[tuple[int, int, str, str]]) -> frozenset[tuple[str, str, str]]:
    """Where a sentence puts a person: an actor mention (``actors``: start, end, id, offsets
    into the sentence), then within four words a presence word ("is", "arrived", "was seen"),
    then "in" or "at" and within three words a place mention (``places``: start, end, name,
    country code) -> {(actor id, place name, country)}."""
    p = _patterns()
    out = set()
    for _, a1, aid in actors:
        m = p["presence"].match(sentence, a1)
        if not m:
            continue
        for p0, p1, name, cc in places:
            gap = sentence[m.end():p0]
            nxt = re.match(r"\s*([a-z]+)\b", sentence[p1:])
            if nxt and nxt.group(1) not in _words()["noun_stop"]:
                continue  # a place naming a kind ("the first US hostage"), not where one is
            if p0 >= m.end() and len(gap.split()) <= 3 and not re.search(r"[,;.]", gap):
                out.add((aid, name, cc))
                break
    return frozenset(out)


def side(s: Statement, value: str) -> dict[str, Any]:
    """One side of a dispute link: the report, outlet, time and sentence span, and the value."""
    return {"doc": s.doc, "outlet": s.outlet, "time": s.iso, "start": s.start, "end": s.end,
            "sent": s.sent, "text": " ".join(s.text.split()), "value": value}


_ERA = re.compile(r"\b(?:in|since|last|of|during)\s+(?:early\s+|late\s+|mid-?\s*)?"
                  r"((?:january|february|march|april|may|june|july|august|september|october|"
                  r"november|december)|(?:19|20)\d\d)\b", re.I)


def era(sentence: str) -> frozenset[str]:
    """The months and years a sentence sets itself in ("in February", "in 2003"): background
    of another time when the other sentence does not share them."""
    periods = _patterns()["periods"].findall(sentence)  # "last month alone": a part of the time
    return frozenset([m.lower() for m in _ERA.findall(sentence)]
                     + [" ".join(m.lower().split()) for m in periods])


def _same_moment(a: Statement, b: Statement) -> bool:
    """Whether two statements can be of the same happening in time: their own dates meet (when
    both give one) and they were written within a few days of each other."""
    if a.dated and b.dated and not any(x.startswith(y) or y.startswith(x)
                                       for x in a.dated for y in b.dated):
        return False
    if era(a.text) != era(b.text):
        return False
    if a.years and b.years and not a.years & b.years:
        return False  # reports of different years (an earthquake of 2005, another of 2008)
    if a.time is not None and b.time is not None and abs(a.time - b.time) > FAR_DAYS * 86400:
        return False
    return True


def _about_same(a: Statement, b: Statement, key_stems: frozenset[str]) -> bool:
    """The same event or thing: a shared event record, or a shared actor or place and one more
    content word beside the compared thing's own words."""
    if a.records & b.records:
        return True
    if not a.entities & b.entities:
        return False
    return len((a.stems & b.stems) - key_stems) >= 2


def _order(a: Statement, b: Statement) -> tuple[Statement, Statement]:
    ta, tb = a.time, b.time
    if ta is not None and tb is not None and ta != tb:
        return (a, b) if ta < tb else (b, a)
    return (a, b) if (a.doc, a.start) <= (b.doc, b.start) else (b, a)


def _later(first: Statement, later: Statement) -> bool:
    """Whether ``later`` can overtake ``first``: the same outlet, or written an hour later."""
    if first.outlet == later.outlet:
        return first.time is None or later.time is None or later.time > first.time
    return first.time is not None and later.time is not None and later.time - first.time >= HOUR


def _fmt(q: Quantity) -> str:
    return q.text


def _pairs(stmts: list[Statement], keys: Callable[[Statement], list[str]]):
    """Pairs of statements of different reports in one story sharing a key and an entity (or
    an event record), each pair once."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(stmts):
        for k in set(keys(s)):
            for e in s.entities | s.records:
                groups[(s.story, k, e)].append(i)
    seen: set[tuple[int, int]] = set()
    for (_, k, _), idx in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(idx) > MAX_GROUP:
            idx = idx[:MAX_GROUP]
        for i, j in combinations(sorted(set(idx)), 2):
            if (i, j) in seen or stmts[i].doc == stmts[j].doc:
                continue
            seen.add((i, j))
            yield stmts[i], stmts[j], k


def _link(kind: str, reason: str, first: Statement, later: Statement, v1: str, v2: str,
          target: Callable[[Statement], str]) -> dict[str, Any]:
    ends = [side(first, v1), side(later, v2)]
    if kind == "contradicts":
        return {"kind": kind, "from": later.doc, "to": target(first), "against": first.doc,
                "reason": reason, "evidence": ends}
    return {"kind": kind, "from": target(later), "to": target(first), "from_doc": later.doc,
            "to_doc": first.doc, "reason": reason, "evidence": ends}


def compare(stmts: list[Statement], target: Callable[[Statement], str]) -> list[dict[str, Any]]:
    """The contradicts / supersedes links between statements (see the module)."""
    links: list[dict[str, Any]] = []
    done: set[tuple[str, int, str, int]] = set()

    def add(kind, reason, a, b, v1, v2):
        key = (a.doc, a.sent, b.doc, b.sent)
        if key in done:
            return
        done.add(key)
        done.add((b.doc, b.sent, a.doc, a.sent))
        links.append(_link(kind, reason, a, b, v1, v2, target))

    counted = _words()["counted"]
    # numbers
    for a, b, key in _pairs(stmts, lambda s: [q.key for q in quantities(s.text)]):
        words_of_key = frozenset(stem(w) for w in counted.get(key, ()))
        if not _same_moment(a, b) or not _about_same(a, b, words_of_key):
            continue
        if a.scope and b.scope and a.scope != b.scope:
            continue  # set in other countries, or a part against the whole (Kenya vs both)
        if key == "length" and not {e for e in a.entities & b.entities if not e.startswith("P")}:
            continue  # a distance of the same thing: the same actor, not only the same point
        qa = [q for q in quantities(a.text) if q.key == key]
        qb = [q for q in quantities(b.text) if q.key == key]
        if any(compatible(x, y) for x in qa for y in qb):
            continue  # one of their figures agrees: no dispute on this thing
        first, later = _order(a, b)
        q1 = qa if first is a else qb
        q2 = qb if first is a else qa
        if _later(first, later):
            add("supersedes", f"newer figure ({key}): {_fmt(q2[0])} after {_fmt(q1[0])}",
                first, later, _fmt(q1[0]), _fmt(q2[0]))
        elif first.outlet != later.outlet:
            add("contradicts", f"number ({key}): {_fmt(q1[0])} vs {_fmt(q2[0])}",
                first, later, _fmt(q1[0]), _fmt(q2[0]))
    # statuses
    for a, b, subj in _pairs(stmts, lambda s: [x.subject for x in statuses(s.text)]):
        if not _same_moment(a, b) or not _about_same(a, b, frozenset({subj})):
            continue
        first, later = _order(a, b)
        s1 = [x for x in statuses(first.text) if x.subject == subj][0]
        s2 = [x for x in statuses(later.text) if x.subject == subj][0]
        v1 = f"{subj}: {'to be ' if s1.future else ''}{s1.state}"
        v2 = f"{subj}: {'to be ' if s2.future else ''}{s2.state}"
        if s1.future and not s2.future and _later(first, later):
            add("supersedes", f"status ({v2} after {v1})", first, later, v1, v2)
        elif s1.state != s2.state and not s1.future and not s2.future:
            if _later(first, later) and _moves_on(s1, s2, first.outlet == later.outlet):
                add("supersedes", f"status ({v2} after {v1})", first, later, v1, v2)
            elif first.outlet != later.outlet:
                add("contradicts", f"status ({v1} vs {v2})", first, later, v1, v2)
    # places of the same person at the same time
    for a, b, actor in _pairs(stmts, lambda s: [w[0] for w in s.where]):
        if not _same_moment(a, b):
            continue
        first, later = _order(a, b)
        w1 = {(n, c) for x, n, c in first.where if x == actor}
        w2 = {(n, c) for x, n, c in later.where if x == actor}
        if {c for _, c in w1} & {c for _, c in w2}:
            continue  # the same country: a city within it, or a move inside it
        v1, v2 = sorted(w1)[0][0], sorted(w2)[0][0]
        if _later(first, later):
            add("supersedes", f"place (in {v2} after {v1})", first, later, v1, v2)
        elif first.outlet != later.outlet:
            add("contradicts", f"place (in {v1} vs {v2})", first, later, v1, v2)
    # explicit denials of the same proposition
    denials = {i: denied(s.text) for i, s in enumerate(stmts)}
    idx = {id(s): i for i, s in enumerate(stmts)}
    for a, b, _ in _pairs(stmts, lambda s: ["claim"] if s.stems else []):
        da, db = denials[idx[id(a)]], denials[idx[id(b)]]
        if (da is None) == (db is None):
            continue
        denial, other, prop = (a, b, da) if da is not None else (b, a, db)
        if not _same_moment(a, b) or not denies(denial.text, other.text):
            continue
        first, later = _order(other, denial)
        add("contradicts", "denial", first, later,
            "asserted" if first is other else "denied", "denied" if later is denial else "asserted")
    return links


def _moves_on(s1: Status, s2: Status, same_outlet: bool) -> bool:
    """Whether a later status can follow an earlier one: further on in the ordered states
    (opened, suspended, closed), or back when its word says so ("reopened") or its outlet
    updates its own report; a case "closed" then "open" from another outlet is a dispute."""
    st = _words()["status"]
    order = st["order"]
    if order.index(s2.state) > order.index(s1.state):
        return True
    return same_outlet or s2.word in st["again"]


_NEGATED = re.compile(r"\b(?:not|n't|never|no)\b", re.I)


def statement_id(doc: str, start: int, end: int) -> str:
    return "statement:" + hashlib.sha1(f"{doc}\x1f{start}\x1f{end}".encode()).hexdigest()[:10]


def statements(extractions, texts: dict[str, str], clock, story_of: dict[str, str],
               mention_actor: dict, record_of: dict[tuple[str, int], set[str]]
               ) -> list[Statement]:
    """The sentences that hold a figure, a status or a denial, with their entities."""
    p = _patterns()
    out = []
    for ex in extractions:
        text = texts.get(ex.doc, "")
        ents: dict[int, set[str]] = defaultdict(set)
        for mi, m in enumerate(ex.actors):
            aid = mention_actor.get((ex.doc, mi))
            if aid:
                ents[m.sent].add(aid)
        persons: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for mi, m in enumerate(ex.actors):
            aid = mention_actor.get((ex.doc, mi))
            if aid and m.kind == "person":
                persons[m.sent].append((m.start, m.end, aid))
        spots: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for pl in ex.places:
            ents[pl.sent].add(f"P{pl.geonameid}" if pl.geonameid else "P" + pl.name.casefold())
            if pl.country_code and pl.feature in ("city", "admin1", "country"):
                spots[pl.sent].append((pl.start, pl.end, pl.name, pl.country_code))
        scope = _scope_countries(ex.places, text)
        days: dict[int, set[str]] = defaultdict(set)
        years = {(clock.iso(ex.doc, 0) or "")[:4]} - {""}
        for t in ex.times:
            if t.type == "DATE" and re.match(r"\d{4}", t.value or "") and t.anchor == "none":
                days[t.sent].add(t.value[:10])
                years.add(t.value[:4])
        for si, (s0, s1) in enumerate(ex.sentences):
            sent = text[s0:s1]
            if not sent or not ents.get(si) and not record_of.get((ex.doc, si)):
                continue
            where = presence(sent, [(a - s0, b - s0, i) for a, b, i in persons.get(si, ())],
                             [(a - s0, b - s0, n, c) for a, b, n, c in spots.get(si, ())]
                             ) if persons.get(si) and spots.get(si) else frozenset()
            if not where and not (p["figure"].search(sent) or p["subjects"].search(sent)
                                  or p["denial"].search(sent)):
                continue
            if not (where or quantities(sent) or statuses(sent) or denied(sent)):
                continue
            out.append(Statement(
                ex.doc, si, s0, s1, sent, clock.outlet(ex.doc), clock.at(ex.doc, s0),
                clock.iso(ex.doc, s0), story_of.get(ex.doc), frozenset(ents.get(si, ())),
                frozenset(record_of.get((ex.doc, si), ())),
                frozenset(x for x in content_stems(sent) if len(x) > 2) - STOPWORDS,
                frozenset(days.get(si, ())), frozenset(years), where,
                frozenset(scope.get(si, ()))))
    return out


_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’-]*\s+)?(?:(?:capital|city|town|port)\s+(?:of\s+)?)?$")
_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,|and|&)\s*$")
# a place followed by one of these words names an owner, not where ("U.S. embassies")
_MODIFIES = re.compile(r"^\.?\s+([a-z][a-z-]+)")


def _scope_countries(places, text: str) -> dict[int, set[str]]:
    """Per sentence, the countries of the places its facts are set in: a place after a
    locative word ("killed in Kenya", "outside the embassy in the Tanzanian capital Dar es
    Salaam") or listed after one ("in Nairobi, Kenya, and Dar es Salaam"); not a place used
    as a modifier ("U.S. embassies") or an owner ("embassies of the United States")."""
    out: dict[int, set[str]] = defaultdict(set)
    prev_end, prev_scoped = -1, False
    for pl in sorted(places, key=lambda x: x.start):
        scoped = bool(_LOCATIVE.search(text[max(0, pl.start - 40): pl.start])) or (
            prev_scoped and prev_end >= 0 and bool(_LIST_GAP.match(text[prev_end: pl.start])))
        nxt = _MODIFIES.match(text[pl.end: pl.end + 30])
        if nxt and nxt.group(1) in _words()["place_modified"]:
            scoped = False  # a modifier, not where: "outside the U.S. embassy"
        if scoped and pl.country_code:
            out[pl.sent].add(pl.country_code)
        prev_end, prev_scoped = pl.end, scoped
    return out


def statement_links(extractions, texts: dict[str, str], clock, story_of: dict[str, str],
                    mention_actor: dict, records: list[dict[str, Any]],
                    links: list[dict[str, Any]]) -> None:
    """Add the contradicts / supersedes links between statements of different reports (see
    the module) to ``links``, leaving out pairs of sentences an earlier rule already linked;
    the records told of by a contradicted sentence become disputed."""
    record_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    by_id = {}
    for r in records:
        by_id[r["id"]] = r
        for ev in r.get("evidence") or ():
            if "sent" in ev:
                record_of[(ev["doc"], ev["sent"])].add(r["id"])
    linked = {(e.get("doc"), e.get("start")) for ln in links
              if ln.get("kind") in ("contradicts", "supersedes") for e in ln.get("evidence") or ()}
    pairs = {frozenset((ln.get("from_doc") or ln.get("from"), ln.get("to_doc") or ln.get("against")))
             for ln in links if ln.get("kind") in ("contradicts", "supersedes")}
    for ln in links:  # every side shows its outlet and time
        for e in ln.get("evidence") or () if ln.get("kind") in ("contradicts", "supersedes") else ():
            if "doc" in e and "outlet" not in e:
                e["outlet"] = clock.outlet(e["doc"])
                e["time"] = clock.iso(e["doc"], e.get("start", 0))
                if ln.get("reason") == "number":
                    e["value"] = "; ".join(q.text for q in quantities(e.get("text") or ""))
    stmts = statements(extractions, texts, clock, story_of, mention_actor, record_of)

    def target(s: Statement) -> str:
        ids = sorted(record_of.get((s.doc, s.sent), ()))
        return ids[0] if ids else statement_id(s.doc, s.start, s.end)

    for ln in compare(stmts, target):
        ends = ln["evidence"]
        if all((e["doc"], e["start"]) in linked for e in ends) or frozenset(
                (ends[0]["doc"], ends[1]["doc"])) in pairs and ln["reason"].startswith(
                ("newer figure", "number")):
            continue
        links.append(ln)
        if ln["kind"] == "contradicts":
            rec = by_id.get(ln["to"])
            if rec is not None:
                rec["disputed"] = True
                rec.setdefault("outlets", {})[ends[1]["outlet"]] = "contradicts"
        elif ln["to"] in by_id and ln["from"] != ln["to"]:
            old = by_id[ln["to"]]
            old["superseded_by"] = old.get("superseded_by") or ln["from"]


_SCOPE = re.compile(r"\b(?:in|across|near|around|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s*)+)")


def _scopes(sentence: str) -> frozenset[str]:
    """The named places a sentence sets its facts in ("killed in Belgorod" -> Belgorod)."""
    return frozenset(m.group(1).strip().lower() for m in _SCOPE.finditer(sentence))


def other_scope(a: str, b: str) -> bool:
    """Whether two sentences set their figures in different named places, so one figure may
    be part of the other ("3 killed in X" against "12 killed in the region of Y")."""
    sa, sb = _scopes(a), _scopes(b)
    return bool(sa) and bool(sb) and not (sa & sb)
