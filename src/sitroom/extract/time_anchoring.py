"""Times, anchoring: :func:`anchor_event` dates an event trigger by the time expression that
governs its clause, else the last explicit time of its paragraph, else its live-blog
entry's stamp, else the publication time (``date_source``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..lexicon import words
from ..model import AnnotatedDoc, TimeMention
from .time_calc import interval, parse_ref
from .time_clause import (background_clause, before_clause, below_noun_clause,
                          below_relative, clause_verb,
                          dominates, past_below_infinitive, present_perfect, set_before_now,
                          shared_perfect, span_root)
from .time_governs import SETTING_LAST, below_in_clause, path_steps, setting_of
from .time_history import after_history
from .time_lex import WORDS
from .time_norm import _F
from .time_offset import counted_day
from .time_opening import opening_time
from .time_same_act import same_act_time
from .time_story import (in_quote, quoted_past, quoted_present_time, story_time,
                         told_in_simple_past)
from .time_tagger import _tense_from_parse, paragraph_span, reference_time


# --------------------------------------------------------------------------- anchoring


@dataclass(frozen=True)
class Anchor:
    """When an event happened: ``date`` (ISO value) at ``precision``, where it came from
    (``date_source``: governing | paragraph | entry | publication | none), the index of the
    time expression used (``time``), and whether it lies outside the crisis's own span
    (``historical``)."""

    date: str | None
    precision: str | None
    date_source: str
    time: int | None
    historical: bool


HISTORY_DAYS = 45  # an anchor ending this long before the reference date is history
FUTURE_DAYS = 7  # an anchor starting this long after the reference date is in the future


def _usable(t: TimeMention) -> str | None:
    """The calendar value a time expression lends to an event, if any: a date or time,
    or the end point of a stretch ahead ("in two weeks", "the next three days")."""
    if t.type in ("DATE", "TIME") and interval(t.value) is not None:
        return t.value
    if t.type == "DURATION" and _is_future(t) and interval(t.end_value) is not None:
        return t.end_value
    return None


def _is_future(t: TimeMention) -> bool:
    """Whether a duration with calendar end points is the stretch ahead of its reference
    ("in two weeks", "the next three days"), not one behind it ("the past three years")."""
    return bool(t.begin and t.end_value and t.begin < t.end_value and t.anchor != "none"
                and not re.search(r"\b(?:past|last|previous|recent|preceding)\b", t.text, _F))


def anchor_event(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...]) -> Anchor:
    """Date the event whose trigger is token ``trigger``.

    Requires the annotated document and its :func:`extract_times` output. Chooses, in
    order (``date_source``): a time expression of the trigger's sentence linked to it by
    the dependency parse (a clause counted by days from the clause above, "a day after X
    pushed", takes that clause's day moved by the stretch: :mod:`.time_offset`; else
    the time's head path reaches the trigger, or the trigger governs
    the time, but not, for a verb, through a clause of the time's own below it: "is set [to
    open on Wednesday]", unless that clause is an infinitive, the time past and the verb in
    the simple past: "asked for money [to fight the virus in February]"; a "when" clause
    shares its time, and a noun takes the time of the
    clause that describes it: "a deal [brokered on Saturday]"), one in the same clause, one
    in a clause that contains the trigger's ("On Sunday he said [the mutiny failed]") unless
    the trigger's clause is in the past perfect inside a relative clause below that one
    ("named countries [he said had sent]": before that time), or in any relative clause that
    tells the background of a noun of that one (:func:`~sitroom.extract.time_clause.
    below_noun_clause`: "On Sunday police arrested a man [who attacked a guard]"; not one of
    a setting, "China, [where he met X]"), or in the present and that one
    in the past ("... in October,
    although analysts say ..."); never, for a clause told of as past, a time ahead of the
    reference ("has announced cuts over the next four years"),
    nearest first, a year or coarser that names which thing is meant ("the 1994 accord")
    dating only that noun ("governing"); else, outside a live-blog entry, for a verb told
    in the past or a noun, the time of an earlier sentence's mention of the same act (the same
    word and object) that its own clause dates (:func:`~sitroom.extract.time_same_act.
    same_act_time`: "shot Y on Tuesday ... // Y's shooting", "paragraph"); else nothing
    ("none") for a verb told in the past and set before the report's now by an adverb
    (:func:`~sitroom.extract.time_clause.set_before_now`: "recently ordered", "once backed":
    an undated past); else, for a clause
    told of as past and not in the present perfect outside quotation marks ("X, who has hit
    Y, ...": part of now, round 24), the last explicit day or time of its paragraph before its
    sentence that is neither history nor ahead ("paragraph"); else the stamp of the live-blog entry
    whose paragraph holds the trigger, which covers that paragraph only, not the text after
    it ("entry"); else, for a verb told in the past perfect ("had backed the plan") or an
    act told in the simple past inside quotation marks ("he fought hard," X said) or in a
    relative clause or a clause of contrast (:func:`~sitroom.extract.time_clause.
    background_clause`: "..., while his wife donated money"), nothing
    ("none": an act before the narrative's time, not of the publication day); else,
    outside a live blog, for an act told in the simple past in a paragraph with no time of
    its own, the story's day: the last recent day (or week) told before that paragraph
    (:func:`sitroom.extract.time_story.story_time`, "paragraph"); else nothing for a
    "before" clause told in the simple past (:func:`~sitroom.extract.time_clause.
    before_clause`: "Before she met him, she lived in X") or for one told after a passage
    whose last time is history (:func:`~sitroom.extract.time_history.after_history`: "In 2012
    ... // X blamed the video"); else the publication date
    ("publication"); else nothing ("none"). A week of the paragraph dates only the simple
    past after it, and so does a recent month before the reference's. A paragraph's time that is
    history dates the past told after it at any precision ("In 1998 the rebels seized the
    capital. They jailed the mayor.").
    ``historical`` is True when the date lies clearly outside the reference time: ending
    over 45 days before it or starting over 7 days after it.
    """
    toks = adoc.tokens
    tok = toks[trigger]
    doc = adoc.doc
    published = reference_time(doc.published, doc.text)
    ref_d, _ = parse_ref(published)
    upd = doc.update_at(tok.idx)
    if upd is not None:
        ref_d = parse_ref(upd.timestamp)[0] or ref_d
    header = (upd.start, upd.start + len(upd.label)) if upd is not None else (0, 0)
    governed = _governing(adoc, trigger, times, ref_d, header, settings=False)
    if governed is not None:
        return governed
    if upd is None and (tok.pos == "NOUN" or _tense_at(adoc, trigger) == "past"):
        same = same_act_time(adoc, trigger, lambda p: _governing(adoc, p, times, ref_d, (0, 0)))
        if same is not None:  # "shot on Tuesday ... // the shooting": the act told again
            return replace(same, date_source="paragraph")
    governed = _governing(adoc, trigger, times, ref_d, header)
    if governed is not None:  # "supported him in the 2010 election": the occasion's year
        return governed
    para_start = paragraph_span(doc.text, tok.idx)[0]
    header_end = header[1]
    if upd is not None:
        if upd.start >= para_start:  # the stamp opens this paragraph: the entry's own text
            para_start = upd.start
    if set_before_now(adoc, trigger):  # "He recently ordered a review": an undated past
        return Anchor(None, None, "none", None, False)
    perfect = shared_perfect(adoc, trigger)  # "had criticized ... and accused"
    background = perfect is None and told_in_simple_past(adoc, trigger) and background_clause(
        adoc, trigger)  # "a man who cooperated with him for years"
    now_perfect = perfect == "present" or (  # "X, who has hit Y, ...": part of now (round 24)
        present_perfect(adoc, trigger) and not in_quote(doc.text, para_start, tok.idx))
    pk = None if now_perfect else _paragraph_time(
        adoc, trigger, times, para_start, ref_d, header_end, background)
    if pk is not None:
        t = times[pk]
        value = _usable(t)
        return Anchor(value, t.precision if value == t.value else "day", "paragraph", pk,
                      _historical(value, t, ref_d))
    if upd is not None and para_start == upd.start:
        d, hhmm = parse_ref(upd.timestamp)
        if d is not None:
            return Anchor(d.isoformat() + (f"T{hhmm}" if hhmm else ""),
                          "minute" if hhmm else "day", "entry", None, False)
    if (_past_perfect(adoc, trigger) or perfect == "past" or background
            or quoted_past(adoc, trigger, para_start)):
        return Anchor(None, None, "none", None, False)  # "had backed the plan": before now
    sk = None if upd is not None or perfect == "present" else story_time(
        adoc, trigger, times, para_start, ref_d, _historical)
    if sk is not None:  # "... on Saturday. // He thanked the volunteers.": the story's day
        t = times[sk]
        return Anchor(t.value, t.precision, "paragraph", sk, False)
    qk = None if upd is not None or perfect is not None else quoted_present_time(
        adoc, trigger, times, para_start, ref_d, _tense_at(adoc, trigger), _historical)
    if qk is not None:  # "Sunday morning he tweeted: "Police investigating ..."": the speech's
        t = times[qk]
        return Anchor(t.value, t.precision, "paragraph", qk, False)
    ok = None if upd is not None or perfect is not None else opening_time(
        adoc, trigger, times, ref_d, _historical, _modifies_noun, _tense_from_parse(adoc))
    if ok is not None:  # "Court sides with X. // It ruled on Thursday ...": the news's day
        t = times[ok]
        return Anchor(t.value, t.precision, "paragraph", ok, False)
    if before_clause(adoc, trigger) or (  # "Before she met him, she lived in X": undated
            upd is None and perfect is None and after_history(
                adoc, trigger, times, ref_d, _historical, _modifies_noun)):
        return Anchor(None, None, "none", None, False)  # "In 2012 ... // X blamed the video"
    d, _ = parse_ref(published)
    if d is not None:
        return Anchor(d.isoformat(), "day", "publication", None, False)
    return Anchor(None, None, "none", None, False)


def _governing(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
               ref_d: date | None, header: tuple[int, int],
               settings: bool = True) -> Anchor | None:
    """The anchor a time of the trigger's own sentence gives it (``governing``: the first
    rule of :func:`anchor_event`), or None. With ``settings`` False, a year that names the
    occasion of the act (:func:`~sitroom.extract.time_governs.setting_of`) is passed over:
    :func:`anchor_event` reads it only after an earlier mention of the same act dated by its
    own clause (round 23)."""
    toks = adoc.tokens
    tok = toks[trigger]
    cands = [(k, t) for k, t in enumerate(times) if t.sent == tok.sent and _usable(t)
             and not header[0] <= t.start < header[1]]  # the stamp dates as the entry's
    counted = counted_day(adoc, trigger, times, cands)
    if counted is not None:  # "a day after X pushed": the day before the clause above's
        return Anchor(counted[1], "day", "governing", counted[0],
                      _historical(counted[1], times[counted[0]], ref_d))
    best: tuple[int, int] | None = None  # (score, index)
    if cands:
        clause_t = clause_verb(adoc, trigger)
        present: bool | None = None
        verb = toks[trigger].pos in ("VERB", "AUX")  # "an agreement [brokered on Friday]"
        for k, t in cands:
            root = span_root(adoc, t.start, t.end)
            if root is None:
                continue
            setting = False
            if _names_a_thing(adoc, root, trigger, t):
                if not (settings and setting_of(adoc, toks[root].head, trigger)
                        and _past(t, ref_d)):
                    continue  # "supersedes the 1994 accord": the year dates the accord
                setting = True  # "supported him in the 2010 election": the act's occasion
            steps = path_steps(adoc, root, trigger, 4)
            clause_r = clause_verb(adoc, root)
            if steps and verb and below_in_clause(adoc, root, trigger) and not (
                    _past(t, ref_d) and past_below_infinitive(adoc, root, trigger)):
                continue  # "is set [to open on Wednesday]": the time dates the clause below
            if _ahead(t, ref_d) and _told_as_done(adoc, trigger):
                continue  # "has announced cuts over the next four years": done, not ahead
            if steps:
                score = 20 * steps + abs(root - trigger)
            elif clause_r == clause_t:
                score = 200 + abs(root - trigger)
            elif dominates(adoc, clause_r, trigger):  # "On Sunday he said [X failed]"
                if present is None:
                    present = _tense_at(adoc, trigger) == "present"
                if present and _tense_at(adoc, clause_r) == "past":
                    continue  # "... in October, although analysts say ...": now, not then
                if _past_perfect(adoc, clause_t) and below_relative(adoc, clause_t, clause_r):
                    continue  # "On Thursday he named countries [he said had sent]": before
                if below_noun_clause(adoc, clause_t, clause_r):
                    continue  # "Last week X, [who backed Y in the primaries], said": the noun's
                score = 1000 + abs(root - trigger)
            else:  # the time belongs to a clause below or beside the trigger's
                continue
            if setting:
                score += SETTING_LAST  # any other time of the clause comes first
            if best is None or score < best[0]:
                best = (score, k)
    if best is not None:
        t = times[best[1]]
        value = _usable(t)
        prec = t.precision if value == t.value else "day"
        return Anchor(value, prec, "governing", best[1], _historical(value, t, ref_d))
    return None


_STORY_PRECISIONS = frozenset(WORDS["story_day_precisions"])  # a day or finer, or a week
_FRAME_PRECISIONS = frozenset(WORDS["paragraph_frame_precisions"])  # "last month", "in May"
_PAST_PERFECT = frozenset(WORDS["past_perfect_aux"])  # "had" of "had gone"
_PRESENT_PERFECT = frozenset(WORDS["present_perfect_aux"])  # "has" of "has made"
_REPORTING = words("reporting_verbs", "quotes")  # "said": the report's act, not the passage's


def _past_perfect(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the verb at token ``i`` is told in the past perfect ("had backed the plan",
    "had been detained"): an act before the narrative's time, which the publication day does
    not date."""
    toks = adoc.tokens
    return toks[i].tag == "VBN" and any(
        toks[c].dep == "aux" and toks[c].text.lower() in _PAST_PERFECT for c in adoc.children(i))


def _paragraph_time(adoc: AnnotatedDoc, trigger: int, times: tuple[TimeMention, ...],
                    para_start: int, ref: date | None, header_end: int,
                    background: bool = False) -> int | None:
    """Index of the last explicit time (date or time of day) of the trigger's paragraph
    before its sentence, when it can date the trigger: the trigger's clause told of as past,
    and that time a day or a finer time neither history nor ahead of the reference, or a date
    of any precision that is history and sets the passage's era (:func:`_era`) for a verb
    told in that era (:func:`_told_in_the_era`), or a recent month before the reference's
    own (not history) that names no thing, for an act told in the simple past that is no
    background and no telling ("In a letter filed last month, the agency confirmed it. It
    declined to detail the inquiry."; not "officials said", the report's own act; the
    reference's own month says no more than its day). None otherwise."""
    tok = adoc.tokens[trigger]
    sent_start = adoc.sents[tok.sent].start_char if adoc.sents else tok.idx
    if _tense_at(adoc, trigger) != "past":
        return None
    for k in range(len(times) - 1, -1, -1):
        t = times[k]
        if t.end > sent_start:
            continue
        if t.start < para_start:
            break
        if t.start < header_end:
            continue
        value = _usable(t)
        if value is None or t.type not in ("DATE", "TIME"):
            continue  # a duration or a set is no time of the narrative
        if _era(adoc, t, value, ref) and _told_in_the_era(adoc, trigger) and not background:
            return k  # "In 1998 ... They jailed the mayor.": history keeps its era
        if t.precision == "week" and not told_in_simple_past(adoc, trigger):
            return None  # a week dates only an act told in the simple past after it
        if t.precision in _FRAME_PRECISIONS:  # "In a letter filed last month, ... declined"
            frame = (told_in_simple_past(adoc, trigger) and not background
                     and _told_in_the_era(adoc, trigger)  # not "officials said"
                     and not _modifies_noun(adoc, t))  # not "last month's vote"
            return k if frame and not _historical(value, t, ref) and _past(t, ref) else None
        if t.precision not in _STORY_PRECISIONS or _historical(value, t, ref) or (
                ref is not None and (interval(value) or (ref,))[0] > ref):
            return None  # the paragraph's last time is coarser, history or ahead
        return k
    return None


def _era(adoc: AnnotatedDoc, t: TimeMention, value: str, ref: date | None) -> bool:
    """Whether time expression ``t`` (lending ``value``) sets the era of the past told after
    it in its paragraph: a date that is history (:func:`_historical`) and says when, not which
    thing is meant ("the 2012 attack", "the 2000 campaign" name an attack and a campaign)."""
    iv = interval(value)
    if t.type != "DATE" or ref is None or iv is None or not _historical(value, t, ref) or (
            iv[1] >= ref - timedelta(days=HISTORY_DAYS)):
        return False  # a time ahead is no era of the past
    return not _modifies_noun(adoc, t)


def _modifies_noun(adoc: AnnotatedDoc, t: TimeMention) -> bool:
    """Whether time expression ``t`` modifies a noun ("the 2012 attack", "last year's
    agreement"): it says which thing is meant, not when the acts after it happened."""
    root = span_root(adoc, t.start, t.end)
    if root is None:
        return True
    tok = adoc.tokens[root]
    return tok.dep in _NOUN_MODIFIER and adoc.tokens[tok.head].pos in ("NOUN", "PROPN")


def _told_in_the_era(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the verb at token ``i`` tells of the passage's past, not of the report's now:
    not in the present perfect ("has opened the bridge"), and no verb of reporting ("officials
    said": the report's own act of telling)."""
    toks = adoc.tokens
    if toks[i].lemma.lower() in _REPORTING:
        return False
    return not any(toks[c].dep == "aux" and toks[c].text.lower() in _PRESENT_PERFECT
                   for c in adoc.children(i))


def _ahead(t: TimeMention, ref: date | None) -> bool:
    """Whether the calendar value a time lends (:func:`_usable`) starts after ``ref``."""
    value = _usable(t)
    iv = interval(value) if value else None
    return ref is not None and iv is not None and iv[0] > ref


def _past(t: TimeMention, ref: date | None) -> bool:
    """Whether the calendar value a time lends (:func:`_usable`) ends before ``ref``."""
    value = _usable(t)
    iv = interval(value) if value else None
    return ref is not None and iv is not None and iv[1] < ref


def _told_as_done(adoc: AnnotatedDoc, i: int) -> bool:
    """Whether the clause of token ``i`` is told of as past and is no infinitive ("to be
    held on October 12" is ahead whatever its participle)."""
    toks = adoc.tokens
    if any(toks[c].dep in ("aux", "auxpass", "mark") and toks[c].text.lower() == "to"
           for c in adoc.children(i)):
        return False
    return _tense_at(adoc, i) == "past"


def _tense_at(adoc: AnnotatedDoc, i: int) -> str | None:
    """"past" / "present" / "future" of the clause of token ``i`` (its verb and auxiliaries)."""
    return _tense_from_parse(adoc)(adoc.tokens[i].idx)


def _historical(value: str | None, t: TimeMention, ref: date | None) -> bool:
    if ref is None or value is None:
        return False
    iv = interval(value)
    if t.begin and t.end_value and t.type == "DATE":
        a, b = interval(t.begin), interval(t.end_value)
        if a and b:
            iv = (a[0], b[1])
    if iv is None:
        return False
    return iv[1] < ref - timedelta(days=HISTORY_DAYS) or iv[0] > ref + timedelta(days=FUTURE_DAYS)


_COARSE = frozenset(("year", "decade", "century"))
_NOUN_MODIFIER = frozenset(("compound", "nummod", "amod", "poss", "nmod"))


def _names_a_thing(adoc: AnnotatedDoc, root: int, trigger: int, t: TimeMention) -> bool:
    """Whether the time, a year or coarser, modifies a noun other than the trigger ("the 1994
    accord", "this year's summit"): it says which thing is meant, not when the
    trigger's clause happened."""
    toks = adoc.tokens
    head = toks[root].head
    return (t.precision in _COARSE and toks[root].dep in _NOUN_MODIFIER and head != trigger
            and toks[head].pos in ("NOUN", "PROPN"))

