"""Figures of a sentence as intervals in a base unit, with what they count, and whether two
figures (or two sentences' figures of the same thing) can both hold."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .disputes_words import _NEG, _alt, _patterns, _words  # noqa: F401
from .textsim import stem


@dataclass(frozen=True)
class Quantity:
    """A figure: what it counts or measures (``key``), its interval in the base unit, the words."""

    key: str
    lo: float
    hi: float
    text: str
    noun: str = ""  # what is counted when the text names it ("doctors"), "" for people in general
    at: int = 0  # where the figure starts in its sentence


_STOP_AFTER = re.compile(r"[;:()\[\]]|\b(?:who|which|that|when|after|before|while|because|"
                         r"since|if|whose|where)\b", re.I)


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
    end = cut.start() if cut else len(after)
    nxt = p["figure"].search(after, 0, end)  # "300 passengers on board, and 120 drowned":
    if nxt and _noun(after):  # the counted word after another figure is that one's, when
        end = nxt.start()  # this one names its own noun ("74, including eight ...": no)
    words = re.findall(r"[a-z]+", after[:end].lower())
    window = words[:5]
    for i, w in enumerate(window):
        if _not_counted(w, words[i + 1: i + 2], " ".join(window[:i])):
            continue  # "the death penalty", "sentenced to death": no count of the dead
        for key, ws in p["counted"].items():
            if w in ws:
                return key
    # "the death toll of the flood rose to 30": a counted word earlier in the clause (after a
    # word of an upward revision, any counted word: "the number killed has risen to 57")
    clause = re.split(r"[,;:()]", before)[-1]
    up = revised_up(before) or revised(before)
    for w in reversed(re.findall(r"[a-z]+", clause.lower())[-12:]):
        for key, ws in p["counted"].items():
            if w in ws and (up or w in _words()["counted_back"]):
                return key
    return None


@lru_cache(maxsize=1)
def _revision_up() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(_words()['revision_up']['words'])})\s+"
                      rf"(?:(?:{_alt(_words()['at_least'])}|{_alt(_words()['approximate']['words'])})\s+)?$",
                      re.I)


def revised_up(before: str) -> bool:
    """Whether the words just before a figure tell it as a count revised upward ("the toll
    rose to", "has risen to at least"; ``revision_up`` in data/dispute_words.json)."""
    return bool(_revision_up().search(before[-40:]))


@lru_cache(maxsize=1)
def _revision() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = _words()["revision"]
    hedge = rf"(?:(?:{_alt(_words()['at_least'])}|{_alt(_words()['approximate']['words'])})\s+)?"
    return (re.compile(rf"\b(?:{_alt(w['words'])})\s+{hedge}$", re.I),
            re.compile(rf"\b(?:{_alt(w['verbs'])})\b", re.I),
            re.compile(rf"\bto\s+{hedge}$", re.I))


def revised(before: str) -> bool:
    """Whether the words before a figure tell it as a revised value, up or down ("the toll
    fell to", "revised the number of dead to"; ``revision`` in data/dispute_words.json): a
    revision phrase just before it, or a revision verb earlier in its clause and "to" just
    before it."""
    words, verbs, to = _revision()
    if words.search(before[-40:]):
        return True
    clause = re.split(r"[,;:()]", before)[-1]
    now, nouns, _ = _revision_now()
    if now.search(clause) and nouns.search(clause):
        return True  # "the toll of the crash is now 12" (round 17)
    return bool(to.search(clause) and verbs.search(clause))


@lru_cache(maxsize=1)
def _revision_now() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = _words()["revision_now"]
    gap = int(w["previous_gap"])
    return (re.compile(rf"\b(?:{_alt(w['words'])})\s+$", re.I),
            re.compile(rf"\b(?:{_alt(w['count_nouns'])})\b", re.I),
            re.compile(rf"(?:\s*[\w'’-]+){{0,{gap}}}[\s,]*\b(?:{_alt(w['previous'])})\s+$",
                       re.I))


def told_previous(sentence: str, prev: Quantity, at: int) -> bool:
    """Whether the figure at ``at`` is the earlier value of the revised figure ``prev`` just
    before it ("is now 12, up from nine", "rose to 12 from nine"; ``revision_now.previous``)."""
    before = sentence[: prev.at]
    if not (revised(before) or revised_up(before)):
        return False
    return bool(_revision_now()[2].fullmatch(sentence[prev.at + len(prev.text): at]))


def _not_counted(word: str, nxt: list[str], before: str) -> bool:
    """Whether a counted word names no count in its phrase (``counted_not``: "the death
    penalty", "three death threats", "sentenced to death")."""
    table = _words()["counted_not"]
    return bool(set(nxt) & set(table["after"].get(word, ()))) or any(
        before.endswith(b) for b in table["before"].get(word, ()))


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
                out.append(Quantity(key, float(lo), float(hi), m.group(0), _noun(after),
                                    m.start()))
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
        lo, hi = hedged(before, lo, hi, tol)
        if unit and (_locates_place(before) or not _anchor(after)):
            continue  # a distance that places a town, or says not from where
        if out and out[-1].key == key and told_previous(sentence, out[-1], m.start()):
            continue  # "rose to 12 from nine": nine is the count's earlier value
        out.append(Quantity(key, lo, hi, m.group(0).strip(),
                            _anchor(after) if unit else _noun(after), m.start()))
    from .disputes_money import sums  # a deal's price (round 16); imports Quantity from here

    return tuple(out) + sums(sentence)


_OF_COUNTS = frozenset("deaths death toll lives total number tally count bodies".split())


_AGE = re.compile(r"\s*[-–]?\s*(?:years?|yrs?|months?)\s*[-–]?\s*old\b|\s*[-–]\s*years?\b", re.I)


def hedged(before: str, lo: float, hi: float, tol: float) -> tuple[float, float]:
    """The range a figure's hedge just before it gives ("about", "at least", "up to"): widened
    by the approximation tolerance, open above or below; else widened by ``tol``."""
    p = _patterns()
    if p["approx"].search(before[-25:]):
        return lo * (1 - p["tolerance"]), hi * (1 + p["tolerance"])
    if p["at_least"].search(before[-25:]):
        return lo, math.inf
    if p["at_most"].search(before[-25:]):
        return 0.0, hi
    return lo * (1 - tol), hi * (1 + tol)


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
    Baghdad": baghdad; past a converted figure in brackets: "200 km (125 miles) from X"), ""
    if the text does not say."""
    aside = re.match(_words()["conversion_aside"]["pattern"], after)
    if aside:  # "200 km (125 miles) from X": the converted figure is no anchor
        after = after[aside.end():]
    m = re.match(r"[\s\w'’\"“”-]{0,40}?\b(?:from|of|off)\s+([\w\s'’-]{1,60})", after, re.I)
    if not m:
        return ""
    skip = set(_words()["distance_anchor_skip"])
    heads = [w for w in re.findall(r"[\w'’-]+", m.group(1).lower())
             if w in _words()["distance_anchor_heads"]["words"]]
    for word in re.findall(r"[\w'’-]+", m.group(1).lower()):
        word = re.sub(r"^['’]+|['’]+s?$", "", word)  # "from Baghdad' as", "Baghdad's gates"
        if word and word not in skip:
            return stem(word)
    return heads[0] if heads else ""  # "from the capital": the capital of the story


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


_ERA = re.compile(r"\b(?:in|since|last|of|during)\s+(?:early\s+|late\s+|mid-?\s*)?"
                  r"((?:january|february|march|april|may|june|july|august|september|october|"
                  r"november|december)|(?:19|20)\d\d)\b", re.I)


@lru_cache(maxsize=1 << 14)
def era(sentence: str) -> frozenset[str]:
    """The months and years a sentence sets itself in ("in February", "in 2003"): background
    of another time when the other sentence does not share them."""
    periods = _patterns()["periods"].findall(sentence)  # "last month alone": a part of the time
    return frozenset([m.lower() for m in _ERA.findall(sentence)]
                     + [" ".join(m.lower().split()) for m in periods])
