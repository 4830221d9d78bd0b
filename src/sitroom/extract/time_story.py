"""Times, the story's day: an act told in the simple past, in a paragraph with no time of its
own, keeps the last day the report has told of before it, in an earlier paragraph ("Cruz won
the caucus on Saturday. // He thanked the volunteers."), when that day is the story's own:
a day (or finer, or a week) that is neither history nor ahead of the publication. Used by
:func:`sitroom.extract.time_anchoring.anchor_event` after the paragraph and entry rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..model import AnnotatedDoc, TimeMention
from .time_calc import interval
from .time_lex import WORDS

_STORY_PRECISIONS = frozenset(WORDS["story_day_precisions"])  # "Saturday", "this week"
_PERFECT = frozenset(WORDS["present_perfect_aux"]) | frozenset(WORDS["past_perfect_aux"])
_QUOTE_MARKS = tuple(WORDS["story_quote_marks"])  # a quote's past is an episode of its own
_QUOTE_DOUBLED = tuple(WORDS["story_quote_doubled"])  # '' and `` of plain-text copy
_NON_FINITE = frozenset(("VBG", "VBN"))  # "rammed ..., killing 80": the participle's verb
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))  # the tags of a finite auxiliary
_TELLING = frozenset(WORDS["story_telling_verbs"])  # "officials said": the report's telling
_DID = frozenset(WORDS["do_support_past"])  # "did support", "did not cooperate": a simple past


def told_in_simple_past(adoc: AnnotatedDoc, trigger: int) -> bool:
    """Whether the trigger is told in the simple past: the finite verb of its clause (the
    trigger, or the verb a participle or a noun hangs from, within four steps) is a past
    form ("thanked", "was arrested") with no auxiliary of a perfect, a future or a modal, or
    a bare verb under the "did" of the simple past ("did support", "did not cooperate": round 22);
    the trigger is no infinitive ("agreed to leave") and no participle describing a noun
    ("a fund financed by donors")."""
    toks = adoc.tokens
    i = trigger
    for _ in range(5):
        t = toks[i]
        if t.tag == "VB" and not any(toks[c].dep == "aux" and toks[c].text.lower() in _DID
                                     for c in adoc.children(i)):
            return False  # "agreed to achieve it": the infinitive is not the past act
        if t.dep == "acl" and t.tag in _NON_FINITE:
            return False  # "a fund financed by donors": a standing relation, not an act
        if t.pos in ("VERB", "AUX") and t.tag not in _NON_FINITE:
            break
        aux = [toks[c] for c in adoc.children(i) if toks[c].dep in ("aux", "auxpass")]
        if t.pos in ("VERB", "AUX") and any(a.tag in _FINITE for a in aux):
            break  # "was arrested", "is leaning", "would go": the auxiliary is finite
        if t.head == i:
            return False
        i = t.head
    else:
        return False
    aux = [toks[c] for c in adoc.children(i) if toks[c].dep in ("aux", "auxpass")]
    if any(a.tag == "MD" or a.text.lower() in _PERFECT for a in aux):
        return False  # "will go", "has gone", "had gone"
    return toks[i].tag == "VBD" or any(a.tag == "VBD" for a in aux)


def in_quote(text: str, para_start: int, char: int) -> bool:
    """Whether ``char`` lies inside quotation marks of its paragraph: an odd number of marks
    (curly, straight, or the doubled apostrophes and backquotes of plain-text copy) before
    it."""
    before = text[para_start:char]
    for doubled in _QUOTE_DOUBLED:
        before = before.replace(doubled, "\"")
    return sum(before.count(m) for m in _QUOTE_MARKS) % 2 == 1


def story_time(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
               para_start: int, ref: date | None,
               historical: Callable[[str | None, TimeMention, date | None], bool]) -> int | None:
    """Index of the time in ``times`` that dates the trigger as the story's day, or None.

    The trigger must be no plain verb of telling ("said", "told": the report's own telling),
    told in the simple past (:func:`told_in_simple_past`), outside
    quotation marks (a quote's past is an episode of its own), in a paragraph (starting at
    ``para_start``) with no date or time before the trigger's sentence and none in it that is
    history or ahead (a day of another act of the sentence does not count). The last
    date or time of the text before that paragraph is taken when it is a day or finer, or a
    week, starts no later than the reference ``ref`` and is not history (``historical(value,
    t, ref)``); any other last time (a year, a month, history, a time ahead) keeps the
    story's day from crossing it."""
    toks = adoc.tokens
    if ref is None or toks[trigger].lemma.lower() in _TELLING:
        return None  # "officials said": the report's own telling, not an act of the story
    if not told_in_simple_past(adoc, trigger):
        return None
    if in_quote(adoc.text, para_start, toks[trigger].idx):
        return None
    sent = adoc.sents[toks[trigger].sent] if adoc.sents else None
    sent_start = sent.start_char if sent is not None else toks[trigger].idx
    sent_end = sent.end_char if sent is not None else toks[trigger].idx
    for k in range(len(times) - 1, -1, -1):
        t = times[k]
        if t.start >= sent_end or t.type not in ("DATE", "TIME"):
            continue
        iv = interval(t.value)
        if iv is None:
            continue
        if t.start >= sent_start:  # a time of the sentence that does not govern the trigger
            if historical(t.value, t, ref) or iv[0] > ref:
                return None  # "who shot him in 1981": the sentence is set in another time
            continue  # "blamed for the attacks that killed 80 on Friday night": another act's
        if t.start >= para_start:
            return None  # the paragraph has a time of its own: the paragraph rule's to use
        if (t.precision not in _STORY_PRECISIONS or iv[0] > ref
                or historical(t.value, t, ref)):
            return None  # a year, a month, history or a time ahead: not the story's day
        return k
    return None


def quoted_past(adoc: AnnotatedDoc, trigger: int, para_start: int) -> bool:
    """Whether the trigger is an act told in the simple past inside quotation marks ("he
    fought really hard," X said): an episode before the speech, which, with no time of its
    own, its paragraph's or its entry's, is undated, not of the publication day."""
    return (told_in_simple_past(adoc, trigger)
            and in_quote(adoc.text, para_start, adoc.tokens[trigger].idx))


def quoted_present_time(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
                        para_start: int, ref: date | None, tense: str | None,
                        historical: Callable[[str | None, TimeMention, date | None], bool]
                        ) -> int | None:
    """Index of the time in ``times`` that dates an act told in the present inside quotation
    marks as the day of its speech, or None (round 23): a quote's present ("Police
    investigating possible terrorism", "we refuse to ...") is the speaker's now, the day the
    report gives the speech, not the publication day. The trigger (``tense`` of its clause
    "present", no verb of telling) lies inside quotation marks of its paragraph (starting
    at ``para_start``) and its
    sentence has no date or time; the last date or time of the text before its sentence is
    taken when it is a day or finer, or a week, that ends before the reference ``ref`` and
    starts at most ``quote_speech_recent_days`` (data/lexicon/time_words.json) before it:
    the news's own days ("went before reporters Tuesday. ... “I condemn his views,” X
    said"); any other last time (a year, a month, an older day, which tells of another act,
    "his win on Feb. 1", a time ahead or of the reference's own day) gives nothing."""
    toks = adoc.tokens
    if ref is None or tense != "present" or toks[trigger].lemma.lower() in _TELLING:
        return None
    sent = adoc.sents[toks[trigger].sent] if adoc.sents else None
    if sent is None:
        return None
    if not in_quote(adoc.text, para_start, toks[trigger].idx):
        return None
    for k in range(len(times) - 1, -1, -1):
        t = times[k]
        if t.start >= sent.end_char or t.type not in ("DATE", "TIME"):
            continue
        iv = interval(t.value)
        if iv is None:
            continue
        if t.start >= sent.start_char:
            return None  # the sentence has a time of its own: the governing rule's to use
        if (t.precision not in _STORY_PRECISIONS or iv[1] >= ref
                or (ref - iv[0]).days > _SPEECH_RECENT_DAYS or historical(t.value, t, ref)):
            return None
        return k
    return None


_SPEECH_RECENT_DAYS = WORDS["quote_speech_recent_days"]["days"]  # a speech of the news's own days
