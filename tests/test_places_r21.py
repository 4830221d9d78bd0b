"""Round 21 place rules, each shown firing and not firing on hand-written sentences: a name
the report uses as a person's (after a capitalised title, or after a first name and a
nickname in quotes) is no town (extract/places_people.person_names); a name the tagger labels
as a person twice is no town only where the town is alone in the report
(places_people.tagged_persons, alone); a time zone after a clock time is no place
(extract/places_clock); a country's own name before another country is a list, not a town of
the second (places_document._mentions)."""

from __future__ import annotations

from placekit import places, the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places_clock import after_clock_time
from sitroom.extract.places_document import _mentions
from sitroom.extract.places_people import alone, is_surname, person_names, tagged_persons


def _town(name, cc):
    """The most populous town of ``name`` in the country ``cc``."""
    return max((p for p, _ in get_gazetteer().lookup(name) if p.feature == "city" and p.country_code == cc),
               key=lambda p: p.population)


def _state(name):
    return next(p for p, _ in get_gazetteer().lookup(name) if p.feature == "admin1")


# --- a name used as a person's ------------------------------------------------------------

TITLED = ("President Kendal met the governors on Monday. While Kendal, Harris and Baker "
          "have led the talks, others stayed away.")


def test_a_name_after_a_capitalised_title_is_a_persons(annotated):
    adoc = annotated(TITLED)
    assert "Kendal" in person_names(adoc)
    s = TITLED.index("Kendal", 20)
    # the English town of that name is no place where the report writes the person's name
    assert is_surname(adoc, s, s + 6, _town("Kendal", "GB"), person_names(adoc))


def test_a_name_after_a_locative_stays_a_place_even_when_a_persons(annotated):
    text = "President Kendal met the governors on Monday. Later she rested in Kendal for a week."
    adoc = annotated(text)
    s = text.index("Kendal", 20)
    assert not is_surname(adoc, s, s + 6, _town("Kendal", "GB"), person_names(adoc))


def test_a_name_after_a_lower_case_word_is_no_titled_person(annotated):
    adoc = annotated("Kendal said the budget would pass on Monday.")
    assert "Kendal" not in person_names(adoc)


def test_a_first_name_and_a_nickname_in_quotes_make_the_surname_a_persons(annotated):
    adoc = annotated('Reporters asked the physicist John "Jack" Selby about the deal. Selby said no.')
    assert "Selby" in person_names(adoc)


# --- a name tagged as a person, its town alone in the report --------------------------------

def test_a_name_tagged_as_a_person_twice_is_a_tagged_person(annotated):
    adoc = annotated('Reporters asked the physicist John "Jack" Selby about the deal. Selby said no. '
                     "She argued with Selby that any deal needed secrecy.")
    assert "Selby" in tagged_persons(adoc)


def test_a_town_far_from_the_reports_places_is_alone():
    others = [_state("Texas"), _town("Boston", "US")]
    assert alone(_town("Selby", "GB"), others)


def test_a_town_beside_a_place_of_the_report_is_not_alone():
    # the report's own area: a town of the same division as another of its places
    others = [_state("Texas"), _town("Leeds", "GB")]
    assert not alone(_town("Selby", "GB"), others)


# --- a time zone after a clock time ---------------------------------------------------------

def test_a_time_zone_after_a_clock_time_is_no_place(annotated):
    text = "The show airs weekdays at 9 a.m. Eastern on the radio."
    s = text.index("Eastern")
    assert after_clock_time(annotated(text), s, s + len("Eastern"))


def test_a_region_word_without_a_clock_time_is_left_alone(annotated):
    text = "Troops moved into the Eastern region on Monday."
    s = text.index("Eastern")
    assert not after_clock_time(annotated(text), s, s + len("Eastern"))


# --- a list of countries ----------------------------------------------------------------------

def test_a_country_before_a_country_is_a_list_not_a_town(annotated):
    text = "Officials of China, Japan and South Korea met in Washington on Friday. China is a big buyer of grain."
    for start in (text.index("China"), text.rindex("China")):
        m = places(annotated, text)[("China", start)]
        assert (m.feature, m.country_code) == ("country", "CN")


def test_a_town_before_its_country_keeps_the_country_as_qualifier():
    gaz = get_gazetteer()
    text = "He grew up in Kingston, Jamaica, and moved away."
    s = text.index("Kingston")
    m = _mentions(text, [(s, s + 8)], gaz)[0]
    assert m.qualifier is not None and m.qualifier.country_code == "JM"


def test_a_country_before_a_country_has_no_qualifier():
    gaz = get_gazetteer()
    text = "Officials of China, Japan and South Korea met."
    s = text.index("China")
    m, q = _mentions(text, [(s, s + 5), (text.index("Japan"), text.index("Japan") + 5)], gaz)
    assert m.qualifier is None
    assert q.qualifier is not None and q.qualifier.name == "Japan"  # still the country


def test_the_helper_finds_a_place(annotated):
    assert the(annotated, "They moved to Kendal in May.", "Kendal") is not None


# --- a foreign capital against a small namesake ---------------------------------------------

def _resolved(names_places):
    """_Mention-like records of (name, place) resolved so, with the name's readings."""
    from sitroom.extract.places_resolve import lookup
    gaz = get_gazetteer()
    out, at = [], 0
    for name, place in names_places:
        m = _mentions(name, [(0, len(name))], gaz)[0]
        m.start, m.end = at, at + len(name)
        m.found = lookup(name, gaz)
        m.place = place
        out.append(m)
        at += 100
    return out


def _capital_test(others):
    from sitroom.extract.places_capitals import capital_over_namesake
    from sitroom.extract.places_resolve import BIG_TOWN, WORLD_CITY
    small = _town("Lima", "US")
    ms = _resolved([("Lima", small)] + others)
    capital_over_namesake(ms, get_gazetteer(), BIG_TOWN, WORLD_CITY)
    return ms[0].place.country_code


def test_a_foreign_capital_beats_a_namesake_supported_only_by_cities_of_other_states():
    # a report naming the national capital and another city of the country, neither in the
    # namesake's state: the foreign capital
    others = [("Washington", _town("Washington", "US")), ("Boston", _town("Boston", "US"))]
    assert _capital_test(others) == "PE"


def test_a_namesake_whose_state_the_report_names_stays():
    others = [("Washington", _town("Washington", "US")), ("Ohio", _state("Ohio"))]
    assert _capital_test(others) == "US"
