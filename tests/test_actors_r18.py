"""False actors of round 18 (rules for classes of the PolNeAR draw 1546 that recur in earlier
draws), each with a case where it fires and one where it must not:

* a contact line of handles alone closing a report ("Twitter: @jdoe."), page furniture;
* a seat of office modifying a noun of the office sought ("his White House bid", "a Senate
  run"), the office, no body;
* a town the gazetteer knows as the possessor of a place noun ("Bayonne's casinos"), a place.

Sentences are made up. One table: a text, the names that must go, those that must stay and
those that must stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, token_span as _span
from sitroom.extract.actor_offices_sought import office_sought
from sitroom.extract.actors import extract_actors

CASES = [
    ("a handle alone on a closing contact line is page furniture",
     "Mayor Jane Rourke opened the new bridge on Tuesday.\n\nTwitter: @Rourke.",
     ("@Rourke",), ("Jane Rourke",), ()),
    ("a handle inside a sentence stays",
     "Jane Rourke wrote to @Rourke on Tuesday.",
     (), ("Jane Rourke",), ("@Rourke",)),
    ("the Senate as the office sought in a run is no body",
     "Jane Rourke is weighing a Senate run, aides said.",
     ("Senate",), ("Jane Rourke",), ()),
    ("the White House that speaks stays a body",
     "The White House said on Monday that the talks would resume.",
     (), ("White House",), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_a_seat_of_office_before_seat_is_the_office_sought(annotated):
    adoc = annotated("She won the Senate seat in March, months after the primary.")
    s, en = _span(adoc, "Senate")
    assert office_sought(adoc, s, en)


def test_a_seat_of_office_before_a_noun_of_no_contest_is_left_alone(annotated):
    adoc = annotated("The Senate vote on the bill was delayed until Friday.")
    s, en = _span(adoc, "Senate")
    assert not office_sought(adoc, s, en)


def test_a_body_that_is_no_seat_of_office_before_bid_is_left_alone(annotated):
    adoc = annotated("The Acme bid for the rival firm was rejected on Friday.")
    s, en = _span(adoc, "Acme")
    assert not office_sought(adoc, s, en)


def _kinds(annotated, text):
    return {m.text: m.kind for m in extract_actors(annotated(text))}


def test_a_town_as_the_possessor_of_its_casinos_is_a_place(annotated):
    kinds = _kinds(annotated, "Gambling revenue at Bayonne's seven casinos fell again in May.")
    assert "Bayonne" not in kinds, kinds


def test_a_town_as_the_possessor_of_a_plan_stays_an_actor(annotated):
    kinds = _kinds(annotated, "Bayonne's plan to close the port angered the union, officials said.")
    assert "Bayonne" in kinds, kinds


def test_a_person_as_the_possessor_of_a_district_stays(annotated):
    kinds = _kinds(annotated, "Rep. Tom Kellerman spoke on Monday. The group will run an ad in "
                              "Kellerman's district next week.")
    assert [k for t, k in kinds.items() if "Kellerman" in t], kinds


def test_the_white_house_of_a_bid_goes_and_the_one_that_speaks_stays(annotated):
    adoc = annotated("Tom Ellery said his White House bid was over. The White House said nothing.")
    houses = [m for m in extract_actors(adoc) if m.text == "White House"]
    assert len(houses) == 1 and houses[0].start > adoc.text.index("."), houses  # the second one
