"""Denials and negated mentions among the picture's events (:mod:`sitroom.link.picture`):
what a statement governs after its verb, which mentions deny a report, the event an explicit
denial joins, and negated mentions kept apart from the event."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from collections.abc import Iterable

from .. import lexicon
from . import agreement as ag
from .coref import REPORTING, phrase_stem, synonym_sets
from .picture_base import _Mention
from .textsim import content_stems, stem

@lru_cache(maxsize=1 << 16)  # a sentence is asked about once per mention and per test
def _denial(text: str) -> bool:
    return ag.denial(text)


def _negated(m: _Mention) -> bool:
    """A mention saying the event did not (or will not) happen, without denying a report."""
    e = m.event
    return (e.polarity == "negative" or e.certainty == "denied") and not _denial(
        e.sentence_text)


def _denies(m: _Mention) -> bool:
    """A mention denying what others report: a negated event or a rejection ("the ministry
    denied that ...") in an explicitly denying sentence."""
    e = m.event
    return (e.polarity == "negative" or e.certainty == "denied" or e.type == "REJECT") and (
        _denial(e.sentence_text))


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """``data/dispute_words.json``: stems of the words of a denied role ("involvement")."""
    raw = json.loads((resources.files("sitroom") / "data" / "dispute_words.json")
                     .read_text(encoding="utf-8"))
    return frozenset(stem(w) for w in raw["role_nouns"])


def _denies_event(m: _Mention, e0) -> bool:
    """Whether mention ``m`` denies the event represented by mention ``e0``: a denial
    attached to an event of another type, or a negated report of an affirmed event. Denying
    a role in it ("denied any involvement in the attacks") denies not the event."""
    if not _denies(m) or _tail(m, 4) & _role_nouns():
        return False
    if m.event.type == "REJECT" and m.event.polarity != "negative":
        return e0.type != "REJECT"
    return e0.polarity != "negative" and e0.certainty != "denied"


# words after a trigger that say when, not what
_CALENDAR = frozenset(stem(w) for w in lexicon.word_list("calendar", "event_tail"))


def _after(m: _Mention) -> str:
    """The words after a mention's trigger in its sentence."""
    text = m.event.sentence_text
    at = text.find(m.event.trigger)
    return text[at + len(m.event.trigger):] if at >= 0 else ""


def _tail(m: _Mention, n: int = 8) -> frozenset[str]:
    """Stems of the first ``n`` content words after a mention's trigger in its sentence: what
    was denied, demanded or alleged (calendar words and reporting verbs left out)."""
    return _tail_of(_after(m), n)


@lru_cache(maxsize=1 << 16)  # a sentence's words after a trigger, met by many comparisons
def _tail_of(after: str, n: int) -> frozenset[str]:
    stems = [s for s in content_stems(after) if s not in _CALENDAR and s not in REPORTING]
    # words in other scripts are kept as written (lower case): a statement in Cyrillic has
    # content too, so it is not taken for one that says the same as an English one
    stems += [w.lower() for w in _NON_LATIN.findall(after) if len(w) > 3]
    return frozenset(stems[:n])


_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F]+")


def _triggers(c: dict) -> set[str]:
    """Stems of a cluster's trigger words, phrasal meanings included ("opened fire": shoot)."""
    out: set[str] = set()
    for m in c["mentions"]:
        out.update(_trigger_stems(m.event.trigger))
    return out


@lru_cache(maxsize=1 << 16)  # a few hundred distinct triggers among thousands of mentions
def _trigger_stems(trigger: str) -> frozenset[str]:
    phrase = phrase_stem(trigger)
    return frozenset(content_stems(trigger)) | ({phrase} if phrase else frozenset())


def _meaning_keys(stems: Iterable[str]) -> set[str]:
    """Index keys of trigger stems: the stems and the synonym sets they belong to."""
    return {k for s in stems for k in (s, *synonym_sets(s))}


def _denied(m: _Mention) -> frozenset[str]:
    """What a denying mention denies: its own trigger for a negated event, else the words it
    governs ("denied that its aircraft had opened fire": aircraft, open, fire, shoot)."""
    if m.event.type != "REJECT" or m.event.polarity == "negative":
        return frozenset(content_stems(m.event.trigger))
    tail = _tail(m)
    phrase = phrase_stem(" ".join(tail))
    return tail | {phrase} if phrase else tail


def _attach_denials(clusters: list[dict], story_of: dict[str, str]) -> list[dict]:
    """An explicit denial ("the ministry denied that its aircraft had opened fire") joins the
    event it denies, reported in the same story: one whose trigger is a word of (or a synonym
    of a word of) what is denied, dated no later than the denial. (A denial carried by a
    report of the event itself joins it too, but only other outlets can contradict it.)"""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)  # (story, meaning) -> clusters
    for ci, c in enumerate(clusters):
        if not all(_denies(m) or _negated(m) for m in c["mentions"]):
            stories = {story_of.get(d, d) for d in c["docs"]}
            for key in _meaning_keys(_triggers(c)):
                for st in stories:
                    index[(st, key)].append(ci)
    gone = set()
    first_day: dict[int, str] = {}  # a cluster's earliest day ("" if undated), once asked

    def earliest(t: int) -> str:
        if t not in first_day:
            first_day[t] = min((d for x in clusters[t]["mentions"] if (d := (x[1].date or "")[:10])),
                               default="")
        return first_day[t]

    for ci, c in enumerate(clusters):
        if not all(_denies(m) for m in c["mentions"]):
            continue
        m = c["mentions"][0]
        day, story = (m.event.date or "")[:10], story_of.get(m.ex.doc, m.ex.doc)

        def fits(t: int) -> bool:
            if t in gone:
                return False
            if not day:  # noqa: B023 (called within this iteration)
                return True
            first = earliest(t)
            return not first or first <= day  # noqa: B023

        found = {t for key in _meaning_keys(_denied(m)) for t in index.get((story, key), ())}
        targets = [t for t in sorted(found) if t != ci and fits(t)]
        if targets:
            t = max(targets, key=lambda t: (len(clusters[t]["docs"]), -t))
            clusters[t]["mentions"] += c["mentions"]
            clusters[t]["docs"] += [d for d in c["docs"] if d not in clusters[t]["docs"]]
            first_day.pop(t, None)  # its mentions changed
            gone.add(ci)
    return [c for ci, c in enumerate(clusters) if ci not in gone]


def _split_negated(cluster: dict) -> list[dict]:
    """Negated mentions are not sources of the event: "troops did not enter the city" is
    kept apart from "troops entered the city" (an explicit denial stays, as a contradiction)."""
    neg = [m for m in cluster["mentions"] if _negated(m)]
    if not neg or len(neg) == len(cluster["mentions"]):
        return [cluster]
    pos = [m for m in cluster["mentions"] if not _negated(m)]
    return [{"mentions": ms, "docs": list(dict.fromkeys(m.ex.doc for m in ms))}
            for ms in (pos, neg)]

