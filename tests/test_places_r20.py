"""Round 20 place rules, each shown firing and not firing on hand-written sentences: a short
word in capitals within running text is a body's initials, no town's name
(extract/places_initials; ``initials_letters`` of the places lexicon; extract/places
._plausible); a polling firm "X Research" is a body's name (``name_heads_after``); an
unknown word before a weekday is the first word of an event's name ("X Tuesday";
extract/places._plausible)."""

from __future__ import annotations

from placekit import the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places import _plausible
from sitroom.extract.places_document import _Mention
from sitroom.extract.places_initials import initials_over_towns, running_initials
from sitroom.extract.places_resolve import lookup


def _initials(text, word):
    gaz = get_gazetteer()
    s = text.index(word)
    m = _Mention(s, s + len(word), word, found=lookup(word, gaz))
    initials_over_towns([m], text, gaz)
    return [(p.name, p.feature) for p, _ in m.found]


# --- initials in capitals -------------------------------------------------------------------

def test_initials_in_running_text_lose_their_town_readings():
    # "Nato" is a small Philippine town in the gazetteer; "the NATO summit" names the alliance
    assert lookup("NATO", get_gazetteer())
    assert _initials("Leaders flew to the NATO summit on Tuesday.", "NATO") == []


def test_initials_of_a_large_place_are_that_place():
    assert _initials("Crowds filled NYC streets on Sunday.", "NYC") == [("New York City", "city")]


def test_a_country_code_in_capitals_stays_the_country():
    assert ("United Kingdom", "country") in _initials("Ministers of the UK met on Monday.", "UK")


def test_a_dateline_in_capitals_is_no_initials():
    text = "RENO (AP) - Officials said the count went on."
    assert not running_initials(text, 0, 4)
    assert ("Reno", "city") in _initials(text, "RENO")


def test_a_word_in_a_headline_in_capitals_is_no_initials():
    text = "Intro line.\nVOTERS IN RENO WAIT\nThe count went on."
    s = text.index("RENO")
    assert not running_initials(text, s, s + 4)


def test_a_long_word_in_capitals_is_no_initials():
    text = "They drove to the TEXAS line on Monday."
    s = text.index("TEXAS")
    assert not running_initials(text, s, s + 5)


def test_initials_in_a_sentence_are_no_place(annotated):
    text = "Aid came from the United States, NATO and other partners, officials in Rome said."
    assert the(annotated, text, "NATO") is None
    assert the(annotated, text, "Rome") is not None


def test_unresolved_initials_after_a_locative_are_not_plausible(annotated):
    text = "The governor spoke on the radio to WQXZ on Tuesday."
    adoc = annotated(text)
    s = text.index("WQXZ")
    assert not _plausible(adoc, s, s + 4, set())
    t = text.index("Tuesday")
    assert running_initials(text, s, s + 4) and not running_initials(text, t, t + 7)


# --- a polling firm "X Research" --------------------------------------------------------------

def test_a_place_before_research_is_a_firms_name(annotated):
    text = "Exit polls conducted by Edison Research showed a close race, officials in Ohio said."
    assert the(annotated, text, "Edison") is None
    assert the(annotated, text, "Ohio") is not None


def test_a_place_before_lower_case_research_stays_a_place(annotated):
    text = "Officials in Edison said the research park would open next year."
    assert the(annotated, text, "Edison") is not None


# --- an event's name before a weekday ---------------------------------------------------------

def test_an_unknown_word_before_a_weekday_is_an_events_name(annotated):
    text = "The governor led in the Mega Tuesday contests, when twelve states voted."
    adoc = annotated(text)
    s = text.index("Mega")
    assert not _plausible(adoc, s, s + 4, set())


def test_an_unknown_word_after_in_and_before_on_a_weekday_stays_plausible(annotated):
    text = "Rescuers arrived in Zorbville on Tuesday, officials said."
    adoc = annotated(text)
    s = text.index("Zorbville")
    assert _plausible(adoc, s, s + len("Zorbville"), set())


def test_a_known_town_before_a_weekday_stays_a_place(annotated):
    text = "Police said the crash happened in Fresno Friday night."
    assert the(annotated, text, "Fresno") is not None


def test_several_words_before_a_weekday_stay_plausible(annotated):
    text = "The board of Zorbville Heights Tuesday approved the budget."
    adoc = annotated(text)
    s = text.index("Zorbville")
    assert _plausible(adoc, s, s + len("Zorbville Heights"), set())
