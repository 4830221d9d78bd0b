"""False actors of round 23: places in frames where a place never acts
(``extract/actor_place_frames.py``, used by ``actor_filter_places``, ``actor_places`` and
``actor_place_sites``; words in ``data/actor_place_frames.json``), each with a case where the
rule fires and one where it must not:

* a holder of a statistic ("X County's unemployment rate", "X County ranked as ...");
* a place in a list of figures ("A, 6 percent; B, 7.3 percent") or after "including" on a
  noun of places that does not act ("traveled to 12 countries, including A and B");
* a list of places in apposition with a noun of places ("the three largest counties, A, B
  and C, grew");
* an address ("112 W. Main St."), a facility ("the X, a transitional-living facility", "X
  campground"), a building's part ("the lobby of the X");
* a town written with its state between commas before a noun ("a X, Kan., police officer").

A state that acts stays: one that signed, imposed sanctions, whose army attacked. Sentences are
made up. One table: a text, the names that must go, those that must stay and those that must
stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, names

CASES = [
    ("a county holding a statistic is no actor",
     "Calhoun County's unemployment rate reached 7.7 percent in February, the state said.",
     ("Calhoun",), (), ()),
    ("a county ranked by growth is no actor",
     "New census numbers came out on Monday. Barrow County ranked as the 12th fastest-growing "
     "county in the nation.",
     ("Barrow",), (), ()),
    ("a state whose army attacked stays",
     "Chile's army attacked the rebel camp on Monday, officials said.",
     (), ("Chile",), ()),
    ("a state that imposed sanctions stays",
     "Canada imposed sanctions on the shipping firm on Tuesday.",
     (), ("Canada",), ()),
    ("places in a list of figures are no actors",
     "Neighboring counties and their rates include: Hamilton, 6 percent; Hendricks, 7.3 percent; "
     "Marion, 8.7 percent.",
     ("Hendricks", "Marion"), (), ()),
    ("a person with an age is no list of figures",
     "Sandra Hendricks, 45, said the plant would close in March.",
     (), ("Sandra Hendricks",), ()),
    ("places after 'including' on a noun of places are no actors",
     "Last year the students traveled to 12 countries, including Honduras, Guatemala and "
     "Canada.",
     ("Honduras", "Guatemala", "Canada"), (), ()),
    ("states after 'including' that signed stay",
     "Several countries, including Canada and Chile, signed the accord on Friday.",
     (), ("Canada",), ()),
    ("a list of counties in apposition with 'counties' is no actor",
     "The state's three largest counties, Douglas, Lancaster and Sarpy, grew by 14,240 people "
     "in 2008.",
     ("Sarpy", "Lancaster"), (), ()),
    ("an address is no actor",
     "The plans can be viewed at the New London City Office, 112 W. Main St.",
     ("Main St",), (), ()),
    ("a facility in apposition is no actor",
     "Residents can reach staff working at the Maple Lodge, a transitional-living facility, "
     "where 11 people live.",
     ("Maple Lodge",), (), ()),
    ("a body in apposition with a body noun stays",
     "Maple Lodge, a nonprofit group, said on Monday it would hire 11 people.",
     (), ("Maple Lodge",), ()),
    ("a campground's name is no actor",
     "The Corps will reopen Haskell Mill campground on Friday, officials said.",
     ("Haskell Mill",), (), ()),
    ("a building named after a room of it is no actor",
     "He is accused of attacking a man in the restroom of the Elks Lodge 12 in Dover.",
     ("Elks Lodge",), (), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_places_that_never_act_go_and_states_that_act_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_a_town_with_its_state_as_a_modifier_is_no_actor(annotated):
    got = names(annotated, "The man was charged after a chase in which a Lawrence, Kan., police "
                           "officer was dragged about 50 feet.")
    assert "Lawrence" not in got and any("officer" in n for n in got), got



# The frames alone, on the parse of a sentence (the small tagger names these places unevenly).

def _frame(annotated, text, words):
    from actorkit import token_span
    from sitroom.extract.actor_base import head_of
    adoc = annotated(text)
    s, en = token_span(adoc, words)
    return adoc, s, en, head_of(adoc, s, en)


@pytest.mark.parametrize(("text", "words", "want"), [
    ("He attacked a man in the restroom of the Elks Lodge in Dover.", "Elks Lodge", True),
    ("He met the chairman of the Elks Lodge in Dover.", "Elks Lodge", False),
])
def test_part_of_building(annotated, text, words, want):
    from sitroom.extract.actor_place_frames import part_of_building
    adoc, s, en, head = _frame(annotated, text, words)
    assert part_of_building(adoc, head) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("The Corps will reopen Haskell Mill campground on Friday.", "Haskell Mill", True),
    ("The Corps will reopen Haskell Mill offices on Friday.", "Haskell Mill", False),
])
def test_campground_name(annotated, text, words, want):
    from sitroom.extract.actor_place_frames import facility_named
    adoc, s, en, head = _frame(annotated, text, words)
    assert facility_named(adoc, en, head) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Staff work at the Maple Lodge, a transitional-living facility, near the river.",
     "Maple Lodge", True),
    ("Staff work at the Maple Lodge, a nonprofit group, near the river.", "Maple Lodge", False),
])
def test_facility_in_apposition(annotated, text, words, want):
    from sitroom.extract.actor_place_sites import _facility
    adoc, s, en, head = _frame(annotated, text, words)
    assert _facility(adoc, s, en) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("In the chase a Lawrence, Kan., police officer was dragged 50 feet.", "Lawrence", True),
    ("Officials said Lawrence, Kan., sued the state on Monday.", "Lawrence", False),
])
def test_town_with_its_state(annotated, text, words, want):
    from sitroom.extract.actor_place_frames import town_with_state
    adoc, s, en, head = _frame(annotated, text, words)
    assert town_with_state(adoc, s, en) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("The office is at 112 W. Main St. in the town.", "W. Main St.", True),
    ("The office on W. Main St. opened in 2009.", "W. Main St.", False),
])
def test_address(annotated, text, words, want):
    from sitroom.extract.actor_place_sites import address
    adoc, s, en, head = _frame(annotated, text, words)
    assert address(adoc, s, en) is want
