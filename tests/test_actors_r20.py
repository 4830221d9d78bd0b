"""False actors of round 20 (rules for classes of the FNC-1 draw 1551 that recur in earlier
draws), each with a case where it fires and one where it must not:

* a product line named after its maker, or its last words after the maker ("The Norvik Watch
  Edition is", "the cheapest Sport" where the report writes "the Norvik Watch Sport"), no
  actor; the maker's word stays a body, and a body whose name ends in such a word ("Human
  Rights Watch") stays;
* a source credit closing a report ("Agencies/Northwire" alone on the last line, "h/t/:
  Daily Courier."), page furniture; the same name acting in the story stays;
* a name the report writes beside a noun of an animal ("his beloved cat, Tibbles,", "Tibbles
  the cat"), an animal, no actor wherever the report names it; the animal's owner, named
  with that noun ("The cat's owner, Anna Berg,"), stays.

Sentences are made up. One table: a text, the names that must go, those that must stay and
those that must stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check
from sitroom.extract.actor_page import furniture_tokens

CASES = [
    ("the pieces of a product line named after its maker are no actors",
     "Norvik said on Monday that it would sell three watches. The Norvik Watch Edition is the "
     "most expensive of the three, above the plain Norvik Watch and the Norvik Watch Sport.\n\n"
     "The cheapest Sport is set to cost around $300, but the Edition is expected to sell for "
     "thousands of dollars.",
     ("Edition", "Sport"), ("Norvik",), ()),
    ("a body whose name ends in a product word stays",
     "The group Human Rights Watch said on Monday that the soldiers had fired on the crowd.",
     (), ("Human Rights Watch",), ()),
    ("a body acting in the story stays beside its credit line",
     "The crab measured four feet across, the Oslo Tribune reported on Monday.\n\n"
     "Agencies/Oslo Tribune",
     (), ("Oslo Tribune",), ()),
    ("a hat tip closing the report is page furniture",
     "Tom Walker told reporters that he would keep backing the candidate.\n\nh/t/: Daily "
     "Courier.",
     ("Daily Courier",), ("Tom Walker",), ()),
    ("a pet named beside its noun is no actor anywhere in the report",
     "Anna Berg says her beloved cat, Tibbles, was hit by a van last week.\n\nTibbles dug "
     "himself out of the ground two days later, Berg said.",
     ("Tibbles",), ("Anna Berg",), ()),
    ("a pet named before 'the' and its noun is no actor",
     "Tibbles the cat was found alive on Monday.\n\nAnna Berg took Tibbles in when her son "
     "brought him home.",
     ("Tibbles",), ("Anna Berg",), ()),
    ("a body right after an animal noun in a figure of speech stays",
     "Lenovo plans a new phone brand to rival top dog Norvik, the company said on Monday.",
     (), ("Lenovo", "Norvik"), ()),
    ("the owner named with the animal's noun stays",
     "The cat's owner, Anna Berg, said the vet had called on Monday.",
     (), ("Anna Berg",), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def _furniture_words(adoc):
    return {adoc.tokens[i].text for i in furniture_tokens(adoc)}


def test_an_agencies_credit_alone_on_the_last_line_is_page_furniture(annotated):
    adoc = annotated("The crab measured four feet across, the fishermen said on Monday.\n\n"
                     "Agencies/Oslo Tribune")
    assert {"Oslo", "Tribune"} <= _furniture_words(adoc)


def test_agencies_in_story_text_are_no_furniture(annotated):
    adoc = annotated("The two news agencies said on Monday that the Oslo Tribune would close.")
    assert not _furniture_words(adoc)
