"""Places of local news by their frame: courts as venues, addresses, towns of an incident.

Pure tests over one :class:`~sitroom.model.AnnotatedDoc`, used by
:mod:`sitroom.extract.actor_entities` (round 24, issue 14 item 3); the words are in
``data/actor_place_frames.json``. Each frame says where something happens; a name in it does
not act, whatever the tagger labels it:

* :func:`court_venue`: a court's name right after "in", with no article ("scheduled to
  appear in X Court", "documents filed in Y Superior Court"): where a case is heard;
* :func:`address`: a street's name right after a house number ("201 X St.", "112 W. Main
  St."): an address;
* :func:`incident_town`: a town or a county the gazetteer knows modifying a noun of a case or
  an incident ("suspect in X cocaine case", "no one injured in Y home invasion").

A court that rules ("X Court ruled", "asked X Court to delay") and a town that acts are left
alone: none of these frames is a subject. A name modifying a noun of premises ("the X gas
station", "the Y building") was measured and not kept: ECB+ marks such a building as a
participant (it burns), and the actor mention of the name covered it.
"""

from __future__ import annotations

from ..model import AnnotatedDoc
from .actor_base import lem_of
from .actor_place_frames import frame_words, local_place

_P = frame_words()
COURT_HEADS = frozenset(_P["court_heads"])
VENUE_PREPS = frozenset(_P["venue_preps"])
STREET_WORDS = frozenset(_P["street_words"])
TOWN_EVENT_NOUNS = frozenset(_P["town_event_nouns"])
_MAX_BETWEEN = 2  # lower-case nouns between the name and the noun it modifies


def court_venue(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en) ends in one of ``court_heads`` (capitalised) and is the
    object of one of ``venue_preps`` with no article, the preposition right before it:
    "appear Thursday in X Court", "filed in Y County Superior Court" name the venue, as a
    court's docket is written. "lost its case in the High Court" is left to the other rules (a
    court named with its article may be the body; MEANTIME marks it as one)."""
    toks = adoc.tokens
    last = toks[en - 1].text
    t = toks[head]
    return (en - s >= 2 and last[:1].isupper() and last.lower() in COURT_HEADS
            and t.dep == "pobj" and t.head == s - 1 and toks[t.head].text.lower() in VENUE_PREPS)


def address(adoc: AnnotatedDoc, s: int, en: int) -> bool:
    """True when the name [s, en) ends in one of ``street_words`` (capitalised) right after a
    house number ("201 X St.", "at 112 W. Main St."): an address."""
    toks = adoc.tokens
    last = toks[en - 1].text
    return (s > 0 and toks[s - 1].text.isdigit() and last[:1].isupper()
            and last.lower() in STREET_WORDS)


def _modified(adoc: AnnotatedDoc, en: int, head: int, nouns: frozenset[str]) -> bool:
    """The name ending at ``en`` with its head at ``head`` modifies (as a compound) a common
    noun among ``nouns`` after it, with at most ``_MAX_BETWEEN`` lower-case common nouns
    between ("X gas station", "Y cocaine case")."""
    toks = adoc.tokens
    t = toks[head]
    if t.dep not in ("compound", "nmod") or t.head < en or t.head > en + _MAX_BETWEEN:
        return False
    noun = toks[t.head]
    between = toks[en:t.head]
    return (noun.pos == "NOUN" and noun.text.islower() and lem_of(noun) in nouns
            and all(b.pos == "NOUN" and b.text.islower() for b in between))


def incident_town(adoc: AnnotatedDoc, s: int, en: int, head: int) -> bool:
    """True when the name [s, en), a town or a county the gazetteer knows (not a country, a
    national capital or a surname of the report), modifies one of ``town_event_nouns``
    ("suspect in X cocaine case", "injured in Y home invasion"): where it happened."""
    return _modified(adoc, en, head, TOWN_EVENT_NOUNS) and local_place(adoc, s, en)
