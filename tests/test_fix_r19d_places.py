"""Round 19 review: a name after a locative word keeps its place reading although a person's
role follows the comma ("In X, deputy mayor Jane Doe said ..."): the role is the speaker's."""
from __future__ import annotations

import pytest

from sitroom.annotate import annotate_text
from sitroom.extract.places_people import is_apposed_person


@pytest.fixture(scope="module")
def adoc_in():
    return annotate_text("Shelling hit the town overnight. In Varnokivka, deputy mayor Jane Doe "
                         "said three homes burned.")


def _span(adoc, word):
    s = adoc.text.index(word)
    return s, s + len(word)


def test_a_name_after_a_locative_word_is_no_apposed_person(adoc_in):
    assert not is_apposed_person(adoc_in, *_span(adoc_in, "Varnokivka"))


def test_a_name_with_a_role_after_its_comma_is_still_a_person():
    adoc = annotate_text("Yesterday Doeberg, legal director for the group, said the case was closed.")
    assert is_apposed_person(adoc, *_span(adoc, "Doeberg"))


def test_the_unknown_place_after_a_locative_word_stays_a_place_mention(adoc_in):
    from sitroom.extract.places import extract_places
    assert "Varnokivka" in {m.text for m in extract_places(adoc_in)}
