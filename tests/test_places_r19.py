"""Round 19 place rules, each shown firing and not firing on hand-written sentences: a
place after a political body's head word and "for" ("Alternative for X", "the Alliance for
X") and inside an outlet's name ("the X Union Leader", "X Journalism") is no place
(``name_heads_before``, ``name_heads_after``, ``name_preps`` of the places lexicon;
extract/places_names.inside_name); a group of countries and a country's coasts are regions (data/regions.tsv);
a town that has a world city's name only as an alternate name needs its division named
near it, and a name that can be a division or a big city supports a small namesake of a
world city only as that, a big city within its own area (extract/places_document
.world_city_over_towns, _support_points); an unresolved name followed by a
lower-case adverb is no place (extract/places._plausible); a bare name of an outlet the
annotation found whole ("X Daily") is the outlet (extract/places_names.body_names); an
unresolved name followed by a person's role ("X, legal director for") is a person
(extract/places_people.is_apposed_person); an unresolved member of a list of
organisations or products is no place (extract/places_lists.among_organisations)."""

from __future__ import annotations

from types import SimpleNamespace

from placekit import the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places import _plausible
from sitroom.extract.places_document import _Mention, world_city_over_towns
from sitroom.extract.places_lists import among_organisations
from sitroom.extract.places_names import _large, _org_names
from sitroom.extract.places_people import is_apposed_person
from sitroom.extract.places_resolve import lookup


# --- a party named after a place ----------------------------------------------------------------

def test_a_country_after_a_partys_head_word_and_for_is_no_place(annotated):
    text = "Voters backed the Alternative for Germany in three state elections, officials in Berlin said."
    assert the(annotated, text, "Germany") is None
    assert the(annotated, text, "Berlin") is not None


def test_a_country_after_for_without_a_head_word_stays_a_place(annotated):
    text = "The fund set aside money for Germany and for France on Monday."
    assert the(annotated, text, "Germany") is not None


def test_a_country_after_alliance_for_is_no_place(annotated):
    text = "Members of the Alliance for France marched in Lyon on Saturday."
    assert the(annotated, text, "France") is None
    assert the(annotated, text, "Lyon") is not None


# --- an outlet named after a place ---------------------------------------------------------------

def test_a_state_in_an_outlets_name_before_leader_is_no_place(annotated):
    text = "The senator won the endorsement of the Vermont Union Leader on Sunday."
    assert the(annotated, text, "Vermont") is None


def test_a_word_before_journalism_is_an_outlets_name(annotated):
    text = "As reported by Western Journalism, the city raised its minimum wage in Seattle."
    assert the(annotated, text, "Western") is None


def test_a_state_before_a_lower_case_leader_stays_a_place(annotated):
    text = "The Vermont leader spoke to reporters in Burlington on Monday."
    assert the(annotated, text, "Vermont") is not None


# --- regions: a group of countries, a country's coasts ----------------------------------------

def test_the_baltic_states_are_a_region():
    gaz = get_gazetteer()
    assert {p.feature for p, _ in lookup("Baltic States", gaz)} == {"region"}
    assert {p.feature for p, _ in lookup("Baltics", gaz)} == {"region"}


def test_the_west_coast_in_a_us_report_is_the_us_coast(annotated):
    text = "Wildfires spread along the West Coast, from California to Oregon and Washington state."
    assert the(annotated, text, "West Coast").country_code == "US"


def test_the_west_coast_in_a_new_zealand_report_stays_new_zealands(annotated):
    text = ("Floods hit New Zealand on Tuesday. On the South Island, the West Coast was cut off "
            "near Greymouth and Westport, and roads to Nelson were closed.")
    assert the(annotated, text, "West Coast").country_code == "NZ"


# --- a town with a world city's name as an alternate name -----------------------------------------

def _mention(text, found, start=0, qualifier=None):
    return _Mention(start, start + len(text), text, qualifier=qualifier, found=list(found))


def test_an_alternate_name_town_needs_its_division_named_near_it():
    gaz = get_gazetteer()
    m = _mention("Philadelphia", lookup("Philadelphia", gaz), start=0)
    far = _mention("Ohio", lookup("Ohio", gaz), start=2000)  # named, but far from the name
    world_city_over_towns([m, far])
    assert all(p.name != "New Philadelphia" for p, _ in m.found)
    assert any(p.name == "Philadelphia" and p.admin1_key == "US.PA" for p, _ in m.found)


def test_an_alternate_name_town_stays_when_its_division_is_named_near_it():
    gaz = get_gazetteer()
    m = _mention("Philadelphia", lookup("Philadelphia", gaz), start=0)
    near = _mention("Ohio", lookup("Ohio", gaz), start=100)
    world_city_over_towns([m, near])
    assert any(p.name == "New Philadelphia" for p, _ in m.found)


def test_a_big_city_far_from_a_small_namesake_does_not_support_it():
    gaz = get_gazetteer()
    m = _mention("Dallas", lookup("Dallas", gaz), start=0)
    big = _mention("Philadelphia", lookup("Philadelphia", gaz), start=5000)  # 170 km away
    world_city_over_towns([m, big])
    assert "US.PA" not in {p.admin1_key for p, _ in m.found}
    assert "US.TX" in {p.admin1_key for p, _ in m.found}


