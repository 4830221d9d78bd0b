"""Round 17 place rules, each shown firing and not firing on hand-written sentences: a
qualifier naming several divisions is the one holding the place before it, else the most
populous (extract/places_resolve.qualifier_of); a bare dateline is a big city
(extract/places_datelines.py); a bare name of a first-level division as populous as the
least populous US state is no small town nor a county called by it
(extract/places_document._resolve_all)."""

from __future__ import annotations

from placekit import the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places_datelines import is_dateline
from sitroom.extract.places_resolve import qualifier_of


# --- a qualifier with several readings ---------------------------------------------------

def test_a_qualifier_naming_a_state_and_a_small_municipality_is_the_state():
    text = "She flew to Orlando, Florida, on Sunday."
    q = qualifier_of(text, text.index(",") , get_gazetteer(), "Orlando")
    assert q is not None and (q[0].feature, q[0].country_code) == ("admin1", "US")


def test_a_qualifier_is_the_reading_that_holds_the_town_even_when_less_populous():
    text = "The talks were held in Tbilisi, Georgia, last week."
    q = qualifier_of(text, text.index(","), get_gazetteer(), "Tbilisi")
    assert q is not None and q[0].feature == "country" and q[0].country_code == "GE"


def test_a_state_after_its_city_in_a_report_is_the_us_state(annotated):
    text = "Mourners gathered in Orlando, Florida, after the storm. Later that week, crews arrived."
    florida = the(annotated, text, "Florida")
    assert florida is not None and florida.country_code == "US"


# --- a dateline ----------------------------------------------------------------------------

def test_a_capitalised_name_opening_a_line_before_an_agency_and_a_dash_is_a_dateline():
    text = "Campaign moves staff.\n\nDALLAS (AP) \u2014 The campaign said on Monday."
    s = text.index("DALLAS")
    assert is_dateline(text, s, s + len("DALLAS"))
    text2 = "Headline\nFORT MYERS (Reuters) - Crews worked."
    s2 = text2.index("FORT MYERS")
    assert is_dateline(text2, s2, s2 + len("FORT MYERS"))


def test_a_name_inside_a_line_or_not_in_capitals_or_without_an_agency_is_no_wire_dateline():
    text = "Officials in DALLAS - and elsewhere - spoke."
    s = text.index("DALLAS")
    assert not is_dateline(text, s, s + len("DALLAS"))
    text2 = "Headline\nDallas (AP) - Crews worked."
    s2 = text2.index("Dallas")
    assert not is_dateline(text2, s2, s2 + len("Dallas"))
    text4 = "MANSFIELD - The council met."  # a local paper's dateline: a local town
    assert not is_dateline(text4, 0, len("MANSFIELD"))
    text3 = "Headline\nDALLAS said the plan would work."
    s3 = text3.index("DALLAS")
    assert not is_dateline(text3, s3, s3 + len("DALLAS"))


def test_a_bare_dateline_in_a_report_about_another_state_is_the_big_city(annotated):
    text = ("Campaign shifts staff to Iowa.\n\nDALLAS (AP) \u2014 The campaign is moving staff "
            "to Iowa, where voters in Des Moines and Cedar Rapids meet next month.")
    dallas = the(annotated, text, "DALLAS")
    assert dallas is not None and dallas.feature == "city" and (dallas.population or 0) > 1_000_000


# --- a bare name of a first-level division ------------------------------------------------

def test_a_bare_small_state_in_a_report_about_another_state_is_the_state(annotated):
    text = ("Voters in Milwaukee and Madison went to the polls in Wisconsin on Tuesday. "
            "The senator from Vermont won the primary in Wisconsin.")
    vermont = the(annotated, text, "Vermont")
    assert vermont is not None and vermont.feature == "admin1"


def test_a_state_name_qualified_as_a_town_stays_the_town(annotated):
    text = "The fair was held in Vermont, Ill., on Saturday, near Peoria."
    vermont = the(annotated, text, "Vermont")
    assert vermont is not None and vermont.feature == "city"


def test_a_bare_state_name_is_not_a_county_called_by_it(annotated):
    text = "Ranchers in Wyoming met on Monday to discuss the drought."
    wyoming = the(annotated, text, "Wyoming")
    assert wyoming is not None and wyoming.feature == "admin1"
