"""Names of events that the tagger labels bodies (round 17).

A pure test over one :class:`~sitroom.model.AnnotatedDoc`, called by
:func:`sitroom.extract.actor_filters.named_thing`; its words are in
``data/actor_filters.json`` (``event_modified_nouns``):

* :func:`event_of_noun`: a name that modifies, through nothing but common nouns, a noun of an
  event after it ("in his final X address", "the final of the X soccer tournament", "the
  annual X festival"), the name of a speech, a contest or a feast, no body.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_filter_words import filter_words

_F = filter_words()
EVENT_MODIFIED = frozenset(_F["event_modified_nouns"])
# at most this many lower-case common nouns between the name and the noun of the event
# (so at most three lower-case common nouns after the name, the noun of the event last)
_GAP = 2


def _person_words(adoc: AnnotatedDoc) -> set[str]:
    """The capitalised words of the names the report tags as persons."""
    return {adoc.tokens[k].text for e in adoc.ents if e.label == "PERSON"
            for k in range(e.start, e.end) if adoc.tokens[k].text[:1].isupper()}


def event_of_noun(adoc: AnnotatedDoc, s: int, en: int, label: str) -> bool:
    """True when the name [s, en), not a person's, is followed by at most three lower-case
    common nouns, the last one of ``event_modified_nouns`` (at most ``_GAP`` nouns before it),
    and a word of the name hangs on one of those nouns: the name of an event, a speech or a
    contest ("his final X address", "the X soccer tournament"). A person ("the Smith
    address"), or a name with a capitalised word of a name the report tags as a person
    (however this one is tagged), is left alone."""
    toks = adoc.tokens
    if label == "PERSON" or _person_words(adoc) & {toks[j].text for j in range(s, en)}:
        return False  # "a Smith address" of a person of the report
    k = en
    while k < len(toks) and k <= en + _GAP and toks[k].pos == "NOUN" and toks[k].text.islower():
        if toks[k].lemma.lower() in EVENT_MODIFIED:
            nouns = set(range(en, k + 1))
            return any(toks[j].head in nouns for j in range(s, en))
        k += 1
    return False
