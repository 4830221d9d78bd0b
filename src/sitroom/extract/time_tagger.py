"""Times, the tagger: :func:`tag_text` runs the rules of :mod:`time_rules` over a text, keeps
the longest non-overlapping matches, normalises each against its reference time (the
publication time, a live-blog update's stamp, the day of a dated speech for a quotation)
and keeps the era of a historical passage; :func:`extract_times` does so with the tense of
each clause from the parse."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from collections.abc import Callable, Iterable

from ..lang.times import foreign_times
from ..model import AnnotatedDoc, TimeMention, Update
from . import time_lex as L
from .time_calc import fmt_at, interval, parse_ref, shift
from .time_clock import _with_part
from .time_norm import TenseFn, _Ctx, _F, _NoRef, _Norm, _unit
from .time_rules import (
    _AHEAD_BEFORE, _COMPILED, _IN_BEFORE, _NEEDS, _OR_SO, _PRIORITY, _P_MOD, _P_PRE, _Q_MOD,
    _Q_PRE, _SENT_END, _cue_tense,
)


# --------------------------------------------------------------------------- tagging


def _refs(dct: str | None, updates: Iterable[Update]) -> Callable[[int], tuple[date | None, str]]:
    """Reference lookup: char -> (date, anchor): the date of the update containing the
    character ("update"), else of the document creation time ("published")."""
    base = parse_ref(dct)[0]
    ups = sorted((u.start, u.end, parse_ref(u.timestamp)[0]) for u in updates)

    def at(char: int) -> tuple[date | None, str]:
        for s, e, d in ups:
            if s <= char < e and d is not None:
                return d, "update"
        return base, "published"

    return at


_OPEN_QUOTE = re.compile(r"(?:``|''|[\"“‘'])$")


def _quoted_title(text: str, s: int, e: int) -> bool:
    """A title in quotes that looks like a time: the TV shows "This Week", ''60 Minutes''."""
    words = text[s:e].split()
    return (len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and bool(_OPEN_QUOTE.search(text, max(0, s - 2), s)))


def _anchor_date(value: str) -> date | None:
    iv = interval(value)
    if iv is None or iv[0] != iv[1]:
        return None
    return iv[0]


def tag_text(text: str, dct: str | None, updates: Iterable[Update] = (),
             tense_at: TenseFn | None = None, *, doc_id: str = "",
             sent_at: Callable[[int], int] | None = None) -> list[TimeMention]:
    """Every time expression of ``text``, normalised.

    Requires the text and its creation time ``dct`` (ISO date or datetime, or None: then
    relative expressions get ``XXXX`` values and anchor "none"); ``updates`` are live-blog
    updates whose timestamps anchor the expressions inside them; ``tense_at(char)`` may
    give "past"/"present"/"future" for the clause at a character (else cue words of the
    sentence decide); ``sent_at(char)`` gives sentence indices (else a regex splitter).
    Produces TimeMentions in text order, non-overlapping.
    """
    updates = tuple(updates)
    sents = [0] + [m.end() for m in _SENT_END.finditer(text)]

    def tense(char: int) -> str | None:
        if _AHEAD_BEFORE.search(text, max(0, char - 20), char):
            return "future"
        t = tense_at(char) if tense_at else None
        if t in ("past", "future"):
            return t
        return _cue_tense(text, sents, char)

    ref_at = _refs(dct, updates)
    cands: list[tuple[int, int, int, str, re.Match, Callable]] = []
    low = text.lower()
    for name, rx, fn in _COMPILED:
        if name in _NEEDS and not any(k in low for k in _NEEDS[name]):
            continue
        for m in rx.finditer(text):
            if "x" in rx.groupindex and m["x"]:
                s, e = m.span("x")
            else:
                s, e = m.span()
            if e > s:
                cands.append((s, e, _PRIORITY[name], name, m, fn))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen = _choose(text, cands, ref_at, tense)
    speech = _speech_days(text, chosen)
    if speech:  # a quote's "today" is the day of the speech the report gives
        ref_at = _with_speech(ref_at, speech)
        chosen = _choose(text, cands, ref_at, tense)
    chosen = _keep_era(text, chosen, ref_at)
    out: list[TimeMention] = []
    last_day: date | None = None
    last_year: date | None = None
    for s, e, norm, anchor in chosen:
        if norm.anaphor:
            resolved = _resolve_anaphor(norm, last_day, last_year, *ref_at(s))
            if resolved is None:
                continue
            norm = resolved
        d = _anchor_date(norm.value) if norm.type in ("DATE", "TIME") else None
        if d is not None:
            last_day = d
        iv = interval(norm.value) if norm.type in ("DATE", "TIME") else None
        if iv is not None:
            last_year = iv[0]
        spans = norm.parts or ((s, e),)
        for k, (ps, pe) in enumerate(spans):
            if sent_at is not None:
                sent = sent_at(ps)
            else:
                sent = bisect.bisect_right(sents, ps) - 1
            value = norm.value if k == 0 else (norm.end_value or norm.value)
            out.append(TimeMention(
                doc=doc_id, start=ps, end=pe, sent=sent, text=text[ps:pe], type=norm.type,
                value=value, precision=norm.precision, anchor=anchor, begin=norm.begin,
                end_value=norm.end_value, mod=norm.mod,
            ))
    return out


def _choose(text: str, cands: list, ref_at: Callable[[int], tuple[date | None, str]],
            tense: Callable[[int], str | None]) -> list[tuple[int, int, _Norm, str]]:
    """The longest non-overlapping candidate matches, each normalised against its reference."""
    taken: list[tuple[int, int]] = []  # sorted spans
    chosen: list[tuple[int, int, _Norm, str]] = []
    for s, e, _p, _name, m, fn in cands:
        k = bisect.bisect_left(taken, (s, e))
        if (k > 0 and taken[k - 1][1] > s) or (k < len(taken) and taken[k][0] < e):
            continue
        ref, anchor = ref_at(s)
        ctx = _Ctx(text, ref, tense, s, e)
        try:
            norm = fn(m, ctx)
        except _NoRef:
            norm = _Norm("DATE", "XXXX-XX-XX", "none", False)
            anchor = "none"
        if norm is None or _quoted_title(text, s, e):
            continue
        if norm.end is not None:
            e = norm.end
        s2, e2, norm = _extend(text, s, e, norm, ctx)
        k = bisect.bisect_left(taken, (s2, e2))
        if (k > 0 and taken[k - 1][1] > s2) or (k < len(taken) and taken[k][0] < e2):
            s2, e2 = s, e
        taken.insert(bisect.bisect_left(taken, (s2, e2)), (s2, e2))
        chosen.append((s2, e2, norm, anchor if norm.relative else "none"))
    chosen.sort(key=lambda c: c[0])
    return chosen


_QUOTE_SPAN = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_SPEECH_DAY = frozenset(("day", "part_of_day", "minute"))


def _speech_days(text: str, chosen: list[tuple[int, int, _Norm, str]]
                 ) -> list[tuple[int, int, date]]:
    """(start, end, day) of each quotation whose speech the report dates: a day or finer
    time outside the quote in the sentence that holds it ("On Friday he said: \"Today
    ...\"", "\"Today ...,\" he said on Friday")."""
    quotes = [m.span() for m in _QUOTE_SPAN.finditer(text) if "\n\n" not in m.group()]
    if not quotes:
        return []
    out = []
    starts = [c[0] for c in chosen]  # sorted: only the times between lo and hi are read
    # sentence ends of the whole text, found once: a scan of text[:qs] finds the same ones
    # up to the last that ends (lookahead included) before qs, and goes on from there
    full = [m.end() for m in _SENT_END.finditer(text)]
    for qs, qe in quotes:
        k = bisect.bisect_right(full, qs - 2)
        from_ = full[k - 1] if k else 0
        lo = max([0, from_] + [m.end() for m in _SENT_END.finditer(text, from_, qs)])
        m = _SENT_END.search(text, qe)
        hi = m.start() + 1 if m else len(text)
        near = chosen[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
        found = [_anchor_date(n.value) for s, e, n, _a in near
                if lo <= s and e <= hi and not (qs <= s < qe) and n.type in ("DATE", "TIME")
                and n.precision in _SPEECH_DAY
                and not any(a <= s < b for a, b in quotes)]
        days = [d for d in found if d is not None]
        if len(set(days)) == 1:
            out.append((qs, qe, days[0]))
    return out


def _with_speech(ref_at: Callable[[int], tuple[date | None, str]],
                 speech: list[tuple[int, int, date]]) -> Callable[[int], tuple[date | None, str]]:
    def at(char: int) -> tuple[date | None, str]:
        for s, e, d in speech:
            if s <= char < e:
                return d, ref_at(char)[1]
        return ref_at(char)

    return at


_ERA_SET = frozenset(("month", "season", "quarter", "year"))
ERA_YEARS = 10  # a passage set this many years or more before the report keeps its year
# the time of a passage: "In 1917", "the revolution of 1917", "during the 1990s"; not a
# start or end point ("since 1990", "dating to 1994")
_ERA_CUE = re.compile(r"(?:\b(?:in|of|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
                      r"|(?:^|[.!?]\s+|\n))$", _F)
_ERA_OLD = frozenset(("decade", "century"))


def _keep_era(text: str, chosen: list[tuple[int, int, _Norm, str]],
              ref_at: Callable[[int], tuple[date | None, str]]
              ) -> list[tuple[int, int, _Norm, str]]:
    """A month (and day) written without a year inside a passage about a past year keeps
    that year ("In 1917 ... In October" is 1917-10), or an unknown one after a past decade
    or century; a passage is a paragraph, and an expression relative to the report's time
    ("yesterday", "last week") brings it back to the present."""
    out = []
    era: str | None = None
    para_end = -1
    for s, e, norm, anchor in chosen:
        if s >= para_end:
            era, para_end = None, paragraph_span(text, s)[1]
        ref = ref_at(s)[0]
        if norm.yearless and era is not None:
            value = era + norm.value[4:]
            norm = replace(norm, value=value, relative=False, yearless=False)
            out.append((s, e, norm, "none"))
            continue
        out.append((s, e, norm, anchor))
        if norm.type != "DATE" or ref is None:
            continue
        if not norm.relative and norm.precision in _ERA_SET | _ERA_OLD:
            iv = interval(norm.value)
            cue = _ERA_CUE.search(text, max(0, s - 24), s)
            if (iv is not None and iv[1].year <= ref.year - ERA_YEARS and cue
                    and ("the" not in cue.group().lower() or norm.precision in _ERA_OLD)):
                era = "XXXX" if norm.precision in _ERA_OLD else f"{iv[0].year:04d}"
            elif iv is not None:
                era = None
        elif norm.relative and not norm.yearless and norm.precision in ("day", "week"):
            era = None
    return out


def _extend(text: str, s: int, e: int, norm: _Norm, ctx: _Ctx) -> tuple[int, int, _Norm]:
    """Widen a match by its modifiers ("about", "early", "mid-", "or so") and give an
    "in two weeks" duration its future end point."""
    before = text[max(0, s - 30) : s]
    starts_with_number = re.match(r"(?:\d|[a-z]+\b)", text[s:e], _F) and not re.match(r"the\b", text[s:e], _F)
    mod = norm.mod
    if norm.type in ("DURATION", "TIME") or (norm.type == "DATE" and norm.count is None and re.search(r"\b(?:ago|earlier|later|from\s+now)$", text[s:e], _F)):
        m = _Q_PRE.search(before)
        if m and starts_with_number:
            mod = _Q_MOD[re.sub(r"\s+", " ", m["q"].lower())]
            s = s - (len(before) - m.start())
    if norm.type in ("DATE", "TIME") and not norm.value.endswith("_REF") and mod is None:
        m = _P_PRE.search(text[max(0, s - 25) : s])
        if m:
            word = re.sub(r"\s+", " ", m["p"].lower()).removeprefix("the ")
            if m["p"].lower().startswith("the") and norm.precision not in ("decade", "century", "season", "year"):
                m = _P_PRE.search(text[max(0, s - 25) : s], m.start() + 4)
                if m is None:
                    return s, e, norm
                word = m["p"].lower()
            if not (word in ("post", "pre") and not text[s - 1] == "-"):
                mod = _P_MOD[word]
                s = s - (len(text[max(0, s - 25) : s]) - m.start())
    m = _OR_SO.match(text, e)
    if m and norm.type in ("DURATION", "DATE"):
        mod, e = "APPROX", m.end()
    if norm.type == "DURATION" and norm.count and norm.begin is None and ctx.ref is not None:
        if _IN_BEFORE.search(text[max(0, s - 10) : s]) and ctx.tense(s) != "past":
            unit, n = norm.count
            d, is_time, k, _key = _unit(unit)
            if not is_time:
                norm = replace(norm, begin=ctx.ref.isoformat(),
                               end_value=shift(ctx.ref, d, n * k).isoformat())
    if mod != norm.mod:
        norm = replace(norm, mod=mod)
    return s, e, norm


def _resolve_anaphor(norm: _Norm, last_day: date | None, last_year: date | None,
                     ref: date | None, anchor: str = "published") -> _Norm | None:
    """Resolve "that day", "the following week", or a clock time with no day of its own,
    against the last day (or year) the text told of before it, else the reference ``ref``.
    A bare clock time ("at 10 a.m.") takes the last day told before it only when that day is
    not ahead of the reference and the reference is the publication, not a live-blog
    entry's stamp (which dates the clock times of its entry)."""
    unit, off, part = norm.anaphor  # type: ignore[misc]
    if part is not None and part[:1].isdigit() and (
            anchor == "update" or last_day is None or ref is None or last_day > ref):
        last_day = ref  # a clock time in an entry, or after a day ahead: the reference's day
    base = (last_day if unit == "D" else last_year or last_day) or ref
    if base is None:
        return replace(norm, value="XXXX-XX-XX", precision="none", anaphor=None)
    if unit == "D":
        w = _with_part(base + timedelta(days=off), part)
        return replace(norm, type=w.type, value=w.value, precision=w.precision, anaphor=None)
    prec = {"W": "week", "M": "month", "Y": "year"}[unit]
    return replace(norm, value=fmt_at(shift(base, unit, off), prec), precision=prec, anaphor=None)


