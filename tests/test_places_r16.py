"""Round 16 place rules, each shown firing and not firing on hand-written sentences: a
person's surname is no place (extract/places_people.py); "the X Department" and "the X Fed"
name a body, not a place (extract/places_names.py); a national capital named like a
division of its country (extract/places_capitals.py); a country's own name is not its
capital's alternate name (extract/places_resolve.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from placekit import the

from sitroom.extract.gazetteer import Place, get_gazetteer
from sitroom.extract.places_capitals import capital_over_division
from sitroom.extract.places_people import is_surname, surnames
from sitroom.extract.places_resolve import country_over_alternates, lookup


# --- a person's surname is no place ----------------------------------------------------

SURNAME = "Senator Ellen Medford spoke on Tuesday. "


def test_a_surname_after_a_word_that_also_leads_to_persons_is_no_place(annotated):
    text = SURNAME + "Aides to Medford said the bill would pass."
    assert the(annotated, text, "Medford", 1) is None


def test_a_possessive_surname_after_a_locative_is_no_place(annotated):
    text = SURNAME + "Reporters waited in Medford's office."
    assert the(annotated, text, "Medford", 1) is None


@pytest.mark.parametrize("text", [
    pytest.param(SURNAME + "The rally was held in Medford on Friday.", id="after a locative"),
    pytest.param(SURNAME + "The rally was held near Medford, Oregon, on Friday.", id="with its state"),
])
def test_a_surname_marked_as_a_place_stays_a_place(annotated, text):
    got = the(annotated, text, "Medford", 1)
    assert got is not None and got.country_code == "US"


def test_a_large_city_named_like_a_person_stays_a_place(annotated):
    text = "Coach Sam Houston spoke on Tuesday. Later, Houston said the team would win."
    got = the(annotated, text, "Houston", 1)
    assert got is not None and got.population >= 100_000


@pytest.mark.parametrize("person, dropped", [
    pytest.param("Ellen Medford", True, id="the surname of a person named in full"),
    pytest.param("Ellen Park", False, id="no person of that name"),
])
def test_only_the_surname_of_a_person_of_the_report_is_dropped(annotated, person, dropped):
    text = f"Senator {person} spoke on Tuesday. Later, Medford said the bill would pass."
    adoc = annotated(text)
    s = text.index("Medford", text.index("Later"))
    assert is_surname(adoc, s, s + len("Medford"), None, surnames(adoc)) is dropped


# --- "the X Department", "the X Fed" -----------------------------------------------------

@pytest.mark.parametrize("text, word", [
    pytest.param("The Justice Department opened an inquiry on Monday.", "Justice",
                 id="a department named after its subject"),
    pytest.param("Economists at the Dallas Fed expect slower growth.", "Dallas",
                 id="a reserve bank named after its district"),
])
def test_a_place_word_before_a_body_head_is_no_place(annotated, text, word):
    assert the(annotated, text, word) is None


@pytest.mark.parametrize("text, word", [
    pytest.param("The Ohio Department of Health reported new cases.", "Ohio",
                 id="the state's own department (X Department of Y)"),
    pytest.param("Officers of the Toledo Police Department closed the road.", "Toledo",
                 id="the city's own police department"),
])
def test_a_place_before_its_own_department_stays_a_place(annotated, text, word):
    assert the(annotated, text, word) is not None


# --- a national capital named like a division --------------------------------------------

def test_a_bare_capital_name_is_the_capital_not_the_division(annotated):
    text = ("A senator from Maryland said lawmakers would return to Washington on Monday "
            "to debate the budget.")
    got = the(annotated, text, "Washington")
    assert got.feature == "city" and get_gazetteer().is_capital(
        next(p for p, _ in lookup("Washington", get_gazetteer()) if p.name == got.name
             and p.feature == "city" and p.lat == got.lat))


@pytest.mark.parametrize("text", [
    pytest.param("Voters in Spokane backed the measure, and Washington will count the "
                 "ballots by mail.", id="a town inside the division is named"),
    pytest.param("Farmers in Washington state backed the measure, and Maryland voters did "
                 "too.", id="written with a division word"),
    pytest.param("The state of Washington sued the company, a lawyer in Maryland said.",
                 id="the state of X"),
    pytest.param("He won caucus states, including Washington and Alaska, but lost Ohio.",
                 id="listed beside a division"),
])
def test_a_name_the_report_gives_as_a_division_stays_the_division(annotated, text):
    got = the(annotated, text, "Washington")
    assert got.feature == "admin1" and got.country_code == "US"


# --- a country's own name ---------------------------------------------------------------

def test_a_country_name_is_the_country_beside_its_capital(annotated):
    text = "Bondholders met in San Juan on Monday. Puerto Rico owes more than it can pay."
    assert the(annotated, text, "Puerto Rico").feature == "country"


def _place(feature, name, cc):
    return Place(feature=feature, geonameid=None, name=name, lat=0.0, lon=0.0,
                 country_code=cc, admin1="", population=1000, historic=False)


def test_a_city_found_by_an_alternate_name_gives_way_to_the_country():
    country, capital = _place("country", "Xland", "XL"), _place("city", "Xport", "XL")
    assert country_over_alternates([(country, "main"), (capital, "alternate")]) == [(country, "main")]


def test_a_city_alternate_name_stays_where_no_country_has_that_name():
    town, capital = _place("city", "Yton", "YL"), _place("city", "Yport", "YL")
    found = [(town, "main"), (capital, "alternate")]
    assert country_over_alternates(found) == found


@dataclass
class _Named:
    start: int
    end: int
    text: str
    place: Place | None
    found: list[tuple[Place, str]] = field(default_factory=list)
    qualifier: Place | None = None


class _Capitals:
    def __init__(self, capital: Place) -> None:
        self.capital = capital

    def is_capital(self, place: Place) -> bool:
        return place is self.capital


def _division_reading(feature: str) -> tuple[list[_Named], Place]:
    """"Xport" (a made-up capital, also a division of its country) read as ``feature``, in a
    report that names Yton, a town of the division's (or the county's) state."""
    capital = _place("city", "Xport", "XL")
    division = Place(feature=feature, geonameid=None, name="Xport", lat=0.0, lon=0.0,
                     country_code="XL", admin1="07", population=1000, historic=False)
    town = Place(feature="city", geonameid=None, name="Yton", lat=0.0, lon=0.0,
                 country_code="XL", admin1="07", population=1000, historic=False)
    text = "Xport said on Monday that Yton was calm."
    xport = _Named(0, 5, "Xport", division, [(division, "main"), (capital, "main")])
    yton = _Named(26, 30, "Yton", town, [(town, "main")])
    capital_over_division([xport, yton], text, _Capitals(capital))  # type: ignore[arg-type]
    return [xport, yton], capital


def test_a_first_level_reading_stays_where_a_town_inside_it_is_named():
    (xport, _), _ = _division_reading("admin1")
    assert xport.place is not None and xport.place.feature == "admin1"


def test_a_county_reading_is_the_capital_even_where_a_town_of_its_state_is_named():
    (xport, _), capital = _division_reading("admin2")
    assert xport.place is capital
