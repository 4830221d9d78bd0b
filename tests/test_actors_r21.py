"""False actors of round 21 (rules for classes of the LGL draw 1555 that recur in earlier
draws), each with a case where it fires and one where it must not:

* a town in a frame of place, however tagged: the town of a local office ("The mayor of X"), a
  town as the modifier of a resident noun ("X man, 19, stabbed"); a person whose surname is
  a town's name and a body after "of" stay;
* a title's abbreviation cut from the name at its split full stop ("LPD Lt. Jane Doe said",
  "a request from Pct. 4 Constable X"); the person named after it stays, and so do the body's
  words run into the title ("HPD", ""the Y State Police and Capt.");
* a role phrase in apposition with a party and state tag ("Rep. X, D-W. Va., chairman of
  ...") is the representative's, not an actor named after the state;
* a day named after someone ("X's Day"), no actor; the person whose possessive names
  something else stays;
* a product line closing a maker's name ("X iPhones"), the maker (E31 of the round-20
  reading); a body's name with no line word stays whole;
* an indefinite role subject of a present-tense clause opened by "when" or "if" ("when a
  governor plays loose with ..."), anyone at all, also after an opening quote mark; a past
  act of someone ("when a gunman opened fire") stays.

Sentences are made up. One table: a text, the names that must go, those that must stay and
those that must stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, token_span
from sitroom.extract.actor_labels_words import cut_title
from sitroom.extract.actors import extract_actors

CASES = [
    ("the town of a local office is no actor",
     "The mayor of Tullamore, Jane Quigley, said on Tuesday that the parade would go ahead.",
     ("Tullamore",), ("Jane Quigley",), ()),
    ("a body after 'of' on an office noun stays",
     "The chairman of Norvik Holdings, Tom Walker, said the plant would stay open.",
     (), ("Norvik Holdings", "Tom Walker"), ()),
    ("a town as the modifier of a resident noun is no actor",
     "Kilgore man, 24, hurt in crash on Route 9.",
     ("Kilgore",), (), ()),
    ("a title's abbreviation cut at its full stop is no actor",
     "The man was arrested, HPD Sgt. Tom Barrow said on Friday.",
     ("Sgt",), ("Tom Barrow",), ("HPD",)),
    ("a body run into a cut title stays the body",
     "The two hurt were Deputy Ann Cole of the Idaho State Police and Capt. Ray Dunn of the "
     "Elkton Fire Department.",
     ("Capt",), ("Ray Dunn",), ("Idaho State Police",)),
    ("a precinct's abbreviation before a constable is no actor",
     "The board turned down a plea from Pct. 2 Constable Rick Hanley for two more deputies.",
     ("Pct",), ("Rick Hanley",), ()),
    ("a role in apposition with a party and state tag is the representative's",
     "Rep. Nick Hallam, D-W. Va., chairman of the Rules panel and a longtime foe of the plan, "
     "voted no.",
     ("Va",), ("Nick Hallam",), ()),
    ("a role in apposition with a senator's party tag is the senator's",
     "Sen. Ann Ross, R-S.C., a former judge, voted no.",
     ("S.C.",), ("Ann Ross",), ()),
    ("a day named after someone is no actor",
     "Sales of roses rose before Valentine's Day, the florists said.",
     ("Valentine",), (), ()),
    ("a product line closing a maker's name is the maker",
     "Norvik said its new charger also works with Norvik iPhones and iPads, notes Gadget Desk.",
     ("iPhones",), ("Norvik",), ()),
    ("a body whose name ends in no product line stays whole",
     "Norvik Holdings said on Monday that the dock would ship in May.",
     (), (), ("Norvik Holdings",)),
    ("a person's possessive before another noun stays",
     "Valentine's lawyer said on Monday that the case would go to trial.",
     (), ("Valentine",), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def _texts(annotated, text):
    return [m.text for m in extract_actors(annotated(text))]


def test_a_quoted_indefinite_role_of_a_general_clause_is_no_actor(annotated):
    got = _texts(annotated, "The senator warned that when “a governor, or people who want the "
                            "job, play loose with the facts, trust suffers.")
    assert not [t for t in got if "governor" in t], got
    assert not [t for t in got if "“" in t], got


def test_an_indefinite_role_of_a_general_clause_is_no_actor(annotated):
    got = _texts(annotated, "The senator warned that when a governor plays loose with the "
                            "facts, trust suffers.")
    assert "governor" not in " ".join(got), got


def test_an_indefinite_role_of_a_past_act_stays(annotated):
    got = _texts(annotated, "Police said that when a senator opened the meeting on Friday, the "
                            "crowd cheered.")
    assert "senator" in got, got


def test_a_surname_that_is_a_town_stays_after_an_office(annotated):
    got = _texts(annotated, "The mayor of Paducah praised Jane Paducah on Monday.")
    assert "Paducah" in got, got  # the report names a person so: left to the other rules


def test_a_title_abbreviation_cut_before_a_name_or_a_number(annotated):
    adoc = annotated("HPD Sgt. Tom Barrow and Pct. 4 Constable Rick Hanley spoke.")
    assert cut_title(adoc, *token_span(adoc, "HPD Sgt"))
    assert cut_title(adoc, *token_span(adoc, "Pct"))


def test_a_title_abbreviation_closing_a_sentence_is_no_cut_title(annotated):
    adoc = annotated("The report was written by our Sgt. it was read aloud.")
    s, en = token_span(adoc, "Sgt")
    assert not cut_title(adoc, s, en)