# --------------------------------------------------------------------------- with a parse


# verbs and adjectives whose infinitive complement lies ahead: "planned to leave Thursday"
_FORWARD = frozenset(L.WORDS["forward_heads"])


# verbs whose object or time lies ahead even in the past tense
_PLANNING = frozenset(L.WORDS["planning_verbs"])


def _tense_from_parse(adoc: AnnotatedDoc) -> TenseFn:
    """``char -> "past"/"present"/"future"/None`` from the verbs governing the token."""
    toks = adoc.tokens
    kids = adoc.children

    def verb_tense(i: int, char: int) -> str | None:
        t = toks[i]
        ahead = char > t.idx  # the time follows the verb: "planned a rally on Saturday"
        aux = [toks[k] for k in kids(i) if toks[k].dep in ("aux", "auxpass")]
        for a in aux:
            if a.lemma.lower() in ("will", "shall", "'ll", "would") or a.text.lower() in ("'ll", "wo"):
                return "future"
        if (t.tag == "VB" and any(a.tag == "TO" for a in aux) and ahead and t.dep == "xcomp"
                and toks[t.head].lemma.lower() in _FORWARD):
            h = t.head
            heads = (h, toks[h].head) if toks[h].pos == "ADJ" else (h,)  # "had been due to"
            head_aux = [toks[k].text.lower() for x in heads for k in kids(x)
                        if toks[k].dep in ("aux", "auxpass")]
            # planned to leave, is to resume; but "had been scheduled to expire" is over
            return "past" if "had" in head_aux else "future"
        for a in aux:
            if a.text.lower() == "going" or (a.tag == "VBG" and a.lemma == "go"):
                return "future"
        if t.lemma.lower() in _PLANNING and ahead and (aux or t.dep != "acl"):
            return "future"  # planned a rally on Saturday, scheduled a meeting Thursday
        if any(a.tag == "VBD" for a in aux) or t.tag == "VBD":
            return "past"
        if t.tag == "VBN" and not aux:
            return "past"  # the decision, announced Wednesday
        if t.tag == "VBN" and any(a.lemma in ("have",) for a in aux):
            return "past"
        if t.tag in ("VBZ", "VBP") or any(a.tag in ("VBZ", "VBP") for a in aux):
            return "present"
        return None

    def at(char: int) -> str | None:
        if not toks:
            return None
        i = adoc.token_at(char)
        for _ in range(8):
            t = toks[i]
            if t.pos in ("VERB", "AUX"):
                tense = verb_tense(i, char)
                if tense:
                    return tense
            if t.head == i:
                break
            i = t.head
        return None

    return at


