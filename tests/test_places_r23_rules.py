"""Round 23 place rules, each shown firing and not firing: a whole member of a list of
persons is no place, whatever the tagger took it for (places_lists.among_persons, applied
to the entities in places._candidate_spans); a US state's nickname after "the" names its
state (places_nicknames, the state_nicknames of the places lexicon)."""

from __future__ import annotations

from types import SimpleNamespace

from placekit import places, the

from sitroom.extract.gazetteer import get_gazetteer
from sitroom.extract.places_lists import among_persons, entity_spans
from sitroom.extract.places_nicknames import nickname_state
from sitroom.extract.places_people import listed_person


def _ents(text, labelled):
    """Entities (label, start_char, end_char) for the (word, label) pairs of ``text``."""
    return entity_spans([SimpleNamespace(label=label, start_char=text.index(w),
                                         end_char=text.index(w) + len(w)) for w, label in labelled])


def _person(name):
    """A member tagged as a person counts: a name the gazetteer does not know."""
    return not get_gazetteer().lookup(name)


# --- a member of a list of persons ------------------------------------------------------------


def test_a_whole_member_of_a_list_of_persons_is_no_place():
    text = "The panel: Ann Hale, Tom Poe, Chad Roe, Dell Frye, Kim Vost and Joe Marr."
    ents = _ents(text, [("Ann Hale", "PERSON"), ("Tom Poe", "PERSON"), ("Chad Roe", "ORG"),
                        ("Dell Frye", "GPE"), ("Kim Vost", "PERSON"), ("Joe Marr", "PERSON")])
    for name in ("Chad Roe", "Dell Frye"):
        s = text.index(name)
        assert among_persons(ents, text, s, s + len(name), _person), name


def test_the_last_member_of_a_list_of_persons_is_no_place():
    text = "Those asked were Ann Hale, Tom Poe and Dell Frye."
    ents = _ents(text, [("Ann Hale", "PERSON"), ("Tom Poe", "PERSON"), ("Dell Frye", "GPE")])
    s = text.index("Dell Frye")
    assert among_persons(ents, text, s, s + len("Dell Frye"), _person)


def test_a_place_that_is_part_of_a_member_or_beside_one_person_stays():
    text = "Clinton, Trump and Cruz, the Texas senator, led the field."
    ents = _ents(text, [("Clinton", "PERSON"), ("Trump", "PERSON"), ("Cruz", "PERSON"), ("Texas", "GPE")])
    s = text.index("Texas")
    assert not among_persons(ents, text, s, s + 5, _person)  # "the Texas senator": no whole member
    text = "She met Ann Hale and Chad in June."
    ents = _ents(text, [("Ann Hale", "PERSON"), ("Chad", "GPE")])
    s = text.index("Chad")
    assert not among_persons(ents, text, s, s + 4, _person)  # one person beside it: no list of persons
    text = "Troops went to Chad, Niger, Mali and Sudan."
    ents = _ents(text, [(w, "GPE") for w in ("Chad", "Niger", "Mali", "Sudan")])
    s = text.index("Chad")
    assert not among_persons(ents, text, s, s + 4, _person)


def test_a_list_of_places_keeps_its_places(annotated):
    for name, code in (("Kenya", "KE"), ("Chad", "TD")):
        m = the(annotated, f"The envoy visited {name}, Niger and Mali last week.", name)
        assert m is not None and m.country_code == code, name


# --- a state's nickname --------------------------------------------------------------------


def test_a_states_nickname_after_the_names_the_state(annotated):
    text = "Voters in the Hoosier State go to the polls on Tuesday."
    m = the(annotated, text, "Hoosier State")
    assert m is not None and m.name == "Indiana" and m.feature == "admin1"
    text = "He spent the final week in the Granite State before its primary."
    m = the(annotated, text, "Granite State")
    assert m is not None and m.name == "New Hampshire"


def test_a_nickname_before_another_capitalised_word_or_unknown_is_no_state(annotated):
    found = places(annotated, "They toured the Empire State Building and the Golden State Warriors arena.")
    assert not any(m.name in ("New York", "California") and m.feature == "admin1" for m in found.values())
    gaz = get_gazetteer()
    assert nickname_state("Hoosier State", gaz).name == "Indiana"
    assert nickname_state("the Granite State", gaz).name == "New Hampshire"
    assert nickname_state("Free State", gaz) is None  # a South African province, not in the list
    assert nickname_state("Islamic State", gaz) is None


def test_one_word_persons_of_a_list_vouch_for_no_list_of_persons():
    text = "The envoy visited Kenya, Niger and Mali last week."
    ents = _ents(text, [("Kenya", "GPE"), ("Niger", "PERSON"), ("Mali", "PERSON")])  # the small model's tags
    assert not among_persons(ents, text, text.index("Kenya"), text.index("Kenya") + 5, _person)


def test_a_surname_among_surnames_of_persons_is_no_place():
    text = "While Warren, Quorley and Lovejoy have occupied the spotlight, others campaigned."
    ents = _ents(text, [("Warren", "GPE"), ("Quorley", "PERSON"), ("Lovejoy", "PERSON")])
    s = text.index("Warren")
    # "Lovejoy" is a town's name too: it counts only where the report names a person so
    assert not among_persons(ents, text, s, s + 6, _person)
    assert among_persons(ents, text, s, s + 6, lambda name: _person(name) or name == "Lovejoy")


def test_a_list_member_tagged_as_a_person_counts_if_unknown_or_named_as_one(annotated):
    adoc = annotated("President Lovejoy spoke in Jonesboro on Monday. Mia Roe came too.")
    person = listed_person(adoc, get_gazetteer())
    assert person("Mia Roe")  # no place of that name
    assert person("Lovejoy")  # a town's name, but "President Lovejoy" here
    assert not person("Jonesboro")  # a town the tagger may take for a person
