"""False actors of round 19 (rules for classes of the PolNeAR draw 1549 that recur in earlier
draws, and E12 of the reading of real stores), each with a case where it fires and one where
it must not:

* the place of a dateline in any case, before its source in brackets and a dash ("Lisbon
  (AFP) –"), no actor; a place opening a line without that shape stays;
* a place before "border" ("along the U.S.-Canada border"), a place;
* a reporting or editing credit in round brackets closing a paragraph of story text, page
  furniture;
* a person's service ("Name's current services", "his service"), a quality of that person,
  no body (E12); a body's service named so stays (and "the X monitoring service", a name
  before the noun, stays a body: tests/test_actors_r13.py).

Sentences are made up. One table: a text, the names that must go, those that must stay and
those that must stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, names

CASES = [
    ("the place of a mixed-case dateline before a bracketed source and a dash is no actor",
     "Lisbon (AFP) – Prime Minister Ana Costa said on Monday that the port would reopen.",
     ("Lisbon", "Portugal"), ("Ana Costa",), ()),
    ("a state opening a line with no bracketed source and dash stays",
     "Portugal said on Monday that the port would reopen, officials said.",
     (), ("Portugal",), ()),
    ("a credit in round brackets inside the last paragraph is page furniture",
     "The plant will close in May, the company said. (Reporting by Jane Rourke in Oslo; "
     "Editing by Mark Lee)",
     ("Jane Rourke", "Mark Lee"), (), ()),
    ("a name after 'reporting by' that does not open the bracket stays",
     "The prize (for reporting by Jane Rourke on the floods) was given to the paper on Monday, "
     "weeks after the river rose above the old stone bridge and the town council asked the "
     "army for help.",
     (), ("Jane Rourke",), ()),
    ("a person's current services are no body",
     "Acme will fold Mark Lee's current services into its own app, the company said.",
     ("services",), ("Mark Lee",), ()),
    ("a body's press service stays",
     "The Foreign Ministry's press service said the talks would resume on Monday.",
     (), ("press service",), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_a_place_before_border_is_a_place(annotated):
    got = names(annotated, "Trucks waited for hours along the U.S.-Canada border on Tuesday, "
                           "the agency said.")
    assert not [n for n in got if "U.S.-Canada" in n], got


def test_a_country_owning_its_border_agency_stays(annotated):
    got = names(annotated, "Canada's border agency said on Tuesday that the trucks could pass.")
    assert any("Canada" in n for n in got), got
