"""Lexicon and regex building blocks of the temporal tagger (:mod:`sitroom.extract.time_rules`).

The word lists with their values are data (``data/lexicon/time_words.json``, loaded once and
part of ``extraction_version()``); this module composes the regex fragments from them. All
fragments are written for case-insensitive matching.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any


def _load() -> dict[str, Any]:
    text = resources.files("sitroom").joinpath("data", "lexicon", "time_words.json").read_text(
        encoding="utf-8")
    return json.loads(text)


WORDS = _load()  # data/lexicon/time_words.json, loaded once
MONTHS: dict[str, int] = WORDS["months"]
WEEKDAYS: dict[str, int] = WORDS["weekdays"]
NUMBERS: dict[str, float] = WORDS["numbers"]
# words that give a count nobody knows: "several years" -> PXY
VAGUE_NUMBERS: tuple[str, ...] = tuple(WORDS["vague_numbers"])
ORDINALS: dict[str, int] = WORDS["ordinals"]
# unit -> (ISO designator, is a time unit (PT...), multiplier into that designator)
UNITS: dict[str, tuple[str, bool, int]] = {k: tuple(v) for k, v in WORDS["units"].items()}
# designator used for an unknown count: "centuries" -> PXE (TimeML), "decades" -> PXDE
VAGUE_UNIT: dict[str, str] = WORDS["vague_unit"]
SEASONS: dict[str, str] = WORDS["seasons"]
PARTS_OF_DAY: dict[str, str] = WORDS["parts_of_day"]
ZONES: dict[str, str] = WORDS["zones"]  # time-zone abbreviations -> UTC offset
HOLIDAYS: dict[str, str] = WORDS["holidays"]  # holidays with a fixed month-day
REF_WORDS: dict[str, str] = WORDS["ref_words"]  # "now"-like words and their TimeML values


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
