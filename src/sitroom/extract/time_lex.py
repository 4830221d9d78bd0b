"""Lexicon and regex building blocks of the temporal tagger (:mod:`sitroom.extract.times`).

Everything here is data: word lists with their values and the regex fragments composed
from them. All fragments are written for case-insensitive matching.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBERS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5,
}  # fmt: skip

# words that give a count nobody knows: "several years" -> PXY
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "numerous", "a number of",
                 "countless", "recent", "past", "coming",
                 "the last few", "the past few", "the next few")

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "last": -1, "final": -1,
}  # fmt: skip

# unit -> (ISO designator, is a time unit (PT...), multiplier into that designator)
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1), "hr": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "trading day": ("D", False, 1),
    "business day": ("D", False, 1), "working day": ("D", False, 1),
    "week": ("W", False, 1), "weekend": ("D", False, 2), "fortnight": ("W", False, 2),
    "month": ("M", False, 1), "quarter": ("Q", False, 1), "year": ("Y", False, 1),
    "yr": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "centurie": ("Y", False, 100), "millennium": ("Y", False, 1000),
    "millennia": ("Y", False, 1000), "season": ("M", False, 3),
}  # fmt: skip
# designator used for an unknown count: "centuries" -> PXE (TimeML), "decades" -> PXDE
VAGUE_UNIT = {"decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML",
              "millennia": "ML"}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "evening hours": "EV", "morning hours": "MO", "night hours": "NI",
    "afternoon hours": "AF", "early hours": "MO", "small hours": "NI", "dawn": "MO",
    "daybreak": "MO", "dusk": "EV", "nightfall": "EV", "midday": "12:00", "noon": "12:00",
    "midnight": "24:00", "lunchtime": "MI", "mid-morning": "MO", "mid-afternoon": "AF",
    "mid afternoon": "AF", "mid morning": "MO", "late night": "NI",
}  # fmt: skip

# time-zone abbreviations -> UTC offset
ZONES = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "eet": "+02:00", "eest": "+03:00", "msk": "+03:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
    "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "jst": "+09:00", "kst": "+09:00",
    "aest": "+10:00", "wib": "+07:00", "hkt": "+08:00", "sgt": "+08:00", "ist": "+05:30",
}  # fmt: skip

# holidays with a fixed month-day
HOLIDAYS = {
    "christmas day": "12-25", "christmas eve": "12-24", "christmas": "12-25",
    "new year's day": "01-01", "new year's eve": "12-31", "new year": "01-01",
    "independence day": "07-04", "valentine's day": "02-14", "halloween": "10-31",
    "boxing day": "12-26", "may day": "05-01", "bastille day": "07-14",
    "veterans day": "11-11", "armistice day": "11-11", "victory day": "05-09",
}  # fmt: skip

# "now"-like words and their TimeML reference values
REF_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "until recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
}  # fmt: skip
# left out on purpose, as TimeBank mostly leaves them unannotated: soon, previously,
# former, once, earlier, eventually, shortly, future (bare)


def alt(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any blank."""
    ws = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + ")"


def _month_alt() -> str:
    full = [m for m in MONTHS if len(m) > 3 or m == "may"]
    abbr = [m for m in MONTHS if m not in full or m in ("sept",)]
    return r"(?:" + alt(full) + r"|" + alt(abbr) + r"\.?)"


MONTH = _month_alt()
# weekdays written out (abbreviations are too ambiguous in running text: "sat", "wed")
WEEKDAY = alt([w for w in WEEKDAYS if len(w) > 5])

_NUM_WORDS = [w for w in NUMBERS if w not in ("a", "an", "half", "single")]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS19 = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
# a count: digits, words ("twenty-four"), "a", "a couple of", "2 1/2", "two and a half"
NUM = (
    r"(?:(?!(?:1[5-9]|20)\d\d\b)\d+(?:[.,]\d+)?(?:\s+1/2|\s*½)?|(?:" + _TENS + r")(?:[-\s](?:" + _UNITS19 + r"))?|"
    + alt(_NUM_WORDS) + r"|an?(?=[\s-])|(?:" + _UNITS19 + r"))"
    r"(?:[\s-]+and[\s-]+a[\s-]+half)?"
)
VAGUE_NUM = alt(VAGUE_NUMBERS)
TENS_WORDS = _TENS
UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
UNIT = alt(list(UNITS)) + r"(?:s|es)?"
ORD = alt(ORDINALS)
# zone abbreviations as written (upper case only: "est" is a word)
ZONE_UP = "(?-i:" + "|".join(sorted((z.upper() for z in ZONES if len(z) > 1), key=len, reverse=True)) + ")"
PART = alt(PARTS_OF_DAY)
SEASON = alt(SEASONS)
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# a year read out, as in broadcast transcripts: "nineteen ninety-four", "twenty ten"
SPELLED_YEAR = (r"(?:(?:nineteen|twenty)[\s-]+(?:(?:" + _TENS + r")(?:[\s-](?:" + UNIT_WORDS + r"))?|"
                + TEEN_WORDS + r"))")