def test_a_small_namesake_of_a_large_name_supports_no_town():
    gaz = get_gazetteer()
    m = _mention("Dallas", lookup("Dallas", gaz), start=0)
    # a village called "Cleveland" lies 210 km from the small Pennsylvania "Dallas"; the name
    # is the Ohio city's, far from it
    other = _mention("Cleveland", lookup("Cleveland", gaz), start=5000)
    world_city_over_towns([m, other])
    assert "US.PA" not in {p.admin1_key for p, _ in m.found}


def test_a_small_namesake_stays_beside_a_small_town_of_the_report_near_it():
    gaz = get_gazetteer()
    m = _mention("Dallas", lookup("Dallas", gaz), start=0)
    near = _mention("Wilkes-Barre", lookup("Wilkes-Barre", gaz), start=5000)  # a town of 40,000
    world_city_over_towns([m, near])
    assert "US.PA" in {p.admin1_key for p, _ in m.found}


# --- a name and the lower-case adverb after it ------------------------------------------------------

def test_an_unresolved_name_ending_in_a_lower_case_word_is_no_place(annotated):
    text = "The company wanted to bring people like Dalberg back into the team."
    adoc = annotated(text)
    s = text.index("Dalberg back")
    assert not _plausible(adoc, s, s + len("Dalberg back"), set())


def test_an_unresolved_name_ending_in_a_lower_case_noun_stays_plausible(annotated):
    text = "Shelling was reported in the Vinnytsia oblast and near Upper Marsh beach on Monday."
    adoc = annotated(text)
    s = text.index("Vinnytsia oblast")
    assert _plausible(adoc, s, s + len("Vinnytsia oblast"), set())
    s = text.index("Upper Marsh beach")
    assert _plausible(adoc, s, s + len("Upper Marsh beach"), set())


# --- an outlet the annotation found whole ("X Daily") -----------------------------------------

def test_a_bare_name_of_an_outlet_found_whole_is_the_outlet(annotated):
    text = ("A reporter at Pando Daily wrote the story on Monday. "
            "Pando's source says the company will be sold next year.")
    assert the(annotated, text, "Pando", 1) is None


def test_an_outlets_place_stays_a_place_where_the_text_locates_something_there(annotated):
    text = ("A reporter at Pando Daily wrote the story on Monday. "
            "The company has an office in Pando and another in La Paz.")
    assert the(annotated, text, "Pando", 1) is not None


def test_the_name_of_an_outlet_found_whole_is_read_before_its_head_word(annotated):
    adoc = annotated("A reporter at the Sequim Daily wrote the story, and Ames Laboratory confirmed it.")
    assert _org_names(adoc) == {"Sequim"}  # "Laboratory" is no head word of a body's name


def test_a_large_division_named_in_an_outlets_name_stays_a_place():
    gaz = get_gazetteer()
    assert _large("Oregon", gaz) and not _large("Pando", gaz)


# --- a name followed by a person's role -----------------------------------------------------------

def test_an_unresolved_name_before_a_persons_role_is_no_place(annotated):
    text = '"We disagree," Hal Verrin, legal director for the group, said on Monday.'
    adoc = annotated(text)
    s = text.index("Hal Verrin")
    assert is_apposed_person(adoc, s, s + len("Hal Verrin"))
    assert not _plausible(adoc, s, s + len("Hal Verrin"), set())


def test_a_name_before_an_article_and_a_role_is_left_alone(annotated):
    text = "Troops reached Upper Marsh, the district's main town, and East Harbour, where a mayor lives."
    adoc = annotated(text)
    for name in ("Upper Marsh", "East Harbour"):
        s = text.index(name)
        assert not is_apposed_person(adoc, s, s + len(name))
        assert _plausible(adoc, s, s + len(name), set())


# --- a member of a list of organisations or products ------------------------------------------

def _ents(text, labelled):
    """Entities (label, start_char, end_char) for the (word, label) pairs of ``text``."""
    return [SimpleNamespace(label=label, start_char=text.index(w), end_char=text.index(w) + len(w))
            for w, label in labelled]


def test_a_name_between_two_organisations_of_a_list_is_no_place():
    text = "The firm released apps for Quillby, Brack Phone and Zentro last year."
    ents = _ents(text, [("Quillby", "ORG"), ("Zentro", "ORG")])
    s = text.index("Brack Phone")
    assert among_organisations(ents, text, s, s + len("Brack Phone"))


def test_a_name_in_a_list_of_places_or_beside_one_organisation_stays():
    text = "Trucks went to Upper Marsh, East Harbour and Zentro on Monday."
    ents = _ents(text, [("Upper Marsh", "GPE"), ("Zentro", "ORG")])
    s = text.index("East Harbour")
    assert not among_organisations(ents, text, s, s + len("East Harbour"))


def test_the_list_rule_drops_a_product_named_like_a_place(annotated):
    text = "Its games came out for Android, Windows Phone and iPad in May."
    assert the(annotated, text, "Windows Phone") is None
