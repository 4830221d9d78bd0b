"""Times, the rules: each pattern of a time expression and the function that normalises a
match to a TIMEX3 value (``_RULES``), with the modifiers and cue words around them. The handlers
live in :mod:`time_dates` (calendar) and :mod:`time_clock` (days, clock, relative and counted
expressions); normal forms and units in :mod:`time_norm`. Used by
:mod:`sitroom.extract.time_tagger`; the word lists are data (``data/lexicon/time_words.json``,
read by :mod:`time_lex`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from . import time_lex as L
from .time_norm import _Ctx, _F, _Norm
from .time_clock import (
    _h_ahead, _h_anaphor, _h_bare_part, _h_bare_plural, _h_clock, _h_count, _h_dayword,
    _h_overnight, _h_part, _h_part_of, _h_ref, _h_rel, _h_set, _h_the_unit, _h_weekday,
    _h_weekend, _h_while,
)
from .time_dates import (
    _h_century, _h_day_range, _h_decade, _h_holiday, _h_iso, _h_month, _h_month_day,
    _h_numeric, _h_quarter, _h_season, _h_spelled_year, _h_week_of, _h_year, _h_year_earlier,
    _h_year_end, _h_year_range,
)


_WD = L.WEEKDAY


_MON = L.MONTH


_PART = L.PART


_YEAR = L.YEAR


_RULES: list[tuple[str, str, Callable[[re.Match, _Ctx], _Norm | None]]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?\b", _h_iso),
    ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)", _h_numeric),
    ("mdy", rf"\b(?:(?P<rel>last|next|this)\s+)?(?:(?:{_WD}),?\s+)?(?P<mon>{_MON})\s*"
            rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s*(?P<year>{_YEAR})\b)?",
     _h_month_day),
    ("day_range", rf"(?:\b(?P<btw>between)\s+)?\b(?P<mon>{_MON})\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
                  rf"\s*(?P<sep>-|–|to|through|until|and)\s*(?:(?P<mon2>{_MON})\s*)?"
                  rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:%|percent|per\s*cent|people|"
                  rf"dead|killed|wounded|injured|of\b))(?:,?\s*(?P<year>{_YEAR})\b)?",
     _h_day_range),
    ("dmy", rf"\b(?:(?:{_WD}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b", _h_month_day),
    ("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{_MON})\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                rf"(?![:.]\d)(?:,?\s*(?P<year>{_YEAR})\b)?", _h_week_of),
    ("month", rf"\b(?:(?P<ev>each|every)\s+|(?P<rel>this|last|next)\s+)?(?P<mon>{_MON})"
              rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}|{L.SPELLED_YEAR})"
              rf"|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?(?![\w-])", _h_month),
    ("year", rf"(?<![\w$£€#.,/])(?<!\d-)(?P<fy>(?:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?(?P<year>{_YEAR})(?!\w|[.,:]\d|-\d|%|\s*(?:-|–)\s*\d)", _h_year),
    ("year_range", rf"(?<![\w$£€#.,/-])(?P<y1>{_YEAR})\s*(?:-|–|to|and|through|until)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%]|[.,]\d)", _h_year_range),
    ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)(?:\s+hundred)?[\s-]+(?P<y>(?:{L.TENS_WORDS})(?:[\s-](?:{L.UNIT_WORDS}))?|{L.TEEN_WORDS})\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?P<y2>{L.UNIT_WORDS}|{L.TEEN_WORDS}))?\b", _h_spelled_year),
    ("year_end", r"\b(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year)\b", _h_year_end),
    ("decade", r"\b(?:the\s+)?(?:(?P<c>1\d|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", _h_decade),
    ("century", rf"\b(?:the\s+)?(?P<o>{L.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]century\b", _h_century),
    ("quarter",
     rf"\b(?:(?P<det>the|this|last|next|a|the\s+same|the\s+year-earlier|the\s+year-ago|year-earlier|year-ago|last\s+year's|next\s+year's|this\s+year's|the\s+latest|the\s+current|the\s+previous|the\s+most\s+recent|the\s+recent|the\s+fiscal|the\s+last|the\s+latter)[-\s]+(?!(?:fiscal\s+)?\w+-(?:quarter|half)\b))?"
     rf"(?:(?P<year0>{_YEAR})\s+)?(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|latest|current|previous|most\s+recent|recent|comparable|year-earlier|year-ago)[-\s]+)?(?:fiscal[-\s]+)?"
     rf"(?P<u>quarter|half|period)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{_YEAR})|(?:the|this)\s+year)|,?\s+(?P<year2>{_YEAR}))?\b"
     rf"|\bQ(?P<qn>[1-4])(?:\s+(?P<year3>{_YEAR}))?\b|\b(?P<h1>H[12])\s+(?P<year4>{_YEAR})\b", _h_quarter),
    ("year_earlier", r"\b(?:year-earlier|year-ago)\b(?![-\s]+(?:quarter|period|half))", _h_year_earlier),
    ("season", rf"\b(?:(?P<rel>this|last|next|past|coming|the)\s+)?(?P<s>{L.SEASON})"
               rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}|{L.SPELLED_YEAR}))?\b", _h_season),
    ("overnight", r"\bovernight\b(?![\s-]+(?:stay|stays|flight|flights|train|bag|success|"
                  r"sensation|delivery|rates?|shift|guests?|trip|camp|loan|market|lending))",
     _h_overnight),
    ("dayword", r"\b(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _h_dayword),
    ("part", rf"\b(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{_PART})\b", _h_part),
    ("weekday", rf"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{_WD})(?:\s+(?P<part>{_PART}))?\b", _h_weekday),
    ("part_of",
     rf"\b(?:the\s+)?(?P<part>{_PART})\s+of\s+(?:(?:{_WD},?\s+)?(?P<mon>{_MON})\s*"
     rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b|(?P<wd>{_WD})|(?P<dw>yesterday|today|tomorrow)"
     rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON}))\b"
     rf"(?:,?\s+(?P<year>{_YEAR})\b)?", _h_part_of),
    ("clock",
     r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
     r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:]|\.\d)(?:\s*(?P<ap2>[ap]\.?m\b\.?))?"
     r"|(?P<nm>noon|midnight|midday)"
     r"|(?P<h3>[1-9]|1[0-2])(?:\s+o'clock|\s+in\s+the\s+(?P<pd>morning|afternoon|evening|night)\b)"
     rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s+(?=hours\b|hrs\b|{L.ZONE_UP}\b))"
     rf"(?:\s*\(?(?P<z>{L.ZONE_UP})\b\)?)?(?:\s+hours|\s+hrs)?"
     rf"(?:(?:\s*\([^()]{{1,24}}\))?(?:,?\s+(?:on\s+)?(?P<wd>{_WD})|\s+(?P<dw>today|yesterday|tomorrow)|,?\s+(?P<mon>{_MON})\s*(?P<day>[0-3]?\d)\b))?", _h_clock),
    ("set",
     rf"\b(?:(?P<adv>daily|nightly|weekly|biweekly|monthly|bimonthly|yearly|hourly)"
     rf"|(?P<ev>every|each|per|a)\s+(?:other\s+)?(?:(?P<n>{L.NUM})\s+)?(?:(?P<wd>{_WD})|(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade)s?)"
     rf"|(?P<wd2>{_WD})s)\b", _h_set),
    ("ref", rf"\b(?P<w>{L.alt(L.REF_WORDS)})\b", _h_ref),
    ("holiday", rf"\b(?P<h>{L.alt(L.HOLIDAYS)}|thanksgiving(?:\s+day)?|easter(?:\s+sunday|\s+monday)?|good\s+friday|election\s+day|labor\s+day|memorial\s+day)(?:\s+(?P<year>{_YEAR}))?\b", _h_holiday),
    ("rel", r"\b(?:(?P<the>the)\s+)?(?P<rel>this|last|next|past|coming|current|same)\s+(?:fiscal\s+|calendar\s+)?(?P<u>week|weekend|month|year|decade|century)\b", _h_rel),
    ("weekend", r"\b(?:the|a)\s+weekend\b(?!\s+of\b)", _h_weekend),
    ("the_unit", r"\b(?P<x>the\s+(?:latest\s+|full\s+|fiscal\s+|calendar\s+|whole\s+|entire\s+)*(?P<u>year|week|month))\b(?![-\s](?:earlier|ago|before|after|in\b|of\b|\d))", _h_the_unit),
    ("count",
     r"\b(?:(?P<det>the|this|these|those)\s+(?=(?:past|last|next|coming|previous|first|final"
     r"|following|ensuing|latest|remaining|recent|preceding|subsequent|initial|entire|whole|full)\s"
     r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
     r"|forty|fifty|sixty)"
     r"\s+\w+s\b(?![-\s]+of\b|-)))?"  # "the nine months", not "the two-week crisis", "the two days of"
     r"(?:(?P<rel>past|last|next|coming|previous|first|final|following|ensuing|latest|remaining|recent|preceding|subsequent|additional|further|another|initial|entire|whole|full)\s+)?"
     rf"(?P<n>{L.NUM}|{L.VAGUE_NUM})(?:\s*(?:to|-|–|or|and)\s*(?P<n2>{L.NUM}))?[-\s]+"
     r"(?:(?:more|additional|full|long|straight|consecutive|trading|business|calendar|working|extra)[-\s]+)?"
     rf"(?P<u>{L.UNIT})(?:-(?:old|long))?(?P<half>\s+and\s+a\s+half)?"
     r"(?P<orso>\s+or\s+so(?=\s+(?:ago|earlier|later|from\s+now|hence|back)\b))?"
     r"(?P<ago>\s+(?:ago|earlier|later|from\s+now|hence|back)\b)?(?!-)\b", _h_count),
    ("anaphor",
     r"\b(?P<w>that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon|week|month|year)|the\s+same\s+(?:day|week|month|year)|the\s+(?:next|following)\s+(?:day|morning|evening|night)|"
     r"the\s+(?:following|previous)\s+(?:week|month|year)|the\s+day\s+before|the\s+previous\s+day|the\s+(?:week|month|year)\s+before|the\s+(?:day|week|month|year)\s+after)\b", _h_anaphor),
    ("bare_part",
     r"\b(?:in|by|during|until|through)\s+"
     r"(?P<x>(?:the\s+)?(?:mid[-\s](?=morning|afternoon))?(?:morning|afternoon|evening))\b"
     r"(?!\s+(?:of|hours|news|papers?|shows?|session|trading|edition|rush|prayers?|sun)\b|-)",
     _h_bare_part),
    ("while", r"\b(?:some\s+time|a\s+while)\b(?!\s+(?:ago|before|after|later|earlier))", _h_while),
    ("ahead", r"\b(?:the\s+)?(?P<x2>days|weeks|months|years)\s+ahead\b", _h_ahead),
    ("bare_plural", r"\b(?:for|within|over|in|after|took|take|takes|lasted|last|spent|spend)\s+(?P<x>years|months|weeks|decades|centuries|days|hours|minutes)\b(?!\s+(?:of|ago|earlier|later|before|after|to|old))", _h_bare_plural),
]


_COMPILED = [(name, re.compile(p, _F), fn) for name, p, fn in _RULES]


_NEEDS = {
    "century": ("centur",),
    "week_of": ("week of",),
    "holiday": ("christmas", "new year", "independence", "valentine", "halloween", "boxing",
                "may day", "bastille", "veterans", "armistice", "victory", "thanksgiving",
                "easter", "good friday", "election", "labor day", "memorial"),
    "part_of": tuple(L.PARTS_OF_DAY),
    "part": tuple(L.PARTS_OF_DAY),
    "bare_part": ("morning", "afternoon", "evening"),
    "decade": ("0s", "0's", "ties"),
    "spelled_year": ("nineteen", "twenty", "thousand"),
    "year_end": ("end",),
    "while": ("some time", "while"),
    "ahead": ("ahead",),
    "weekend": ("weekend",),
    "season": tuple(L.SEASONS),
    "quarter": ("quarter", "half", "period", "q1", "q2", "q3", "q4", "h1", "h2"),
    "overnight": ("overnight",),
    "year_range": ("-", "–", " to ", " and ", "through", "until"),
    "day_range": ("-", "–", " to ", " and ", "through", "until"),
    "year_earlier": ("year-",),
    "iso": ("-",),
}  # fmt: skip


_PRIORITY = {name: i for i, (name, _p, _fn) in enumerate(_RULES)}


_Q_PRE = re.compile(
    r"\b(?P<q>just\s+over|just\s+under|well\s+over|more\s+than|less\s+than|fewer\s+than|"
    r"no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|at\s+least|at\s+most|up\s+to|"
    r"as\s+many\s+as|as\s+much\s+as|as\s+long\s+as|as\s+little\s+as|close\s+to|upwards\s+of|"
    r"about|around|approximately|roughly|some|nearly|almost|over|under)\s+$", _F)


_Q_MOD: dict[str, str] = L.WORDS["quantity_modifiers"]


_P_PRE = re.compile(
    r"\b(?P<p>(?:the\s+)?(?:early|late|mid)|earlier|later|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of|"
    r"post|pre)(?:\s+|-)$", _F)


_P_MOD: dict[str, str] = L.WORDS["point_modifiers"]


_OR_SO = re.compile(r"\s+or\s+so\b", _F)


_IN_BEFORE = re.compile(r"\b(?:in|within)\s+$", _F)


_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|(?:is|are)\s+(?:due|scheduled|expected|set|slated)\s+to|"
    r"plans?\s+to|planning\s+to|next|upcoming|would|'ll)\b|\w'll\b", _F)


_PAST_CUE = re.compile(
    r"\b(?:said|says|was|were|had|did|told|ago|last|earlier|yesterday|\w{2,}ed)\b", _F)


_AHEAD_BEFORE = re.compile(r"\b(?:as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)\s+$", _F)


_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def _cue_tense(text: str, sents: list[int], char: int) -> str | None:
    """Tense of the sentence around ``char`` from cue words: the cue nearest ``char``."""
    k = bisect.bisect_right(sents, char) - 1
    s = sents[k] if k >= 0 else 0
    e = sents[k + 1] if k + 1 < len(sents) else len(text)
    best: tuple[int, str] | None = None
    for rx, tense in ((_FUTURE_CUE, "future"), (_PAST_CUE, "past")):
        for m in rx.finditer(text, s, e):
            dist = min(abs(m.start() - char), abs(m.end() - char))
            if tense == "future":
                dist -= 15  # a future cue anywhere near wins over a participle
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None
