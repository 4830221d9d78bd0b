"""A time zone named after a clock time ("9:00 a.m. Eastern", "8 p.m. ET") is no place,
whatever the gazetteer holds of that name (a region "Eastern", a province "Central"). The
zone words and the words that end a clock time are the actor filters' (``time_zones``,
``time_marks`` of ``data/actor_filters.json``): one home for both."""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_filter_words import filter_words

TIME_ZONES = frozenset(filter_words()["time_zones"])
TIME_MARKS = frozenset(filter_words()["time_marks"])


def after_clock_time(adoc: AnnotatedDoc, start: int, end: int) -> bool:
    """The one word at [start, end) is a time zone right after a clock time's last word
    ("a.m.", "p.m."), in the same sentence."""
    i = adoc.token_at(start)
    toks = adoc.tokens
    return (adoc.text[start:end].lower() in TIME_ZONES and i > 0
            and toks[i - 1].text.lower() in TIME_MARKS and toks[i - 1].sent == toks[i].sent)
