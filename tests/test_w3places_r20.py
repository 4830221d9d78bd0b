"""Round 20, third wave (E30 of docs/judgements/reading.md), each rule shown firing and not
firing on hand-written sentences: a national capital is not given up for a small namesake
abroad on the coherence of one other mention (extract/places_capitals.capital_over_namesake);
the planet or a body of the sky written bare is no town of that name unless a qualifier
names the town's state (``sky_names`` of the places lexicon, extract/places_document)."""

from __future__ import annotations

import re

from placekit import the

from sitroom.extract.places_document import resolve_spans


def _resolved(text, words):
    """(name, (lat, lon) or None) of every occurrence of ``words`` in ``text``, resolved together."""
    spans = sorted((m.start(), m.end()) for w in words for m in re.finditer(rf"\b{w}\b", text))
    return [(text[s:e], c) for (s, e), c in zip(spans, resolve_spans(text, spans, backoff=False))]


def _near(c, lat, lon):
    return c is not None and abs(c[0] - lat) < 1 and abs(c[1] - lon) < 1


# --- a capital against a small namesake ------------------------------------------------------

def test_a_capital_is_not_given_up_for_a_namesake_supported_by_one_city_named_once():
    text = "Officials in Washington drafted the plans, a paper in London reported."
    got = dict(_resolved(text, ["Washington", "London"]))
    assert _near(got["Washington"], 38.9, -77.0)  # the US capital, not the English town


def test_every_bare_mention_of_the_name_turns_to_the_capital():
    text = "Washington drew up plans, a London weekly wrote; Washington denied it."
    got = _resolved(text, ["Washington", "London"])
    assert [_near(c, 38.9, -77.0) for n, c in got if n == "Washington"] == [True, True]


def test_a_namesake_supported_by_several_names_of_its_country_stays():
    text = "The Washington plant cut shifts; unions in Sunderland and Newcastle said so."
    got = dict(_resolved(text, ["Washington", "Sunderland", "Newcastle"]))
    assert _near(got["Washington"], 54.9, -1.5)


def test_a_namesake_beside_a_town_of_its_own_area_stays():
    text = "The Washington plant cut shifts, a paper in Sunderland said."
    got = dict(_resolved(text, ["Washington", "Sunderland"]))
    assert _near(got["Washington"], 54.9, -1.5)


def test_a_namesake_with_its_own_division_named_once_stays():
    text = "The Washington plant cut shifts, officials in England said."
    got = dict(_resolved(text, ["Washington", "England"]))
    assert _near(got["Washington"], 54.9, -1.5)


def test_a_namesake_with_a_town_of_its_region_named_once_stays():
    got = dict(_resolved("Crowds in Athens cheered, a paper in Knoxville said.", ["Athens", "Knoxville"]))
    assert _near(got["Athens"], 35.4, -84.6)  # the Tennessee town, not the Greek capital


def test_a_namesake_in_the_capitals_own_country_is_left_to_the_other_rules():
    text = "Crowds in Manhattan cheered, a paper in Kansas City said."
    got = dict(_resolved(text, ["Manhattan", "Kansas City"]))
    assert _near(got["Manhattan"], 39.2, -96.6)  # the Kansas town, as before the rule


# --- the planet and the bodies of the sky ----------------------------------------------------

def test_the_planet_written_bare_is_no_town():
    got = dict(_resolved("Scientists said the Earth warmed; rain fell in Texas.", ["Earth", "Texas"]))
    assert got["Earth"] is None


def test_the_planet_in_running_text_is_no_town(annotated):
    text = "Researchers warned of sudden Earth changes after the storms hit Texas."
    earth = the(annotated, text, "Earth")
    assert earth is None or (earth.lat is None and earth.feature is None)  # at most the unresolved name
    assert the(annotated, text, "Texas").feature == "admin1"


def test_a_town_named_like_a_planet_with_its_state_stays_a_town():
    text = "The fair opened in Mars, Pennsylvania, on Friday; Mars officials were glad."
    got = _resolved(text, ["Mars", "Pennsylvania"])
    assert [_near(c, 40.7, -80.0) for n, c in got if n == "Mars"] == [True, True]
