"""False actors of round 23: a place that holds a statistic never acts
(``extract/actor_place_frames.statistic_holder``, used by
``actor_filter_places.place_of``; words in ``data/actor_place_frames.json``), with cases where
the rule fires and where it must not:

* the possessor of a statistic ("X County's unemployment rate reached 7.7 percent");
* a town or a county subject of a verb of ranking or growth ("X County ranked as the 12th
  fastest-growing county"), alone or listed in apposition with the subject ("the three largest
  counties, A, B and C, grew by 14,240 people");
* a state that acts stays: one whose army attacked, one that imposed sanctions, one that signed.

Sentences are made up. One table: a text, the names that must go, those that must stay and
those that must stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check

CASES = [
    ("a county holding a statistic is no actor",
     "Calhoun County's unemployment rate reached 7.7 percent in February, the state said.",
     ("Calhoun",), (), ()),
    ("a county ranked by growth is no actor",
     "New census numbers came out on Monday. Barrow County ranked as the 12th fastest-growing "
     "county in the nation.",
     ("Barrow",), (), ()),
    ("counties listed with a subject that grew are no actors",
     "The state's three largest counties, Douglas, Lancaster and Sarpy, grew by 14,240 people "
     "in 2008.",
     ("Sarpy", "Lancaster"), (), ()),
    ("a state whose army attacked stays",
     "Chile's army attacked the rebel camp on Monday, officials said.",
     (), ("Chile",), ()),
    ("a state that imposed sanctions stays",
     "Canada imposed sanctions on the shipping firm on Tuesday.",
     (), ("Canada",), ()),
    ("a state that signed stays",
     "Peru signed the trade accord with its neighbours on Friday.",
     (), ("Peru",), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_statistic_holders_go_and_states_that_act_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Calhoun County's unemployment rate reached 7.7 percent.", "Calhoun County", True),
    ("Calhoun County's sheriff arrested two men.", "Calhoun County", False),
    ("Barrow County ranked as the 12th fastest-growing county.", "Barrow County", True),
    ("Barrow County approved the new budget on Monday.", "Barrow County", False),
])
def test_statistic_holder_frame(annotated, text, words, want):
    from actorkit import token_span
    from sitroom.extract.actor_base import head_of
    from sitroom.extract.actor_place_frames import statistic_holder
    adoc = annotated(text)
    s, en = token_span(adoc, words)
    assert statistic_holder(adoc, s, en, head_of(adoc, s, en)) is want
