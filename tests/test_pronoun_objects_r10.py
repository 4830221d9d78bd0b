"""Round 10, second wave (issue 14, item 1): object pronouns ("met with her", "told him")
join the person they stand for, never the subject of their own verb; a possessive whose noun is
conjoined with a name ("X and her campaign") is that name's; "the country" names back a state
the report names; two he/she of one gender and none of the other give a person that gender.
Sentences written for the tests, parsed by the shipped model."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def _names(annotated, text):
    return [(a.text, a.name) for a in extract_actors(annotated(text))]


def test_an_object_her_joins_the_woman_named_before(annotated):
    got = _names(annotated, "Jane Roe, the finance minister, arrived in Paris on Monday. The "
                            "president met with her on Tuesday.")
    assert ("her", "Jane Roe") in got


def test_an_object_him_is_not_the_subject_of_its_own_verb(annotated):
    got = _names(annotated, "John Doe met Mark Roe in Paris. He thanked him for the talks.")
    assert ("He", "John Doe") in got and ("him", "Mark Roe") in got


def test_a_possessive_conjoined_with_a_name_is_that_name(annotated):
    got = _names(annotated, "Mark Doe and Jane Roe criticised Hillary Smith and her campaign.")
    assert ("her", "Hillary Smith") in got


def test_the_country_and_its_name_back_the_state(annotated):
    got = dict(_names(annotated, "Britain voted to leave the union. Prime Minister Jane Roe "
                                 "said the country would declare its intention by March."))
    assert got.get("its") == got.get("Britain")
    assert got.get("its") is not None



def test_two_she_for_a_woman_with_no_title_keep_a_later_he_off_her(annotated):
    got = _names(annotated, "Jane Roe and Mark Doe met voters on Monday. Roe said she would "
                            "run, and Doe agreed. Roe said her campaign had the money, Doe "
                            "added. At the rally Roe spoke first, and he said the talks went well.")
    assert ("he", "Mark Doe") in got
