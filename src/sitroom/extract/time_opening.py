"""Times, the opening's day: an act of the headline or of the lead told with no time of its
own takes the first day the opening tells after it ("Court sides with the governor. // The
court ruled on Thursday that ..."; "The senator rebuked his critics. // ... // Speaking on
Tuesday, he said ..."). A report opens on its news and gives the day of it a sentence or two
later; the act of the headline and of the lead is that news. Used by
:func:`sitroom.extract.time_anchoring.anchor_event` after the story-day rule, where the
report's own time has not been found before the act (round 20)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..model import AnnotatedDoc, TimeMention
from .time_calc import interval
from .time_lex import WORDS
from .time_story import in_quote, told_in_simple_past
from .time_tagger import _PARA_BREAK, paragraph_span

_STORY_PRECISIONS = frozenset(WORDS["story_day_precisions"])  # "Saturday", "this week"
_TELLING = frozenset(WORDS["story_telling_verbs"])  # "officials said": the report's telling
_HEAD = WORDS["opening"]  # how a headline's paragraph is told from the body's
_PRESENT = frozenset(_HEAD["headline_tags"])  # "Court sides with ...": a headline's present
_EARLIER = frozenset(WORDS["undated_past_adverbs"])  # "once defended him": before the news


def _paragraphs(text: str, most: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``most`` paragraphs of the text (text between blank lines)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PARA_BREAK.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
            if len(spans) == most:
                return spans
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans[:most]


def _opening(text: str) -> tuple[int, int, int] | None:
    """(end of the headline's paragraphs, end of the lead, end of the opening) of a text that
    opens with a headline: one to ``head_max_paragraphs`` short paragraphs (at most
    ``head_max_words`` words: the title, a deck, a byline) before the first paragraph of the
    body (the lead); the opening runs ``paragraphs_after_lead`` paragraphs past the lead. None
    for a text whose first paragraph is already body, or whose short paragraphs run on (a
    text of one-line paragraphs has no headline to tell from its body)."""
    most_head = int(_HEAD["head_max_paragraphs"])
    after = int(_HEAD["paragraphs_after_lead"])
    paras = _paragraphs(text, most_head + 1 + after)
    head = 0
    while head < len(paras) and len(text[paras[head][0]:paras[head][1]].split()) <= int(
            _HEAD["head_max_words"]):
        head += 1
    if head == 0 or head > most_head or head >= len(paras):
        return None
    last = min(len(paras) - 1, head + after)
    return paras[head - 1][1], paras[head][1], paras[last][1]


def _told_as_news(adoc: AnnotatedDoc, trigger: int, in_headline: bool) -> bool:
    """Whether the trigger is an act told as the report's news: told in the simple past, or,
    in a headline, in the simple present ("Court sides with ..."), with no auxiliary, and
    its verb not set before the news by an adverb ("once defended him")."""
    toks = adoc.tokens
    i = trigger
    for _ in range(5):  # the verb the trigger is, or hangs from as a noun
        if toks[i].pos in ("VERB", "AUX") or toks[i].head == i:
            break
        i = toks[i].head
    if any(toks[c].dep == "advmod" and toks[c].lemma.lower() in _EARLIER
           for c in adoc.children(i)):
        return False
    if told_in_simple_past(adoc, trigger):
        return True
    if not in_headline or toks[i].pos not in ("VERB", "AUX"):
        return False
    if any(toks[c].dep in ("aux", "auxpass") for c in adoc.children(i)):
        return False
    return toks[i].tag in _PRESENT


def opening_time(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
                 ref: date | None,
                 historical: Callable[[str | None, TimeMention, date | None], bool],
                 names_a_thing: Callable[[AnnotatedDoc, TimeMention], bool],
                 tense: Callable[[int], str | None]) -> int | None:
    """Index of the time in ``times`` that dates the trigger as the opening's day, or None.

    The trigger lies in the headline's paragraphs or the lead (:func:`_opening`), outside
    quotation marks, is no plain verb of telling ("said": the report's own act) and is told
    as news (:func:`_told_as_news`). The first date or time after the trigger's sentence, up
    to the end of the opening, is taken when it is a day or finer, or a week, starts no later
    than the reference ``ref`` and is not history; any other first time (a year, a month,
    history, a time ahead) keeps the rule from firing. A time that names which thing is
    meant (``names_a_thing``: "the 2012 attack"), and one inside quotation marks (counted from
    the speech), is passed over; the time must date a clause
    told in the past ("It ruled on Thursday", not "could air Monday": ``tense``)."""
    toks = adoc.tokens
    if ref is None or toks[trigger].lemma.lower() in _TELLING:
        return None
    text = adoc.text
    opening = _opening(text)
    char = toks[trigger].idx
    if opening is None or char >= opening[1]:
        return None
    in_headline = char < opening[0]
    if in_quote(text, paragraph_span(text, char)[0], char) or not _told_as_news(adoc, trigger, in_headline):
        return None
    sent = adoc.sents[toks[trigger].sent] if adoc.sents else None
    after = sent.end_char if sent is not None else char
    for k, t in enumerate(times):
        if t.start < after or t.type not in ("DATE", "TIME"):
            continue
        if t.start >= opening[2]:
            return None
        iv = interval(t.value)
        if iv is None or names_a_thing(adoc, t):
            continue  # "the 2012 attack": which attack, not when the news happened
        if in_quote(text, paragraph_span(text, t.start)[0], t.start):
            continue  # a quote's "last night" counts from the speech, not the report
        if t.precision not in _STORY_PRECISIONS or iv[0] > ref or historical(t.value, t, ref):
            return None  # a year, a month, history or a time ahead: not the news's day
        return k if tense(t.start) == "past" else None  # not "could air Monday"
    return None
