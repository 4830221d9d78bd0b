"""Times: a rule-based TIMEX3 tagger and normaliser, and event anchoring.

:func:`tag_text` finds every time expression of a text with compiled regexes (one scan
per rule, no per-token Python work), keeps the longest non-overlapping matches and
normalises each against its reference time: the document creation time, or inside a
live-blog update the update's timestamp. Relative expressions take their direction
from cue words ("last", "next", "ago") and, for bare weekdays, months and seasons, from
the tense of the clause (``tense_at``, from the parse when :func:`extract_times` runs on
an :class:`~sitroom.model.AnnotatedDoc`, else from cue words of the sentence).

Values follow TimeML/TIMEX3: ``2023-06-23``, ``2023-W24``, ``2023-06``, ``2023-Q2``,
``2023-SU``, ``199`` (the 1990s), ``2023-06-24TEV``, ``2023-06-24T05:37+01:00``,
``P2W``, ``PT30M``, ``PXY``, ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``, ``XXXX-WXX-4``.

:func:`anchor_event` dates an event trigger: the time expression governing it in its
sentence, else the last explicit time of its paragraph, else its live-blog entry's stamp,
else the publication date (a text saved without one takes its dateline's,
:func:`reference_time`). A quotation's "today" is the day of the speech when the report
dates it; a month without a year in a passage about a past year keeps that year.

The parts, one sub-concept each: :mod:`time_rules` (the patterns and their normalisers),
:mod:`time_tagger` (tagging a text or an annotated document), :mod:`time_anchoring`
(dating an event); this module is their public face.
"""

from __future__ import annotations

from .time_anchoring import FUTURE_DAYS, HISTORY_DAYS, Anchor, anchor_event
from .time_norm import TenseFn
from .time_tagger import extract_times, paragraph_span, reference_time, tag_text

__all__ = ["FUTURE_DAYS", "HISTORY_DAYS", "Anchor", "TenseFn", "anchor_event", "extract_times",
           "paragraph_span", "reference_time", "tag_text"]
