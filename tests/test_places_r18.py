"""Round 18 place rules, each shown firing and not firing on hand-written sentences:
initials written with periods name no town ("the F.B.I.", "the U.N.";
extract/places_resolve.lookup, extract/places._plausible); a world city is what its bare name
means, not a small namesake town the report does not support (extract/places_document
.world_city_over_towns, ``world_city`` and ``world_city_namesake`` of the places lexicon);
a name the report writes as a body's ("X University") is the body where written bare too,
unless the text locates something there (extract/places_names.body_names); "X Today" is an
outlet's name (``name_heads_after``)."""

from __future__ import annotations

from placekit import the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places_document import _Mention, world_city_over_towns
from sitroom.extract.places_resolve import is_initials, lookup


# --- initials with periods ------------------------------------------------------------------

def test_initials_with_periods_are_recognised():
    assert is_initials("F.B.I.") and is_initials("U.N.") and is_initials("N.A.T.O.")
    assert not is_initials("Fla.") and not is_initials("USA") and not is_initials("St. Louis")


def test_a_bodys_initials_are_no_town_of_that_name():
    gaz = get_gazetteer()
    assert lookup("U.N.", gaz) == []
    assert lookup("N.A.T.O.", gaz) == []
    assert lookup("F.B.I.", gaz) == []


def test_unresolved_initials_after_a_locative_are_no_place(annotated):
    text = "The company found the post and reported it to the F.B.I. on Thursday in Denver."
    assert the(annotated, text, "F.B.I.") is None
    assert the(annotated, text, "Denver") is not None


def test_initials_of_a_country_or_a_state_stay_places(annotated):
    text = "Officials in the U.S. and in Washington, D.C., said the U.K. agreed on Monday."
    assert the(annotated, text, "U.S.").feature == "country"
    assert the(annotated, text, "D.C.").feature == "admin1"
    assert the(annotated, text, "U.K.").country_code == "GB"


# --- a world city over a small namesake town ---------------------------------------------------

def _mention(text, found, start=0, qualifier=None):
    return _Mention(start, start + len(text), text, qualifier=qualifier, found=list(found))


def test_a_world_citys_name_drops_a_small_unsupported_namesake():
    gaz = get_gazetteer()
    m = _mention("Havana", lookup("Havana", gaz))
    world_city_over_towns([m])
    assert {p.country_code for p, _ in m.found} == {"CU"}


def test_a_small_namesake_stays_when_its_state_is_named_near_it():
    gaz = get_gazetteer()
    m = _mention("Havana", lookup("Havana", gaz), start=200)
    state = _mention("Florida", lookup("Florida", gaz), start=300)
    world_city_over_towns([m, state])
    assert "US.FL" in {p.admin1_key for p, _ in m.found}
    assert "US.IL" not in {p.admin1_key for p, _ in m.found}  # Illinois named nowhere


def test_a_small_namesake_stays_beside_a_place_of_the_report_near_it():
    gaz = get_gazetteer()
    m = _mention("Havana", lookup("Havana", gaz), start=0)
    near = _mention("Tallahassee", lookup("Tallahassee", gaz), start=5000)
    world_city_over_towns([m, near])
    assert "US.FL" in {p.admin1_key for p, _ in m.found}


def test_a_qualified_name_is_left_to_its_qualifier():
    gaz = get_gazetteer()
    fla = gaz.admin1("US.FL")
    m = _mention("Havana", lookup("Havana", gaz), qualifier=fla)
    world_city_over_towns([m])
    assert "US.FL" in {p.admin1_key for p, _ in m.found}


def test_a_world_city_in_a_report_is_the_world_city(annotated):
    text = ("The mayor spoke at length on Monday about the budget, the schools and the roads. "
            "He was born in Havana and came to the city as a teenager.")
    assert the(annotated, text, "Havana").country_code == "CU"


# --- one sense per document for a body's name ---------------------------------------------------

def test_a_bare_name_the_report_writes_as_a_universitys_is_the_university(annotated):
    text = ("Three polls were released, including one from Monmouth University on Thursday. "
            "The Monmouth poll found the race close. Monmouth conducted its poll by phone.")
    assert the(annotated, text, "Monmouth", 1) is None
    assert the(annotated, text, "Monmouth", 2) is None


def test_a_bodys_town_stays_a_place_where_the_text_locates_something_there(annotated):
    text = ("Students at Monmouth College voted on Tuesday. "
            "The vote was held in Monmouth, and Monmouth residents welcomed it.")
    assert the(annotated, text, "Monmouth", 1) is not None


def test_a_large_place_named_in_a_body_stays_a_place_elsewhere(annotated):
    text = ("The Washington Post reported the vote on Tuesday. "
            "Washington said it would respond to the request.")
    assert the(annotated, text, "Washington", 1) is not None


# --- an outlet named "X Today" ------------------------------------------------------------------

def test_a_country_before_today_in_capitals_is_an_outlets_name(annotated):
    text = "She said so in an interview with USA TODAY on Monday in Ohio."
    assert the(annotated, text, "USA") is None
    assert the(annotated, text, "Ohio") is not None


def test_a_country_before_a_lower_case_today_stays_a_place(annotated):
    text = "Trade between the USA and Canada grew today, officials in Ottawa said."
    assert the(annotated, text, "USA") is not None