def extract_times(adoc: AnnotatedDoc) -> tuple[TimeMention, ...]:
    """Every time expression of the document, TIMEX3-style.

    Requires an annotated document (its parse gives the tense of each clause); values
    are normalised against ``adoc.doc.published`` or, inside a live-blog update, the
    update's timestamp. Produces TimeMentions in text order.
    """
    doc = adoc.doc
    if doc.language not in ("en", "und"):  # other languages: dateparser's locales
        return foreign_times(adoc)
    return tuple(tag_text(doc.text, reference_time(doc.published, doc.text), doc.updates,
                          _tense_from_parse(adoc),
                          doc_id=doc.id, sent_at=adoc.sent_at if adoc.sents else None))


DATELINE_LINES = 4  # a dateline stands in one of a text's first lines


def reference_time(published: str | None, text: str) -> str | None:
    """The time relative expressions of ``text`` count from: its publication time, else the
    date of its dateline, one of its first lines that holds nothing but a full date ("March
    01, 2008", "Saturday, 24 June 2023"), as pages saved without their metadata carry it."""
    if published:
        return published
    for line in text.lstrip().split("\n", DATELINE_LINES)[:DATELINE_LINES]:
        found = tag_text(line, None)
        if (len(found) == 1 and found[0].anchor == "none" and found[0].precision == "day"
                and not re.sub(r"[\W_]", "", line[:found[0].start] + line[found[0].end:])):
            return found[0].value
    return None


_PARA_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_span(text: str, char: int) -> tuple[int, int]:
    """(start, end) of the paragraph (text between blank lines) holding ``char``."""
    start = 0
    for m in _PARA_BREAK.finditer(text, 0, char):
        start = m.end()
    nxt = _PARA_BREAK.search(text, char)
    return start, (nxt.start() if nxt else len(text))
