"""Round 17 place rules of the second part, each shown firing and not firing on hand-written
sentences: a sports team named after its city or state ("the X Broncos") is no place, nor
is that name written bare elsewhere in the report without a locative word or a qualifier
(extract/places_names.py, ``team_words`` of the places lexicon); a person named in full with a
possessive ("Jane Doe’s") makes the bare surname the person (extract/places_people.surnames);
a name tagged as a person is not made a place by a neighbour the gazetteer does not know
(extract/places.py); a bare state name is no town that has it only as an alternate name
(extract/places_document._resolve_all); a division is not dropped for a city named after it
("X City", extract/places_resolve.lookup)."""

from __future__ import annotations

from placekit import places, the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places_resolve import lookup, named_after


# --- a team named after its city or state ---------------------------------------------------

def test_a_city_or_state_before_a_teams_nickname_is_no_place(annotated):
    text = "Fans cheered the Denver Broncos and the Carolina Panthers before the game on Sunday."
    assert the(annotated, text, "Denver") is None
    assert the(annotated, text, "Carolina") is None


def test_a_city_before_a_capitalised_plural_that_is_no_team_stays_a_place(annotated):
    text = "Fans gathered in Denver on Sunday, and Denver Democrats met on Monday."
    assert the(annotated, text, "Denver") is not None
    assert the(annotated, text, "Denver", 1) is not None


def test_a_bare_name_the_report_writes_as_a_team_is_the_team(annotated):
    text = ("Fans cheered the Denver Broncos on Sunday. "
            "Most analysts picked Denver to win the game.")
    assert the(annotated, text, "Denver", 1) is None


def test_a_team_towns_name_after_a_locative_or_with_a_qualifier_stays_a_place(annotated):
    text = ("Fans cheered the Denver Broncos on Sunday. The parade was held in Denver on "
            "Tuesday, and Denver, Colo., closed its schools.")
    assert the(annotated, text, "Denver", 1) is not None
    assert the(annotated, text, "Denver", 2) is not None


# --- a surname once the person is named with a possessive -----------------------------------

def test_a_surname_after_the_full_name_with_a_possessive_is_the_person(annotated):
    text = ("Critics mocked Mary Dover\u2019s speech on Tuesday, "
            "and Dover said she would not apologise.")
    assert the(annotated, text, "Dover", 1) is None


def test_the_town_without_a_person_of_that_name_stays_a_place(annotated):
    text = "Residents of Dover said the vote was close."
    assert the(annotated, text, "Dover") is not None


# --- a list of surnames with one mistagged as a place ---------------------------------------

def test_a_person_beside_an_unknown_name_tagged_as_a_place_is_no_place(annotated):
    text = "With five candidates left (Trump, Cruz, Kasich, Bush, and Rubio) the race is open."
    assert the(annotated, text, "Bush") is None


def test_a_list_of_known_towns_stays_places(annotated):
    text = "With three towns left (Columbus, Dayton, and Toledo) the race is open in Ohio."
    found = {t for t, _ in places(annotated, text)}
    assert {"Columbus", "Dayton", "Toledo"} <= found


# --- a state by an alternate name of a town -------------------------------------------------

def test_a_bare_state_name_is_no_town_that_has_it_as_an_alternate_name(annotated):
    text = "Sen. Jane Doe (Maine) joined the group, as did Rep. John Roe (Ill.) this week."
    maine = the(annotated, text, "Maine")
    assert maine is not None and (maine.name, maine.feature) == ("Maine", "admin1")


def test_a_city_named_after_its_state_is_named_after_it_and_a_respelling_is_not():
    gaz = get_gazetteer()
    okc = next(p for p, _ in gaz.lookup("Oklahoma City") if p.feature == "city")
    assert named_after(okc, "Oklahoma")
    des_plaines = next(p for p, _ in gaz.lookup("Des Plaines") if p.feature == "city")
    assert not named_after(des_plaines, "Maine")
    assert not named_after(okc, "Oklahoma City")


# --- a division beside a city named after it --------------------------------------------------

def test_a_state_is_not_dropped_for_the_city_named_after_it():
    found = lookup("Oklahoma", get_gazetteer())
    assert any(p.feature == "admin1" and p.country_code == "US" for p, _ in found)


def test_a_state_in_a_pair_of_states_is_the_state_not_its_county(annotated):
    text = "He could win conservative states such as Texas and Oklahoma, the analyst said."
    ok = the(annotated, text, "Oklahoma")
    assert ok is not None and ok.feature == "admin1"


def test_a_division_named_like_its_city_in_another_spelling_still_stands_for_the_city():
    found = lookup("Praha", get_gazetteer())
    assert found and not any(p.feature == "admin1" for p, _ in found)
