"""Times, a passage set in history: an act told in the simple past with no time of its own,
none of its paragraph and no story's day, after a passage whose last time is history ("The
agency was founded in 2009. // Its director clashed with the board."), is a background of
the report, an undated past, not an act of the publication day. Used by
:func:`sitroom.extract.time_anchoring.anchor_event` after the paragraph, entry and story-day
rules (round 19)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..model import AnnotatedDoc, TimeMention
from .time_calc import interval
from .time_lex import WORDS
from .time_story import told_in_simple_past

_TELLING = frozenset(WORDS["story_telling_verbs"])  # "officials said": the report's telling
_EXCHANGE = frozenset(WORDS["report_exchange_verbs"])  # "declined to comment": the report's day


def after_history(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
                  ref: date | None,
                  historical: Callable[[str | None, TimeMention, date | None], bool],
                  names_a_thing: Callable[[AnnotatedDoc, TimeMention], bool]) -> bool:
    """Whether the trigger is an act told in the simple past (:func:`~sitroom.extract.
    time_story.told_in_simple_past`), no plain verb of telling ("said", "told": the report's
    own act) and no verb of the report's exchange with its sources ("declined to comment",
    "who requested anonymity"), whose passage is set in history: the last date or time of the text before the
    trigger (a calendar date or time, not "now" or a duration) ends long before the reference
    ``ref`` (``historical(value, t, ref)``; "In 2012 ... // Clinton blamed the video"). The
    report's time has not come back to its own days since, so the act, with no time of its
    own, is a past before the report, undated. A time ahead, or one of the report's days, as
    the last one keeps the rule from firing. A time that names which thing is meant
    (``names_a_thing``: "the 2005 book", "20th century dictators") sets no passage's time and
    is passed over."""
    toks = adoc.tokens
    if ref is None or toks[trigger].lemma.lower() in _TELLING | _EXCHANGE:
        return False
    if not told_in_simple_past(adoc, trigger):
        return False
    start = toks[trigger].idx
    for k in range(len(times) - 1, -1, -1):
        t = times[k]
        if t.start >= start or t.type not in ("DATE", "TIME") or interval(t.value) is None:
            continue
        if names_a_thing(adoc, t):
            continue  # "his 2005 book": which book, not when the passage is set
        return historical(t.value, t, ref) and interval(t.value)[0] <= ref  # type: ignore[index]
    return False
